#include "rules/Eligibility.h"

#include "policy/PolicyJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace dibao;

namespace {

// Figures chosen by hand for these tests; they are not the shipped defaults.
constexpr Fen kStandard = 50000; // 500 yuan per person per month
const QDate kAsOf(2026, 3, 15);  // window: 2025-03 .. 2026-02

PolicyRow row(const char *kind, const char *key, QJsonValue value, QDate from = QDate(2020, 1, 1), QDate until = {})
{
    PolicyRow r;
    r.kind = QString::fromLatin1(kind);
    r.key = QString::fromLatin1(key);
    r.effectiveFrom = from;
    r.effectiveUntil = until;
    r.issuer = QStringLiteral("test issuer");
    r.documentNumber = QStringLiteral("test doc");
    r.value = value;
    return r;
}

QJsonObject ratio(qint64 num, qint64 den)
{
    return QJsonObject{{QStringLiteral("num"), num}, {QStringLiteral("den"), den}};
}

QList<PolicyRow> baseRows()
{
    return {row("standard", "urban", kStandard),
            row("standard", "rural", kStandard),
            row("averaging_months", "default", 12),
            row("amount_method", "default", QStringLiteral("gap")),
            row("rounding", "default", QStringLiteral("fen")),
            row("asset_rule", "financial_per_capita_months", 24),
            row("asset_rule", "vehicle_allowed_subkinds",
                QJsonArray{QStringLiteral("ordinary_motorcycle"), QStringLiteral("disability_vehicle")}),
            row("asset_rule", "house_max_count", 1),
            row("margin_factor", "default", ratio(3, 2)),
            row("income_excluded", "basic_pension", true, QDate(2021, 7, 1), QDate(2025, 12, 31)),
            row("income_excluded", "scholarship", true, QDate(2021, 7, 1)),
            row("deductible_expense", "illness_cost", true, QDate(2021, 7, 1)),
            row("tier", "A", ratio(1, 1)),
            row("tier", "B", ratio(7, 10)),
            row("tier", "C", QJsonObject{{QStringLiteral("fen"), 12345}}),
            row("red_flag", "financial_near_share", ratio(4, 5)),
            row("red_flag", "house_purchase_months", 24),
            row("red_flag", "cadre_occupations", QJsonArray{QString::fromUtf8("公务员")})};
}

PolicySet policyWith(QList<PolicyRow> extra = {}, const QStringList &dropKinds = {})
{
    QList<PolicyRow> rows;
    for (const PolicyRow &r : baseRows())
        if (!dropKinds.contains(r.kind))
            rows << r;
    rows << extra;
    return PolicySet(rows);
}

Member member(const char *id, Relation relation, QDate birth)
{
    Member m;
    m.id = QString::fromLatin1(id);
    m.householdId = QStringLiteral("h1");
    m.name = QString::fromLatin1(id);
    m.relation = relation;
    m.birthDate = birth;
    return m;
}

IncomeItem income(const char *id, const char *memberId, const char *kind, Fen amount, QDate from, QDate to)
{
    IncomeItem i;
    i.id = QString::fromLatin1(id);
    i.memberId = QString::fromLatin1(memberId);
    i.kind = QString::fromLatin1(kind);
    i.amount = amount;
    i.fromMonth = from;
    i.toMonth = to;
    return i;
}

// The averaging window for kAsOf.
const QDate kFrom(2025, 3, 1);
const QDate kTo(2026, 2, 1);

// Applicant, spouse and a minor child in 昭阳区 凤凰街道.
HouseholdFile familyOfThree()
{
    HouseholdFile f;
    f.household.id = QStringLiteral("h1");
    f.household.divisionCode = QStringLiteral("530602001");
    f.household.area = Area::Urban;
    f.members << member("self", Relation::Self, QDate(1980, 5, 1))
              << member("spouse", Relation::Spouse, QDate(1982, 6, 1))
              << member("child", Relation::Child, QDate(2015, 9, 1));
    return f;
}

AssetItem asset(const char *id, const char *kind, Fen value, const char *subKind = "")
{
    AssetItem a;
    a.id = QString::fromLatin1(id);
    a.kind = QString::fromLatin1(kind);
    a.subKind = QString::fromLatin1(subKind);
    a.value = value;
    return a;
}

bool hasFlag(const EligibilityResult &r, const char *code)
{
    for (const RedFlag &f : r.redFlags)
        if (f.code == QLatin1String(code))
            return true;
    return false;
}

bool hasProblem(const EligibilityResult &r, const char *code)
{
    for (const EligibilityProblem &p : r.problems)
        if (p.code == QLatin1String(code))
            return true;
    return false;
}

const MemberAssessment *assessment(const EligibilityResult &r, const char *id)
{
    for (const MemberAssessment &m : r.members)
        if (m.memberId == QLatin1String(id))
            return &m;
    return nullptr;
}

} // namespace

