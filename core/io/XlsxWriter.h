#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dibao {

// One cell of an exported sheet. Money is written as a number of yuan (fen / 100) with the format 0.00, so sums in
// the spreadsheet work and nobody re-types "1234.50" from text; dates as serial numbers formatted yyyy-mm-dd.
// Account and ID numbers must be Text: as numbers a spreadsheet shows 6.21700E+18 and keeps 15 digits. Integer
// and Money cells are refused beyond 15 significant digits, dates before March 1900 (readers disagree on them).
struct XlsxCell {
    enum class Type { Empty, Text, Integer, Money, Date };
    Type type = Type::Empty;
    QString text;
    qint64 number = 0; // Integer: the value; Money: fen
    QDate date;
    bool bold = false;

    static XlsxCell empty() { return {}; }
    static XlsxCell fromText(const QString &text, bool bold = false)
    {
        XlsxCell c;
        c.type = Type::Text;
        c.text = text;
        c.bold = bold;
        return c;
    }
    static XlsxCell fromInteger(qint64 value, bool bold = false)
    {
        XlsxCell c;
        c.type = Type::Integer;
        c.number = value;
        c.bold = bold;
        return c;
    }
    static XlsxCell fromFen(Fen fen, bool bold = false)
    {
        XlsxCell c;
        c.type = Type::Money;
        c.number = fen;
        c.bold = bold;
        return c;
    }
    static XlsxCell fromDate(const QDate &date, bool bold = false)
    {
        XlsxCell c;
        c.type = Type::Date;
        c.date = date;
        c.bold = bold;
        return c;
    }
};

using XlsxRow = QList<XlsxCell>;

struct XlsxSheetOptions {
    QList<double> columnWidths; // in characters, column A first; 0 leaves a column at the default width
    bool freezeHeaderRow = true; // row 1 stays in view while scrolling
    bool boldHeaderRow = true; // every cell of row 1 bold, whatever the cells say
};

// Writes an Office Open XML workbook (.xlsx) that Excel, WPS, LibreOffice and openpyxl open: shared strings, a
// style sheet with bold, 0.00, 0 and yyyy-mm-dd, frozen header rows, column widths, several sheets. Rows are turned
// into XML as they are appended, so a 120,000-line payroll costs its XML, not a cell object per value. The bytes
// depend only on what was appended (no timestamps, no docProps), so an export can be compared with a golden file.
// Ours rather than libxlsxwriter: Debian's libxlsxwriter and QuaZip export clashing zipOpen* symbols and a program
// linking both crashes (docs/DESIGN "Why no libxlsxwriter").
// Tokens: xlsx_sheet_name, xlsx_sheet_index, xlsx_too_many_rows, xlsx_too_many_columns, xlsx_cell_too_long,
// xlsx_text_invalid, xlsx_number_range, xlsx_date_range, xlsx_empty_workbook, io_write.
class XlsxWriter {
public:
    // Sheet names as Excel allows them: 1-31 characters, none of []:*?/\, not starting or ending with an
    // apostrophe, unique ignoring case. Returns the sheet's index for appendRow.
    Result<int> addSheet(const QString &name, const XlsxSheetOptions &options = {});
    Status appendRow(int sheet, const XlsxRow &row);

    int sheetCount() const { return int(m_sheets.size()); }
    Result<QByteArray> finish() const;
    // Writes through QSaveFile: a crash or a full disk never leaves half a workbook under the final name.
    Status save(const QString &path) const;

    static constexpr int kMaxRows = 1048576;
    static constexpr int kMaxColumns = 16384;
    static constexpr int kMaxTextLength = 32767;

private:
    struct Sheet {
        QString name;
        XlsxSheetOptions options;
        QByteArray rowsXml;
        int rows = 0;
        int maxColumns = 0;
    };
    int sharedString(const QString &text);
    QByteArray sheetXml(const Sheet &sheet, bool first) const;
    QByteArray sharedStringsXml() const;

    QList<Sheet> m_sheets;
    QHash<QString, int> m_stringIndex;
    QStringList m_strings;
    qint64 m_stringReferences = 0;
    QList<QByteArray> m_columnNames; // "A", "B", ... as far as rows have reached
};

// "A", "Z", "AA", ... for a 0-based column index.
QString xlsxColumnName(int column);

} // namespace dibao
