#include "sync/SyncNode.h"

#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "store/Session.h"
#include "sync/CanonicalJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

namespace dibao {

namespace {
QString trNode(const char *text)
{
    return QCoreApplication::translate("dibao::SyncNode", text);
}
} // namespace

SyncNode::SyncNode(Session &session) : m_session(session), m_peers(session.db()) {}
SyncNode::~SyncNode() = default;

QString SyncNode::streamId() const
{
    return m_session.deviceId();
}

const SigningKeyPair &SyncNode::signer() const
{
    if (m_hubKeys)
        return m_hubKeys->signing();
    return *m_signer;
}

Status SyncNode::reloadSigner()
{
    if (m_hubKeys)
        return {};
    auto key = m_deviceKeys->activeSigningKey();
    if (!key)
        return key.error();
    m_signer.emplace(std::move(key).value());
    return {};
}

Result<std::unique_ptr<SyncNode>> SyncNode::device(Session &session, const QString &password)
{
    if (session.isCounty())
        return makeError(ErrorKind::Invalid, QStringLiteral("not_a_device"),
                         trNode("%1 is a county database: it is the hub, not a device.").arg(session.db().path()));
    std::unique_ptr<SyncNode> node(new SyncNode(session));
    node->m_deviceKeys = std::make_unique<DeviceKeys>(session);
    DIBAO_TRY(node->m_deviceKeys->ensure(password));
    DIBAO_TRY(node->reloadSigner());
    return node;
}

Result<std::unique_ptr<SyncNode>> SyncNode::hub(Session &session, const QString &keyFile, bool createKeys)
{
    if (!session.isCounty())
        return makeError(ErrorKind::Invalid, QStringLiteral("not_a_hub"),
                         trNode("%1 is a township database: only the county database is a hub.").arg(session.db().path()));
    std::unique_ptr<SyncNode> node(new SyncNode(session));
    auto hubId = session.meta(QStringLiteral("hub_id"));
    if (!hubId)
        return hubId.error();
    node->m_hubId = hubId->isEmpty() ? session.deviceId() : *hubId;
    auto keys = createKeys ? HubKeys::loadOrCreate(keyFile, node->m_hubId) : HubKeys::load(keyFile);
    if (!keys)
        return keys.error();
    if (keys->hubId() != node->m_hubId)
        return makeError(ErrorKind::Invalid, QStringLiteral("hub_keys_mismatch"),
                         trNode("The hub key file %1 belongs to another hub.").arg(keyFile));
    node->m_hubKeys.emplace(std::move(keys).value());
    if (hubId->isEmpty()) {
        Transaction tx(session.db());
        DIBAO_TRY(tx.begun());
        DIBAO_TRY(session.setMeta(QStringLiteral("hub_id"), node->m_hubId));
        DIBAO_TRY(tx.commit());
    }
    return node;
}

Result<BoxKeyPair> SyncNode::openingKey(const QString &keyId)
{
    if (m_hubKeys) {
        const BoxKeyPair *k = m_hubKeys->boxById(keyId);
        if (!k)
            return makeError(ErrorKind::Invalid, QStringLiteral("recipient_mismatch"),
                             trNode("The bundle is sealed to a key this hub does not have."));
        return BoxKeyPair{k->publicKey, k->secretKey.clone()};
    }
    return m_deviceKeys->boxKey(keyId);
}

TrustedKeys SyncNode::trustedKeys()
{
    SyncPeers *peers = &m_peers;
    return [peers](const QString &keyId) -> std::optional<QByteArray> {
        auto key = peers->key(keyId);
        if (!key || !*key || (*key)->kind != QLatin1String("sign"))
            return std::nullopt;
        return (*key)->publicKey;
    };
}

Status SyncNode::requireCountyAdmin() const
{
    if (!m_session.signedIn() || m_session.actor().role != Role::CountyAdmin)
        return makeError(ErrorKind::Permission, QStringLiteral("permission_denied"),
                         trNode("Only the county administrator enrols, revokes and unfreezes devices."));
    return {};
}

Result<QJsonObject> SyncNode::hubCard(const QString &address, const QString &tlsPin)
{
    if (!m_hubKeys)
        return makeError(ErrorKind::Invalid, QStringLiteral("not_a_hub"), trNode("Only a hub has a hub card."));
    const QByteArray sign = m_hubKeys->signing().publicKey;
    const QByteArray box = m_hubKeys->box().publicKey;
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("dibao-hub-card")},
                       {QStringLiteral("hub_id"), m_hubId},
                       {QStringLiteral("stream"), streamId()},
                       {QStringLiteral("county"), m_session.divisionCode()},
                       {QStringLiteral("ed25519"), QString::fromLatin1(sign.toBase64())},
                       {QStringLiteral("x25519"), QString::fromLatin1(box.toBase64())},
                       {QStringLiteral("sign_key_id"), Crypto::keyId(sign)},
                       {QStringLiteral("box_key_id"), Crypto::keyId(box)},
                       {QStringLiteral("fingerprint"), Crypto::fingerprint(sign + box)},
                       {QStringLiteral("address"), address},
                       {QStringLiteral("tls_pin"), tlsPin}};
}

