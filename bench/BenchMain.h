#pragma once

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <functional>

// The main of every benchmark program: a QCoreApplication (the core's paths, codecs and translations want one),
// Google Benchmark's own flags (an unknown one is an error), `prepare` before the runs and `cleanUp` after them.
inline int runBenchmarks(int argc, char **argv, const std::function<void()> &prepare = {},
                         const std::function<void()> &cleanUp = {})
{
    QCoreApplication app(argc, argv);
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
