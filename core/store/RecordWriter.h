#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"

#include <QHash>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace dibao {

class Database;

// A record as column → value (QString, qint64 or null). The one generic write path: every insert and update
// of a synced table goes through here, so the audit trail (and, with sync, the outbox) can never be skipped.
using Row = QVariantMap;

class RecordWriter {
public:
    RecordWriter(Database &db, AuditLog &audit) : m_db(db), m_audit(audit) {}

    // The tables whose records are audited (and later synced), with their columns.
    static const QStringList &auditedTables();
    Result<QStringList> columns(const QString &table);

    // Inserts a record: row must hold "id"; created/updated columns are filled here. Inside the caller's
    // transaction (or its own).
    Status insert(const WriteContext &who, const QString &table, Row row);
    // Updates the given columns of one record and audits before/after. No-op (and no audit) if nothing changes.
    Status update(const WriteContext &who, const QString &table, const QString &id, const Row &changes,
                  const QString &action = QStringLiteral("update"));
    Result<std::optional<Row>> read(const QString &table, const QString &id);

    // Canonical JSON of a record for the audit trail; secret columns appear as their SHA-256.
    static QByteArray canonicalRecord(const QString &table, const Row &row);

private:
    Database &m_db;
    AuditLog &m_audit;
    QHash<QString, QStringList> m_columns;
};

} // namespace dibao
