// Benchmarks for supervision (issue 6): the statistics screen for one month over the whole database (target under
// 1 s on the 120,000-household demo), the monthly report workbook. See docs/benchmarks.md "Supervision".
//
// Environment:
//   DIBAO_BENCH_HOUSEHOLDS  households in the demo county (default 2000; CI runs 300)
//   DIBAO_BENCH_DB          the demo database (default /tmp/dibao-bench-<N>.db, shared with the other benchmarks;
//                           generated once if missing). Never written: the benchmarks run on a copy,
//                           <DIBAO_BENCH_DB>.supervision-scratch, unless DIBAO_BENCH_IN_PLACE=1 (for a private copy
//                           of a 5 GB database, where a second copy is not worth the disk).
//   DIBAO_BENCH_MONTH       the month counted (default: this month, China time)
//
// The demo generator leaves most households in the early states (the 100,000-household demo has no decision at
// all), so a month would count nothing: where fewer than half the applications are decided, the copy is given
// decisions by SQL first (giveBenchDecisions in BenchMain.h). That is bench data only (written around the audit
// trail on a scratch copy), so the figures describe a full register.
#include "BenchMain.h"
#include "common/ChinaDate.h"
#include "demo/DemoGenerator.h"
#include "store/Session.h"
#include "supervision/MonthlyReport.h"
#include "supervision/Statistics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace dibao;

namespace {

struct Figures {
    QString path;
    std::unique_ptr<Session> session;
    QDate month;
    QTemporaryDir out;
};

Figures &figures()
{
    static Figures f;
    return f;
}

void die(const QString &what)
{
    std::fprintf(stderr, "bench_supervision: %s\n", what.toUtf8().constData());
    std::exit(2);
}

void prepare()
{
    Figures &f = figures();
    QString error;
    const QString source = benchDemoDatabase(&error);
    if (source.isEmpty())
        die(error);
    f.path = source;
    if (qEnvironmentVariableIntValue("DIBAO_BENCH_IN_PLACE") != 1) {
        f.path = source + QStringLiteral(".supervision-scratch");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(f.path + suffix);
        if (!QFile::copy(source, f.path))
            die(QStringLiteral("cannot copy %1 to %2").arg(source, f.path));
        if (QFileInfo::exists(source + QStringLiteral("-wal")))
            QFile::copy(source + QStringLiteral("-wal"), f.path + QStringLiteral("-wal"));
    }
    QElapsedTimer open;
    open.start();
    auto opened = Session::open(f.path); // migrates the copy to this build's schema (v7 adds indexes)
    if (!opened)
        die(opened.error().message);
    std::fprintf(stderr, "Opened (and migrated) in %.1f s\n", open.elapsed() / 1000.0);
    f.session = std::move(opened).value();
    f.session->actAs(Actor{QStringLiteral("bench-auditor"), QStringLiteral("bench.auditor"), QStringLiteral("基准审计"),
                           Role::Auditor, f.session->divisionCode().left(6)});
    const QString month = qEnvironmentVariable("DIBAO_BENCH_MONTH");
    f.month = month.isEmpty() ? firstOfMonth(chinaToday()) : parseIsoMonth(month);
    if (!f.month.isValid())
        die(QStringLiteral("DIBAO_BENCH_MONTH takes YYYY-MM"));
    if (QString error; !giveBenchDecisions(*f.session, f.month, &error))
        die(error);
    if (Status st = f.session->db().checkpoint(); !st) // the setup's writes out of the WAL before anything is timed
        die(st.error().message);
    benchmark::AddCustomContext("db_path", f.path.toStdString());
    benchmark::AddCustomContext("month", isoMonth(f.month).toStdString());
}

void countersFor(benchmark::State &state, const StatisticsReport &r)
{
    state.counters["rows"] = double(r.rows.size());
    state.counters["households"] = double(r.total.households);
    state.counters["persons"] = double(r.total.persons);
    state.counters["amount_yuan"] = double(r.total.amount) / 100.0;
    state.counters["new"] = double(r.total.newHouseholds);
    state.counters["exited"] = double(r.total.exitedHouseholds);
    state.counters["overdue"] = double(r.total.overdueWork);
}

// The statistics screen: one month, by township, over the whole database.
void BM_StatisticsMonthByTownship(benchmark::State &state)
{
    Figures &f = figures();
    Statistics statistics(*f.session);
    StatisticsReport report;
    for (auto _ : state) {
        auto r = statistics.compute(f.month, StatisticsGrouping::Township);
        if (!r)
            die(r.error().message);
        report = std::move(*r);
    }
    countersFor(state, report);
}
BENCHMARK(BM_StatisticsMonthByTownship)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same month cut by village (more rows, the same queries).
void BM_StatisticsMonthByVillage(benchmark::State &state)
{
    Figures &f = figures();
    Statistics statistics(*f.session);
    StatisticsReport report;
    for (auto _ : state) {
        auto r = statistics.compute(f.month, StatisticsGrouping::Village);
        if (!r)
            die(r.error().message);
        report = std::move(*r);
    }
    countersFor(state, report);
}
BENCHMARK(BM_StatisticsMonthByVillage)->Unit(benchmark::kMillisecond)->UseRealTime();

// The monthly report: statistics by township and the workbook written.
void BM_MonthlyReportXlsx(benchmark::State &state)
{
    Figures &f = figures();
    Statistics statistics(*f.session);
    const QString path = f.out.filePath(QStringLiteral("monthly.xlsx"));
    for (auto _ : state) {
        auto r = statistics.compute(f.month, StatisticsGrouping::Township);
        if (!r)
            die(r.error().message);
        if (Status st = writeMonthlyReport(*r, QStringLiteral("bench"), path); !st)
            die(st.error().message);
    }
    state.counters["xlsx_kib"] = double(QFileInfo(path).size()) / 1024.0;
}
BENCHMARK(BM_MonthlyReportXlsx)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    return runBenchmarks(argc, argv, prepare, [] {
        Figures &f = figures();
        f.session.reset();
        if (qEnvironmentVariableIntValue("DIBAO_BENCH_IN_PLACE") != 1)
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(f.path + suffix);
    });
}
