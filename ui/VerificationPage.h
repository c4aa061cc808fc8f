#pragma once

#include "common/Result.h"
#include "io/MappingReport.h"
#include "verification/DepartmentBatchImport.h"
#include "verification/RosterImport.h"
#include "verification/VerificationStore.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace dibao {

class Session;
class SessionTask;
class TextTableModel;

// 核对 Verification (county: verification officer, county reviewer; the roster for those who import households):
// - Requests: every case whose township requested economic verification, with the 3-working-day start clock; start
//   the pending ones, complete one whose findings are all resolved, its verification report (PDF).
// - Department batch: a department, its column mapping and its file; a preview of the first rows; the import runs
//   off the UI thread with progress and Cancel, and is all or nothing: a file with any bad row stores nothing and
//   lists every problem with its line.
// - Findings: every department row that matched an authorized member, resolved one by one (explained, income added,
//   asset added, review opened) with a note — what verify-resolve does.
// - Roster: the migrated roster of current recipients, checked first (dry run), then imported.
// Every rule is the core's (VerificationStore, DepartmentBatchImport, RosterImport); the page shows its refusals.
class VerificationPage : public QWidget {
    Q_OBJECT

public:
    explicit VerificationPage(Session &session, QWidget *parent = nullptr);

    void reload();
    QString currentCaseId() const;
    QString currentFindingId() const;
    void selectCase(const QString &caseId);
    void selectFinding(const QString &findingId);

    // Requests.
    Status startPending();
    Status completeCurrent();
    Status writeReport(const QString &caseId, const QString &path);
    // Department batch: the first rows of the chosen file through the chosen mapping.
    Status previewBatch();
    // Starts the import on a worker thread; batchRunning() until it finished and the page shows the result.
    Status startBatchImport();
    bool batchRunning() const { return m_task != nullptr; }
    const DepartmentBatchResult &lastBatch() const { return m_lastBatch; }
    // Findings.
    Status resolveFinding(const QString &findingId, const FindingResolution &resolution);
    // Roster: a dry run, then the commit of the same files (only after a clean dry run).
    Status startRoster(bool dryRun);
    bool rosterRunning() const { return m_task != nullptr; }
    const RosterImportResult &lastRoster() const { return m_lastRoster; }

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *messageLabel() const { return m_message; }
    TextTableModel *requestModel() const { return m_requests; }
    QTableView *requestView() const { return m_requestView; }
    TextTableModel *findingModel() const { return m_findings; }
    QTableView *findingView() const { return m_findingView; }
    TextTableModel *previewModel() const { return m_preview; }
    TextTableModel *problemModel() const { return m_problems; }
    TextTableModel *rosterModel() const { return m_roster; }
    QComboBox *departmentBox() const { return m_department; }
    QLineEdit *mappingEdit() const { return m_mapping; }
    QLineEdit *dataEdit() const { return m_data; }
    QLineEdit *rosterMappingEdit() const { return m_rosterMapping; }
    QLineEdit *rosterDataEdit() const { return m_rosterData; }
    QPushButton *rosterCommitButton() const { return m_rosterCommit; }
    QLabel *batchResultLabel() const { return m_batchResult; }
    QLabel *rosterResultLabel() const { return m_rosterResult; }
    QCheckBox *openFindingsOnlyBox() const { return m_openOnly; }

signals:
    void caseChanged(const QString &caseId);
    void openCaseRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildRequestsTab();
    QWidget *buildBatchTab();
    QWidget *buildFindingsTab();
    QWidget *buildRosterTab();
    void retranslate();
    void reloadFindings();
    void updateButtons();
    void showProblems(TextTableModel *model, const MappingReport &report);
    void fail(const Error &error);
    void askResolve();
    void askReport();
    void batchFinished(const Result<DepartmentBatchResult> &result);
    void rosterFinished(const Result<RosterImportResult> &result, bool dryRun);
    QString browse(const QString &title, const QString &filter);

    Session &m_session;
    QList<VerificationRequest> m_items;
    QList<VerificationFinding> m_findingItems;
    DepartmentBatchResult m_lastBatch;
    RosterImportResult m_lastRoster;
    QString m_rosterChecked; // the mapping and data files of the last clean dry run
    SessionTask *m_task = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_reload = nullptr;
    // Requests.
    QWidget *m_requestsTab = nullptr;
    TextTableModel *m_requests = nullptr;
    QTableView *m_requestView = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_openCase = nullptr;
    // Department batch.
    QWidget *m_batchTab = nullptr;
    QLabel *m_batchNote = nullptr;
    QLabel *m_departmentLabel = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_mappingLabel = nullptr;
    QLineEdit *m_mapping = nullptr;
    QPushButton *m_mappingBrowse = nullptr;
    QLabel *m_dataLabel = nullptr;
    QLineEdit *m_data = nullptr;
    QPushButton *m_dataBrowse = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QLabel *m_batchResult = nullptr;
    TextTableModel *m_preview = nullptr;
    QTableView *m_previewView = nullptr;
    TextTableModel *m_problems = nullptr;
    QTableView *m_problemView = nullptr;
    // Findings.
    QWidget *m_findingsTab = nullptr;
    QCheckBox *m_openOnly = nullptr;
    TextTableModel *m_findings = nullptr;
    QTableView *m_findingView = nullptr;
    QPushButton *m_resolve = nullptr;
    // Roster.
    QWidget *m_rosterTab = nullptr;
    QLabel *m_rosterNote = nullptr;
    QLabel *m_rosterMappingLabel = nullptr;
    QLineEdit *m_rosterMapping = nullptr;
    QPushButton *m_rosterMappingBrowse = nullptr;
    QLabel *m_rosterDataLabel = nullptr;
    QLineEdit *m_rosterData = nullptr;
    QPushButton *m_rosterDataBrowse = nullptr;
    QPushButton *m_rosterCheck = nullptr;
    QPushButton *m_rosterCommit = nullptr;
    QLabel *m_rosterResult = nullptr;
    TextTableModel *m_roster = nullptr;
    QTableView *m_rosterView = nullptr;
    TextTableModel *m_rosterProblems = nullptr;
    QTableView *m_rosterProblemView = nullptr;
};

} // namespace dibao
