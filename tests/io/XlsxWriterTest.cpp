#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"
#include "sync/SafeZipReader.h"

#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dibao;

namespace {

// Text that tests the escaping: XML specials, white space at the ends, a line break, a literal "_x0041_" (which
// OOXML would otherwise decode) and characters outside the BMP and outside GBK.
const QString kTricky = QStringLiteral(" <a href=\"x\">&'</a> \n行二 _x0041_ 𠀀䶮 ");
// A carriage return (which an XML parser would fold into a line feed) and a C0 control travel as _x000D_ and
// _x0001_. Excel, WPS and LibreOffice decode those; openpyxl does not (it shows them escaped), so this cell is
// checked with our reader and LibreOffice only.
const QString kControls = QStringLiteral("行一\r\n行二") + QChar(0x01) + QStringLiteral("end");

XlsxWriter payrollWorkbook()
{
    XlsxWriter w;
    XlsxSheetOptions lineOptions;
    lineOptions.columnWidths = {6, 12, 22, 24, 12, 12, 0, 30};
    const int lines = *w.addSheet(QStringLiteral("发放明细"), lineOptions);
    EXPECT_TRUE(w.appendRow(lines,
                            {XlsxCell::fromText(QStringLiteral("序号")), XlsxCell::fromText(QStringLiteral("姓名")),
                             XlsxCell::fromText(QStringLiteral("身份证号")), XlsxCell::fromText(QStringLiteral("账号")),
                             XlsxCell::fromText(QStringLiteral("金额")), XlsxCell::fromText(QStringLiteral("月份")),
                             XlsxCell::fromText(QStringLiteral("人数")), XlsxCell::fromText(QStringLiteral("备注"))})
                    .ok());
    EXPECT_TRUE(w.appendRow(lines,
                            {XlsxCell::fromInteger(1), XlsxCell::fromText(QStringLiteral("张三丰")),
                             XlsxCell::fromText(QStringLiteral("530602198001011234")),
                             XlsxCell::fromText(QStringLiteral("6217000010012345678")), XlsxCell::fromFen(123456),
                             XlsxCell::fromDate(QDate(2026, 11, 1)), XlsxCell::fromInteger(3),
                             XlsxCell::fromText(kTricky), XlsxCell::fromText(kControls)})
                    .ok());
    // Sparse: no account, no date; the remark column is reached over empty cells.
    EXPECT_TRUE(w.appendRow(lines,
                            {XlsxCell::fromInteger(2), XlsxCell::fromText(QStringLiteral("李四")),
                             XlsxCell::fromText(QStringLiteral("530602197512310020")), XlsxCell::empty(),
                             XlsxCell::fromFen(5), XlsxCell::empty(), XlsxCell::fromInteger(999999999999999LL),
                             XlsxCell::fromText(QStringLiteral("张三丰"))})
                    .ok());
    EXPECT_TRUE(w.appendRow(lines,
                            {XlsxCell::fromInteger(3), XlsxCell::fromText(QStringLiteral("王小二")),
                             XlsxCell::fromText(QString()), XlsxCell::empty(), XlsxCell::fromFen(-1),
                             XlsxCell::fromDate(QDate(1900, 3, 1)), XlsxCell::fromInteger(-42)})
                    .ok());

    XlsxSheetOptions totalOptions;
    totalOptions.freezeHeaderRow = false;
    totalOptions.boldHeaderRow = false;
    const int totals = *w.addSheet(QStringLiteral("合计 (Totals)"), totalOptions);
    EXPECT_TRUE(w.appendRow(totals,
                            {XlsxCell::fromText(QStringLiteral("乡镇")), XlsxCell::fromText(QStringLiteral("户数")),
                             XlsxCell::fromText(QStringLiteral("金额"))})
                    .ok());
    EXPECT_TRUE(w.appendRow(totals,
                            {XlsxCell::fromText(QStringLiteral("凤凰街道")), XlsxCell::fromInteger(2),
                             XlsxCell::fromFen(123461)})
                    .ok());
    EXPECT_TRUE(w.appendRow(totals,
                            {XlsxCell::fromText(QStringLiteral("合计"), true), XlsxCell::fromInteger(3, true),
                             XlsxCell::fromFen(123460, true)})
                    .ok());
    return w;
}

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessResult run(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, arguments);
    ProcessResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject openpyxlDump(const QString &path)
{
    const ProcessResult r
        = run(QStringLiteral("/usr/bin/python3"), {test::dataPath(QStringLiteral("io/dump_xlsx.py")), path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.left(500).toStdString();
    return doc.object();
}

QJsonObject cellAt(const QJsonObject &sheet, const QString &ref)
{
    for (const QJsonValue &row : sheet.value(QStringLiteral("rows")).toArray())
        for (const QJsonValue &cell : row.toArray())
            if (cell.toObject().value(QStringLiteral("ref")).toString() == ref)
                return cell.toObject();
    return {};
}

void expectCell(const QJsonObject &sheet, const char *ref, const QString &type, const QJsonValue &value,
                const QString &format = QStringLiteral("General"), bool bold = false)
{
    const QJsonObject cell = cellAt(sheet, QString::fromLatin1(ref));
    SCOPED_TRACE(ref);
    ASSERT_FALSE(cell.isEmpty());
    EXPECT_EQ(cell.value(QStringLiteral("type")).toString(), type);
    EXPECT_EQ(cell.value(QStringLiteral("value")), value)
        << QJsonDocument(QJsonObject{{QStringLiteral("v"), cell.value(QStringLiteral("value"))}})
               .toJson()
               .toStdString();
    EXPECT_EQ(cell.value(QStringLiteral("format")).toString(), format);
    EXPECT_EQ(cell.value(QStringLiteral("bold")).toBool(), bold);
}

} // namespace

TEST(XlsxWriter, ColumnNames)
{
    EXPECT_EQ(xlsxColumnName(0), QStringLiteral("A"));
    EXPECT_EQ(xlsxColumnName(25), QStringLiteral("Z"));
    EXPECT_EQ(xlsxColumnName(26), QStringLiteral("AA"));
    EXPECT_EQ(xlsxColumnName(701), QStringLiteral("ZZ"));
    EXPECT_EQ(xlsxColumnName(702), QStringLiteral("AAA"));
    EXPECT_EQ(xlsxColumnName(16383), QStringLiteral("XFD"));
}

TEST(XlsxWriter, DeterministicBytesAndAStrictZip)
{
    const QByteArray a = *payrollWorkbook().finish();
    const QByteArray b = *payrollWorkbook().finish();
    EXPECT_EQ(a, b);
    // Our own hardened reader accepts it, and every part is where the content types say.
    auto zip = SafeZipReader::open(a, &XlsxReader::isAllowedPartName);
    ASSERT_TRUE(zip.ok()) << zip.error().code.toStdString();
    QStringList names;
    for (const ZipEntryInfo &e : zip->entries())
        names.append(e.name);
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                           QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/_rels/workbook.xml.rels"),
                           QStringLiteral("xl/styles.xml"), QStringLiteral("xl/worksheets/sheet1.xml"),
                           QStringLiteral("xl/worksheets/sheet2.xml"), QStringLiteral("xl/sharedStrings.xml")}));
    const ZipEntryInfo *sheet = zip->find(QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_EQ(sheet->method, 8); // deflated
    const QByteArray styles
        = *zip->read(QStringLiteral("xl/styles.xml"), zip->find(QStringLiteral("xl/styles.xml"))->uncompressedSize);
    EXPECT_TRUE(styles.contains("numFmtId=\"2\"")); // 0.00, the built-in money format
    EXPECT_TRUE(styles.contains("<b/>"));
}

