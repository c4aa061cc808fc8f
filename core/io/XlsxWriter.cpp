#include "io/XlsxWriter.h"

#include "sync/ZipWriter.h"
#include "io/OoxmlText.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace dibao {

namespace {

Error xlsxError(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

constexpr const char *kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char *kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char *kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Cell formats, two per number format (plain, bold): index = 2 * format + bold. styles.xml lists them in this order.
enum Format { General = 0, IntegerFormat = 1, MoneyFormat = 2, DateFormat = 3 };
constexpr int kFormatCount = 4;
constexpr int kDateFormatId = 164; // the first id free for custom formats

int styleIndex(Format format, bool bold)
{
    return 2 * int(format) + (bold ? 1 : 0);
}

// Spreadsheets keep doubles but show and edit 15 significant digits: LibreOffice displays 2^53 as
// 9007199254740990, so anything longer would change in front of the user (measured with LibreOffice 7.4).
constexpr qint64 kMaxExactInteger = 999999999999999LL;

void appendEscaped(QByteArray &out, const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    for (const char c : std::as_const(utf8)) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
}

QByteArray escaped(const QString &text)
{
    QByteArray out;
    appendEscaped(out, text);
    return out;
}

// Dates as serial numbers in the 1900 date system: from March 1900 on (all appendRow lets through), days since
// 1899-12-30 in Excel, WPS and LibreOffice alike.
qint64 serialOf(const QDate &date)
{
    return QDate(1899, 12, 30).daysTo(date);
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15);
}

} // namespace

QString xlsxColumnName(int column)
{
    QString name;
    int n = column + 1;
    while (n > 0) {
        const int rem = (n - 1) % 26;
        name.prepend(QChar(u'A' + rem));
        n = (n - 1) / 26;
    }
    return name;
}

Result<int> XlsxWriter::addSheet(const QString &name, const XlsxSheetOptions &options)
{
    static const QString kForbidden = QStringLiteral("[]:*?/\\");
    bool bad = name.isEmpty() || name.size() > 31 || name.startsWith(QLatin1Char('\''))
        || name.endsWith(QLatin1Char('\'')) || name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0
        || !name.isValidUtf16();
    for (const QChar c : name)
        bad = bad || kForbidden.contains(c) || c.unicode() < 0x20;
    if (bad)
        return xlsxError("xlsx_sheet_name",
                         QCoreApplication::translate("dibao::XlsxWriter",
                                                     "\"%1\" cannot be a sheet name: 1 to 31 characters, none of "
                                                     "[ ] : * ? / \\, not starting or ending with an apostrophe.")
                             .arg(name));
    for (const Sheet &sheet : m_sheets)
        if (sheet.name.compare(name, Qt::CaseInsensitive) == 0)
            return xlsxError(
                "xlsx_sheet_name",
                QCoreApplication::translate("dibao::XlsxWriter", "The workbook already has a sheet named \"%1\".")
                    .arg(name));
    Sheet sheet;
    sheet.name = name;
    sheet.options = options;
    m_sheets.append(sheet);
    return int(m_sheets.size() - 1);
}

int XlsxWriter::sharedString(const QString &text)
{
    ++m_stringReferences;
    const auto it = m_stringIndex.constFind(text);
    if (it != m_stringIndex.constEnd())
        return it.value();
    const int index = int(m_strings.size());
    m_strings.append(text);
    m_stringIndex.insert(text, index);
    return index;
}

