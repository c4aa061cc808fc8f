#include "supervision/Statistics.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "domain/Division.h"
#include "store/Session.h"
#include "supervision/SchemaProbe.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace dibao {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dibao::Statistics", text);
}

// The finest cut every query answers; the report's rows are sums of these.
struct Cell {
    QString township;
    QString village;
    QString area;
    QString tier;
    bool operator<(const Cell &o) const
    {
        return std::tie(township, village, area, tier) < std::tie(o.township, o.village, o.area, o.tier);
    }
};

// "YYYY-MM" as a month number, in SQL, for the gradual exit's last month.
#define MONTH_INDEX(col) "(CAST(substr(" col ", 1, 4) AS INTEGER) * 12 + CAST(substr(" col ", 6, 2) AS INTEGER) - 1)"

// What a decision (columns of d) pays in the month numbered `idx`: as the payroll (PayrollService::regularLines).
#define PAID(idx)                                                                                                     \
    "CASE WHEN d.kind = 'application' THEN COALESCE(d.amount, 0)"                                                     \
    " WHEN d.review_outcome = 'stop' THEN 0"                                                                          \
    " WHEN d.review_outcome = 'gradual_exit' THEN CASE WHEN " idx " < " MONTH_INDEX("d.effective_month")             \
    " + COALESCE(d.gradual_exit_months, 0) THEN COALESCE(d.amount, 0) ELSE 0 END"                                     \
    " ELSE COALESCE(d.amount, 0) END"

// The decision in force in the month (rn_now = 1) and in the month before (rn_prev = 1 with effective_month <= ?2),
// both from one pass over the decisions (partial index cases_decisions), then one row per household.
// ?1 month, ?2 month before, ?3 / ?4 their month numbers.
constexpr const char *kInForce =
    "WITH d AS ("
    " SELECT c.household_id AS hid, c.kind, c.review_outcome, c.amount, c.tier, c.effective_month,"
    "  c.gradual_exit_months, CASE WHEN c.individual_member_id IS NOT NULL THEN 1 ELSE c.member_count END AS persons,"
    "  ROW_NUMBER() OVER (PARTITION BY c.household_id ORDER BY c.effective_month DESC, c.rowid DESC) AS rn_now,"
    "  ROW_NUMBER() OVER (PARTITION BY c.household_id ORDER BY c.effective_month <= ?2 DESC, c.effective_month DESC,"
    "   c.rowid DESC) AS rn_prev"
    " FROM cases c WHERE c.state IN ('confirmed', 'review_decided') AND c.effective_month <= ?1),"
    "dh AS ("
    " SELECT d.hid,"
    "  max(CASE WHEN d.rn_now = 1 THEN " PAID("?3") " END) AS now_amt,"
    "  max(CASE WHEN d.rn_prev = 1 AND d.effective_month <= ?2 THEN " PAID("?4") " END) AS prev_amt,"
    "  max(CASE WHEN d.rn_now = 1 THEN NULLIF(d.tier, '') END) AS tier,"
    "  max(CASE WHEN d.rn_now = 1 THEN d.persons END) AS persons"
    " FROM d GROUP BY d.hid),"
    "per AS ("
    " SELECT %1 AS town, %2 AS village, h.area AS area, COALESCE(dh.tier, h.current_tier, '') AS tier,"
    "  COALESCE(dh.now_amt, CASE WHEN h.migrated = 1 AND h.enrolled_since <= ?1 THEN h.current_amount END, 0) AS now_amt,"
    "  COALESCE(dh.prev_amt, CASE WHEN h.migrated = 1 AND h.enrolled_since <= ?2 THEN h.current_amount END, 0)"
    "   AS prev_amt,"
    "  dh.persons AS persons, h.id AS hid"
    " FROM households h LEFT JOIN dh ON dh.hid = h.id WHERE dh.hid IS NOT NULL OR h.migrated = 1) "
    "SELECT town, village, area, tier,"
    " sum(now_amt > 0),"
    " sum(CASE WHEN now_amt > 0 THEN COALESCE(persons, (SELECT count(*) FROM members m WHERE m.household_id = hid"
    "  AND m.left_reason IS NULL)) ELSE 0 END),"
    " sum(CASE WHEN now_amt > 0 THEN now_amt ELSE 0 END),"
    " sum(now_amt > 0 AND prev_amt <= 0),"
    " sum(now_amt <= 0 AND prev_amt > 0) "
    "FROM per GROUP BY town, village, area, tier";

