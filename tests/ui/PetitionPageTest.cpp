// 投诉 Complaints page on a real database, offscreen: registering from the form, the list with its clocks in calendar
// days, overdue ones first and said in words, the owner's actions, the core's refusals shown, the reporter's identity
// never on the page for a township role, and the county's near-relative register tab. Models under the tester.
#include "ActionDialog.h"
#include "MainWindow.h"
#include "ModelCheck.h"
#include "PetitionPage.h"
#include "TextTableModel.h"
#include "TodayModel.h"
#include "TodayPage.h"
#include "UiFixture.h"
#include "UiTestEnvironment.h"
#include "common/ChinaDate.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "support/TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace dibao;
using namespace dibao::uitest;

namespace {

class PetitionPageTest : public UiTest {
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        db = std::make_unique<test::TempDatabase>();
        QString error;
        ASSERT_TRUE(populate(db->session(), 0, 8, chinaToday(), &error)) << error.toStdString();
        auto cases = CaseStore(db->session()).list(CaseFilter{});
        ASSERT_TRUE(cases.ok() && !cases->isEmpty());
        firstCase = cases->first();
    }

    Session &s() { return db->session(); }

    QString registerAnonymous(const QDate &received, const QString &summary)
    {
        PetitionInput in;
        in.kind = PetitionKind::Complaint;
        in.channel = QStringLiteral("hotline");
        in.subjectKind = QStringLiteral("case");
        in.caseId = firstCase.id;
        in.summary = summary;
        in.receivedOn = received;
        auto id = PetitionStore(s()).registerPetition(in);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? *id : QString();
    }

    static int rowOf(TextTableModel *model, const QString &key)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(TextTableModel::KeyRole).toString() == key)
                return r;
        return -1;
    }

    std::unique_ptr<test::TempDatabase> db;
    CaseSummary firstCase;
};

TEST_F(PetitionPageTest, RegisteredFromTheFormItIsListedWithItsClock)
{
    PetitionPage page(s());
    ModelCheck check(page.model());
    page.tabs()->setCurrentIndex(1);
    page.kindBox()->setCurrentIndex(page.kindBox()->findData(PetitionKind::Complaint));
    page.channelBox()->setCurrentIndex(page.channelBox()->findData(QStringLiteral("letter")));
    page.realNameBox()->setChecked(true);
    typeText(page.reporterNameEdit(), QStringLiteral("举报人甲"));
    typeText(page.reporterPhoneEdit(), QStringLiteral("13900001111"));
    page.subjectKindBox()->setCurrentIndex(page.subjectKindBox()->findData(QStringLiteral("case")));
    typeText(page.subjectSearchEdit(), firstCase.applicantName);
    QTRY_VERIFY_WITH_TIMEOUT(page.subjectCaseBox()->count() > 0, 3000);
    page.subjectCaseBox()->setCurrentIndex(page.subjectCaseBox()->findData(firstCase.id));
    ASSERT_GE(page.subjectCaseBox()->currentIndex(), 0);
    // No summary: the core refuses and the page says why.
    auto refused = page.registerFromForm();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("petition_summary"));
    EXPECT_EQ(page.messageLabel()->text(), refused.error().message);
    EXPECT_EQ(page.model()->rowCount(), 0);

    typeText(page.summaryEdit(), QStringLiteral("反映该户隐瞒收入"));
    auto id = page.registerFromForm();
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_TRUE(page.messageLabel()->text().isEmpty());
    EXPECT_EQ(page.tabs()->currentIndex(), 0);
    EXPECT_EQ(page.currentPetitionId(), *id);
    const int row = rowOf(page.model(), *id);
    ASSERT_GE(row, 0);
    // Received today: 15 calendar days to acknowledge, said in the list.
    EXPECT_TRUE(page.model()->index(row, 8).data().toString().contains(QStringLiteral("15 day")))
        << page.model()->index(row, 8).data().toString().toStdString();
    EXPECT_TRUE(page.model()->index(row, 7).data().toString().contains(isoDate(chinaToday().addDays(15))));
    EXPECT_TRUE(page.model()->index(row, 4).data().toString().contains(firstCase.applicantName));
    EXPECT_FALSE(page.model()->index(row, 0).data(TextTableModel::EmphasisRole).toBool());
    EXPECT_EQ(page.current().caseId, firstCase.id);
    EXPECT_TRUE(page.current().realName);
    // The reporter's identity is kept apart: never in the list or the detail, and a township role cannot ask for it.
    for (int c = 0; c < page.model()->columnCount(); ++c)
        EXPECT_FALSE(page.model()->index(row, c).data().toString().contains(QStringLiteral("举报人甲")));
    EXPECT_FALSE(page.detailView()->toPlainText().contains(QStringLiteral("举报人甲")));
    EXPECT_FALSE(page.reporterButton()->isEnabled());
    const Status reporter = page.showReporter();
    ASSERT_FALSE(reporter.ok());
    EXPECT_EQ(reporter.error().kind, ErrorKind::Permission);
    EXPECT_FALSE(page.reporterLabel()->text().contains(QStringLiteral("举报人甲")));
}

