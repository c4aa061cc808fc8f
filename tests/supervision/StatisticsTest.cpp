#include "supervision/SupervisionFixture.h"

#include "domain/Division.h"
#include "supervision/MonthlyReport.h"
#include "supervision/Statistics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dibao;
using namespace dibao::test;

namespace {

// Two townships over October and November 2026 (today 2026-11-27):
//   A h1  application from 2026-08, 400 yuan, tier A, 3 persons; clocks: one open due 10-20, one due 10-25 done
//         11-05 (late), one due 10-10 done 10-09 (kept)
//   A h2  application from 2026-10, 300 yuan, tier B, 单人保 (1 person)                  -> new in October
//   A h6  application from 2026-01, 200 yuan; gradual exit from 2026-09 for 2 months    -> exits in November
//   B h3  urban, application from 2026-05, 500 yuan; review "stop" from 2026-10         -> exits in October;
//         complaints received 10-05 and 11-02
//   B h4  urban, migrated roster since 2025-01, 450 yuan, 3 members
//   B h5  application from 2026-11, 350 yuan                                             -> new in November
class StatisticsTest : public SupervisionFixture {
protected:
    void SetUp() override
    {
        SupervisionFixture::SetUp();
        const QString a = QString::fromLatin1(kA), b = QString::fromLatin1(kB);
        const QString h1 = household(a, 0);
        const QString c1 = decision(h1, a, QStringLiteral("2026-08"), 40000, QStringLiteral("A"));
        clock(c1, QStringLiteral("investigation_start"), QStringLiteral("2026-10-20"));
        clock(c1, QStringLiteral("whole_case"), QStringLiteral("2026-10-25"), QStringLiteral("2026-11-05"));
        clock(c1, QStringLiteral("notice"), QStringLiteral("2026-10-10"), QStringLiteral("2026-10-09"));
        const QString h2 = household(a, 1);
        decision(h2, a, QStringLiteral("2026-10"), 30000, QStringLiteral("B"), {}, 0, true);
        const QString h6 = household(a, 2);
        decision(h6, a, QStringLiteral("2026-01"), 20000, QStringLiteral("A"));
        decision(h6, a, QStringLiteral("2026-09"), 20000, {}, QStringLiteral("gradual_exit"), 2);
        const QString h3 = household(b, 3, QStringLiteral("urban"));
        const QString c3 = decision(h3, b, QStringLiteral("2026-05"), 50000, QStringLiteral("C"));
        decision(h3, b, QStringLiteral("2026-10"), 0, {}, QStringLiteral("stop"));
        complaint(c3, QStringLiteral("2026-10-05"));
        complaint(c3, QStringLiteral("2026-11-02"));
        const QString h4 = rosterHousehold(*db, 4, 45000, QDate(2025, 1, 1), b);
        write("households", h4, Row{{QStringLiteral("area"), QStringLiteral("urban")}});
        const QString h5 = household(b, 5);
        decision(h5, b, QStringLiteral("2026-11"), 35000, QStringLiteral("A"));
    }

    StatisticsReport compute(const QDate &month, StatisticsGrouping by = StatisticsGrouping::Township)
    {
        Statistics statistics(s());
        auto r = statistics.compute(month, by);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message.toStdString());
        return r.ok() ? *r : StatisticsReport{};
    }

    static const StatisticsRow *row(const StatisticsReport &r, const QString &key)
    {
        for (const StatisticsRow &x : r.rows)
            if (x.key == key)
                return &x;
        return nullptr;
    }
};

