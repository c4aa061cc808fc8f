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
// all), so a month would count nothing. Where fewer than half the applications are decided, the copy is given
// decisions by SQL first: 80 % of applications confirmed with effective months spread over the 24 months before
// the month, amounts 300-600 yuan, tiers A-C, and one in ten of those stopped by a review 1-12 months later (the
// delay is not a function of the confirmation's month: with `rowid % 12` it was, and no stop ever fell in the
// counted month, which is why an earlier run reported 0 exits). That is
// bench data only (written around the audit trail on a scratch copy), so the figures describe a full register.
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

qint64 scalar(Session &s, const char *sql)
{
    auto st = s.db().prepare(sql);
    if (!st)
        die(st.error().message);
    auto row = st->step();
    if (!row || !*row)
        die(QStringLiteral("no row: %1").arg(QString::fromUtf8(sql)));
    return st->int64(0);
}

void giveDecisions(Session &s, const QDate &month)
{
    const qint64 applications = scalar(s, "SELECT count(*) FROM cases WHERE kind = 'application'");
    const qint64 decided = scalar(s, "SELECT count(*) FROM cases WHERE state IN ('confirmed', 'review_decided')");
    if (decided * 2 >= applications)
        return;
    QElapsedTimer t;
    t.start();
    const QString first = isoDate(month);
    const QString sql = QStringLiteral(
        "BEGIN;"
        "UPDATE cases SET state = 'confirmed', amount = 30000 + (rowid % 7) * 5000, tier = char(65 + rowid % 3),"
        " effective_month = strftime('%Y-%m', date('%1', '-' || (rowid % 24) || ' months')),"
        " decided_on = date('%1', '-' || (rowid % 24) || ' months', '-10 days'), decided_by = 'bench'"
        " WHERE kind = 'application' AND rowid % 5 <> 0;"
        "UPDATE households SET enrolment = 'enrolled', current_amount = 30000, current_tier = 'A'"
        " WHERE id IN (SELECT household_id FROM cases WHERE state = 'confirmed');"
        "INSERT INTO cases (id, household_id, kind, state, division_code, village_name, member_count, submitted_on,"
        " amount, review_outcome, effective_month, decided_on, created_at, updated_at)"
        " SELECT lower(hex(randomblob(16))), household_id, 'review', 'review_decided', division_code, village_name,"
        " member_count, decided_on, 0, 'stop',"
        " strftime('%Y-%m', date(effective_month || '-01', '+' || (1 + (rowid / 7) % 12) || ' months')), decided_on,"
        " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'"
        " FROM cases WHERE state = 'confirmed' AND kind = 'application' AND rowid % 10 = 1;"
        "COMMIT;")
                            .arg(first);
    if (Status st = s.db().exec(sql.toUtf8().constData()); !st)
        die(st.error().message);
    std::fprintf(stderr, "Gave the copy decisions by SQL in %.1f s (%lld decided now)\n", t.elapsed() / 1000.0,
                 scalar(s, "SELECT count(*) FROM cases WHERE state IN ('confirmed', 'review_decided')"));
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
    giveDecisions(*f.session, f.month);
    (void)f.session->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
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
