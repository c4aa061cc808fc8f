#pragma once

#include "common/Result.h"
#include "sync/Change.h"
#include "sync/Hlc.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace dibao {

class Database;

// The change log of a database (schema v2, table change_log): every change it knows, its own (the outbox) and those
// applied from elsewhere. Also the field versions that last-writer-wins compares and the database's hybrid logical
// clock. Every method works inside the caller's transaction.
class ChangeLog {
public:
    // How far ahead of this machine's wall clock a remote HLC may move the local clock (DESIGN.md: "the hub never
    // advances its clock past its own time + a bound because of a device").
    static constexpr qint64 kMaxAheadMillis = 5 * 60 * 1000;

    explicit ChangeLog(Database &db) : m_db(db) {}

    // The outbox: the next change_seq of `origin` (gapless), a fresh HLC, the row, and the new field versions.
    Result<Change> appendLocal(const QString &origin, const QString &userId, const QString &entity,
                               const QString &entityId, const QJsonObject &fields, const QString &township);
    // One newly created record for appendCreated(): its id, the canonical JSON of its fields (as appendLocal would
    // serialize them) and its audience.
    struct Created {
        QString entityId;
        QByteArray fields;
        QString township;
    };
    // The outbox entries of new records of one entity, in order, exactly as appendLocal() one by one would make
    // them (gapless change_seq, a fresh HLC each, every field at that version), reading the last change and the
    // clock once.
    Status appendCreated(const QString &origin, const QString &userId, const QString &entity,
                         const QList<Created> &records);
    // A change made elsewhere, kept with its origin. Ok(false) if this (origin, change_seq) is already here.
    Result<bool> appendApplied(const Change &change, const QString &township);

    Result<qint64> lastChangeSeq(const QString &origin);

    // {"field":["hlc","origin",change_seq]} for one record ({} if none). The key "*" holds the version of every field
    // without its own entry (a record's creation writes all its fields at once: one entry instead of twenty).
    Result<QJsonObject> versions(const QString &entity, const QString &entityId);
    Status setVersions(const QString &entity, const QString &entityId, const QJsonObject &versions);
    // setVersions with the canonical text already made (e.g. allFieldsVersionText).
    Status setVersionsText(const QString &entity, const QString &entityId, const QByteArray &versionsJson);
    // The canonical text of {"*": versionOf(change)} (a record created by the change), written directly.
    static QByteArray allFieldsVersionText(const Change &change);

    // The clock: the newest of the last local change and the remote values observed (bounded on receipt).
    Result<Hlc> now(const QString &origin);
    Status observe(const Hlc &remote);

    static QJsonArray versionOf(const Change &change);
    static inline const QString kAllFields = QStringLiteral("*");
    // The version of one field: its own entry, else "*".
    static QJsonArray fieldVersion(const QJsonObject &versions, const QString &field);

private:
    Result<Hlc> observed();
    // The last change_seq of `origin` (0 if none) and the clock to tick from (its last HLC or any later one observed).
    Result<std::pair<qint64, Hlc>> lastLocal(const QString &origin);

    Database &m_db;
};

} // namespace dibao
