// The whole import front door: caps, zip checks, signature, manifest, hashes, decryption, and the inspector.
#include "sync/BundleInspector.h"
#include "sync/BundleReader.h"

#include <cstddef>
#include <cstdint>

using namespace dibao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The fixture keys (tests/data/bundles/keys.json), so seeds from that directory get past the signature.
    static const SigningKeyPair sender = Crypto::signingKeyPairFromSeed(QByteArray(32, '\x01'));
    static const BoxKeyPair recipient = Crypto::boxKeyPairFromSeed(QByteArray(32, '\x03'));
    static const TrustedKeys trusted = [](const QString &keyId) -> std::optional<QByteArray> {
        if (keyId == Crypto::keyId(sender.publicKey))
            return sender.publicKey;
        return std::nullopt;
    };
    BundleLimits limits;
    limits.maxBundleBytes = 4 << 20;
    limits.zip.maxArchiveBytes = 4 << 20;
    limits.zip.maxEntryBytes = 8 << 20;
    limits.zip.maxTotalBytes = 16 << 20;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)BundleReader::open(bytes, trusted, recipient, limits);
    (void)BundleInspector::inspect(bytes, trusted, limits);
    return 0;
}