Result<SyncPeer> SyncNode::enroll(const QByteArray &deviceCard, const QString &expectFingerprint)
{
    DIBAO_TRY(requireCountyAdmin());
    auto card = SyncPeers::parseDeviceCard(deviceCard);
    if (!card)
        return card.error();
    if (!expectFingerprint.isEmpty()
        && QString(expectFingerprint).remove(QLatin1Char(' ')).toUpper() != QString(card->fingerprint).remove(QLatin1Char(' ')))
        return makeError(ErrorKind::Invalid, QStringLiteral("fingerprint_mismatch"),
                         trNode("The device's fingerprint is %1, not the one expected: do not enrol this key.")
                             .arg(card->fingerprint));
    if (!m_session.inJurisdiction(card->township) || !DivisionRegistry::instance().isTownship(card->township))
        return makeError(ErrorKind::Invalid, QStringLiteral("outside_jurisdiction"),
                         trNode("Township %1 is not in this county.").arg(card->township));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    auto existing = m_peers.find(card->deviceId);
    if (!existing)
        return existing.error();
    if (*existing) {
        auto signKeys = m_peers.keys(card->deviceId, QStringLiteral("sign"));
        if (!signKeys)
            return signKeys.error();
        for (const PeerKey &k : *signKeys)
            if (k.publicKey == card->signPublic) {
                DIBAO_TRY(tx.commit());
                return **existing; // enrolling the same card twice changes nothing
            }
        return makeError(ErrorKind::Conflict, QStringLiteral("device_exists"),
                         trNode("Device %1 is already enrolled with other keys.").arg(card->deviceId));
    }
    SyncPeer peer;
    peer.peerId = card->deviceId;
    peer.role = QStringLiteral("device");
    peer.township = card->township;
    peer.card = QString::fromUtf8(deviceCard.trimmed());
    peer.enrolmentHash = SyncPeers::enrolmentHash(streamId(), card->deviceId, card->township);
    peer.enrolledAt = nowUtc().toString(Qt::ISODate);
    DIBAO_TRY(m_peers.insert(peer));
    DIBAO_TRY(m_peers.addKey(PeerKey{Crypto::keyId(card->signPublic), peer.peerId, QStringLiteral("sign"),
                                     card->signPublic, 1, std::nullopt}));
    DIBAO_TRY(m_peers.addKey(PeerKey{Crypto::keyId(card->boxPublic), peer.peerId, QStringLiteral("box"),
                                     card->boxPublic, 1, std::nullopt}));
    DIBAO_TRY(tx.commit());
    return peer;
}

Status SyncNode::revoke(const QString &deviceId, qint64 afterSeq)
{
    DIBAO_TRY(requireCountyAdmin());
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    auto peer = m_peers.find(deviceId);
    if (!peer)
        return peer.error();
    if (!*peer || (*peer)->role != QLatin1String("device"))
        return makeError(ErrorKind::NotFound, QStringLiteral("device_unknown"),
                         trNode("No enrolled device %1.").arg(deviceId));
    (*peer)->status = QStringLiteral("revoked");
    (*peer)->revokedAfterSeq = afterSeq;
    (*peer)->statusReason = trNode("revoked after bundle %1").arg(afterSeq);
    DIBAO_TRY(m_peers.save(**peer));
    auto st = m_session.db().prepare("UPDATE peer_keys SET valid_to_seq = min(coalesce(valid_to_seq, ?1), ?1) "
                                     "WHERE peer_id = ?2 AND kind = 'sign'");
    if (!st)
        return st.error();
    st->bind(1, afterSeq).bind(2, deviceId);
    DIBAO_TRY(st->run());
    return tx.commit();
}

