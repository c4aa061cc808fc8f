// 核对 Verification page on a real database, offscreen: the request with its 3-WD start clock, a department batch
// previewed and imported off the UI thread (all or nothing), a finding resolved through the page changing the case,
// the core's refusals shown, and the roster checked before it is imported — and refused in the core where the
// database is not the confirming authority's. Models under the tester.
#include "ModelCheck.h"
#include "TextTableModel.h"
#include "UiTestEnvironment.h"
#include "VerificationPage.h"
#include "common/ChinaDate.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "support/TestSupport.h"
#include "workflow/Workflow.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace dibao;
using namespace dibao::uitest;

namespace {

class VerificationPageTest : public UiTest {
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        db = std::make_unique<test::TempDatabase>();
        Session &s = db->session();
        file = test::sampleHousehold(chinaToday(), 4);
        ASSERT_TRUE(HouseholdStore(s).create(file).ok());
        ApplicationInput in;
        in.householdId = file.household.id;
        in.applicantMemberId = file.members.first().id;
        in.submittedOn = chinaToday();
        in.documents << CaseDocument{QString(), QStringLiteral("verification_consent"), QStringLiteral("provided"),
                                     QString()};
        auto id = CaseStore(s).createApplication(in);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        caseId = *id;
        Workflow flow(s);
        ASSERT_TRUE(flow.apply(caseId, QStringLiteral("accept")).ok());
        ASSERT_TRUE(flow.apply(caseId, QStringLiteral("request_verification")).ok());
        db->actAsRole(Role::VerificationOfficer, QStringLiteral("核对员丙"));
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = db->dir() + QLatin1Char('/') + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }

    QString mapping()
    {
        return write(QStringLiteral("tax.json"),
                     R"({"format":"dibao-column-mapping","version":1,"source":"tax","encoding":"detect",
"delimiter":"detect","sheet":"","header_row":true,"fields":[
{"field":"id_number","header":"纳税人识别号","type":"id_number","required":true},
{"field":"name","header":"纳税人","type":"text","required":true},
{"field":"amount","header":"年收入","type":"money","required":false}]})");
    }

    std::unique_ptr<test::TempDatabase> db;
    HouseholdFile file;
    QString caseId;
};

