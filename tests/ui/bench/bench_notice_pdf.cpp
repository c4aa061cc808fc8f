// bench_notice_pdf: the public notice for posting as a PDF (issue 5: "a 500-household notice PDF, target under 3 s"),
// the way the 公示 page writes it: CaseworkPrint::noticeHtml + PrintDocuments::toPdf (QTextDocument on a QPrinter,
// A4, large type, Noto Sans CJK SC). Also the notice's HTML alone, and the list file (CSV and .xlsx) for comparison.
// Built with the client (it links dibao_ui), into build/bench/ so the tiny-size CI loop runs it.
//
// Environment:
//   DIBAO_BENCH_HOUSEHOLDS  lines on the notice: min(this, 500); default 500 (a township's large notice)
//   QT_QPA_PLATFORM         offscreen when there is no display
#include "CaseworkPrint.h"
#include "GuiBenchMain.h"
#include "PrintDocuments.h"
#include "casework/NoticeExport.h"
#include "demo/DemoRandom.h"
#include "demo/DemoVocabulary.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>

using namespace dibao;

namespace {

PublicNotice makeNotice(int lines)
{
    PublicNotice n;
    n.id = QStringLiteral("bench");
    n.divisionCode = QStringLiteral("530627101");
    n.place = QStringLiteral("镇政府公示栏及各村村务公开栏");
    n.postedOn = QDate(2026, 11, 2);
    n.endsOn = QDate(2026, 11, 9);
    DemoRandom random(20261102);
    const QStringList villages = DemoVocabulary::villageNames(random, 12);
    for (int i = 0; i < lines; ++i) {
        NoticeLine l;
        l.caseId = QString::number(i);
        l.villageName = villages.at(random.below(int(villages.size())));
        const Sex sex = random.below(2) ? Sex::Male : Sex::Female;
        l.applicantName = DemoVocabulary::surname(random) + DemoVocabulary::givenName(random, sex, 1960);
        l.householdSize = random.between(1, 6);
        l.amount = Fen(random.between(150, 2400)) * 100;
        n.lines << l;
    }
    std::sort(n.lines.begin(), n.lines.end(),
              [](const NoticeLine &a, const NoticeLine &b) { return a.villageName < b.villageName; });
    return n;
}

int lineCount()
{
    const int households = qEnvironmentVariableIntValue("DIBAO_BENCH_HOUSEHOLDS");
    return households > 0 ? std::min(households, 500) : 500;
}

QTemporaryDir &outDir()
{
    static QTemporaryDir dir;
    return dir;
}

void BM_NoticeHtml(benchmark::State &state)
{
    const PublicNotice n = makeNotice(lineCount());
    for (auto _ : state)
        benchmark::DoNotOptimize(CaseworkPrint::noticeHtml(n));
    state.counters["lines"] = double(n.lines.size());
}

void BM_NoticePdf(benchmark::State &state)
{
    const PublicNotice n = makeNotice(lineCount());
    const QString path = outDir().filePath(QStringLiteral("notice.pdf"));
    for (auto _ : state) {
        QString error;
        if (!PrintDocuments::toPdf(CaseworkPrint::noticeHtml(n), path, &error)) {
            state.SkipWithError(error.toUtf8().constData());
            return;
        }
    }
    state.counters["lines"] = double(n.lines.size());
    state.counters["pdf_kib"] = double(QFileInfo(path).size()) / 1024.0;
}

void BM_NoticeListFiles(benchmark::State &state)
{
    const PublicNotice n = makeNotice(lineCount());
    for (auto _ : state) {
        if (!writeNoticeCsv(n, outDir().filePath(QStringLiteral("notice.csv"))).ok()
            || !writeNoticeXlsx(n, outDir().filePath(QStringLiteral("notice.xlsx"))).ok()) {
            state.SkipWithError("cannot write the list files");
            return;
        }
    }
    state.counters["lines"] = double(n.lines.size());
}

} // namespace

BENCHMARK(BM_NoticeHtml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NoticePdf)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_NoticeListFiles)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    return runGuiBenchmarks(argc, argv);
}
