// 入户调查 Visits and 动态管理 Reviews on a small real database, offscreen: each lists the right rows in the right order,
// a row opens its case, a visit is recorded through the case's own form, and a review decision made from the page
// is recorded — or refused with the core's own reason for a role that may not make it.
#include "CaseView.h"
#include "CaseworkUiTest.h"
#include "DisplayText.h"
#include "MainWindow.h"
#include "ModelCheck.h"
#include "ReviewsPage.h"
#include "TextTableModel.h"
#include "TransitionDialog.h"
#include "VisitDialog.h"
#include "VisitsPage.h"
#include "casework/VisitQueue.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace dibao;
using namespace dibao::test;
using namespace dibao::uitest;

namespace {

class WorkListPagesTest : public CaseworkUiTest {
protected:
    QStringList keys(TextTableModel *model)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r, 0).data(TextTableModel::KeyRole).toString();
        return out;
    }
    int rowOf(TextTableModel *model, const QString &key) { return int(keys(model).indexOf(key)); }
    QString cell(TextTableModel *model, int row, int column) { return model->index(row, column).data().toString(); }
};

} // namespace

TEST_F(WorkListPagesTest, VisitsListWaitingCasesByClockAndRecentVisitsAndOpenTheCase)
{
    // caseId: accepted (the 3-working-day clock to start the investigation runs); investigating: under way, one
    // visit so far; submitted: not accepted yet (no visit due); appraised: past its investigation (not waiting).
    walkTo(CaseState::Accepted);
    const QString investigating = newCase(1);
    walkTo(CaseState::Investigating, investigating);
    const QString submitted = newCase(2);
    const QString appraised = newCase(3);
    walkTo(CaseState::Appraisal, appraised);
    m_date = QDate(2026, 9, 5);
    visit(investigating); // recorded last: first among the recent visits

    MainWindow window(s());
    window.show();
    ASSERT_NE(window.visits(), nullptr);
    VisitsPage *page = window.visits();
    EXPECT_FALSE(page->isLoaded()) << "nothing is read before the page is shown";
    window.showPage(MainWindow::Page::Visits);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Visits);
    ASSERT_TRUE(page->isLoaded());
    ModelCheck checkAwaiting(page->awaitingModel());
    ModelCheck checkRecent(page->recentModel());

    // Nearest deadline first: the investigation to start (due 2026-09-04) before the one under way.
    EXPECT_EQ(keys(page->awaitingModel()), (QStringList{caseId, investigating}));
    EXPECT_EQ(cell(page->awaitingModel(), 0, 4), DisplayText::clock(QStringLiteral("investigation_start")));
    EXPECT_TRUE(cell(page->awaitingModel(), 0, 5).contains(QStringLiteral("overdue")))
        << cell(page->awaitingModel(), 0, 5).toStdString();
    EXPECT_EQ(cell(page->awaitingModel(), 0, 6), QStringLiteral("0"));
    EXPECT_EQ(cell(page->awaitingModel(), 1, 6), QStringLiteral("1"));
    EXPECT_EQ(cell(page->awaitingModel(), 1, 7), QStringLiteral("2026-09-05"));
    EXPECT_EQ(page->summaryLabel()->text(), VisitsPage::tr("%n case(s) await a visit", nullptr, 2));
    EXPECT_TRUE(page->summaryLabel()->text().startsWith(QStringLiteral("2 ")))
        << page->summaryLabel()->text().toStdString();
    EXPECT_FALSE(page->moreButton()->isEnabled()) << "everything fits in the first page";

    // Recent visits: newest recorded first, with its case; the appraised case's visit is among them.
    const QStringList recent = keys(page->recentModel());
    ASSERT_EQ(recent.size(), 2);
    EXPECT_EQ(recent.first(), investigating);
    EXPECT_TRUE(recent.contains(appraised));
    EXPECT_FALSE(recent.contains(submitted));
    EXPECT_EQ(cell(page->recentModel(), 0, 0), QStringLiteral("2026-09-05"));
    EXPECT_TRUE(cell(page->recentModel(), 0, 4).contains(QStringLiteral("张三")));

    // Enter on a row opens its case.
    page->awaitingView()->setCurrentIndex(page->awaitingModel()->index(0, 0));
    page->awaitingView()->setFocus();
    QTest::keyClick(page->awaitingView(), Qt::Key_Return);
    auto *view = qobject_cast<CaseView *>(window.currentWorkTab());
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->record().id, caseId);

    // "Record a visit" on a recent visit's row opens that case with its own visit form (no second form here).
    window.showPage(MainWindow::Page::Visits);
    page->recentView()->selectRow(0);
    EXPECT_EQ(page->currentCaseId(), investigating);
    ASSERT_TRUE(page->recordVisitButton()->isEnabled());
    page->recordVisitButton()->click();
    auto *opened = qobject_cast<CaseView *>(window.currentWorkTab());
    ASSERT_NE(opened, nullptr);
    EXPECT_EQ(opened->record().id, investigating);
    auto *form = opened->findChild<VisitDialog *>();
    ASSERT_NE(form, nullptr);
    EXPECT_TRUE(form->isVisible());
    form->reject();

    // A visit recorded elsewhere (here: straight in the core) shows when the page reads again.
    CaseStore cases(s());
    HouseholdVisit v;
    v.caseId = caseId;
    v.visitDate = QDate(2026, 9, 3);
    v.investigators << Investigator{QStringLiteral("王五"), {}, QStringLiteral("township_staff")}
                    << Investigator{QStringLiteral("赵六"), {}, QStringLiteral("village_official")};
    ASSERT_TRUE(cases.addVisit(v).ok());
    page->reload();
    EXPECT_EQ(keys(page->recentModel()).first(), caseId) << "the visit recorded last comes first";
    EXPECT_EQ(cell(page->awaitingModel(), rowOf(page->awaitingModel(), caseId), 6), QStringLiteral("1"));
}

