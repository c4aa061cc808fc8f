#pragma once

#include "common/Result.h"
#include "sync/BundleManifest.h"
#include "sync/BundleSignature.h"
#include "sync/Crypto.h"
#include "sync/SafeZipReader.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace dibao {

struct BundleLimits {
    ZipLimits zip;
    qint64 maxBundleBytes = qint64(256) << 20;
    qsizetype maxManifestBytes = 1 << 20;
    qsizetype maxLineBytes = 1 << 20;
    qsizetype maxLines = 1000000;
    int maxFormatVersion = BundleManifest::kFormatVersion;
    int maxSchemaVersion = BundleManifest::kSchemaVersion;
};

// A bundle whose signature, manifest and entry hashes have been checked; the entries are still ciphertext.
struct VerifiedBundle {
    QByteArray manifestBytes;
    BundleManifest manifest;
    QJsonObject manifestJson;
    QString bundleId;    // SHA-256 hex of manifestBytes
    QString signerKeyId; // the trusted key that signed it
    QHash<QString, QByteArray> storedEntries; // entry name → stored (encrypted) bytes, each hash-checked
};

struct OpenedBundle {
    VerifiedBundle verified;
    QList<QJsonObject> changes;
    QList<QByteArray> changeLines;            // the canonical bytes of each change line (same order as changes)
    QList<QJsonObject> acks;                  // signed ack envelopes; check them with AckSigner::verify
    QHash<QString, QByteArray> attachments;   // plaintext SHA-256 hex → plaintext
};

// Reads bundles in the order of docs/bundle-format.md §7. Every failure is an Error with a stable token; nothing
// reaches the caller from a bundle that failed any step.
class BundleReader {
public:
    // Size checked before reading. Tokens: bundle_too_large, bundle_unreadable (ErrorKind::Io).
    static Result<QByteArray> readFile(const QString &path, const BundleLimits &limits = {});

    // Steps 1–5: zip checks, signature over the raw manifest, manifest, entry hashes. No decryption.
    static Result<VerifiedBundle> verify(const QByteArray &zip, const TrustedKeys &trusted,
                                         const BundleLimits &limits = {});

    // Step 6: unseal the bundle key with the recipient's box key and decrypt every entry.
    static Result<OpenedBundle> decrypt(VerifiedBundle bundle, const BoxKeyPair &recipient,
                                        const BundleLimits &limits = {});

    static Result<OpenedBundle> open(const QByteArray &zip, const TrustedKeys &trusted, const BoxKeyPair &recipient,
                                     const BundleLimits &limits = {});

    // The pieces of verify(), public so BundleInspector can report each step without a second implementation.
    static Result<SafeZipReader> openZip(const QByteArray &zip, const BundleLimits &limits);
    static Result<BundleSignature> readSignature(const SafeZipReader &zip);
    static Result<QByteArray> readManifestBytes(const SafeZipReader &zip, const BundleLimits &limits);
    static Result<BundleManifest> parseManifest(const QByteArray &manifestBytes, const BundleLimits &limits,
                                                QJsonObject *json = nullptr);
    // Tokens: entry_missing, entry_unlisted, entry_size_mismatch, entry_hash_mismatch (+ zip_* from reading).
    static Result<QHash<QString, QByteArray>> checkEntries(const SafeZipReader &zip, const BundleManifest &manifest);
};

} // namespace dibao
