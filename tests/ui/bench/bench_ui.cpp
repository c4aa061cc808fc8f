// bench_ui: the client's figures on a large database (issue 3): process start to a usable main window, a keystroke
// in search to updated results, scrolling the whole case list (the longest single stall), and memory.
//   bench_ui --make FILE --households N      make a database with N households (township 530602001) and exit
//   bench_ui --db FILE --user NAME           measure (password from DIBAO_PASSWORD); prints one line per figure
#include "CaseListModel.h"
#include "CaseListPage.h"
#include "ClientSetup.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "common/ChinaDate.h"
#include "store/Session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace dibao;

namespace {

// Milliseconds since this process started (from /proc, so it includes loading the libraries).
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    const double startTicks = fields.value(21).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return (nowSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

void out(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

int make(const QString &path, int households)
{
    Session::InitOptions options;
    options.divisionCode = QStringLiteral("530602001");
    options.adminName = QStringLiteral("admin");
    options.adminDisplayName = QStringLiteral("管理员");
    options.adminPassword = qEnvironmentVariable("DIBAO_PASSWORD", QStringLiteral("bench1"));
    auto session = Session::create(path, options);
    if (!session) {
        out(session.error().message);
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const int batch = 5000;
    for (int first = 0; first < households; first += batch) {
        QString error;
        if (!uitest::populate(**session, first, std::min(batch, households - first), chinaToday(), &error)) {
            out(error);
            return 1;
        }
        out(QStringLiteral("%1 households, %2 s").arg(first + std::min(batch, households - first)).arg(t.elapsed() / 1000.0));
    }
    return 0;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto arg = [&args](const char *name) {
        const int i = int(args.indexOf(QString::fromLatin1(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    if (!arg("--make").isEmpty())
        return make(arg("--make"), arg("--households").toInt());
    const QString path = arg("--db");
    if (path.isEmpty()) {
        out(QStringLiteral("usage: bench_ui --db FILE --user NAME [--no-scroll] | --make FILE --households N"));
        return 2;
    }
    ClientSetup::configure(app);
    ClientSetup::applyLanguage(ClientSetup::startLanguage());
    const double beforeOpen = sinceProcessStart();
    auto session = Session::open(path);
    if (!session) {
        out(session.error().message);
        return 1;
    }
    const double opened = sinceProcessStart();
    const QString user = arg("--user").isEmpty() ? (*session)->defaultAdmin() : arg("--user");
    if (Status st = (*session)->signIn(user, qEnvironmentVariable("DIBAO_PASSWORD")); !st) {
        out(st.error().message);
        return 1;
    }
    const double signedIn = sinceProcessStart();
    // 1. Start to a usable main window: shown, 工作台 and the first page of the case list loaded, events processed.
    MainWindow window(**session);
    const double built = sinceProcessStart();
    window.show();
    window.caseList()->model()->waitUntilLoaded(60000);
    QApplication::processEvents();
    out(QStringLiteral("start_to_usable_window_ms %1 (Argon2id sign-in included)").arg(sinceProcessStart(), 0, 'f', 0));
    out(QStringLiteral("start_phases_ms process_to_open %1 open_database %2 sign_in %3 build_window %4 "
                       "show_and_first_page %5")
            .arg(beforeOpen, 0, 'f', 0)
            .arg(opened - beforeOpen, 0, 'f', 0)
            .arg(signedIn - opened, 0, 'f', 0)
            .arg(built - signedIn, 0, 'f', 0)
            .arg(sinceProcessStart() - built, 0, 'f', 0));
    out(QStringLiteral("cases_total %1").arg(window.caseList()->model()->totalCount()));
    out(QStringLiteral("rss_after_open_MiB %1").arg(rssKiB() / 1024.0, 0, 'f', 1));

    // 2. A keystroke in search to updated results (the debounce pause itself excluded: it is a deliberate wait).
    window.showPage(MainWindow::Page::Cases);
    QLineEdit *search = window.caseList()->searchField();
    const QStringList queries{QStringLiteral("王"), QStringLiteral("王秀"), QStringLiteral("张明"),
                              QStringLiteral("新村3组"), uitest::householdFor(QStringLiteral("530602001"), 777,
                                                                              chinaToday()).members.first().idNumber,
                              QString()};
    for (const QString &q : queries) {
        QList<double> times;
        for (int rep = 0; rep < 5; ++rep) {
            search->clear();
            window.caseList()->applyFilterNow();
            window.caseList()->model()->waitUntilLoaded(60000);
            QApplication::processEvents();
            QElapsedTimer t;
            t.start();
            search->setText(q);
            window.caseList()->applyFilterNow();
            window.caseList()->model()->waitUntilLoaded(60000);
            window.caseList()->view()->viewport()->repaint();
            QApplication::processEvents();
            times << t.nsecsElapsed() / 1e6;
        }
        out(QStringLiteral("keystroke_to_results_ms query=\"%1\" median %2 rows %3")
                .arg(q, QString::number(median(times), 'f', 1))
                .arg(window.caseList()->model()->totalCount()));
    }

    if (args.contains(QStringLiteral("--no-scroll"))) // start and keystrokes only (scrolling 100,000 rows is long)
        return 0;

    // 3. Scrolling the whole list a page at a time: the longest the UI thread is busy in one step (pages load on
    // the worker thread; when the view reaches the end of what has arrived it waits, without blocking, for more).
    search->clear();
    window.caseList()->applyFilterNow();
    window.caseList()->model()->waitUntilLoaded(60000);
    QApplication::processEvents();
    double waiting = 0;
    QTableView *view = window.caseList()->view();
    QScrollBar *bar = view->verticalScrollBar();
    double worst = 0;
    QList<double> stepTimes; // the page-down steps (not the short event-loop turns while waiting for a page)
    qint64 waitOver50 = 0;
    double total = 0;
    int steps = 0;
    QElapsedTimer whole;
    whole.start();
    for (;;) {
        QElapsedTimer t;
        t.start();
        const int before = bar->value();
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint();
        QApplication::processEvents();
        const double ms = t.nsecsElapsed() / 1e6;
        worst = std::max(worst, ms);
        stepTimes << ms;
        total += ms;
        ++steps;
        if (bar->value() == before) {
            CaseListModel *m = window.caseList()->model();
            if (!m->isLoading() && !m->canFetchMore(QModelIndex()))
                break;
            QElapsedTimer w;
            w.start();
            if (m->canFetchMore(QModelIndex()))
                m->fetchMore(QModelIndex());
            // Waiting for the next page: the event loop keeps running (each event is a short step).
            while (m->isLoading()) {
                QElapsedTimer e;
                e.start();
                QApplication::processEvents(QEventLoop::AllEvents, 5);
                worst = std::max(worst, e.nsecsElapsed() / 1e6);
                waitOver50 += e.nsecsElapsed() / 1e6 > 50 ? 1 : 0;
            }
            waiting += w.nsecsElapsed() / 1e6;
        }
    }
    out(QStringLiteral("scroll_whole_list steps %1 rows %2 total_s %3 longest_ui_step_ms %4 mean_step_ms %5 "
                       "waiting_for_pages_s %6")
            .arg(steps)
            .arg(window.caseList()->model()->rowCount())
            .arg(whole.elapsed() / 1000.0, 0, 'f', 1)
            .arg(worst, 0, 'f', 1)
            .arg(total / std::max(1, steps), 0, 'f', 2)
            .arg(waiting / 1000.0, 0, 'f', 1));
    std::sort(stepTimes.begin(), stepTimes.end());
    const auto over50 = std::count_if(stepTimes.cbegin(), stepTimes.cend(), [](double ms) { return ms > 50; })
        + waitOver50;
    out(QStringLiteral("scroll_page_steps %1 p50_ms %2 p99_ms %3 p999_ms %4 ui_steps_over_50ms %5")
            .arg(stepTimes.size())
            .arg(stepTimes.value(stepTimes.size() / 2), 0, 'f', 1)
            .arg(stepTimes.value(stepTimes.size() * 99 / 100), 0, 'f', 1)
            .arg(stepTimes.value(stepTimes.size() * 999 / 1000), 0, 'f', 1)
            .arg(over50));
    out(QStringLiteral("rss_after_scrolling_MiB %1").arg(rssKiB() / 1024.0, 0, 'f', 1));
    return 0;
}