TEST_F(WorkListPagesTest, VisitQueuePagesAndCapsInTheCore)
{
    QStringList ids{caseId};
    for (int i = 1; i < 5; ++i)
        ids << newCase(i);
    for (const QString &id : ids)
        walkTo(CaseState::Accepted, id);
    VisitQueue queue(s());
    const QList<VisitQueueItem> all = queue.awaiting(QString(), 10, 0).value();
    ASSERT_EQ(all.size(), 5);
    const QList<VisitQueueItem> page2 = queue.awaiting(QString(), 2, 2).value();
    ASSERT_EQ(page2.size(), 2);
    EXPECT_EQ(page2.at(0).caseId, all.at(2).caseId);
    EXPECT_EQ(page2.at(1).caseId, all.at(3).caseId);
    EXPECT_EQ(queue.awaitingCount(QString(), 100).value(), 5);
    EXPECT_EQ(queue.awaitingCount(QString(), 3).value(), 4) << "counting stops just past the cap";
    EXPECT_EQ(queue.awaiting(QStringLiteral("530602102")).value().size(), 0) << "another township";
    EXPECT_EQ(queue.awaiting(QString::fromLatin1(kTownship)).value().size(), 5);
    EXPECT_TRUE(queue.recent().value().isEmpty());
}

TEST_F(WorkListPagesTest, ReviewsDueByClockWithFiltersAndTheDecisionFromThePage)
{
    // Two households of the earlier roster: a stable one (12-month reviews, due 2027-05-01) and another (6 months,
    // due 2026-12-01).
    const QString stable = rosterHousehold(*db, 5, 30000, QDate(2026, 5, 1), QString::fromLatin1(kTownship),
                                           QStringLiteral("<sample>"), true);
    const QString other = rosterHousehold(*db, 6, 30000, QDate(2026, 6, 1), QString::fromLatin1(kTownship));

    MainWindow window(s());
    window.show();
    ReviewsPage *page = window.reviews();
    ASSERT_NE(page, nullptr) << "the township reviews";
    EXPECT_EQ(window.confirmation(), nullptr);
    EXPECT_FALSE(page->isLoaded()) << "the queue is read when the page is first shown";
    window.showPage(MainWindow::Page::Reviews);
    ASSERT_TRUE(page->isLoaded());
    ModelCheck check(page->model());

    // By default: due within a month from today (2026-11-27): the 6-month household only.
    EXPECT_EQ(keys(page->model()), QStringList{other});
    page->untilEdit()->setDate(QDate(2027, 6, 30));
    EXPECT_EQ(keys(page->model()), (QStringList{other, stable})) << "earliest first";
    page->categoryBox()->setCurrentIndex(page->categoryBox()->findData(QStringLiteral("stable")));
    EXPECT_EQ(keys(page->model()), QStringList{stable});
    page->categoryBox()->setCurrentIndex(page->categoryBox()->findData(QStringLiteral("other")));
    EXPECT_EQ(keys(page->model()), QStringList{other});
    page->categoryBox()->setCurrentIndex(0);
    EXPECT_EQ(page->townshipBox()->count(), 1) << "a township works on its own";

    // The township opens the review and reports it (the case's own dialog).
    page->selectHousehold(other);
    EXPECT_TRUE(page->openReviewButton()->isEnabled());
    EXPECT_FALSE(page->reportButton()->isEnabled());
    const Status opened = page->openReviewCurrent();
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    page->selectHousehold(other);
    const QString review = page->currentCaseId();
    ASSERT_FALSE(review.isEmpty());
    CaseStore cases(s());
    EXPECT_EQ(cases.get(review)->state, CaseState::ReviewOpen);
    EXPECT_EQ(cell(page->model(), rowOf(page->model(), other), 7), CaseState::displayName(CaseState::ReviewOpen));
    EXPECT_FALSE(page->openReviewButton()->isEnabled()) << "one review open at a time";
    ASSERT_TRUE(page->reportButton()->isEnabled());
    EXPECT_FALSE(page->decideButton()->isVisible()) << "the county decides";
    TransitionDialog *report = page->startTransition(QStringLiteral("report_review"));
    ASSERT_NE(report, nullptr);
    report->reasonField()->setPlainText(QStringLiteral("家庭收入无明显变化"));
    report->accept();
    EXPECT_TRUE(report->messageLabel()->text().isEmpty()) << report->messageLabel()->text().toStdString();
    EXPECT_EQ(cases.get(review)->state, CaseState::ReviewReported);

    // A township assistant may not decide: the page's dialog shows the core's own refusal and nothing changes.
    db->actAsRole(Role::TownshipAssistant);
    page->selectHousehold(other);
    EXPECT_FALSE(page->decideButton()->isEnabled());
    TransitionDialog *refused = page->startTransition(QStringLiteral("decide_review"));
    ASSERT_NE(refused, nullptr);
    refused->choiceField()->setCurrentIndex(refused->choiceField()->findData(QStringLiteral("keep")));
    TransitionInput keep;
    keep.choice = QStringLiteral("keep");
    const Status coreSays = Workflow(s()).apply(review, QStringLiteral("decide_review"), keep);
    ASSERT_FALSE(coreSays.ok());
    refused->accept();
    EXPECT_TRUE(refused->isVisible());
    EXPECT_EQ(refused->messageLabel()->text(), coreSays.error().message);
    EXPECT_EQ(cases.get(review)->state, CaseState::ReviewReported);
    refused->reject();

    // The county reviewer decides from its own page: lower, with written reasons.
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    ReviewsPage county(s());
    county.show();
    ASSERT_TRUE(county.isLoaded());
    county.untilEdit()->setDate(QDate(2027, 6, 30));
    county.selectHousehold(other);
    EXPECT_EQ(county.currentCaseId(), review);
    EXPECT_TRUE(county.decideButton()->isVisible());
    ASSERT_TRUE(county.decideButton()->isEnabled());
    EXPECT_FALSE(county.reportButton()->isVisible());
    TransitionDialog *decide = county.startTransition(QStringLiteral("decide_review"));
    ASSERT_NE(decide, nullptr);
    decide->choiceField()->setCurrentIndex(decide->choiceField()->findData(QStringLiteral("lower")));
    ASSERT_TRUE(decide->amountField()->isEnabled());
    decide->amountField()->setText(QStringLiteral("250.00"));
    decide->accept();
    EXPECT_TRUE(decide->messageLabel()->isVisible()) << "lowering needs written reasons";
    EXPECT_EQ(cases.get(review)->state, CaseState::ReviewReported);
    decide->reasonField()->setPlainText(QStringLiteral("子女务工收入增加"));
    decide->accept();
    EXPECT_FALSE(decide->isVisible()) << decide->messageLabel()->text().toStdString();
    const CaseRecord decided = cases.get(review).value();
    EXPECT_EQ(decided.state, CaseState::ReviewDecided);
    EXPECT_EQ(decided.amount, 25000);
    EXPECT_EQ(decided.decisionReason, QStringLiteral("子女务工收入增加"));
    // Decided on 2026-11-27: the next review falls due 6 months on, with no review open.
    const int row = rowOf(county.model(), other);
    ASSERT_GE(row, 0);
    EXPECT_EQ(cell(county.model(), row, 5), QStringLiteral("2027-05-27"));
    EXPECT_EQ(cell(county.model(), row, 7), QStringLiteral("not opened"));
    EXPECT_TRUE(county.messageLabel()->text().contains(DisplayText::transition(QStringLiteral("decide_review"))));
}

