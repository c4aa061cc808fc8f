#include "sync/SafeZipReader.h"

#include "sync/CanonicalJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <zlib.h>

#include <algorithm>

namespace dibao {

namespace {

constexpr quint32 kLocalSig = 0x04034b50;
constexpr quint32 kCentralSig = 0x02014b50;
constexpr quint32 kEndSig = 0x06054b50;
constexpr quint32 kZip64LocatorSig = 0x07064b50;
constexpr qsizetype kEndSize = 22;
constexpr qsizetype kCentralSize = 46;
constexpr qsizetype kLocalSize = 30;

constexpr quint16 kFlagEncrypted = 0x0001;
constexpr quint16 kFlagStrongEncryption = 0x0040;
constexpr quint16 kFlagsAllowed = 0x0002 | 0x0004 | 0x0800; // deflate level hints, UTF-8 names

constexpr quint32 kModeTypeMask = 0170000;
constexpr quint32 kModeRegular = 0100000;
constexpr quint32 kModeDirectory = 0040000;
constexpr quint32 kModeSymlink = 0120000;
constexpr quint32 kDosDirectory = 0x10;

Error zipError(const char *code, const char *text)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code),
                     QCoreApplication::translate("dibao::SafeZipReader", text));
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(le16(b, at)) | (quint32(le16(b, at + 2)) << 16);
}

// Extra fields are TLVs; a malformed one can hide bytes, and a zip64 record (0x0001) means sizes we do not handle.
bool extraFieldOk(const QByteArray &b, qsizetype at, qsizetype length)
{
    qsizetype pos = 0;
    while (pos < length) {
        if (length - pos < 4)
            return false;
        const quint16 id = le16(b, at + pos);
        const quint16 size = le16(b, at + pos + 2);
        if (id == 0x0001 || length - pos - 4 < size)
            return false;
        pos += 4 + size;
    }
    return true;
}

struct RawCentral {
    ZipEntryInfo info;
    QByteArray rawName;
    qsizetype extraLength = 0;
};

Status checkName(const QByteArray &raw, quint32 external, int maxLength)
{
    if (raw.isEmpty())
        return zipError("zip_name_invalid", "A zip entry has an empty name.");
    if (raw.size() > maxLength)
        return zipError("zip_name_too_long", "A zip entry name is too long.");
    if (raw.contains('\0'))
        return zipError("zip_name_nul", "A zip entry name contains a NUL byte.");
    if (raw.contains('\\'))
        return zipError("zip_name_backslash", "A zip entry name contains a backslash.");
    if (raw.startsWith('/') || (raw.size() >= 2 && raw[1] == ':'))
        return zipError("zip_name_absolute", "A zip entry name is an absolute path.");
    if (!CanonicalJson::isValidUtf8(raw))
        return zipError("zip_name_invalid", "A zip entry name is not valid UTF-8.");
    for (const char c : raw) {
        if (quint8(c) < 0x20 || c == 0x7F)
            return zipError("zip_name_invalid", "A zip entry name contains control characters.");
    }
    // Mode bits are honoured whatever "made by" says: we never extract, so refusing is always the safe reading.
    const quint32 mode = external >> 16;
    const quint32 type = mode & kModeTypeMask;
    if (raw.endsWith('/') || type == kModeDirectory || (external & kDosDirectory))
        return zipError("zip_directory", "A zip entry is a directory.");
    if (type == kModeSymlink)
        return zipError("zip_symlink", "A zip entry is a symbolic link.");
    if (type != 0 && type != kModeRegular)
        return zipError("zip_special_file", "A zip entry is not a regular file.");
    for (const QByteArray &segment : raw.split('/')) {
        if (segment.isEmpty() || segment == "." || segment == "..")
            return zipError("zip_name_traversal", "A zip entry name contains '..', '.' or an empty path segment.");
    }
    return {};
}

} // namespace

