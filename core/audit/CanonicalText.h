#pragma once

#include "store/RecordWriter.h"

#include <QByteArray>
#include <QSet>
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

// RecordWriter::canonicalRecord (secret columns as their SHA-256); the columns in `omitted` left out.
QByteArray canonicalRecordText(const QString &table, const Row &row, bool reference = false,
                               const QSet<QString> &omitted = {});

} // namespace dibao
