// Supervision screens: the statistics, audit and inspection pages, their models under QAbstractItemModelTester,
// the ui/charts seam, and the pages joining the navigation by role.
#include "AuditModel.h"
#include "AuditPage.h"
#include "InspectionPage.h"
#include "MainWindow.h"
#include "ModelCheck.h"
#include "StatisticsModel.h"
#include "StatisticsPage.h"
#include "TextTableModel.h"
#include "UiTestEnvironment.h"
#include "charts/ChartPanel.h"
#include "domain/Division.h"
#include "supervision/SupervisionFixture.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace dibao;
using namespace dibao::test;
using namespace dibao::uitest;

namespace {

class SupervisionUiTest : public SupervisionFixture {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_settingsDir.isValid());
        AppSettings::setFilePath(m_settingsDir.filePath(QStringLiteral("dibao.ini")));
        ClientSetup::configure(*qApp);
        qputenv("DIBAO_LANG", "en");
        ClientSetup::applyLanguage(QStringLiteral("en"));
        SupervisionFixture::SetUp();
        const QString a = QString::fromLatin1(kA), b = QString::fromLatin1(kB);
        h1 = household(a, 0);
        c1 = decision(h1, a, QStringLiteral("2026-10"), 40000, QStringLiteral("A"));
        const QString h2 = household(b, 1, QStringLiteral("urban"));
        decision(h2, b, QStringLiteral("2026-11"), 30000, QStringLiteral("B"));
        db->actAsRole(Role::Auditor, QStringLiteral("钱审计"));
    }
    void TearDown() override
    {
        ClientSetup::applyLanguage(QStringLiteral("en"));
        AppSettings::setFilePath(QString());
    }

    QTemporaryDir m_settingsDir;
    QString h1, c1;
};

