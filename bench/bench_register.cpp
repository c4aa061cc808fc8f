// Benchmarks for the core register on a demo county (issue "core register"): generation time and database size,
// exact ID-number lookup, 1-/2-/3-character name-prefix search, eligibility for every household, and the overdue-work
// queries. See docs/benchmarks.md for the figures and how they were taken.
//
// Environment:
//   DIBAO_BENCH_HOUSEHOLDS  households in the demo county (default 2000, so CI stays fast; 120000 by hand)
//   DIBAO_BENCH_DB          the cached database (default /tmp/dibao-bench-<N>.db); generated once, then reused
//   DIBAO_BENCH_COUNTY      the county (default 530627 镇雄县, 30 townships)
//   DIBAO_BENCH_CACHE_MIB   if set, the SQLite page cache for the queries (default: the product's, 64 MiB)
//   DIBAO_BENCH_MMAP_MIB    if set, the memory-mapped size (default: the product's, 256 MiB; SQLite caps it at 2 GiB)
#include "BenchMain.h"
#include "common/ChinaDate.h"
#include "demo/DemoGenerator.h"
#include "demo/HouseholdFileReader.h"
#include "rules/Eligibility.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace dibao;

namespace {

struct Figures {
    int households = 0;
    QString path;
    std::unique_ptr<Session> session;
    QStringList idNumbers;             // a spread sample of members' ID numbers
    QList<QStringList> namePrefixes;   // [k-1]: a spread sample of k-character name prefixes
    QStringList householdIds;
};

Figures &figures()
{
    static Figures f;
    return f;
}

void die(const QString &what)
{
    std::fprintf(stderr, "bench_register: %s\n", what.toUtf8().constData());
    std::exit(2);
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo::exists(path) ? QFileInfo(path).size() : 0;
}

// Generates the demo county once; the figures of that run are kept next to the database for later runs.
void prepareDatabase()
{
    Figures &f = figures();
    f.households = qEnvironmentVariableIntValue("DIBAO_BENCH_HOUSEHOLDS");
    if (f.households <= 0)
        f.households = 2000;
    f.path = qEnvironmentVariable("DIBAO_BENCH_DB");
    if (f.path.isEmpty())
        f.path = QStringLiteral("/tmp/dibao-bench-%1.db").arg(f.households);
    QString county = qEnvironmentVariable("DIBAO_BENCH_COUNTY");
    if (county.isEmpty())
        county = QStringLiteral("530627");
    const QString notes = f.path + QStringLiteral(".generation.txt");

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
        options.households = f.households;
        options.seed = 1;
        options.months = 24;
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = cpuSeconds();
        options.progress = [&](int done, int total) {
            if (done % 10000 == 0 || done == total)
                std::fprintf(stderr, "  generated %d/%d households, %.0f s\n", done, total, wall.elapsed() / 1000.0);
        };
        std::fprintf(stderr, "Generating %d households into %s ...\n", f.households, f.path.toUtf8().constData());
        auto summary = generateDemo(**created, options);
        if (!summary)
            die(summary.error().message);
        const double seconds = wall.elapsed() / 1000.0;
        const double cpu = cpuSeconds() - cpu0;
        created->reset();
        QFile out(notes);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QString text = QStringLiteral("households %1\npersons %2\ncases %3\ngeneration_wall_s %4\n"
                                          "generation_cpu_s %5\n")
                               .arg(summary->households)
                               .arg(summary->persons)
                               .arg(summary->cases)
                               .arg(seconds, 0, 'f', 1)
                               .arg(cpu, 0, 'f', 1);
            for (auto it = summary->casesByState.cbegin(); it != summary->casesByState.cend(); ++it)
                text += QStringLiteral("state_%1 %2\n").arg(it.key()).arg(it.value());
            out.write(text.toUtf8());
        }
    }

    auto opened = Session::open(f.path);
    if (!opened)
        die(opened.error().message);
    f.session = std::move(opened).value();
    // Checkpoint so the size below is the database's, not a WAL still holding the last batches.
    if (Status st = f.session->db().checkpoint(); !st) // the setup's writes out of the WAL before anything is timed
        die(st.error().message);
    // Knobs to see what the page cache and memory map are worth; the defaults measure the product as shipped.
    const int cacheMiB = qEnvironmentVariableIntValue("DIBAO_BENCH_CACHE_MIB");
    if (cacheMiB > 0)
        (void)f.session->db().exec(QByteArray("PRAGMA cache_size=-" + QByteArray::number(qint64(cacheMiB) * 1024)).constData());
    const int mmapMiB = qEnvironmentVariableIntValue("DIBAO_BENCH_MMAP_MIB");
    if (mmapMiB > 0)
        (void)f.session->db().exec(QByteArray("PRAGMA mmap_size=" + QByteArray::number(qint64(mmapMiB) * 1048576)).constData());
    benchmark::AddCustomContext("cache_mib", cacheMiB > 0 ? std::to_string(cacheMiB) : std::string("default"));
    benchmark::AddCustomContext("mmap_mib", mmapMiB > 0 ? std::to_string(mmapMiB) : std::string("default"));

    QFile in(notes);
    if (in.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : in.readAll().split('\n')) {
            const QList<QByteArray> kv = line.split(' ');
            if (kv.size() == 2)
                benchmark::AddCustomContext(kv.at(0).toStdString(), kv.at(1).toStdString());
        }
    }
    const qint64 bytes = fileSize(f.path) + fileSize(f.path + QStringLiteral("-wal"));
    benchmark::AddCustomContext("db_path", f.path.toStdString());
    benchmark::AddCustomContext("db_size_mib", QString::number(bytes / 1048576.0, 'f', 1).toStdString());

    Database &db = f.session->db();
    auto count = [&](const char *sql) -> qint64 {
        auto st = db.prepare(sql);
        if (!st || !st->step().ok())
            die(QStringLiteral("query failed: ") + QString::fromUtf8(sql));
        return st->int64(0);
    };
    benchmark::AddCustomContext("db_households", std::to_string(count("SELECT count(*) FROM households")));
    benchmark::AddCustomContext("db_members", std::to_string(count("SELECT count(*) FROM members")));
    benchmark::AddCustomContext("db_cases", std::to_string(count("SELECT count(*) FROM cases")));
    benchmark::AddCustomContext("db_audit_entries", std::to_string(count("SELECT max(seq) FROM audit")));

    // Query samples spread over the whole table (every k-th row), so caches see realistic variety.
    const qint64 members = count("SELECT count(*) FROM members");
    const qint64 step = qMax<qint64>(1, members / 500);
    auto st = db.prepare("SELECT id_number, name FROM members WHERE rowid % ? = 0 ORDER BY rowid LIMIT 500");
    if (!st)
        die(st.error().message);
    st->bind(1, step);
    f.namePrefixes = {QStringList(), QStringList(), QStringList()};
    for (;;) {
        auto r = st->step();
        if (!r || !*r)
            break;
        f.idNumbers << st->text(0);
        const QString name = st->text(1);
        for (int k = 1; k <= 3; ++k)
            if (name.size() >= k)
                f.namePrefixes[k - 1] << name.left(k);
    }
    auto ids = db.prepare("SELECT id FROM households ORDER BY rowid");
    for (;;) {
        auto r = ids->step();
        if (!r || !*r)
            break;
        f.householdIds << ids->text(0);
    }
}

