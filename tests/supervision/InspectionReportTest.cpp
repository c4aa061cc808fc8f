#include "supervision/SupervisionFixture.h"

#include "supervision/InspectionReport.h"

using namespace dibao;
using namespace dibao::test;

namespace {

// Township A over 2026-10-01..2026-11-27:
//   c1 confirmed by 赵审核 (decided 2026-10-01) with a household visit; clocks: kept (10-09 <= 10-10), done late
//      (11-05 > 10-25), open past due (10-20)
//   c2 refused by 孙审核 (decided 2026-11-01), no household visit             -> listed: household visit
//   c3 in confirmation, near relative declared, visited but not by the authority -> listed: authority visit
//   c4 in confirmation with a complaint during confirmation on 11-10, authority visit on 11-05 (before it)
//                                                                              -> listed: authority visit
//   an open sync flag on c2, a resolved one on c1, an open conflict on h1; in township B a decided case and an
//   open flag that must not appear.
class InspectionReportTest : public SupervisionFixture {
protected:
    void SetUp() override
    {
        SupervisionFixture::SetUp();
        const QString a = QString::fromLatin1(kA), b = QString::fromLatin1(kB);
        h1 = household(a, 0);
        c1 = decision(h1, a, QStringLiteral("2026-10"), 40000);
        visitOf(c1, false);
        clock(c1, QStringLiteral("notice"), QStringLiteral("2026-10-10"), QStringLiteral("2026-10-09"));
        clock(c1, QStringLiteral("whole_case"), QStringLiteral("2026-10-25"), QStringLiteral("2026-11-05"));
        clock(c1, QStringLiteral("investigation_start"), QStringLiteral("2026-10-20"));
        const QString h2 = household(a, 1);
        c2 = decision(h2, a, QStringLiteral("2026-11"), 0);
        write("cases", c2, Row{{QStringLiteral("state"), QStringLiteral("refused")},
                               {QStringLiteral("decided_by"), QStringLiteral("孙审核")}});
        const QString h3 = household(a, 2);
        c3 = decision(h3, a, QStringLiteral("2026-11"), 0);
        write("cases", c3, Row{{QStringLiteral("state"), QStringLiteral("confirmation")},
                               {QStringLiteral("near_relative_declared"), qint64(1)},
                               {QStringLiteral("decided_on"), QVariant()},
                               {QStringLiteral("decided_by"), QVariant()}});
        visitOf(c3, false);
        const QString h4 = household(a, 3);
        c4 = decision(h4, a, QStringLiteral("2026-11"), 0);
        write("cases", c4, Row{{QStringLiteral("state"), QStringLiteral("confirmation")},
                               {QStringLiteral("decided_on"), QVariant()},
                               {QStringLiteral("decided_by"), QVariant()}});
        visitOf(c4, false);
        visitOf(c4, true, QStringLiteral("2026-11-05"));
        insert("case_complaints", Row{{QStringLiteral("id"), newId()},
                                      {QStringLiteral("case_id"), c4},
                                      {QStringLiteral("received_on"), QStringLiteral("2026-11-10")},
                                      {QStringLiteral("channel"), QStringLiteral("visit")},
                                      {QStringLiteral("summary"), QStringLiteral("反映有经营收入")},
                                      {QStringLiteral("during_confirmation"), qint64(1)}});
        const QString hb = household(b, 4);
        const QString cb = decision(hb, b, QStringLiteral("2026-10"), 30000);
        flag(QStringLiteral("cases"), c2, QString());
        flag(QStringLiteral("cases"), c1, QStringLiteral("2026-11-20T00:00:00Z"));
        flag(QStringLiteral("cases"), cb, QString());
        ASSERT_TRUE(s().db()
                        .exec(QStringLiteral("INSERT INTO conflicts (entity, entity_id, field, kept_value, kept_hlc, "
                                             "kept_origin, lost_value, lost_hlc, lost_origin, detected_at) VALUES "
                                             "('households', '%1', 'phone', '\"1\"', 'h1', 'o1', '\"2\"', 'h2', 'o2', "
                                             "'2026-11-21T00:00:00Z')")
                                  .arg(h1)
                                  .toUtf8()
                                  .constData())
                        .ok());
        db->actAsRole(Role::Auditor, QStringLiteral("钱督查"));
    }

    void visitOf(const QString &caseId, bool byAuthority, const QString &date = QStringLiteral("2026-09-02"))
    {
        insert("visits", Row{{QStringLiteral("id"), newId()},
                             {QStringLiteral("case_id"), caseId},
                             {QStringLiteral("kind"), QStringLiteral("household")},
                             {QStringLiteral("visit_date"), date},
                             {QStringLiteral("by_authority"), qint64(byAuthority ? 1 : 0)},
                             {QStringLiteral("investigators"), QStringLiteral("[{\"name\":\"张三\"},{\"name\":\"李四\"}]")}});
    }

    // Sync flags are protocol state written by the importer (not audited records): written here as it does.
    void flag(const QString &entity, const QString &id, const QString &resolvedAt)
    {
        ASSERT_TRUE(s().db()
                        .exec(QStringLiteral("INSERT INTO sync_flags (kind, entity, entity_id, detail, at, resolved_at) "
                                             "VALUES ('intake_changed_after_decision', '%1', '%2', 'changed', "
                                             "'2026-11-01T00:00:00Z', %3)")
                                  .arg(entity, id, resolvedAt.isEmpty() ? QStringLiteral("NULL")
                                                                        : QLatin1Char('\'') + resolvedAt + QLatin1Char('\''))
                                  .toUtf8()
                                  .constData())
                        .ok());
    }

