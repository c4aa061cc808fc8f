#include "io/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <cstring>

namespace dibao {

namespace {

constexpr qsizetype kChunk = qsizetype(1) << 20;

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. `complete` = false lets a sequence cut
// by the end of the buffer pass (the rest is still on disk).
bool isValidUtf8(const char *data, qsizetype size, bool complete)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char lowest = 0x80;
        unsigned char highest = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lowest = 0xA0;
            else if (c == 0xED)
                highest = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lowest = 0x90;
            else if (c == 0xF4)
                highest = 0x8F;
        } else {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            if (p + k >= end)
                return !complete;
            const unsigned char t = p[k];
            if (t < (k == 1 ? lowest : 0x80) || t > (k == 1 ? highest : 0xBF))
                return false;
        }
        p += length;
    }
    return true;
}

bool hasHighByte(QByteArrayView bytes)
{
    for (const char c : bytes)
        if (quint8(c) >= 0x80)
            return true;
    return false;
}

// The delimiter is the most frequent of comma, tab and semicolon outside quotes on the first line; a single
// column has none of them and reads the same with any, so comma is the fallback.
QChar detectDelimiter(const QString &line)
{
    int comma = 0;
    int tab = 0;
    int semicolon = 0;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char('\t'))
            ++tab;
        else if (c == QLatin1Char(';'))
            ++semicolon;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma && semicolon > tab)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, const CsvOptions &options)
    : m_device(std::move(device)),
      m_options(options),
      m_encoding(options.encoding),
      m_delimiter(options.delimiter),
      // Stateless: every line is complete, and a sequence cut by the end of a line must count as an error rather
      // than wait in the decoder's state for bytes that never come. ConvertInitialBom: a U+FEFF starting a line
      // is data; only the file's own mark is dropped, by readByteOrderMark().
      m_utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom),
      // GB18030 comes from ICU in Qt 6.4 (QStringConverter::encodingForName does not know it; the decoder does).
      m_gb18030("GB18030", QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
{
}

CsvReader::CsvReader(CsvReader &&) noexcept = default;
CsvReader &CsvReader::operator=(CsvReader &&) noexcept = default;
CsvReader::~CsvReader() = default;

Result<CsvReader> CsvReader::openFile(const QString &path, const CsvOptions &options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorKind::Io, QStringLiteral("io_open"),
            QCoreApplication::translate("dibao::CsvReader", "Cannot open %1: %2").arg(path, file->errorString()));
    }
    return CsvReader(std::move(file), options);
}

CsvReader CsvReader::fromBytes(const QByteArray &data, const CsvOptions &options)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return CsvReader(std::move(buffer), options);
}

Error CsvReader::fail(qint64 line, const char *code, const QString &message)
{
    m_failed = true;
    m_errorLine = line;
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

Status CsvReader::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const qint64 n = m_device->read(m_buffer.data() + old, kChunk);
    if (n < 0) {
        m_buffer.resize(old);
        m_failed = true;
        m_ioError = makeError(ErrorKind::Io, QStringLiteral("io_read"),
                              QCoreApplication::translate("dibao::CsvReader", "Reading the file failed: %1")
                                  .arg(m_device->errorString()));
        return m_ioError;
    }
    m_buffer.resize(old + qsizetype(n));
    if (n == 0)
        m_eof = true;
    return {};
}

Status CsvReader::readByteOrderMark()
{
    while (!m_eof && m_buffer.size() < 4)
        DIBAO_TRY(fill());
    const QByteArrayView head(m_buffer);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        return fail(1, "csv_utf16",
                    QCoreApplication::translate(
                        "dibao::CsvReader",
                        "The file is UTF-16 (Excel's \"Unicode text\"). Save it as CSV in UTF-8 or GB18030."));
    }
    TextEncoding marked = TextEncoding::Detect;
    qsizetype markLength = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        marked = TextEncoding::Utf8;
        markLength = 3;
    } else if (head.startsWith("\x84\x31\x95\x33")) {
        marked = TextEncoding::Gb18030;
        markLength = 4;
    }
    if (marked == TextEncoding::Detect)
        return {};
    if (m_encoding != TextEncoding::Detect && m_encoding != marked) {
        return fail(1, "csv_bom_mismatch",
                    QCoreApplication::translate("dibao::CsvReader",
                                                "The file starts with a %1 byte-order mark but %2 was chosen.")
                        .arg(textEncodingName(marked), textEncodingName(m_encoding)));
    }
    m_encoding = marked;
    m_hadBom = true;
    m_pos = markLength;
    m_consumed = markLength;
    return {};
}

