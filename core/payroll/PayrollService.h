#pragma once

#include "common/Result.h"
#include "payroll/Payroll.h"
#include "payroll/PayrollExport.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace dibao {

class Session;

// One row of the bank's result file (银行回盘), matched to the roll by 序号, account and amount.
struct BankReturnRecord {
    int sequence = 0;       // 序号 of the bank file
    QString account;
    Fen amount = -1;
    bool paid = false;
    QString reason;         // why it failed (required for a failure)
};

struct BankReturnSummary {
    int paid = 0;
    int failed = 0;
    int unchanged = 0;      // already recorded with the same result
    Fen failedAmount = 0;   // carried to the next roll
};

struct PayrollAdjustmentInput {
    QString householdId;
    Fen amount = 0;         // positive: pay more; negative: pay less
    QString reason;
    QDate forMonth;         // default: the month after the last issued roll
    QString correctsRollId;
};

// The monthly payroll (发放) of this database's area: the county's, or a township's where confirmation (and so
// payment) is delegated. A preview is computed, never stored; issuing stores the roll and its lines through the
// audited writer and locks them (triggers refuse any change); corrections are adjustments in a later roll. Rolls are
// issued month after month, without a gap. Every query is set-based (docs/payroll.md).
class PayrollService {
public:
    explicit PayrollService(Session &session) : m_session(session) {}

    // The confirming authority only (the county reviewer, or the township administrator where delegated).
    Status mayRun(const QDate &on) const;

    Result<PayrollRoll> preview(const QDate &month);
    // Issuing reports (lines written, lines in the roll) to `progress`, first (0, n) once the roll is computed; a
    // progress that returns false cancels with code "cancelled" before the commit, so nothing is written.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    Result<PayrollRoll> issue(const QDate &month, const QDate &on = QDate(), const Progress &progress = {});
    // Issues the roll and writes its bank file and workbook into `directory` (exportPayroll). The files are written
    // from the complete roll on a second thread while its lines go to the database, in a staging folder inside
    // `directory`, and are moved into place only once the roll is committed: a roll that is not issued leaves no
    // file. If the files fail after the commit, the roll stays issued and the error says so (write them again with
    // exportPayroll from the issued roll).
    struct Issued {
        PayrollRoll roll;
        PayrollExportFiles files;
    };
    Result<Issued> issueWithFiles(const QDate &month, const QDate &on, const QString &directory,
                                  const PayrollExportOptions &options = {}, const Progress &progress = {});
    // The issued roll of a month with its lines, changes and totals, or nullopt.
    Result<std::optional<PayrollRoll>> issuedRoll(const QDate &month);
    // The last month with an issued roll (a null date if none).
    Result<QDate> lastIssuedMonth();

    // Records the bank's result for an issued roll, all or nothing. A failed payment is carried into the next roll.
    Result<BankReturnSummary> importBankReturns(const QDate &month, const QList<BankReturnRecord> &records,
                                                const QDate &returnedOn = QDate());
    Result<QString> addAdjustment(const PayrollAdjustmentInput &input);

    // The area of this database's rolls: the county code, or the township's.
    QString rollDivision() const;

private:
    // issue(), with `beforeLines` called with the complete roll (ids given) just before its lines are written.
    Result<PayrollRoll> issueRoll(const QDate &month, const QDate &on, const Progress &progress,
                                  const std::function<void(const PayrollRoll &)> &beforeLines);
    // The allowance lines of a month, and those of the month before when `previous` is given (one pass).
    Result<QList<PayrollLine>> regularLines(const QDate &month, QList<PayrollLine> *previous);
    Result<QList<PayrollLine>> storedLines(const QString &rollId);
    Result<std::optional<QString>> rollId(const QDate &month);
    Status addPendingSources(const QDate &month, QList<PayrollLine> &lines, QList<PayrollProblem> &problems);
    Status checkDuplicatePersons(const QList<PayrollLine> &lines, QList<PayrollProblem> &problems);
    Result<PayrollRoll> assemble(const QDate &month, QList<PayrollLine> lines, QList<PayrollProblem> problems,
                                 QList<PayrollLine> previous, bool previousIssued);

    Session &m_session;
};

} // namespace dibao
