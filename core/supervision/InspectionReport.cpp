#include "supervision/InspectionReport.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "domain/Division.h"
#include "io/XlsxWriter.h"
#include "store/Session.h"
#include "supervision/SchemaProbe.h"
#include "workflow/CaseStates.h"

#include <QCoreApplication>

namespace dibao {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dibao::InspectionReports", text);
}

// Clocks due in the period (?2..?3) of the township's cases (?1), judged on the report day (?3).
constexpr const char *kClocks =
    "SELECT k.clock, sum(k.done_on IS NOT NULL AND k.done_on <= k.due_on AND k.done_on <= ?3),"
    " sum(k.done_on IS NOT NULL AND k.done_on > k.due_on AND k.done_on <= ?3),"
    " sum((k.done_on IS NULL OR k.done_on > ?3) AND k.due_on < ?3) "
    "FROM case_clocks k JOIN cases c ON c.id = k.case_id "
    "WHERE c.division_code = ?1 AND k.due_on >= ?2 AND k.due_on <= ?3 GROUP BY k.clock ORDER BY k.clock";

// Applications past the investigation with no household visit on record; cases before the authority (or decided
// by it) that needed its own visit — a near relative, or a complaint during confirmation after which it did not
// visit (57号 Art 20; workflow/AuthorityVisitRule).
constexpr const char *kWithoutVisits =
    "SELECT c.id, COALESCE(c.applicant_name, ''), COALESCE(c.village_name, ''), c.state, 'household_visit',"
    " 'investigation' FROM cases c "
    "WHERE c.division_code = ?1 AND c.kind = 'application' AND c.state IN ('appraisal', 'township_review', 'notice',"
    " 'objection', 'county_notice', 'confirmation', 'confirmed', 'refused')"
    " AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.case_id = c.id AND v.kind = 'household') "
    "UNION ALL "
    "SELECT c.id, COALESCE(c.applicant_name, ''), COALESCE(c.village_name, ''), c.state, 'authority_visit',"
    " CASE WHEN c.near_relative_declared = 1 THEN 'near_relative' ELSE 'complaint_during_confirmation' END "
    "FROM cases c WHERE c.division_code = ?1 AND c.state IN ('confirmation', 'confirmed', 'refused')"
    " AND ((c.near_relative_declared = 1 AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.case_id = c.id"
    "   AND v.by_authority = 1 AND v.kind = 'household'))"
    "  OR EXISTS (SELECT 1 FROM case_complaints cc WHERE cc.case_id = c.id AND cc.during_confirmation = 1"
    "   AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.case_id = c.id AND v.by_authority = 1"
    "    AND v.kind = 'household' AND v.visit_date >= cc.received_on))) "
    "ORDER BY 3, 2";

constexpr const char *kDecisions =
    "SELECT c.decided_by, CASE WHEN c.kind = 'application' THEN c.state ELSE COALESCE(c.review_outcome, c.state) END,"
    " count(*) FROM cases c "
    "WHERE c.division_code = ?1 AND c.decided_on >= ?2 AND c.decided_on <= ?3 AND c.decided_by IS NOT NULL"
    " AND c.state IN ('confirmed', 'refused', 'review_decided') "
    "GROUP BY 1, 2 ORDER BY 1, 2";

} // namespace

qint64 InspectionReport::clocksKept() const
{
    qint64 n = 0;
    for (const InspectionClock &c : clocks)
        n += c.kept;
    return n;
}

qint64 InspectionReport::clocksMissed() const
{
    qint64 n = 0;
    for (const InspectionClock &c : clocks)
        n += c.missedLate + c.missedOpen;
    return n;
}

QString InspectionReports::missingText(const QString &token)
{
    if (token == QLatin1String("household_visit"))
        return tr("No household visit");
    if (token == QLatin1String("authority_visit"))
        return tr("No visit by the confirming authority");
    return token;
}

QString InspectionReports::groundText(const QString &token)
{
    if (token == QLatin1String("investigation"))
        return tr("Investigation");
    if (token == QLatin1String("near_relative"))
        return tr("Near relative of staff");
    if (token == QLatin1String("complaint_during_confirmation"))
        return tr("Complaint during confirmation");
    return token;
}

