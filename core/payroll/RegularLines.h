#pragma once

#include "common/Result.h"
#include "payroll/Payroll.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace dibao {

class Database;

// The allowance lines of a month's roll (before adjustments and carried payments): every household with an
// allowance in force — the latest decision effective by the month, paid as PaidDecision::paidIn says, else the
// roster amount of a household enrolled before this product (migrated) — with its payee, members, account, card
// custody and the township paying it that month. With `previous`, the lines of the month before as well (for the
// changes), in the same pass. Lines come in the households' table order.
//
// Three ordered passes and no per-household probe: the decisions over the covering index cases_decisions
// (forEachHouseholdDecisions, shared with the statistics), the members table once, the households table once.
Result<QList<PayrollLine>> regularPayrollLines(Database &db, const QDate &month, QList<PayrollLine> *previous);

// What a bank accepts as an account (io/BankFileWriter): 6 to 32 digits. Anything else is held, not sent.
bool usableBankAccount(const QString &account);

// A household's move between townships (household_transfers), read once per roll.
struct TransferRow {
    QString firstMonth;
    QString fromDivision, toDivision, fromVillage, toVillage;
};
using TransfersByHousehold = QHash<QString, QList<TransferRow>>;

// Every transfer, by household, each household's in order of first month.
Result<TransfersByHousehold> loadTransfers(Database &db);

// The township (and village) paying `month` (YYYY-MM): the last transfer in force by then, else the one still to
// come says where the household was; without a transfer `division` and `village` are left as they are (the
// register).
void placeFor(const QList<TransferRow> &transfers, const QString &month, QString &division, QString &village);

// The households whose card staff hold under an agreement in force during `month` (card_custody).
Result<QSet<QString>> householdsInCustody(Database &db, const QDate &month);

// The roster amount of a migrated household whose first decision is still to take effect: the register's amount
// as it stood before that decision wrote it (the audit trail's before-image), else the register's. Corrects the
// lines of `households` in `lines`.
Status fixRosterAmounts(Database &db, QList<PayrollLine> &lines, const QStringList &households);

} // namespace dibao
