// The window: navigation by role, status bar, Ctrl+F, opening a case from 工作台, the language switch.
#include "CaseListModel.h"
#include "CaseListPage.h"
#include "CaseView.h"
#include "MainWindow.h"
#include "PetitionPage.h"
#include "VerificationPage.h"
#include "SetupWizard.h"
#include "TodayModel.h"
#include "TodayPage.h"
#include "UiFixture.h"
#include "UiTestEnvironment.h"
#include "common/ChinaDate.h"
#include "support/TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTest>
#include <QTemporaryDir>
#include <QTreeView>
#include <QComboBox>

using namespace dibao;
using namespace dibao::uitest;

namespace {
class MainWindowTest : public UiTest {};
}

TEST_F(MainWindowTest, StatusBarNavigationAndSearch)
{
    test::TempDatabase db;
    QString error;
    ASSERT_TRUE(populate(db.session(), 0, 30, chinaToday(), &error)) << error.toStdString();
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(activate(&window));
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Today);
    // A township administrator: 工作台, 案件, 入户调查, 民主评议, 公示, 动态管理 and 投诉, the read-only Statistics and
    // Audit, and 同步; confirmation and payroll are the confirming authority's, 核对 and Inspection the county's.
    EXPECT_EQ(window.navigation()->count(), 10);
    EXPECT_NE(window.visits(), nullptr);
    EXPECT_NE(window.reviews(), nullptr);
    EXPECT_NE(window.syncPage(), nullptr);
    EXPECT_EQ(window.confirmation(), nullptr);
    EXPECT_EQ(window.payroll(), nullptr);
    EXPECT_NE(window.complaints(), nullptr);
    EXPECT_EQ(window.verification(), nullptr);
    EXPECT_NE(window.statistics(), nullptr);
    EXPECT_NE(window.auditPage(), nullptr);
    EXPECT_EQ(window.inspection(), nullptr);
    EXPECT_TRUE(window.syncLabel()->text().contains(QStringLiteral("not set up")));
    EXPECT_FALSE(window.findChild<QLabel *>(QStringLiteral("statusTownship"))->text().isEmpty());
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("statusUser"))->text().contains(QStringLiteral("admin")) ||
                window.findChild<QLabel *>(QStringLiteral("statusUser"))->text().contains(QStringLiteral("管理员")));

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Cases);
    EXPECT_TRUE(window.caseList()->searchField()->hasFocus());
    typeText(window.caseList()->searchField(), QStringLiteral("王"));
    // Search as you type, after the short pause.
    QTRY_COMPARE_WITH_TIMEOUT(window.caseList()->model()->filter().search, QStringLiteral("王"), 2000);
    // The list loads on its worker thread; the window stays responsive meanwhile.
    EXPECT_TRUE(window.caseList()->model()->waitUntilLoaded());
    EXPECT_GT(window.caseList()->model()->totalCount(), 0);
    EXPECT_GT(window.caseList()->model()->rowCount(), 0);
}

