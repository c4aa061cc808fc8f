#include "sync/SyncPeers.h"

#include "db/Database.h"
#include "sync/BundleManifest.h"
#include "sync/CanonicalJson.h"
#include "sync/Crypto.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dibao {

namespace {

QString trPeers(const char *text)
{
    return QCoreApplication::translate("dibao::SyncPeers", text);
}

constexpr const char *kColumns =
    "peer_id, role, hub_id, township, address, tls_pin, card, enrolment_hash, status, status_reason, "
    "revoked_after_seq, in_seq, in_bundle_id, in_hlc, in_change_seq, out_seq, out_bundle_id, out_position, ack_down, "
    "enrolled_at, last_seen";

SyncPeer peerFrom(Statement &s)
{
    SyncPeer p;
    p.peerId = s.text(0);
    p.role = s.text(1);
    p.hubId = s.text(2);
    p.township = s.text(3);
    p.address = s.text(4);
    p.tlsPin = s.text(5);
    p.card = s.text(6);
    p.enrolmentHash = s.text(7);
    p.status = s.text(8);
    p.statusReason = s.text(9);
    if (!s.isNull(10))
        p.revokedAfterSeq = s.int64(10);
    p.inSeq = s.int64(11);
    p.inBundleId = s.text(12);
    p.inHlc = s.text(13);
    p.inChangeSeq = s.int64(14);
    p.outSeq = s.int64(15);
    p.outBundleId = s.text(16);
    p.outPosition = s.int64(17);
    p.ackDown = s.int64(18);
    p.enrolledAt = s.text(19);
    p.lastSeen = s.text(20);
    return p;
}

void bindPeer(Statement &s, const SyncPeer &p)
{
    auto nullable = [](const QString &v) { return v.isEmpty() ? QString() : v; };
    s.bind(1, p.peerId).bind(2, p.role).bind(3, nullable(p.hubId)).bind(4, nullable(p.township));
    s.bind(5, nullable(p.address)).bind(6, nullable(p.tlsPin)).bind(7, nullable(p.card)).bind(8, p.enrolmentHash);
    s.bind(9, p.status).bind(10, nullable(p.statusReason));
    if (p.revokedAfterSeq)
        s.bind(11, *p.revokedAfterSeq);
    else
        s.bindNull(11);
    s.bind(12, p.inSeq).bind(13, nullable(p.inBundleId)).bind(14, nullable(p.inHlc)).bind(15, p.inChangeSeq);
    s.bind(16, p.outSeq).bind(17, nullable(p.outBundleId)).bind(18, p.outPosition).bind(19, p.ackDown);
    s.bind(20, p.enrolledAt).bind(21, nullable(p.lastSeen));
}

Error cardInvalid(const QString &what)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("card_invalid"),
                     trPeers("The card is invalid: %1.").arg(what));
}

std::optional<QByteArray> key32(const QJsonObject &o, const char *name)
{
    const QByteArray text = o.value(QString::fromLatin1(name)).toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32 || decoded.decoded.toBase64() != text)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

Result<std::optional<SyncPeer>> SyncPeers::find(const QString &peerId)
{
    auto st = m_db.cached(QStringLiteral("SELECT %1 FROM sync_peers WHERE peer_id = ?").arg(QString::fromLatin1(kColumns)));
    if (!st)
        return st.error();
    (*st)->bind(1, peerId);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    std::optional<SyncPeer> out;
    if (*r)
        out = peerFrom(**st);
    (*st)->reset();
    return out;
}

Result<QList<SyncPeer>> SyncPeers::all(const QString &role)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM sync_peers WHERE role = ? ORDER BY township, enrolled_at, peer_id").arg(QString::fromLatin1(kColumns)));
    if (!st)
        return st.error();
    st->bind(1, role);
    QList<SyncPeer> out;
    DIBAO_TRY(st->forEachRow([&] { out << peerFrom(*st); }));
    return out;
}

Result<std::optional<SyncPeer>> SyncPeers::currentHub()
{
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM sync_peers WHERE role = 'hub' AND status <> 'retired' "
                                          "ORDER BY enrolled_at DESC, rowid DESC LIMIT 1")
                               .arg(QString::fromLatin1(kColumns)));
    if (!st)
        return st.error();
    auto r = st->step();
    if (!r)
        return r.error();
    std::optional<SyncPeer> out;
    if (*r)
        out = peerFrom(*st);
    return out;
}

