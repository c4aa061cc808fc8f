#pragma once

#include "BenchMain.h"
#include "ClientSetup.h"

#include <QApplication>

#include <functional>

// The main of the client's Google Benchmark programs: offscreen when there is no display, a QApplication with the
// client's fonts and style, then runBenchmarksIn (bench/BenchMain.h).
inline int runGuiBenchmarks(int argc, char **argv, const std::function<void()> &prepare = {},
                            const std::function<void()> &cleanUp = {})
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    dibao::ClientSetup::configure(app);
    return runBenchmarksIn(argc, argv, prepare, cleanUp);
}