    InspectionReport compute()
    {
        InspectionReports reports(s());
        auto r = reports.compute(QString::fromLatin1(kA), QDate(2026, 10, 1), QDate(2026, 11, 27));
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message.toStdString());
        return r.ok() ? *r : InspectionReport{};
    }

    QString h1, c1, c2, c3, c4;
};

TEST_F(InspectionReportTest, ClocksVisitsFlagsAndDecisionsOfTheTownship)
{
    const InspectionReport r = compute();
    EXPECT_EQ(r.townshipName, QStringLiteral("旧圃镇"));
    EXPECT_EQ(r.clocksKept(), 1);
    EXPECT_EQ(r.clocksMissed(), 2);
    ASSERT_EQ(r.clocks.size(), 3);
    for (const InspectionClock &c : r.clocks) {
        if (c.clock == QLatin1String("whole_case")) {
            EXPECT_EQ(c.missedLate, 1);
        }
        if (c.clock == QLatin1String("investigation_start")) {
            EXPECT_EQ(c.missedOpen, 1);
        }
    }

    QStringList listed;
    for (const InspectionCase &c : r.casesWithoutVisits)
        listed << c.caseId + QLatin1Char(':') + c.missing + QLatin1Char(':') + c.ground;
    listed.sort();
    QStringList expected{c2 + QStringLiteral(":household_visit:investigation"),
                         c3 + QStringLiteral(":authority_visit:near_relative"),
                         c4 + QStringLiteral(":authority_visit:complaint_during_confirmation")};
    expected.sort();
    EXPECT_EQ(listed, expected);

    ASSERT_EQ(r.unresolved.size(), 2); // the open flag on c2 and the conflict on h1; not B's, not the resolved one
    QStringList sources;
    for (const InspectionFlag &f : r.unresolved)
        sources << f.source + QLatin1Char(':') + f.entityId;
    sources.sort();
    QStringList expectedSources{QStringLiteral("conflict:") + h1, QStringLiteral("sync_flag:") + c2};
    expectedSources.sort();
    EXPECT_EQ(sources, expectedSources);

    ASSERT_EQ(r.decisions.size(), 2);
    EXPECT_EQ(r.decisions[0].decidedBy + r.decisions[0].decision + QString::number(r.decisions[0].count),
              QStringLiteral("孙审核refused1"));
    EXPECT_EQ(r.decisions[1].decidedBy + r.decisions[1].decision + QString::number(r.decisions[1].count),
              QStringLiteral("赵审核confirmed1"));
}

TEST_F(InspectionReportTest, RefusesOutsideTheJurisdictionABadPeriodAndOtherRoles)
{
    InspectionReports reports(s());
    EXPECT_EQ(reports.compute(QStringLiteral("530621001"), QDate(2026, 1, 1), QDate(2026, 2, 1)).error().code,
              QStringLiteral("outside_jurisdiction"));
    EXPECT_EQ(reports.compute(QStringLiteral("5306"), QDate(2026, 1, 1), QDate(2026, 2, 1)).error().code,
              QStringLiteral("inspection_township"));
    EXPECT_EQ(reports.compute(QString::fromLatin1(kA), QDate(2026, 3, 1), QDate(2026, 2, 1)).error().code,
              QStringLiteral("inspection_period"));
    db->actAsRole(Role::TownshipAssistant);
    EXPECT_EQ(reports.compute(QString::fromLatin1(kA), QDate(2026, 1, 1), QDate(2026, 2, 1)).error().kind,
              ErrorKind::Permission);
}

TEST_F(InspectionReportTest, WorkbookOpensInOpenpyxlAndTheCliWritesIt)
{
    const InspectionReport r = compute();
    const QString path = db->dir() + QStringLiteral("/inspection.xlsx");
    ASSERT_TRUE(InspectionReports::writeXlsx(r, path).ok());
    const QString out = python(QStringLiteral(
        "import sys, openpyxl\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "s = {row[0]: row[1] for row in wb['概况'].iter_rows(values_only=True)}\n"
        "print(s['时限按期完成'], s['时限逾期'], s['缺少规定走访的案件'], s['未处理的标记和冲突'], s['期间内作出的决定'])\n"
        "print(wb.sheetnames)\n"),
        {path});
    EXPECT_EQ(out.trimmed(), QStringLiteral("1 2 3 2 2\n['概况', '时限', '缺少走访', '未处理', '决定']"));

    db->signInAs(QStringLiteral("admin"));
    const QString cliOut = db->dir() + QStringLiteral("/cli-inspection.xlsx");
    const CliResult cli = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("inspection-report"),
                                  QStringLiteral("--township"), QString::fromLatin1(kA), QStringLiteral("--from"),
                                  QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-11-27"),
                                  QStringLiteral("--out"), cliOut, QStringLiteral("--json")},
                                 {QStringLiteral("DIBAO_TODAY=2026-11-27")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    EXPECT_TRUE(cli.out.contains(QStringLiteral("\"cases_without_visits\": 3")));
    EXPECT_TRUE(QFileInfo::exists(cliOut));
    const CliResult pdf = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("inspection-report"),
                                  QStringLiteral("--township"), QString::fromLatin1(kA), QStringLiteral("--out"),
                                  db->dir() + QStringLiteral("/x.pdf")});
    EXPECT_EQ(pdf.exitCode, 2);
}

} // namespace