// Where a household is paid in month ?1 when it moved: the last transfer in force, else where the next one says it
// was, else the register (as the payroll's placeFor).
constexpr const char *kTownAfterTransfers =
    "COALESCE((SELECT t.to_division FROM household_transfers t WHERE t.household_id = h.id AND t.first_month <= ?1"
    " ORDER BY t.first_month DESC LIMIT 1), (SELECT t.from_division FROM household_transfers t"
    " WHERE t.household_id = h.id AND t.first_month > ?1 ORDER BY t.first_month LIMIT 1), h.division_code)";
constexpr const char *kVillageAfterTransfers =
    "COALESCE((SELECT t.to_village FROM household_transfers t WHERE t.household_id = h.id AND t.first_month <= ?1"
    " ORDER BY t.first_month DESC LIMIT 1), (SELECT t.from_village FROM household_transfers t"
    " WHERE t.household_id = h.id AND t.first_month > ?1 ORDER BY t.first_month LIMIT 1), h.village_name, '')";

// Clocks past due on ?1 and not done by then: still open (partial index case_clocks_open) or done later
// (case_clocks_done, schema v7).
constexpr const char *kOverdue =
    "SELECT h.division_code, COALESCE(h.village_name, ''), h.area, COALESCE(h.current_tier, ''), count(*) "
    "FROM (SELECT case_id FROM case_clocks WHERE done_on IS NULL AND due_on < ?1"
    " UNION ALL SELECT case_id FROM case_clocks WHERE done_on > ?1 AND due_on < ?1) k"
    " JOIN cases c ON c.id = k.case_id JOIN households h ON h.id = c.household_id "
    "GROUP BY 1, 2, 3, 4";

// Complaints about a case received in the month (?1 first day, ?2 last day). %1: those the general register
// already counts are left out.
constexpr const char *kCaseComplaints =
    "SELECT h.division_code, COALESCE(h.village_name, ''), h.area, COALESCE(h.current_tier, ''), count(*) "
    "FROM case_complaints cc JOIN cases c ON c.id = cc.case_id JOIN households h ON h.id = c.household_id "
    "WHERE cc.received_on >= ?1 AND cc.received_on <= ?2 %1 GROUP BY 1, 2, 3, 4";

// The general register (信访, 举报投诉): complaints, reports and petitions, not enquiries or suggestions. A
// complaint naming a township is kept by the county (division_code is the county's) but counted for the township.
constexpr const char *kPetitions =
    "SELECT COALESCE(h.division_code, CASE WHEN length(p.subject_division) = 9 THEN p.subject_division END,"
    " p.division_code), COALESCE(h.village_name, ''), COALESCE(h.area, ''), COALESCE(h.current_tier, ''), count(*) "
    "FROM petitions p LEFT JOIN households h ON h.id = p.household_id "
    "WHERE p.kind IN ('complaint', 'report', 'petition') AND p.received_on >= ?1 AND p.received_on <= ?2 "
    "GROUP BY 1, 2, 3, 4";

// Verification findings recorded in the month (created_at is a UTC instant: the China date is 8 hours on).
constexpr const char *kFindings =
    "SELECT h.division_code, COALESCE(h.village_name, ''), h.area, COALESCE(h.current_tier, ''), count(*) "
    "FROM verification_findings f JOIN households h ON h.id = f.household_id "
    "WHERE f.created_at >= ?1 AND f.created_at < ?2 GROUP BY 1, 2, 3, 4";

QString isoInstantUtcOfChinaDay(const QDate &day)
{
    // 00:00 China time is 16:00 UTC the day before.
    return isoDate(day.addDays(-1)) + QStringLiteral("T16:00:00");
}

Status collect(Database &db, const QString &sql, const std::function<void(Statement &)> &bind,
               const std::function<void(const Cell &, Statement &)> &onRow)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    bind(*st);
    return st->forEachRow([&] {
        Cell cell{st->text(0), st->text(1), st->text(2), st->text(3)};
        onRow(cell, *st);
    });
}

} // namespace

