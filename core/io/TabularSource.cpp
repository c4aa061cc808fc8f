#include "io/TabularSource.h"

#include <QCoreApplication>
#include <QFile>

namespace dibao {

namespace {

bool isBlankRow(const TabularRow &row)
{
    for (const TabularCell &cell : row.cells)
        if (!cell.isBlank())
            return false;
    return true;
}

enum class Sniffed { Csv, Xlsx, LegacyExcel };

Sniffed sniff(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Sniffed::Xlsx;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Sniffed::LegacyExcel;
    return Sniffed::Csv;
}

Error legacyExcel()
{
    return makeError(ErrorKind::Invalid, QStringLiteral("xlsx_not_xlsx"),
                     QCoreApplication::translate(
                         "dibao::TabularSource",
                         "This is an Excel 97-2003 (.xls) or WPS (.et) file; save it as .xlsx or CSV and try "
                         "again."));
}

CsvOptions csvOptions(const TabularOptions &options)
{
    CsvOptions csv = options.csv;
    csv.encoding = options.encoding;
    csv.delimiter = options.delimiter;
    return csv;
}

XlsxReadOptions xlsxOptions(const TabularOptions &options)
{
    XlsxReadOptions xlsx = options.xlsx;
    xlsx.sheet = options.sheet;
    return xlsx;
}

} // namespace

Result<TabularSource> TabularSource::openFile(const QString &path, const TabularOptions &options)
{
    QByteArray head;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Io, QStringLiteral("io_open"),
                             QCoreApplication::translate("dibao::TabularSource", "Cannot open %1: %2")
                                 .arg(path, file.errorString()));
        head = file.read(8);
    }
    TabularSource source;
    source.m_options = options;
    switch (sniff(head)) {
    case Sniffed::LegacyExcel:
        return legacyExcel();
    case Sniffed::Xlsx: {
        auto reader = XlsxReader::openFile(path, xlsxOptions(options));
        if (!reader)
            return reader.error();
        source.m_format = Format::Xlsx;
        source.m_xlsx.emplace(std::move(reader).value());
        break;
    }
    case Sniffed::Csv: {
        auto reader = CsvReader::openFile(path, csvOptions(options));
        if (!reader)
            return reader.error();
        source.m_format = Format::Csv;
        source.m_csv.emplace(std::move(reader).value());
        break;
    }
    }
    DIBAO_TRY(source.readHeader());
    return source;
}

Result<TabularSource> TabularSource::fromBytes(const QByteArray &data, const TabularOptions &options)
{
    TabularSource source;
    source.m_options = options;
    switch (sniff(data.left(8))) {
    case Sniffed::LegacyExcel:
        return legacyExcel();
    case Sniffed::Xlsx: {
        auto reader = XlsxReader::open(data, xlsxOptions(options));
        if (!reader)
            return reader.error();
        source.m_format = Format::Xlsx;
        source.m_xlsx.emplace(std::move(reader).value());
        break;
    }
    case Sniffed::Csv:
        source.m_format = Format::Csv;
        source.m_csv.emplace(CsvReader::fromBytes(data, csvOptions(options)));
        break;
    }
    DIBAO_TRY(source.readHeader());
    return source;
}

Status TabularSource::readHeader()
{
    if (!m_options.headerRow)
        return {};
    TabularRow row;
    auto got = nextRaw(row);
    if (!got)
        return got.error();
    if (!*got)
        return makeError(
            ErrorKind::Invalid, QStringLiteral("tabular_empty"),
            QCoreApplication::translate("dibao::TabularSource", "The file has no rows, not even a header."));
    m_headerLine = row.line;
    for (const TabularCell &cell : std::as_const(row.cells))
        m_header.append(cell.text.trimmed());
    return {};
}

Result<bool> TabularSource::nextRaw(TabularRow &row)
{
    for (;;) {
        if (m_csv) {
            auto got = m_csv->next(m_record);
            if (!got || !*got)
                return got;
            row.line = m_record.line;
            // Reuse the row's cells between calls: a million rows should not mean a million list allocations.
            row.cells.resize(m_record.fields.size());
            for (qsizetype i = 0; i < m_record.fields.size(); ++i) {
                TabularCell &cell = row.cells[i];
                cell.kind = TabularCell::Kind::Text;
                cell.text = m_record.fields.at(i);
                cell.dateStyled = false;
            }
        } else {
            auto got = m_xlsx->next(row);
            if (!got || !*got)
                return got;
        }
        if (!isBlankRow(row))
            return true;
    }
}

Result<bool> TabularSource::next(TabularRow &row)
{
    return nextRaw(row);
}

qint64 TabularSource::errorLine() const
{
    return m_csv ? m_csv->errorLine() : m_xlsx->errorLine();
}

TextEncoding TabularSource::encoding() const
{
    return m_csv ? m_csv->encoding() : TextEncoding::Utf8;
}

QChar TabularSource::delimiter() const
{
    return m_csv ? m_csv->delimiter() : QChar();
}

QString TabularSource::sheetName() const
{
    return m_xlsx ? m_xlsx->sheetName() : QString();
}

bool TabularSource::date1904() const
{
    return m_xlsx && m_xlsx->date1904();
}

QString TabularSource::describe() const
{
    if (m_xlsx)
        return QCoreApplication::translate("dibao::TabularSource", "xlsx, sheet \"%1\"").arg(m_xlsx->sheetName());
    const QChar d = m_csv->delimiter();
    const QString delimiter = d == QLatin1Char('\t') ? QCoreApplication::translate("dibao::TabularSource", "tab")
                                                     : QStringLiteral("'%1'").arg(d);
    const TextEncoding e = m_csv->encoding();
    const QString encoding = e == TextEncoding::Gb18030 ? QStringLiteral("GB18030")
        : e == TextEncoding::Utf8                       ? QStringLiteral("UTF-8")
                                  : QCoreApplication::translate("dibao::TabularSource", "ASCII so far");
    return QCoreApplication::translate("dibao::TabularSource", "CSV, %1, delimiter %2").arg(encoding, delimiter);
}

} // namespace dibao