TEST_F(StatisticsTest, OctoberByTownshipEqualsHandCount)
{
    const StatisticsReport r = compute(QDate(2026, 10, 1));
    EXPECT_EQ(r.asOf, QDate(2026, 10, 31));
    const StatisticsRow *a = row(r, QString::fromLatin1(kA));
    const StatisticsRow *b = row(r, QString::fromLatin1(kB));
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->label, QStringLiteral("旧圃镇"));
    EXPECT_EQ(a->figures.households, 3);
    EXPECT_EQ(a->figures.persons, 7);
    EXPECT_EQ(a->figures.amount, 90000);
    EXPECT_EQ(a->figures.ruralHouseholds, 3);
    EXPECT_EQ(a->figures.urbanHouseholds, 0);
    EXPECT_EQ(a->figures.newHouseholds, 1);
    EXPECT_EQ(a->figures.exitedHouseholds, 0);
    EXPECT_EQ(a->figures.overdueWork, 2); // open since 10-20, and 10-25 done only in November
    EXPECT_EQ(a->figures.complaints, 0);

    EXPECT_EQ(b->figures.households, 1);
    EXPECT_EQ(b->figures.persons, 3);
    EXPECT_EQ(b->figures.amount, 45000);
    EXPECT_EQ(b->figures.urbanHouseholds, 1);
    EXPECT_EQ(b->figures.urbanAmount, 45000);
    EXPECT_EQ(b->figures.newHouseholds, 0);
    EXPECT_EQ(b->figures.exitedHouseholds, 1);
    EXPECT_EQ(b->figures.complaints, 1);
    EXPECT_EQ(b->figures.findings, 0);

    EXPECT_EQ(r.total.households, 4);
    EXPECT_EQ(r.total.persons, 10);
    EXPECT_EQ(r.total.amount, 135000);
    EXPECT_EQ(r.total.overdueWork, 2);
    // Every township of the county has its line, with or without households.
    EXPECT_EQ(r.rows.size(), DivisionRegistry::instance().townshipsOf(QString::fromLatin1(kCounty)).size());
}

TEST_F(StatisticsTest, NovemberCountsNewExitsAndOverdueAsOfToday)
{
    const StatisticsReport r = compute(QDate(2026, 11, 1));
    EXPECT_EQ(r.asOf, QDate(2026, 11, 27));
    const StatisticsRow *a = row(r, QString::fromLatin1(kA));
    const StatisticsRow *b = row(r, QString::fromLatin1(kB));
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->figures.households, 2);
    EXPECT_EQ(a->figures.persons, 4);
    EXPECT_EQ(a->figures.amount, 70000);
    EXPECT_EQ(a->figures.exitedHouseholds, 1); // the gradual exit ran out
    EXPECT_EQ(a->figures.overdueWork, 1);
    EXPECT_EQ(b->figures.households, 2);
    EXPECT_EQ(b->figures.persons, 6);
    EXPECT_EQ(b->figures.amount, 80000);
    EXPECT_EQ(b->figures.newHouseholds, 1);
    EXPECT_EQ(b->figures.exitedHouseholds, 0);
    EXPECT_EQ(b->figures.complaints, 1);
}

TEST_F(StatisticsTest, AreaAndTierCutsAddUpToTheSameTotal)
{
    const QDate oct(2026, 10, 1);
    const StatisticsReport township = compute(oct);
    const StatisticsReport area = compute(oct, StatisticsGrouping::Area);
    const StatisticsReport tier = compute(oct, StatisticsGrouping::Tier);
    const StatisticsReport village = compute(oct, StatisticsGrouping::Village);
    EXPECT_EQ(area.total, township.total);
    EXPECT_EQ(tier.total, township.total);
    EXPECT_EQ(village.total, township.total);
    StatisticsFigures summed;
    for (const StatisticsRow &r : village.rows)
        summed.add(r.figures);
    EXPECT_EQ(summed, township.total);

    const StatisticsRow *urban = row(area, QStringLiteral("urban"));
    const StatisticsRow *rural = row(area, QStringLiteral("rural"));
    ASSERT_TRUE(urban && rural);
    EXPECT_EQ(urban->figures.households, 1);
    EXPECT_EQ(urban->figures.amount, 45000);
    EXPECT_EQ(urban->figures.exitedHouseholds, 1);
    EXPECT_EQ(rural->figures.households, 3);
    EXPECT_EQ(rural->figures.amount, 90000);
    EXPECT_EQ(rural->figures.newHouseholds, 1);

    // The tier of the decision in force; a review names none, so the household's (none here) counts.
    const StatisticsRow *tierA = row(tier, QStringLiteral("A"));
    const StatisticsRow *tierB = row(tier, QStringLiteral("B"));
    const StatisticsRow *none = row(tier, QString());
    ASSERT_TRUE(tierA && tierB && none);
    EXPECT_EQ(tierA->figures.amount, 40000);
    EXPECT_EQ(tierB->figures.amount, 30000);
    EXPECT_EQ(none->figures.households, 2); // the gradual exit and the roster household
    EXPECT_EQ(none->figures.amount, 65000);
}

