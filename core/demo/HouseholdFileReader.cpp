#include "demo/HouseholdFileReader.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "domain/Tokens.h"
#include "store/Session.h"

#include <optional>

namespace dibao {

namespace {

// One child table read in household order; column 0 is the household id.
class Cursor {
public:
    explicit Cursor(Statement statement) : m_st(std::move(statement)) {}

    Status advance()
    {
        auto r = m_st.step();
        if (!r)
            return r.error();
        m_has = *r;
        if (m_has)
            m_key = m_st.text(0);
        return {};
    }
    // Moves past rows of households before `id` (none in a consistent database, but never loop on them).
    Status skipBefore(const QString &id)
    {
        while (m_has && m_key < id)
            DIBAO_TRY(advance());
        return {};
    }
    bool at(const QString &id) const { return m_has && m_key == id; }
    Statement &st() { return m_st; }

private:
    Statement m_st;
    bool m_has = false;
    QString m_key;
};

Result<Cursor> open(Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    Cursor cursor(std::move(st).value());
    DIBAO_TRY(cursor.advance());
    return cursor;
}

} // namespace

Status HouseholdFileReader::forEach(const std::function<void(const HouseholdFile &)> &visit)
{
    Database &db = m_session.db();
    // A read transaction: one consistent snapshot across the five scans (or the caller's transaction).
    const bool own = !db.inTransaction();
    if (own)
        DIBAO_TRY(db.exec("BEGIN"));
    struct Ender {
        Database &db;
        bool own;
        ~Ender()
        {
            if (own)
                (void)db.exec("COMMIT");
        }
    } ender{db, own};

    auto households = db.prepare(
        "SELECT id, division_code, village_code, village_name, area, registered_address, actual_address, "
        "separated_residence, bank_name, bank_account, phone, stable_category, enrolment, next_review_due, migrated, "
        "migrated_reference FROM households ORDER BY id");
    if (!households)
        return households.error();
    // The same columns and filters as HouseholdStore::load; the household_id indexes give the order for free.
    auto members = open(db, "SELECT household_id, id, name, id_number, sex, birth_date, relation, health, "
                            "disability_category, disability_grade, serious_illness, work_ability, occupation, "
                            "student_level, full_time_student, lives_together, support_duty, cannot_live_independently, "
                            "not_counted, not_counted_note, work_refusals FROM members WHERE left_reason IS NULL "
                            "ORDER BY household_id, rowid");
    if (!members)
        return members.error();
    auto incomes = open(db, "SELECT household_id, id, member_id, kind, amount, from_month, to_month, work_costs, taxes, "
                            "social_insurance, support_paid, note FROM income_items WHERE voided_reason IS NULL "
                            "ORDER BY household_id, rowid");
    if (!incomes)
        return incomes.error();
    auto expenses = open(db, "SELECT household_id, id, member_id, kind, amount, from_month, to_month, note "
                             "FROM expense_items WHERE voided_reason IS NULL ORDER BY household_id, rowid");
    if (!expenses)
        return expenses.error();
    auto assets = open(db, "SELECT household_id, id, member_id, kind, sub_kind, value, count, floor_area_centi_sqm, "
                           "purchase_date, exempt, exempt_reason, note FROM asset_items WHERE voided_reason IS NULL "
                           "ORDER BY household_id, rowid");
    if (!assets)
        return assets.error();

    Statement &h = *households;
    for (;;) {
        auto r = h.step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        HouseholdFile file;
        Household &hh = file.household;
        hh.id = h.text(0);
        hh.divisionCode = h.text(1);
        const bool wanted = m_session.inJurisdiction(hh.divisionCode);
        if (wanted) {
            hh.villageCode = h.text(2);
            hh.villageName = h.text(3);
            hh.area = fromToken<Area>(h.text(4)).value_or(Area::Rural);
            hh.registeredAddress = h.text(5);
            hh.actualAddress = h.text(6);
            hh.separatedResidence = h.int64(7) != 0;
            hh.bankName = h.text(8);
            hh.bankAccount = h.text(9);
            hh.phone = h.text(10);
            hh.stableCategory = h.int64(11) != 0;
            hh.enrolment = fromToken<EnrolmentStatus>(h.text(12)).value_or(EnrolmentStatus::None);
            hh.nextReviewDue = parseIsoDate(h.text(13));
            hh.migrated = h.int64(14) != 0;
            hh.migratedReference = h.text(15);
        }

        DIBAO_TRY(members->skipBefore(hh.id));
        while (members->at(hh.id)) {
            if (!wanted) {
                DIBAO_TRY(members->advance());
                continue;
            }
            Statement &s = members->st();
            Member m;
            m.id = s.text(1);
            m.householdId = hh.id;
            m.name = s.text(2);
            m.idNumber = s.text(3);
            m.sex = fromToken<Sex>(s.text(4)).value_or(Sex::Male);
            m.birthDate = parseIsoDate(s.text(5));
            m.relation = fromToken<Relation>(s.text(6)).value_or(Relation::Other);
            m.health = fromToken<Health>(s.text(7)).value_or(Health::Healthy);
            m.disabilityCategory = s.text(8);
            m.disabilityGrade = s.integer(9);
            m.seriousIllness = s.int64(10) != 0;
            m.workAbility = fromToken<WorkAbility>(s.text(11)).value_or(WorkAbility::Able);
            m.occupation = s.text(12);
            m.studentLevel = fromToken<StudentLevel>(s.text(13)).value_or(StudentLevel::None);
            m.fullTimeStudent = s.int64(14) != 0;
            m.livesTogether = s.int64(15) != 0;
            m.supportDuty = s.int64(16) != 0;
            m.cannotLiveIndependently = s.int64(17) != 0;
            m.notCounted = fromToken<NotCountedReason>(s.text(18)).value_or(NotCountedReason::None);
            m.notCountedNote = s.text(19);
            m.workRefusals = s.integer(20);
            file.members << m;
            DIBAO_TRY(members->advance());
        }
        DIBAO_TRY(incomes->skipBefore(hh.id));
        while (incomes->at(hh.id)) {
            if (!wanted) {
                DIBAO_TRY(incomes->advance());
                continue;
            }
            Statement &s = incomes->st();
            IncomeItem i;
            i.id = s.text(1);
            i.memberId = s.text(2);
            i.kind = s.text(3);
            i.amount = s.int64(4);
            i.fromMonth = parseIsoMonth(s.text(5));
            i.toMonth = parseIsoMonth(s.text(6));
            i.workCosts = s.int64(7);
            i.taxes = s.int64(8);
            i.socialInsurance = s.int64(9);
            i.supportPaid = s.int64(10);
            i.note = s.text(11);
            file.incomes << i;
            DIBAO_TRY(incomes->advance());
        }
        DIBAO_TRY(expenses->skipBefore(hh.id));
        while (expenses->at(hh.id)) {
            if (!wanted) {
                DIBAO_TRY(expenses->advance());
                continue;
            }
            Statement &s = expenses->st();
            ExpenseItem e;
            e.id = s.text(1);
            e.memberId = s.text(2);
            e.kind = s.text(3);
            e.amount = s.int64(4);
            e.fromMonth = parseIsoMonth(s.text(5));
            e.toMonth = parseIsoMonth(s.text(6));
            e.note = s.text(7);
            file.expenses << e;
            DIBAO_TRY(expenses->advance());
        }
        DIBAO_TRY(assets->skipBefore(hh.id));
        while (assets->at(hh.id)) {
            if (!wanted) {
                DIBAO_TRY(assets->advance());
                continue;
            }
            Statement &s = assets->st();
            AssetItem a;
            a.id = s.text(1);
            a.memberId = s.text(2);
            a.kind = s.text(3);
            a.subKind = s.text(4);
            a.value = s.int64(5);
            a.count = s.integer(6);
            a.floorAreaCentiSqm = s.int64(7);
            a.purchaseDate = parseIsoDate(s.text(8));
            a.exempt = s.int64(9) != 0;
            a.exemptReason = s.text(10);
            a.note = s.text(11);
            file.assets << a;
            DIBAO_TRY(assets->advance());
        }
        if (wanted)
            visit(file);
    }
    return {};
}

} // namespace dibao
