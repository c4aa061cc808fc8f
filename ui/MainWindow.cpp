#include "MainWindow.h"

#include "AppSettings.h"
#include "AuditPage.h"
#include "CaseListPage.h"
#include "CaseView.h"
#include "ClientSetup.h"
#include "ConfirmationPage.h"
#include "InspectionPage.h"
#include "IntakeForm.h"
#include "MeetingPage.h"
#include "NoticePage.h"
#include "PayrollPage.h"
#include "PetitionPage.h"
#include "ReviewsPage.h"
#include "StatisticsPage.h"
#include "SyncMenu.h"
#include "SyncPage.h"
#include "TodayPage.h"
#include "VerificationPage.h"
#include "VisitsPage.h"
#include "WorkTab.h"
#include "domain/Division.h"
#include "store/DraftStore.h"
#include "store/Session.h"
#include "workflow/Permissions.h"
#include "workflow/Workflow.h"
#include "common/ChinaDate.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace dibao {

MainWindow::MainWindow(Session &session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_today = new TodayPage(session, this);
    m_caseTabs = new QTabWidget(this);
    m_caseTabs->setObjectName(QStringLiteral("caseTabs"));
    m_caseTabs->setDocumentMode(true);
    m_caseTabs->setTabsClosable(true);
    m_caseList = new CaseListPage(session, this);
    m_caseTabs->addTab(m_caseList, QIcon(QStringLiteral(":/icons/cases.svg")), QString());
    m_caseTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_caseTabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    m_stack->addWidget(m_today);
    m_stack->addWidget(m_caseTabs);
    // The casework pages, each only for a role that may use it (UI.md): 民主评议 for those who record meetings, 公示
    // for township review, 审核确认 and 发放 for the confirming authority (the county, or the delegated township).
    // 入户调查 for those who record visits; 动态管理 for the township that reviews and the authority that decides.
    if (session.require(Action::RecordVisit).ok())
        m_visits = new VisitsPage(session, this);
    if (session.require(Action::Appraise).ok())
        m_meetings = new MeetingPage(session, this);
    if (session.require(Action::TownshipReview).ok())
        m_notices = new NoticePage(session, this);
    if (Workflow(session).mayConfirm(chinaToday()).ok()) {
        m_confirmation = new ConfirmationPage(session, this);
        m_payroll = new PayrollPage(session, this);
    }
    if (session.require(Action::OpenReview).ok() || m_confirmation)
        m_reviews = new ReviewsPage(session, this);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_visits, m_meetings, m_notices, m_confirmation, m_payroll, m_reviews})
        if (w)
            m_stack->addWidget(w);
    // 核对 for those who verify, or bring in the roster at the county; 投诉 for those who handle petitions or keep
    // the near-relative register (docs/verification.md, docs/complaints.md).
    if (session.require(Action::Verify).ok() || (session.isCounty() && session.require(Action::ImportHouseholds).ok()))
        m_verification = new VerificationPage(session, this);
    if (session.require(Action::Petition).ok() || session.require(Action::NearRelativeRegister).ok())
        m_complaints = new PetitionPage(session, this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_verification, m_complaints})
        if (w)
            m_stack->addWidget(w);
    // Supervision (read-only): only for the roles Permissions gives it to.
    if (session.require(Action::ViewStatistics).ok()) {
        m_statistics = new StatisticsPage(session, this);
        m_stack->addWidget(m_statistics);
    }
    if (session.require(Action::ViewAuditTrail).ok()) {
        m_audit = new AuditPage(session, this);
        m_stack->addWidget(m_audit);
    }
    if (session.require(Action::Inspect).ok()) {
        m_inspection = new InspectionPage(session, this);
        m_stack->addWidget(m_inspection);
    }

    buildNavigation();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildActions();
    buildStatusBar();
    m_sync = new SyncMenu(session, m_syncMenu, m_syncLabel, this);
    // 同步 comes last (UI.md), once the menu and its controller exist: the page shows them.
    m_syncPage = new SyncPage(*m_sync, this);
    m_stack->addWidget(m_syncPage);
    auto *syncItem = new QListWidgetItem(QIcon(QStringLiteral(":/icons/sync.svg")), QString(), m_nav);
    syncItem->setData(Qt::UserRole, int(Page::Sync));

    connect(m_caseList, &CaseListPage::openCaseRequested, this, [this](const QString &id) { openCase(id); });
    connect(m_today, &TodayPage::openCaseRequested, this, [this](const QString &id) { openCase(id); });
    connect(m_today, &TodayPage::openPetitionRequested, this, [this](const QString &id) {
        if (!m_complaints)
            return;
        showPage(Page::Complaints);
        m_complaints->selectPetition(id);
    });
    if (m_meetings)
        connect(m_meetings, &MeetingPage::caseChanged, this, &MainWindow::caseChanged);
    if (m_notices) {
        connect(m_notices, &NoticePage::caseChanged, this, &MainWindow::caseChanged);
        connect(m_notices, &NoticePage::openCaseRequested, this, [this](const QString &id) { openCase(id); });
    }
    if (m_visits) {
        connect(m_visits, &VisitsPage::openCaseRequested, this, [this](const QString &id) { openCase(id); });
        // A visit is recorded from its case (the case view's visit form), never from a second form.
        connect(m_visits, &VisitsPage::recordVisitRequested, this, [this](const QString &id) {
            if (auto *view = qobject_cast<CaseView *>(openCase(id)); view && view->isLoaded())
                view->startVisit();
        });
    }
    if (m_reviews) {
        connect(m_reviews, &ReviewsPage::caseChanged, this, &MainWindow::caseChanged);
        connect(m_reviews, &ReviewsPage::openCaseRequested, this, [this](const QString &id) { openCase(id); });
    }
    if (m_confirmation) {
        connect(m_confirmation, &ConfirmationPage::caseChanged, this, &MainWindow::caseChanged);
        connect(m_confirmation, &ConfirmationPage::openCaseRequested, this,
                [this](const QString &id) { openCase(id); });
    }
    if (m_verification) {
        connect(m_verification, &VerificationPage::caseChanged, this, &MainWindow::caseChanged);
        connect(m_verification, &VerificationPage::openCaseRequested, this, [this](const QString &id) { openCase(id); });
    }
    if (m_complaints) {
        connect(m_complaints, &PetitionPage::caseChanged, this, &MainWindow::caseChanged);
        connect(m_complaints, &PetitionPage::openCaseRequested, this, [this](const QString &id) { openCase(id); });
    }
    connect(m_caseTabs, &QTabWidget::tabCloseRequested, this, [this](int index) { closeWorkTab(index); });
    connect(m_caseTabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    retranslate();
    const QByteArray geometry = AppSettings::mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    // Township assistants start at 工作台 (UI.md).
    showPage(Page::Today);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(28, 28));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #eef2f7; padding-top: 8px; }"
        "QListWidget#navigation::item { padding: 8px 10px; border-radius: 6px; color: #1b2733; }"
        "QListWidget#navigation::item:selected { background: #1d5c96; color: white; }"
        "QListWidget#navigation:focus { outline: none; border-right: 3px solid #e0a100; }"));
    // Only what the role may use: both pages read cases.
    if (m_session.require(Action::ViewCases).ok()) {
        auto *today = new QListWidgetItem(QIcon(QStringLiteral(":/icons/today.svg")), QString(), m_nav);
        today->setData(Qt::UserRole, int(Page::Today));
        auto *cases = new QListWidgetItem(QIcon(QStringLiteral(":/icons/cases.svg")), QString(), m_nav);
        cases->setData(Qt::UserRole, int(Page::Cases));
    }
    const struct {
        Page page;
        QWidget *widget;
        const char *icon;
    } casework[] = {{Page::Visits, m_visits, ":/icons/visits.svg"},
                    {Page::Meetings, m_meetings, ":/icons/meetings.svg"},
                    {Page::Notices, m_notices, ":/icons/notices.svg"},
                    {Page::Confirmation, m_confirmation, ":/icons/confirmation.svg"},
                    {Page::Payroll, m_payroll, ":/icons/payroll.svg"},
                    {Page::Reviews, m_reviews, ":/icons/reviews.svg"}};
    for (const auto &c : casework)
        if (c.widget) {
            auto *item = new QListWidgetItem(QIcon(QString::fromLatin1(c.icon)), QString(), m_nav);
            item->setData(Qt::UserRole, int(c.page));
        }
    for (const auto &[page, icon] : {std::pair{Page::Verification, ":/icons/verification.svg"},
                                     std::pair{Page::Complaints, ":/icons/complaints.svg"}})
        if (pageWidget(page)) {
            auto *item = new QListWidgetItem(QIcon(QString::fromLatin1(icon)), QString(), m_nav);
            item->setData(Qt::UserRole, int(page));
        }
    const QList<std::pair<Page, const char *>> supervision{{Page::Statistics, ":/icons/statistics.svg"},
                                                            {Page::Audit, ":/icons/audit.svg"},
                                                            {Page::Inspection, ":/icons/inspection.svg"}};
    for (const auto &[page, icon] : supervision) {
        if (!pageWidget(page))
            continue;
        auto *item = new QListWidgetItem(QIcon(QString::fromLatin1(icon)), QString(), m_nav);
        item->setData(Qt::UserRole, int(page));
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const auto page = Page(m_nav->item(row)->data(Qt::UserRole).toInt());
        if (QWidget *w = pageWidget(page))
            m_stack->setCurrentWidget(w);
        updateActions();
    });
}

