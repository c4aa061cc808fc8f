// EligibilityResult::toJson: the CLI's `eligibility --json` output (schema in docs/eligibility.md).
#include "rules/Eligibility.h"

#include "common/ChinaDate.h"
#include "domain/Tokens.h"

#include <QJsonArray>

namespace dibao {
namespace {

QJsonObject fraction(const Rational &r)
{
    return QJsonObject{{QStringLiteral("num"), r.num()}, {QStringLiteral("den"), r.den()}};
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(isoDate(d)) : QJsonValue();
}

QJsonValue monthOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(isoMonth(d)) : QJsonValue();
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject incomeJson(const IncomeTest &t)
{
    QJsonArray items;
    for (const IncomeLine &l : t.incomes)
        items.append(QJsonObject{{QStringLiteral("income_id"), l.incomeId},
                                 {QStringLiteral("member_id"), stringOrNull(l.memberId)},
                                 {QStringLiteral("kind"), l.kind},
                                 {QStringLiteral("amount_fen"), l.amount},
                                 {QStringLiteral("deductions_fen"), l.deductions},
                                 {QStringLiteral("item_months"), l.itemMonths},
                                 {QStringLiteral("overlap_months"), l.overlapMonths},
                                 {QStringLiteral("status"), l.status},
                                 {QStringLiteral("counted"), fraction(l.counted)},
                                 {QStringLiteral("text"), l.text}});
    QJsonArray expenses;
    for (const ExpenseLine &l : t.expenses)
        expenses.append(QJsonObject{{QStringLiteral("expense_id"), l.expenseId},
                                    {QStringLiteral("member_id"), stringOrNull(l.memberId)},
                                    {QStringLiteral("kind"), l.kind},
                                    {QStringLiteral("amount_fen"), l.amount},
                                    {QStringLiteral("item_months"), l.itemMonths},
                                    {QStringLiteral("overlap_months"), l.overlapMonths},
                                    {QStringLiteral("status"), l.status},
                                    {QStringLiteral("deducted"), fraction(l.deducted)},
                                    {QStringLiteral("text"), l.text}});
    return QJsonObject{{QStringLiteral("evaluated"), t.evaluated},
                       {QStringLiteral("pass"), t.pass},
                       {QStringLiteral("window_from"), monthOrNull(t.windowFrom)},
                       {QStringLiteral("window_to"), monthOrNull(t.windowTo)},
                       {QStringLiteral("averaging_months"), t.averagingMonths},
                       {QStringLiteral("counted_members"), t.countedMembers},
                       {QStringLiteral("standard_fen"), t.standard},
                       {QStringLiteral("threshold_fen"),
                        t.standard >= 0 ? QJsonValue(t.standard * t.countedMembers) : QJsonValue()},
                       {QStringLiteral("window_income"), fraction(t.windowIncome)},
                       {QStringLiteral("monthly_income"), fraction(t.monthlyIncome)},
                       {QStringLiteral("per_capita_income"), fraction(t.perCapitaIncome)},
                       {QStringLiteral("items"), items},
                       {QStringLiteral("expenses"), expenses},
                       {QStringLiteral("text"), t.text}};
}

} // namespace

QJsonObject EligibilityResult::toJson() const
{
    QJsonObject tests;
    tests.insert(QStringLiteral("residence"),
                 QJsonObject{{QStringLiteral("pass"), residence.pass},
                             {QStringLiteral("division_code"), residence.divisionCode},
                             {QStringLiteral("division_name"), residence.divisionName},
                             {QStringLiteral("text"), residence.text}});
    tests.insert(QStringLiteral("income"), incomeJson(income));
    QJsonArray findings;
    for (const AssetFinding &f : assets.findings)
        findings.append(QJsonObject{{QStringLiteral("asset_id"), stringOrNull(f.assetId)},
                                    {QStringLiteral("member_id"), stringOrNull(f.memberId)},
                                    {QStringLiteral("kind"), f.kind},
                                    {QStringLiteral("sub_kind"), stringOrNull(f.subKind)},
                                    {QStringLiteral("verdict"), f.verdict},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("text"), f.text}});
    tests.insert(QStringLiteral("assets"),
                 QJsonObject{{QStringLiteral("evaluated"), assets.evaluated},
                             {QStringLiteral("pass"), assets.pass},
                             {QStringLiteral("financial_total_fen"), assets.financialTotal},
                             {QStringLiteral("financial_limit_fen"),
                              assets.financialLimit >= 0 ? QJsonValue(assets.financialLimit) : QJsonValue()},
                             {QStringLiteral("findings"), findings},
                             {QStringLiteral("text"), assets.text}});