TEST_F(SupervisionUiTest, StatisticsPageShowsTheMonthItsChartAndExports)
{
    StatisticsPage page(s());
    StatisticsModel *model = page.model();
    ModelCheck check(model);
    page.monthEdit()->setDate(QDate(2026, 11, 1));
    ASSERT_TRUE(page.reload());
    // Every township of the county and the total row.
    const int townships = int(DivisionRegistry::instance().townshipsOf(QString::fromLatin1(kCounty)).size());
    ASSERT_EQ(model->rowCount(), townships + 1);
    const int last = model->rowCount() - 1;
    EXPECT_TRUE(model->index(last, 0).data(StatisticsModel::TotalRole).toBool());
    EXPECT_EQ(model->index(last, StatisticsModel::Households).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(model->index(last, StatisticsModel::Amount).data().toString(), QStringLiteral("700.00"));
    EXPECT_EQ(model->index(last, StatisticsModel::Amount).data(StatisticsModel::ValueRole).toLongLong(), 70000);
    EXPECT_EQ(model->index(last, StatisticsModel::New).data().toString(), QStringLiteral("1"));
    // The chart through the seam: with many townships, only those with households are drawn.
    EXPECT_EQ(page.chart()->kind(), QStringLiteral("bars"));
    EXPECT_EQ(page.chart()->categories(), (QStringList{QStringLiteral("旧圃镇"), QStringLiteral("永丰镇")}));
    EXPECT_EQ(page.chart()->series().first().values, (QList<double>{1, 1}));

    // By area: a new cut, the tester watching the reset.
    page.groupingBox()->setCurrentIndex(2);
    ASSERT_TRUE(page.reload());
    EXPECT_EQ(model->rowCount(), 3);
    ASSERT_TRUE(page.showTrend());
    EXPECT_EQ(page.trendChart()->kind(), QStringLiteral("lines"));
    EXPECT_EQ(page.trendChart()->categories().size(), 12);
    EXPECT_EQ(page.trendChart()->series().first().values.last(), 2);
    EXPECT_EQ(page.trendChart()->series().first().values.at(10), 1); // October: the first household only

    const QString path = db->dir() + QStringLiteral("/page.xlsx");
    ASSERT_TRUE(page.exportTo(path));
    const QString out = python(QStringLiteral("import sys, openpyxl\n"
                                              "rows = list(openpyxl.load_workbook(sys.argv[1])['月报'].iter_rows(values_only=True))\n"
                                              "print(rows[-1][8], '%.2f' % rows[-1][10])\n"),
                               {path});
    EXPECT_EQ(out.trimmed(), QStringLiteral("2 700.00"));
}

// The first show counts the month off the UI thread: show() returns at once, the table fills when the worker is
// done (through the event loop), and a second show counts nothing again.
TEST_F(SupervisionUiTest, StatisticsPageCountsItsMonthOnTheFirstShowOffTheUiThread)
{
    StatisticsPage page(s());
    page.monthEdit()->setDate(QDate(2026, 11, 1));
    QSignalSpy shown(&page, &StatisticsPage::firstCountShown);
    EXPECT_FALSE(page.counting()); // nothing on construction
    page.show();
    EXPECT_TRUE(page.counting());
    EXPECT_EQ(page.model()->rowCount(), 0); // the result comes through the event loop, not inside show()
    auto *message = page.findChild<QLabel *>(QStringLiteral("statisticsMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_EQ(message->text(), QStringLiteral("Counting 2026-11..."));
    ASSERT_TRUE(shown.wait(20000));
    EXPECT_TRUE(shown.first().first().toBool());
    EXPECT_FALSE(page.counting());
    const int townships = int(DivisionRegistry::instance().townshipsOf(QString::fromLatin1(kCounty)).size());
    ASSERT_EQ(page.model()->rowCount(), townships + 1);
    const int last = page.model()->rowCount() - 1;
    EXPECT_EQ(page.model()->index(last, StatisticsModel::Households).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(page.model()->index(last, StatisticsModel::Amount).data().toString(), QStringLiteral("700.00"));
    EXPECT_EQ(page.chart()->kind(), QStringLiteral("bars"));
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Allowances in force in 2026-11")))
        << message->text().toStdString();
    page.hide();
    page.show();
    EXPECT_FALSE(page.counting());
    QTest::qWait(50);
    EXPECT_EQ(shown.count(), 1);
}

// Show pressed while the first count runs: what Show computed stays, the first count's result is dropped.
TEST_F(SupervisionUiTest, StatisticsPageKeepsWhatShowComputedWhileTheFirstCountRan)
{
    StatisticsPage page(s());
    page.monthEdit()->setDate(QDate(2026, 11, 1));
    QSignalSpy shown(&page, &StatisticsPage::firstCountShown);
    page.show();
    ASSERT_TRUE(page.counting());
    page.groupingBox()->setCurrentIndex(2); // by area
    ASSERT_TRUE(page.reload());
    EXPECT_EQ(page.model()->rowCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!page.counting(), 20000);
    EXPECT_EQ(shown.count(), 0);
    EXPECT_EQ(page.model()->rowCount(), 3);
}

// A role without the statistics: showing the page starts nothing and shows no refusal.
TEST_F(SupervisionUiTest, StatisticsPageCountsNothingForARoleWithoutStatistics)
{
    db->actAsRole(Role::VerificationOfficer, QStringLiteral("孙核对"));
    StatisticsPage page(s());
    page.show();
    EXPECT_FALSE(page.counting());
    QCoreApplication::processEvents();
    EXPECT_EQ(page.model()->rowCount(), 0);
    auto *message = page.findChild<QLabel *>(QStringLiteral("statisticsMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->text().isEmpty()) << message->text().toStdString();
}

TEST_F(SupervisionUiTest, AuditModelPagesAndShowsAnEditedEntry)
{
    // Enough entries for several pages.
    db->signInAs(QStringLiteral("admin"));
    for (int i = 0; i < 260; ++i)
        ASSERT_TRUE(s().logSensitiveRead(QStringLiteral("households"), h1, QStringLiteral("test read %1").arg(i)).ok());
    ASSERT_TRUE(s().db()
                    .exec(QStringLiteral("UPDATE audit SET after = replace(after, '40000', '90000') WHERE entity = "
                                         "'cases' AND entity_id = '%1'")
                              .arg(c1)
                              .toUtf8()
                              .constData())
                    .ok());
    db->actAsRole(Role::Auditor, QStringLiteral("钱审计"));
    AuditModel model(s());
    ModelCheck check(&model);
    ASSERT_TRUE(model.setFilter(AuditFilter{}));
    EXPECT_GT(model.total(), 260);
    EXPECT_EQ(model.rowCount(), AuditModel::kPage);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    EXPECT_EQ(model.rowCount(), model.total());
    int altered = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(AuditModel::AlteredRole).toBool()) {
            ++altered;
            EXPECT_EQ(model.index(row, AuditModel::Hash).data().toString(), QStringLiteral("altered"));
            EXPECT_TRUE(model.index(row, AuditModel::After).data(AuditModel::AfterRole).toString().contains(
                QStringLiteral("90000")));
        }
    EXPECT_EQ(altered, 1);

    // The page: the case's history, the chain check failing, the detail of the entry.
    AuditPage page(s());
    ModelCheck pageCheck(page.model());
    page.caseEdit()->setText(c1);
    ASSERT_TRUE(page.apply());
    EXPECT_GT(page.model()->rowCount(), 0);
    EXPECT_LT(page.model()->total(), model.total());
    EXPECT_FALSE(page.checkChain());
    EXPECT_TRUE(page.chainLabel()->text().contains(QStringLiteral("NOT intact")));
    EXPECT_TRUE(page.chainLabel()->text().contains(QStringLiteral("was altered")));
    const QString csv = db->dir() + QStringLiteral("/audit.csv");
    ASSERT_TRUE(page.exportTo(csv));
    EXPECT_TRUE(QFileInfo(csv).size() > 0);
    EXPECT_FALSE(page.exportTo(db->dir() + QStringLiteral("/audit.txt")));
}

TEST_F(SupervisionUiTest, InspectionPageBuildsWorkbookAndPdf)
{
    InspectionPage page(s());
    ModelChecks checks(QList<QAbstractItemModel *>{page.clocksModel(), page.casesModel(), page.decisionsModel()});
    page.townshipBox()->setCurrentIndex(page.townshipBox()->findData(QString::fromLatin1(kA)));
    ASSERT_TRUE(page.build());
    EXPECT_EQ(page.report().townshipCode, QString::fromLatin1(kA));
    EXPECT_EQ(page.decisionsModel()->rowCount(), 1);
    EXPECT_TRUE(page.summary()->text().contains(QStringLiteral("旧圃镇")));
    const QString pdf = db->dir() + QStringLiteral("/inspection.pdf");
    ASSERT_TRUE(page.exportPdf(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(body.contains(QStringLiteral("Inspection report"))) << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("旧圃镇")));
    EXPECT_TRUE(body.contains(QStringLiteral("赵审核")));
    ASSERT_TRUE(page.exportXlsx(db->dir() + QStringLiteral("/inspection.xlsx")));
    ASSERT_TRUE(page.exportFundReport(QDate(2026, 10, 1), db->dir() + QStringLiteral("/fund.xlsx")));
}

TEST_F(SupervisionUiTest, NavigationShowsSupervisionByRole)
{
    {
        MainWindow window(s()); // the auditor: statistics, audit and inspection
        QStringList pages;
        for (int i = 0; i < window.navigation()->count(); ++i)
            pages << window.navigation()->item(i)->text();
        EXPECT_TRUE(pages.contains(QStringLiteral("Statistics")));
        EXPECT_TRUE(pages.contains(QStringLiteral("Audit")));
        EXPECT_TRUE(pages.contains(QStringLiteral("Inspection")));
        window.showPage(MainWindow::Page::Inspection);
        EXPECT_EQ(window.currentPage(), MainWindow::Page::Inspection);
        window.showPage(MainWindow::Page::Statistics);
        EXPECT_EQ(window.currentPage(), MainWindow::Page::Statistics);
    }
    db->actAsRole(Role::VerificationOfficer);
    MainWindow window(s());
    EXPECT_EQ(window.statistics(), nullptr);
    EXPECT_EQ(window.auditPage(), nullptr);
    EXPECT_EQ(window.inspection(), nullptr);
}

TEST_F(SupervisionUiTest, ChartPanelKeepsWhatItShows)
{
    ChartPanel panel;
    EXPECT_TRUE(panel.kind().isEmpty());
    panel.showBars(QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b")},
                   {ChartPanel::Series{QStringLiteral("s"), {1, 2}}});
    EXPECT_EQ(panel.kind(), QStringLiteral("bars"));
    EXPECT_EQ(panel.series().first().values, (QList<double>{1, 2}));
    panel.clear();
    EXPECT_TRUE(panel.categories().isEmpty());
}

} // namespace
