// The per-household verification report as a PDF: sources, findings and resolutions, read back with pdftotext.
#include "VerificationReportPdf.h"

#include "common/ChinaDate.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "support/TestSupport.h"
#include "verification/DepartmentBatchImport.h"
#include "workflow/Workflow.h"

#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

namespace dibao {
namespace {

TEST(VerificationReportTest, PdfListsSourcesFindingsAndResolutions)
{
    test::TempDatabase db;
    Session &s = db.session();
    HouseholdFile file = test::sampleHousehold(chinaToday(), 7);
    ASSERT_TRUE(HouseholdStore(s).create(file).ok());
    ApplicationInput in;
    in.householdId = file.household.id;
    in.applicantMemberId = file.members.first().id;
    in.submittedOn = chinaToday();
    in.documents << CaseDocument{QString(), QStringLiteral("verification_consent"), QStringLiteral("provided"), QString()};
    auto caseId = CaseStore(s).createApplication(in);
    ASSERT_TRUE(caseId.ok());
    Workflow flow(s);
    ASSERT_TRUE(flow.apply(*caseId, QStringLiteral("accept")).ok());
    ASSERT_TRUE(flow.apply(*caseId, QStringLiteral("request_verification")).ok());
    db.actAsRole(Role::VerificationOfficer, QStringLiteral("核对员乙"));
    VerificationStore store(s);
    ASSERT_EQ(store.startPending()->started.size(), 1);

    const QString batch = db.dir() + QStringLiteral("/re.csv");
    QFile f(batch);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("身份证号,姓名,登记事项\n%1,%2,商铺一套\n%3,李 芳芳,车位\n%4,无关者,住宅\n")
                .arg(file.members.at(0).idNumber, file.members.at(0).name, file.members.at(1).idNumber,
                     test::makeIdNumber(QStringLiteral("530602"), QDate(1961, 1, 1), 77))
                .toUtf8());
    f.close();
    DepartmentBatchOptions options;
    options.department = QStringLiteral("real_estate");
    options.mapping.source = QStringLiteral("real_estate");
    options.mapping.fields << FieldMapping{QStringLiteral("id_number"), QStringLiteral("身份证号"), 0, FieldType::IdNumber, true}
                           << FieldMapping{QStringLiteral("name"), QStringLiteral("姓名"), 0, FieldType::Text, true}
                           << FieldMapping{QStringLiteral("item"), QStringLiteral("登记事项"), 0, FieldType::Text, false};
    options.path = batch;
    auto imported = DepartmentBatchImport::run(s, options);
    ASSERT_TRUE(imported.ok() && imported->stored);
    auto findings = store.findings(*caseId);
    ASSERT_EQ(findings->size(), 2);
    FindingResolution explained;
    explained.kind = FindingResolutionKind::Explained;
    explained.note = QStringLiteral("商铺已于去年出售");
    for (const VerificationFinding &fd : *findings) {
        if (fd.match == FindingMatch::Match) {
            ASSERT_TRUE(store.resolve(fd.id, explained).ok());
        }
    }

    const QString pdf = db.dir() + QStringLiteral("/verification.pdf");
    const Status written = VerificationReportPdf::write(s, *caseId, pdf);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(30000));
    // Qt 6.4 writes some CJK characters as Kangxi-radical look-alikes: compare after NFKC.
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(text.contains(file.members.at(0).name)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Household economic verification"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("re.csv"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("商铺一套"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("商铺已于去年出售"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Explained"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("李 芳芳"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Open"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("无关者")));
}

} // namespace
} // namespace dibao