Status XlsxWriter::appendRow(int sheetIndex, const XlsxRow &row)
{
    if (sheetIndex < 0 || sheetIndex >= m_sheets.size())
        return xlsxError(
            "xlsx_sheet_index",
            QCoreApplication::translate("dibao::XlsxWriter", "There is no sheet %1 in this workbook.").arg(sheetIndex));
    Sheet &sheet = m_sheets[sheetIndex];
    if (sheet.rows >= kMaxRows)
        return xlsxError("xlsx_too_many_rows",
                         QCoreApplication::translate("dibao::XlsxWriter", "Sheet \"%1\" would have more than %2 rows.")
                             .arg(sheet.name)
                             .arg(kMaxRows));
    if (row.size() > kMaxColumns)
        return xlsxError(
            "xlsx_too_many_columns",
            QCoreApplication::translate("dibao::XlsxWriter", "A row of sheet \"%1\" has more than %2 columns.")
                .arg(sheet.name)
                .arg(kMaxColumns));

    // Validate the whole row before touching the sheet, so a refused row leaves nothing behind.
    for (const XlsxCell &cell : row) {
        switch (cell.type) {
        case XlsxCell::Type::Text:
            if (cell.text.size() > kMaxTextLength)
                return xlsxError(
                    "xlsx_cell_too_long",
                    QCoreApplication::translate("dibao::XlsxWriter",
                                                "A cell in sheet \"%1\" is longer than %2 characters, more than "
                                                "spreadsheets hold.")
                        .arg(sheet.name)
                        .arg(kMaxTextLength));
            if (!cell.text.isValidUtf16())
                return xlsxError(
                    "xlsx_text_invalid",
                    QCoreApplication::translate("dibao::XlsxWriter",
                                                "A cell in sheet \"%1\" holds broken text (a lone surrogate).")
                        .arg(sheet.name));
            break;
        case XlsxCell::Type::Integer:
        case XlsxCell::Type::Money:
            if (cell.number > kMaxExactInteger || cell.number < -kMaxExactInteger)
                return xlsxError("xlsx_number_range",
                                 QCoreApplication::translate(
                                     "dibao::XlsxWriter",
                                     "A number in sheet \"%1\" has more than the 15 digits a spreadsheet shows.")
                                     .arg(sheet.name));
            break;
        case XlsxCell::Type::Date:
            // Before March 1900 Excel counts Lotus's phantom 29 February and LibreOffice does not: serial 1 is
            // 1900-01-01 in one and 1899-12-31 in the other, so such dates are refused rather than shown wrong.
            if (!cell.date.isValid() || cell.date < QDate(1900, 3, 1) || cell.date > QDate(9999, 12, 31))
                return xlsxError("xlsx_date_range",
                                 QCoreApplication::translate("dibao::XlsxWriter",
                                                             "A date in sheet \"%1\" is missing or before March 1900.")
                                     .arg(sheet.name));
            break;
        case XlsxCell::Type::Empty:
            break;
        }
    }

    const int rowNumber = sheet.rows + 1;
    const QByteArray rowRef = QByteArray::number(rowNumber);
    const bool headerBold = rowNumber == 1 && sheet.options.boldHeaderRow;
    // Appends only (a `const char * + QByteArray` prepends, i.e. copies): this runs for every cell of a payroll.
    QByteArray &xml = sheet.rowsXml;
    xml.append("<row r=\"").append(rowRef).append("\">");
    for (int c = 0; c < row.size(); ++c) {
        const XlsxCell &cell = row.at(c);
        if (cell.type == XlsxCell::Type::Empty)
            continue; // sparse rows: readers place cells by their reference, not their order
        const bool bold = cell.bold || headerBold;
        while (m_columnNames.size() <= c)
            m_columnNames.append(xlsxColumnName(int(m_columnNames.size())).toLatin1());
        xml.append("<c r=\"").append(m_columnNames.at(c)).append(rowRef).append('"');
        auto styled = [&xml](Format format, bool b) {
            xml.append(" s=\"").append(QByteArray::number(styleIndex(format, b))).append("\"><v>");
        };
        switch (cell.type) {
        case XlsxCell::Type::Text:
            if (bold)
                xml.append(" s=\"").append(QByteArray::number(styleIndex(General, true))).append('"');
            xml.append(" t=\"s\"><v>").append(QByteArray::number(sharedString(cell.text)));
            break;
        case XlsxCell::Type::Integer:
            styled(IntegerFormat, bold);
            xml.append(QByteArray::number(cell.number));
            break;
        case XlsxCell::Type::Money:
            // Yuan written exactly in decimal ("1234.50"): the reader's double is the nearest to the true amount.
            styled(MoneyFormat, bold);
            xml.append(formatYuan(cell.number).toLatin1());
            break;
        case XlsxCell::Type::Date:
            styled(DateFormat, bold);
            xml.append(QByteArray::number(serialOf(cell.date)));
            break;
        case XlsxCell::Type::Empty:
            break;
        }
        xml.append("</v></c>");
    }
    xml.append("</row>");
    sheet.rows = rowNumber;
    sheet.maxColumns = std::max(sheet.maxColumns, int(row.size()));
    return {};
}