TEST_F(VerificationPageTest, BatchImportedOffTheUiThreadAndAFindingResolvedIntoTheCase)
{
    VerificationPage page(db->session());
    ModelChecks checks(QList<QAbstractItemModel *>{page.requestModel(), page.findingModel(), page.previewModel(),
                                                   page.problemModel()});
    ASSERT_EQ(page.tabs()->count(), 3); // no roster: the officer does not import households
    ASSERT_EQ(page.requestModel()->rowCount(), 1);
    // Requested today: the 3-WD start clock runs.
    EXPECT_TRUE(page.requestModel()->index(0, 4).data().toString().contains(QStringLiteral("working day")))
        << page.requestModel()->index(0, 4).data().toString().toStdString();

    // Before any verification is in progress the import is refused by the core, with its reason on the page.
    page.departmentBox()->setCurrentIndex(page.departmentBox()->findData(QStringLiteral("tax")));
    page.mappingEdit()->setText(mapping());
    const QByteArray good = QStringLiteral("纳税人识别号,纳税人,年收入\n%1,%2,36000.00\n%3,无关者,1.00\n")
                                .arg(file.members.at(0).idNumber, file.members.at(0).name,
                                     test::makeIdNumber(QStringLiteral("530602"), QDate(1971, 3, 3), 55))
                                .toUtf8();
    page.dataEdit()->setText(write(QStringLiteral("tax.csv"), good));
    ASSERT_TRUE(page.startBatchImport().ok());
    QTRY_VERIFY_WITH_TIMEOUT(!page.batchRunning(), 30000);
    EXPECT_TRUE(page.messageLabel()->text().contains(QStringLiteral("verify-run")))
        << page.messageLabel()->text().toStdString();

    ASSERT_TRUE(page.startPending().ok());
    EXPECT_TRUE(page.requestModel()->index(0, 5).data().toString().contains(QStringLiteral("In progress")));

    // The preview maps the first rows.
    ASSERT_TRUE(page.previewBatch().ok()) << page.messageLabel()->text().toStdString();
    EXPECT_EQ(page.previewModel()->rowCount(), 2);
    EXPECT_EQ(page.problemModel()->rowCount(), 0);

    // A file with a bad row: nothing kept, every problem with its line.
    const QByteArray bad = QStringLiteral("纳税人识别号,纳税人,年收入\n%1,%2,abc\n123,某人,1\n")
                               .arg(file.members.at(0).idNumber, file.members.at(0).name)
                               .toUtf8();
    page.dataEdit()->setText(write(QStringLiteral("bad.csv"), bad));
    ASSERT_TRUE(page.startBatchImport().ok());
    QTRY_VERIFY_WITH_TIMEOUT(!page.batchRunning(), 30000);
    EXPECT_FALSE(page.lastBatch().stored);
    EXPECT_EQ(page.problemModel()->rowCount(), 2);
    EXPECT_EQ(page.problemModel()->index(0, 0).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(page.problemModel()->index(1, 0).data().toString(), QStringLiteral("3"));
    EXPECT_EQ(page.findingModel()->rowCount(), 0);

    page.dataEdit()->setText(write(QStringLiteral("tax.csv"), good));
    ASSERT_TRUE(page.startBatchImport().ok());
    EXPECT_TRUE(page.batchRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!page.batchRunning(), 30000);
    ASSERT_TRUE(page.lastBatch().stored) << page.messageLabel()->text().toStdString();
    EXPECT_EQ(page.lastBatch().matched, 1);
    ASSERT_EQ(page.findingModel()->rowCount(), 1);
    EXPECT_TRUE(page.findingModel()->index(0, 5).data().toString().contains(QStringLiteral("36000.00")));
    EXPECT_FALSE(page.findingModel()->index(0, 1).data().toString().contains(QStringLiteral("无关者")));
    EXPECT_TRUE(page.requestModel()->index(0, 6).data().toString().contains(QStringLiteral("1 open")));

    // Completing is refused while the finding is open.
    page.selectCase(caseId);
    const Status early = page.completeCurrent();
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, QStringLiteral("findings_open"));
    EXPECT_EQ(page.messageLabel()->text(), early.error().message);

    // Resolved as income added: the household file gains the income and the case's summary shows no open finding.
    const QString finding = page.findingModel()->index(0, 0).data(TextTableModel::KeyRole).toString();
    auto before = HouseholdStore(db->session()).load(file.household.id);
    ASSERT_TRUE(before.ok());
    FindingResolution res;
    res.kind = FindingResolutionKind::IncomeAdded;
    res.note = QStringLiteral("税务记录的工资收入");
    res.income.kind = QStringLiteral("wage");
    res.income.amount = 3600000;
    const QDate month(chinaToday().year(), chinaToday().month(), 1);
    res.income.fromMonth = month.addMonths(-12);
    res.income.toMonth = month.addMonths(-1);
    ASSERT_TRUE(page.resolveFinding(finding, res).ok()) << page.messageLabel()->text().toStdString();
    auto after = HouseholdStore(db->session()).load(file.household.id);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->incomes.size(), before->incomes.size() + 1);
    EXPECT_EQ(page.findingModel()->rowCount(), 0); // open only
    EXPECT_TRUE(page.requestModel()->index(0, 6).data().toString().contains(QStringLiteral("0 open")));
    auto request = VerificationStore(db->session()).request(caseId);
    ASSERT_TRUE(request.ok());
    EXPECT_EQ(request->findingsOpen, 0);
    // Once resolved, a second resolution is refused and the reason shown.
    const Status twice = page.resolveFinding(finding, res);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, QStringLiteral("finding_resolved"));
    EXPECT_EQ(page.messageLabel()->text(), twice.error().message);

    ASSERT_TRUE(page.completeCurrent().ok()) << page.messageLabel()->text().toStdString();
    EXPECT_TRUE(page.requestModel()->index(0, 5).data().toString().contains(QStringLiteral("Completed")));
    const QString pdf = db->dir() + QStringLiteral("/report.pdf");
    ASSERT_TRUE(page.writeReport(caseId, pdf).ok());
    EXPECT_GT(QFileInfo(pdf).size(), 0);
}

