#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// Fund management for one month (资金管理, 发放及时性): whether each roll was issued in its month, whether its totals
// agree with its lines and the bank's returns, what is still owed by recovery; and the county's published account
// of fund use (Measures Art 62) — households and amounts paid per township, no personal data.
struct FundRoll {
    QString rollId;
    QString divisionCode;     // the county, or the township where payment is delegated
    QDate issuedOn;
    bool onTime = false;      // issued on or before the last day of its month
    int daysLate = 0;
    qint64 lines = 0;
    Fen total = 0;            // as the roll records it
    Fen bankTotal = 0;
    Fen linesTotal = 0;       // the sums of its lines
    Fen linesBankTotal = 0;
    bool balanced() const { return total == linesTotal && bankTotal == linesBankTotal; }
};

struct FundTownship {
    QString code;
    QString name;
    qint64 households = 0;    // lines in the month's rolls
    Fen amount = 0;           // their amounts (held lines included)
    qint64 heldLines = 0;     // not sent to the bank (no usable account): carried
    Fen heldAmount = 0;
    qint64 paidLines = 0;     // the bank returned "paid"
    Fen paidAmount = 0;
    qint64 failedLines = 0;   // the bank returned "failed": carried to the next roll
    Fen failedAmount = 0;
    qint64 awaitingLines = 0; // sent, no return yet
    Fen awaitingAmount = 0;
    Fen adjustments = 0;      // corrections paid (or recovered) in these lines
    Fen recovered = 0;        // recovery receipts dated in the month (households of the township)
};

struct FundReport {
    QDate month;
    QList<FundRoll> rolls;
    bool rollMissing = false;         // allowances were in force in the month but no roll was issued for it
    QList<FundTownship> townships;    // sorted by code; only townships with lines or receipts
    FundTownship total;
    Fen adjustmentsDueForMonth = 0;   // adjustments recorded for the month (payroll_adjustments.for_month)
    qint64 adjustmentCount = 0;
    Fen recoveryDue = 0;              // recovery decided by the month's end: amounts obtained by fraud and fines
    Fen recoveryReceived = 0;         // received by the month's end
    Fen recoveryOutstanding() const { return recoveryDue - recoveryReceived; }
};

class FundReports {
public:
    explicit FundReports(Session &session) : m_session(session) {}
    // Needs Action::Inspect.
    Result<FundReport> compute(const QDate &month);
    // Sheets 资金使用公开 (the published account), 发放及时性 (rolls), 对账 (per township), 追缴 (recovery).
    static Status writeXlsx(const FundReport &report, const QString &divisionName, const QString &path);

private:
    Session &m_session;
};

} // namespace dibao