    QJsonArray memberArray;
    for (const MemberAssessment &m : members)
        memberArray.append(QJsonObject{{QStringLiteral("member_id"), m.memberId},
                                       {QStringLiteral("relation"), toToken(m.relation)},
                                       {QStringLiteral("age"), m.age >= 0 ? QJsonValue(m.age) : QJsonValue()},
                                       {QStringLiteral("counted"), m.counted},
                                       {QStringLiteral("reason"), m.reason},
                                       {QStringLiteral("reason_text"), m.reasonText},
                                       {QStringLiteral("loses_own_share"), m.losesOwnShare},
                                       {QStringLiteral("supplements"), QJsonArray::fromStringList(m.supplements)}});

    QJsonArray supplements;
    for (const SupplementLine &s : amount.supplements)
        supplements.append(QJsonObject{{QStringLiteral("member_id"), s.memberId},
                                       {QStringLiteral("kind"), s.kind},
                                       {QStringLiteral("amount"), fraction(s.amount)}});
    const QJsonObject amountJson{{QStringLiteral("method"), stringOrNull(amount.method)},
                                 {QStringLiteral("tier"), stringOrNull(amount.tier)},
                                 {QStringLiteral("paid_members"), amount.paidMembers},
                                 {QStringLiteral("base"), fraction(amount.base)},
                                 {QStringLiteral("supplements"), supplements},
                                 {QStringLiteral("before_rounding"), fraction(amount.beforeRounding)},
                                 {QStringLiteral("rounding"), stringOrNull(amount.rounding)},
                                 {QStringLiteral("rounded_fen"), amount.rounded},
                                 {QStringLiteral("floor_fen"), amount.floor},
                                 {QStringLiteral("floor_applied"), amount.floorApplied},
                                 {QStringLiteral("amount_fen"), amount.amount},
                                 {QStringLiteral("text"), QJsonArray::fromStringList(amount.text)}};

    QJsonValue individualJson;
    if (individual.requested)
        individualJson = QJsonObject{{QStringLiteral("member_id"), individual.memberId},
                                     {QStringLiteral("grounds"), QJsonArray::fromStringList(individual.grounds)},
                                     {QStringLiteral("household_qualifies_whole"), individual.householdQualifiesWhole},
                                     {QStringLiteral("household_is_margin"), individual.householdIsMargin},
                                     {QStringLiteral("qualifies"), individual.qualifies},
                                     {QStringLiteral("income"), incomeJson(individual.income)},
                                     {QStringLiteral("text"), individual.text}};

    QJsonArray flags;
    for (const RedFlag &f : redFlags)
        flags.append(QJsonObject{{QStringLiteral("code"), f.code},
                                 {QStringLiteral("member_id"), stringOrNull(f.memberId)},
                                 {QStringLiteral("asset_id"), stringOrNull(f.assetId)},
                                 {QStringLiteral("text"), f.text}});
    QJsonArray problemArray;
    for (const EligibilityProblem &p : problems)
        problemArray.append(QJsonObject{{QStringLiteral("code"), p.code},
                                        {QStringLiteral("blocking"), p.blocking},
                                        {QStringLiteral("text"), p.text}});
    QJsonArray policy;
    for (const PolicyReference &r : policyUsed)
        policy.append(QJsonObject{{QStringLiteral("kind"), r.kind},
                                  {QStringLiteral("key"), r.key},
                                  {QStringLiteral("effective_from"), dateOrNull(r.effectiveFrom)},
                                  {QStringLiteral("effective_until"), dateOrNull(r.effectiveUntil)},
                                  {QStringLiteral("issuer"), r.issuer},
                                  {QStringLiteral("document_number"), r.documentNumber},
                                  {QStringLiteral("example"), r.example}});

    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("dibao.eligibility/1")},
                       {QStringLiteral("household_id"), householdId},
                       {QStringLiteral("as_of"), dateOrNull(asOf)},
                       {QStringLiteral("area"), toToken(area)},
                       {QStringLiteral("mode"), individual.requested ? QStringLiteral("individual")
                                                                     : QStringLiteral("household")},
                       {QStringLiteral("verdict"), toToken(verdict)},
                       {QStringLiteral("margin"), margin},
                       {QStringLiteral("tests"), tests},
                       {QStringLiteral("members"), memberArray},
                       {QStringLiteral("amount"), amountJson},
                       {QStringLiteral("individual"), individualJson},
                       {QStringLiteral("red_flags"), flags},
                       {QStringLiteral("problems"), problemArray},
                       {QStringLiteral("policy"), policy},
                       {QStringLiteral("explanation"), QJsonArray::fromStringList(explanation)}};
}

} // namespace dibao