// The case that must never come out as 399.99: 1,100 yuan a month for 3 people against a 500 yuan standard.
TEST(Eligibility, GapAmountIsExactForThreePeople)
{
    HouseholdFile f = familyOfThree();
    // 1,100 yuan a month in total, split unevenly between two earners over the whole window.
    f.incomes << income("w1", "self", "wage", 12 * 70000, kFrom, kTo)
              << income("w2", "spouse", "wage", 12 * 40000, kFrom, kTo);
    const EligibilityResult r = evaluateEligibility(f, policyWith(), kAsOf);
    ASSERT_EQ(r.verdict, EligibilityVerdict::Eligible) << r.explanation.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.income.countedMembers, 3);
    EXPECT_EQ(r.income.monthlyIncome, Rational(110000));
    EXPECT_EQ(r.income.perCapitaIncome, Rational(110000, 3)); // 366.666… yuan, never rounded
    EXPECT_EQ(r.amount.method, QStringLiteral("gap"));
    EXPECT_EQ(r.amount.amount, 40000);
    EXPECT_EQ(r.toJson().value(QStringLiteral("amount")).toObject().value(QStringLiteral("amount_fen")).toInteger(),
              40000);
}

TEST(Eligibility, IncomeTestCrossMultipliesAtTheBoundary)
{
    HouseholdFile f = familyOfThree();
    // Exactly the standard: 1,500 yuan a month for 3 people is not *below* it.
    f.incomes << income("w", "self", "wage", 12 * 150000, kFrom, kTo);
    EligibilityResult r = evaluateEligibility(f, policyWith(), kAsOf);
    EXPECT_FALSE(r.income.pass);
    EXPECT_EQ(r.verdict, EligibilityVerdict::NotEligible);
    EXPECT_EQ(r.amount.amount, 0);

    // One fen less over the whole year: 149999.916… a month, below the threshold.
    f.incomes.first().amount = 12 * 150000 - 1;
    r = evaluateEligibility(f, policyWith(), kAsOf);
    EXPECT_TRUE(r.income.pass);
    EXPECT_EQ(r.verdict, EligibilityVerdict::Eligible);
    EXPECT_EQ(r.amount.beforeRounding, Rational(1, 12));
    EXPECT_EQ(r.amount.amount, 0); // 1/12 fen rounds to 0 fen (no floor row)
}

TEST(Eligibility, IncomeIsProratedByMonthsInTheWindow)
{
    HouseholdFile f = familyOfThree();
    // 24 months of 1,000 yuan, 12 of which fall in the window; 6 months before the window; 3 months after it.
    f.incomes << income("a", "self", "wage", 24 * 100000, QDate(2024, 3, 1), QDate(2026, 2, 1))
              << income("b", "self", "wage", 600000, QDate(2024, 9, 1), QDate(2025, 2, 1))
              << income("c", "self", "wage", 300000, QDate(2026, 3, 1), QDate(2026, 5, 1));
    const EligibilityResult r = evaluateEligibility(f, policyWith(), kAsOf);
    EXPECT_EQ(r.income.windowFrom, kFrom);
    EXPECT_EQ(r.income.windowTo, kTo);
    EXPECT_EQ(r.income.windowIncome, Rational(12 * 100000));
    EXPECT_EQ(r.income.incomes.at(1).status, QStringLiteral("outside_window"));
    EXPECT_EQ(r.income.incomes.at(2).status, QStringLiteral("outside_window"));
    EXPECT_EQ(r.amount.amount, 150000 - 100000);
}

