#pragma once

#include "common/Result.h"
#include "sync/Crypto.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace dibao {

// The caller's trusted signing keys: the Ed25519 public key for a key id, or nothing if the id is unknown.
using TrustedKeys = std::function<std::optional<QByteArray>(const QString &keyId)>;

// bundle.sig (docs/bundle-format.md §5): {"alg":"ed25519","key_id":…,"sig":…} over "dibao-bundle-v1\0" ‖ manifest.
struct BundleSignature {
    static inline const QByteArray kDomain = QByteArray("dibao-bundle-v1\0", 16);
    static inline const QString kAlg = QStringLiteral("ed25519");
    static constexpr qsizetype kMaxBytes = 4096;

    QString keyId;
    QByteArray signature; // 64 raw bytes

    QByteArray toBytes() const;
    static BundleSignature sign(const QByteArray &manifestBytes, const SigningKeyPair &signer);
    // Tokens: signature_malformed (and json_* turned into it), upgrade_required (an alg this reader does not know).
    static Result<BundleSignature> parse(const QByteArray &bytes);
    // Tokens: signature_unknown_key, signature_invalid.
    Status verify(const QByteArray &manifestBytes, const TrustedKeys &trusted) const;
};

} // namespace dibao