QByteArray XlsxWriter::sheetXml(const Sheet &sheet, bool first) const
{
    QByteArray xml = kXmlHead;
    xml += QByteArray("<worksheet xmlns=\"") + kMainNs + "\" xmlns:r=\"" + kRelNs + "\">";
    // Excel insists on the schema's element order: dimension, sheetViews, sheetFormatPr, cols, sheetData, margins.
    QByteArray dimension = "A1";
    if (sheet.rows > 0 && sheet.maxColumns > 0)
        dimension += ':' + xlsxColumnName(sheet.maxColumns - 1).toLatin1() + QByteArray::number(sheet.rows);
    xml += "<dimension ref=\"" + dimension + "\"/>";
    xml += "<sheetViews><sheetView";
    if (first)
        xml += " tabSelected=\"1\"";
    xml += " workbookViewId=\"0\">";
    if (sheet.options.freezeHeaderRow) {
        xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
               "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>";
    }
    xml += "</sheetView></sheetViews>";
    xml += "<sheetFormatPr defaultRowHeight=\"15\"/>";
    QByteArray cols;
    for (int c = 0; c < sheet.options.columnWidths.size(); ++c) {
        const double width = sheet.options.columnWidths.at(c);
        if (width <= 0)
            continue;
        const QByteArray index = QByteArray::number(c + 1);
        cols += "<col min=\"" + index + "\" max=\"" + index + "\" width=\"" + number(std::min(width, 255.0))
            + "\" customWidth=\"1\"/>";
    }
    if (!cols.isEmpty())
        xml += "<cols>" + cols + "</cols>";
    if (sheet.rowsXml.isEmpty())
        xml += "<sheetData/>";
    else {
        xml.reserve(xml.size() + sheet.rowsXml.size() + 256);
        xml += "<sheetData>";
        xml += sheet.rowsXml;
        xml += "</sheetData>";
    }
    xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>";
    xml += "</worksheet>";
    return xml;
}

QByteArray XlsxWriter::sharedStringsXml() const
{
    QByteArray xml = kXmlHead;
    xml += QByteArray("<sst xmlns=\"") + kMainNs + "\" count=\"" + QByteArray::number(m_stringReferences)
        + "\" uniqueCount=\"" + QByteArray::number(m_strings.size()) + "\">";
    for (const QString &text : m_strings) {
        const QString encoded = ooxml::encodeEscapes(text);
        const bool preserve = !encoded.isEmpty()
            && (encoded.front().isSpace() || encoded.back().isSpace() || encoded.contains(QLatin1Char('\n'))
                || encoded.contains(QLatin1Char('\t')));
        xml += preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>";
        appendEscaped(xml, encoded);
        xml += "</t></si>";
    }
    xml += "</sst>";
    return xml;
}