Status SyncPeers::insert(const SyncPeer &peer)
{
    auto st = m_db.prepare(QStringLiteral("INSERT INTO sync_peers(%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                               .arg(QString::fromLatin1(kColumns)));
    if (!st)
        return st.error();
    bindPeer(*st, peer);
    return st->run();
}

Status SyncPeers::save(const SyncPeer &peer)
{
    auto st = m_db.cached(QStringLiteral("INSERT OR REPLACE INTO sync_peers(%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                              .arg(QString::fromLatin1(kColumns)));
    if (!st)
        return st.error();
    bindPeer(**st, peer);
    return (*st)->run();
}

Status SyncPeers::addKey(const PeerKey &key)
{
    auto st = m_db.prepare("INSERT INTO peer_keys(key_id, peer_id, kind, public_key, valid_from_seq, valid_to_seq, "
                           "added_at) VALUES (?,?,?,?,?,?,datetime('now')) ON CONFLICT(key_id) DO NOTHING");
    if (!st)
        return st.error();
    st->bind(1, key.keyId).bind(2, key.peerId).bind(3, key.kind).bind(4, key.publicKey).bind(5, key.validFromSeq);
    if (key.validToSeq)
        st->bind(6, *key.validToSeq);
    else
        st->bindNull(6);
    return st->run();
}

Result<std::optional<PeerKey>> SyncPeers::key(const QString &keyId)
{
    auto st = m_db.cached("SELECT key_id, peer_id, kind, public_key, valid_from_seq, valid_to_seq FROM peer_keys "
                          "WHERE key_id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, keyId);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    std::optional<PeerKey> out;
    if (*r) {
        Statement &s = **st;
        PeerKey k{s.text(0), s.text(1), s.text(2), s.blob(3), s.int64(4), std::nullopt};
        if (!s.isNull(5))
            k.validToSeq = s.int64(5);
        out = k;
    }
    (*st)->reset();
    return out;
}

Result<QList<PeerKey>> SyncPeers::keys(const QString &peerId, const QString &kind)
{
    auto st = m_db.prepare("SELECT key_id, peer_id, kind, public_key, valid_from_seq, valid_to_seq FROM peer_keys "
                           "WHERE peer_id = ? AND kind = ? ORDER BY valid_from_seq, rowid");
    if (!st)
        return st.error();
    st->bind(1, peerId).bind(2, kind);
    QList<PeerKey> out;
    DIBAO_TRY(st->forEachRow([&] {
        PeerKey k{st->text(0), st->text(1), st->text(2), st->blob(3), st->int64(4), std::nullopt};
        if (!st->isNull(5))
            k.validToSeq = st->int64(5);
        out << k;
    }));
    return out;
}

Result<PeerKey> SyncPeers::boxKey(const QString &peerId)
{
    auto all = keys(peerId, QStringLiteral("box"));
    if (!all)
        return all.error();
    if (all->isEmpty())
        return makeError(ErrorKind::NotFound, QStringLiteral("peer_key_missing"),
                         trPeers("No box key is known for %1.").arg(peerId));
    return all->last();
}

QString SyncPeers::enrolmentHash(const QString &hubStream, const QString &deviceId, const QString &township)
{
    const QJsonObject record{{QStringLiteral("device"), deviceId},
                             {QStringLiteral("hub"), hubStream},
                             {QStringLiteral("township"), township},
                             {QStringLiteral("type"), QStringLiteral("dibao-enrolment-v1")}};
    return Crypto::sha256Hex(CanonicalJson::serialize(record));
}

Result<SyncPeers::DeviceCard> SyncPeers::parseDeviceCard(const QByteArray &bytes)
{
    auto json = CanonicalJson::parse(bytes.trimmed(), 16 * 1024);
    if (!json)
        return cardInvalid(json.error().code);
    if (json->value(QStringLiteral("format")).toString() != QLatin1String("dibao-device-key"))
        return cardInvalid(QStringLiteral("not a device key card"));
    DeviceCard card;
    card.deviceId = json->value(QStringLiteral("device_id")).toString();
    card.township = json->value(QStringLiteral("township")).toString();
    static const QRegularExpression townshipRe(QStringLiteral("^[0-9]{9}\\z"));
    if (!BundleManifest::isStreamId(card.deviceId))
        return cardInvalid(QStringLiteral("device_id"));
    if (!townshipRe.match(card.township).hasMatch())
        return cardInvalid(QStringLiteral("township"));
    auto sign = key32(*json, "ed25519");
    auto box = key32(*json, "x25519");
    if (!sign || !box)
        return cardInvalid(QStringLiteral("keys"));
    card.signPublic = *sign;
    card.boxPublic = *box;
    card.fingerprint = Crypto::fingerprint(*sign + *box);
    if (json->contains(QStringLiteral("fingerprint"))
        && json->value(QStringLiteral("fingerprint")).toString() != card.fingerprint)
        return cardInvalid(QStringLiteral("the fingerprint does not match the keys"));
    return card;
}

Result<SyncPeers::HubCard> SyncPeers::parseHubCard(const QByteArray &bytes)
{
    auto json = CanonicalJson::parse(bytes.trimmed(), 64 * 1024);
    if (!json)
        return cardInvalid(json.error().code);
    if (json->value(QStringLiteral("format")).toString() != QLatin1String("dibao-hub-card"))
        return cardInvalid(QStringLiteral("not a hub card"));
    HubCard card;
    card.hubId = json->value(QStringLiteral("hub_id")).toString();
    card.stream = json->value(QStringLiteral("stream")).toString();
    card.county = json->value(QStringLiteral("county")).toString();
    card.address = json->value(QStringLiteral("address")).toString();
    card.tlsPin = json->value(QStringLiteral("tls_pin")).toString();
    static const QRegularExpression countyRe(QStringLiteral("^[0-9]{6}\\z"));
    if (!BundleManifest::isStreamId(card.hubId) || !BundleManifest::isStreamId(card.stream))
        return cardInvalid(QStringLiteral("hub_id"));
    if (!countyRe.match(card.county).hasMatch())
        return cardInvalid(QStringLiteral("county"));
    auto sign = key32(*json, "ed25519");
    auto box = key32(*json, "x25519");
    if (!sign || !box)
        return cardInvalid(QStringLiteral("keys"));
    card.signPublic = *sign;
    card.boxPublic = *box;
    card.fingerprint = Crypto::fingerprint(*sign + *box);
    if (json->contains(QStringLiteral("fingerprint"))
        && json->value(QStringLiteral("fingerprint")).toString() != card.fingerprint)
        return cardInvalid(QStringLiteral("the fingerprint does not match the keys"));
    return card;
}

} // namespace dibao