TEST(Eligibility, DeductionsAndDeductibleExpenses)
{
    HouseholdFile f = familyOfThree();
    IncomeItem wage = income("w", "self", "wage", 12 * 150000, kFrom, kTo);
    wage.workCosts = 12 * 10000;
    wage.socialInsurance = 12 * 5000;
    f.incomes << wage;
    ExpenseItem illness;
    illness.id = QStringLiteral("e1");
    illness.memberId = QStringLiteral("spouse");
    illness.kind = QStringLiteral("illness_cost");
    illness.amount = 6 * 20000;
    illness.fromMonth = QDate(2025, 9, 1);
    illness.toMonth = QDate(2026, 2, 1);
    f.expenses << illness;
    ExpenseItem other = illness;
    other.id = QStringLiteral("e2");
    other.kind = QStringLiteral("travel");
    f.expenses << other;
    const EligibilityResult r = evaluateEligibility(f, policyWith(), kAsOf);
    // (1,500 − 100 − 50) × 12 − 1,200 = 15,000 yuan over 12 months = 1,250 a month.
    EXPECT_EQ(r.income.monthlyIncome, Rational(125000));
    EXPECT_EQ(r.income.expenses.at(0).status, QStringLiteral("deducted"));
    EXPECT_EQ(r.income.expenses.at(1).status, QStringLiteral("not_deductible"));
    EXPECT_EQ(r.amount.amount, 25000);
}

TEST(Eligibility, BasicPensionExcludedIn2025CountedIn2026)
{
    HouseholdFile f = familyOfThree();
    f.incomes << income("p", "self", "basic_pension", 24 * 20000, QDate(2024, 1, 1), QDate(2025, 12, 1))
              << income("s", "child", "scholarship", 100000, QDate(2025, 1, 1), QDate(2025, 12, 1));
    // Assessed in June 2025 (window 2024-06..2025-05): the pension is excluded.
    EligibilityResult r = evaluateEligibility(f, policyWith(), QDate(2025, 6, 10));
    EXPECT_EQ(r.income.incomes.at(0).status, QStringLiteral("excluded_kind"));
    EXPECT_EQ(r.income.incomes.at(1).status, QStringLiteral("excluded_kind"));
    EXPECT_EQ(r.income.monthlyIncome, Rational(0));
    // Assessed in January 2026 (window 2025-01..2025-12): the exclusion has ended, the pension counts.
    r = evaluateEligibility(f, policyWith(), QDate(2026, 1, 10));
    EXPECT_EQ(r.income.incomes.at(0).status, QStringLiteral("counted"));
    EXPECT_EQ(r.income.incomes.at(1).status, QStringLiteral("excluded_kind")); // open-ended
    EXPECT_EQ(r.income.monthlyIncome, Rational(20000));
    EXPECT_EQ(r.amount.amount, 150000 - 20000);
}

TEST(Eligibility, TierMethod)
{
    const PolicySet tiers = policyWith({row("amount_method", "default", QStringLiteral("tier"))}, {QStringLiteral("amount_method")});
    HouseholdFile f = familyOfThree();
    f.incomes << income("w", "self", "wage", 12 * 110000, kFrom, kTo);
    EligibilityOptions options;
    options.assignedTier = QStringLiteral("B");
    EligibilityResult r = evaluateEligibility(f, tiers, kAsOf, options);
    ASSERT_EQ(r.verdict, EligibilityVerdict::Eligible);
    EXPECT_EQ(r.amount.method, QStringLiteral("tier"));
    EXPECT_EQ(r.amount.amount, 3 * 35000); // 70 % of 500 yuan for each of 3 people

    options.assignedTier = QStringLiteral("C");
    r = evaluateEligibility(f, tiers, kAsOf, options);
    EXPECT_EQ(r.amount.amount, 3 * 12345);

    r = evaluateEligibility(f, tiers, kAsOf);
    EXPECT_EQ(r.verdict, EligibilityVerdict::Undetermined);
    EXPECT_TRUE(hasProblem(r, "tier_not_assigned"));
    EXPECT_EQ(r.amount.amount, 0);
}