void MainWindow::buildActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_caseMenu = menuBar()->addMenu(QString());
    m_syncMenu = menuBar()->addMenu(QString());
    m_settingsMenu = menuBar()->addMenu(QString());

    m_newAction = new QAction(QIcon(QStringLiteral(":/icons/new-case.svg")), QString(), this);
    m_newAction->setObjectName(QStringLiteral("newApplicationAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setEnabled(m_session.require(Action::Intake).ok());
    connect(m_newAction, &QAction::triggered, this, [this] { newApplication(); });
    m_draftsAction = new QAction(this);
    m_draftsAction->setEnabled(m_session.require(Action::Intake).ok());
    connect(m_draftsAction, &QAction::triggered, this, &MainWindow::chooseDraft);
    m_saveAction = new QAction(QIcon(QStringLiteral(":/icons/save.svg")), QString(), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (WorkTab *tab = currentWorkTab(); tab && tab->canSave())
            tab->save();
    });
    m_printAction = new QAction(QIcon(QStringLiteral(":/icons/print.svg")), QString(), this);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, [this] {
        if (WorkTab *tab = currentWorkTab(); tab && tab->canPrint())
            tab->print();
    });
    m_closeTabAction = new QAction(this);
    m_closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeTabAction, &QAction::triggered, this, [this] {
        if (m_stack->currentWidget() == m_caseTabs && m_caseTabs->currentIndex() > 0)
            closeWorkTab(m_caseTabs->currentIndex());
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_draftsAction);
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeTabAction);
    m_fileMenu->addAction(m_quitAction);

    m_findAction = new QAction(QIcon(QStringLiteral(":/icons/search.svg")), QString(), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showPage(Page::Cases);
        m_caseTabs->setCurrentIndex(0);
        m_caseList->focusSearch();
    });
    m_caseMenu->addAction(m_findAction);

    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Language names are written in their own language, never translated.
    m_zhAction = m_languageMenu->addAction(QStringLiteral("中文（简体）"));
    m_enAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_zhAction->setObjectName(QStringLiteral("languageZh"));
    m_enAction->setObjectName(QStringLiteral("languageEn"));
    for (QAction *a : {m_zhAction, m_enAction}) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
    }
    connect(m_zhAction, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("zh_CN")); });
    connect(m_enAction, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("en")); });
}

