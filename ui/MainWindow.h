#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace dibao {

class AuditPage;
class CaseListPage;
class InspectionPage;
class SyncMenu;
class SyncPage;
class ConfirmationPage;
class MeetingPage;
class NoticePage;
class PayrollPage;
class PetitionPage;
class ReviewsPage;
class Session;
class StatisticsPage;
class TodayPage;
class VerificationPage;
class VisitsPage;
class WorkTab;

// The one window: navigation on the left (icons with text, only what the role may use), the pages on the right,
// and a status bar with the user and role, the township, sync state and the database file (UI.md).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Today, Cases, Meetings, Notices, Confirmation, Payroll, Statistics, Audit, Inspection,
                      Verification, Complaints, Visits, Reviews, Sync };

    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // Opens the case in its own tab (or brings its tab forward).
    WorkTab *openCase(const QString &caseId);
    // The household of a case in the intake form's edit mode (one tab per case).
    WorkTab *editHousehold(const QString &caseId);
    // Ctrl+N: a new application form (or a saved draft of one).
    WorkTab *newApplication(const QString &draftId = QString());
    void switchLanguage(const QString &language);

    CaseListPage *caseList() const { return m_caseList; }
    TodayPage *today() const { return m_today; }
    // Supervision pages (nullptr where the role may not use them).
    StatisticsPage *statistics() const { return m_statistics; }
    AuditPage *auditPage() const { return m_audit; }
    InspectionPage *inspection() const { return m_inspection; }
    QTabWidget *caseTabs() const { return m_caseTabs; }
    // The casework pages (null when the role may not use them).
    MeetingPage *meetings() const { return m_meetings; }
    NoticePage *notices() const { return m_notices; }
    ConfirmationPage *confirmation() const { return m_confirmation; }
    PayrollPage *payroll() const { return m_payroll; }
    // 核对 and 投诉 (null when the role may not use them).
    VerificationPage *verification() const { return m_verification; }
    PetitionPage *complaints() const { return m_complaints; }
    VisitsPage *visits() const { return m_visits; }
    ReviewsPage *reviews() const { return m_reviews; }
    QListWidget *navigation() const { return m_nav; }
    WorkTab *currentWorkTab() const;
    QLabel *syncLabel() const { return m_syncLabel; }
    // The Sync menu, its background sync and the status bar's sync text (docs/client.md "Sync").
    SyncMenu *sync() const { return m_sync; }
    // 同步: the status, the same actions as the menu, the conflicts waiting (every role: any user may sync).
    SyncPage *syncPage() const { return m_syncPage; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildNavigation();
    QWidget *pageWidget(Page page) const;
    void buildStatusBar();
    void retranslate();
    void addWorkTab(WorkTab *tab);
    bool closeWorkTab(int index);
    void caseChanged(const QString &caseId);
    void updateActions();
    void chooseDraft();

    Session &m_session;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    TodayPage *m_today = nullptr;
    StatisticsPage *m_statistics = nullptr;
    AuditPage *m_audit = nullptr;
    InspectionPage *m_inspection = nullptr;
    QTabWidget *m_caseTabs = nullptr;
    CaseListPage *m_caseList = nullptr;
    MeetingPage *m_meetings = nullptr;
    NoticePage *m_notices = nullptr;
    ConfirmationPage *m_confirmation = nullptr;
    PayrollPage *m_payroll = nullptr;
    VerificationPage *m_verification = nullptr;
    PetitionPage *m_complaints = nullptr;
    VisitsPage *m_visits = nullptr;
    ReviewsPage *m_reviews = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_caseMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_syncMenu = nullptr;
    SyncMenu *m_sync = nullptr;
    SyncPage *m_syncPage = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_draftsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_zhAction = nullptr;
    QAction *m_enAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QLabel *m_userLabel = nullptr;
    QLabel *m_townshipLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace dibao
