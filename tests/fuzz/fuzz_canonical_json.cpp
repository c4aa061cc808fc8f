// Canonical JSON, NDJSON and the manifest validator: what runs on bytes once a signature has verified (a signer we
// trust may still be buggy or compromised).
#include "sync/BundleReader.h"
#include "sync/CanonicalJson.h"

#include <cstddef>
#include <cstdint>

using namespace dibao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = CanonicalJson::parse(bytes, 1 << 20);
    if (parsed.ok() && CanonicalJson::serialize(*parsed) != bytes)
        __builtin_trap(); // accepted text must be its own canonical form
    (void)CanonicalJson::parseNdjson(bytes, 1 << 16, 1000);
    (void)BundleReader::parseManifest(bytes, BundleLimits{});
    (void)BundleSignature::parse(bytes);
    return 0;
}