TEST_F(StatisticsTest, ARoleWithoutStatisticsIsRefusedAndABadMonthIsInvalid)
{
    db->actAsRole(Role::TownshipAssistant);
    Statistics statistics(s());
    auto refused = statistics.compute(QDate(2026, 10, 1), StatisticsGrouping::Township);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Permission);
    db->actAsRole(Role::Auditor);
    auto invalid = statistics.compute(QDate(), StatisticsGrouping::Township);
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().code, QStringLiteral("statistics_month"));
    EXPECT_TRUE(statistics.compute(QDate(2026, 10, 1), StatisticsGrouping::Township).ok());
}

TEST_F(StatisticsTest, MonthlyReportOpensInOpenpyxlWithTheSameTotals)
{
    const StatisticsReport r = compute(QDate(2026, 10, 1));
    const QString path = db->dir() + QStringLiteral("/report.xlsx");
    ASSERT_TRUE(writeMonthlyReport(r, QStringLiteral("昭阳区"), path).ok());
    const QString out = python(QStringLiteral(
        "import sys, openpyxl\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "ws = wb['月报']\n"
        "rows = list(ws.iter_rows(values_only=True))\n"
        "print(rows[0][2], rows[0][15])\n"
        "for row in rows[1:]:\n"
        "    if row[0] in ('530602101', '530602102') or row[1] == '合计':\n"
        "        print(row[1], row[2], row[3], '%.2f' % row[4], row[5], row[6], '%.2f' % row[7], row[8], row[9],"
        " '%.2f' % row[10], row[11], row[12], row[13], row[14], row[15])\n"
        "print(sum(1 for row in rows[1:-1]), [r[0] for r in wb['说明'].iter_rows(values_only=True)][1:3])\n"),
        {path});
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 5) << out.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("城市低保户数 核对发现"));
    EXPECT_EQ(lines[1], QStringLiteral("旧圃镇 0 0 0.00 3 7 900.00 3 7 900.00 1 0 2 0 0"));
    EXPECT_EQ(lines[2], QStringLiteral("永丰镇 1 3 450.00 0 0 0.00 1 3 450.00 0 1 0 1 0"));
    EXPECT_EQ(lines[3], QStringLiteral("合计 1 3 450.00 3 7 900.00 4 10 1350.00 1 1 2 1 0"));
    EXPECT_EQ(lines[4], QStringLiteral("%1 ['填报单位', '统计月份']").arg(r.rows.size()));
}

TEST_F(StatisticsTest, CliPrintsJsonAndWritesTheWorkbook)
{
    const QString xlsx = db->dir() + QStringLiteral("/stats.xlsx");
    const QStringList env{QStringLiteral("DIBAO_TODAY=2026-11-27")};
    const CliResult r = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("stats"), QStringLiteral("--month"),
                                QStringLiteral("2026-10"), QStringLiteral("--by"), QStringLiteral("area"),
                                QStringLiteral("--xlsx"), xlsx, QStringLiteral("--json")},
                               env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("by")).toString(), QStringLiteral("area"));
    EXPECT_EQ(o.value(QStringLiteral("total")).toObject().value(QStringLiteral("amount_fen")).toInteger(), 135000);
    EXPECT_EQ(o.value(QStringLiteral("total")).toObject().value(QStringLiteral("exited")).toInteger(), 1);
    EXPECT_EQ(o.value(QStringLiteral("rows")).toArray().size(), 2);
    EXPECT_TRUE(o.value(QStringLiteral("findings_register")).isBool()); // true once verification_findings exists
    EXPECT_TRUE(QFileInfo::exists(xlsx));

    const CliResult usage = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("stats"), QStringLiteral("--month"),
                                    QStringLiteral("2026-10"), QStringLiteral("--by"), QStringLiteral("street")},
                                   env);
    EXPECT_EQ(usage.exitCode, 2);
    const CliResult noMonth = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("stats")}, env);
    EXPECT_EQ(noMonth.exitCode, 2);
}

TEST_F(StatisticsTest, AnUnwritableWorkbookIsAnErrorAndLeavesNothing)
{
    const StatisticsReport r = compute(QDate(2026, 10, 1));
    const QString path = db->dir() + QStringLiteral("/no/such/dir/report.xlsx");
    const Status st = writeMonthlyReport(r, QStringLiteral("昭阳区"), path);
    EXPECT_FALSE(st.ok());
    EXPECT_FALSE(QFileInfo::exists(path));
}

} // namespace
