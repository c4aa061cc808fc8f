#include "sync/BundleReader.h"

#include "sync/CanonicalJson.h"

#include <QCoreApplication>
#include <QFile>

namespace dibao {

namespace {

Error bundleError(const char *code, const char *text, ErrorKind kind = ErrorKind::Invalid)
{
    return makeError(kind, QString::fromLatin1(code), QCoreApplication::translate("dibao::BundleReader", text));
}

bool isHeaderEntry(const QString &name)
{
    return name == BundleManifest::kManifestName || name == BundleManifest::kSignatureName;
}

} // namespace

Result<QByteArray> BundleReader::readFile(const QString &path, const BundleLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return bundleError("bundle_unreadable", "The bundle file cannot be opened.", ErrorKind::Io);
    if (file.size() > limits.maxBundleBytes)
        return bundleError("bundle_too_large", "The bundle file is larger than allowed.");
    // Read at most one byte past the cap: a file that grows while we read is still refused, not swallowed.
    QByteArray bytes = file.read(limits.maxBundleBytes + 1);
    if (bytes.size() > limits.maxBundleBytes)
        return bundleError("bundle_too_large", "The bundle file is larger than allowed.");
    if (file.error() != QFileDevice::NoError)
        return bundleError("bundle_unreadable", "The bundle file cannot be read.", ErrorKind::Io);
    return bytes;
}

Result<SafeZipReader> BundleReader::openZip(const QByteArray &zip, const BundleLimits &limits)
{
    if (zip.size() > limits.maxBundleBytes)
        return bundleError("bundle_too_large", "The bundle file is larger than allowed.");
    return SafeZipReader::open(zip, &BundleManifest::isGenericEntryName, limits.zip);
}

Result<BundleSignature> BundleReader::readSignature(const SafeZipReader &zip)
{
    const ZipEntryInfo *entry = zip.find(BundleManifest::kSignatureName);
    if (!entry)
        return bundleError("signature_missing", "The bundle has no signature.");
    if (entry->uncompressedSize > BundleSignature::kMaxBytes)
        return bundleError("signature_malformed", "The bundle signature file is malformed.");
    auto bytes = zip.read(BundleManifest::kSignatureName, entry->uncompressedSize);
    if (!bytes.ok())
        return bytes.error();
    return BundleSignature::parse(*bytes);
}

Result<QByteArray> BundleReader::readManifestBytes(const SafeZipReader &zip, const BundleLimits &limits)
{
    const ZipEntryInfo *entry = zip.find(BundleManifest::kManifestName);
    if (!entry)
        return bundleError("manifest_missing", "The bundle has no manifest.");
    if (entry->uncompressedSize > limits.maxManifestBytes)
        return bundleError("json_too_large", "The bundle manifest is larger than allowed.");
    return zip.read(BundleManifest::kManifestName, entry->uncompressedSize);
}

Result<BundleManifest> BundleReader::parseManifest(const QByteArray &manifestBytes, const BundleLimits &limits,
                                                   QJsonObject *json)
{
    auto parsed = CanonicalJson::parse(manifestBytes, limits.maxManifestBytes);
    if (!parsed.ok())
        return parsed.error();
    if (json)
        *json = *parsed;
    return BundleManifest::fromJson(*parsed, limits.maxFormatVersion, limits.maxSchemaVersion);
}

Result<QHash<QString, QByteArray>> BundleReader::checkEntries(const SafeZipReader &zip, const BundleManifest &manifest)
{
    for (const BundleEntryRef &ref : manifest.entries) {
        if (!zip.find(ref.name))
            return bundleError("entry_missing", "An entry listed in the bundle manifest is missing.");
    }
    for (const ZipEntryInfo &entry : zip.entries()) {
        if (!isHeaderEntry(entry.name) && !manifest.entry(entry.name))
            return bundleError("entry_unlisted", "The bundle holds an entry its manifest does not list.");
    }
    QHash<QString, QByteArray> stored;
    for (const BundleEntryRef &ref : manifest.entries) {
        if (zip.find(ref.name)->uncompressedSize != ref.size)
            return bundleError("entry_size_mismatch", "A bundle entry's size differs from the signed manifest.");
        // Capped at the signed size; the zip's CRC plays no part.
        auto bytes = zip.read(ref.name, ref.size);
        if (!bytes.ok())
            return bytes.error();
        if (!Crypto::constantTimeEqual(Crypto::sha256Hex(*bytes).toLatin1(), ref.sha256.toLatin1()))
            return bundleError("entry_hash_mismatch", "A bundle entry was altered: its hash differs from the signed "
                                                      "manifest.");
        stored.insert(ref.name, std::move(bytes).value());
    }
    return stored;
}

Result<VerifiedBundle> BundleReader::verify(const QByteArray &zipBytes, const TrustedKeys &trusted,
                                            const BundleLimits &limits)
{
    auto zip = openZip(zipBytes, limits);
    if (!zip.ok())
        return zip.error();
    auto signature = readSignature(*zip);
    if (!signature.ok())
        return signature.error();
    auto manifestBytes = readManifestBytes(*zip, limits);
    if (!manifestBytes.ok())
        return manifestBytes.error();
    // Authenticate the raw bytes before the JSON parser ever sees them.
    DIBAO_TRY(signature->verify(*manifestBytes, trusted));

    VerifiedBundle out;
    auto manifest = parseManifest(*manifestBytes, limits, &out.manifestJson);
    if (!manifest.ok())
        return manifest.error();
    if (manifest->keyId != signature->keyId)
        return bundleError("signature_key_mismatch", "The manifest names another signing key than the signature.");
    auto stored = checkEntries(*zip, *manifest);
    if (!stored.ok())
        return stored.error();

    out.manifestBytes = *manifestBytes;
    out.manifest = std::move(manifest).value();
    out.bundleId = Crypto::sha256Hex(out.manifestBytes);
    out.signerKeyId = signature->keyId;
    out.storedEntries = std::move(stored).value();
    return out;
}

Result<OpenedBundle> BundleReader::decrypt(VerifiedBundle bundle, const BoxKeyPair &recipient,
                                           const BundleLimits &limits)
{
    if (bundle.manifest.recipientKeyId != Crypto::keyId(recipient.publicKey))
        return bundleError("recipient_mismatch", "This bundle is addressed to another device.");
    auto key = Crypto::unseal(bundle.manifest.sealedKey, recipient);
    if (!key.ok())
        return key.error();
    if (key->size() != std::size_t(Crypto::kAeadKeyBytes))
        return bundleError("sealed_key_invalid", "The sealed bundle key is malformed.");

    OpenedBundle out;
    for (const BundleEntryRef &ref : bundle.manifest.entries) {
        auto plain = Crypto::aeadDecrypt(bundle.storedEntries.value(ref.name), ref.name.toUtf8(), *key);
        if (!plain.ok())
            return plain.error();
        if (ref.name == BundleManifest::kChangesName) {
            out.changeLines.clear();
            auto lines = CanonicalJson::parseNdjson(*plain, limits.maxLineBytes, limits.maxLines, &out.changeLines);
            if (!lines.ok())
                return lines.error();
            out.changes = std::move(lines).value();
        } else if (ref.name == BundleManifest::kAcksName) {
            auto lines = CanonicalJson::parseNdjson(*plain, limits.maxLineBytes, limits.maxLines);
            if (!lines.ok())
                return lines.error();
            out.acks = std::move(lines).value();
        } else {
            const QString hash = ref.name.mid(4, 64); // att/<hash>.enc, shape checked by the manifest
            if (Crypto::sha256Hex(*plain) != hash)
                return bundleError("attachment_hash_mismatch", "An attachment does not match its name.");
            out.attachments.insert(hash, std::move(plain).value());
        }
    }
    if (out.changes.size() != bundle.manifest.changeCount)
        return bundleError("changes_count_mismatch", "The number of changes differs from the signed manifest.");
    out.verified = std::move(bundle);
    return out;
}

Result<OpenedBundle> BundleReader::open(const QByteArray &zip, const TrustedKeys &trusted, const BoxKeyPair &recipient,
                                        const BundleLimits &limits)
{
    auto verified = verify(zip, trusted, limits);
    if (!verified.ok())
        return verified.error();
    return decrypt(std::move(verified).value(), recipient, limits);
}

} // namespace dibao
