#include "sync/BundleSignature.h"

#include "sync/BundleManifest.h"
#include "sync/CanonicalJson.h"

#include <QCoreApplication>

namespace dibao {

namespace {

Error sigError(const char *code, const char *text)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code),
                     QCoreApplication::translate("dibao::BundleSignature", text));
}

QByteArray signedMessage(const QByteArray &manifestBytes)
{
    return BundleSignature::kDomain + manifestBytes;
}

} // namespace

QByteArray BundleSignature::toBytes() const
{
    return CanonicalJson::serialize(QJsonObject{{QStringLiteral("alg"), kAlg},
                                                {QStringLiteral("key_id"), keyId},
                                                {QStringLiteral("sig"), QString::fromLatin1(signature.toBase64())}});
}

BundleSignature BundleSignature::sign(const QByteArray &manifestBytes, const SigningKeyPair &signer)
{
    BundleSignature out;
    out.keyId = Crypto::keyId(signer.publicKey);
    out.signature = Crypto::signDetached(signedMessage(manifestBytes), signer.secretKey);
    return out;
}

Result<BundleSignature> BundleSignature::parse(const QByteArray &bytes)
{
    auto json = CanonicalJson::parse(bytes, kMaxBytes);
    if (!json.ok())
        return sigError("signature_malformed", "The bundle signature file is malformed.");
    const QJsonObject &o = *json;
    if (o.value(QStringLiteral("alg")).isString() && o.value(QStringLiteral("alg")).toString() != kAlg)
        return sigError("upgrade_required", "The bundle is signed in a way only a newer dibao understands.");
    if (o.size() != 3 || o.value(QStringLiteral("alg")).toString() != kAlg || !o.value(QStringLiteral("key_id")).isString()
        || !o.value(QStringLiteral("sig")).isString()) {
        return sigError("signature_malformed", "The bundle signature file is malformed.");
    }
    BundleSignature out;
    out.keyId = o.value(QStringLiteral("key_id")).toString();
    const QByteArray sigText = o.value(QStringLiteral("sig")).toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(sigText, QByteArray::AbortOnBase64DecodingErrors);
    if (!BundleManifest::isKeyId(out.keyId) || !decoded || decoded.decoded.toBase64() != sigText
        || decoded.decoded.size() != Crypto::kSignatureBytes) {
        return sigError("signature_malformed", "The bundle signature file is malformed.");
    }
    out.signature = decoded.decoded;
    return out;
}

Status BundleSignature::verify(const QByteArray &manifestBytes, const TrustedKeys &trusted) const
{
    const std::optional<QByteArray> publicKey = trusted ? trusted(keyId) : std::nullopt;
    // A resolver that hands back a key with another id is a caller bug; treat it as "unknown" rather than trust it.
    if (!publicKey || Crypto::keyId(*publicKey) != keyId)
        return sigError("signature_unknown_key", "The bundle is signed by a key this device does not know.");
    if (!Crypto::verifyDetached(signature, signedMessage(manifestBytes), *publicKey))
        return sigError("signature_invalid", "The bundle signature does not match: the bundle was altered.");
    return {};
}

} // namespace dibao
