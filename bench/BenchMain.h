#pragma once

#include "common/ChinaDate.h"
#include "demo/DemoGenerator.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <functional>

// Google Benchmark's own flags (an unknown one is an error), `prepare` before the runs and `cleanUp` after them, in
// the application the caller made.
inline int runBenchmarksIn(int &argc, char **argv, const std::function<void()> &prepare,
                           const std::function<void()> &cleanUp)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (prepare)
        prepare();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (cleanUp)
        cleanUp();
    return 0;
}

// The main of every benchmark program: a QCoreApplication (the core's paths, codecs and translations want one), then
// runBenchmarksIn.
inline int runBenchmarks(int argc, char **argv, const std::function<void()> &prepare = {},
                         const std::function<void()> &cleanUp = {})
{
    QCoreApplication app(argc, argv);
    return runBenchmarksIn(argc, argv, prepare, cleanUp);
}

// The demo county the benchmarks share: DIBAO_BENCH_DB, or /tmp/dibao-bench-<DIBAO_BENCH_HOUSEHOLDS>.db (default
// 2,000 households), generated once when missing (county 530627, 24 months). Returns its path, or an empty string
// with the reason in *error.
inline QString benchDemoDatabase(QString *error)
{
    int households = qEnvironmentVariableIntValue("DIBAO_BENCH_HOUSEHOLDS");
    if (households <= 0)
        households = 2000;
    QString path = qEnvironmentVariable("DIBAO_BENCH_DB");
    if (path.isEmpty())
        path = QStringLiteral("/tmp/dibao-bench-%1.db").arg(households);
    if (QFileInfo::exists(path))
        return path;
    dibao::Session::InitOptions init;
    init.divisionCode = QStringLiteral("530627");
    init.adminName = QStringLiteral("admin");
    init.adminDisplayName = QStringLiteral("县级管理员");
    init.adminPassword = QStringLiteral("dibao-bench");
    auto created = dibao::Session::create(path, init);
    if (!created) {
        *error = created.error().message;
        return {};
    }
    dibao::DemoOptions options;
    options.households = households;
    options.months = 24;
    std::fprintf(stderr, "Generating %d households into %s ...\n", households, path.toUtf8().constData());
    auto summary = dibao::generateDemo(**created, options);
    if (!summary) {
        *error = summary.error().message;
        return {};
    }
    return path;
}

// One number from the bench database, or -1 with the reason in *error.
inline qint64 benchScalar(dibao::Session &s, const char *sql, QString *error)
{
    auto st = s.db().prepare(sql);
    if (!st) {
        *error = st.error().message;
        return -1;
    }
    auto row = st->step();
    if (!row || !*row) {
        *error = QStringLiteral("no row: %1").arg(QString::fromUtf8(sql));
        return -1;
    }
    return st->int64(0);
}

// The demo generator leaves most households in the early states (the 120,000-household UI demo has no decision at
// all), so a month would count and pay nothing. Where fewer than half the applications are decided, the database
// is given decisions by SQL: 80 % of applications confirmed with effective months spread over the 24 months before
// `month`, amounts 300-600 yuan, tiers A-C, and one in ten of those stopped by a review 1-12 months later (the delay
// is not a function of the confirmation's month: with `rowid % 12` it was, and no stop ever fell in the counted
// month). Bench data only, written around the audit trail: only ever on a scratch or private copy. False with the
// reason in *error.
inline bool giveBenchDecisions(dibao::Session &s, const QDate &month, QString *error)
{
    const qint64 applications = benchScalar(s, "SELECT count(*) FROM cases WHERE kind = 'application'", error);
    const qint64 decided =
        benchScalar(s, "SELECT count(*) FROM cases WHERE state IN ('confirmed', 'review_decided')", error);
    if (applications < 0 || decided < 0)
        return false;
    if (decided * 2 >= applications)
        return true;
    QElapsedTimer t;
    t.start();
    const QString first = dibao::isoDate(month);
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
    if (dibao::Status st = s.db().exec(sql.toUtf8().constData()); !st) {
        *error = st.error().message;
        return false;
    }
    std::fprintf(stderr, "Gave the database decisions by SQL in %.1f s (%lld decided now)\n", t.elapsed() / 1000.0,
                 benchScalar(s, "SELECT count(*) FROM cases WHERE state IN ('confirmed', 'review_decided')", error));
    return true;
}
