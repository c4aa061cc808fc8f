#include "demo/HouseholdFileReader.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "domain/Tokens.h"
#include "store/Session.h"

#include <QStringView>

#include <functional>

namespace dibao {

namespace {

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// parseIsoDate/parseIsoMonth without the regular expression: a million dates per pass over a county. Same result
// (a null QDate for anything but YYYY-MM-DD or YYYY-MM, or an impossible date).
QDate fastDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

QDate fastMonth(QStringView text)
{
    if (text.size() != 7 || text.at(4) != u'-')
        return {};
    const int y = digits(text, 0, 4), m = digits(text, 5, 2);
    return y < 0 || m < 0 ? QDate() : QDate(y, m, 1);
}

// Runs a per-household child query and calls onRow for each row.
Status eachRow(Statement &st, const QString &householdId, const std::function<void(Statement &)> &onRow)
{
    st.bind(1, householdId);
    for (;;) {
        auto r = st.step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        onRow(st);
    }
    st.reset();
    return {};
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

    // Households in the order they were written, each household's records by its household_id index: records of
    // one household are written together, so this walks every table nearly in file order. (Ordering the five tables
    // by household id instead, a random UUID, jumped across a 10 GB county file for every row and took twice as
    // long.)
    auto households = db.prepare(
        "SELECT id, division_code, village_code, village_name, area, registered_address, actual_address, "
        "separated_residence, bank_name, bank_account, phone, stable_category, enrolment, next_review_due, migrated, "
        "migrated_reference FROM households ORDER BY rowid");
    if (!households)
        return households.error();
    // The same columns and filters as HouseholdStore::load.
    auto members = db.prepare("SELECT id, name, id_number, sex, birth_date, relation, health, disability_category, "
                              "disability_grade, serious_illness, work_ability, occupation, student_level, "
                              "full_time_student, lives_together, support_duty, cannot_live_independently, not_counted, "
                              "not_counted_note, work_refusals FROM members INDEXED BY members_household "
                              "WHERE household_id = ? AND left_reason IS NULL ORDER BY rowid");
    if (!members)
        return members.error();
    auto incomes = db.prepare("SELECT id, member_id, kind, amount, from_month, to_month, work_costs, taxes, "
                              "social_insurance, support_paid, note FROM income_items WHERE household_id = ? AND "
                              "voided_reason IS NULL ORDER BY rowid");
    if (!incomes)
        return incomes.error();
    auto expenses = db.prepare("SELECT id, member_id, kind, amount, from_month, to_month, note FROM expense_items "
                               "WHERE household_id = ? AND voided_reason IS NULL ORDER BY rowid");
    if (!expenses)
        return expenses.error();
    auto assets = db.prepare("SELECT id, member_id, kind, sub_kind, value, count, floor_area_centi_sqm, purchase_date, "
                             "exempt, exempt_reason, note FROM asset_items WHERE household_id = ? AND "
                             "voided_reason IS NULL ORDER BY rowid");
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
        hh.divisionCode = h.text(1);
        if (!m_session.inJurisdiction(hh.divisionCode))
            continue;
        hh.id = h.text(0);
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
        hh.nextReviewDue = fastDate(h.text(13));
        hh.migrated = h.int64(14) != 0;
        hh.migratedReference = h.text(15);

        DIBAO_TRY(eachRow(*members, hh.id, [&](Statement &s) {
            Member m;
            m.id = s.text(0);
            m.householdId = hh.id;
            m.name = s.text(1);
            m.idNumber = s.text(2);
            m.sex = fromToken<Sex>(s.text(3)).value_or(Sex::Male);
            m.birthDate = fastDate(s.text(4));
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
            file.members << m;
        }));
        DIBAO_TRY(eachRow(*incomes, hh.id, [&](Statement &s) {
            IncomeItem i;
            i.id = s.text(0);
            i.memberId = s.text(1);
            i.kind = s.text(2);
            i.amount = s.int64(3);
            i.fromMonth = fastMonth(s.text(4));
            i.toMonth = fastMonth(s.text(5));
            i.workCosts = s.int64(6);
            i.taxes = s.int64(7);
            i.socialInsurance = s.int64(8);
            i.supportPaid = s.int64(9);
            i.note = s.text(10);
            file.incomes << i;
        }));
        DIBAO_TRY(eachRow(*expenses, hh.id, [&](Statement &s) {
            ExpenseItem e;
            e.id = s.text(0);
            e.memberId = s.text(1);
            e.kind = s.text(2);
            e.amount = s.int64(3);
            e.fromMonth = fastMonth(s.text(4));
            e.toMonth = fastMonth(s.text(5));
            e.note = s.text(6);
            file.expenses << e;
        }));
        DIBAO_TRY(eachRow(*assets, hh.id, [&](Statement &s) {
            AssetItem a;
            a.id = s.text(0);
            a.memberId = s.text(1);
            a.kind = s.text(2);
            a.subKind = s.text(3);
            a.value = s.int64(4);
            a.count = s.integer(5);
            a.floorAreaCentiSqm = s.int64(6);
            a.purchaseDate = fastDate(s.text(7));
            a.exempt = s.int64(8) != 0;
            a.exemptReason = s.text(9);
            a.note = s.text(10);
            file.assets << a;
        }));
        visit(file);
    }
    return {};
}

} // namespace dibao
