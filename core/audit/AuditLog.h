#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace dibao {

class Database;

// Who wrote: every audit entry and every record names the user and the device.
struct WriteContext {
    QString userId;
    QString userName;
    QString deviceId;
};

// The hash-chained audit trail. Each entry's hash covers the previous entry's hash and the entry's own fields,
// so an altered, removed or reordered entry breaks the chain from that point on.
class AuditLog {
public:
    static constexpr const char *kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

    explicit AuditLog(Database &db) : m_db(db) {}

    // Appends one entry inside the caller's transaction. before/after are canonical JSON of the whole record
    // (null for a creation or a read). action: insert, update, read, or a domain verb.
    Status append(const WriteContext &who, const QString &entity, const QString &entityId, const QString &action,
                  const QByteArray &before, const QByteArray &after);

    // One entry of appendAll().
    struct Entry {
        QString entity;
        QString entityId;
        QString action;
        QByteArray before;
        QByteArray after;
    };
    // Appends entries in order inside the caller's transaction, exactly as append() one by one would, reading the
    // head once.
    Status appendAll(const WriteContext &who, const QList<Entry> &entries);

    // The hash of the newest entry (the genesis constant for an empty trail).
    Result<QString> head();

    struct Problem {
        QString kind;      // entry_altered | entry_missing | entry_reordered | record_mismatch | record_unaudited
        qint64 seq = 0;    // the first bad entry, for chain problems
        QString entity;
        QString entityId;
        QString detail;
    };
    struct Report {
        qint64 entries = 0;
        qint64 records = 0;
        QList<Problem> problems; // chain problems first (the first bad entry), then records
        bool intact() const { return problems.isEmpty(); }
    };
    // Walks the chain, then compares every audited record's current content with its last audited state.
    // progress, if given, is called every few thousand entries with (entries walked, entries in the trail); it
    // returns false to stop, and verify() then fails with code "cancelled" (the audit viewer's chain check).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    Result<Report> verify(const Progress &progress = {});

    // The hash of one entry from its fields: sha256 over prev_hash "\n" canonical JSON of the fields.
    static QString entryHash(const QString &prevHash, qint64 seq, const QString &at, const QString &userId,
                             const QString &userName, const QString &deviceId, const QString &entity,
                             const QString &entityId, const QString &action, const QByteArray &before,
                             const QByteArray &after);

private:
    // The payroll lines derived from roll parts, each compared with what its part derives; their ids in `derivedIds`.
    // Stops (without an error) when `goOn`, asked before each part, returns false.
    Status verifyDerivedLines(Report &report, QSet<QString> &derivedIds, const std::function<bool()> &goOn);

    Database &m_db;
    QString m_head;     // cached newest hash
    qint64 m_seq = -1;  // cached newest seq
    // The head as this connection's write transaction left it, valid while that transaction lasts: set by
    // appendAll inside a transaction, when the transaction holds the write lock, so nobody else can append.
    bool m_headHeld = false;
    quint64 m_heldIn = 0; // Database::transactionsEnded() then
};

} // namespace dibao
