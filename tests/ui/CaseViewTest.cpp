// The case view: actions offered by the core, a refusal shown as the core's own message, a visit, printing.
#include "CaseView.h"
#include "MainWindow.h"
#include "ModelCheck.h"
#include "TextTableModel.h"
#include "TransitionDialog.h"
#include "UiFixture.h"
#include "UiTestEnvironment.h"
#include "VisitDialog.h"
#include "common/ChinaDate.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "workflow/Workflow.h"
#include "support/TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>

using namespace dibao;
using namespace dibao::uitest;

namespace {
class CaseViewTest : public UiTest {};
}

TEST_F(CaseViewTest, RefusedTransitionShowsTheCoreReason)
{
    test::TempDatabase db;
    const QString caseId = addApplication(db.session(), 1, chinaToday());
    ASSERT_FALSE(caseId.isEmpty());
    Workflow flow(db.session());
    ASSERT_TRUE(flow.apply(caseId, QStringLiteral("accept")).ok());
    ASSERT_TRUE(flow.apply(caseId, QStringLiteral("start_investigation")).ok());

    CaseView view(db.session(), caseId);
    view.show();
    ASSERT_TRUE(activate(&view));
    ASSERT_TRUE(view.isLoaded()) << view.loadError().toStdString();
    ModelChecks checks(view.tableModels());
    ASSERT_TRUE(view.availableTransitions().contains(QStringLiteral("finish_investigation")));
    ASSERT_NE(view.transitionButton(QStringLiteral("finish_investigation")), nullptr);

    // What the core says when no visit is recorded.
    const Status expected = flow.apply(caseId, QStringLiteral("finish_investigation"));
    ASSERT_FALSE(expected.ok());

    TransitionDialog *dialog = view.startTransition(QStringLiteral("finish_investigation"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->messageLabel()->isHidden());
    EXPECT_EQ(dialog->messageLabel()->text(), expected.error().message);
    dialog->reject();

    // A step that needs written reasons is refused without them, with the core's reason.
    TransitionDialog *withdraw = view.startTransition(QStringLiteral("withdraw"));
    withdraw->accept();
    EXPECT_FALSE(withdraw->messageLabel()->text().isEmpty());
    typeText(withdraw->reasonField(), QStringLiteral("申请人自愿撤回"));
    withdraw->accept();
    EXPECT_EQ(view.record().state, QStringLiteral("withdrawn"));
    EXPECT_GE(view.tableModels().last()->rowCount(), 3); // history: accept, start, withdraw
}

TEST_F(CaseViewTest, VisitWithTwoInvestigatorsLetsTheInvestigationFinish)
{
    test::TempDatabase db;
    const QString caseId = addApplication(db.session(), 2, chinaToday());
    Workflow flow(db.session());
    ASSERT_TRUE(flow.apply(caseId, QStringLiteral("accept")).ok());
    ASSERT_TRUE(flow.apply(caseId, QStringLiteral("start_investigation")).ok());
    CaseView view(db.session(), caseId);

    VisitDialog *visit = view.startVisit();
    visit->accept(); // only one named investigator and nobody seen: refused
    EXPECT_FALSE(visit->messageLabel()->text().isEmpty());
    typeText(visit->investigatorField(1), QStringLiteral("李村官"));
    typeText(visit->findingsField(), QStringLiteral("家中无大件电器，住房为土木结构。"));
    HouseholdVisit v = visit->visit();
    EXPECT_EQ(v.investigators.size(), 2);
    visit->findChild<QListWidget *>(QStringLiteral("visitMembersSeen"))->item(0)->setCheckState(Qt::Checked);
    visit->accept();
    EXPECT_EQ(view.tableModels().at(4)->rowCount(), 1);
    EXPECT_TRUE(flow.apply(caseId, QStringLiteral("finish_investigation")).ok());
    // The visit record prints with both investigators' names for their signatures.
    const QString pdf = db.dir() + QStringLiteral("/visit.pdf");
    ASSERT_TRUE(view.printVisitRecordToPdf(pdf));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(text.contains(QStringLiteral("李村官"))) << text.toStdString();
}

TEST_F(CaseViewTest, EligibilityPanelReadsLikeAnExplanation)
{
    test::TempDatabase db;
    const QString caseId = addApplication(db.session(), 3, chinaToday());
    CaseView view(db.session(), caseId);
    const QString text = view.eligibilityBrowser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Income")));
    EXPECT_TRUE(text.contains(QStringLiteral("Assets")));
    EXPECT_TRUE(text.contains(QStringLiteral("Members")));
}

TEST_F(CaseViewTest, EligibilityPanelNamesItemsAndShowsAreasInSquareMetres)
{
    test::TempDatabase db;
    const QString caseId = addApplication(db.session(), 5, chinaToday());
    ASSERT_FALSE(caseId.isEmpty());
    CaseStore cases(db.session());
    HouseholdStore households(db.session());
    HouseholdFile file = households.load(cases.get(caseId)->householdId).value();
    AssetItem house;
    house.memberId = file.members.first().id;
    house.kind = QStringLiteral("house");
    house.value = 3000000;
    house.floorAreaCentiSqm = 12345; // 123.45 m²
    ASSERT_TRUE(households.addAsset(file.household.id, house).ok());
    CaseView view(db.session(), caseId);
    const QString text = view.eligibilityBrowser()->toPlainText();
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    EXPECT_FALSE(uuid.match(text).hasMatch()) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("centi"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("(wage"))) << text.toStdString();
    const QString applicant = file.members.first().name;
    // The wage and the house are named by their owner and kind, the area in m².
    EXPECT_TRUE(text.contains(applicant + QStringLiteral(" (Wages"))) << text.toStdString();
    EXPECT_TRUE(text.contains(applicant + QStringLiteral(" (House): 1 house(s), 123.45 m²"))) << text.toStdString();
}

TEST_F(CaseViewTest, ApplicationFormPdfHoldsTheApplicantName)
{
    test::TempDatabase db;
    const QString caseId = addApplication(db.session(), 4, chinaToday());
    CaseView view(db.session(), caseId);
    const QString pdf = db.dir() + QStringLiteral("/form.pdf");
    QString error;
    ASSERT_TRUE(view.printApplicationFormToPdf(pdf, &error)) << error.toStdString();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(30000));
    // Qt 6.4 writes some CJK characters as Kangxi-radical look-alikes: compare after NFKC.
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(text.contains(view.record().applicantName)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Application")));
}
