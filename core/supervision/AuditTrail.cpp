#include "supervision/AuditTrail.h"

#include "audit/AuditLog.h"
#include "db/Database.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "store/RecordWriter.h"
#include "store/Session.h"
#include "supervision/SchemaProbe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>
#include <QTimeZone>

namespace dibao {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dibao::AuditTrail", text);
}

// 00:00 China time of `day` as the UTC instant prefix the trail stores ("2026-11-26T16:00:00").
QString utcStartOfChinaDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600)).toUTC().toString(Qt::ISODate).left(19);
}

QString chinaTime(const QString &utc)
{
    QDateTime t = QDateTime::fromString(utc, Qt::ISODateWithMs);
    if (!t.isValid())
        return utc;
    t.setTimeZone(QTimeZone::utc());
    return t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

constexpr const char *kColumns =
    "a.seq, a.at, a.user_id, a.user_name, a.device_id, a.entity, a.entity_id, a.action, a.before, a.after, "
    "a.prev_hash, a.hash";

// Spreadsheet cells hold at most 32,767 characters; a record's JSON rarely comes near, but a long note could.
QString cellText(const QByteArray &json)
{
    QString text = QString::fromUtf8(json);
    if (text.size() > 32000)
        text = text.left(32000) + QStringLiteral("…");
    return text;
}

} // namespace

QStringList AuditTrail::columnTitles()
{
    return {tr("No."),    tr("Time (China)"), tr("User"),   tr("Device"), tr("Record type"),
            tr("Record"), tr("Action"),       tr("Before"), tr("After"),  tr("Entry hash")};
}

std::optional<AuditTrail::Format> AuditTrail::formatForPath(const QString &path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return Format::Xlsx;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return std::nullopt;
}

Result<QList<QPair<QString, QString>>> AuditTrail::caseRecords(const QString &caseId)
{
    Database &db = m_session.db();
    QString householdId;
    {
        auto st = db.prepare("SELECT household_id FROM cases WHERE id = ?");
        if (!st)
            return st.error();
        st->bind(1, caseId);
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return makeError(ErrorKind::NotFound, QStringLiteral("case_not_found"), tr("No case %1.").arg(caseId));
        householdId = st->text(0);
    }
    auto probe = SchemaProbe::load(db);
    if (!probe)
        return probe.error();
    QList<QPair<QString, QString>> out{{QStringLiteral("cases"), caseId}, {QStringLiteral("households"), householdId}};
    for (const QString &table : RecordWriter::auditedTables()) {
        if (table == QLatin1String("cases") || table == QLatin1String("households"))
            continue;
        const bool byCase = probe->hasColumns(table, {QStringLiteral("case_id")});
        const bool byHousehold = probe->hasColumns(table, {QStringLiteral("household_id")});
        if (!byCase && !byHousehold)
            continue;
        QString sql = QStringLiteral("SELECT id FROM %1 WHERE ").arg(table);
        if (byCase)
            sql += QStringLiteral("case_id = ?1");
        if (byCase && byHousehold)
            sql += QStringLiteral(" OR ");
        if (byHousehold)
            sql += QStringLiteral("household_id = ?2");
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        if (byCase)
            st->bind(1, caseId);
        if (byHousehold)
            st->bind(2, householdId);
        DIBAO_TRY(st->forEachRow([&] { out.append({table, st->text(0)}); }));
    }
    // A payment issued since schema v16 is audited with its roll's part (store/PayrollRollParts.h): the parts that
    // hold the household's lines.
    if (probe->hasColumns(QStringLiteral("payroll_roll_parts"), {QStringLiteral("lines")})) {
        auto st = db.prepare("SELECT DISTINCT p.id FROM payroll_lines l JOIN payroll_roll_parts p ON p.roll_id = l.roll_id "
                             "AND p.division_code = l.division_code AND instr(p.lines, l.id) > 0 "
                             "WHERE l.household_id = ?");
        if (!st)
            return st.error();
        st->bind(1, householdId);
        DIBAO_TRY(st->forEachRow([&] { out.append({QStringLiteral("payroll_roll_parts"), st->text(0)}); }));
    }
    return out;
}

