#pragma once

#include "common/Result.h"
#include "sync/BundleSignature.h"
#include "sync/Crypto.h"
#include "sync/DeviceKeys.h"
#include "sync/HubKeys.h"
#include "sync/SyncPeers.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace dibao {

class Session;

// One end of the sync protocol: a database with its keys. A county database is the hub (its keys in the hub key
// file); a township database is a device (its keys sealed in the database, opened with a user's password).
class SyncNode {
public:
    ~SyncNode();

    static Result<std::unique_ptr<SyncNode>> device(Session &session, const QString &password);
    static Result<std::unique_ptr<SyncNode>> hub(Session &session, const QString &keyFile, bool createKeys = false);

    Session &session() { return m_session; }
    bool isHub() const { return m_hubKeys.has_value(); }
    // This database's stream id: the origin of its changes and bundles (the device id; on a hub, its current
    // stream, which a restore replaces).
    QString streamId() const;
    // (hub) The lasting hub id printed on the hub card.
    QString hubId() const { return m_hubId; }

    const SigningKeyPair &signer() const;
    Status reloadSigner();
    // The box key a bundle was sealed to (by key id); devices keep rotated-out keys for this.
    Result<BoxKeyPair> openingKey(const QString &keyId);
    // Signing keys of the peers this database trusts (enrolled devices, or the joined hub).
    TrustedKeys trustedKeys();
    DeviceKeys *deviceKeys() { return m_deviceKeys.get(); }
    const HubKeys *hubKeys() const { return m_hubKeys ? &*m_hubKeys : nullptr; }
    SyncPeers &peers() { return m_peers; }

    // Hub: the card a device needs to join. address: the https URL devices use (nginx); tlsPin: "sha256/<base64>"
    // of nginx's certificate (empty when unknown).
    Result<QJsonObject> hubCard(const QString &address, const QString &tlsPin);
    // Hub: enrols a device from its key card. Refused if the fingerprint differs from expectFingerprint (when
    // given), if the township is not in this county, or if the id is enrolled with other keys.
    Result<SyncPeer> enroll(const QByteArray &deviceCard, const QString &expectFingerprint);
    Status revoke(const QString &deviceId, qint64 afterSeq);
    Status unfreeze(const QString &deviceId);

    // Device: trusts a hub from its card.
    Result<SyncPeer> join(const QByteArray &hubCard, const QString &expectFingerprint = QString());

    // The SHA-256 pin "sha256/<base64>" of a PEM or DER certificate file.
    static Result<QString> certificatePin(const QString &certificateFile);

private:
    explicit SyncNode(Session &session);
    Status requireCountyAdmin() const;

    Session &m_session;
    SyncPeers m_peers;
    std::unique_ptr<DeviceKeys> m_deviceKeys;
    std::optional<HubKeys> m_hubKeys;
    std::optional<SigningKeyPair> m_signer;
    QString m_hubId;
};

} // namespace dibao
