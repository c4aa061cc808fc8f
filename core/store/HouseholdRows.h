#pragma once

#include "domain/Household.h"

namespace dibao {

class Statement;

// The columns of a household file's child rows and their mapping to the domain types: one definition for
// HouseholdStore::load (one household) and demo/HouseholdFileReader (every household in one pass). Each query selects
// `<kind>Columns` first, in that order; the mappers read columns 0.. of the current row.
namespace householdrows {

inline constexpr const char *kMemberColumns =
    "id, name, id_number, sex, birth_date, relation, health, disability_category, disability_grade, serious_illness, "
    "work_ability, occupation, student_level, full_time_student, lives_together, support_duty, "
    "cannot_live_independently, not_counted, not_counted_note, work_refusals";
inline constexpr const char *kIncomeColumns =
    "id, member_id, kind, amount, from_month, to_month, work_costs, taxes, social_insurance, support_paid, note";
inline constexpr const char *kExpenseColumns = "id, member_id, kind, amount, from_month, to_month, note";
inline constexpr const char *kAssetColumns =
    "id, member_id, kind, sub_kind, value, count, floor_area_centi_sqm, purchase_date, exempt, exempt_reason, note";

Member member(Statement &s, const QString &householdId);
IncomeItem income(Statement &s);
ExpenseItem expense(Statement &s);
AssetItem asset(Statement &s);

} // namespace householdrows

} // namespace dibao
