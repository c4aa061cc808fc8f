#include "io/CsvWriter.h"

#include <QCoreApplication>

namespace dibao {

namespace {

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvWriteOptions &options)
    : m_device(device),
      m_options(options),
      m_encoder(options.encoding == TextEncoding::Gb18030 ? QStringEncoder("GB18030")
                                                          : QStringEncoder(QStringEncoder::Utf8))
{
}

QByteArray CsvWriter::encodeRow(const QStringList &fields, Status *status)
{
    QString line;
    const QChar delimiter = m_options.delimiter;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &field = fields.at(i);
        if (!field.isValidUtf16()) {
            if (status)
                *status = makeError(
                    ErrorKind::Invalid, QStringLiteral("csv_text_invalid"),
                    QCoreApplication::translate("dibao::CsvWriter", "Field %1 holds broken text (a lone surrogate).")
                        .arg(i + 1));
            return {};
        }
        if (i > 0)
            line += delimiter;
        const bool quote = field.contains(delimiter) || field.contains(QLatin1Char('"'))
            || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
            || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
        if (quote) {
            line += QLatin1Char('"');
            line += QString(field).replace(QLatin1Char('"'), QLatin1String("\"\""));
            line += QLatin1Char('"');
        } else {
            line += field;
        }
    }
    line += m_options.crlf ? QLatin1String("\r\n") : QLatin1String("\n");
    QByteArray bytes = m_encoder.encode(line);
    if (m_encoder.hasError()) {
        m_encoder.resetState();
        if (status)
            *status = makeError(ErrorKind::Invalid, QStringLiteral("csv_text_invalid"),
                                QCoreApplication::translate("dibao::CsvWriter", "A field cannot be written in %1.")
                                    .arg(textEncodingName(m_options.encoding)));
        return {};
    }
    if (status)
        *status = {};
    return bytes;
}

Status CsvWriter::writeRow(const QStringList &fields)
{
    QByteArray out;
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark)
            out = m_options.encoding == TextEncoding::Gb18030 ? QByteArray("\x84\x31\x95\x33")
                                                              : QByteArray("\xEF\xBB\xBF");
    }
    Status status;
    out += encodeRow(fields, &status);
    if (!status.ok())
        return status;
    if (m_device->write(out) != out.size())
        return makeError(ErrorKind::Io, QStringLiteral("io_write"),
                         QCoreApplication::translate("dibao::CsvWriter", "Writing the file failed: %1")
                             .arg(m_device->errorString()));
    ++m_rows;
    return {};
}

} // namespace dibao