Result<InspectionReport> InspectionReports::compute(const QString &township, const QDate &from, const QDate &to)
{
    DIBAO_TRY(m_session.require(Action::Inspect));
    const DivisionRegistry &divisions = DivisionRegistry::instance();
    if (!divisions.isTownship(township))
        return makeError(ErrorKind::Invalid, QStringLiteral("inspection_township"),
                         tr("%1 is not a township code.").arg(township));
    if (!m_session.inJurisdiction(township))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         tr("%1 is outside this database's jurisdiction.").arg(township));
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorKind::Invalid, QStringLiteral("inspection_period"), tr("The period is not valid."));
    Database &db = m_session.db();
    InspectionReport r;
    r.townshipCode = township;
    r.townshipName = divisions.name(township);
    r.from = from;
    r.to = to;

    auto clocks = db.prepare(kClocks);
    if (!clocks)
        return clocks.error();
    clocks->bind(1, township).bind(2, isoDate(from)).bind(3, isoDate(to));
    DIBAO_TRY(clocks->forEachRow([&] {
        r.clocks << InspectionClock{clocks->text(0), clocks->int64(1), clocks->int64(2), clocks->int64(3)};
    }));

    auto cases = db.prepare(kWithoutVisits);
    if (!cases)
        return cases.error();
    cases->bind(1, township);
    DIBAO_TRY(cases->forEachRow([&] {
        r.casesWithoutVisits << InspectionCase{cases->text(0), cases->text(1), cases->text(2), cases->text(3),
                                               cases->text(4), cases->text(5)};
    }));

    auto decisions = db.prepare(kDecisions);
    if (!decisions)
        return decisions.error();
    decisions->bind(1, township).bind(2, isoDate(from)).bind(3, isoDate(to));
    DIBAO_TRY(decisions->forEachRow([&] {
        r.decisions << InspectionDecision{decisions->text(0), decisions->text(1), decisions->int64(2)};
    }));

    // Open flags and conflicts are few: each is placed in its township by its record (or the device that raised it).
    auto probe = SchemaProbe::load(db);
    if (!probe)
        return probe.error();
    auto townshipOf = [&](const QString &entity, const QString &id) -> Result<QString> {
        QString sql;
        if (entity == QLatin1String("households") || entity == QLatin1String("cases"))
            sql = QStringLiteral("SELECT division_code FROM %1 WHERE id = ?").arg(entity);
        else if (probe->hasColumns(entity, {QStringLiteral("case_id")}))
            sql = QStringLiteral("SELECT c.division_code FROM %1 x JOIN cases c ON c.id = x.case_id WHERE x.id = ?")
                      .arg(entity);
        else if (probe->hasColumns(entity, {QStringLiteral("household_id")}))
            sql = QStringLiteral("SELECT h.division_code FROM %1 x JOIN households h ON h.id = x.household_id "
                                 "WHERE x.id = ?")
                      .arg(entity);
        else if (probe->hasColumns(entity, {QStringLiteral("division_code")}))
            sql = QStringLiteral("SELECT division_code FROM %1 WHERE id = ?").arg(entity);
        else
            return QString();
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        st->bind(1, id);
        auto row = st->step();
        if (!row)
            return row.error();
        return *row ? st->text(0) : QString();
    };
    struct Pending {
        InspectionFlag flag;
        QString peerTownship;
    };
    QList<Pending> pending;
    auto flags = db.prepare("SELECT f.kind, COALESCE(f.entity, ''), COALESCE(f.entity_id, ''), COALESCE(f.detail, ''),"
                            " f.at, COALESCE(p.township, '') FROM sync_flags f LEFT JOIN sync_peers p"
                            " ON p.peer_id = f.peer_id WHERE f.resolved_at IS NULL ORDER BY f.id");
    if (!flags)
        return flags.error();
    DIBAO_TRY(flags->forEachRow([&] {
        pending << Pending{{QStringLiteral("sync_flag"), flags->text(0), flags->text(1), flags->text(2),
                            flags->text(3), flags->text(4)},
                           flags->text(5)};
    }));
    auto conflicts = db.prepare("SELECT field, entity, entity_id, COALESCE(lost_value, ''), detected_at FROM conflicts "
                                "WHERE resolved_at IS NULL ORDER BY id");
    if (!conflicts)
        return conflicts.error();
    DIBAO_TRY(conflicts->forEachRow([&] {
        pending << Pending{{QStringLiteral("conflict"), conflicts->text(0), conflicts->text(1), conflicts->text(2),
                            conflicts->text(3), conflicts->text(4)},
                           QString()};
    }));
    for (const Pending &p : pending) {
        QString where;
        if (!p.flag.entity.isEmpty() && probe->hasTable(p.flag.entity)) {
            auto t = townshipOf(p.flag.entity, p.flag.entityId);
            if (!t)
                return t.error();
            where = *t;
        }
        if (where.isEmpty())
            where = p.peerTownship;
        if (where.isEmpty() && !m_session.isCounty())
            where = m_session.divisionCode(); // a township database's own flags are its township's
        if (where.left(9) == township)
            r.unresolved << p.flag;
    }
    return r;
}

