// dibao-cli verify-import, verify-run, verify-resolve, verify-complete and roster-import: exit codes and --json tokens.
#include "verification/VerificationFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dibao::test {
namespace {

// A county database (530602) holding one township household whose application was accepted and whose verification
// was requested; users: a verification officer and an auditor.
class VerificationCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("DIBAO_TODAY", "2026-11-27");
        db = std::make_unique<TempDatabase>(QStringLiteral("530602"));
        db->addUser(QStringLiteral("officer"), Role::VerificationOfficer);
        db->addUser(QStringLiteral("auditor1"), Role::Auditor);
        Session &s = db->session();
        db->actAsRole(Role::TownshipAdmin);
        file = sampleHousehold(QDate(2026, 11, 1), 0);
        ASSERT_TRUE(HouseholdStore(s).create(file).ok());
        ApplicationInput in;
        in.householdId = file.household.id;
        in.applicantMemberId = file.members.first().id;
        in.submittedOn = QDate(2026, 11, 20);
        in.documents << CaseDocument{QString(), QStringLiteral("verification_consent"), QStringLiteral("provided"), QString()};
        auto id = CaseStore(s).createApplication(in);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        caseId = *id;
        Workflow flow(s);
        TransitionInput t;
        t.onDate = QDate(2026, 11, 23);
        ASSERT_TRUE(flow.apply(caseId, QStringLiteral("accept"), t).ok());
        ASSERT_TRUE(flow.apply(caseId, QStringLiteral("request_verification"), t).ok());
        mappingPath = db->dir() + QStringLiteral("/bank.json");
        QFile m(mappingPath);
        ASSERT_TRUE(m.open(QIODevice::WriteOnly));
        m.write(R"({"format":"dibao-column-mapping","version":1,"source":"bank","encoding":"detect","delimiter":"detect",
"sheet":"","header_row":true,"fields":[{"field":"id_number","header":"证件号码","type":"id_number","required":true},
{"field":"name","header":"户名","type":"text","required":true},
{"field":"balance","header":"余额","type":"money","required":false}]})");
    }

    QString batch(const QString &name, const QString &body)
    {
        const QString path = db->dir() + QLatin1Char('/') + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write((QStringLiteral("证件号码,户名,余额\n") + body).toUtf8());
        return path;
    }

    CliResult cli(const QString &user, const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("--db"), db->path(), QStringLiteral("--user"), user} + args);
    }

    static QJsonObject json(const CliResult &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

    std::unique_ptr<TempDatabase> db;
    HouseholdFile file;
    QString caseId;
    QString mappingPath;
};

