#include "payroll/DecisionsInForce.h"

#include "common/ChinaDate.h"
#include "db/Database.h"

namespace dibao {

namespace {

// Every decision effective by ?3 (the month, or the end of time when later ones are wanted), in household order,
// each household's by effective month then case, read from the covering index alone. Columns: household, kind, review
// outcome, amount, tier, the effective month's number, the gradual exit's months, persons (-1 unknown), effective by
// the month before (?2), effective by the month (?1).
constexpr const char *kDecisions =
    "SELECT household_id, kind, review_outcome, COALESCE(amount, 0), tier,"
    " CAST(substr(effective_month, 1, 4) AS INTEGER) * 12 + CAST(substr(effective_month, 6, 2) AS INTEGER) - 1,"
    " COALESCE(gradual_exit_months, 0),"
    " CASE WHEN individual_member_id IS NOT NULL THEN 1 ELSE COALESCE(member_count, -1) END,"
    " effective_month <= ?2, effective_month <= ?1"
    " FROM cases INDEXED BY cases_decisions"
    " WHERE state IN ('confirmed', 'review_decided') AND effective_month <= ?3"
    " ORDER BY household_id, effective_month, rowid";

} // namespace

PaidDecision::Rule PaidDecision::ruleOf(QByteArrayView kind, QByteArrayView reviewOutcome)
{
    if (kind == "application")
        return Rule::PaysAmount;
    if (reviewOutcome == "stop")
        return Rule::Stops;
    if (reviewOutcome == "gradual_exit")
        return Rule::GradualExit;
    return Rule::PaysAmount;
}

Status forEachHouseholdDecisions(Database &db, const QDate &month, bool withLater,
                                 const std::function<void(const HouseholdDecisions &)> &onHousehold)
{
    auto st = db.prepare(kDecisions);
    if (!st)
        return st.error();
    const QString m = isoMonth(month);
    st->bind(1, m).bind(2, isoMonth(month.addMonths(-1))).bind(3, withLater ? QStringLiteral("9999-12") : m);
    QByteArray current;
    bool any = false;
    HouseholdDecisions h;
    auto flush = [&] {
        if (any)
            onHousehold(h);
    };
    Statement &s = *st;
    DIBAO_TRY(s.forEachRow([&] {
        const QByteArray id = s.blob(0);
        if (!any || id != current) {
            flush();
            any = true;
            current = id;
            h = HouseholdDecisions{};
            h.householdId = QString::fromUtf8(current);
        }
        if (s.int64(9) == 0) { // after the month: rows come in effective order, so nothing in force follows
            h.laterDecision = true;
            return;
        }
        PaidDecision d;
        const QByteArray kind = s.blob(1);
        d.application = kind == "application";
        d.rule = PaidDecision::ruleOf(kind, s.blob(2));
        d.amount = s.int64(3);
        d.tier = s.text(4);
        d.effective = s.int64(5);
        d.exitMonths = s.int64(6);
        d.persons = s.int64(7);
        if (s.int64(8) != 0) {
            h.previous = d;
            h.hasPrevious = true;
        }
        h.now = std::move(d);
        h.hasNow = true;
    }));
    flush();
    return {};
}

} // namespace dibao
