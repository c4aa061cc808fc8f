// Benchmarks for casework on a demo county (issue "from appraisal to payment"): the payroll preview, issuing a roll
// with its bank file and workbook, the preview after an issued month, and opening the confirmation queue and the
// review due list. See docs/benchmarks.md "Casework" for the figures and how they were taken.
//
// Environment:
//   DIBAO_BENCH_HOUSEHOLDS  households in the demo county (default 2000, so CI stays fast; 120000 by hand)
//   DIBAO_BENCH_DB          the demo database (default /tmp/dibao-bench-<N>.db, shared with bench_register; generated
//                           once if missing). It is never written: the benchmarks run on a copy,
//                           <DIBAO_BENCH_DB>.casework-scratch, made at start (issuing a roll locks it for good),
//                           unless DIBAO_BENCH_IN_PLACE=1 (a private copy of a multi-gigabyte database, where a second
//                           copy is not worth the disk): then nothing is issued (the issuing benchmarks skip) and the
//                           previews run on the file itself.
//   DIBAO_BENCH_COUNTY      the county (default 530627 镇雄县, 30 townships)
//   DIBAO_BENCH_MONTH       the first month issued (default: this month, China time)
#include "BenchMain.h"
#include "casework/ConfirmationQueue.h"
#include "casework/PeriodicReview.h"
#include "common/ChinaDate.h"
#include "demo/DemoGenerator.h"
#include "payroll/PayrollExport.h"
#include "payroll/PayrollService.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QDir>
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
    QString scratch;
    std::unique_ptr<Session> session;
    QDate month;
    bool inPlace = false; // DIBAO_BENCH_IN_PLACE=1: the database itself, never issued to
    QTemporaryDir out;
};

Figures &figures()
{
    static Figures f;
    return f;
}

void die(const QString &what)
{
    std::fprintf(stderr, "bench_casework: %s\n", what.toUtf8().constData());
    std::exit(2);
}

void prepare()
{
    Figures &f = figures();
    int households = qEnvironmentVariableIntValue("DIBAO_BENCH_HOUSEHOLDS");
    if (households <= 0)
        households = 2000;
    f.path = qEnvironmentVariable("DIBAO_BENCH_DB");
    if (f.path.isEmpty())
        f.path = QStringLiteral("/tmp/dibao-bench-%1.db").arg(households);
    QString county = qEnvironmentVariable("DIBAO_BENCH_COUNTY");
    if (county.isEmpty())
        county = QStringLiteral("530627");
    if (!QFileInfo::exists(f.path)) {
        Session::InitOptions init;
        init.divisionCode = county;
        init.adminName = QStringLiteral("admin");
        init.adminDisplayName = QStringLiteral("县级管理员");
        init.adminPassword = QStringLiteral("dibao-bench");
        auto created = Session::create(f.path, init);
        if (!created)
            die(created.error().message);
        DemoOptions options;
        options.households = households;
        options.months = 24;
        std::fprintf(stderr, "Generating %d households into %s ...\n", households, f.path.toUtf8().constData());
        auto summary = generateDemo(**created, options);
        if (!summary)
            die(summary.error().message);
    }
    f.inPlace = qEnvironmentVariableIntValue("DIBAO_BENCH_IN_PLACE") == 1;
    if (f.inPlace) {
        f.scratch = f.path;
    } else {
        f.scratch = f.path + QStringLiteral(".casework-scratch");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(f.scratch + suffix);
        QElapsedTimer copy;
        copy.start();
        if (!QFile::copy(f.path, f.scratch))
            die(QStringLiteral("cannot copy %1 to %2").arg(f.path, f.scratch));
        if (QFileInfo::exists(f.path + QStringLiteral("-wal")))
            QFile::copy(f.path + QStringLiteral("-wal"), f.scratch + QStringLiteral("-wal"));
        std::fprintf(stderr, "Copied the demo database in %.1f s\n", copy.elapsed() / 1000.0);
    }
    auto opened = Session::open(f.scratch); // migrates the copy to this build's schema
    if (!opened)
        die(opened.error().message);
    f.session = std::move(opened).value();
    const QString county6 = f.session->divisionCode().left(6);
    f.session->actAs(Actor{QStringLiteral("bench-reviewer"), QStringLiteral("bench.reviewer"),
                           QStringLiteral("基准审核员"), Role::CountyReviewer, county6});
    const QString month = qEnvironmentVariable("DIBAO_BENCH_MONTH");
    f.month = month.isEmpty() ? firstOfMonth(chinaToday()) : parseIsoMonth(month);
    if (!f.month.isValid())
        die(QStringLiteral("DIBAO_BENCH_MONTH takes YYYY-MM"));
    if (QString error; !giveBenchDecisions(*f.session, f.month, &error))
        die(error);
    // A database without any bank account (the UI demo) would hold every line: bench accounts, 16 digits.
    if (QString error; benchScalar(*f.session, "SELECT count(bank_account) FROM households", &error) == 0) {
        if (Status st = f.session->db().exec("UPDATE households SET bank_name = '农村信用社',"
                                             " bank_account = printf('6222%012d', rowid)");
            !st)
            die(st.error().message);
    }
    if (Status st = f.session->db().checkpoint(); !st) // the setup's writes out of the WAL before anything is timed
        die(st.error().message);
    benchmark::AddCustomContext("db_path", f.path.toStdString());
    benchmark::AddCustomContext("month", isoMonth(f.month).toStdString());
}