TEST_F(PetitionPageTest, AComplaintAboutAHouseholdFoundByAMembersIdNumber)
{
    PetitionPage page(s());
    auto c = CaseStore(s()).get(firstCase.id);
    ASSERT_TRUE(c.ok());
    auto file = HouseholdStore(s()).load(c->householdId);
    ASSERT_TRUE(file.ok());
    page.tabs()->setCurrentIndex(1);
    page.subjectKindBox()->setCurrentIndex(page.subjectKindBox()->findData(QStringLiteral("household")));
    typeText(page.subjectSearchEdit(), file->members.last().idNumber);
    QTRY_COMPARE_WITH_TIMEOUT(page.subjectCaseBox()->count(), 1, 3000);
    EXPECT_EQ(page.subjectCaseBox()->currentData().toString(), c->householdId);
    typeText(page.summaryEdit(), QStringLiteral("邻居反映该户经营小卖部"));
    auto id = page.registerFromForm();
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(page.current().householdId, c->householdId);
    EXPECT_EQ(page.current().subjectKind, QStringLiteral("household"));
}

TEST_F(PetitionPageTest, OverdueFirstAndTheOwnersActions)
{
    const QString late = registerAnonymous(chinaToday().addDays(-20), QStringLiteral("二十天前的来电"));
    const QString fresh = registerAnonymous(chinaToday(), QStringLiteral("今天的来电"));
    PetitionPage page(s());
    ModelCheck check(page.model());
    ASSERT_EQ(page.model()->rowCount(), 2);
    // Overdue (not acknowledged within 15 days) comes first, bold, and the text says so.
    EXPECT_EQ(page.model()->index(0, 0).data(TextTableModel::KeyRole).toString(), late);
    EXPECT_TRUE(page.model()->index(0, 0).data(TextTableModel::EmphasisRole).toBool());
    EXPECT_TRUE(page.model()->index(0, 8).data().toString().contains(QStringLiteral("OVERDUE by 5 day")))
        << page.model()->index(0, 8).data().toString().toStdString();
    page.overdueOnlyBox()->setChecked(true);
    EXPECT_EQ(page.model()->rowCount(), 1);
    page.overdueOnlyBox()->setChecked(false);

    page.selectPetition(fresh);
    EXPECT_TRUE(page.acknowledgeButton()->isEnabled());
    ASSERT_TRUE(page.acknowledge(QStringLiteral("电话告知已受理"), chinaToday()).ok());
    EXPECT_TRUE(page.current().acknowledgedOn.isValid());
    EXPECT_FALSE(page.acknowledgeButton()->isEnabled());
    ASSERT_TRUE(page.extend(QStringLiteral("需调取银行流水"), chinaToday()).ok());
    EXPECT_EQ(page.current().concludeDue, chinaToday().addDays(90));
    // A second extension: the core refuses, the page shows its reason.
    const Status again = page.extend(QStringLiteral("再次延期"), chinaToday());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("petition_extension_used"));
    EXPECT_EQ(page.messageLabel()->text(), again.error().message);
    PetitionConclusion c;
    c.outcome = QStringLiteral("not_upheld");
    c.findings = QStringLiteral("经核实收入如实申报");
    c.on = chinaToday();
    ASSERT_TRUE(page.conclude(c).ok());
    EXPECT_TRUE(page.current().concluded());
    EXPECT_TRUE(page.messageLabel()->text().isEmpty());
    EXPECT_TRUE(page.detailView()->toPlainText().contains(QStringLiteral("经核实收入如实申报")));
    // Anonymous: there is no one to give feedback to.
    const Status feedback = page.feedback(QStringLiteral("已答复"), chinaToday());
    ASSERT_FALSE(feedback.ok());
    EXPECT_EQ(feedback.error().code, QStringLiteral("reporter_anonymous"));
}

