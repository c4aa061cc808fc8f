#include "supervision/SupervisionFixture.h"

#include "supervision/AuditTrail.h"

using namespace dibao;
using namespace dibao::test;

namespace {

// Two households in township A, each with a decided case; a sensitive read of the first. Audit entries come from
// the product's own writes (households, members, cases) and the read.
class AuditTrailTest : public SupervisionFixture {
protected:
    void SetUp() override
    {
        SupervisionFixture::SetUp();
        const QString a = QString::fromLatin1(kA);
        h1 = household(a, 0);
        c1 = decision(h1, a, QStringLiteral("2026-08"), 40000, QStringLiteral("A"));
        h2 = household(a, 1);
        c2 = decision(h2, a, QStringLiteral("2026-09"), 30000, QStringLiteral("B"));
        ASSERT_TRUE(s().logSensitiveRead(QStringLiteral("households"), h1, QStringLiteral("bank account")).ok());
        db->actAsRole(Role::Auditor, QStringLiteral("钱审计"));
    }

    QList<AuditEntry> entries(const AuditFilter &f)
    {
        AuditTrail trail(s());
        auto page = trail.page(f, 0, 1000);
        EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().message.toStdString());
        return page.ok() ? *page : QList<AuditEntry>{};
    }

    QString h1, c1, h2, c2;
};

TEST_F(AuditTrailTest, ACaseShowsItsOwnHouseholdMembersAndReadsOnly)
{
    AuditFilter f;
    f.caseId = c1;
    const QList<AuditEntry> list = entries(f);
    ASSERT_FALSE(list.isEmpty());
    QSet<QString> entities;
    bool sawRead = false;
    for (const AuditEntry &e : list) {
        EXPECT_NE(e.entityId, c2);
        EXPECT_NE(e.entityId, h2);
        entities.insert(e.entity);
        sawRead = sawRead || (e.action == QLatin1String("read") && e.entityId == h1);
        EXPECT_TRUE(e.hashMatches);
    }
    EXPECT_TRUE(entities.contains(QStringLiteral("cases")));
    EXPECT_TRUE(entities.contains(QStringLiteral("households")));
    EXPECT_TRUE(entities.contains(QStringLiteral("members")));
    EXPECT_TRUE(sawRead) << "the sensitive read of the household belongs to the case's history";
    // Newest first.
    for (int i = 1; i < list.size(); ++i)
        EXPECT_GT(list[i - 1].seq, list[i].seq);
    AuditTrail trail(s());
    EXPECT_EQ(trail.count(f).value(), list.size());
}

TEST_F(AuditTrailTest, FiltersByUserEntityActionAndDates)
{
    AuditTrail trail(s());
    const qint64 all = trail.count({}).value();
    AuditFilter reads;
    reads.action = QStringLiteral("read");
    EXPECT_EQ(trail.count(reads).value(), 1);
    AuditFilter cases;
    cases.entity = QStringLiteral("cases");
    EXPECT_EQ(trail.count(cases).value(), 2);
    AuditFilter admin;
    admin.userName = QStringLiteral("admin");
    const qint64 byAdmin = trail.count(admin).value();
    EXPECT_GT(byAdmin, 0);
    EXPECT_LT(byAdmin, all); // the households were created as the township assistant
    AuditFilter nobody;
    nobody.userName = QStringLiteral("nobody");
    EXPECT_EQ(trail.count(nobody).value(), 0);
    // Entries are stamped with the test's day (DIBAO_TODAY 2026-11-27): a range before it holds none, one around it
    // all of them.
    AuditFilter past;
    past.from = QDate(2020, 1, 1);
    past.to = QDate(2020, 12, 31);
    EXPECT_EQ(trail.count(past).value(), 0);
    AuditFilter now;
    now.from = QDate(2026, 11, 27);
    now.to = QDate(2026, 11, 27);
    EXPECT_EQ(trail.count(now).value(), all);
    AuditFilter backwards;
    backwards.from = QDate(2026, 2, 1);
    backwards.to = QDate(2026, 1, 1);
    EXPECT_EQ(trail.count(backwards).error().code, QStringLiteral("audit_range"));
    AuditFilter unknown;
    unknown.caseId = QStringLiteral("no-such-case");
    EXPECT_EQ(trail.count(unknown).error().code, QStringLiteral("case_not_found"));
}

