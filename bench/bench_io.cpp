// Tabular input and output at department and county scale (issue 6: a 1,000,000-row department batch streamed in
// under 5 s end to end; issue 5: the payroll workbook of a 120,000-household county).
//
// The batch CSV is generated once into /tmp (dibao-bench-io-<rows>-utf8.csv and -gb18030.csv, ~75 MB each at full
// size) and reused by later runs; delete them to regenerate. Each row: ID number, name, amount in yuan, date, month,
// township, remark. DIBAO_BENCH_HOUSEHOLDS (default 120000, the county) scales both: the payroll has one line per
// household and the batch 1,000,000 rows per 120,000 households (CI's 300 households: 2,500 rows).
#include "BenchMain.h"
#include "domain/IdNumber.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/TabularMapper.h"
#include "io/TabularSource.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>

#include <benchmark/benchmark.h>

using namespace dibao;

namespace {

int households()
{
    static const int n = [] {
        bool ok = false;
        const int v = qEnvironmentVariableIntValue("DIBAO_BENCH_HOUSEHOLDS", &ok);
        return ok && v > 0 ? v : 120000;
    }();
    return n;
}

const int kBatchRows = int(qint64(households()) * 1000000 / 120000);

QString batchPath(TextEncoding encoding)
{
    return QStringLiteral("/tmp/dibao-bench-io-%1-%2.csv")
        .arg(kBatchRows)
        .arg(encoding == TextEncoding::Gb18030 ? QStringLiteral("gb18030") : QStringLiteral("utf8"));
}

QString idNumberFor(int i)
{
    const QDate birth = QDate(1940, 1, 1).addDays(i % 25000);
    const QString first17 = QStringLiteral("530602") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
    return first17 + idNumberCheckCharacter(first17);
}

// Every tenth amount with a thousands separator, as Excel exports some of them ("1,234.50").
QString amountText(Fen fen, bool grouped)
{
    QString text = formatYuan(fen);
    if (grouped && fen >= 100000)
        text.insert(text.indexOf(QLatin1Char('.')) - 3, QLatin1Char(','));
    return text;
}

// Writes the batch once (deterministic content); later runs reuse the file.
void ensureBatch(TextEncoding encoding)
{
    const QString path = batchPath(encoding);
    if (QFileInfo(path).size() > 0)
        return;
    static const QStringList surnames
        = QStringLiteral("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗").split(QLatin1Char(' '));
    static const QStringList given
        = QStringLiteral("建国 秀英 桂兰 志强 海燕 丽 伟 芳 敏 静 磊 洋 勇 军 杰 娟 涛 明 超 霞")
              .split(QLatin1Char(' '));
    static const QStringList townships
        = QStringLiteral("凤凰街道 龙泉街道 太平街道 北闸镇 永丰镇 乐居镇 守望乡 苏家院镇").split(QLatin1Char(' '));
    QFile file(path + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    CsvWriter writer(&file, CsvWriteOptions{encoding, false, QLatin1Char(','), true});
    (void)writer.writeRow({QStringLiteral("身份证号"), QStringLiteral("姓名"), QStringLiteral("金额"),
                           QStringLiteral("发放日期"), QStringLiteral("所属月份"), QStringLiteral("乡镇"),
                           QStringLiteral("备注")});
    for (int i = 0; i < kBatchRows; ++i) {
        const Fen fen = 10000 + (qint64(i) * 7919) % 500000; // 100.00 to 5,099.99 yuan
        const Status written = writer.writeRow(
            {idNumberFor(i), surnames.at(i % surnames.size()) + given.at((i / 20) % given.size()),
             amountText(fen, i % 10 == 0), QDate(2025, 1, 1).addDays(i % 700).toString(QStringLiteral("yyyy/M/d")),
             QStringLiteral("2026年%1月").arg(i % 12 + 1), townships.at(i % townships.size()),
             i % 50 == 0 ? QStringLiteral("住址: \"新村\", 3组") : QString()});
        if (!written.ok())
            qFatal("%s", qPrintable(written.error().message));
    }
    file.close();
    QFile::remove(path);
    QFile::rename(path + QStringLiteral(".part"), path);
}

ColumnMapping batchMapping()
{
    ColumnMapping m;
    m.source = QStringLiteral("bench");
    m.fields = {{QStringLiteral("id_number"), QStringLiteral("身份证号"), 0, FieldType::IdNumber, true},
                {QStringLiteral("name"), QStringLiteral("姓名"), 0, FieldType::Text, true},
                {QStringLiteral("amount"), QStringLiteral("金额"), 0, FieldType::Money, true},
                {QStringLiteral("paid_on"), QStringLiteral("发放日期"), 0, FieldType::Date, true},
                {QStringLiteral("month"), QStringLiteral("所属月份"), 0, FieldType::Month, true},
                {QStringLiteral("township"), QStringLiteral("乡镇"), 0, FieldType::Text, true},
                {QStringLiteral("remark"), QStringLiteral("备注"), 0, FieldType::Text, false}};
    return m;
}

// CsvReader alone: bytes to records.
void csvOnly(benchmark::State &state, TextEncoding encoding)
{
    ensureBatch(encoding);
    qint64 rows = 0;
    for (auto _ : state) {
        auto reader = CsvReader::openFile(batchPath(encoding));
        if (!reader)
            qFatal("open failed");
        CsvRecord record;
        rows = 0;
        for (;;) {
            auto got = reader->next(record);
            if (!got)
                qFatal("%s", qPrintable(got.error().message));
            if (!*got)
                break;
            ++rows;
        }
    }
    if (rows != kBatchRows + 1)
        state.SkipWithError("wrong row count");
    state.counters["rows"] = double(rows);
    state.counters["rows_per_s"] = benchmark::Counter(double(rows) * state.iterations(), benchmark::Counter::kIsRate);
    state.counters["MB"] = double(QFileInfo(batchPath(encoding)).size()) / 1e6;
}

// The whole path a department batch takes: CsvReader, TabularSource, the mapping with every converter (ID number
// check, money to fen, two date forms, month, text), keeping nothing.
void csvMapped(benchmark::State &state, TextEncoding encoding)
{
    ensureBatch(encoding);
    const ColumnMapping mapping = batchMapping();
    qint64 rows = 0;
    for (auto _ : state) {
        auto source = TabularSource::openFile(batchPath(encoding), TabularMapper::sourceOptions(mapping));
        if (!source)
            qFatal("open failed");
        MappingContext context;
        context.today = QDate(2026, 11, 29);
        auto report = TabularMapper::validate(*source, mapping, 10, context);
        if (!report || !report->ok())
            qFatal("batch did not map: %s",
                   report ? qPrintable(report->errors.value(0).message) : qPrintable(report.error().message));
        rows = report->rowsRead;
    }
    state.counters["rows"] = double(rows);
    state.counters["rows_per_s"] = benchmark::Counter(double(rows) * state.iterations(), benchmark::Counter::kIsRate);
}

void BM_CsvReadUtf8(benchmark::State &state)
{
    csvOnly(state, TextEncoding::Utf8);
}
void BM_CsvReadGb18030(benchmark::State &state)
{
    csvOnly(state, TextEncoding::Gb18030);
}
void BM_CsvMappedUtf8(benchmark::State &state)
{
    csvMapped(state, TextEncoding::Utf8);
}
void BM_CsvMappedGb18030(benchmark::State &state)
{
    csvMapped(state, TextEncoding::Gb18030);
}
BENCHMARK(BM_CsvReadUtf8)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_CsvReadGb18030)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_CsvMappedUtf8)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_CsvMappedGb18030)->Unit(benchmark::kMillisecond)->Iterations(2);