TEST_F(PetitionPageTest, SomeoneElsesPetitionIsRefusedWithTheOwnersName)
{
    const QString id = registerAnonymous(chinaToday(), QStringLiteral("来信反映"));
    db->addUser(QStringLiteral("assistant2"), Role::TownshipAssistant);
    db->signInAs(QStringLiteral("assistant2"));
    PetitionPage page(s());
    page.selectPetition(id);
    ASSERT_EQ(page.currentPetitionId(), id);
    const QString owner = page.current().ownerName;
    const Status st = page.acknowledge(QString(), chinaToday());
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, QStringLiteral("petition_not_owner"));
    EXPECT_EQ(page.messageLabel()->text(), st.error().message);
    EXPECT_TRUE(page.messageLabel()->text().contains(owner)) << page.messageLabel()->text().toStdString();
    EXPECT_FALSE(page.current().acknowledgedOn.isValid());
}

TEST_F(PetitionPageTest, CountyReviewerReadsTheReporterOnRequestAndTheReadIsLogged)
{
    PetitionInput in;
    in.kind = PetitionKind::Report;
    in.channel = QStringLiteral("letter");
    in.realName = true;
    in.reporterName = QStringLiteral("实名举报人");
    in.reporterPhone = QStringLiteral("13700002222");
    in.subjectKind = QStringLiteral("case");
    in.caseId = firstCase.id;
    in.summary = QStringLiteral("举报该户有车辆");
    auto id = PetitionStore(s()).registerPetition(in);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    PetitionPage page(s());
    page.selectPetition(*id);
    ASSERT_EQ(page.currentPetitionId(), *id);
    // Selecting it shows nothing of the reporter and logs nothing.
    auto reads = [this] {
        auto st = s().db().prepare("SELECT COUNT(*) FROM audit WHERE action = 'read' AND entity = 'petition_reporters'");
        EXPECT_TRUE(st.ok() && st->step().ok());
        return st->int64(0);
    };
    const qint64 before = reads();
    EXPECT_FALSE(page.reporterLabel()->isVisibleTo(&page));
    EXPECT_TRUE(page.reporterButton()->isEnabled());
    ASSERT_TRUE(page.showReporter().ok()) << page.messageLabel()->text().toStdString();
    EXPECT_TRUE(page.reporterLabel()->text().contains(QStringLiteral("实名举报人")));
    EXPECT_TRUE(page.reporterLabel()->text().contains(QStringLiteral("13700002222")));
    EXPECT_EQ(reads(), before + 1);
    // Another selection hides it again.
    page.selectPetition(QString());
    EXPECT_TRUE(page.reporterLabel()->text().isEmpty());
}