void MainWindow::buildStatusBar()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_townshipLabel = new QLabel(this);
    m_townshipLabel->setObjectName(QStringLiteral("statusTownship"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("statusSync"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_townshipLabel);
    statusBar()->addWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("dibao — minimum living allowance casework"));
    for (int i = 0; i < m_nav->count(); ++i) {
        QListWidgetItem *item = m_nav->item(i);
        switch (Page(item->data(Qt::UserRole).toInt())) {
        case Page::Today: item->setText(tr("Today")); break;
        case Page::Cases: item->setText(tr("Cases")); break;
        case Page::Meetings: item->setText(tr("Meetings")); break;
        case Page::Notices: item->setText(tr("Notices")); break;
        case Page::Confirmation: item->setText(tr("Confirmation")); break;
        case Page::Payroll: item->setText(tr("Payroll")); break;
        case Page::Statistics: item->setText(tr("Statistics")); break;
        case Page::Audit: item->setText(tr("Audit")); break;
        case Page::Inspection: item->setText(tr("Inspection")); break;
        case Page::Verification: item->setText(tr("Verification")); break;
        case Page::Complaints: item->setText(tr("Complaints")); break;
        case Page::Visits: item->setText(tr("Visits")); break;
        case Page::Reviews: item->setText(tr("Reviews")); break;
        case Page::Sync: item->setText(tr("Sync")); break;
        }
    }
    m_nav->setFixedWidth(qMax(130, m_nav->sizeHintForColumn(0) + 24));
    m_caseTabs->setTabText(0, tr("Case list"));
    m_fileMenu->setTitle(tr("&File"));
    m_caseMenu->setTitle(tr("&Case"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_newAction->setText(tr("&New application"));
    m_draftsAction->setText(tr("Resume a &draft…"));
    m_saveAction->setText(tr("&Save"));
    m_printAction->setText(tr("&Print…"));
    m_closeTabAction->setText(tr("&Close tab"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find case"));
    const bool english = ClientSetup::startLanguage() == QLatin1String("en");
    m_enAction->setChecked(english);
    m_zhAction->setChecked(!english);

    const Actor &actor = m_session.actor();
    m_userLabel->setText(tr("User: %1 (%2)").arg(actor.displayName.isEmpty() ? actor.name : actor.displayName,
                                                 roleDisplayName(actor.role)));
    m_townshipLabel->setText(DivisionRegistry::instance().fullName(m_session.divisionCode()));
    m_sync->retranslate();
    m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(m_session.db().path()).fileName()));
    m_databaseLabel->setToolTip(QFileInfo(m_session.db().path()).absoluteFilePath());
    for (int i = 1; i < m_caseTabs->count(); ++i)
        if (auto *tab = qobject_cast<WorkTab *>(m_caseTabs->widget(i)))
            m_caseTabs->setTabText(i, tab->tabTitle());
}

void MainWindow::showPage(Page page)
{
    for (int i = 0; i < m_nav->count(); ++i)
        if (Page(m_nav->item(i)->data(Qt::UserRole).toInt()) == page)
            m_nav->setCurrentRow(i);
}

MainWindow::Page MainWindow::currentPage() const
{
    for (Page page : {Page::Today, Page::Cases, Page::Meetings, Page::Notices, Page::Confirmation, Page::Payroll,
                      Page::Statistics, Page::Audit, Page::Inspection, Page::Verification, Page::Complaints,
                      Page::Visits, Page::Reviews, Page::Sync})
        if (QWidget *w = pageWidget(page); w && w == m_stack->currentWidget())
            return page;
    return Page::Cases;
}

QWidget *MainWindow::pageWidget(Page page) const
{
    switch (page) {
    case Page::Today: return m_today;
    case Page::Cases: return m_caseTabs;
    case Page::Meetings: return m_meetings;
    case Page::Notices: return m_notices;
    case Page::Confirmation: return m_confirmation;
    case Page::Payroll: return m_payroll;
    case Page::Statistics: return m_statistics;
    case Page::Audit: return m_audit;
    case Page::Inspection: return m_inspection;
    case Page::Verification: return m_verification;
    case Page::Complaints: return m_complaints;
    case Page::Visits: return m_visits;
    case Page::Reviews: return m_reviews;
    case Page::Sync: return m_syncPage;
    }
    return nullptr;
}

WorkTab *MainWindow::currentWorkTab() const
{
    if (m_stack->currentWidget() != m_caseTabs)
        return nullptr;
    return qobject_cast<WorkTab *>(m_caseTabs->currentWidget());
}

void MainWindow::addWorkTab(WorkTab *tab)
{
    const int index = m_caseTabs->addTab(tab, tab->tabTitle());
    connect(tab, &WorkTab::titleChanged, this, [this, tab] {
        const int i = m_caseTabs->indexOf(tab);
        if (i >= 0)
            m_caseTabs->setTabText(i, tab->tabTitle());
    });
    connect(tab, &WorkTab::caseChanged, this, &MainWindow::caseChanged);
    connect(tab, &WorkTab::openCaseRequested, this, [this](const QString &id) { openCase(id); });
    showPage(Page::Cases);
    m_caseTabs->setCurrentIndex(index);
    updateActions();
}

WorkTab *MainWindow::openCase(const QString &caseId)
{
    for (int i = 1; i < m_caseTabs->count(); ++i) {
        auto *tab = qobject_cast<WorkTab *>(m_caseTabs->widget(i));
        if (tab && tab->tabKey() == caseId) {
            showPage(Page::Cases);
            m_caseTabs->setCurrentIndex(i);
            return tab;
        }
    }
    auto *view = new CaseView(m_session, caseId, m_caseTabs);
    addWorkTab(view);
    connect(view, &CaseView::editHouseholdRequested, this, [this](const QString &id) { editHousehold(id); });
    view->setFocus();
    return view;
}

WorkTab *MainWindow::editHousehold(const QString &caseId)
{
    for (int i = 1; i < m_caseTabs->count(); ++i) {
        auto *tab = qobject_cast<WorkTab *>(m_caseTabs->widget(i));
        if (tab && tab->tabKey() == QStringLiteral("edit:") + caseId) {
            showPage(Page::Cases);
            m_caseTabs->setCurrentIndex(i);
            return tab;
        }
    }
    auto *form = IntakeForm::editHousehold(m_session, caseId, m_caseTabs);
    addWorkTab(form);
    form->focusFirstField();
    return form;
}

WorkTab *MainWindow::newApplication(const QString &draftId)
{
    if (!m_session.require(Action::Intake).ok())
        return nullptr;
    auto *form = new IntakeForm(m_session, draftId, m_caseTabs);
    addWorkTab(form);
    // Once saved, the form gives way to the case it created.
    connect(form, &IntakeForm::saved, this, [this, form](const QString &caseId) {
        const int i = m_caseTabs->indexOf(form);
        if (i >= 0) {
            m_caseTabs->removeTab(i);
            form->deleteLater();
        }
        openCase(caseId);
    });
    form->focusFirstField();
    return form;
}

void MainWindow::chooseDraft()
{
    DraftStore drafts(m_session);
    auto list = drafts.list(QStringLiteral("intake"));
    if (!list || list->isEmpty()) {
        QMessageBox::information(this, tr("Drafts"), tr("You have no saved drafts."));
        return;
    }
    QStringList labels;
    for (const Draft &d : *list)
        labels << IntakeForm::draftLabel(d);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Drafts"), tr("Resume which draft?"), labels, 0, false, &ok);
    if (!ok)
        return;
    const int i = int(labels.indexOf(chosen));
    for (int t = 1; t < m_caseTabs->count(); ++t) {
        auto *tab = qobject_cast<WorkTab *>(m_caseTabs->widget(t));
        if (tab && tab->tabKey() == QLatin1String("draft:") + list->at(i).id) {
            showPage(Page::Cases);
            m_caseTabs->setCurrentIndex(t);
            return;
        }
    }
    newApplication(list->at(i).id);
}

bool MainWindow::closeWorkTab(int index)
{
    auto *tab = qobject_cast<WorkTab *>(m_caseTabs->widget(index));
    if (!tab || !tab->confirmClose())
        return false;
    m_caseTabs->removeTab(index);
    tab->deleteLater();
    updateActions();
    return true;
}

void MainWindow::caseChanged(const QString &caseId)
{
    m_caseList->refresh();
    m_today->reload();
    // A case changed from another tab (its household edited): its open view shows it as it is now.
    for (int i = 1; i < m_caseTabs->count(); ++i)
        if (auto *view = qobject_cast<CaseView *>(m_caseTabs->widget(i)); view && view->tabKey() == caseId
            && sender() != view)
            view->reload();
    if (m_confirmation)
        m_confirmation->reload();
    // The work lists once opened read their first page again (the reviews page already did after its own action).
    if (m_visits && m_visits->isLoaded())
        m_visits->reload();
    if (m_reviews && m_reviews->isLoaded() && sender() != m_reviews)
        m_reviews->reload();
}

void MainWindow::updateActions()
{
    WorkTab *tab = currentWorkTab();
    m_saveAction->setEnabled(tab && tab->canSave());
    m_printAction->setEnabled(tab && tab->canPrint());
    m_closeTabAction->setEnabled(tab != nullptr);
}

void MainWindow::switchLanguage(const QString &language)
{
    AppSettings::setLanguage(language);
    // The saved choice wins over DIBAO_LANG from here on, for this process.
    qputenv("DIBAO_LANG", language.toUtf8());
    ClientSetup::applyLanguage(language);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = m_caseTabs->count() - 1; i >= 1; --i) {
        auto *tab = qobject_cast<WorkTab *>(m_caseTabs->widget(i));
        if (tab && !tab->confirmClose()) {
            m_caseTabs->setCurrentIndex(i);
            event->ignore();
            return;
        }
    }
    AppSettings::setMainWindowGeometry(saveGeometry());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace dibao
