// bench_pages: opening the client's work-list pages on a demo county (issue 5: "the review queue opening, target
// under 200 ms"): 动态管理 Reviews and 入户调查 Visits as the main window opens them — the widget built, shown, its
// first page read from SQL (reviews: PeriodicReview::dueList, 100 rows, and the state of each open review on them;
// visits: VisitQueue, 100 waiting cases, their count capped at 10,000, and the 50 visits recorded last) and laid
// out — and the core reads alone for comparison. Built with the client (links dibao_ui) into build/bench/.
//
// Environment:
//   DIBAO_BENCH_HOUSEHOLDS  households in the demo county (default 2000; 120000 by hand)
//   DIBAO_BENCH_DB          the demo database (default /tmp/dibao-bench-<N>.db, shared with the other benchmarks;
//                           generated once if missing: benchDemoDatabase). Only read here.
//   QT_QPA_PLATFORM         offscreen when there is no display
#include "GuiBenchMain.h"
#include "ReviewsPage.h"
#include "TextTableModel.h"
#include "VisitsPage.h"
#include "casework/PeriodicReview.h"
#include "casework/VisitQueue.h"
#include "common/ChinaDate.h"
#include "store/Session.h"

#include <QApplication>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace dibao;

namespace {

std::unique_ptr<Session> &session()
{
    static std::unique_ptr<Session> s;
    return s;
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_pages: %s\n", what.toUtf8().constData());
    std::exit(2);
}

void prepare()
{
    QString error;
    const QString path = benchDemoDatabase(&error);
    if (path.isEmpty())
        die(error);
    auto opened = Session::open(path);
    if (!opened)
        die(opened.error().message);
    session() = std::move(opened).value();
    Session &s = *session();
    // The confirming authority: it sees every township's reviews and may decide them.
    s.actAs(Actor{QStringLiteral("bench-reviewer"), QStringLiteral("bench.reviewer"), QStringLiteral("基准审核员"),
                  Role::CountyReviewer, s.divisionCode().left(6)});
    benchmark::AddCustomContext("db_path", path.toStdString());
}

// The main window shows the page for the first time: built, shown (its first page read and laid out), closed.
template <typename Page>
void openPage(benchmark::State &state, const std::function<int(Page &)> &rows)
{
    int shown = 0;
    for (auto _ : state) {
        Page page(*session());
        page.resize(1200, 700);
        page.show();
        QApplication::processEvents();
        if (!page.isLoaded())
            die(QStringLiteral("the page did not load when shown"));
        shown = rows(page);
    }
    state.counters["rows"] = double(shown);
}

void BM_ReviewsPageOpen(benchmark::State &state)
{
    openPage<ReviewsPage>(state, [](ReviewsPage &p) { return p.model()->rowCount(); });
}
BENCHMARK(BM_ReviewsPageOpen)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_VisitsPageOpen(benchmark::State &state)
{
    openPage<VisitsPage>(state, [](VisitsPage &p) { return p.awaitingModel()->rowCount(); });
}
BENCHMARK(BM_VisitsPageOpen)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReviewDueListFirstPage(benchmark::State &state)
{
    PeriodicReview review(*session());
    const QDate until = chinaToday().addMonths(1);
    qint64 shown = 0;
    for (auto _ : state) {
        auto due = review.dueList(until, QString(), QString(), ReviewsPage::kPage, 0);
        if (!due)
            die(due.error().message);
        shown = due->size();
    }
    state.counters["rows"] = double(shown);
}
BENCHMARK(BM_ReviewDueListFirstPage)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_VisitQueueFirstPage(benchmark::State &state)
{
    VisitQueue queue(*session());
    qint64 waiting = 0;
    for (auto _ : state) {
        auto first = queue.awaiting(QString(), VisitsPage::kPage, 0);
        auto count = queue.awaitingCount();
        auto recent = queue.recent();
        if (!first || !count || !recent)
            die(QStringLiteral("the visit queue failed"));
        waiting = *count;
    }
    state.counters["waiting"] = double(waiting);
}
BENCHMARK(BM_VisitQueueFirstPage)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    return runGuiBenchmarks(argc, argv, prepare, [] { session().reset(); });
}