TEST(Eligibility, SupplementsAndOneRounding)
{
    HouseholdFile f = familyOfThree();
    f.members << member("grandma", Relation::Parent, QDate(1950, 1, 1)); // 76 on the assessment date
    f.members[1].disabilityGrade = 2;
    f.incomes << income("w", "self", "wage", 12 * 110000, kFrom, kTo);
    const PolicySet policy = policyWith(
        {row("supplement", "elderly",
             QJsonObject{{QStringLiteral("num"), 1}, {QStringLiteral("den"), 3}, {QStringLiteral("min_age"), 70}}),
         row("supplement", "minor",
             QJsonObject{{QStringLiteral("fen"), 5000}, {QStringLiteral("below_age"), 18}}),
         row("supplement", "severe_disability", QJsonObject{{QStringLiteral("fen"), 10000}})});
    const EligibilityResult r = evaluateEligibility(f, policy, kAsOf);
    ASSERT_EQ(r.verdict, EligibilityVerdict::Eligible);
    // Gap: 500 × 4 − 1,100 = 900 yuan. Supplements: 500/3 (elderly) + 50 (minor) + 100 (disability).
    EXPECT_EQ(r.amount.base, Rational(90000));
    EXPECT_EQ(r.amount.supplements.size(), 3);
    EXPECT_EQ(r.amount.beforeRounding, Rational(90000 + 5000 + 10000) + Rational(50000, 3));
    EXPECT_EQ(r.amount.amount, 105000 + 16667); // 16666.67 rounds once, to the nearest fen
    EXPECT_EQ(assessment(r, "grandma")->supplements, QStringList{QStringLiteral("elderly")});
    EXPECT_EQ(assessment(r, "child")->supplements, QStringList{QStringLiteral("minor")});
    EXPECT_TRUE(assessment(r, "self")->supplements.isEmpty());
}

TEST(Eligibility, RoundingRules)
{
    HouseholdFile f = familyOfThree();
    f.incomes << income("w", "self", "wage", 12 * 110000 + 5, kFrom, kTo); // gap 40000 − 5/12 fen
    const auto amountWith = [&](const char *rule) {
        const PolicySet p = policyWith({row("rounding", "default", QString::fromLatin1(rule))}, {QStringLiteral("rounding")});
        return evaluateEligibility(f, p, kAsOf).amount.amount;
    };
    EXPECT_EQ(amountWith("fen"), 40000);
    EXPECT_EQ(amountWith("jiao_up"), 40000);
    EXPECT_EQ(amountWith("yuan_up"), 40000);
    f.incomes.first().amount = 12 * 110000 + 12 * 51; // gap 39949
    EXPECT_EQ(amountWith("fen"), 39949);
    EXPECT_EQ(amountWith("jiao_up"), 39950);
    EXPECT_EQ(amountWith("yuan_up"), 40000);
    EXPECT_EQ(amountWith("yuan_half_up"), 39900);
    f.incomes.first().amount = 12 * 110000 + 12 * 50; // gap 39950: a half rounds up
    EXPECT_EQ(amountWith("yuan_half_up"), 40000);
}

TEST(Eligibility, FloorRaisesASmallAmount)
{
    HouseholdFile f;
    f.household.id = QStringLiteral("h2");
    f.household.divisionCode = QStringLiteral("530602001");
    f.members << member("self", Relation::Self, QDate(1960, 1, 1));
    f.incomes << income("w", "self", "wage", 12 * 49900, kFrom, kTo);
    const EligibilityResult r = evaluateEligibility(f, policyWith({row("floor", "per_person", 2000)}), kAsOf);
    ASSERT_EQ(r.verdict, EligibilityVerdict::Eligible);
    EXPECT_EQ(r.amount.rounded, 100);
    EXPECT_TRUE(r.amount.floorApplied);
    EXPECT_EQ(r.amount.amount, 2000);

    const EligibilityResult h = evaluateEligibility(f, policyWith({row("floor", "per_household", 3000)}), kAsOf);
    EXPECT_EQ(h.amount.amount, 3000);
}