Status SyncNode::unfreeze(const QString &deviceId)
{
    DIBAO_TRY(requireCountyAdmin());
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    auto peer = m_peers.find(deviceId);
    if (!peer)
        return peer.error();
    if (!*peer || (*peer)->role != QLatin1String("device"))
        return makeError(ErrorKind::NotFound, QStringLiteral("device_unknown"),
                         trNode("No enrolled device %1.").arg(deviceId));
    if ((*peer)->status != QLatin1String("frozen"))
        return makeError(ErrorKind::Invalid, QStringLiteral("not_frozen"),
                         trNode("Device %1's stream is not frozen (%2).").arg(deviceId, (*peer)->status));
    (*peer)->status = QStringLiteral("active");
    (*peer)->statusReason.clear();
    DIBAO_TRY(m_peers.save(**peer));
    return tx.commit();
}

Result<SyncPeer> SyncNode::join(const QByteArray &hubCard, const QString &expectFingerprint)
{
    auto card = SyncPeers::parseHubCard(hubCard);
    if (!card)
        return card.error();
    if (!expectFingerprint.isEmpty()
        && QString(expectFingerprint).remove(QLatin1Char(' ')).toUpper() != QString(card->fingerprint).remove(QLatin1Char(' ')))
        return makeError(ErrorKind::Invalid, QStringLiteral("fingerprint_mismatch"),
                         trNode("The hub's fingerprint is %1, not the one expected.").arg(card->fingerprint));
    if (!m_session.divisionCode().startsWith(card->county))
        return makeError(ErrorKind::Invalid, QStringLiteral("outside_jurisdiction"),
                         trNode("This township (%1) is not in the hub's county %2.")
                             .arg(m_session.divisionCode(), card->county));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    auto current = m_peers.currentHub();
    if (!current)
        return current.error();
    if (*current) {
        if ((*current)->hubId != card->hubId)
            return makeError(ErrorKind::Conflict, QStringLiteral("hub_exists"),
                             trNode("This device already syncs with hub %1.").arg((*current)->hubId));
        auto known = m_peers.key(Crypto::keyId(card->signPublic));
        if (!known)
            return known.error();
        if (!*known || (*known)->peerId != (*current)->peerId)
            return makeError(ErrorKind::Conflict, QStringLiteral("hub_keys_changed"),
                             trNode("The card's keys differ from the hub this device joined."));
        // Joining again refreshes the address and the TLS pin.
        (*current)->address = card->address;
        (*current)->tlsPin = card->tlsPin;
        (*current)->card = QString::fromUtf8(hubCard.trimmed());
        DIBAO_TRY(m_peers.save(**current));
        DIBAO_TRY(tx.commit());
        return **current;
    }
    SyncPeer peer;
    peer.peerId = card->stream;
    peer.role = QStringLiteral("hub");
    peer.hubId = card->hubId;
    peer.township = m_session.divisionCode();
    peer.address = card->address;
    peer.tlsPin = card->tlsPin;
    peer.card = QString::fromUtf8(hubCard.trimmed());
    peer.enrolmentHash = SyncPeers::enrolmentHash(card->stream, streamId(), m_session.divisionCode());
    peer.enrolledAt = nowUtc().toString(Qt::ISODate);
    DIBAO_TRY(m_peers.insert(peer));
    DIBAO_TRY(m_peers.addKey(PeerKey{Crypto::keyId(card->signPublic), peer.peerId, QStringLiteral("sign"),
                                     card->signPublic, 1, std::nullopt}));
    DIBAO_TRY(m_peers.addKey(PeerKey{Crypto::keyId(card->boxPublic), peer.peerId, QStringLiteral("box"),
                                     card->boxPublic, 1, std::nullopt}));
    DIBAO_TRY(tx.commit());
    return peer;
}

Result<QString> SyncNode::certificatePin(const QString &certificateFile)
{
    QFile file(certificateFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("file_unreadable"),
                         trNode("Cannot read %1: %2").arg(certificateFile, file.errorString()));
    const QByteArray bytes = file.read(1 << 20);
    QList<QSslCertificate> certs = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(bytes, QSsl::Der);
    if (certs.isEmpty() || certs.first().isNull())
        return makeError(ErrorKind::Invalid, QStringLiteral("certificate_invalid"),
                         trNode("%1 holds no certificate.").arg(certificateFile));
    return QStringLiteral("sha256/") + QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toBase64());
}

} // namespace dibao
