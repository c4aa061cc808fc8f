#include "audit/AuditLog.h"

#include "common/ChinaDate.h"
#include "common/Json.h"
#include "common/JsonWriter.h"
#include "audit/CanonicalText.h"
#include "db/Database.h"
#include "store/PayrollRollParts.h"
#include "store/RecordWriter.h"
#include "sync/Crypto.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

namespace dibao {

namespace {
QString trAudit(const char *text)
{
    return QCoreApplication::translate("dibao::AuditLog", text);
}
} // namespace

namespace {

// Appends the entry's JSON, keys in QJsonObject's (sorted) order; false (and `out` partly written) where Qt must
// decide (a surrogate in a string).
bool appendEntryJson(QByteArray &out, qint64 seq, const QString &at, const QString &userId, const QString &userName,
                     const QString &deviceId, const QString &entity, const QString &entityId, const QString &action,
                     const QByteArray &before, const QByteArray &after)
{
    const auto record = [&out](const QByteArray &text) {
        if (text.isNull()) {
            out += "null";
            return true;
        }
        return appendQtJsonStringUtf8(out, text) || appendQtJsonString(out, QString::fromUtf8(text));
    };
    out.reserve(out.size() + 6 * (before.size() + after.size()) + 256);
    bool ok = true;
    out += "{\"action\":";
    ok = ok && appendQtJsonString(out, action);
    out += ",\"after\":";
    ok = ok && record(after);
    out += ",\"at\":";
    ok = ok && appendQtJsonString(out, at);
    out += ",\"before\":";
    ok = ok && record(before);
    out += ",\"device_id\":";
    ok = ok && appendQtJsonString(out, deviceId);
    out += ",\"entity\":";
    ok = ok && appendQtJsonString(out, entity);
    out += ",\"entity_id\":";
    ok = ok && appendQtJsonString(out, entityId);
    out += ",\"seq\":";
    out += QByteArray::number(seq);
    out += ",\"user_id\":";
    ok = ok && appendQtJsonString(out, userId);
    out += ",\"user_name\":";
    ok = ok && appendQtJsonString(out, userName);
    out += '}';
    return ok;
}

} // namespace

QByteArray auditEntryJson(qint64 seq, const QString &at, const QString &userId, const QString &userName,
                          const QString &deviceId, const QString &entity, const QString &entityId,
                          const QString &action, const QByteArray &before, const QByteArray &after, bool reference)
{
    if (!reference) {
        QByteArray out;
        if (appendEntryJson(out, seq, at, userId, userName, deviceId, entity, entityId, action, before, after))
            return out;
    }
    QJsonObject fields{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("at"), at},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("user_name"), userName},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("entity_id"), entityId},
        {QStringLiteral("action"), action},
        {QStringLiteral("before"), before.isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(before))},
        {QStringLiteral("after"), after.isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(after))},
    };
    return compactJson(fields);
}

QString AuditLog::entryHash(const QString &prevHash, qint64 seq, const QString &at, const QString &userId,
                            const QString &userName, const QString &deviceId, const QString &entity,
                            const QString &entityId, const QString &action, const QByteArray &before,
                            const QByteArray &after)
{
    // The hashed text is "<previous hash>\n<entry JSON>", written in one buffer.
    QByteArray text = prevHash.toLatin1();
    text += '\n';
    if (!appendEntryJson(text, seq, at, userId, userName, deviceId, entity, entityId, action, before, after)) {
        text.truncate(prevHash.size() + 1);
        text += auditEntryJson(seq, at, userId, userName, deviceId, entity, entityId, action, before, after, true);
    }
    return QString::fromLatin1(Crypto::sha256(text).toHex());
}

Result<QString> AuditLog::head()
{
    // Read again unless this connection's write transaction that appended last is still the one going on (a read
    // transaction's end fires no hook: a head read there is never trusted later).
    if (!m_headHeld || m_seq < 0 || !m_db.inTransaction() || m_heldIn != m_db.transactionsEnded()) {
        m_headHeld = false;
        auto st = m_db.cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (!st)
            return st.error();
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (*row) {
            m_seq = (*st)->int64(0);
            m_head = (*st)->text(1);
        } else {
            m_seq = 0;
            m_head = QString::fromLatin1(kGenesis);
        }
        (*st)->reset();
    }
    return m_head;
}

Status AuditLog::append(const WriteContext &who, const QString &entity, const QString &entityId,
                        const QString &action, const QByteArray &before, const QByteArray &after)
{
    return appendAll(who, {Entry{entity, entityId, action, before, after}});
}