TEST_F(VerificationPageTest, RosterCheckedFirstAndImportedOnlyByTheAuthority)
{
    const QString rosterMapping = write(QStringLiteral("roster.json"),
                                        R"({"format":"dibao-column-mapping","version":1,"source":"roster",
"encoding":"detect","delimiter":"detect","sheet":"","header_row":true,"fields":[
{"field":"household","header":"户编号","type":"text","required":true},
{"field":"township","header":"乡镇代码","type":"text","required":true},
{"field":"name","header":"姓名","type":"text","required":true},
{"field":"id_number","header":"身份证号","type":"id_number","required":true},
{"field":"relation","header":"关系","type":"text","required":true},
{"field":"area","header":"城乡","type":"text","required":true},
{"field":"amount","header":"月保障金","type":"money","required":true},
{"field":"approval_document","header":"批准文号","type":"text","required":true},
{"field":"approval_date","header":"批准日期","type":"date","required":true}]})");
    const QString roster = write(QStringLiteral("roster.csv"),
                                 QStringLiteral("户编号,乡镇代码,姓名,身份证号,关系,城乡,月保障金,批准文号,批准日期\n"
                                                "R1,530602101,孙存量,%1,户主,农村,500,昭阳民〔2024〕9号,2024-03-01\n")
                                     .arg(test::makeIdNumber(QStringLiteral("530602"), QDate(1958, 8, 8), 91))
                                     .toUtf8());
    // A township database whose county confirms: its administrator checks the roster; the core refuses the import.
    db->signInAs(QStringLiteral("admin"));
    {
        VerificationPage page(db->session());
        ModelCheck check(page.rosterModel());
        ASSERT_EQ(page.tabs()->count(), 1); // the roster only: verification is the county's
        page.rosterMappingEdit()->setText(rosterMapping);
        page.rosterDataEdit()->setText(roster);
        EXPECT_FALSE(page.rosterCommitButton()->isEnabled());
        // Not before a clean dry run of these very files.
        EXPECT_EQ(page.startRoster(false).error().code, QStringLiteral("roster_not_checked"));
        ASSERT_TRUE(page.startRoster(true).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!page.rosterRunning(), 30000);
        EXPECT_EQ(page.rosterModel()->rowCount(), 1);
        EXPECT_TRUE(page.rosterCommitButton()->isEnabled());
        ASSERT_TRUE(page.startRoster(false).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!page.rosterRunning(), 30000);
        EXPECT_FALSE(page.lastRoster().committed);
        EXPECT_TRUE(page.messageLabel()->text().contains(QStringLiteral("confirming authority")))
            << page.messageLabel()->text().toStdString();
    }
    // The county imports it.
    test::TempDatabase county(QStringLiteral("530602"));
    VerificationPage page(county.session());
    page.rosterMappingEdit()->setText(rosterMapping);
    page.rosterDataEdit()->setText(roster);
    ASSERT_TRUE(page.startRoster(true).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!page.rosterRunning(), 30000);
    ASSERT_TRUE(page.rosterCommitButton()->isEnabled()) << page.rosterResultLabel()->text().toStdString();
    ASSERT_TRUE(page.startRoster(false).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!page.rosterRunning(), 30000);
    EXPECT_TRUE(page.lastRoster().committed) << page.messageLabel()->text().toStdString();
    ASSERT_EQ(page.lastRoster().households.size(), 1);
    EXPECT_FALSE(page.lastRoster().households.first().householdId.isEmpty());
}

} // namespace
