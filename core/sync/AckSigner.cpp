#include "sync/AckSigner.h"

#include "sync/BundleManifest.h"
#include "sync/CanonicalJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace dibao {

namespace {

Error ackInvalid(const QString &what)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("ack_invalid"),
                     QCoreApplication::translate("dibao::AckSigner", "An acknowledgement is invalid: %1").arg(what));
}

bool hasExactKeys(const QJsonObject &o, const QSet<QString> &keys)
{
    const QStringList present = o.keys();
    return QSet<QString>(present.cbegin(), present.cend()) == keys;
}

} // namespace

Status AckSigner::validateAck(const QJsonObject &ack)
{
    static const QSet<QString> keys{QStringLiteral("bundle_id"), QStringLiteral("bundle_seq"),
                                    QStringLiteral("hub_hlc"),   QStringLiteral("reason"),
                                    QStringLiteral("refused"),   QStringLiteral("stream"),
                                    QStringLiteral("verdict")};
    static const QSet<QString> verdicts{QStringLiteral("applied"), QStringLiteral("duplicate"),
                                        QStringLiteral("held"), QStringLiteral("rejected"),
                                        QStringLiteral("quarantined")};
    if (!hasExactKeys(ack, keys))
        return ackInvalid(QStringLiteral("fields"));
    if (!verdicts.contains(ack.value(QStringLiteral("verdict")).toString()))
        return ackInvalid(QStringLiteral("verdict"));
    if (!BundleManifest::isSha256Hex(ack.value(QStringLiteral("bundle_id")).toString()))
        return ackInvalid(QStringLiteral("bundle_id"));
    if (!ack.value(QStringLiteral("bundle_seq")).isDouble() || ack.value(QStringLiteral("bundle_seq")).toInteger(-1) < 0)
        return ackInvalid(QStringLiteral("bundle_seq"));
    if (!BundleManifest::isHlc(ack.value(QStringLiteral("hub_hlc")).toString()))
        return ackInvalid(QStringLiteral("hub_hlc"));
    if (!ack.value(QStringLiteral("reason")).isString())
        return ackInvalid(QStringLiteral("reason"));
    const QJsonObject stream = ack.value(QStringLiteral("stream")).toObject();
    if (!hasExactKeys(stream, {QStringLiteral("origin"), QStringLiteral("audience")})
        || !BundleManifest::isStreamId(stream.value(QStringLiteral("origin")).toString())
        || !BundleManifest::isStreamId(stream.value(QStringLiteral("audience")).toString())) {
        return ackInvalid(QStringLiteral("stream"));
    }
    if (!ack.value(QStringLiteral("refused")).isArray())
        return ackInvalid(QStringLiteral("refused"));
    for (const QJsonValue &v : ack.value(QStringLiteral("refused")).toArray()) {
        const QJsonObject r = v.toObject();
        const QJsonObject change = r.value(QStringLiteral("change")).toObject();
        if (!hasExactKeys(r, {QStringLiteral("change"), QStringLiteral("reason")})
            || !r.value(QStringLiteral("reason")).isString()
            || !hasExactKeys(change, {QStringLiteral("origin"), QStringLiteral("change_seq")})
            || !BundleManifest::isStreamId(change.value(QStringLiteral("origin")).toString())
            || change.value(QStringLiteral("change_seq")).toInteger(-1) < 1) {
            return ackInvalid(QStringLiteral("refused"));
        }
    }
    return {};
}

Result<QJsonObject> AckSigner::sign(const QJsonObject &ack, const SigningKeyPair &hub)
{
    DIBAO_TRY(validateAck(ack));
    auto bytes = CanonicalJson::serializeChecked(ack, 1 << 20);
    if (!bytes.ok())
        return bytes.error();
    const QByteArray sig = Crypto::signDetached(kDomain + *bytes, hub.secretKey);
    return QJsonObject{{QStringLiteral("ack"), ack},
                       {QStringLiteral("key_id"), Crypto::keyId(hub.publicKey)},
                       {QStringLiteral("sig"), QString::fromLatin1(sig.toBase64())}};
}

Result<QJsonObject> AckSigner::verify(const QJsonObject &envelope, const TrustedKeys &trusted)
{
    if (!hasExactKeys(envelope, {QStringLiteral("ack"), QStringLiteral("key_id"), QStringLiteral("sig")})
        || !envelope.value(QStringLiteral("ack")).isObject()) {
        return makeError(ErrorKind::Invalid, QStringLiteral("signature_malformed"),
                         QCoreApplication::translate("dibao::AckSigner", "A signed acknowledgement is malformed."));
    }
    BundleSignature signature;
    signature.keyId = envelope.value(QStringLiteral("key_id")).toString();
    const QByteArray sigText = envelope.value(QStringLiteral("sig")).toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(sigText, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != sigText || decoded.decoded.size() != Crypto::kSignatureBytes)
        return makeError(ErrorKind::Invalid, QStringLiteral("signature_malformed"),
                         QCoreApplication::translate("dibao::AckSigner", "A signed acknowledgement is malformed."));
    const QJsonObject ack = envelope.value(QStringLiteral("ack")).toObject();
    const QByteArray ackBytes = CanonicalJson::serialize(ack);
    const std::optional<QByteArray> publicKey = trusted ? trusted(signature.keyId) : std::nullopt;
    if (!publicKey || Crypto::keyId(*publicKey) != signature.keyId)
        return makeError(ErrorKind::Invalid, QStringLiteral("signature_unknown_key"),
                         QCoreApplication::translate("dibao::AckSigner", "An acknowledgement is signed by an unknown key."));
    if (!Crypto::verifyDetached(decoded.decoded, kDomain + ackBytes, *publicKey))
        return makeError(ErrorKind::Invalid, QStringLiteral("signature_invalid"),
                         QCoreApplication::translate("dibao::AckSigner", "An acknowledgement's signature does not match."));
    DIBAO_TRY(validateAck(ack));
    return ack;
}

} // namespace dibao
