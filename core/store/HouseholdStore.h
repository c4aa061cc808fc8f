#pragma once

#include "common/Result.h"
#include "domain/Household.h"
#include "store/RecordWriter.h"

#include <QString>

namespace dibao {

class Session;

// Households with their members, income, expenses and assets. Reads and writes check the jurisdiction: a
// township database holds only its own township.
// A household found by one of its present members (name prefix or ID number), for choosing it — the subject of a
// complaint, say, including a migrated household that has no case.
struct HouseholdMatch {
    QString householdId;
    QString applicantName;
    QString memberName;         // the member who matched
    QString villageName;
    QString divisionCode;
    EnrolmentStatus enrolment = EnrolmentStatus::None;
};

class HouseholdStore {
public:
    explicit HouseholdStore(Session &session) : m_session(session) {}

    // Validates and inserts a whole household file; fills in every id. One transaction.
    Status create(HouseholdFile &file);
    Result<HouseholdFile> load(const QString &householdId);
    Result<Household> household(const QString &householdId);
    // Households of this database's jurisdiction with a present member whose name starts with `text`, or whose ID
    // number is `text`; at most `limit`, by name. Needs view_cases.
    Result<QList<HouseholdMatch>> find(const QString &text, int limit = 50);

    // Field-level updates (each audited). The member's ID number is re-validated; sex and birth date re-derived.
    Status updateHousehold(const Household &household);
    Status updateMember(const Member &member);
    Status addMember(Member &member);
    Status addIncome(const QString &householdId, IncomeItem &item);
    Status addAsset(const QString &householdId, AssetItem &item);
    Status addExpense(const QString &householdId, ExpenseItem &item);

    // Editing after intake (the client's edit mode): whether the household's file may be changed now. While a case of
    // the household is open (an application in progress, or a periodic review) it may; once a case was decided and
    // none is open (or the household is enrolled) it is refused with household_decided — the file is then changed
    // through a periodic review (open one, or report the change), so the decision's intake digest stays the file
    // that was decided on.
    Status checkAmendable(const QString &householdId);
    // Stores an edited file in one transaction, audited: the household's fields, changed members, incomes,
    // expenses and assets (updated field by field), new ones added. Nothing is deleted: a member leaves with a
    // left reason; an item missing from `edited` is refused (item_removed) — correct its figures instead. The open
    // case's applicant name and member count follow.
    Status amend(HouseholdFile &edited);

    // Checks everything a household file must satisfy before it is stored (also used by the import dry run).
    Status validate(const HouseholdFile &file) const;

    static Row householdRow(const Household &h);
    static Row memberRow(const Member &m);
    static QString normalizeName(const QString &name);

private:
    Status validateMember(const Member &member) const;
    Status addItem(const QString &householdId, const QString &table, const Row &row, const HouseholdFile &probe);
    Session &m_session;
};

} // namespace dibao
