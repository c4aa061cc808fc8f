#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"

#include "support/TestSupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace dibao;

namespace {

QList<TabularRow> readAll(XlsxReader &reader, Error *error = nullptr)
{
    QList<TabularRow> rows;
    TabularRow row;
    for (;;) {
        auto got = reader.next(row);
        if (!got) {
            if (error)
                *error = got.error();
            return rows;
        }
        if (!*got)
            return rows;
        rows.append(row);
    }
}

Result<XlsxReader> openFixture(const char *name, const XlsxReadOptions &options = {})
{
    return XlsxReader::openFile(test::dataPath(QStringLiteral("io/") + QString::fromLatin1(name)), options);
}

// The token a fixture fails with, at open or while reading rows.
QString failure(const char *name, qint64 *line = nullptr)
{
    auto reader = openFixture(name);
    if (!reader)
        return reader.error().code;
    Error error;
    readAll(*reader, &error);
    if (line)
        *line = reader->errorLine();
    return error.code.isEmpty() ? QStringLiteral("ok") : error.code;
}

QStringList texts(const TabularRow &row)
{
    QStringList out;
    for (const TabularCell &c : row.cells)
        out.append(c.text);
    return out;
}

} // namespace

TEST(XlsxReader, OpenpyxlWorkbookFirstVisibleSheet)
{
    auto reader = openFixture("roster.xlsx");
    ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
    EXPECT_EQ(reader->sheetNames(),
              (QStringList{QStringLiteral("说明"), QStringLiteral("名单"), QStringLiteral("Other")}));
    EXPECT_EQ(reader->sheetName(), QStringLiteral("名单")); // 说明 is hidden
    EXPECT_FALSE(reader->date1904());
    Error error;
    const auto rows = readAll(*reader, &error);
    ASSERT_TRUE(error.code.isEmpty()) << error.message.toStdString();
    ASSERT_EQ(rows.size(), 4); // header + 3; the blank row 3 is skipped
    EXPECT_EQ(rows[0].line, 1);
    EXPECT_EQ(texts(rows[0]),
              (QStringList{QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("身份证号"),
                           QStringLiteral("月保障金"), QStringLiteral("认定日期"), QStringLiteral("起始月份"),
                           QStringLiteral("人口数"), QStringLiteral("备注")}));
    const TabularRow &first = rows[1];
    EXPECT_EQ(first.line, 2);
    ASSERT_EQ(first.cells.size(), 9);
    EXPECT_EQ(first.cells[0].kind, TabularCell::Kind::Number);
    EXPECT_EQ(first.cells[0].text, QStringLiteral("1"));
    EXPECT_EQ(first.cells[1].text, QStringLiteral("张三丰"));
    EXPECT_EQ(first.cells[3].text, QStringLiteral("1234.5"));
    EXPECT_FALSE(first.cells[3].dateStyled);
    EXPECT_EQ(first.cells[4].kind, TabularCell::Kind::Number);
    EXPECT_TRUE(first.cells[4].dateStyled);
    EXPECT_EQ(first.cells[4].text, QStringLiteral("46355")); // 2026-11-29
    EXPECT_EQ(first.cells[7].text, QStringLiteral("村东头, \"老宅\""));
    EXPECT_EQ(first.cells[8].kind, TabularCell::Kind::Boolean);
    EXPECT_EQ(first.cells[8].text, QStringLiteral("TRUE"));
    EXPECT_EQ(rows[2].line, 4);
    EXPECT_EQ(rows[2].cells.size(), 7); // no remark: the row ends at its last value
    EXPECT_EQ(rows[3].line, 5);
    EXPECT_TRUE(rows[3].cells[5].dateStyled); // yyyy"年"m"月" is a date format
    EXPECT_EQ(rows[3].cells[7].text, QStringLiteral("多行\n备注"));
}

TEST(XlsxReader, NamedSheetAndSparseCells)
{
    XlsxReadOptions options;
    options.sheet = QStringLiteral("Other");
    auto reader = openFixture("roster.xlsx", options);
    ASSERT_TRUE(reader.ok());
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].line, 2);
    ASSERT_EQ(rows[0].cells.size(), 4);
    EXPECT_EQ(rows[0].cells[0].kind, TabularCell::Kind::Empty);
    EXPECT_EQ(rows[0].cells[1].text, QStringLiteral("sparse"));
    EXPECT_EQ(rows[0].cells[2].kind, TabularCell::Kind::Empty);
    EXPECT_EQ(rows[0].cells[3].text, QStringLiteral("42"));

    options.sheet = QStringLiteral("nope");
    auto missing = openFixture("roster.xlsx", options);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("xlsx_sheet_not_found"));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("名单")));
}

