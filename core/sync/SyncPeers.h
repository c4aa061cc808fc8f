#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dibao {

class Database;

// The other end of a stream (table sync_peers): on a device its hub, on a hub every enrolled device.
struct SyncPeer {
    QString peerId;
    QString role;          // device | hub
    QString hubId;         // (device side) the hub's lasting id from its card
    QString township;
    QString address;
    QString tlsPin;
    QString card;
    QString enrolmentHash;
    QString status = QStringLiteral("active"); // active | frozen | revoked | retired
    QString statusReason;
    std::optional<qint64> revokedAfterSeq;
    qint64 inSeq = 0;
    QString inBundleId;
    QString inHlc;
    qint64 inChangeSeq = 0;
    qint64 outSeq = 0;
    QString outBundleId;
    qint64 outPosition = 0;
    qint64 ackDown = 0;
    QString enrolledAt;
    QString lastSeen;
};

struct PeerKey {
    QString keyId;
    QString peerId;
    QString kind; // sign | box
    QByteArray publicKey;
    qint64 validFromSeq = 1;
    std::optional<qint64> validToSeq;
};

class SyncPeers {
public:
    explicit SyncPeers(Database &db) : m_db(db) {}

    Result<std::optional<SyncPeer>> find(const QString &peerId);
    Result<QList<SyncPeer>> all(const QString &role);
    // (device) The hub this device syncs with now.
    Result<std::optional<SyncPeer>> currentHub();

    Status insert(const SyncPeer &peer);
    Status save(const SyncPeer &peer);
    Status addKey(const PeerKey &key);
    Result<std::optional<PeerKey>> key(const QString &keyId);
    Result<QList<PeerKey>> keys(const QString &peerId, const QString &kind);
    // The newest box key of a peer (what bundles for it are sealed to).
    Result<PeerKey> boxKey(const QString &peerId);

    // `prev` of bundle 1 in both directions of the stream between a hub stream and a device:
    // SHA-256 of canonical {"device","hub","township","type":"dibao-enrolment-v1"}.
    static QString enrolmentHash(const QString &hubStream, const QString &deviceId, const QString &township);

    // Cards: the JSON people carry between machines (docs/sync.md). Checked fully before anything is stored.
    struct DeviceCard {
        QString deviceId;
        QString township;
        QByteArray signPublic;
        QByteArray boxPublic;
        QString fingerprint;
    };
    struct HubCard {
        QString hubId;
        QString stream;
        QString county;
        QByteArray signPublic;
        QByteArray boxPublic;
        QString fingerprint;
        QString address;
        QString tlsPin;
    };
    static Result<DeviceCard> parseDeviceCard(const QByteArray &bytes);
    static Result<HubCard> parseHubCard(const QByteArray &bytes);

private:
    Database &m_db;
};

} // namespace dibao
