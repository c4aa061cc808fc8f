#include "store/HouseholdRows.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "domain/Tokens.h"

namespace dibao::householdrows {

Member member(Statement &s, const QString &householdId)
{
    Member m;
    m.id = s.text(0);
    m.householdId = householdId;
    m.name = s.text(1);
    m.idNumber = s.text(2);
    m.sex = fromToken<Sex>(s.text(3)).value_or(Sex::Male);
    m.birthDate = parseIsoDate(s.text(4));
    m.relation = fromToken<Relation>(s.text(5)).value_or(Relation::Other);
    m.health = fromToken<Health>(s.text(6)).value_or(Health::Healthy);
    m.disabilityCategory = s.text(7);
    m.disabilityGrade = s.integer(8);
    m.seriousIllness = s.int64(9) != 0;
    m.workAbility = fromToken<WorkAbility>(s.text(10)).value_or(WorkAbility::Able);
    m.occupation = s.text(11);
    m.studentLevel = fromToken<StudentLevel>(s.text(12)).value_or(StudentLevel::None);
    m.fullTimeStudent = s.int64(13) != 0;
    m.livesTogether = s.int64(14) != 0;
    m.supportDuty = s.int64(15) != 0;
    m.cannotLiveIndependently = s.int64(16) != 0;
    m.notCounted = fromToken<NotCountedReason>(s.text(17)).value_or(NotCountedReason::None);
    m.notCountedNote = s.text(18);
    m.workRefusals = s.integer(19);
    return m;
}

IncomeItem income(Statement &s)
{
    IncomeItem i;
    i.id = s.text(0);
    i.memberId = s.text(1);
    i.kind = s.text(2);
    i.amount = s.int64(3);
    i.fromMonth = parseIsoMonth(s.text(4));
    i.toMonth = parseIsoMonth(s.text(5));
    i.workCosts = s.int64(6);
    i.taxes = s.int64(7);
    i.socialInsurance = s.int64(8);
    i.supportPaid = s.int64(9);
    i.note = s.text(10);
    return i;
}

ExpenseItem expense(Statement &s)
{
    ExpenseItem e;
    e.id = s.text(0);
    e.memberId = s.text(1);
    e.kind = s.text(2);
    e.amount = s.int64(3);
    e.fromMonth = parseIsoMonth(s.text(4));
    e.toMonth = parseIsoMonth(s.text(5));
    e.note = s.text(6);
    return e;
}

AssetItem asset(Statement &s)
{
    AssetItem a;
    a.id = s.text(0);
    a.memberId = s.text(1);
    a.kind = s.text(2);
    a.subKind = s.text(3);
    a.value = s.int64(4);
    a.count = s.integer(5);
    a.floorAreaCentiSqm = s.int64(6);
    a.purchaseDate = parseIsoDate(s.text(7));
    a.exempt = s.int64(8) != 0;
    a.exemptReason = s.text(9);
    a.note = s.text(10);
    return a;
}

} // namespace dibao::householdrows