Status AuditLog::appendAll(const WriteContext &who, const QList<Entry> &entries)
{
    if (entries.isEmpty())
        return {};
    auto prev = head();
    if (!prev)
        return prev.error();
    const QString at = nowUtcIsoMs();
    auto st = m_db.cached("INSERT INTO audit(seq, at, user_id, user_name, device_id, entity, entity_id, action, "
                          "before, after, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    Statement &s = **st;
    QString prevHash = *prev;
    qint64 seq = m_seq;
    for (const Entry &e : entries) {
        ++seq;
        const QString hash = entryHash(prevHash, seq, at, who.userId, who.userName, who.deviceId, e.entity,
                                       e.entityId, e.action, e.before, e.after);
        s.bind(1, seq).bind(2, at).bind(3, who.userId).bind(4, who.userName).bind(5, who.deviceId);
        s.bind(6, e.entity).bind(7, e.entityId).bind(8, e.action);
        // Stored as the text Qt's UTF-8 decoding gives (bad bytes replaced): the bytes themselves when they are
        // well-formed, without the round trip through UTF-16.
        for (const auto &[index, text] : {std::pair{9, &e.before}, std::pair{10, &e.after}}) {
            if (text->isValidUtf8())
                s.bindText(index, *text);
            else
                s.bind(index, QString::fromUtf8(*text));
        }
        s.bind(11, prevHash).bind(12, hash);
        const Status done = s.run();
        if (!done) {
            m_seq = -1; // the cached head is unknown again
            m_headHeld = false;
            return done;
        }
        prevHash = hash;
    }
    m_seq = seq;
    m_head = prevHash;
    m_headHeld = m_db.inTransaction();
    m_heldIn = m_db.transactionsEnded();
    return {};
}

Status AuditLog::verifyDerivedLines(Report &report, QSet<QString> &derivedIds, const std::function<bool()> &goOn)
{
    auto parts = m_db.prepare("SELECT * FROM payroll_roll_parts ORDER BY rowid");
    if (!parts)
        return parts.error();
    auto stored = m_db.prepare("SELECT * FROM payroll_lines WHERE id = ?");
    if (!stored)
        return stored.error();
    const QString lines = PayrollRollParts::linesTable();
    auto problem = [&](const QString &kind, const QString &entity, const QString &id, const QString &detail) {
        Problem p;
        p.kind = kind;
        p.entity = entity;
        p.entityId = id;
        p.detail = detail;
        report.problems << p;
    };
    for (;;) {
        auto next = parts->step();
        if (!next)
            return next.error();
        if (!*next || !goOn())
            return {};
        const Row part = RecordWriter::columnsOf(*parts);
        const QString partId = part.value(QStringLiteral("id")).toString();
        auto derived = PayrollRollParts::derivedLines(part);
        if (!derived) {
            problem(QStringLiteral("record_mismatch"), PayrollRollParts::partsTable(), partId, derived.error().message);
            continue;
        }
        for (const Row &line : *derived) {
            const QString id = line.value(QStringLiteral("id")).toString();
            derivedIds.insert(id);
            ++report.records;
            stored->bind(1, id);
            auto r = stored->step();
            if (!r)
                return r.error();
            const Row current = *r ? RecordWriter::columnsOf(*stored) : Row();
            stored->reset();
            if (!*r)
                problem(QStringLiteral("record_mismatch"), lines, id,
                        trAudit("Payroll line %1 of roll part %2 is missing.").arg(id, partId));
            else if (RecordWriter::canonicalRecord(lines, current) != RecordWriter::canonicalRecord(lines, line))
                problem(QStringLiteral("record_mismatch"), lines, id,
                        trAudit("Payroll line %1 no longer matches roll part %2, which was audited when the roll "
                                "was issued.")
                            .arg(id, partId));
        }
    }
}

Result<AuditLog::Report> AuditLog::verify(const Progress &progress)
{
    Report report;
    qint64 total = 0;
    if (progress) {
        auto count = m_db.prepare("SELECT count(*) FROM audit");
        if (!count)
            return count.error();
        auto row = count->step();
        if (!row)
            return row.error();
        total = count->int64(0);
    }
    auto cancelled = [] {
        return makeError(ErrorKind::Invalid, QStringLiteral("cancelled"), trAudit("The audit check was cancelled."));
    };
    auto st = m_db.prepare("SELECT seq, at, user_id, user_name, device_id, entity, entity_id, action, before, after, "
                           "prev_hash, hash FROM audit ORDER BY seq");
    if (!st)
        return st.error();
    QString prev = QString::fromLatin1(kGenesis);
    qint64 expectedSeq = 1;
    bool chainBroken = false;
    // The last audited state of every record: (entity, id) -> the 'after' text of its newest entry.
    QHash<QString, QString> lastState;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ++report.entries;
        if (progress && report.entries % 4096 == 0 && !progress(report.entries, total))
            return cancelled();
        const qint64 seq = st->int64(0);
        const QByteArray before = st->isNull(8) ? QByteArray() : st->text(8).toUtf8();
        const QByteArray after = st->isNull(9) ? QByteArray() : st->text(9).toUtf8();
        const QString entity = st->text(5);
        const QString entityId = st->text(6);
        const QString action = st->text(7);
        if (!chainBroken) {
            const QString storedPrev = st->text(10);
            const QString storedHash = st->text(11);
            const QString computed = entryHash(storedPrev, seq, st->text(1), st->text(2), st->text(3), st->text(4),
                                               entity, entityId, action, before, after);
            Problem problem;
            problem.seq = seq;
            problem.entity = entity;
            problem.entityId = entityId;
            if (seq != expectedSeq && seq > expectedSeq) {
                problem.kind = QStringLiteral("entry_missing");
                problem.seq = expectedSeq;
                problem.detail = trAudit("Audit entries %1 to %2 are missing.").arg(expectedSeq).arg(seq - 1);
            } else if (computed != storedHash) {
                problem.kind = QStringLiteral("entry_altered");
                problem.detail = trAudit("Audit entry %1 was altered: its content no longer matches its hash.").arg(seq);
            } else if (storedPrev != prev) {
                problem.kind = QStringLiteral("entry_reordered");
                problem.detail =
                    trAudit("Audit entry %1 does not follow the entry before it (removed, inserted or reordered).")
                        .arg(seq);
            }
            if (!problem.kind.isEmpty()) {
                report.problems << problem;
                chainBroken = true; // the first bad entry is what matters; later ones all follow from it
            }
            prev = storedHash;
            expectedSeq = seq + 1;
        }
        if (action != QLatin1String("read") && !after.isNull())
            lastState.insert(entity + QLatin1Char('\x1f') + entityId, QString::fromUtf8(after));
    }

    if (progress && !progress(report.entries, total))
        return cancelled();

    // Every current record must equal its last audited state; a payroll line derived from a roll's part (schema
    // v16, store/PayrollRollParts.h) must equal what its part derives instead.
    QSet<QString> derivedLines;
    bool stopped = false;
    DIBAO_TRY(verifyDerivedLines(report, derivedLines, [&] {
        stopped = progress && !progress(report.entries, total);
        return !stopped;
    }));
    if (stopped)
        return cancelled();
    RecordWriter writer(m_db, *this);
    for (const QString &table : RecordWriter::auditedTables()) {
        auto cols = writer.columns(table);
        if (!cols)
            return cols.error();
        auto rows = m_db.prepare(QStringLiteral("SELECT * FROM ") + table);
        if (!rows)
            return rows.error();
        int idColumn = -1;
        for (int c = 0; c < rows->columnCount(); ++c)
            if (rows->columnName(c) == QLatin1String("id"))
                idColumn = c;
        const bool skipDerived = !derivedLines.isEmpty() && table == PayrollRollParts::linesTable();
        for (;;) {
            auto r = rows->step();
            if (!r)
                return r.error();
            if (!*r)
                break;
            const QString id = idColumn >= 0 ? rows->text(idColumn) : QString();
            if (skipDerived && derivedLines.contains(id))
                continue; // compared with its part (and counted there); no Row built for it
            const Row record = RecordWriter::columnsOf(*rows);
            ++report.records;
            const auto found = lastState.constFind(table + QLatin1Char('\x1f') + id);
            const QString current = QString::fromUtf8(RecordWriter::canonicalRecord(table, record));
            Problem problem;
            problem.entity = table;
            problem.entityId = id;
            if (found == lastState.constEnd()) {
                problem.kind = QStringLiteral("record_unaudited");
                problem.detail = trAudit("Record %1 in %2 was written outside the audit trail.").arg(id, table);
            } else if (*found != current) {
                problem.kind = QStringLiteral("record_mismatch");
                problem.detail =
                    trAudit("Record %1 in %2 no longer matches its last audited state.").arg(id, table);
            } else {
                continue;
            }
            report.problems << problem;
        }
    }
    return report;
}

} // namespace dibao