// Per-call latencies: Google Benchmark reports the mean; the targets are about the median.
class Latencies {
public:
    void add(qint64 ns) { m_ns.push_back(ns); }
    void report(benchmark::State &state)
    {
        if (m_ns.empty())
            return;
        std::sort(m_ns.begin(), m_ns.end());
        auto at = [&](double q) { return m_ns[std::min(m_ns.size() - 1, size_t(q * double(m_ns.size())))] / 1e6; };
        state.counters["median_ms"] = at(0.5);
        state.counters["p95_ms"] = at(0.95);
        state.counters["max_ms"] = m_ns.back() / 1e6;
    }

private:
    std::vector<qint64> m_ns;
};

void runSearches(benchmark::State &state, const QStringList &queries, int limit)
{
    CaseStore cases(*figures().session);
    Latencies latencies;
    qint64 rows = 0;
    int i = 0;
    for (auto _ : state) {
        CaseFilter filter;
        filter.search = queries.at(i++ % queries.size());
        filter.limit = limit;
        QElapsedTimer t;
        t.start();
        auto result = cases.list(filter);
        latencies.add(t.nsecsElapsed());
        if (!result)
            state.SkipWithError(result.error().message.toUtf8().constData());
        else
            rows += result->size();
        benchmark::DoNotOptimize(result);
    }
    latencies.report(state);
    state.counters["rows_per_query"] = benchmark::Counter(double(rows) / double(std::max<int64_t>(1, state.iterations())));
}