// A payroll workbook of 120,000 lines (9 columns) plus a totals sheet, written to bytes.
QByteArray payrollWorkbook(int lines)
{
    XlsxWriter w;
    XlsxSheetOptions options;
    options.columnWidths = {8, 10, 22, 24, 12, 12, 8, 14, 20};
    const int sheet = *w.addSheet(QStringLiteral("发放明细"), options);
    (void)w.appendRow(sheet,
                      {XlsxCell::fromText(QStringLiteral("序号")), XlsxCell::fromText(QStringLiteral("户主")),
                       XlsxCell::fromText(QStringLiteral("身份证号")), XlsxCell::fromText(QStringLiteral("账号")),
                       XlsxCell::fromText(QStringLiteral("金额")), XlsxCell::fromText(QStringLiteral("月份")),
                       XlsxCell::fromText(QStringLiteral("人数")), XlsxCell::fromText(QStringLiteral("乡镇")),
                       XlsxCell::fromText(QStringLiteral("备注"))});
    Fen total = 0;
    for (int i = 0; i < lines; ++i) {
        const Fen fen = 30000 + (qint64(i) * 7919) % 200000;
        total += fen;
        (void)w.appendRow(sheet,
                          {XlsxCell::fromInteger(i + 1), XlsxCell::fromText(QStringLiteral("王建国")),
                           XlsxCell::fromText(idNumberFor(i)),
                           XlsxCell::fromText(QStringLiteral("62170000%1").arg(i, 11, 10, QLatin1Char('0'))),
                           XlsxCell::fromFen(fen), XlsxCell::fromDate(QDate(2026, 11, 1)),
                           XlsxCell::fromInteger(1 + i % 5), XlsxCell::fromText(QStringLiteral("凤凰街道")),
                           XlsxCell::fromText(i % 7 == 0 ? QStringLiteral("新增") : QString())});
    }
    const int totals = *w.addSheet(QStringLiteral("合计"));
    (void)w.appendRow(totals, {XlsxCell::fromText(QStringLiteral("户数")), XlsxCell::fromText(QStringLiteral("金额"))});
    (void)w.appendRow(totals, {XlsxCell::fromInteger(lines, true), XlsxCell::fromFen(total, true)});
    return *w.finish();
}

void BM_XlsxWritePayroll120k(benchmark::State &state)
{
    qint64 bytes = 0;
    for (auto _ : state)
        bytes = payrollWorkbook(households()).size();
    state.counters["MB"] = double(bytes) / 1e6;
    state.counters["rows_per_s"] = benchmark::Counter(double(households()) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_XlsxWritePayroll120k)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_XlsxReadPayroll120k(benchmark::State &state)
{
    const QByteArray workbook = payrollWorkbook(households());
    qint64 rows = 0;
    for (auto _ : state) {
        auto reader = XlsxReader::open(workbook);
        if (!reader)
            qFatal("%s", qPrintable(reader.error().message));
        TabularRow row;
        rows = 0;
        while (*reader->next(row))
            ++rows;
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(rows) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_XlsxReadPayroll120k)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

int main(int argc, char **argv)
{
    return runBenchmarks(argc, argv);
}