Result<AuditTrail::Sql> AuditTrail::whereFor(const AuditFilter &filter)
{
    DIBAO_TRY(m_session.require(Action::ViewAuditTrail));
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return makeError(ErrorKind::Invalid, QStringLiteral("audit_range"),
                         tr("The date range ends before it starts."));
    Sql sql;
    sql.where = QStringLiteral("FROM audit a");
    QStringList conditions;
    if (!filter.caseId.isEmpty()) {
        auto records = caseRecords(filter.caseId);
        if (!records)
            return records.error();
        Database &db = m_session.db();
        DIBAO_TRY(db.exec("CREATE TEMP TABLE IF NOT EXISTS audit_scope (entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                          " PRIMARY KEY (entity, entity_id)) WITHOUT ROWID; DELETE FROM temp.audit_scope;"));
        auto ins = db.prepare("INSERT OR IGNORE INTO temp.audit_scope (entity, entity_id) VALUES (?, ?)");
        if (!ins)
            return ins.error();
        for (const auto &[entity, id] : *records) {
            ins->bind(1, entity).bind(2, id);
            DIBAO_TRY(ins->run());
            ins->reset();
        }
        sql.where += QStringLiteral(" JOIN temp.audit_scope sc ON a.entity = sc.entity AND a.entity_id = sc.entity_id");
    }
    if (!filter.userName.isEmpty()) {
        conditions << QStringLiteral("a.user_name = ?");
        sql.binds << filter.userName;
    }
    if (!filter.entity.isEmpty()) {
        conditions << QStringLiteral("a.entity = ?");
        sql.binds << filter.entity;
    }
    if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("a.action = ?");
        sql.binds << filter.action;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("a.at >= ?");
        sql.binds << utcStartOfChinaDay(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("a.at < ?");
        sql.binds << utcStartOfChinaDay(filter.to.addDays(1));
    }
    if (!conditions.isEmpty())
        sql.where += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql;
}

Result<qint64> AuditTrail::count(const AuditFilter &filter)
{
    auto sql = whereFor(filter);
    if (!sql)
        return sql.error();
    auto st = m_session.db().prepare(QStringLiteral("SELECT count(*) ") + sql->where);
    if (!st)
        return st.error();
    for (int i = 0; i < sql->binds.size(); ++i)
        st->bind(i + 1, sql->binds[i]);
    auto row = st->step();
    if (!row)
        return row.error();
    return st->int64(0);
}

Status AuditTrail::forEach(const AuditFilter &filter, int offset, int limit,
                           const std::function<Status(const AuditEntry &)> &f)
{
    auto sql = whereFor(filter);
    if (!sql)
        return sql.error();
    QString text = QStringLiteral("SELECT ") + QString::fromLatin1(kColumns) + QLatin1Char(' ') + sql->where
        + QStringLiteral(" ORDER BY a.seq DESC");
    if (limit >= 0)
        text += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(std::max(0, offset));
    auto st = m_session.db().prepare(text);
    if (!st)
        return st.error();
    for (int i = 0; i < sql->binds.size(); ++i)
        st->bind(i + 1, sql->binds[i]);
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        AuditEntry e;
        e.seq = st->int64(0);
        e.at = st->text(1);
        e.atChina = chinaTime(e.at);
        e.userId = st->text(2);
        e.userName = st->text(3);
        e.deviceId = st->text(4);
        e.entity = st->text(5);
        e.entityId = st->text(6);
        e.action = st->text(7);
        e.before = st->isNull(8) ? QByteArray() : st->text(8).toUtf8();
        e.after = st->isNull(9) ? QByteArray() : st->text(9).toUtf8();
        const QString computed = AuditLog::entryHash(st->text(10), e.seq, e.at, e.userId, e.userName, e.deviceId,
                                                     e.entity, e.entityId, e.action,
                                                     st->isNull(8) ? QByteArray() : e.before,
                                                     st->isNull(9) ? QByteArray() : e.after);
        e.hashMatches = computed == st->text(11);
        DIBAO_TRY(f(e));
    }
    return {};
}

Result<QList<AuditEntry>> AuditTrail::page(const AuditFilter &filter, int offset, int limit)
{
    QList<AuditEntry> out;
    DIBAO_TRY(forEach(filter, offset, std::max(0, limit), [&](const AuditEntry &e) -> Status {
        out << e;
        return {};
    }));
    return out;
}

Result<qint64> AuditTrail::exportTo(const AuditFilter &filter, const QString &path, Format format)
{
    qint64 written = 0;
    const QStringList titles = columnTitles();
    auto fields = [](const AuditEntry &e) {
        return QStringList{QString::number(e.seq), e.atChina,   e.userName,
                           e.deviceId,             e.entity,    e.entityId,
                           e.action,               cellText(e.before), cellText(e.after),
                           e.hashMatches ? tr("matches") : tr("ALTERED")};
    };
    if (format == Format::Xlsx) {
        XlsxWriter x;
        XlsxSheetOptions options;
        options.columnWidths = {10, 20, 14, 14, 18, 38, 14, 60, 60, 12};
        auto sheet = x.addSheet(tr("Audit trail"), options);
        if (!sheet)
            return sheet.error();
        XlsxRow header;
        for (const QString &t : titles)
            header << XlsxCell::fromText(t);
        DIBAO_TRY(x.appendRow(*sheet, header));
        DIBAO_TRY(forEach(filter, 0, -1, [&](const AuditEntry &e) -> Status {
            const QStringList f = fields(e);
            XlsxRow row{XlsxCell::fromInteger(e.seq)};
            for (int i = 1; i < f.size(); ++i)
                row << XlsxCell::fromText(f[i]);
            ++written;
            return x.appendRow(*sheet, row);
        }));
        DIBAO_TRY(x.save(path));
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(ErrorKind::Io, QStringLiteral("io_write"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
        CsvWriteOptions options;
        options.byteOrderMark = true;
        CsvWriter csv(&file, options);
        DIBAO_TRY(csv.writeRow(titles));
        DIBAO_TRY(forEach(filter, 0, -1, [&](const AuditEntry &e) -> Status {
            ++written;
            return csv.writeRow(fields(e));
        }));
        if (!file.commit())
            return makeError(ErrorKind::Io, QStringLiteral("io_write"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    // Taking the trail out of the product is itself on the record.
    DIBAO_TRY(m_session.logSensitiveRead(QStringLiteral("audit"), filter.caseId.isEmpty() ? QStringLiteral("*") : filter.caseId,
                                         QStringLiteral("audit_export %1 entries").arg(written)));
    return written;
}

} // namespace dibao