TEST_F(WorkListPagesTest, NavigationFollowsTheProcedureForTheConfirmingAuthority)
{
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    MainWindow window(s());
    ASSERT_NE(window.visits(), nullptr) << "the authority records its own home visits";
    ASSERT_NE(window.reviews(), nullptr) << "the authority decides reviews";
    EXPECT_EQ(window.meetings(), nullptr);
    QStringList texts;
    for (int i = 0; i < window.navigation()->count(); ++i)
        texts << window.navigation()->item(i)->text();
    // UI.md's order: … 案件 | 入户调查 | … 审核确认 | 发放 | 动态管理 | … 统计 … | 同步 (others may sit in between).
    const auto at = [&](const char *page) { return texts.indexOf(QString::fromLatin1(page)); };
    EXPECT_EQ(at("Visits"), at("Cases") + 1) << texts.join(QLatin1Char(',')).toStdString();
    EXPECT_LT(at("Visits"), at("Confirmation"));
    EXPECT_GT(at("Reviews"), at("Payroll"));
    EXPECT_LT(at("Reviews"), at("Verification"));
    EXPECT_LT(at("Reviews"), at("Statistics"));
    EXPECT_EQ(at("Sync"), texts.size() - 1);
    window.showPage(MainWindow::Page::Reviews);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Reviews);
    EXPECT_TRUE(window.reviews()->decideButton()->isVisibleTo(window.reviews()));
    EXPECT_FALSE(window.reviews()->openReviewButton()->isVisibleTo(window.reviews()));

    // A village cadre records visits but neither reviews nor decides.
    db->actAsRole(Role::VillageCadre);
    MainWindow cadre(s());
    EXPECT_NE(cadre.visits(), nullptr);
    EXPECT_EQ(cadre.reviews(), nullptr);
    EXPECT_NE(cadre.syncPage(), nullptr);
}