TEST(XlsxReader, Date1904Workbook)
{
    auto reader = openFixture("dates-1904.xlsx");
    ASSERT_TRUE(reader.ok());
    EXPECT_TRUE(reader->date1904());
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_TRUE(rows[1].cells[0].dateStyled);
    EXPECT_EQ(rows[1].cells[0].text, QString::number(QDate(1904, 1, 1).daysTo(QDate(2026, 11, 29))));
}

TEST(XlsxReader, EveryCellType)
{
    auto reader = openFixture("handmade-types.xlsx");
    ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
    Error error;
    const auto rows = readAll(*reader, &error);
    ASSERT_TRUE(error.code.isEmpty()) << error.message.toStdString();
    ASSERT_EQ(rows.size(), 4);

    // Shared strings, rich text without its phonetic run.
    EXPECT_EQ(rows[0].cells[0].text, QStringLiteral("姓名"));
    EXPECT_EQ(rows[0].cells[1].kind, TabularCell::Kind::Empty);
    EXPECT_EQ(rows[0].cells[2].text, QStringLiteral("张 三"));

    const auto &c = rows[1].cells;
    ASSERT_EQ(c.size(), 9);
    EXPECT_EQ(c[0].kind, TabularCell::Kind::Text);
    EXPECT_EQ(c[0].text, QStringLiteral("内联"));
    EXPECT_EQ(c[1].text, QStringLiteral("富文本"));
    EXPECT_EQ(c[2].kind, TabularCell::Kind::Text); // a formula's cached text result
    EXPECT_EQ(c[2].text, QStringLiteral("ab"));
    EXPECT_EQ(c[3].kind, TabularCell::Kind::Error);
    EXPECT_EQ(c[3].text, QStringLiteral("#DIV/0!"));
    EXPECT_EQ(c[4].kind, TabularCell::Kind::Boolean);
    EXPECT_EQ(c[5].kind, TabularCell::Kind::Number);
    EXPECT_TRUE(c[5].dateStyled); // [$-804]yyyy"年"m"月"d"日"
    EXPECT_FALSE(c[6].dateStyled); // #,##0.00_);[Red]\(#,##0.00\) is not a date despite its letters
    EXPECT_EQ(c[6].text, QStringLiteral("1234.5"));
    EXPECT_EQ(c[7].kind, TabularCell::Kind::Text); // t="d": ISO text
    EXPECT_EQ(c[7].text, QStringLiteral("2026-11-29T00:00:00"));
    EXPECT_TRUE(c[8].dateStyled); // built-in format 14

    // Cells without references follow each other; _x000D_ is a carriage return, _x005F_ protects a literal.
    EXPECT_EQ(rows[2].line, 4);
    ASSERT_EQ(rows[2].cells.size(), 5);
    EXPECT_EQ(rows[2].cells[0].text, QStringLiteral("行一\r\n行二 _x0041_"));
    EXPECT_EQ(rows[2].cells[1].text, QStringLiteral("4.6E+3"));
    EXPECT_EQ(rows[2].cells[4].text, QStringLiteral("-0.5"));
    // Row 5 has only a styled empty cell: skipped. Row 6: an ID number Excel turned into a number.
    EXPECT_EQ(rows[3].line, 6);
    EXPECT_EQ(rows[3].cells[0].text, QStringLiteral("5.30602198001011E+17"));

    auto prefixed = openFixture("prefixed-namespace.xlsx");
    ASSERT_TRUE(prefixed.ok());
    const auto prefixedRows = readAll(*prefixed);
    ASSERT_EQ(prefixedRows.size(), 1);
    EXPECT_EQ(prefixedRows[0].cells[0].text, QStringLiteral("姓名"));
}