TEST(Eligibility, WorkRefusalLosesOnlyTheRefusersShare)
{
    HouseholdFile f = familyOfThree();
    f.members[1].workRefusals = 3;
    f.incomes << income("w", "self", "wage", 12 * 110000, kFrom, kTo);
    const EligibilityResult r = evaluateEligibility(f, policyWith(), kAsOf);
    ASSERT_EQ(r.verdict, EligibilityVerdict::Eligible);
    EXPECT_TRUE(assessment(r, "spouse")->counted); // still counted for income
    EXPECT_TRUE(assessment(r, "spouse")->losesOwnShare);
    EXPECT_EQ(r.amount.paidMembers, 2);
    EXPECT_EQ(r.amount.amount, 26667); // 400 yuan × 2/3 = 266.666… → 266.67

    f.members[1].workRefusals = 2;
    EXPECT_EQ(evaluateEligibility(f, policyWith(), kAsOf).amount.amount, 40000);
}

TEST(Eligibility, MembersWhoAreNotCounted)
{
    HouseholdFile f = familyOfThree();
    f.members[1].notCounted = NotCountedReason::Imprisoned;
    Member worker = member("worker", Relation::Child, QDate(2000, 1, 1)); // adult, works elsewhere
    worker.livesTogether = false;
    Member student = member("student", Relation::Child, QDate(2004, 1, 1)); // adult, full-time bachelor student
    student.livesTogether = false;
    student.fullTimeStudent = true;
    student.studentLevel = StudentLevel::Bachelor;
    Member postgraduate = member("postgrad", Relation::Child, QDate(2001, 1, 1));
    postgraduate.livesTogether = false;
    postgraduate.fullTimeStudent = true;
    postgraduate.studentLevel = StudentLevel::Postgraduate;
    Member monk = member("monk", Relation::Sibling, QDate(1975, 1, 1));
    monk.notCounted = NotCountedReason::ReligiousAway3Years;
    Member missing = member("missing", Relation::Parent, QDate(1950, 1, 1));
    missing.notCounted = NotCountedReason::DeclaredMissing;
    Member parent = member("parent", Relation::Parent, QDate(1952, 1, 1)); // lives together, duty of support
    f.members << worker << student << postgraduate << monk << missing << parent;
    f.incomes << income("w", "spouse", "wage", 12 * 500000, kFrom, kTo)   // prisoner's income: not counted
              << income("x", "worker", "wage", 12 * 500000, kFrom, kTo);  // not counted either
    const EligibilityResult r = evaluateEligibility(f, policyWith(), kAsOf);
    EXPECT_EQ(assessment(r, "self")->reason, QStringLiteral("applicant"));
    EXPECT_EQ(assessment(r, "spouse")->reason, QStringLiteral("imprisoned"));
    EXPECT_FALSE(assessment(r, "spouse")->counted);
    EXPECT_EQ(assessment(r, "child")->reason, QStringLiteral("minor_child"));
    EXPECT_FALSE(assessment(r, "worker")->counted);
    EXPECT_EQ(assessment(r, "student")->reason, QStringLiteral("adult_child_student"));
    EXPECT_FALSE(assessment(r, "postgrad")->counted);
    EXPECT_EQ(assessment(r, "monk")->reason, QStringLiteral("religious_away_3y"));
    EXPECT_EQ(assessment(r, "missing")->reason, QStringLiteral("declared_missing"));
    EXPECT_EQ(assessment(r, "parent")->reason, QStringLiteral("support_duty_co_resident"));
    for (const MemberAssessment &m : r.members)
        EXPECT_FALSE(m.reasonText.isEmpty());
    EXPECT_EQ(r.income.countedMembers, 4); // self, child, student, parent
    EXPECT_EQ(r.income.monthlyIncome, Rational(0));
    EXPECT_EQ(r.amount.amount, 4 * kStandard);
}