void StatisticsFigures::add(const StatisticsFigures &o)
{
    households += o.households;
    persons += o.persons;
    amount += o.amount;
    urbanHouseholds += o.urbanHouseholds;
    urbanPersons += o.urbanPersons;
    urbanAmount += o.urbanAmount;
    ruralHouseholds += o.ruralHouseholds;
    ruralPersons += o.ruralPersons;
    ruralAmount += o.ruralAmount;
    newHouseholds += o.newHouseholds;
    exitedHouseholds += o.exitedHouseholds;
    overdueWork += o.overdueWork;
    complaints += o.complaints;
    findings += o.findings;
}

QString toToken(StatisticsGrouping grouping)
{
    switch (grouping) {
    case StatisticsGrouping::Township: return QStringLiteral("township");
    case StatisticsGrouping::Village: return QStringLiteral("village");
    case StatisticsGrouping::Area: return QStringLiteral("area");
    case StatisticsGrouping::Tier: return QStringLiteral("tier");
    }
    return {};
}

std::optional<StatisticsGrouping> statisticsGroupingFromToken(const QString &token)
{
    for (StatisticsGrouping g : {StatisticsGrouping::Township, StatisticsGrouping::Village, StatisticsGrouping::Area,
                                 StatisticsGrouping::Tier})
        if (toToken(g) == token)
            return g;
    return std::nullopt;
}

QString Statistics::areaLabel(const QString &area)
{
    if (area == QLatin1String("urban"))
        return tr("Urban");
    if (area == QLatin1String("rural"))
        return tr("Rural");
    return area.isEmpty() ? tr("Not recorded") : area;
}

QString Statistics::tierLabel(const QString &tier)
{
    return tier.isEmpty() ? tr("No tier") : tr("Tier %1").arg(tier);
}