CsvReader::LineResult CsvReader::nextPhysicalLine(QByteArrayView &line)
{
    qsizetype searchFrom = m_pos;
    for (;;) {
        const char *base = m_buffer.constData();
        const auto *newline
            = static_cast<const char *>(std::memchr(base + searchFrom, '\n', size_t(m_buffer.size() - searchFrom)));
        if (newline) {
            const qsizetype length = newline - (base + m_pos);
            line = QByteArrayView(base + m_pos, length);
            m_pos += length + 1;
            m_consumed += length + 1;
            return LineResult::Line;
        }
        const qsizetype available = m_buffer.size() - m_pos;
        if (m_eof) {
            if (available == 0)
                return LineResult::End;
            line = QByteArrayView(base + m_pos, available);
            m_pos += available;
            m_consumed += available;
            return LineResult::Line;
        }
        if (available > m_options.maxRecordBytes)
            return LineResult::Failed; // reported by the caller, which knows the line number
        searchFrom = available; // after fill() moves the unread bytes to the front
        if (!fill().ok())
            return LineResult::Failed;
    }
}

void CsvReader::decideEncoding(QByteArrayView line)
{
    // Judge by everything buffered from this line on (up to 1 MiB), not one line: a short GB18030 line can happen to
    // be valid UTF-8, a megabyte of it practically never is.
    const char *from = line.data();
    const char *to = m_buffer.constData() + m_buffer.size();
    const bool valid = isValidUtf8(from, to - from, m_eof);
    m_encoding = valid ? TextEncoding::Utf8 : TextEncoding::Gb18030;
    m_encodingWasDetected = true;
}