TEST(Eligibility, AssetFailures)
{
    HouseholdFile f = familyOfThree();
    f.incomes << income("w", "self", "wage", 12 * 110000, kFrom, kTo);
    // Limit: 24 × 500 yuan × 3 people = 36,000 yuan.
    f.assets << asset("d", "deposit", 3600000);
    EligibilityResult r = evaluateEligibility(f, policyWith(), kAsOf);
    EXPECT_TRUE(r.assets.pass);
    EXPECT_EQ(r.assets.financialLimit, 3600000);
    EXPECT_EQ(r.verdict, EligibilityVerdict::Eligible);

    f.assets.first().value = 3600001;
    r = evaluateEligibility(f, policyWith(), kAsOf);
    EXPECT_FALSE(r.assets.pass);
    EXPECT_EQ(r.verdict, EligibilityVerdict::NotEligible);

    HouseholdFile car = familyOfThree();
    car.incomes = f.incomes;
    car.assets << asset("c", "vehicle", 3000000, "car");
    r = evaluateEligibility(car, policyWith(), kAsOf);
    EXPECT_FALSE(r.assets.pass);
    EXPECT_EQ(r.verdict, EligibilityVerdict::NotEligible);
    EXPECT_EQ(r.assets.findings.first().code, QStringLiteral("vehicle_not_allowed"));
    EXPECT_TRUE(hasFlag(r, "vehicle"));

    HouseholdFile houses = familyOfThree();
    houses.incomes = f.incomes;
    AssetItem two = asset("h", "house", 0);
    two.count = 2;
    houses.assets << two;
    EXPECT_FALSE(evaluateEligibility(houses, policyWith(), kAsOf).assets.pass);
}

TEST(Eligibility, ExemptAndAllowedAssetsPass)
{
    HouseholdFile f = familyOfThree();
    f.incomes << income("w", "self", "wage", 12 * 110000, kFrom, kTo);
    AssetItem truck = asset("t", "vehicle", 5000000, "truck");
    truck.exempt = true;
    truck.exemptReason = QString::fromUtf8("生产用车");
    AssetItem savings = asset("d", "deposit", 9000000);
    savings.exempt = true;
    savings.exemptReason = QString::fromUtf8("重病治疗专款");
    f.assets << truck << savings << asset("m", "vehicle", 300000, "ordinary_motorcycle") << asset("h", "house", 0);
    const EligibilityResult r = evaluateEligibility(f, policyWith(), kAsOf);
    EXPECT_TRUE(r.assets.pass);
    EXPECT_EQ(r.assets.financialTotal, 0);
    EXPECT_EQ(r.verdict, EligibilityVerdict::Eligible);
    EXPECT_EQ(r.amount.amount, 40000);
}

TEST(Eligibility, RedFlagsNeverRefuse)
{
    HouseholdFile f = familyOfThree();
    f.incomes << income("w", "self", "wage", 12 * 110000, kFrom, kTo);
    f.members[0].occupation = QString::fromUtf8("乡镇公务员");
    AssetItem house = asset("h", "house", 0);
    house.purchaseDate = QDate(2025, 8, 1);
    f.assets << house << asset("b", "business", 100000) << asset("d", "deposit", 3000000); // ≥ 80 % of 36,000
    const EligibilityResult r = evaluateEligibility(f, policyWith(), kAsOf);
    EXPECT_TRUE(hasFlag(r, "cadre_occupation"));
    EXPECT_TRUE(hasFlag(r, "recent_house_purchase"));
    EXPECT_TRUE(hasFlag(r, "registered_business"));
    EXPECT_TRUE(hasFlag(r, "financial_near_limit"));
    EXPECT_EQ(r.verdict, EligibilityVerdict::Eligible);
    EXPECT_EQ(r.amount.amount, 40000);
    EXPECT_EQ(r.toJson().value(QStringLiteral("red_flags")).toArray().size(), r.redFlags.size());
}