Result<SafeZipReader> SafeZipReader::open(QByteArray archive, const NameFilter &allowName, const ZipLimits &limits)
{
    const qsizetype n = archive.size();
    if (n > limits.maxArchiveBytes)
        return zipError("zip_too_large", "The archive is larger than allowed.");
    if (n == 0)
        return zipError("zip_empty", "The file is empty.");

    // 1. The end record must be the last 22 bytes: no comment, nothing appended.
    if (n < kEndSize || le32(archive, n - kEndSize) != kEndSig) {
        const qsizetype lowest = std::max<qsizetype>(0, n - kEndSize - 0xFFFF);
        for (qsizetype at = n - kEndSize - 1; at >= lowest && n >= kEndSize; --at) {
            if (le32(archive, at) == kEndSig)
                return zipError("zip_junk_after", "There are bytes after the end of the archive.");
        }
        if (n >= 4 && le32(archive, 0) == kLocalSig)
            return zipError("zip_truncated", "The archive is truncated.");
        return zipError("zip_not_a_zip", "The file is not a zip archive.");
    }
    const qsizetype endAt = n - kEndSize;
    const quint16 disk = le16(archive, endAt + 4);
    const quint16 cdDisk = le16(archive, endAt + 6);
    const quint16 entriesOnDisk = le16(archive, endAt + 8);
    const quint16 entriesTotal = le16(archive, endAt + 10);
    const quint32 cdSize = le32(archive, endAt + 12);
    const quint32 cdOffset = le32(archive, endAt + 16);
    const quint16 commentLength = le16(archive, endAt + 20);
    if (entriesTotal == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF
        || (endAt >= 20 && le32(archive, endAt - 20) == kZip64LocatorSig)) {
        return zipError("zip_zip64_unsupported", "Zip64 archives are not supported.");
    }
    if (disk != 0 || cdDisk != 0 || entriesOnDisk != entriesTotal)
        return zipError("zip_multi_disk", "Multi-volume archives are not supported.");
    if (commentLength != 0)
        return zipError("zip_central_directory", "The archive's end record is inconsistent.");

    // 3. Bytes before the archive shift every offset; the central directory must end exactly at the end record.
    if (qint64(cdOffset) + qint64(cdSize) > qint64(endAt))
        return zipError("zip_central_directory", "The central directory lies outside the archive.");
    if (qint64(cdOffset) + qint64(cdSize) < qint64(endAt))
        return zipError("zip_junk_before", "There are bytes before the archive or before its end record.");
    if (entriesTotal > limits.maxEntries)
        return zipError("zip_too_many_entries", "The archive holds too many entries.");

    // 4–8. Central directory, parsed once.
    QList<RawCentral> records;
    records.reserve(entriesTotal);
    QSet<QString> names;
    QSet<QString> foldedNames;
    qint64 totalDeclared = 0;
    qsizetype pos = cdOffset;
    const qsizetype cdEnd = qsizetype(cdOffset) + cdSize;
    for (int i = 0; i < entriesTotal; ++i) {
        if (cdEnd - pos < kCentralSize || le32(archive, pos) != kCentralSig)
            return zipError("zip_central_directory", "The central directory is malformed.");
        const quint16 flags = le16(archive, pos + 8);
        const quint16 method = le16(archive, pos + 10);
        const quint32 crc = le32(archive, pos + 16);
        const quint32 compressed = le32(archive, pos + 20);
        const quint32 uncompressed = le32(archive, pos + 24);
        const quint16 nameLength = le16(archive, pos + 28);
        const quint16 extraLength = le16(archive, pos + 30);
        const quint16 entryCommentLength = le16(archive, pos + 32);
        const quint16 diskStart = le16(archive, pos + 34);
        const quint32 external = le32(archive, pos + 38);
        const quint32 localOffset = le32(archive, pos + 42);
        const qsizetype recordSize = kCentralSize + nameLength + extraLength + entryCommentLength;
        if (cdEnd - pos < recordSize)
            return zipError("zip_central_directory", "The central directory is malformed.");

        if ((flags & (kFlagEncrypted | kFlagStrongEncryption)) || method == 99)
            return zipError("zip_encrypted", "A zip entry is encrypted.");
        if (method != 0 && method != 8)
            return zipError("zip_unsupported_method", "A zip entry uses an unsupported compression method.");
        if (flags & ~kFlagsAllowed)
            return zipError("zip_flags", "A zip entry uses unsupported flags (e.g. a data descriptor).");
        if (!extraFieldOk(archive, pos + kCentralSize + nameLength, extraLength))
            return zipError("zip_extra_field", "A zip entry has a malformed or zip64 extra field.");
        if (compressed == 0xFFFFFFFF || uncompressed == 0xFFFFFFFF || localOffset == 0xFFFFFFFF)
            return zipError("zip_zip64_unsupported", "Zip64 archives are not supported.");
        if (diskStart != 0)
            return zipError("zip_multi_disk", "Multi-volume archives are not supported.");

        const QByteArray rawName = archive.mid(pos + kCentralSize, nameLength);
        DIBAO_TRY(checkName(rawName, external, limits.maxNameLength));
        const QString name = QString::fromUtf8(rawName);
        if (names.contains(name))
            return zipError("zip_duplicate_name", "A zip entry name appears twice.");
        const QString folded = name.toCaseFolded();
        if (foldedNames.contains(folded))
            return zipError("zip_duplicate_name_casefold", "Two zip entry names differ only in case.");
        names.insert(name);
        foldedNames.insert(folded);
        // After the duplicate checks, so that "A" next to "a" is reported as the attack it is even when the
        // allow-list would refuse one of them anyway.
        if (!allowName || !allowName(name))
            return zipError("zip_name_not_allowed", "A zip entry name is not allowed here.");

        if (method == 0 && compressed != uncompressed)
            return zipError("zip_size_mismatch", "A stored zip entry declares two different sizes.");
        if (qint64(uncompressed) > limits.maxEntryBytes)
            return zipError("zip_entry_too_large", "A zip entry is larger than allowed.");
        totalDeclared += uncompressed;
        if (totalDeclared > limits.maxTotalBytes)
            return zipError("zip_total_too_large", "The archive's entries are larger than allowed in total.");
        if (method == 8 && qint64(uncompressed) > ZipLimits::kRatioFloor
            && qint64(uncompressed) > qint64(compressed) * limits.maxRatio) {
            return zipError("zip_ratio", "A zip entry's compression ratio is implausibly high.");
        }

        RawCentral record;
        record.info.name = name;
        record.info.method = method;
        record.info.flags = flags;
        record.info.crc32 = crc;
        record.info.compressedSize = compressed;
        record.info.uncompressedSize = uncompressed;
        record.info.localHeaderOffset = localOffset;
        record.rawName = rawName;
        records.append(record);
        pos += recordSize;
    }
    if (pos != cdEnd)
        return zipError("zip_central_directory", "The central directory has bytes its records do not account for.");

    // 9–10. Entries must tile the archive from offset 0 up to the central directory: no overlaps (the classic
    // overlapping-entries bomb), no hidden gaps, and each local header must say what the central record says.
    QList<RawCentral *> byOffset;
    for (RawCentral &r : records)
        byOffset.append(&r);
    std::stable_sort(byOffset.begin(), byOffset.end(), [](const RawCentral *a, const RawCentral *b) {
        return a->info.localHeaderOffset < b->info.localHeaderOffset;
    });
    qint64 expected = 0;
    for (RawCentral *r : byOffset) {
        const qint64 at = r->info.localHeaderOffset;
        if (at < expected)
            return zipError("zip_overlap", "Two zip entries overlap.");
        if (at > expected)
            return expected == 0 ? zipError("zip_junk_before", "There are bytes before the first zip entry.")
                                 : zipError("zip_gap", "There are unaccounted bytes between zip entries.");
        if (at + kLocalSize > cdOffset || le32(archive, at) != kLocalSig)
            return zipError("zip_local_header", "A zip entry's local header is missing or malformed.");
        const quint16 localFlags = le16(archive, at + 6);
        const quint16 localMethod = le16(archive, at + 8);
        const quint32 localCrc = le32(archive, at + 14);
        const quint32 localCompressed = le32(archive, at + 18);
        const quint32 localUncompressed = le32(archive, at + 22);
        const quint16 localNameLength = le16(archive, at + 26);
        const quint16 localExtraLength = le16(archive, at + 28);
        if (at + kLocalSize + localNameLength + localExtraLength > cdOffset)
            return zipError("zip_local_header", "A zip entry's local header is missing or malformed.");
        if (archive.mid(at + kLocalSize, localNameLength) != r->rawName || localFlags != r->info.flags
            || localMethod != r->info.method || localCrc != r->info.crc32
            || localCompressed != quint32(r->info.compressedSize)
            || localUncompressed != quint32(r->info.uncompressedSize)) {
            return zipError("zip_local_mismatch", "A zip entry's local header disagrees with the central directory.");
        }
        if (!extraFieldOk(archive, at + kLocalSize + localNameLength, localExtraLength))
            return zipError("zip_extra_field", "A zip entry has a malformed or zip64 extra field.");
        r->info.dataOffset = at + kLocalSize + localNameLength + localExtraLength;
        expected = r->info.dataOffset + r->info.compressedSize;
        if (expected > cdOffset)
            return zipError("zip_overlap", "A zip entry's data runs into the central directory.");
    }
    if (expected != cdOffset)
        return expected == 0 ? zipError("zip_junk_before", "There are bytes before the central directory.")
                             : zipError("zip_gap", "There are unaccounted bytes before the central directory.");

    SafeZipReader reader;
    reader.m_archive = std::move(archive);
    reader.m_limits = limits;
    for (const RawCentral &r : records)
        reader.m_entries.append(r.info);
    return reader;
}