TEST_F(VerificationCliTest, RunImportResolveWithExitCodes)
{
    const QString data = batch(QStringLiteral("bank.csv"),
                               QStringLiteral("%1,%2,52000.00\n%3,某人,1.00\n")
                                   .arg(file.members.at(0).idNumber, file.members.at(0).name,
                                        makeIdNumber(QStringLiteral("530602"), QDate(1960, 1, 1), 555)));
    // Usage errors: 2.
    EXPECT_EQ(cli(QStringLiteral("officer"), {QStringLiteral("verify-import"), data}).exitCode, 2);
    EXPECT_EQ(cli(QStringLiteral("officer"), {QStringLiteral("verify-run"), QStringLiteral("extra")}).exitCode, 2);
    // Not yet started: nothing to match against (1).
    auto early = cli(QStringLiteral("officer"), {QStringLiteral("verify-import"), QStringLiteral("--department"),
                                                 QStringLiteral("bank"), QStringLiteral("--mapping"), mappingPath, data,
                                                 QStringLiteral("--json")});
    EXPECT_EQ(early.exitCode, 1) << early.err.toStdString();
    EXPECT_EQ(json(early).value(QStringLiteral("error")).toString(), QStringLiteral("verification_none_in_progress"));
    // The auditor may not verify: 3.
    EXPECT_EQ(cli(QStringLiteral("auditor1"), {QStringLiteral("verify-run")}).exitCode, 3);

    auto run = cli(QStringLiteral("officer"), {QStringLiteral("verify-run"), QStringLiteral("--json"),
                                               QStringLiteral("--date"), QStringLiteral("2026-11-24")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonObject o = json(run);
    EXPECT_EQ(o.value(QStringLiteral("started")).toArray().size(), 1);
    EXPECT_EQ(o.value(QStringLiteral("started")).toArray().first().toString(), caseId);
    ASSERT_EQ(o.value(QStringLiteral("requests")).toArray().size(), 1);
    EXPECT_EQ(o.value(QStringLiteral("requests")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("in_progress"));

    // Unknown department: 1.
    auto unknown = cli(QStringLiteral("officer"), {QStringLiteral("verify-import"), QStringLiteral("--department"),
                                                   QStringLiteral("lottery"), QStringLiteral("--mapping"), mappingPath, data});
    EXPECT_EQ(unknown.exitCode, 1);
    // A malformed batch: 1, every problem with its line, nothing kept.
    const QString bad = batch(QStringLiteral("bad.csv"), QStringLiteral("%1,%2,abc\n12345,某人,\n")
                                                            .arg(file.members.at(0).idNumber, file.members.at(0).name));
    auto rejected = cli(QStringLiteral("officer"), {QStringLiteral("verify-import"), QStringLiteral("--department"),
                                                    QStringLiteral("bank"), QStringLiteral("--mapping"), mappingPath, bad,
                                                    QStringLiteral("--json")});
    EXPECT_EQ(rejected.exitCode, 1);
    o = json(rejected);
    EXPECT_EQ(o.value(QStringLiteral("error")).toString(), QStringLiteral("verify_batch_invalid"));
    const QJsonArray errors = o.value(QStringLiteral("report")).toObject().value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
    EXPECT_EQ(errors.at(1).toObject().value(QStringLiteral("line")).toInt(), 3);
    EXPECT_TRUE(rejected.err.contains(QStringLiteral("line 2"))) << rejected.err.toStdString();

    auto imported = cli(QStringLiteral("officer"), {QStringLiteral("verify-import"), QStringLiteral("--department"),
                                                    QStringLiteral("bank"), QStringLiteral("--mapping"), mappingPath, data,
                                                    QStringLiteral("--json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    o = json(imported);
    EXPECT_EQ(o.value(QStringLiteral("matched")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("name_mismatch")).toInt(), 0);
    EXPECT_EQ(o.value(QStringLiteral("report")).toObject().value(QStringLiteral("rows_read")).toInt(), 2);

    run = cli(QStringLiteral("officer"), {QStringLiteral("verify-run"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonArray open = json(run).value(QStringLiteral("open_findings")).toArray();
    ASSERT_EQ(open.size(), 1);
    const QString finding = open.first().toObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(open.first().toObject().value(QStringLiteral("department")).toString(), QStringLiteral("bank"));
    EXPECT_EQ(open.first().toObject().value(QStringLiteral("match")).toString(), QStringLiteral("match"));

    EXPECT_EQ(cli(QStringLiteral("officer"), {QStringLiteral("verify-resolve"), finding, QStringLiteral("--resolution"),
                                              QStringLiteral("explained")})
                  .exitCode,
              1); // a note is required
    // Not complete while the finding is open: 1, findings_open; the auditor may not complete at all: 3.
    auto notYet = cli(QStringLiteral("officer"), {QStringLiteral("verify-complete"), caseId, QStringLiteral("--json")});
    EXPECT_EQ(notYet.exitCode, 1);
    EXPECT_EQ(json(notYet).value(QStringLiteral("error")).toString(), QStringLiteral("findings_open"))
        << notYet.out.toStdString();
    EXPECT_EQ(cli(QStringLiteral("auditor1"), {QStringLiteral("verify-complete"), caseId}).exitCode, 3);
    auto resolved = cli(QStringLiteral("officer"),
                        {QStringLiteral("verify-resolve"), finding, QStringLiteral("--resolution"),
                         QStringLiteral("asset_added"), QStringLiteral("--kind"), QStringLiteral("deposit"),
                         QStringLiteral("--amount"), QStringLiteral("5200000"), QStringLiteral("--note"),
                         QStringLiteral("银行存款5.2万元")});
    ASSERT_EQ(resolved.exitCode, 0) << resolved.err.toStdString();
    auto completed = cli(QStringLiteral("officer"), {QStringLiteral("verify-complete"), caseId, QStringLiteral("--date"),
                                                     QStringLiteral("2026-11-27"), QStringLiteral("--json")});
    ASSERT_EQ(completed.exitCode, 0) << completed.err.toStdString();
    EXPECT_EQ(json(completed).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(json(completed).value(QStringLiteral("completed_on")).toString(), QStringLiteral("2026-11-27"));
    // Completed once: a second time is refused (1), and a new batch finds nobody to match (1).
    EXPECT_EQ(cli(QStringLiteral("officer"), {QStringLiteral("verify-complete"), caseId}).exitCode, 1);
    EXPECT_EQ(cli(QStringLiteral("officer"), {QStringLiteral("verify-import"), QStringLiteral("--department"),
                                              QStringLiteral("bank"), QStringLiteral("--mapping"), mappingPath, data})
                  .exitCode,
              1);
    db->reopen();
    db->actAsRole(Role::VerificationOfficer);
    auto loaded = HouseholdStore(db->session()).load(file.household.id);
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded->assets.size(), 1);
    EXPECT_EQ(loaded->assets.first().value, 5200000);
}

TEST_F(VerificationCliTest, RosterImportDryRunThenCommit)
{
    db->addUser(QStringLiteral("cadmin"), Role::CountyAdmin);
    const QString mapping = db->dir() + QStringLiteral("/roster.json");
    QFile m(mapping);
    ASSERT_TRUE(m.open(QIODevice::WriteOnly));
    m.write(R"({"format":"dibao-column-mapping","version":1,"source":"roster","encoding":"detect","delimiter":"detect",
"sheet":"","header_row":true,"fields":[{"field":"household","header":"户编号","type":"text","required":true},
{"field":"township","header":"乡镇代码","type":"text","required":true},
{"field":"name","header":"姓名","type":"text","required":true},
{"field":"id_number","header":"身份证号","type":"id_number","required":true},
{"field":"relation","header":"关系","type":"text","required":true},
{"field":"area","header":"城乡","type":"text","required":true},
{"field":"amount","header":"月保障金","type":"money","required":true},
{"field":"approval_document","header":"批准文号","type":"text","required":true},
{"field":"approval_date","header":"批准日期","type":"date","required":true}]})");
    m.close();
    const QString path = db->dir() + QStringLiteral("/roster.csv");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    QStringEncoder gb("GB18030");
    f.write(gb.encode(QStringLiteral("户编号,乡镇代码,姓名,身份证号,关系,城乡,月保障金,批准文号,批准日期\n"
                                     "A1,530602102,周一,%1,户主,城市,800,昭阳民〔2022〕7号,2022-03-01\n")
                          .arg(makeIdNumber(QStringLiteral("530602"), QDate(1966, 1, 1), 41))));
    f.close();
    auto dry = cli(QStringLiteral("cadmin"), {QStringLiteral("roster-import"), QStringLiteral("--mapping"), mapping, path,
                                              QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("周一"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Dry run"))) << dry.out.toStdString();
    auto done = cli(QStringLiteral("cadmin"), {QStringLiteral("roster-import"), QStringLiteral("--mapping"), mapping, path,
                                               QStringLiteral("--json")});
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(json(done).value(QStringLiteral("committed")).toBool());
    // The same file again: every person is already in the database (1), nothing added.
    auto again = cli(QStringLiteral("cadmin"), {QStringLiteral("roster-import"), QStringLiteral("--mapping"), mapping, path,
                                                QStringLiteral("--json")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(json(again).value(QStringLiteral("error")).toString(), QStringLiteral("roster_invalid"));
    // The verification officer may not import a roster: 3.
    EXPECT_EQ(cli(QStringLiteral("officer"), {QStringLiteral("roster-import"), QStringLiteral("--mapping"), mapping, path,
                                              QStringLiteral("--dry-run")})
                  .exitCode,
              3);
}

} // namespace
} // namespace dibao::test