// 核对 and 投诉 by role, in UI.md's order (…发放, 核对, 投诉, 统计…): a role without the permission has no page.
TEST_F(MainWindowTest, VerificationAndComplaintsOnlyForTheirRoles)
{
    test::TempDatabase county(QStringLiteral("530602"));
    auto pages = [](MainWindow &w) {
        QStringList texts;
        for (int i = 0; i < w.navigation()->count(); ++i)
            texts << w.navigation()->item(i)->text();
        return texts;
    };
    {
        county.actAsRole(Role::VerificationOfficer);
        MainWindow window(county.session());
        ASSERT_NE(window.verification(), nullptr);
        EXPECT_EQ(window.complaints(), nullptr);
        // … and 同步, last, for every role.
        EXPECT_EQ(pages(window), (QStringList{QStringLiteral("Today"), QStringLiteral("Cases"),
                                              QStringLiteral("Verification"), QStringLiteral("Sync")}));
        window.showPage(MainWindow::Page::Verification);
        EXPECT_EQ(window.currentPage(), MainWindow::Page::Verification);
    }
    {
        county.actAsRole(Role::CountyReviewer);
        MainWindow window(county.session());
        ASSERT_NE(window.verification(), nullptr);
        ASSERT_NE(window.complaints(), nullptr);
        const QStringList texts = pages(window);
        EXPECT_LT(texts.indexOf(QStringLiteral("Payroll")), texts.indexOf(QStringLiteral("Verification")));
        EXPECT_EQ(texts.indexOf(QStringLiteral("Verification")) + 1, texts.indexOf(QStringLiteral("Complaints")));
        EXPECT_LT(texts.indexOf(QStringLiteral("Complaints")), texts.indexOf(QStringLiteral("Statistics")));
        window.showPage(MainWindow::Page::Complaints);
        EXPECT_EQ(window.currentPage(), MainWindow::Page::Complaints);
    }
    {
        // The county administrator: the roster (核对) and the near-relative register (投诉), no petitions.
        county.signInAs(QStringLiteral("admin"));
        MainWindow window(county.session());
        ASSERT_NE(window.verification(), nullptr);
        ASSERT_NE(window.complaints(), nullptr);
        EXPECT_EQ(window.verification()->tabs()->count(), 1);
        EXPECT_FALSE(window.complaints()->tabs()->isTabEnabled(1));
    }
    for (Role role : {Role::Auditor, Role::VillageCadre}) {
        county.actAsRole(role);
        MainWindow window(county.session());
        EXPECT_EQ(window.verification(), nullptr) << toToken(role).toStdString();
        EXPECT_EQ(window.complaints(), nullptr) << toToken(role).toStdString();
        EXPECT_FALSE(pages(window).contains(QStringLiteral("Verification")));
        EXPECT_FALSE(pages(window).contains(QStringLiteral("Complaints")));
    }
}

TEST_F(MainWindowTest, TodayRowOpensItsCase)
{
    test::TempDatabase db;
    QString error;
    ASSERT_TRUE(populate(db.session(), 0, 10, chinaToday(), &error)) << error.toStdString();
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(activate(&window));
    TodayModel *model = window.today()->model();
    model->reload(30);
    ASSERT_GT(model->rowCount(), 0);
    const QModelIndex group = model->index(0, 0);
    ASSERT_GT(model->rowCount(group), 0);
    const QModelIndex row = model->index(0, 0, group);
    window.today()->view()->setCurrentIndex(row);
    window.today()->view()->setFocus();
    QTest::keyClick(window.today()->view(), Qt::Key_Return);
    auto *view = qobject_cast<CaseView *>(window.currentWorkTab());
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->record().id, row.data(TodayModel::CaseIdRole).toString());
}

TEST_F(MainWindowTest, LanguageSwitchIsLiveAndPersisted)
{
    test::TempDatabase db;
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(activate(&window));
    EXPECT_EQ(window.navigation()->item(0)->text(), QStringLiteral("Today"));
    window.switchLanguage(QStringLiteral("zh_CN"));
    EXPECT_EQ(window.navigation()->item(0)->text(), QStringLiteral("工作台"));
    EXPECT_EQ(window.navigation()->item(1)->text(), QStringLiteral("案件"));
    EXPECT_EQ(AppSettings::language(), QStringLiteral("zh_CN"));
    window.switchLanguage(QStringLiteral("en"));
    EXPECT_EQ(window.navigation()->item(0)->text(), QStringLiteral("Today"));
    EXPECT_EQ(AppSettings::language(), QStringLiteral("en"));
}

TEST_F(MainWindowTest, SetupWizardCreatesTheTownshipDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    SetupWizard wizard(path);
    const int county = wizard.countyField()->findData(QStringLiteral("530602"));
    ASSERT_GE(county, 0);
    wizard.countyField()->setCurrentIndex(county);
    wizard.townshipField()->setCurrentIndex(wizard.townshipField()->findData(QStringLiteral("530602001")));
    typeText(wizard.displayNameField(), QStringLiteral("张助理"));
    typeText(wizard.passwordField(), QStringLiteral("secret12"));
    typeText(wizard.repeatField(), QStringLiteral("secret13"));
    wizard.accept();
    EXPECT_FALSE(wizard.messageLabel()->isHidden()); // the passwords differ
    wizard.repeatField()->setText(QStringLiteral("secret12"));
    wizard.accept();
    ASSERT_EQ(wizard.result(), QDialog::Accepted) << wizard.messageLabel()->text().toStdString();
    auto session = wizard.takeSession();
    ASSERT_TRUE(session);
    EXPECT_EQ(session->divisionCode(), QStringLiteral("530602001"));
    EXPECT_TRUE(session->signedIn());
}