TEST(Eligibility, LowIncomeMargin)
{
    HouseholdFile f = familyOfThree();
    f.incomes << income("w", "self", "wage", 12 * 180000, kFrom, kTo); // 1.2 × the threshold of 1,500
    EligibilityResult r = evaluateEligibility(f, policyWith(), kAsOf);
    EXPECT_EQ(r.verdict, EligibilityVerdict::NotEligible);
    EXPECT_TRUE(r.margin);

    f.incomes.first().amount = 12 * 225000; // exactly 1.5 × : not below
    EXPECT_FALSE(evaluateEligibility(f, policyWith(), kAsOf).margin);

    f.incomes.first().amount = 12 * 180000;
    f.assets << asset("c", "vehicle", 3000000, "car");
    EXPECT_FALSE(evaluateEligibility(f, policyWith(), kAsOf).margin); // assets must pass too
}

TEST(Eligibility, IndividualEnrolment)
{
    HouseholdFile f;
    f.household.id = QStringLiteral("h3");
    f.household.divisionCode = QStringLiteral("530621001");
    f.household.area = Area::Rural;
    f.members << member("self", Relation::Self, QDate(1970, 1, 1)) << member("son", Relation::Child, QDate(1998, 1, 1));
    f.members[1].cannotLiveIndependently = true;
    f.members[1].disabilityGrade = 3;
    f.members[1].disabilityCategory = QString::fromUtf8("智力");
    f.incomes << income("w", "self", "wage", 12 * 130000, kFrom, kTo); // 1.3 × threshold of 1,000: margin
    const PolicySet policy = policyWith({row("supplement", "severe_disability", QJsonObject{{QStringLiteral("fen"), 7000}})});

    EligibilityOptions options;
    options.individualMemberId = QStringLiteral("son");
    EligibilityResult r = evaluateEligibility(f, policy, kAsOf, options);
    EXPECT_TRUE(r.individual.requested);
    EXPECT_TRUE(r.individual.householdIsMargin);
    EXPECT_FALSE(r.individual.householdQualifiesWhole);
    EXPECT_EQ(r.individual.grounds, QStringList{QStringLiteral("disability_grade_3_intellectual_mental")});
    ASSERT_TRUE(r.individual.qualifies) << r.explanation.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.verdict, EligibilityVerdict::Eligible);
    EXPECT_EQ(r.amount.paidMembers, 1);
    EXPECT_EQ(r.amount.amount, kStandard); // grade 3 is not a severe-disability supplement
    EXPECT_EQ(r.toJson().value(QStringLiteral("mode")).toString(), QStringLiteral("individual"));

    // Without a ground there is no individual enrolment.
    f.members[1].disabilityGrade = 4;
    r = evaluateEligibility(f, policy, kAsOf, options);
    EXPECT_FALSE(r.individual.qualifies);
    EXPECT_EQ(r.verdict, EligibilityVerdict::NotEligible);

    // Grade 1 gives the ground and the supplement.
    f.members[1].disabilityGrade = 1;
    r = evaluateEligibility(f, policy, kAsOf, options);
    EXPECT_TRUE(r.individual.qualifies);
    EXPECT_EQ(r.amount.amount, kStandard + 7000);

    // A household that qualifies as a whole is enrolled whole.
    f.incomes.first().amount = 12 * 50000;
    r = evaluateEligibility(f, policy, kAsOf, options);
    EXPECT_TRUE(r.individual.householdQualifiesWhole);
    EXPECT_FALSE(r.individual.qualifies);
    EXPECT_EQ(r.verdict, EligibilityVerdict::Eligible);
    EXPECT_EQ(r.amount.paidMembers, 2);
}

TEST(Eligibility, MissingPolicyMeansUndetermined)
{
    HouseholdFile f = familyOfThree();
    f.incomes << income("w", "self", "wage", 12 * 110000, kFrom, kTo);
    const EligibilityResult r = evaluateEligibility(f, policyWith({}, {QStringLiteral("standard")}), kAsOf);
    EXPECT_EQ(r.verdict, EligibilityVerdict::Undetermined);
    EXPECT_TRUE(hasProblem(r, "policy_missing"));
    EXPECT_EQ(r.amount.amount, 0);

    // Rows that start after the assessment date are not in force.
    const EligibilityResult early = evaluateEligibility(f, policyWith(), QDate(2019, 6, 1));
    EXPECT_EQ(early.verdict, EligibilityVerdict::Undetermined);
}