void BM_IdNumberLookup(benchmark::State &state)
{
    runSearches(state, figures().idNumbers, -1);
}
BENCHMARK(BM_IdNumberLookup)->Unit(benchmark::kMillisecond);

void BM_NamePrefix(benchmark::State &state)
{
    runSearches(state, figures().namePrefixes.at(int(state.range(0)) - 1), 50);
}
BENCHMARK(BM_NamePrefix)->Arg(1)->Arg(2)->Arg(3)->Unit(benchmark::kMillisecond);

// The most frequent surname: the worst one-character prefix.
void BM_NamePrefixCommonestSurname(benchmark::State &state)
{
    runSearches(state, {QStringLiteral("王")}, 50);
}
BENCHMARK(BM_NamePrefixCommonestSurname)->Unit(benchmark::kMillisecond);

void BM_DueWork(benchmark::State &state)
{
    CaseStore cases(*figures().session);
    Latencies latencies;
    qint64 rows = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        auto due = cases.dueWork(chinaToday());
        latencies.add(t.nsecsElapsed());
        if (!due)
            state.SkipWithError(due.error().message.toUtf8().constData());
        else
            rows = due->size();
    }
    latencies.report(state);
    state.counters["items"] = double(rows);
}
BENCHMARK(BM_DueWork)->Unit(benchmark::kMillisecond);

void BM_OverdueList(benchmark::State &state)
{
    CaseStore cases(*figures().session);
    Latencies latencies;
    for (auto _ : state) {
        CaseFilter filter;
        filter.overdue = true;
        filter.limit = 50;
        QElapsedTimer t;
        t.start();
        auto list = cases.list(filter);
        latencies.add(t.nsecsElapsed());
        if (!list)
            state.SkipWithError(list.error().message.toUtf8().constData());
    }
    latencies.report(state);
}
BENCHMARK(BM_OverdueList)->Unit(benchmark::kMillisecond);

// The case list's first page with no filter: what the client shows on opening.
void BM_CaseListFirstPage(benchmark::State &state)
{
    CaseStore cases(*figures().session);
    Latencies latencies;
    for (auto _ : state) {
        CaseFilter filter;
        filter.limit = 50;
        QElapsedTimer t;
        t.start();
        auto list = cases.list(filter);
        latencies.add(t.nsecsElapsed());
        if (!list)
            state.SkipWithError(list.error().message.toUtf8().constData());
    }
    latencies.report(state);
}
BENCHMARK(BM_CaseListFirstPage)->Unit(benchmark::kMillisecond);

// HouseholdStore::load for one household (household row + four child queries).
void BM_HouseholdLoad(benchmark::State &state)
{
    HouseholdStore households(*figures().session);
    const QStringList &ids = figures().householdIds;
    int i = 0;
    for (auto _ : state) {
        auto file = households.load(ids.at(i));
        i = (i + 7919) % int(ids.size());
        if (!file)
            state.SkipWithError(file.error().message.toUtf8().constData());
        benchmark::DoNotOptimize(file);
    }
}
BENCHMARK(BM_HouseholdLoad)->Unit(benchmark::kMicrosecond);