TEST_F(AuditTrailTest, AnEntryEditedBehindTheProductsBackShowsAndFailsTheChain)
{
    ASSERT_TRUE(s().audit().verify().value().intact());
    // Someone with the database file raises the amount in the trail's record of the decision.
    ASSERT_TRUE(s().db()
                    .exec(QStringLiteral("UPDATE audit SET after = replace(after, '40000', '90000') WHERE entity = "
                                         "'cases' AND entity_id = '%1' AND action = 'insert'")
                              .arg(c1)
                              .toUtf8()
                              .constData())
                    .ok());
    AuditFilter f;
    f.caseId = c1;
    f.entity = QStringLiteral("cases");
    const QList<AuditEntry> list = entries(f);
    ASSERT_EQ(list.size(), 1);
    EXPECT_FALSE(list[0].hashMatches);
    EXPECT_TRUE(list[0].after.contains("90000"));
    // The other case's entry is untouched.
    f.caseId = c2;
    EXPECT_TRUE(entries(f).value(0).hashMatches);

    auto report = s().audit().verify();
    ASSERT_TRUE(report.ok());
    ASSERT_FALSE(report->intact());
    EXPECT_EQ(report->problems.first().kind, QStringLiteral("entry_altered"));
    EXPECT_EQ(report->problems.first().seq, list[0].seq);
    const CliResult cli = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("audit-verify")});
    EXPECT_EQ(cli.exitCode, 1);
}

TEST_F(AuditTrailTest, TheChainCheckReportsProgressAndCanBeCancelled)
{
    qint64 calls = 0, lastTotal = 0;
    auto report = s().audit().verify([&](qint64, qint64 total) {
        ++calls;
        lastTotal = total;
        return true;
    });
    ASSERT_TRUE(report.ok());
    EXPECT_GE(calls, 1);
    EXPECT_EQ(lastTotal, report->entries);
    auto cancelled = s().audit().verify([](qint64, qint64) { return false; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, QStringLiteral("cancelled"));
}

TEST_F(AuditTrailTest, ExportsOpenInASpreadsheetAndAreThemselvesOnRecord)
{
    AuditTrail trail(s());
    AuditFilter f;
    f.caseId = c1;
    const qint64 n = trail.count(f).value();
    const QString xlsx = db->dir() + QStringLiteral("/audit.xlsx");
    const QString csv = db->dir() + QStringLiteral("/audit.csv");
    ASSERT_EQ(trail.exportTo(f, xlsx, AuditTrail::Format::Xlsx).value(), n);
    ASSERT_EQ(trail.exportTo(f, csv, AuditTrail::Format::Csv).value(), n);
    const QString out = python(QStringLiteral(
        "import sys, csv, openpyxl\n"
        "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
        "rows = list(ws.iter_rows(values_only=True))\n"
        "with open(sys.argv[2], encoding='utf-8-sig', newline='') as f:\n"
        "    c = list(csv.reader(f))\n"
        "print(len(rows) - 1, len(c) - 1, rows[1][0] == int(c[1][0]), rows[0][6], c[0][2])\n"),
        {xlsx, csv});
    EXPECT_EQ(out.trimmed(), QStringLiteral("%1 %1 True Action User").arg(n));
    // Two exports, two reads of the trail on record.
    AuditFilter exports;
    exports.entity = QStringLiteral("audit");
    exports.action = QStringLiteral("read");
    EXPECT_EQ(trail.count(exports).value(), 2);
    EXPECT_EQ(trail.page(exports, 0, 10).value().first().userName, s().actor().name);
}

TEST_F(AuditTrailTest, OnlyTheAuditRolesMayReadTheTrailAndTheCliExports)
{
    db->actAsRole(Role::TownshipAssistant);
    AuditTrail trail(s());
    EXPECT_EQ(trail.count({}).error().kind, ErrorKind::Permission);
    db->signInAs(QStringLiteral("admin")); // the county administrator
    EXPECT_TRUE(trail.count({}).ok());

    const QString out = db->dir() + QStringLiteral("/cli.csv");
    const CliResult r = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("audit-export"), QStringLiteral("--out"),
                                out, QStringLiteral("--case"), c1, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"entries\"")));
    EXPECT_TRUE(QFileInfo::exists(out));
    const CliResult bad = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("audit-export"), QStringLiteral("--out"),
                                  db->dir() + QStringLiteral("/x.txt")});
    EXPECT_EQ(bad.exitCode, 2);
    const CliResult badDate = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("audit-export"),
                                      QStringLiteral("--out"), out, QStringLiteral("--from"), QStringLiteral("2026-13-01")});
    EXPECT_EQ(badDate.exitCode, 2);
}

} // namespace