TEST_F(PetitionPageTest, ActionDialogAcceptsOnlyWhatTheActionNeeds)
{
    ActionDialog d(QStringLiteral("Extend"), QString());
    QPlainTextEdit *reason = d.addText(QStringLiteral("&Reasons:"), true);
    QLineEdit *amount = d.addYuan(QStringLiteral("&Amount:"), false);
    auto *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(d.problem().contains(QStringLiteral("Reasons is required"))) << d.problem().toStdString();
    typeText(reason, QStringLiteral("需调取银行流水"));
    EXPECT_TRUE(ok->isEnabled());
    typeText(amount, QStringLiteral("12.345"));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(d.problem().contains(QStringLiteral("two decimals")));
    amount->setText(QStringLiteral("12.34"));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(d.problem().isEmpty());
}

TEST_F(PetitionPageTest, CountyAdministratorKeepsTheNearRelativeRegister)
{
    test::TempDatabase county(QStringLiteral("530602"));
    PetitionPage page(county.session());
    ModelChecks checks(QList<QAbstractItemModel *>{page.registerModel(), page.flaggedModel()});
    ASSERT_EQ(page.tabs()->count(), 3);
    EXPECT_FALSE(page.tabs()->isTabEnabled(1)); // no petitions for the county administrator
    EXPECT_EQ(page.tabs()->currentIndex(), 2);
    NearRelativeEntry e;
    e.staffName = QStringLiteral("李干部");
    e.staffIdNumber = idNumberFor(QStringLiteral("530602001"), 501, true);
    e.staffRole = QStringLiteral("township_staff");
    e.relativeName = QStringLiteral("李亲属");
    e.relativeIdNumber = idNumberFor(QStringLiteral("530602001"), 502, false);
    e.relation = QStringLiteral("sibling");
    ASSERT_TRUE(page.addRelative(e).ok()) << page.messageLabel()->text().toStdString();
    ASSERT_EQ(page.registerModel()->rowCount(), 1);
    // ID numbers masked on the page.
    EXPECT_NE(page.registerModel()->index(0, 1).data().toString(), e.staffIdNumber);
    EXPECT_TRUE(page.registerModel()->index(0, 1).data().toString().contains(QLatin1Char('*')));
    // The same pair twice: the core refuses and says so.
    const Status twice = page.addRelative(e);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, QStringLiteral("register_duplicate"));
    EXPECT_EQ(page.messageLabel()->text(), twice.error().message);
}

} // namespace

// 工作台 lists a complaint falling due under its own clock; Enter on it shows it on the 投诉 page.
TEST_F(PetitionPageTest, TodayListsAComplaintFallingDueAndOpensItOnItsPage)
{
    const QString id = registerAnonymous(chinaToday().addDays(-20), QStringLiteral("二十天前收到仍未告知"));
    MainWindow window(s());
    window.show();
    TodayModel *model = window.today()->model();
    ModelCheck check(model);
    QModelIndex group;
    for (int g = 0; g < model->rowCount(); ++g)
        if (model->index(g, 0).data(TodayModel::ClockRole).toString() == QLatin1String("petition_ack"))
            group = model->index(g, 0);
    ASSERT_TRUE(group.isValid()) << "no acknowledgement clock on 工作台";
    ASSERT_EQ(model->rowCount(group), 1);
    const QModelIndex row = model->index(0, TodayModel::WhatColumn, group);
    EXPECT_EQ(row.data(TodayModel::PetitionIdRole).toString(), id);
    EXPECT_EQ(row.data().toString(), QStringLiteral("二十天前收到仍未告知"));
    EXPECT_TRUE(row.data(TodayModel::OverdueRole).toBool());
    EXPECT_EQ(model->index(0, TodayModel::StateColumn, group).data().toString(),
              PetitionPage::kindText(PetitionKind::Complaint));
    window.today()->view()->setCurrentIndex(row);
    window.today()->view()->setFocus();
    QTest::keyClick(window.today()->view(), Qt::Key_Return);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Complaints);
    ASSERT_NE(window.complaints(), nullptr);
    EXPECT_EQ(window.complaints()->currentPetitionId(), id);
}