Result<QByteArray> XlsxWriter::finish() const
{
    if (m_sheets.isEmpty())
        return xlsxError("xlsx_empty_workbook",
                         QCoreApplication::translate("dibao::XlsxWriter", "A workbook needs at least one sheet."));
    const int n = int(m_sheets.size());

    QByteArray types = kXmlHead;
    types += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
             "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
             "<Override PartName=\"/xl/workbook.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    for (int i = 1; i <= n; ++i)
        types += "<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(i)
            + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    types += "<Override PartName=\"/xl/styles.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
             "<Override PartName=\"/xl/sharedStrings.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
             "</Types>";

    QByteArray rootRels = kXmlHead;
    rootRels += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                "Target=\"xl/workbook.xml\"/></Relationships>";

    QByteArray workbook = kXmlHead;
    workbook += QByteArray("<workbook xmlns=\"") + kMainNs + "\" xmlns:r=\"" + kRelNs + "\">";
    workbook += "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>";
    for (int i = 0; i < n; ++i) {
        const QByteArray id = QByteArray::number(i + 1);
        workbook
            += "<sheet name=\"" + escaped(m_sheets.at(i).name) + "\" sheetId=\"" + id + "\" r:id=\"rId" + id + "\"/>";
    }
    workbook += "</sheets></workbook>";

    QByteArray workbookRels = kXmlHead;
    workbookRels += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 0; i < n; ++i) {
        const QByteArray id = QByteArray::number(i + 1);
        workbookRels += "<Relationship Id=\"rId" + id
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
              "Target=\"worksheets/sheet"
            + id + ".xml\"/>";
    }
    workbookRels += "<Relationship Id=\"rId" + QByteArray::number(n + 1)
        + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
          "Target=\"styles.xml\"/>";
    workbookRels += "<Relationship Id=\"rId" + QByteArray::number(n + 2)
        + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
          "Target=\"sharedStrings.xml\"/>";
    workbookRels += "</Relationships>";

    // Two fills (none, gray125) are required by Excel even when unused. 宋体 with the GB2312 charset is the face every
    // Chinese installation of Excel and WPS has; elsewhere readers substitute.
    QByteArray styles = kXmlHead;
    styles += QByteArray("<styleSheet xmlns=\"") + kMainNs + "\">";
    styles += "<numFmts count=\"1\"><numFmt numFmtId=\"" + QByteArray::number(kDateFormatId)
        + "\" formatCode=\"yyyy-mm-dd\"/></numFmts>";
    styles += "<fonts count=\"2\">"
              "<font><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
              "<font><b/><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
              "</fonts>"
              "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
              "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
              "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
              "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>";
    styles += "<cellXfs count=\"" + QByteArray::number(2 * kFormatCount) + "\">";
    const int numFmtIds[kFormatCount] = {0, 1, 2, kDateFormatId}; // General, "0", "0.00", yyyy-mm-dd
    for (int f = 0; f < kFormatCount; ++f) {
        for (int bold = 0; bold < 2; ++bold) {
            styles += "<xf numFmtId=\"" + QByteArray::number(numFmtIds[f]) + "\" fontId=\"" + QByteArray::number(bold)
                + "\" fillId=\"0\" borderId=\"0\" xfId=\"0\"";
            if (f != General)
                styles += " applyNumberFormat=\"1\"";
            if (bold)
                styles += " applyFont=\"1\"";
            styles += "/>";
        }
    }
    styles += "</cellXfs>"
              "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
              "</styleSheet>";

    ZipWriter zip(ZipWriter::Method::Deflated);
    zip.addFile(QStringLiteral("[Content_Types].xml"), types);
    zip.addFile(QStringLiteral("_rels/.rels"), rootRels);
    zip.addFile(QStringLiteral("xl/workbook.xml"), workbook);
    zip.addFile(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels);
    zip.addFile(QStringLiteral("xl/styles.xml"), styles);
    for (int i = 0; i < n; ++i)
        zip.addFile(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml(m_sheets.at(i), i == 0));
    zip.addFile(QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml());
    return zip.finish();
}

Status XlsxWriter::save(const QString &path) const
{
    auto bytes = finish();
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        return makeError(
            ErrorKind::Io, QStringLiteral("io_write"),
            QCoreApplication::translate("dibao::XlsxWriter", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace dibao
