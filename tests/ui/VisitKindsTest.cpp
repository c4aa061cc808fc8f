// Neighbour visits (邻里访问) and evidence letters (信函索证): recorded on the case, listed, each printed on its paper.
#include "CaseView.h"
#include "TextTableModel.h"
#include "UiFixture.h"
#include "UiTestEnvironment.h"
#include "VisitDialog.h"
#include "common/ChinaDate.h"
#include "store/CaseStore.h"
#include "support/TestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTableView>

using namespace dibao;
using namespace dibao::uitest;

namespace {

class VisitKindsTest : public UiTest {};

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_F(VisitKindsTest, NeighbourVisitAndEvidenceLetterAreRecordedListedAndPrinted)
{
    test::TempDatabase db;
    const QString caseId = addApplication(db.session(), 6, chinaToday());
    CaseView view(db.session(), caseId);
    view.show();
    ASSERT_TRUE(activate(&view));

    // A neighbour visit: the kind chosen with the keyboard; the household-only fields go away.
    VisitDialog *visit = view.startVisit();
    ASSERT_TRUE(activate(visit));
    visit->kindField()->setFocus();
    QTest::keyClick(visit->kindField(), Qt::Key_Down);
    ASSERT_EQ(visit->kindField()->currentData().toString(), QStringLiteral("neighbour"));
    EXPECT_FALSE(visit->findChild<QListWidget *>(QStringLiteral("visitMembersSeen"))->isVisibleTo(visit));
    typeText(visit->investigatorField(1), QStringLiteral("李村官"));
    auto *asked = visit->findChildren<QPlainTextEdit *>().value(0);
    ASSERT_NE(asked, nullptr);
    typeText(asked, QStringLiteral("邻居赵大爷，住隔壁"));
    typeText(visit->findingsField(), QStringLiteral("该户常年务农，无固定收入"));
    visit->accept();
    ASSERT_FALSE(visit->recordedId().isEmpty()) << visit->messageLabel()->text().toStdString();

    // An evidence letter to a unit, by its sender alone.
    VisitDialog *letter = view.startVisit();
    letter->setKind(QStringLiteral("evidence_letter"));
    letter->investigatorField(1)->clear();
    auto *sentTo = letter->findChildren<QPlainTextEdit *>().value(0);
    typeText(sentTo, QStringLiteral("县不动产登记中心：请核实该户房产登记情况"));
    letter->accept();
    ASSERT_FALSE(letter->recordedId().isEmpty()) << letter->messageLabel()->text().toStdString();

    const auto visits = CaseStore(db.session()).visits(caseId).value();
    ASSERT_EQ(visits.size(), 2);
    EXPECT_EQ(visits[0].kind, QStringLiteral("neighbour"));
    EXPECT_EQ(visits[0].evidence, QStringLiteral("邻居赵大爷，住隔壁"));
    EXPECT_TRUE(visits[0].membersSeen.isEmpty());
    EXPECT_EQ(visits[1].kind, QStringLiteral("evidence_letter"));

    // Listed in the case view with their kinds.
    TextTableModel *listed = view.tableModels().at(4);
    ASSERT_EQ(listed->rowCount(), 2);
    EXPECT_EQ(listed->index(0, 1).data().toString(), QStringLiteral("Neighbour visit"));
    EXPECT_EQ(listed->index(1, 1).data().toString(), QStringLiteral("Evidence letter"));

    // Each prints on its own paper: the selected one.
    view.visitsTable()->setCurrentIndex(listed->index(0, 0));
    const QString neighbourPdf = db.dir() + QStringLiteral("/neighbour.pdf");
    ASSERT_TRUE(view.printVisitRecordToPdf(neighbourPdf));
    const QString neighbourText = pdfText(neighbourPdf);
    EXPECT_TRUE(neighbourText.contains(QStringLiteral("邻里访问"))) << neighbourText.toStdString();
    EXPECT_TRUE(neighbourText.contains(QStringLiteral("赵大爷"))) << neighbourText.toStdString();
    view.visitsTable()->setCurrentIndex(listed->index(1, 0));
    const QString letterPdf = db.dir() + QStringLiteral("/letter.pdf");
    ASSERT_TRUE(view.printVisitRecordToPdf(letterPdf));
    const QString letterText = pdfText(letterPdf);
    EXPECT_TRUE(letterText.contains(QStringLiteral("信函索证"))) << letterText.toStdString();
    EXPECT_TRUE(letterText.contains(QStringLiteral("不动产登记中心"))) << letterText.toStdString();
    EXPECT_TRUE(letterText.contains(QStringLiteral("Replying unit"))) << letterText.toStdString();
}
