#include "supervision/Statistics.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "domain/Division.h"
#include "payroll/DecisionsInForce.h"
#include "store/Session.h"
#include "supervision/SchemaProbe.h"

#include <QCoreApplication>
#include <QHash>
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

// Every household with where it is paid in month ?1 (%1 town, %2 village: the register, or after transfers).
constexpr const char *kHouseholds =
    "SELECT h.id, %1, %2, h.area, COALESCE(h.current_tier, ''), h.migrated, h.enrolled_since, h.current_amount"
    " FROM households h";

constexpr const char *kPersonsNow = "SELECT count(*) FROM members WHERE household_id = ?1 AND left_reason IS NULL";

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

// One household's decisions in force this month and last.
struct InForce {
    Fen now = 0;
    Fen prev = 0;
    bool hasPrev = false;
    QString tier;       // of the decision in force now; empty: none recorded
    qint64 persons = -1; // of the decision in force now; -1: not recorded
};

// Households, persons, amounts, new and exited per cell for `month`, against the month before: the decisions in
// force (one ordered pass over the covering index, the payroll's: forEachHouseholdDecisions, paid as
// PaidDecision::paidIn says), then every household once, summed in memory — no window functions or sorts over the
// county's decisions (they cost 1.5 s of CPU on 120,000 households).
Status collectInForce(Database &db, const QDate &month, bool transfers, QMap<Cell, StatisticsFigures> &cells)
{
    const QString m = isoMonth(month);
    const QString pm = isoMonth(month.addMonths(-1));
    const qint64 mIndex = monthNumber(month);
    QHash<QString, InForce> inForce;
    DIBAO_TRY(forEachHouseholdDecisions(db, month, false, [&](const HouseholdDecisions &h) {
        InForce f;
        f.now = h.now.paidIn(mIndex);
        f.tier = h.now.tier;
        f.persons = h.now.persons;
        f.hasPrev = h.hasPrevious;
        f.prev = h.hasPrevious ? h.previous.paidIn(mIndex - 1) : 0;
        inForce.insert(h.householdId, f);
    }));
    auto personsNow = db.prepare(kPersonsNow);
    if (!personsNow)
        return personsNow.error();
    const QString sql = QString::fromUtf8(kHouseholds)
                            .arg(transfers ? QString::fromUtf8(kTownAfterTransfers) : QStringLiteral("h.division_code"),
                                 transfers ? QString::fromUtf8(kVillageAfterTransfers)
                                           : QStringLiteral("COALESCE(h.village_name, '')"));
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, m);
    // Summed per cell in a hash first (a county has a few hundred cells and 120,000 households).
    QHash<QString, std::pair<Cell, StatisticsFigures>> sums;
    Status inner = Status();
    DIBAO_TRY(st->forEachRow([&] {
        if (!inner)
            return;
        const QString id = st->text(0);
        const auto found = inForce.constFind(id);
        const bool migrated = st->int64(5) != 0;
        if (found == inForce.cend() && !migrated)
            return;
        const QString enrolledSince = st->text(6);
        const bool migratedAmount = migrated && !st->isNull(7) && !enrolledSince.isNull();
        const Fen current = st->int64(7);
        Fen now = 0, prev = 0;
        QString tier;
        qint64 persons = -1;
        if (found != inForce.cend()) {
            now = found->now;
            tier = found->tier;
            persons = found->persons;
        } else if (migratedAmount && enrolledSince <= m) {
            now = current;
        }
        if (found != inForce.cend() && found->hasPrev)
            prev = found->prev;
        else if (migratedAmount && enrolledSince <= pm)
            prev = current;
        if (tier.isEmpty())
            tier = st->text(4);
        Cell cell{st->text(1), st->text(2), st->text(3), tier};
        const QString key = cell.township + QChar(0x1f) + cell.village + QChar(0x1f) + cell.area + QChar(0x1f)
            + cell.tier;
        auto slot = sums.find(key);
        if (slot == sums.end())
            slot = sums.insert(key, {cell, StatisticsFigures{}});
        StatisticsFigures &f = slot->second;
        if (now > 0) {
            if (persons < 0) {
                personsNow->bind(1, id);
                auto row = personsNow->step();
                if (!row) {
                    inner = row.error();
                    return;
                }
                persons = *row ? personsNow->int64(0) : 0;
                personsNow->reset();
            }
            f.households += 1;
            f.persons += persons;
            f.amount += now;
            if (cell.area == QLatin1String("urban")) {
                f.urbanHouseholds += 1;
                f.urbanPersons += persons;
                f.urbanAmount += now;
            } else {
                f.ruralHouseholds += 1;
                f.ruralPersons += persons;
                f.ruralAmount += now;
            }
        }
        f.newHouseholds += (now > 0 && prev <= 0) ? 1 : 0;
        f.exitedHouseholds += (now <= 0 && prev > 0) ? 1 : 0;
    }));
    DIBAO_TRY(inner);
    for (const auto &[cell, figures] : std::as_const(sums))
        cells[cell].add(figures);
    return Status();
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
    DIBAO_TRY(collectInForce(db, report.month, transfers, cells));

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