TEST(XlsxWriter, OpenpyxlReadsEveryCell)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("payroll.xlsx"));
    ASSERT_TRUE(payrollWorkbook().save(path).ok());
    const QJsonObject dump = openpyxlDump(path);
    const QJsonArray sheets = dump.value(QStringLiteral("sheets")).toArray();
    ASSERT_EQ(sheets.size(), 2);
    const QJsonObject lines = sheets.at(0).toObject();
    const QJsonObject totals = sheets.at(1).toObject();
    EXPECT_EQ(lines.value(QStringLiteral("name")).toString(), QStringLiteral("发放明细"));
    EXPECT_EQ(totals.value(QStringLiteral("name")).toString(), QStringLiteral("合计 (Totals)"));
    EXPECT_EQ(lines.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    EXPECT_TRUE(totals.value(QStringLiteral("freeze")).isNull());
    EXPECT_EQ(lines.value(QStringLiteral("max_row")).toInt(), 4);
    EXPECT_EQ(lines.value(QStringLiteral("max_column")).toInt(), 9);
    const QJsonObject widths = lines.value(QStringLiteral("widths")).toObject();
    EXPECT_EQ(widths.value(QStringLiteral("A")).toDouble(), 6);
    EXPECT_EQ(widths.value(QStringLiteral("D")).toDouble(), 24);
    EXPECT_EQ(widths.value(QStringLiteral("H")).toDouble(), 30);
    EXPECT_FALSE(widths.contains(QStringLiteral("G"))); // 0 = default width

    const QString money = QStringLiteral("0.00");
    const QString date = QStringLiteral("yyyy-mm-dd");
    const QString integer = QStringLiteral("0");
    const QString str = QStringLiteral("str");
    expectCell(lines, "A1", str, QStringLiteral("序号"), QStringLiteral("General"), true);
    expectCell(lines, "H1", str, QStringLiteral("备注"), QStringLiteral("General"), true);
    expectCell(lines, "A2", QStringLiteral("int"), 1, integer);
    expectCell(lines, "B2", str, QStringLiteral("张三丰"));
    expectCell(lines, "C2", str, QStringLiteral("530602198001011234"));
    expectCell(lines, "D2", str, QStringLiteral("6217000010012345678"));
    expectCell(lines, "E2", QStringLiteral("float"), 1234.56, money);
    expectCell(lines, "F2", QStringLiteral("date"), QStringLiteral("2026-11-01"), date);
    expectCell(lines, "G2", QStringLiteral("int"), 3, integer);
    expectCell(lines, "H2", str, kTricky);
    expectCell(lines, "E3", QStringLiteral("float"), 0.05, money);
    expectCell(lines, "G3", QStringLiteral("int"), 999999999999999.0, integer);
    expectCell(lines, "H3", str, QStringLiteral("张三丰"));
    EXPECT_TRUE(cellAt(lines, QStringLiteral("D3")).isEmpty());
    EXPECT_TRUE(cellAt(lines, QStringLiteral("F3")).isEmpty());
    expectCell(lines, "C4", str, QString()); // an empty text cell is still a cell
    expectCell(lines, "E4", QStringLiteral("float"), -0.01, money);
    expectCell(lines, "F4", QStringLiteral("date"), QStringLiteral("1900-03-01"), date);
    expectCell(lines, "G4", QStringLiteral("int"), -42, integer);

    expectCell(totals, "A1", str, QStringLiteral("乡镇")); // boldHeaderRow off
    expectCell(totals, "C2", QStringLiteral("float"), 1234.61, money);
    expectCell(totals, "A3", str, QStringLiteral("合计"), QStringLiteral("General"), true);
    expectCell(totals, "B3", QStringLiteral("int"), 3, integer, true);
    expectCell(totals, "C3", QStringLiteral("float"), 1234.6, money, true);
}