void countersFor(benchmark::State &state, const PayrollRoll &roll)
{
    state.counters["lines"] = double(roll.lines.size());
    state.counters["bank_lines"] = double(roll.bankTotal.households);
    state.counters["held"] = double(roll.heldCount);
    state.counters["changes"] = double(roll.changes.size());
    state.counters["total_yuan"] = double(roll.total.amount) / 100.0;
}

// The first month: nothing issued before it, so "last month" is computed as well (two rolls' worth of work).
void BM_PayrollPreview(benchmark::State &state)
{
    Figures &f = figures();
    PayrollService payroll(*f.session);
    PayrollRoll roll;
    for (auto _ : state) {
        auto r = payroll.preview(f.month);
        if (!r)
            die(r.error().message);
        roll = std::move(*r);
    }
    countersFor(state, roll);
}
BENCHMARK(BM_PayrollPreview)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// Issuing with the files, as `payroll --issue --out DIR` does: the preview, the lines in parts through the audited
// writer (audit chain + outbox, store/PayrollRollParts.h), the lines derived from them, and the commit, while a second
// thread writes the bank file (GB18030) and the workbook.
// Once: an issued roll is final. Counters (seconds): the whole (issue_s), and the files written again alone
// afterwards, untimed (export_alone_s), to show what the second thread takes off the wait.
void BM_PayrollIssueWithXlsx(benchmark::State &state)
{
    Figures &f = figures();
    if (f.inPlace) {
        state.SkipWithError("DIBAO_BENCH_IN_PLACE: issuing would lock the month in the database itself");
        return;
    }
    PayrollService payroll(*f.session);
    PayrollRoll roll;
    double issueSeconds = 0;
    double exportSeconds = 0;
    qint64 xlsxBytes = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        auto r = payroll.issueWithFiles(f.month, QDate(), f.out.path());
        if (!r)
            die(r.error().message);
        issueSeconds = t.nsecsElapsed() / 1e9;
        state.PauseTiming();
        xlsxBytes = QFileInfo(r->files.workbook).size();
        QTemporaryDir again;
        t.restart();
        auto files = exportPayroll(r->roll, again.path());
        if (!files)
            die(files.error().message);
        exportSeconds = t.nsecsElapsed() / 1e9;
        roll = std::move(r->roll);
        state.ResumeTiming();
    }
    countersFor(state, roll);
    if (auto st = f.session->db().prepare("SELECT count(*) FROM payroll_roll_parts WHERE roll_id = ?"); st) {
        st->bind(1, roll.id);
        if (auto row = st->step(); row && *row)
            state.counters["parts"] = double(st->int64(0));
    }
    state.counters["issue_s"] = issueSeconds;
    state.counters["export_alone_s"] = exportSeconds;
    state.counters["xlsx_mib"] = double(xlsxBytes) / 1048576.0;
}
BENCHMARK(BM_PayrollIssueWithXlsx)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// The next month, compared with the issued roll.
void BM_PayrollPreviewAfterIssue(benchmark::State &state)
{
    Figures &f = figures();
    PayrollService payroll(*f.session);
    PayrollRoll roll;
    for (auto _ : state) {
        auto r = payroll.preview(f.month.addMonths(1));
        if (!r)
            die(r.error().message);
        roll = std::move(*r);
    }
    countersFor(state, roll);
}
BENCHMARK(BM_PayrollPreviewAfterIssue)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// Opening the confirmation queue: the first page (50) ordered by clock, with its file counts, and the count.
void BM_ConfirmationQueueOpen(benchmark::State &state)
{
    Figures &f = figures();
    ConfirmationQueue queue(*f.session);
    qint64 count = 0;
    for (auto _ : state) {
        auto items = queue.list({QString(), 50, 0});
        if (!items)
            die(items.error().message);
        auto n = queue.count();
        if (!n)
            die(n.error().message);
        count = *n;
        benchmark::DoNotOptimize(items->size());
    }
    state.counters["queue"] = double(count);
}
BENCHMARK(BM_ConfirmationQueueOpen)->Unit(benchmark::kMillisecond)->UseRealTime();

// One case of the queue opened in full: visits, meetings, notices, objections, eligibility explanation.
void BM_ConfirmationDetail(benchmark::State &state)
{
    Figures &f = figures();
    ConfirmationQueue queue(*f.session);
    auto items = queue.list({QString(), 50, 0});
    if (!items || items->isEmpty()) {
        state.SkipWithError("empty queue");
        return;
    }
    int i = 0;
    for (auto _ : state) {
        auto d = queue.detail(items->at(i++ % items->size()).caseId);
        if (!d)
            die(d.error().message);
        benchmark::DoNotOptimize(d->visits.size());
    }
}
BENCHMARK(BM_ConfirmationDetail)->Unit(benchmark::kMillisecond)->UseRealTime();

// The periodic-review due list for the next month: the first page (50) and by category.
void BM_ReviewDueListOpen(benchmark::State &state)
{
    Figures &f = figures();
    PeriodicReview review(*f.session);
    const QDate until = chinaToday().addMonths(1);
    qint64 shown = 0;
    for (auto _ : state) {
        auto due = review.dueList(until, QString(), QString(), 50, 0);
        if (!due)
            die(due.error().message);
        shown = due->size();
    }
    state.counters["page"] = double(shown);
}
BENCHMARK(BM_ReviewDueListOpen)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    return runBenchmarks(argc, argv, prepare, [] {
        Figures &f = figures();
        f.session.reset();
        if (f.inPlace)
            return;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(f.scratch + suffix);
    });
}
