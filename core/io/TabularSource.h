#pragma once

#include "common/Result.h"
#include "io/CsvReader.h"
#include "io/TabularRow.h"
#include "io/TextEncoding.h"
#include "io/XlsxReader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace dibao {

struct TabularOptions {
    TextEncoding encoding = TextEncoding::Detect; // CSV only
    QChar delimiter; // CSV only; null detects
    QString sheet; // xlsx only; empty reads the first visible sheet
    bool headerRow = true; // the first row with a value names the columns
    CsvOptions csv; // caps (encoding and delimiter above win)
    XlsxReadOptions xlsx; // caps (sheet above wins)
};

// One stream of rows over a CSV file or an xlsx sheet, so department batches and rosters are read by one code
// path whichever a department sends. The format is decided by the content, never the file name: a zip is an
// xlsx, an OLE file is an old .xls (refused with advice), anything else is CSV. Rows whose cells are all blank are
// skipped (spreadsheets export them as ",,,,"); line numbers stay those of the file.
class TabularSource {
public:
    enum class Format { Csv, Xlsx };

    static Result<TabularSource> openFile(const QString &path, const TabularOptions &options = {});
    static Result<TabularSource> fromBytes(const QByteArray &data, const TabularOptions &options = {});

    Format format() const { return m_format; }
    // The header row's texts (empty when the options say there is none) and its line.
    const QStringList &header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }

    // Ok(true): the next data row. Ok(false): the end. An error is final; errorLine() says where.
    Result<bool> next(TabularRow &row);
    qint64 errorLine() const;

    // What was found, for the preview: "CSV, GB18030, ','" or "xlsx, sheet 名单".
    TextEncoding encoding() const;
    QChar delimiter() const;
    QString sheetName() const;
    bool date1904() const;
    QString describe() const;

private:
    TabularSource() = default;
    Result<bool> nextRaw(TabularRow &row);
    Status readHeader();

    Format m_format = Format::Csv;
    TabularOptions m_options;
    std::optional<CsvReader> m_csv;
    std::optional<XlsxReader> m_xlsx;
    CsvRecord m_record;
    QStringList m_header;
    qint64 m_headerLine = 0;
};

} // namespace dibao