TEST(XlsxWriter, OurReaderReadsItBack)
{
    auto reader = XlsxReader::open(*payrollWorkbook().finish());
    ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
    EXPECT_EQ(reader->sheetNames(), (QStringList{QStringLiteral("发放明细"), QStringLiteral("合计 (Totals)")}));
    TabularRow row;
    ASSERT_TRUE(*reader->next(row));
    ASSERT_TRUE(*reader->next(row));
    EXPECT_EQ(row.line, 2);
    ASSERT_EQ(row.cells.size(), 9);
    EXPECT_EQ(row.cells[4].kind, TabularCell::Kind::Number);
    EXPECT_EQ(row.cells[4].text, QStringLiteral("1234.56"));
    EXPECT_TRUE(row.cells[5].dateStyled);
    EXPECT_EQ(row.cells[5].text, QStringLiteral("46327")); // 2026-11-01
    EXPECT_EQ(row.cells[7].text, kTricky);
    EXPECT_EQ(row.cells[8].text, kControls);
    ASSERT_TRUE(*reader->next(row));
    EXPECT_EQ(row.cells[3].kind, TabularCell::Kind::Empty);
    EXPECT_EQ(row.cells[4].text, QStringLiteral("0.05"));
}

TEST(XlsxWriter, RefusesWhatSpreadsheetsCannotHold)
{
    XlsxWriter w;
    for (const QString &bad : {QString(), QStringLiteral("a/b"), QStringLiteral("[x]"), QStringLiteral("'quoted'"),
                               QStringLiteral("History"), QString(32, QLatin1Char('x'))})
        EXPECT_EQ(w.addSheet(bad).error().code, QStringLiteral("xlsx_sheet_name")) << bad.toStdString();
    ASSERT_TRUE(w.addSheet(QStringLiteral("Lines")).ok());
    EXPECT_EQ(w.addSheet(QStringLiteral("LINES")).error().code, QStringLiteral("xlsx_sheet_name"));
    ASSERT_TRUE(w.addSheet(QString(31, QChar(u'长'))).ok());

    EXPECT_EQ(w.appendRow(5, {}).error().code, QStringLiteral("xlsx_sheet_index"));
    EXPECT_EQ(w.appendRow(0, {XlsxCell::fromText(QString(32768, QLatin1Char('x')))}).error().code,
              QStringLiteral("xlsx_cell_too_long"));
    EXPECT_EQ(w.appendRow(0, {XlsxCell::fromText(QString(QChar(0xD800)))}).error().code,
              QStringLiteral("xlsx_text_invalid"));
    EXPECT_EQ(w.appendRow(0, {XlsxCell::fromFen(1000000000000000LL)}).error().code,
              QStringLiteral("xlsx_number_range"));
    EXPECT_EQ(w.appendRow(0, {XlsxCell::fromInteger(-1000000000000000LL)}).error().code,
              QStringLiteral("xlsx_number_range"));
    EXPECT_EQ(w.appendRow(0, {XlsxCell::fromDate(QDate())}).error().code, QStringLiteral("xlsx_date_range"));
    EXPECT_EQ(w.appendRow(0, {XlsxCell::fromDate(QDate(1900, 2, 28))}).error().code, QStringLiteral("xlsx_date_range"));
    // A refused row leaves nothing behind: the next row is still row 1.
    ASSERT_TRUE(w.appendRow(0, {XlsxCell::fromText(QStringLiteral("first"))}).ok());
    auto reader = XlsxReader::open(*w.finish());
    ASSERT_TRUE(reader.ok());
    TabularRow row;
    ASSERT_TRUE(*reader->next(row));
    EXPECT_EQ(row.line, 1);
    EXPECT_EQ(row.cells[0].text, QStringLiteral("first"));

    EXPECT_EQ(XlsxWriter().finish().error().code, QStringLiteral("xlsx_empty_workbook"));
    EXPECT_EQ(XlsxWriter().save(QStringLiteral("/nonexistent/dir/x.xlsx")).error().code,
              QStringLiteral("xlsx_empty_workbook"));
    EXPECT_EQ(w.save(QStringLiteral("/nonexistent/dir/x.xlsx")).error().code, QStringLiteral("io_write"));
}