TEST(Eligibility, ResidenceOutsideTheAreaFails)
{
    HouseholdFile f = familyOfThree();
    f.household.divisionCode = QStringLiteral("110105001");
    f.incomes << income("w", "self", "wage", 12 * 110000, kFrom, kTo);
    const EligibilityResult r = evaluateEligibility(f, policyWith(), kAsOf);
    EXPECT_FALSE(r.residence.pass);
    EXPECT_EQ(r.verdict, EligibilityVerdict::NotEligible);
}

TEST(Eligibility, JsonUsesStableTokensAndFen)
{
    HouseholdFile f = familyOfThree();
    f.incomes << income("w", "self", "wage", 12 * 110000, kFrom, kTo);
    const QJsonObject j = evaluateEligibility(f, policyWith(), kAsOf).toJson();
    EXPECT_EQ(j.value(QStringLiteral("schema")).toString(), QStringLiteral("dibao.eligibility/1"));
    EXPECT_EQ(j.value(QStringLiteral("verdict")).toString(), QStringLiteral("eligible"));
    EXPECT_EQ(j.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-03-15"));
    EXPECT_EQ(j.value(QStringLiteral("mode")).toString(), QStringLiteral("household"));
    const QJsonObject income = j.value(QStringLiteral("tests")).toObject().value(QStringLiteral("income")).toObject();
    EXPECT_EQ(income.value(QStringLiteral("window_from")).toString(), QStringLiteral("2025-03"));
    EXPECT_EQ(income.value(QStringLiteral("threshold_fen")).toInteger(), 150000);
    const QJsonObject perCapita = income.value(QStringLiteral("per_capita_income")).toObject();
    EXPECT_EQ(perCapita.value(QStringLiteral("num")).toInteger(), 110000);
    EXPECT_EQ(perCapita.value(QStringLiteral("den")).toInteger(), 3);
    EXPECT_EQ(j.value(QStringLiteral("members")).toArray().size(), 3);
    EXPECT_FALSE(j.value(QStringLiteral("policy")).toArray().isEmpty());
    EXPECT_FALSE(j.value(QStringLiteral("explanation")).toArray().isEmpty());
}

TEST(Eligibility, DefaultPolicyRuralHousehold)
{
    const auto policy = PolicySet::loadDefault();
    ASSERT_TRUE(policy.ok());
    HouseholdFile f = familyOfThree();
    f.household.area = Area::Rural;
    f.incomes << income("w", "self", "wage", 12 * 60000, kFrom, kTo);
    const EligibilityResult r = evaluateEligibility(f, *policy, kAsOf);
    ASSERT_EQ(r.verdict, EligibilityVerdict::Eligible) << r.explanation.join(QLatin1Char('\n')).toStdString();
    // 375 × 3 − 600 = 525 yuan, plus the minor supplement (10 % of 375 = 37.50).
    EXPECT_EQ(r.amount.amount, 52500 + 3750);
    bool allExamples = true;
    for (const PolicyReference &ref : r.policyUsed)
        allExamples = allExamples && ref.example;
    EXPECT_TRUE(allExamples);
}

TEST(Eligibility, MissingAmountMethodBlocksOnlyAHouseholdThatPasses)
{
    const PolicySet noMethod = policyWith({}, {QStringLiteral("amount_method")});
    HouseholdFile f = familyOfThree();
    f.incomes << income("w", "self", "wage", 12 * 110000, kFrom, kTo);
    EXPECT_EQ(evaluateEligibility(f, noMethod, kAsOf).verdict, EligibilityVerdict::Undetermined);
    f.incomes.first().amount = 12 * 300000;
    EXPECT_EQ(evaluateEligibility(f, noMethod, kAsOf).verdict, EligibilityVerdict::NotEligible);
}
