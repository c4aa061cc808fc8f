#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// 追缴 (Measures Art 68): allowance obtained by fraud, the fine, the repayment schedule and the receipts. Kept apart
// from the payroll: nothing here changes a roll, and a roll never deducts a debt (57号: no deductions for debts).
struct RecoveryEntry {
    QString id;
    QString kind;            // instalment (scheduled) | repayment | fine_payment
    QDate onDate;            // due date of an instalment; date received of a payment
    Fen amount = 0;
    QString receiptNumber;   // payments need their receipt number
    QString note;
};

struct RecoveryCase {
    QString id;
    QString householdId;
    QDate decidedOn;
    QString basis;           // the finding and the decision document
    QDate fromMonth;
    QDate toMonth;
    Fen amountDue = 0;       // obtained by fraud
    Fen fine = 0;
    QList<RecoveryEntry> entries;

    Fen repaid() const;      // repayments received
    Fen finePaid() const;
    Fen scheduled() const;   // instalments scheduled
    Fen outstanding() const; // amountDue + fine - repaid - finePaid
    // Instalments due on or before `on` not covered by the payments received by then (oldest first).
    Fen overdue(const QDate &on) const;
    QJsonObject toJson(const QDate &on) const;
};

class RecoveryLedger {
public:
    explicit RecoveryLedger(Session &session) : m_session(session) {}

    // The confirming authority opens a recovery and enters schedule and receipts. Fills in ids.
    Status open(RecoveryCase &recovery);
    Status addEntry(const QString &recoveryId, RecoveryEntry &entry);
    Result<RecoveryCase> get(const QString &recoveryId);
    Result<QList<RecoveryCase>> forHousehold(const QString &householdId);

private:
    Session &m_session;
};

} // namespace dibao
