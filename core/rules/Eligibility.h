#pragma once

#include "common/Money.h"
#include "domain/Household.h"
#include "policy/PolicySet.h"
#include "rules/Rational.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dibao {

// How evaluateEligibility is asked to assess the household.
struct EligibilityOptions {
    QString assignedTier;              // "A", "B" or "C" when the policy's amount method is tier
    QString individualMemberId;        // 单人保: assess this member's individual enrolment (57号 Art 8)
    bool countyNamedIndividual = false; // the member is named by county civil affairs as an individual case
};

enum class EligibilityVerdict { Eligible, NotEligible, Undetermined };
QString toToken(EligibilityVerdict verdict);

struct MemberAssessment {
    QString memberId;
    QString name;
    Relation relation = Relation::Self;
    int age = -1;                 // at asOf; -1 when neither birth date nor ID number gives one
    bool counted = false;
    QString reason;               // token, e.g. "spouse", "minor_child", "imprisoned" (docs/eligibility.md)
    QString reasonText;           // translated
    bool losesOwnShare = false;   // refused suitable work 3 times (Measures Art 45; 57号 Art 34)
    QStringList supplements;      // supplement kinds granted, e.g. "elderly"
};

struct IncomeLine {
    QString incomeId;
    QString memberId;
    QString kind;
    Fen amount = 0;
    Fen deductions = 0;            // work costs + taxes + social insurance + support paid
    int itemMonths = 0;
    int overlapMonths = 0;
    QString status;                // counted, excluded_kind, outside_window, member_not_counted, invalid_months
    Rational counted;              // the net amount counted within the window (exact)
    QString text;
};

struct ExpenseLine {
    QString expenseId;
    QString memberId;
    QString kind;
    Fen amount = 0;
    int itemMonths = 0;
    int overlapMonths = 0;
    QString status;                // deducted, not_deductible, outside_window, member_not_counted, invalid_months
    Rational deducted;
    QString text;
};

struct IncomeTest {
    bool evaluated = false;
    bool pass = false;
    QDate windowFrom;              // first month of the averaging window
    QDate windowTo;                // last month (the month before asOf)
    int averagingMonths = 0;
    int countedMembers = 0;
    Fen standard = 0;              // fen per person per month
    Rational windowIncome;         // counted net income over the window, after deductible expenses, >= 0
    Rational monthlyIncome;        // windowIncome / averagingMonths
    Rational perCapitaIncome;      // monthlyIncome / countedMembers (reported only; the test cross-multiplies)
    QList<IncomeLine> incomes;
    QList<ExpenseLine> expenses;
    QString text;
};

struct AssetFinding {
    QString assetId;
    QString memberId;
    QString kind;
    QString subKind;
    QString verdict;               // pass, fail, exempt, counted (financial, summed), not_tested
    QString code;                  // why: financial, vehicle_not_allowed, ship_not_allowed, house_count, ...
    QString text;
};

struct AssetTest {
    bool evaluated = false;
    bool pass = false;
    Fen financialTotal = 0;
    Fen financialLimit = -1;       // k × standard × counted members; -1 when not evaluated
    QList<AssetFinding> findings;
    QString text;
};

struct ResidenceTest {
    bool pass = false;
    QString divisionCode;
    QString divisionName;
    QString text;
};

struct SupplementLine {
    QString memberId;
    QString kind;
    Rational amount;
    QString text;
};

struct AmountResult {
    QString method;                // gap or tier; empty when no amount was computed
    QString tier;
    int paidMembers = 0;           // counted members who have not lost their own share
    Rational base;                 // gap or tier amount for the paid members, before supplements
    QList<SupplementLine> supplements;
    Rational beforeRounding;
    QString rounding;              // fen, jiao_up, yuan_up, yuan_half_up
    Fen rounded = 0;
    Fen floor = 0;
    bool floorApplied = false;
    Fen amount = 0;                // per month, >= 0; 0 unless eligible
    QStringList text;
};

struct RedFlag {
    QString code;                  // vehicle, registered_business, recent_house_purchase, cadre_occupation,
                                   // financial_near_limit
    QString memberId;
    QString assetId;
    QString text;
};

struct EligibilityProblem {
    QString code;                  // policy_missing, no_counted_members, tier_not_assigned, invalid_months, ...
    QString text;
    bool blocking = true;          // a blocking problem makes the verdict undetermined
};

struct IndividualAssessment {
    bool requested = false;
    QString memberId;
    QStringList grounds;           // disability_grade_1_2, disability_grade_3_intellectual_mental,
                                   // serious_illness, religious_staff, county_named
    bool householdQualifiesWhole = false;
    bool householdIsMargin = false;
    bool qualifies = false;
    IncomeTest income;             // the member's own income against one standard
    QString text;
};

struct PolicyReference {
    QString kind;
    QString key;
    QDate effectiveFrom;
    QDate effectiveUntil;
    QString issuer;
    QString documentNumber;
    bool example = false;
};

struct EligibilityResult {
    QString householdId;
    QDate asOf;
    Area area = Area::Rural;
    EligibilityVerdict verdict = EligibilityVerdict::Undetermined;
    bool margin = false;           // 低保边缘: income below factor × standard, assets pass, not eligible
    ResidenceTest residence;
    IncomeTest income;
    AssetTest assets;
    QList<MemberAssessment> members;
    AmountResult amount;
    IndividualAssessment individual;
    QList<RedFlag> redFlags;       // require investigation and a recorded finding; never change the verdict
    QList<EligibilityProblem> problems;
    QList<PolicyReference> policyUsed;
    QStringList explanation;       // translated, in order

    // Stable English tokens, money in fen, fractions as {"num","den"}; schema in docs/eligibility.md.
    QJsonObject toJson() const;
};

// Pure: no database, no clock. All policy rows are resolved at asOf (a determination applies the rules in force
// on the day it is made). See docs/eligibility.md.
EligibilityResult evaluateEligibility(const HouseholdFile &file, const PolicySet &policy, QDate asOf,
                                      const EligibilityOptions &options = {});

// Full years between birth and date; -1 for an invalid birth date.
int ageOn(const QDate &birth, const QDate &date);

} // namespace dibao
