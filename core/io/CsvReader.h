#pragma once

#include "common/Result.h"
#include "io/TextEncoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>

namespace dibao {

struct CsvOptions {
    TextEncoding encoding = TextEncoding::Detect;
    // ',', '\t' or ';'; a null QChar detects it from the first line (the most frequent of the three outside quotes).
    QChar delimiter;
    // A record, embedded line breaks included, may not be longer than this: an unterminated quote would otherwise
    // swallow the rest of a million-line file into one field before anyone noticed.
    qsizetype maxRecordBytes = qsizetype(1) << 20;
    int maxFields = 4096;
};

// One record: its fields and the physical line (1-based) where it starts, for error reports people can find.
struct CsvRecord {
    qint64 line = 0;
    QStringList fields;
};

// Reads RFC 4180 CSV as a stream: one buffered chunk and one record in memory whatever the file's size, so a
// department batch of a million rows goes through in seconds without being held (department data is read, matched
// and dropped — never stored whole).
//
// Encoding: a UTF-8 or GB18030 byte-order mark decides; otherwise a chosen encoding is used as is; otherwise the
// first buffered chunk that holds a non-ASCII byte decides (valid UTF-8 → UTF-8, else GB18030). ASCII lines read
// the same in both, so deciding late changes nothing already read. Blank lines outside quotes are skipped; line
// numbers stay physical. Tokens: csv_unterminated_quote, csv_bad_encoding, csv_quote, csv_record_too_long,
// csv_too_many_fields, csv_nul_byte, csv_utf16, csv_bom_mismatch, io_open, io_read.
class CsvReader {
public:
    // The device must be open for reading; the reader owns it from then on.
    explicit CsvReader(std::unique_ptr<QIODevice> device, const CsvOptions &options = {});
    static Result<CsvReader> openFile(const QString &path, const CsvOptions &options = {});
    static CsvReader fromBytes(const QByteArray &data, const CsvOptions &options = {});

    CsvReader(CsvReader &&) noexcept;
    CsvReader &operator=(CsvReader &&) noexcept;
    ~CsvReader();

    // Ok(true): `record` holds the next record. Ok(false): end of input. An error is final; errorLine() says where.
    Result<bool> next(CsvRecord &record);

    // Detect until a byte-order mark or a non-ASCII byte has decided.
    TextEncoding encoding() const { return m_encoding; }
    // Null until the first line has been read when detecting.
    QChar delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_hadBom; }
    qint64 errorLine() const { return m_errorLine; }
    // Bytes of the input consumed so far, for progress bars.
    qint64 bytesConsumed() const { return m_consumed; }

private:
    enum class LineResult { Line, End, Failed };
    LineResult nextPhysicalLine(QByteArrayView &line);
    Status fill();
    Status readByteOrderMark();
    void decideEncoding(QByteArrayView line);
    Result<QString> decode(QByteArrayView line);
    Error fail(qint64 line, const char *code, const QString &message);

    std::unique_ptr<QIODevice> m_device;
    CsvOptions m_options;
    TextEncoding m_encoding = TextEncoding::Detect;
    bool m_encodingWasDetected = false;
    QChar m_delimiter;
    QStringDecoder m_utf8;
    QStringDecoder m_gb18030;

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_failed = false;
    bool m_hadBom = false;
    qint64 m_line = 0;
    qint64 m_errorLine = 0;
    qint64 m_consumed = 0;
    Error m_ioError;
};

} // namespace dibao
