// The zip layer alone, with a permissive name filter so every structural check and the inflater are reachable.
#include "sync/SafeZipReader.h"

#include <cstddef>
#include <cstdint>

using namespace dibao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ZipLimits limits;
    limits.maxArchiveBytes = 4 << 20;
    limits.maxEntryBytes = 8 << 20;
    limits.maxTotalBytes = 16 << 20;
    auto zip = SafeZipReader::open(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                   [](const QString &) { return true; }, limits);
    if (zip.ok()) {
        for (const ZipEntryInfo &entry : zip->entries())
            (void)zip->read(entry.name, entry.uncompressedSize);
    }
    return 0;
}
