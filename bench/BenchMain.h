#pragma once

#include "demo/DemoGenerator.h"
#include "store/Session.h"

#include <QCoreApplication>
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