Result<StatisticsReport> Statistics::compute(const QDate &monthIn, StatisticsGrouping grouping)
{
    DIBAO_TRY(m_session.require(Action::ViewStatistics));
    if (!monthIn.isValid())
        return makeError(ErrorKind::Invalid, QStringLiteral("statistics_month"), tr("The month is not valid."));
    Database &db = m_session.db();
    StatisticsReport report;
    report.month = firstOfMonth(monthIn);
    report.grouping = grouping;
    const QDate last = report.month.addMonths(1).addDays(-1);
    report.asOf = std::min(last, chinaToday());
    const QDate prevMonth = report.month.addMonths(-1);
    const QString m = isoMonth(report.month);
    const QString pm = isoMonth(prevMonth);
    const qint64 mIndex = qint64(report.month.year()) * 12 + report.month.month() - 1;

    auto probe = SchemaProbe::load(db);
    if (!probe)
        return probe.error();
    report.complaintRegisterPresent = probe->hasColumns(QStringLiteral("petitions"),
        {QStringLiteral("kind"), QStringLiteral("received_on"), QStringLiteral("household_id"),
         QStringLiteral("subject_division"), QStringLiteral("division_code"), QStringLiteral("case_complaint_id")});
    report.findingsRegisterPresent = probe->hasColumns(QStringLiteral("verification_findings"),
        {QStringLiteral("household_id"), QStringLiteral("created_at")});

    QMap<Cell, StatisticsFigures> cells;

    // Transfers are rare: the per-household look-up is only written into the query where there are any.
    bool transfers = false;
    {
        auto st = db.prepare("SELECT EXISTS (SELECT 1 FROM household_transfers)");
        if (!st)
            return st.error();
        auto row = st->step();
        if (!row)
            return row.error();
        transfers = *row && st->int64(0) != 0;
    }
    const QString inForce = QString::fromUtf8(kInForce)
                                .arg(transfers ? QString::fromUtf8(kTownAfterTransfers) : QStringLiteral("h.division_code"),
                                     transfers ? QString::fromUtf8(kVillageAfterTransfers)
                                               : QStringLiteral("COALESCE(h.village_name, '')"));
    DIBAO_TRY(collect(
        db, inForce, [&](Statement &s) { s.bind(1, m).bind(2, pm).bind(3, mIndex).bind(4, mIndex - 1); },
        [&](const Cell &c, Statement &s) {
            StatisticsFigures &f = cells[c];
            const qint64 hh = s.int64(4), persons = s.int64(5);
            const Fen amount = s.int64(6);
            f.households += hh;
            f.persons += persons;
            f.amount += amount;
            if (c.area == QLatin1String("urban")) {
                f.urbanHouseholds += hh;
                f.urbanPersons += persons;
                f.urbanAmount += amount;
            } else {
                f.ruralHouseholds += hh;
                f.ruralPersons += persons;
                f.ruralAmount += amount;
            }
            f.newHouseholds += s.int64(7);
            f.exitedHouseholds += s.int64(8);
        }));

    DIBAO_TRY(collect(
        db, QString::fromUtf8(kOverdue), [&](Statement &s) { s.bind(1, isoDate(report.asOf)); },
        [&](const Cell &c, Statement &s) { cells[c].overdueWork += s.int64(4); }));

    const QString notInRegister = report.complaintRegisterPresent
        ? QStringLiteral("AND NOT EXISTS (SELECT 1 FROM petitions p WHERE p.case_complaint_id = cc.id)")
        : QString();
    DIBAO_TRY(collect(
        db, QString::fromUtf8(kCaseComplaints).arg(notInRegister),
        [&](Statement &s) { s.bind(1, isoDate(report.month)).bind(2, isoDate(last)); },
        [&](const Cell &c, Statement &s) { cells[c].complaints += s.int64(4); }));
    if (report.complaintRegisterPresent)
        DIBAO_TRY(collect(
            db, QString::fromUtf8(kPetitions),
            [&](Statement &s) { s.bind(1, isoDate(report.month)).bind(2, isoDate(last)); },
            [&](const Cell &c, Statement &s) { cells[c].complaints += s.int64(4); }));
    if (report.findingsRegisterPresent)
        DIBAO_TRY(collect(
            db, QString::fromUtf8(kFindings),
            [&](Statement &s) {
                s.bind(1, isoInstantUtcOfChinaDay(report.month)).bind(2, isoInstantUtcOfChinaDay(last.addDays(1)));
            },
            [&](const Cell &c, Statement &s) { cells[c].findings += s.int64(4); }));

    const DivisionRegistry &divisions = DivisionRegistry::instance();
    auto townshipName = [&](const QString &code) {
        const QString name = divisions.name(code);
        return name.isEmpty() ? code : name;
    };
    QMap<QString, StatisticsRow> rows;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const Cell &c = it.key();
        StatisticsRow proto;
        switch (grouping) {
        case StatisticsGrouping::Township:
            proto.key = c.township;
            proto.townshipCode = c.township;
            proto.label = townshipName(c.township);
            break;
        case StatisticsGrouping::Village:
            proto.key = c.township + QLatin1Char('|') + c.village;
            proto.townshipCode = c.township;
            proto.label = townshipName(c.township) + QLatin1Char(' ')
                + (c.village.isEmpty() ? tr("(no village)") : c.village);
            break;
        case StatisticsGrouping::Area:
            proto.key = c.area;
            proto.label = areaLabel(c.area);
            break;
        case StatisticsGrouping::Tier:
            proto.key = c.tier;
            proto.label = tierLabel(c.tier);
            break;
        }
        auto row = rows.find(proto.key);
        if (row == rows.end())
            row = rows.insert(proto.key, proto);
        row->figures.add(it.value());
        report.total.add(it.value());
    }
    // A township of the county with nothing to count still has its line in the report.
    if (grouping == StatisticsGrouping::Township) {
        const QList<Division> townships = m_session.isCounty() ? divisions.townshipsOf(m_session.divisionCode())
                                                               : QList<Division>{};
        for (const Division &d : townships)
            if (!rows.contains(d.code))
                rows.insert(d.code, StatisticsRow{d.code, d.name, d.code, {}});
        if (!m_session.isCounty() && !rows.contains(m_session.divisionCode()))
            rows.insert(m_session.divisionCode(), StatisticsRow{m_session.divisionCode(),
                                                                townshipName(m_session.divisionCode()),
                                                                m_session.divisionCode(), {}});
    }
    report.rows = rows.values();
    return report;
}

Result<QList<StatisticsReport>> Statistics::months(const QDate &from, const QDate &to, StatisticsGrouping grouping)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorKind::Invalid, QStringLiteral("statistics_month"), tr("The months are not valid."));
    QList<StatisticsReport> out;
    for (QDate m = firstOfMonth(from); m <= to; m = m.addMonths(1)) {
        auto r = compute(m, grouping);
        if (!r)
            return r.error();
        out << std::move(*r);
        if (out.size() > 120)
            return makeError(ErrorKind::Invalid, QStringLiteral("statistics_months"),
                             tr("At most ten years of months can be compared at once."));
    }
    return out;
}

} // namespace dibao