Status InspectionReports::writeXlsx(const InspectionReport &r, const QString &path)
{
    auto text = [](const QString &s, bool bold = false) { return XlsxCell::fromText(s, bold); };
    auto count = [](qint64 n, bool bold = false) { return XlsxCell::fromInteger(n, bold); };
    XlsxWriter x;
    XlsxSheetOptions summaryOptions;
    summaryOptions.columnWidths = {24, 40};
    auto summary = x.addSheet(QStringLiteral("概况"), summaryOptions);
    if (!summary)
        return summary.error();
    DIBAO_TRY(x.appendRow(*summary, {text(QStringLiteral("项目")), text(QStringLiteral("内容"))}));
    DIBAO_TRY(x.appendRow(*summary, {text(QStringLiteral("乡镇")), text(r.townshipCode + QLatin1Char(' ') + r.townshipName)}));
    DIBAO_TRY(x.appendRow(*summary, {text(QStringLiteral("期间")), text(isoDate(r.from) + QStringLiteral(" 至 ") + isoDate(r.to))}));
    DIBAO_TRY(x.appendRow(*summary, {text(QStringLiteral("时限按期完成")), count(r.clocksKept())}));
    DIBAO_TRY(x.appendRow(*summary, {text(QStringLiteral("时限逾期")), count(r.clocksMissed())}));
    DIBAO_TRY(x.appendRow(*summary, {text(QStringLiteral("缺少规定走访的案件")), count(r.casesWithoutVisits.size())}));
    DIBAO_TRY(x.appendRow(*summary, {text(QStringLiteral("未处理的标记和冲突")), count(r.unresolved.size())}));
    qint64 decided = 0;
    for (const InspectionDecision &d : r.decisions)
        decided += d.count;
    DIBAO_TRY(x.appendRow(*summary, {text(QStringLiteral("期间内作出的决定")), count(decided)}));

    XlsxSheetOptions clockOptions;
    clockOptions.columnWidths = {24, 12, 12, 12};
    auto clocks = x.addSheet(QStringLiteral("时限"), clockOptions);
    if (!clocks)
        return clocks.error();
    DIBAO_TRY(x.appendRow(*clocks, {text(QStringLiteral("时限")), text(QStringLiteral("按期完成")),
                                    text(QStringLiteral("逾期完成")), text(QStringLiteral("逾期未办"))}));
    for (const InspectionClock &c : r.clocks)
        DIBAO_TRY(x.appendRow(*clocks, {text(c.clock), count(c.kept), count(c.missedLate), count(c.missedOpen)}));

    XlsxSheetOptions caseOptions;
    caseOptions.columnWidths = {38, 12, 14, 16, 24, 24};
    auto cases = x.addSheet(QStringLiteral("缺少走访"), caseOptions);
    if (!cases)
        return cases.error();
    DIBAO_TRY(x.appendRow(*cases, {text(QStringLiteral("案件")), text(QStringLiteral("申请人")), text(QStringLiteral("村")),
                                   text(QStringLiteral("状态")), text(QStringLiteral("缺少")),
                                   text(QStringLiteral("依据"))}));
    for (const InspectionCase &c : r.casesWithoutVisits)
        DIBAO_TRY(x.appendRow(*cases, {text(c.caseId), text(c.applicantName), text(c.villageName),
                                       text(CaseState::displayName(c.state)), text(missingText(c.missing)),
                                       text(groundText(c.ground))}));

    XlsxSheetOptions flagOptions;
    flagOptions.columnWidths = {12, 20, 16, 38, 40, 24};
    auto flags = x.addSheet(QStringLiteral("未处理"), flagOptions);
    if (!flags)
        return flags.error();
    DIBAO_TRY(x.appendRow(*flags, {text(QStringLiteral("来源")), text(QStringLiteral("类别")), text(QStringLiteral("记录类型")),
                                   text(QStringLiteral("记录")), text(QStringLiteral("说明")),
                                   text(QStringLiteral("时间"))}));
    for (const InspectionFlag &f : r.unresolved)
        DIBAO_TRY(x.appendRow(*flags, {text(f.source == QLatin1String("conflict") ? QStringLiteral("同步冲突")
                                                                                 : QStringLiteral("同步标记")),
                                       text(f.kind), text(f.entity), text(f.entityId), text(f.detail.left(32000)),
                                       text(f.at)}));

    XlsxSheetOptions decisionOptions;
    decisionOptions.columnWidths = {20, 16, 10};
    auto decisions = x.addSheet(QStringLiteral("决定"), decisionOptions);
    if (!decisions)
        return decisions.error();
    DIBAO_TRY(x.appendRow(*decisions, {text(QStringLiteral("决定人")), text(QStringLiteral("决定")),
                                       text(QStringLiteral("件数"))}));
    for (const InspectionDecision &d : r.decisions)
        DIBAO_TRY(x.appendRow(*decisions, {text(d.decidedBy), text(d.decision), count(d.count)}));
    return x.save(path);
}

} // namespace dibao
