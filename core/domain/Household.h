#pragma once

#include "common/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dibao {

// Tokens are the stored and JSON form of each enum (domain/Tokens.h converts); they never change.
enum class Area { Urban, Rural };                                              // urban, rural
enum class Sex { Male, Female };                                               // male, female
enum class Health { Healthy, Fair, ChronicIllness, Disabled, SevereDisability }; // 健康/一般/常年患病/残疾/重残
enum class WorkAbility { Able, Partial, None };                                // 有/部分丧失/完全丧失
enum class Relation {                                                          // relation to the applicant
    Self, Spouse, Child, Parent, Grandparent, Grandchild, Sibling, ChildInLaw, Other
};
enum class StudentLevel { None, Primary, Junior, Senior, Vocational, Bachelor, Postgraduate };
// Why a member is not counted even though they belong to the household (57号 Art 7 and provincial rows).
enum class NotCountedReason {
    None, ReligiousAway3Years, Imprisoned, CompulsoryRehabilitation, DeclaredMissing, ProvinceNamed
};
enum class EnrolmentStatus { None, Enrolled, GradualExit, Exited };

struct Member {
    QString id;
    QString householdId;
    QString name;
    QString idNumber;           // normalized 18 characters (upper-case X)
    Sex sex = Sex::Male;        // derived from the ID number
    QDate birthDate;            // derived from the ID number
    Relation relation = Relation::Self;
    Health health = Health::Healthy;
    QString disabilityCategory; // 视力/听力/言语/肢体/智力/精神/多重, empty if none
    int disabilityGrade = 0;    // 1..4, 0 if no certificate
    bool seriousIllness = false; // a locally recognised 重特大疾病
    WorkAbility workAbility = WorkAbility::Able;
    QString occupation;
    StudentLevel studentLevel = StudentLevel::None;
    bool fullTimeStudent = false;
    bool livesTogether = true;      // long-term co-residence
    bool supportDuty = true;        // legal duty of support (赡养/扶养/抚养) within the household
    bool cannotLiveIndependently = false;
    NotCountedReason notCounted = NotCountedReason::None;
    QString notCountedNote;
    int workRefusals = 0;           // refusals of suitable work (3 → loses own share only)
};

// Income a member received over [fromMonth, toMonth] (firsts of months, inclusive). amount is the gross total
// over those months; the deductions are totals over the same months (57号 Art 13(4)).
struct IncomeItem {
    QString id;
    QString memberId;
    QString kind;                 // wage, business, farming, property, transfer, basic_pension, pension,
                                  // preferential_care, family_planning, scholarship, heroic_reward,
                                  // social_assistance, other
    Fen amount = 0;
    QDate fromMonth;
    QDate toMonth;
    Fen workCosts = 0;            // necessary costs of earning it (wages, business, farming)
    Fen taxes = 0;
    Fen socialInsurance = 0;      // the member's own contributions
    Fen supportPaid = 0;          // support the household pays to others (net transfer income)
    QString note;
};

// Essential costs that policy may deduct from income: disability or serious illness (57号 Art 13).
struct ExpenseItem {
    QString id;
    QString memberId;
    QString kind;                 // disability_cost, illness_cost
    Fen amount = 0;
    QDate fromMonth;
    QDate toMonth;
    QString note;
};

struct AssetItem {
    QString id;
    QString memberId;             // may be empty: held by the household
    QString kind;                 // deposit, securities, fund, commercial_insurance, internet_finance, receivable,
                                  // vehicle, ship, house, trees, business
    QString subKind;              // vehicles: car, truck, ordinary_motorcycle, disability_vehicle, farm_machine
    Fen value = 0;
    int count = 1;
    qint64 floorAreaCentiSqm = 0; // houses: area in 0.01 m²
    QDate purchaseDate;
    bool exempt = false;          // necessary production or living asset (57号 Art 14)
    QString exemptReason;
    QString note;
};

struct Household {
    QString id;
    QString divisionCode;         // 9-digit township of registered residence (户籍)
    QString villageCode;          // 12-digit, entered by the county; may be empty
    QString villageName;
    Area area = Area::Rural;
    QString registeredAddress;
    QString actualAddress;
    bool separatedResidence = false; // 人户分离
    QString bankName;
    QString bankAccount;
    QString phone;
    bool stableCategory = false;  // 常补对象: reviewed every 12 months, otherwise 6
    EnrolmentStatus enrolment = EnrolmentStatus::None;
    QDate nextReviewDue;
    bool migrated = false;        // brought in from an earlier roster, not decided by this product
    QString migratedReference;
};

// Everything eligibility needs about one household.
struct HouseholdFile {
    Household household;
    QList<Member> members;
    QList<IncomeItem> incomes;
    QList<ExpenseItem> expenses;
    QList<AssetItem> assets;
};

} // namespace dibao
