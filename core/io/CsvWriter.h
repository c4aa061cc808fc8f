#pragma once

#include "common/Result.h"
#include "io/TextEncoding.h"

#include <QIODevice>
#include <QStringEncoder>
#include <QStringList>

namespace dibao {

struct CsvWriteOptions {
    TextEncoding encoding = TextEncoding::Utf8; // Detect is treated as UTF-8
    bool byteOrderMark = false; // Excel on Windows reads BOM-less UTF-8 as the local code page (GB18030 in China)
    QChar delimiter = QLatin1Char(',');
    bool crlf = true; // RFC 4180; what bank systems on Windows expect
};

// Writes RFC 4180 CSV to a device, row by row: a field is quoted when it holds the delimiter, a quote, a line
// break or leading/trailing white space; quotes are doubled. GB18030 through ICU (Qt 6.4's QStringEncoder by
// name). Text that cannot be encoded (a lone surrogate) is refused rather than silently dropped, which is what the
// encoder would do. Tokens: csv_text_invalid, io_write.
class CsvWriter {
public:
    CsvWriter(QIODevice *device, const CsvWriteOptions &options = {});

    Status writeRow(const QStringList &fields);
    qint64 rowsWritten() const { return m_rows; }

    // One row as the bytes writeRow would write (without a byte-order mark).
    QByteArray encodeRow(const QStringList &fields, Status *status = nullptr);

private:
    QIODevice *m_device;
    CsvWriteOptions m_options;
    QStringEncoder m_encoder;
    bool m_started = false;
    qint64 m_rows = 0;
};

} // namespace dibao
