#pragma once

#include "common/Result.h"
#include "payroll/Payroll.h"
#include "payroll/PayrollExport.h"

#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace dibao {

class PayrollWorker;
class Session;
class TextTableModel;

// 发放 Payroll (the confirming authority: the county, or the delegated township): the roll of a month previewed
// first (lines, totals by township, area and tier, changes against last month, problems that block issuing), issued
// after a confirmation (issuing locks it; corrections go into the next month as adjustments), and exported as the
// bank file (CSV, GB18030 or UTF-8) and the .xlsx workbook (docs/payroll.md). The preview, issuing and the export
// run in the page's worker thread (PayrollWorker) behind a progress dialog that can be cancelled; the window stays
// responsive meanwhile.
class PayrollPage : public QWidget {
    Q_OBJECT

public:
    explicit PayrollPage(Session &session, QWidget *parent = nullptr);
    ~PayrollPage() override;

    // Each starts its work in the worker thread and returns at once (false, doing nothing, while other work runs);
    // workFinished follows in the UI thread. Preview shows the issued roll of the month, else a preview.
    bool startPreview();
    bool startIssue();
    bool startExport(const QString &directory);
    // Cancels the running work safely: a preview's result is dropped, issuing rolls back before its commit (nothing
    // is written), an export's files are removed.
    void cancelWork();
    bool busy() const { return m_job != Job::None; }
    // Processes events until the running work has finished (false on timeout).
    bool waitForWork(int timeoutMs = 300000);
    QProgressDialog *progressDialog() const { return m_progress; }

    // Start, then wait (events are processed meanwhile): the outcome of the work.
    Status load();
    Status issue();
    Result<PayrollExportFiles> exportTo(const QString &directory);
    const PayrollRoll &roll() const { return m_roll; }

    QDateEdit *monthEdit() const { return m_month; }
    QComboBox *encodingBox() const { return m_encoding; }
    TextTableModel *lineModel() const { return m_lines; }
    TextTableModel *totalModel() const { return m_totals; }
    TextTableModel *changeModel() const { return m_changes; }
    QPushButton *issueButton() const { return m_issue; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    // The work started last has ended: ok, else its error's code ("cancelled" when cancelled) and message.
    void workFinished(bool ok, const QString &code, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Job { None, Preview, Issue, Export };

    void retranslate();
    void showRoll();
    void updateButtons();
    void previewClicked();
    void issueClicked();
    void exportClicked();
    // Runs work(worker, cancel flag) in the worker thread behind a progress dialog, then done(result) in the UI thread.
    template <typename Work, typename Done>
    void run(Job job, const QString &label, Work work, Done done);
    void finishWork(const Status &status);
    // Shows the roll the work gave (on an error: the message, and no roll when clearOnError), then finishes the work.
    void showResult(Result<PayrollRoll> roll, bool clearOnError);
    bool cancelRequested() const { return m_cancel && m_cancel->load(); }

    Session &m_session;
    PayrollRoll m_roll;
    QThread m_thread;
    PayrollWorker *m_worker = nullptr;
    Job m_job = Job::None;
    bool m_interactive = false; // started by a button: the outcome is told in a message box
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QProgressDialog> m_progress;
    Status m_lastStatus;
    PayrollExportFiles m_lastFiles;
    QLabel *m_monthLabel = nullptr;
    QDateEdit *m_month = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_issue = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QComboBox *m_encoding = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    TextTableModel *m_totals = nullptr;
    TextTableModel *m_lines = nullptr;
    TextTableModel *m_changes = nullptr;
    TextTableModel *m_problems = nullptr;
};

} // namespace dibao
