#pragma once

#include "store/RecordWriter.h"

#include <QByteArray>
#include <QString>

namespace dibao {

// The canonical JSON texts the audit chain hashes, written directly on the hot path of every write and of sync import
// (no QJsonObject per record). Each must equal, byte for byte, what QJsonDocument::Compact makes of the same
// QJsonObject — which `reference` = true builds the original way; tests/audit compares the two, so existing audit
// chains keep verifying.

// The hashed text of an audit entry (AuditLog::entryHash hashes prev_hash "\n" this).
QByteArray auditEntryJson(qint64 seq, const QString &at, const QString &userId, const QString &userName,
                          const QString &deviceId, const QString &entity, const QString &entityId,
                          const QString &action, const QByteArray &before, const QByteArray &after,
                          bool reference = false);

// RecordWriter::canonicalRecord (secret columns, and a roll part's lines, as their SHA-256).
QByteArray canonicalRecordText(const QString &table, const Row &row, bool reference = false);

} // namespace dibao