// Eligibility for every household, loading each with HouseholdStore::load.
void BM_EligibilityAllByLoad(benchmark::State &state)
{
    Session &session = *figures().session;
    HouseholdStore households(session);
    const PolicySet &policy = session.policy();
    const QDate today = chinaToday();
    int eligible = 0;
    for (auto _ : state) {
        eligible = 0;
        for (const QString &id : figures().householdIds) {
            auto file = households.load(id);
            if (!file) {
                state.SkipWithError(file.error().message.toUtf8().constData());
                return;
            }
            eligible += evaluateEligibility(*file, policy, today).verdict == EligibilityVerdict::Eligible ? 1 : 0;
        }
    }
    state.counters["households"] = double(figures().householdIds.size());
    state.counters["eligible"] = double(eligible);
}
BENCHMARK(BM_EligibilityAllByLoad)->Unit(benchmark::kSecond)->Iterations(1);

// Eligibility for every household, streaming the files with HouseholdFileReader (one pass per table).
void BM_EligibilityAllBulk(benchmark::State &state)
{
    Session &session = *figures().session;
    const PolicySet &policy = session.policy();
    const QDate today = chinaToday();
    int eligible = 0;
    int seen = 0;
    for (auto _ : state) {
        eligible = 0;
        seen = 0;
        HouseholdFileReader reader(session);
        Status st = reader.forEach([&](const HouseholdFile &file) {
            ++seen;
            eligible += evaluateEligibility(file, policy, today).verdict == EligibilityVerdict::Eligible ? 1 : 0;
        });
        if (!st)
            state.SkipWithError(st.error().message.toUtf8().constData());
    }
    state.counters["households"] = double(seen);
    state.counters["eligible"] = double(eligible);
}
BENCHMARK(BM_EligibilityAllBulk)->Unit(benchmark::kSecond)->Iterations(1);

// The bulk reader alone, to separate reading from the rules.
void BM_ReadAllHouseholdsBulk(benchmark::State &state)
{
    Session &session = *figures().session;
    int seen = 0;
    for (auto _ : state) {
        seen = 0;
        HouseholdFileReader reader(session);
        Status st = reader.forEach([&](const HouseholdFile &file) {
            ++seen;
            benchmark::DoNotOptimize(file);
        });
        if (!st)
            state.SkipWithError(st.error().message.toUtf8().constData());
    }
    state.counters["households"] = double(seen);
}
BENCHMARK(BM_ReadAllHouseholdsBulk)->Unit(benchmark::kSecond)->Iterations(1);

// Generation throughput on a fresh township database whose demo staff already exist (their Argon2id hashes are
// paid once, outside the timing): households per second through the real stores and workflow.
void BM_GenerateTownship(benchmark::State &state)
{
    const int households = int(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Session::InitOptions init;
        init.divisionCode = QStringLiteral("530627108");
        init.adminName = QStringLiteral("admin");
        init.adminDisplayName = QStringLiteral("乡镇管理员");
        init.adminPassword = QStringLiteral("dibao-bench");
        init.cheapPasswordHash = true;
        auto session = Session::create(dir.filePath(QStringLiteral("t.db")), init);
        if (!session) {
            state.SkipWithError(session.error().message.toUtf8().constData());
            return;
        }
        DemoOptions warm;
        warm.households = 1;
        warm.seed = 99;
        (void)generateDemo(**session, warm);
        DemoOptions options;
        options.households = households;
        options.seed = 1;
        state.ResumeTiming();
        auto summary = generateDemo(**session, options);
        if (!summary) {
            state.SkipWithError(summary.error().message.toUtf8().constData());
            return;
        }
        state.counters["cases"] = summary->cases;
    }
    state.counters["households_per_s"] =
        benchmark::Counter(double(households) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_GenerateTownship)->Arg(300)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    return runBenchmarks(argc, argv, prepareDatabase, [] { figures().session.reset(); });
}
