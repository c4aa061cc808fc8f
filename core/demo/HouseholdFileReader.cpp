#include "demo/HouseholdFileReader.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "domain/Tokens.h"
#include "store/HouseholdRows.h"
#include "store/Session.h"

#include <QStringView>

#include <functional>

namespace dibao {

namespace {

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
    // The same columns, filters and mapping as HouseholdStore::load (store/HouseholdRows.h).
    using namespace householdrows;
    auto members = db.prepare(QStringLiteral("SELECT %1 FROM members INDEXED BY members_household WHERE household_id = ? "
                                             "AND left_reason IS NULL ORDER BY rowid").arg(QLatin1String(kMemberColumns)));
    if (!members)
        return members.error();
    auto incomes = db.prepare(QStringLiteral("SELECT %1 FROM income_items WHERE household_id = ? AND voided_reason IS "
                                             "NULL ORDER BY rowid").arg(QLatin1String(kIncomeColumns)));
    if (!incomes)
        return incomes.error();
    auto expenses = db.prepare(QStringLiteral("SELECT %1 FROM expense_items WHERE household_id = ? AND voided_reason "
                                              "IS NULL ORDER BY rowid").arg(QLatin1String(kExpenseColumns)));
    if (!expenses)
        return expenses.error();
    auto assets = db.prepare(QStringLiteral("SELECT %1 FROM asset_items WHERE household_id = ? AND voided_reason IS "
                                            "NULL ORDER BY rowid").arg(QLatin1String(kAssetColumns)));
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
        hh.nextReviewDue = parseIsoDate(h.text(13));
        hh.migrated = h.int64(14) != 0;
        hh.migratedReference = h.text(15);

        DIBAO_TRY(eachRow(*members, hh.id, [&](Statement &s) { file.members << member(s, hh.id); }));
        DIBAO_TRY(eachRow(*incomes, hh.id, [&](Statement &s) { file.incomes << income(s); }));
        DIBAO_TRY(eachRow(*expenses, hh.id, [&](Statement &s) { file.expenses << expense(s); }));
        DIBAO_TRY(eachRow(*assets, hh.id, [&](Statement &s) { file.assets << asset(s); }));
        visit(file);
    }
    return {};
}

} // namespace dibao