TEST(XlsxReader, HostileWorkbooksAreRefused)
{
    qint64 line = 0;
    EXPECT_EQ(failure("bomb-ratio.xlsx"), QStringLiteral("zip_ratio"));
    EXPECT_EQ(failure("doctype-sheet.xlsx"), QStringLiteral("xlsx_doctype"));
    EXPECT_EQ(failure("xxe-shared-strings.xlsx"), QStringLiteral("xlsx_doctype"));
    EXPECT_EQ(failure("huge-shared-string.xlsx"), QStringLiteral("xlsx_cell_too_long"));
    EXPECT_EQ(failure("shared-string-index.xlsx", &line), QStringLiteral("xlsx_shared_string_index"));
    EXPECT_EQ(line, 1);
    EXPECT_EQ(failure("rows-backwards.xlsx", &line), QStringLiteral("xlsx_row_order"));
    EXPECT_EQ(line, 2);
    EXPECT_EQ(failure("cell-ref-mismatch.xlsx"), QStringLiteral("xlsx_cell_ref"));
    EXPECT_EQ(failure("traversal.xlsx"), QStringLiteral("zip_name_traversal"));
    EXPECT_EQ(failure("unexpected-part.xlsx"), QStringLiteral("zip_name_not_allowed"));
    EXPECT_EQ(failure("junk-after.xlsx"), QStringLiteral("zip_junk_after"));
    EXPECT_EQ(failure("truncated-sheet.xlsx"), QStringLiteral("xlsx_xml"));
    EXPECT_EQ(failure("legacy.xls"), QStringLiteral("xlsx_not_xlsx"));
    EXPECT_EQ(failure("errors-utf8.csv"), QStringLiteral("xlsx_not_xlsx"));
    EXPECT_EQ(failure("does-not-exist.xlsx"), QStringLiteral("io_open"));
}

TEST(XlsxReader, CapsAreConfigurable)
{
    XlsxReadOptions small;
    small.limits.maxArchiveBytes = 1000;
    EXPECT_EQ(openFixture("roster.xlsx", small).error().code, QStringLiteral("zip_too_large"));
    XlsxReadOptions narrow;
    narrow.maxColumns = 4;
    auto reader = openFixture("roster.xlsx", narrow);
    ASSERT_TRUE(reader.ok());
    Error error;
    readAll(*reader, &error);
    EXPECT_EQ(error.code, QStringLiteral("xlsx_too_many_columns"));
    XlsxReadOptions shortCells;
    shortCells.maxCellLength = 2;
    auto cells = openFixture("roster.xlsx", shortCells);
    ASSERT_TRUE(cells.ok());
    readAll(*cells, &error);
    EXPECT_EQ(error.code, QStringLiteral("xlsx_cell_too_long"));
    EXPECT_EQ(cells->errorLine(), 1);
}

TEST(XlsxReader, NeverCrashesOnTruncationsOrFlips)
{
    QFile f(test::dataPath(QStringLiteral("io/roster.xlsx")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    for (qsizetype n = 0; n < bytes.size(); n += 97) {
        auto reader = XlsxReader::open(bytes.left(n));
        EXPECT_FALSE(reader.ok()) << n;
    }
    for (qsizetype at = 0; at < bytes.size(); at += 13) {
        QByteArray flipped = bytes;
        flipped[at] = char(flipped[at] ^ 0x5A);
        auto reader = XlsxReader::open(flipped);
        if (reader.ok())
            readAll(*reader); // may fail, must not crash
    }
}

TEST(XlsxReader, LargeSheetStreamsWithinTheRatioCap)
{
    // 100,000 rows of what a department sends: the sheet inflates in chunks and the deflate ratio stays well
    // under the cap that stops bombs.
    XlsxWriter w;
    const int sheet = *w.addSheet(QStringLiteral("batch"));
    ASSERT_TRUE(w.appendRow(sheet,
                            {XlsxCell::fromText(QStringLiteral("身份证号")), XlsxCell::fromText(QStringLiteral("姓名")),
                             XlsxCell::fromText(QStringLiteral("金额"))})
                    .ok());
    for (int i = 0; i < 100000; ++i)
        ASSERT_TRUE(w.appendRow(sheet,
                                {XlsxCell::fromText(QStringLiteral("5306021980%1").arg(i, 8, 10, QLatin1Char('0'))),
                                 XlsxCell::fromText(QStringLiteral("张三")), XlsxCell::fromFen(i)})
                        .ok());
    auto reader = XlsxReader::open(*w.finish());
    ASSERT_TRUE(reader.ok()) << reader.error().code.toStdString();
    TabularRow row;
    qint64 rows = 0;
    qint64 lastLine = 0;
    while (*reader->next(row)) {
        ++rows;
        lastLine = row.line;
    }
    EXPECT_EQ(rows, 100001);
    EXPECT_EQ(lastLine, 100001);
}
