#pragma once

#include "common/Result.h"
#include "io/TabularRow.h"
#include "sync/SafeZipReader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace dibao {

struct XlsxReadOptions {
    QString sheet; // by name; empty reads the first sheet in the workbook's order
    // The zip layer's checks are the bundles' (sync/SafeZipReader): end record last, no junk, allow-listed names, no
    // duplicates, links or encryption, declared sizes capped, ratio capped. The sheet itself is inflated as a stream,
    // so its cap can be large; the parts held whole (shared strings, styles, workbook) have maxPartBytes.
    ZipLimits limits = defaultLimits();
    qint64 maxPartBytes = qint64(64) << 20;
    int maxColumns = 16384; // Excel's own limit
    int maxCellLength = 32767; // Excel's own limit per cell; a longer string is an attack or a corruption
    int maxSharedStrings = 4 << 20;

    static ZipLimits defaultLimits()
    {
        ZipLimits l;
        l.maxArchiveBytes = qint64(256) << 20;
        l.maxEntries = 4096;
        l.maxEntryBytes = qint64(1) << 30;
        l.maxTotalBytes = qint64(3) << 30;
        l.maxRatio = 100;
        return l;
    }
};

// Reads one sheet of an .xlsx from someone we do not trust, row by row. The zip goes through sync/SafeZipReader
// with an allow-list of OOXML part names; every XML part through QXmlStreamReader with any DOCTYPE refused (so no
// entity tricks, external or billion-laughs); the sheet is inflated in chunks and parsed as it comes, with the
// inflated size held to the size the zip declared.
//
// Cells come back typed (TabularCell): shared and inline strings as Text, numbers as written, booleans, errors;
// a number whose cell format is a date or time is marked dateStyled (a serial day; date1904() says which epoch).
// Cell references place values (rows may be sparse); rows without any value are skipped; every row carries its
// row number. Tokens: xlsx_not_xlsx, xlsx_part_missing, xlsx_part_too_large, xlsx_xml, xlsx_doctype,
// xlsx_sheet_not_found, xlsx_row_order, xlsx_cell_ref, xlsx_too_many_columns, xlsx_cell_too_long,
// xlsx_shared_string_index, xlsx_too_many_shared_strings, xlsx_cell_type, xlsx_number, io_open, io_read, and the
// zip_* tokens of sync/SafeZipReader (docs/bundle-format.md §1.2).
class XlsxReader {
public:
    static Result<XlsxReader> open(QByteArray archive, const XlsxReadOptions &options = {});
    static Result<XlsxReader> openFile(const QString &path, const XlsxReadOptions &options = {});

    XlsxReader(XlsxReader &&) noexcept;
    XlsxReader &operator=(XlsxReader &&) noexcept;
    ~XlsxReader();

    // Sheet names in workbook order, and the one being read.
    QStringList sheetNames() const;
    QString sheetName() const;
    // The workbook counts serial days from 1904-01-01 (old Mac Excel) instead of 1899-12-30.
    bool date1904() const;

    // Ok(true): `row` holds the next row with a value. Ok(false): end of sheet. Errors are final; errorLine() gives
    // the row number where reading stopped.
    Result<bool> next(TabularRow &row);
    qint64 errorLine() const;

    // The part names an xlsx may contain (also used by tests of the allow-list).
    static bool isAllowedPartName(const QString &name);

private:
    struct Private;
    explicit XlsxReader(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace dibao
