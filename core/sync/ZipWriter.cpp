#include "sync/ZipWriter.h"

#include <zlib.h>

#include <stdexcept>

namespace dibao {

namespace {

constexpr quint16 kVersionNeeded = 20;
constexpr quint16 kVersionMadeBy = (3 << 8) | 20; // Unix, 2.0: lets readers see the mode bits below
constexpr quint16 kDosTime = 0;
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01, the earliest DOS date
constexpr quint32 kRegularFileMode = 0100644u << 16;

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

quint32 crcOf(const QByteArray &data)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    qsizetype done = 0;
    while (done < data.size()) {
        const uInt chunk = uInt(std::min<qsizetype>(data.size() - done, 1 << 30));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(data.constData() + done), chunk);
        done += chunk;
    }
    return quint32(crc);
}

} // namespace

void ZipWriter::addFile(const QString &name, const QByteArray &content)
{
    // Zip64 is outside the format (docs/bundle-format.md §1.2), so refuse to produce it.
    if (content.size() >= 0xFFFFFFFFLL || name.isEmpty() || name.size() > 0xFFFF)
        throw std::invalid_argument("ZipWriter: entry too large or bad name");
    m_entries.append(Entry{name.toUtf8(), content});
}

QByteArray ZipWriter::finish() const
{
    QByteArray out;
    QByteArray central;
    for (const Entry &entry : m_entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crcOf(entry.content);
        const auto size = quint32(entry.content.size());

        put32(out, 0x04034b50);
        put16(out, kVersionNeeded);
        put16(out, 0); // flags
        put16(out, 0); // stored
        put16(out, kDosTime);
        put16(out, kDosDate);
        put32(out, crc);
        put32(out, size);
        put32(out, size);
        put16(out, quint32(entry.name.size()));
        put16(out, 0); // extra
        out += entry.name;
        out += entry.content;

        put32(central, 0x02014b50);
        put16(central, kVersionMadeBy);
        put16(central, kVersionNeeded);
        put16(central, 0);
        put16(central, 0);
        put16(central, kDosTime);
        put16(central, kDosDate);
        put32(central, crc);
        put32(central, size);
        put32(central, size);
        put16(central, quint32(entry.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, kRegularFileMode);
        put32(central, offset);
        central += entry.name;
    }
    if (out.size() + central.size() >= 0xFFFFFFFFLL || m_entries.size() >= 0xFFFF)
        throw std::invalid_argument("ZipWriter: archive would need zip64");
    const auto centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(m_entries.size()));
    put16(out, quint32(m_entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0); // no archive comment: the EOCD must be the last 22 bytes
    return out;
}

} // namespace dibao