const ZipEntryInfo *SafeZipReader::find(const QString &name) const
{
    for (const ZipEntryInfo &entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

Result<QByteArray> SafeZipReader::read(const QString &name, qint64 expectedSize) const
{
    const ZipEntryInfo *entry = find(name);
    if (!entry)
        return zipError("zip_entry_not_found", "A zip entry is missing.");
    if (expectedSize < 0 || expectedSize > m_limits.maxEntryBytes)
        return zipError("zip_entry_too_large", "A zip entry is larger than allowed.");
    if (entry->uncompressedSize != expectedSize)
        return zipError("zip_size_mismatch", "A zip entry's size is not the expected one.");

    const char *data = m_archive.constData() + entry->dataOffset;
    if (entry->method == 0)
        return QByteArray(data, qsizetype(entry->compressedSize));

    // Inflate into a buffer one byte larger than allowed: filling that byte proves the declared size was a lie.
    QByteArray out(qsizetype(expectedSize) + 1, Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return zipError("zip_inflate", "A zip entry cannot be decompressed.");
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    stream.avail_in = uInt(entry->compressedSize);
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = inflate(&stream, Z_FINISH);
    const qint64 produced = qint64(stream.total_out);
    const uInt leftover = stream.avail_in;
    inflateEnd(&stream);
    if (produced > expectedSize)
        return zipError("zip_size_mismatch", "A zip entry inflates to more than it declares.");
    if (rc != Z_STREAM_END) {
        if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_MEM_ERROR || produced == expectedSize)
            return zipError("zip_inflate", "A zip entry cannot be decompressed.");
        return zipError("zip_size_mismatch", "A zip entry inflates to less than it declares.");
    }
    if (leftover != 0)
        return zipError("zip_inflate", "A zip entry has bytes after its compressed data.");
    if (produced != expectedSize)
        return zipError("zip_size_mismatch", "A zip entry inflates to less than it declares.");
    out.truncate(qsizetype(produced));
    return out;
}

} // namespace dibao
