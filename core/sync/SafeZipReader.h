#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace dibao {

struct ZipLimits {
    qint64 maxArchiveBytes = qint64(256) << 20;
    int maxEntries = 4096;
    int maxNameLength = 128; // bytes
    qint64 maxEntryBytes = qint64(256) << 20;
    qint64 maxTotalBytes = qint64(512) << 20;
    int maxRatio = 100;          // deflate: uncompressed / compressed, for entries above kRatioFloor
    static constexpr qint64 kRatioFloor = 64 << 10;
};

struct ZipEntryInfo {
    QString name;
    quint16 method = 0;
    quint16 flags = 0;
    quint32 crc32 = 0; // reported only; never trusted (docs/bundle-format.md §1.2 step 11)
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    qint64 localHeaderOffset = 0;
    qint64 dataOffset = 0;
};

// Reads zips from people we do not trust. QuaZip and Python's zipfile accept junk around the archive, pick different
// copies of duplicate names depending on call order and report CRC trouble only after handing out the bytes, so this
// parses the central directory itself, once, validates the whole layout before any entry is read, and never writes a
// file. The archive lives in memory: its size is capped before it is read. Tokens: docs/bundle-format.md §1.2.
class SafeZipReader {
public:
    using NameFilter = std::function<bool(const QString &name)>;

    static Result<SafeZipReader> open(QByteArray archive, const NameFilter &allowName, const ZipLimits &limits = {});

    const QList<ZipEntryInfo> &entries() const { return m_entries; }
    const ZipEntryInfo *find(const QString &name) const;

    // The entry's content, read through a cap of `expectedSize` bytes: more or fewer bytes than that (or than the
    // zip declares) is zip_size_mismatch. Tokens: zip_entry_not_found, zip_entry_too_large, zip_size_mismatch,
    // zip_inflate.
    Result<QByteArray> read(const QString &name, qint64 expectedSize) const;

    const QByteArray &archive() const { return m_archive; }

private:
    SafeZipReader() = default;

    QByteArray m_archive;
    QList<ZipEntryInfo> m_entries;
    ZipLimits m_limits;
};

} // namespace dibao