// LibreOffice is not part of tools/setup-debian.sh, so this check is opt-in: DIBAO_TEST_LIBREOFFICE=1 converts the
// workbook to CSV with a headless LibreOffice Calc and compares the text it shows.
TEST(XlsxWriter, LibreOfficeConvertsIt)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (qEnvironmentVariable("DIBAO_TEST_LIBREOFFICE") != QLatin1String("1") || soffice.isEmpty())
        GTEST_SKIP() << "set DIBAO_TEST_LIBREOFFICE=1 with LibreOffice Calc installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("payroll.xlsx"));
    ASSERT_TRUE(payrollWorkbook().save(path).ok());
    // Filter options: comma, double quote, UTF-8 (76), first line 1, formatted text as shown (the last "true").
    const ProcessResult r
        = run(soffice,
              {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
               QStringLiteral("--headless"), QStringLiteral("--convert-to"),
               QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"),
               QStringLiteral("--outdir"), dir.path(), path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile csv(dir.filePath(QStringLiteral("payroll.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly)) << r.out.toStdString();
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("序号,姓名,身份证号,账号,金额,月份,人数,备注,\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1,张三丰,530602198001011234,6217000010012345678,1234.56,2026-11-01,3,")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2,李四,530602197512310020,,0.05,,999999999999999,张三丰,")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("3,王小二,,,-0.01,1900-03-01,-42"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("行二 _x0041_ 𠀀䶮 \""))) << text.toStdString();
    // The escapes of the control-character cell are decoded, not shown (LibreOffice drops the control itself).
    EXPECT_TRUE(text.contains(QStringLiteral("行一"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("_x000D_"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("_x0001_"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("_x005F_"))) << text.toStdString();
}