Result<QString> CsvReader::decode(QByteArrayView line)
{
    if (m_encoding == TextEncoding::Detect && hasHighByte(line))
        decideEncoding(line);
    QStringDecoder &decoder = m_encoding == TextEncoding::Gb18030 ? m_gb18030 : m_utf8;
    QString text = decoder.decode(line);
    if (decoder.hasError()) {
        if (m_encoding == TextEncoding::Gb18030)
            return fail(
                m_line, "csv_bad_encoding",
                QCoreApplication::translate("dibao::CsvReader", "Line %1 is not valid GB18030 text.").arg(m_line));
        if (m_encodingWasDetected)
            return fail(m_line, "csv_bad_encoding",
                        QCoreApplication::translate(
                            "dibao::CsvReader",
                            "Line %1 is not valid UTF-8, although the start of the file is. The file mixes "
                            "encodings; choose GB18030 if it was saved by Excel or WPS on Chinese Windows.")
                            .arg(m_line));
        return fail(m_line, "csv_bad_encoding",
                    QCoreApplication::translate(
                        "dibao::CsvReader",
                        "Line %1 is not valid UTF-8. Choose GB18030 if the file was saved by Excel or WPS on "
                        "Chinese Windows.")
                        .arg(m_line));
    }
    return text;
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    if (m_failed)
        return makeError(ErrorKind::Invalid, QStringLiteral("csv_failed"),
                         QCoreApplication::translate("dibao::CsvReader", "The file could not be read past line %1.")
                             .arg(m_errorLine));
    if (!m_started) {
        m_started = true;
        DIBAO_TRY(readByteOrderMark());
    }
    record.fields.clear();
    record.line = 0;

    const QChar quote = QLatin1Char('"');
    QString field; // a quoted field being built, possibly over several lines
    bool inQuotes = false; // inside a quoted field at the end of the previous physical line
    bool previousCrlf = false;
    qsizetype recordBytes = 0;

    for (;;) {
        QByteArrayView bytes;
        const LineResult got = nextPhysicalLine(bytes);
        if (got == LineResult::Failed) {
            if (m_failed) // fill() failed
                return m_ioError;
            return fail(m_line + 1, "csv_record_too_long",
                        QCoreApplication::translate("dibao::CsvReader", "Line %1 is longer than %2 bytes.")
                            .arg(m_line + 1)
                            .arg(m_options.maxRecordBytes));
        }
        if (got == LineResult::End) {
            if (inQuotes)
                return fail(record.line, "csv_unterminated_quote",
                            QCoreApplication::translate("dibao::CsvReader",
                                                        "A quoted field starting at line %1 is never closed.")
                                .arg(record.line));
            return false;
        }
        ++m_line;
        const bool crlf = bytes.endsWith('\r');
        if (crlf)
            bytes.chop(1);
        if (std::memchr(bytes.data(), 0, size_t(bytes.size())))
            return fail(
                m_line, "csv_nul_byte",
                QCoreApplication::translate("dibao::CsvReader",
                                            "Line %1 contains a NUL byte: this is not a text file (or it is UTF-16).")
                    .arg(m_line));
        if (!inQuotes) {
            if (bytes.isEmpty())
                continue; // blank line between records
            record.line = m_line;
        }
        recordBytes += bytes.size() + 1;
        if (recordBytes > m_options.maxRecordBytes)
            return fail(record.line, "csv_record_too_long",
                        QCoreApplication::translate(
                            "dibao::CsvReader",
                            "The record starting at line %1 is longer than %2 bytes; a quote is probably not "
                            "closed.")
                            .arg(record.line)
                            .arg(m_options.maxRecordBytes));

        auto decoded = decode(bytes);
        if (!decoded)
            return decoded.error();
        const QString text = std::move(decoded).value();
        if (m_delimiter.isNull())
            m_delimiter = detectDelimiter(text);
        const QChar delimiter = m_delimiter;

        const QChar *d = text.constData();
        const qsizetype n = text.size();
        qsizetype i = 0;
        qsizetype fieldStart = 0;
        bool afterQuote = false; // a quoted field has closed; only a delimiter or the end of line may follow
        if (inQuotes) {
            // Continuing a quoted field: the line break it contains is data, kept as written.
            field += previousCrlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
        }
        previousCrlf = crlf;
        while (i <= n) {
            if (inQuotes) {
                // Copy up to the next quote in one go; doubled quotes are one quote character.
                qsizetype q = i;
                while (q < n && d[q] != quote)
                    ++q;
                field.append(d + i, q - i);
                if (q >= n) {
                    i = n + 1;
                    break; // the field goes on on the next line
                }
                if (q + 1 < n && d[q + 1] == quote) {
                    field += quote;
                    i = q + 2;
                    continue;
                }
                inQuotes = false;
                afterQuote = true;
                i = q + 1;
                continue;
            }
            if (afterQuote) {
                if (i == n) {
                    record.fields.append(field);
                    field.clear();
                    afterQuote = false;
                    i = n + 1;
                    break;
                }
                if (d[i] != delimiter)
                    return fail(m_line, "csv_quote",
                                QCoreApplication::translate(
                                    "dibao::CsvReader",
                                    "Line %1: a quoted field is followed by text before the next delimiter.")
                                    .arg(m_line));
                record.fields.append(field);
                field.clear();
                afterQuote = false;
                ++i;
                fieldStart = i;
                if (record.fields.size() > m_options.maxFields)
                    break;
                continue;
            }
            // Unquoted: a quote opens a quoted field only as the field's first character; elsewhere it is data
            // (as Excel reads 5'6" and the like).
            if (i < n && i == fieldStart && d[i] == quote) {
                inQuotes = true;
                field.clear();
                ++i;
                continue;
            }
            qsizetype e = i;
            while (e < n && d[e] != delimiter)
                ++e;
            record.fields.append(text.mid(fieldStart, e - fieldStart));
            if (record.fields.size() > m_options.maxFields)
                break;
            i = e + 1;
            fieldStart = i;
            if (e == n) {
                i = n + 1;
                break;
            }
        }
        if (record.fields.size() > m_options.maxFields)
            return fail(
                record.line, "csv_too_many_fields",
                QCoreApplication::translate("dibao::CsvReader", "The record at line %1 has more than %2 fields.")
                    .arg(record.line)
                    .arg(m_options.maxFields));
        if (!inQuotes)
            return true;
    }
}

} // namespace dibao
