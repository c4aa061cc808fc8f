#include "sync/SyncImporter.h"

#include "common/Parallel.h"
#include "store/AddressIndex.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "policy/PolicySet.h"
#include "store/AttachmentStore.h"
#include "store/Session.h"
#include "sync/AckSigner.h"
#include "sync/CanonicalJson.h"
#include "sync/Change.h"
#include "sync/ChangeApplier.h"
#include "sync/ChangeLog.h"
#include "sync/DeviceKeys.h"
#include "sync/SyncNode.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <future>

namespace dibao {

namespace {

QString trImport(const char *text)
{
    return QCoreApplication::translate("dibao::SyncImporter", text);
}

Error integrity(const char *token, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(token), message);
}

QString isoNow()
{
    return nowUtc().toString(Qt::ISODate);
}

} // namespace

QJsonObject ImportVerdict::toJson() const
{
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("verdict"), verdict},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("origin"), origin},
                  {QStringLiteral("audience"), audience},
                  {QStringLiteral("bundle_seq"), bundleSeq},
                  {QStringLiteral("bundle_id"), bundleId},
                  {QStringLiteral("changes"), changes},
                  {QStringLiteral("refused"), refused},
                  {QStringLiteral("conflicts"), conflicts},
                  {QStringLiteral("flags"), flags},
                  {QStringLiteral("was_held"), wasHeld}};
    if (acksAccepted || acksIgnored) {
        o.insert(QStringLiteral("acks_accepted"), acksAccepted);
        o.insert(QStringLiteral("acks_ignored"), acksIgnored);
    }
    return o;
}

SyncImporter::SyncImporter(SyncNode &node, BundleLimits limits) : m_node(node), m_limits(limits) {}

int SyncImporter::exitCode(const QList<ImportVerdict> &verdicts)
{
    bool held = false;
    for (const ImportVerdict &v : verdicts) {
        if (v.verdict == QLatin1String("rejected") || v.verdict == QLatin1String("quarantined"))
            return 1;
        held = held || v.verdict == QLatin1String("held");
    }
    return held ? 4 : 0;
}

void SyncImporter::sign(ImportVerdict &v)
{
    if (!m_node.isHub())
        return;
    ChangeLog log(m_node.session().db());
    auto clock = log.now(m_node.streamId());
    const Hlc hubHlc = Hlc::tick(clock ? *clock : Hlc{}, Hlc::wallMillis());
    const QJsonObject ack{{QStringLiteral("bundle_id"), v.bundleId},
                          {QStringLiteral("bundle_seq"), v.bundleSeq},
                          {QStringLiteral("hub_hlc"), hubHlc.toString()},
                          {QStringLiteral("reason"), v.reason},
                          {QStringLiteral("refused"), v.refused},
                          {QStringLiteral("stream"), QJsonObject{{QStringLiteral("origin"), v.origin},
                                                                 {QStringLiteral("audience"), v.audience}}},
                          {QStringLiteral("verdict"), v.verdict}};
    auto signedAck = AckSigner::sign(ack, m_node.signer());
    if (signedAck)
        v.ack = *signedAck;
}

ImportVerdict SyncImporter::rejectedVerdict(const QString &file, const QByteArray &zip, const Error &error,
                                            const VerifiedBundle *bundle)
{
    ImportVerdict v;
    v.file = file;
    v.verdict = error.code == QLatin1String("upgrade_required") ? QStringLiteral("rejected") : QStringLiteral("rejected");
    v.reason = error.code;
    v.message = error.message;
    if (bundle) {
        v.origin = bundle->manifest.origin;
        v.audience = bundle->manifest.audience;
        v.bundleSeq = bundle->manifest.bundleSeq;
        v.bundleId = bundle->bundleId;
        v.changes = bundle->manifest.changeCount;
    } else {
        // Not authenticated: the ack names the file's hash, not a bundle (docs/bundle-format.md §9).
        v.origin = QStringLiteral("unknown");
        v.audience = m_node.streamId();
        v.bundleId = Crypto::sha256Hex(zip);
    }
    sign(v);
    return v;
}

std::optional<ImportVerdict> SyncImporter::verify(const QString &file, const QByteArray &zip, Candidate *out)
{
    auto verified = BundleReader::verify(zip, m_node.trustedKeys(), m_limits);
    if (!verified)
        return rejectedVerdict(file, zip, verified.error(), nullptr);
    const BundleManifest &m = verified->manifest;
    // The stream: for us, from someone we know, signed by a key of that sender valid for this bundle.
    if (m.audience != m_node.streamId())
        return rejectedVerdict(file, zip,
                               integrity("wrong_audience", trImport("The bundle is addressed to %1, not to this database (%2).")
                                                               .arg(m.audience, m_node.streamId())),
                               &*verified);
    auto key = m_node.peers().key(verified->signerKeyId);
    if (!key || !*key)
        return rejectedVerdict(file, zip, integrity("signature_unknown_key", trImport("Unknown signing key.")),
                               &*verified);
    if ((*key)->peerId != m.origin) {
        // A device may see its hub start a new stream after the hub was restored: same hub key, new stream id,
        // bundle 1 chained to the enrolment record of the new stream. Anything else is another sender's key.
        bool newHubStream = false;
        if (!m_node.isHub()) {
            auto hub = m_node.peers().currentHub();
            newHubStream = hub && *hub && (*hub)->peerId == (*key)->peerId && m.bundleSeq == 1
                && m.prev == SyncPeers::enrolmentHash(m.origin, m_node.streamId(), m_node.session().divisionCode());
        }
        if (!newHubStream)
            return rejectedVerdict(file, zip,
                                   integrity("signature_wrong_device",
                                             trImport("The bundle from %1 is signed with the key of %2.")
                                                 .arg(m.origin, (*key)->peerId)),
                                   &*verified);
    } else {
        if (m.bundleSeq < (*key)->validFromSeq || ((*key)->validToSeq && m.bundleSeq > *(*key)->validToSeq)) {
            auto peer = m_node.peers().find(m.origin);
            const bool revoked = peer && *peer && (*peer)->status == QLatin1String("revoked");
            return rejectedVerdict(file, zip,
                                   revoked ? integrity("device_revoked",
                                                       trImport("Device %1 was revoked after bundle %2.")
                                                           .arg(m.origin)
                                                           .arg((*peer)->revokedAfterSeq.value_or(0)))
                                           : integrity("key_not_valid",
                                                       trImport("The signing key %1 is not valid for bundle %2 "
                                                                "(rotated out).")
                                                           .arg(verified->signerKeyId)
                                                           .arg(m.bundleSeq)),
                                   &*verified);
        }
    }
    out->file = file;
    out->zip = zip;
    out->bundle = std::move(verified).value();
    return std::nullopt;
}

QList<ImportVerdict> SyncImporter::importFiles(const QStringList &paths)
{
    QList<ImportVerdict> verdicts;
    QList<Candidate> candidates;
    for (const QString &path : paths) {
        auto bytes = BundleReader::readFile(path, m_limits);
        if (!bytes) {
            ImportVerdict v;
            v.file = path;
            v.verdict = QStringLiteral("rejected");
            v.reason = bytes.error().code;
            v.message = bytes.error().message;
            v.origin = QStringLiteral("unknown");
            v.audience = m_node.streamId();
            verdicts << v;
            continue;
        }
        Candidate c;
        if (auto rejected = verify(path, *bytes, &c))
            verdicts << *rejected;
        else
            candidates << std::move(c);
    }
    return processAll(std::move(candidates), std::move(verdicts));
}

QList<ImportVerdict> SyncImporter::importBytes(const QByteArray &zip, const QString &label)
{
    if (zip.size() > m_limits.maxBundleBytes) {
        ImportVerdict v = rejectedVerdict(label, QByteArray(),
                                          integrity("bundle_too_large", trImport("The bundle is too large.")), nullptr);
        return {v};
    }
    Candidate c;
    if (auto rejected = verify(label, zip, &c))
        return {*rejected};
    return processAll({std::move(c)}, {});
}

QList<ImportVerdict> SyncImporter::processAll(QList<Candidate> candidates, QList<ImportVerdict> verdicts)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.bundle.manifest.origin != b.bundle.manifest.origin)
            return a.bundle.manifest.origin < b.bundle.manifest.origin;
        return a.bundle.manifest.bundleSeq < b.bundle.manifest.bundleSeq;
    });
    for (const Candidate &c : candidates) {
        ImportVerdict v = process(c);
        const bool applied = v.verdict == QLatin1String("applied");
        verdicts << v;
        if (applied)
            verdicts << drainHeld(c.bundle.manifest.origin);
    }
    // A bundle reported held may have been applied by a later file of the same call: report it as it ended.
    for (ImportVerdict &v : verdicts) {
        if (v.verdict != QLatin1String("held") || v.reason != QLatin1String("gap"))
            continue;
        for (const ImportVerdict &later : std::as_const(verdicts)) {
            if (later.wasHeld && later.bundleId == v.bundleId && later.verdict != QLatin1String("held")) {
                const QString file = v.file;
                v = later;
                v.file = file;
                break;
            }
        }
    }
    return verdicts;
}

QList<ImportVerdict> SyncImporter::drainHeld(const QString &origin)
{
    QList<ImportVerdict> out;
    Database &db = m_node.session().db();
    for (;;) {
        auto peer = m_node.peers().find(origin);
        if (!peer || !*peer)
            break;
        auto st = db.prepare("SELECT bundle_id, zip FROM sync_held WHERE peer_id = ? AND bundle_seq = ?");
        if (!st)
            break;
        st->bind(1, origin).bind(2, (*peer)->inSeq + 1);
        QList<QPair<QString, QByteArray>> held;
        if (!st->forEachRow([&] { held.append({st->text(0), st->blob(1)}); }).ok() || held.isEmpty())
            break;
        bool progressed = false;
        for (const auto &[bundleId, zip] : held) {
            Candidate c;
            ImportVerdict v;
            if (auto rejected = verify(QStringLiteral("(held) %1").arg(bundleId.left(12)), zip, &c))
                v = *rejected;
            else
                v = process(c);
            v.wasHeld = true;
            auto del = db.prepare("DELETE FROM sync_held WHERE peer_id = ? AND bundle_id = ?");
            if (del) {
                del->bind(1, origin).bind(2, bundleId);
                (void)del->run();
            }
            progressed = progressed || v.verdict == QLatin1String("applied");
            out << v;
        }
        if (!progressed)
            break;
    }
    return out;
}

Result<bool> SyncImporter::acceptAck(const QJsonObject &envelope)
{
    Session &s = m_node.session();
    auto hub = m_node.peers().currentHub();
    if (!hub)
        return hub.error();
    if (!*hub)
        return false;
    const QString hubId = (*hub)->peerId;
    SyncPeers *peers = &m_node.peers();
    const TrustedKeys hubKeys = [peers, hubId](const QString &keyId) -> std::optional<QByteArray> {
        auto key = peers->key(keyId);
        if (!key || !*key || (*key)->peerId != hubId || (*key)->kind != QLatin1String("sign"))
            return std::nullopt;
        return (*key)->publicKey;
    };
    auto ack = AckSigner::verify(envelope, hubKeys);
    if (!ack)
        return false; // forged or damaged: ignored, the bundle stays in the outbox
    const QJsonObject stream = ack->value(QStringLiteral("stream")).toObject();
    if (stream.value(QStringLiteral("origin")).toString() != m_node.streamId()
        || stream.value(QStringLiteral("audience")).toString() != hubId)
        return false;
    const QString verdict = ack->value(QStringLiteral("verdict")).toString();
    const qint64 seq = ack->value(QStringLiteral("bundle_seq")).toInteger();
    Transaction tx(s.db());
    DIBAO_TRY(tx.begun());
    auto st = s.db().prepare("SELECT bundle_id, acked_at FROM sync_out WHERE peer_id = ? AND bundle_seq = ?");
    if (!st)
        return st.error();
    st->bind(1, hubId).bind(2, seq);
    auto r = st->step();
    if (!r)
        return r.error();
    if (!*r || st->text(0) != ack->value(QStringLiteral("bundle_id")).toString())
        return false;
    if (verdict == QLatin1String("applied") || verdict == QLatin1String("duplicate")) {
        auto up = s.db().prepare("UPDATE sync_out SET acked_at = coalesce(acked_at, ?), ack = ?, verdict = ?, "
                                 "zip = NULL WHERE peer_id = ? AND bundle_seq = ?");
        if (!up)
            return up.error();
        up->bind(1, isoNow()).bind(2, QString::fromUtf8(CanonicalJson::serialize(envelope))).bind(3, verdict);
        up->bind(4, hubId).bind(5, seq);
        DIBAO_TRY(up->run());
        for (const QJsonValue &refusal : ack->value(QStringLiteral("refused")).toArray()) {
            const QJsonObject o = refusal.toObject();
            const QJsonObject ref = o.value(QStringLiteral("change")).toObject();
            auto logged = s.db().prepare("SELECT entity, entity_id FROM change_log WHERE origin = ? AND change_seq = ?");
            if (!logged)
                return logged.error();
            logged->bind(1, ref.value(QStringLiteral("origin")).toString());
            logged->bind(2, ref.value(QStringLiteral("change_seq")).toInteger());
            Change c;
            c.origin = ref.value(QStringLiteral("origin")).toString();
            c.changeSeq = ref.value(QStringLiteral("change_seq")).toInteger();
            auto found = logged->step();
            if (found && *found) {
                c.entity = logged->text(0);
                c.entityId = logged->text(1);
            }
            // Only flag once per refused change, even when the same ack arrives online and by USB.
            auto seen = s.db().prepare("SELECT 1 FROM sync_flags WHERE kind = 'refused' AND origin = ? AND change_seq = ?");
            if (!seen)
                return seen.error();
            seen->bind(1, c.origin).bind(2, c.changeSeq);
            auto already = seen->step();
            if (!already)
                return already.error();
            if (!*already)
                DIBAO_TRY(ChangeApplier::flag(s, QStringLiteral("refused"), hubId, &c,
                                              o.value(QStringLiteral("reason")).toString()));
        }
    } else {
        auto up = s.db().prepare("UPDATE sync_out SET verdict = ? WHERE peer_id = ? AND bundle_seq = ?");
        if (!up)
            return up.error();
        up->bind(1, verdict).bind(2, hubId).bind(3, seq);
        DIBAO_TRY(up->run());
    }
    DIBAO_TRY(tx.commit());
    return true;
}

ImportVerdict SyncImporter::process(const Candidate &candidate)
{
    Session &s = m_node.session();
    Database &db = s.db();
    const VerifiedBundle &b = candidate.bundle;
    const BundleManifest &m = b.manifest;
    ImportVerdict v;
    v.file = candidate.file;
    v.origin = m.origin;
    v.audience = m.audience;
    v.bundleSeq = m.bundleSeq;
    v.bundleId = b.bundleId;
    v.changes = m.changeCount;
    auto reject = [&](const Error &e) {
        ImportVerdict r = rejectedVerdict(candidate.file, candidate.zip, e, &b);
        return r;
    };
    auto ioFailure = [&](const Error &e) {
        ImportVerdict r = v;
        r.verdict = QStringLiteral("rejected");
        r.reason = e.code;
        r.message = e.message;
        return r;
    };

    Transaction tx(db);
    if (!tx.begun())
        return ioFailure(tx.begun().error());
    auto found = m_node.peers().find(m.origin);
    if (!found)
        return ioFailure(found.error());
    std::optional<SyncPeer> peer = *found;
    bool newHubStream = false;
    if (!peer) {
        if (m_node.isHub())
            return reject(integrity("origin_unknown", trImport("Device %1 is not enrolled at this hub.").arg(m.origin)));
        // verify() accepted it as the first bundle of a restored hub's new stream.
        auto hub = m_node.peers().currentHub();
        if (!hub || !*hub)
            return reject(integrity("origin_unknown", trImport("This device has not joined a hub.")));
        SyncPeer next = **hub;
        next.peerId = m.origin;
        next.enrolmentHash = SyncPeers::enrolmentHash(m.origin, m_node.streamId(), s.divisionCode());
        next.inSeq = next.outSeq = next.outPosition = next.ackDown = next.inChangeSeq = 0;
        next.inBundleId.clear();
        next.inHlc.clear();
        next.outBundleId.clear();
        next.enrolledAt = isoNow();
        peer = next;
        newHubStream = true;
    }
    const bool fromDevice = peer->role == QLatin1String("device");
    if (m_node.isHub() != fromDevice)
        return reject(integrity("origin_unknown", trImport("%1 is not a peer of this database.").arg(m.origin)));

    if (m.bundleSeq <= peer->inSeq) {
        auto st = db.prepare("SELECT bundle_id, ack FROM sync_in WHERE peer_id = ? AND bundle_seq = ?");
        if (!st)
            return ioFailure(st.error());
        st->bind(1, m.origin).bind(2, m.bundleSeq);
        auto r = st->step();
        if (!r)
            return ioFailure(r.error());
        if (*r && st->text(0) == b.bundleId) {
            v.verdict = QStringLiteral("duplicate");
            if (!st->isNull(1))
                v.ack = QJsonDocument::fromJson(st->text(1).toUtf8()).object();
            return v; // nothing written
        }
        // The same sequence with other content: a fork. Kept for a person; the stream stops until unfrozen.
        auto q = db.prepare("INSERT INTO sync_quarantine(peer_id, bundle_seq, bundle_id, reason, zip, received_at) "
                            "VALUES (?,?,?,?,?,?)");
        if (!q)
            return ioFailure(q.error());
        q->bind(1, m.origin).bind(2, m.bundleSeq).bind(3, b.bundleId).bind(4, QStringLiteral("fork"));
        q->bind(5, candidate.zip).bind(6, isoNow());
        if (Status st2 = q->run(); !st2)
            return ioFailure(st2.error());
        peer->status = QStringLiteral("frozen");
        peer->statusReason = trImport("bundle %1 arrived twice with different content").arg(m.bundleSeq);
        if (Status st2 = m_node.peers().save(*peer); !st2)
            return ioFailure(st2.error());
        if (Status st2 = ChangeApplier::flag(s, QStringLiteral("stream_frozen"), m.origin, nullptr, peer->statusReason);
            !st2)
            return ioFailure(st2.error());
        if (Status c = tx.commit(); !c)
            return ioFailure(c.error());
        v.verdict = QStringLiteral("quarantined");
        v.reason = QStringLiteral("fork");
        v.message = trImport("Bundle %1 from %2 differs from the one already applied: quarantined, the stream is "
                             "frozen until a person unfreezes it.")
                        .arg(m.bundleSeq)
                        .arg(m.origin);
        sign(v);
        return v;
    }
    if (peer->status == QLatin1String("frozen")) {
        v.verdict = QStringLiteral("held");
        v.reason = QStringLiteral("stream_frozen");
        v.message = trImport("The stream from %1 is frozen (%2): nothing is applied until a person unfreezes it.")
                        .arg(m.origin, peer->statusReason);
        sign(v);
        return v;
    }
    if (peer->status == QLatin1String("revoked") && peer->revokedAfterSeq && m.bundleSeq > *peer->revokedAfterSeq)
        return reject(integrity("device_revoked", trImport("Device %1 was revoked after bundle %2.")
                                                      .arg(m.origin)
                                                      .arg(*peer->revokedAfterSeq)));
    if (m.bundleSeq > peer->inSeq + 1) {
        auto h = db.prepare("INSERT OR IGNORE INTO sync_held(peer_id, bundle_seq, bundle_id, zip, received_at) "
                            "VALUES (?,?,?,?,?)");
        if (!h)
            return ioFailure(h.error());
        h->bind(1, m.origin).bind(2, m.bundleSeq).bind(3, b.bundleId).bind(4, candidate.zip).bind(5, isoNow());
        if (Status st = h->run(); !st)
            return ioFailure(st.error());
        if (Status c = tx.commit(); !c)
            return ioFailure(c.error());
        v.verdict = QStringLiteral("held");
        v.reason = QStringLiteral("gap");
        v.message = trImport("Bundle %1 from %2 waits for bundle %3 (the stream is at %4).")
                        .arg(m.bundleSeq)
                        .arg(m.origin)
                        .arg(peer->inSeq + 1)
                        .arg(peer->inSeq);
        sign(v);
        return v;
    }

    // bundle_seq = cursor + 1.
    const QString expectedPrev = peer->inBundleId.isEmpty() ? peer->enrolmentHash : peer->inBundleId;
    if (m.prev != expectedPrev)
        return reject(integrity("prev_mismatch", trImport("Bundle %1 does not follow the bundle applied before it.")
                                                     .arg(m.bundleSeq)));
    if (!peer->inHlc.isEmpty() && m.hlc < peer->inHlc)
        return reject(integrity("clock_backwards", trImport("The stream's clock went backwards (%1 after %2).")
                                                       .arg(m.hlc, peer->inHlc)));
    auto recipient = m_node.openingKey(m.recipientKeyId);
    if (!recipient)
        return reject(recipient.error());
    auto opened = BundleReader::decrypt(b, *recipient, m_limits);
    if (!opened)
        return reject(opened.error());
    // Read in two halves at once (the lines are independent); the first bad line in order rejects the bundle. Each
    // line's object and text are let go as soon as its change is read, on the thread that read it.
    QList<Change> changes(opened->changes.size());
    Change *change = changes.data();
    QJsonObject *lineObject = opened->changes.data();
    QByteArray *lineText = opened->changeLines.data();
    const qsizetype lineTexts = opened->changeLines.size();
    const Status read = eachInTwoHalves(changes.size(), 512, [&](qsizetype i) -> Status {
        auto c = i < lineTexts ? Change::fromLine(lineObject[i], lineText[i]) : Change::fromJson(lineObject[i]);
        if (!c)
            return c.error();
        change[i] = std::move(*c);
        lineObject[i] = QJsonObject();
        if (i < lineTexts)
            lineText[i] = QByteArray();
        return {};
    });
    if (!read)
        return reject(read.error());
    ChangeLog log(db);
    qint64 lastNewSeq = peer->inChangeSeq;
    if (fromDevice && !changes.isEmpty()) {
        // A device's own stream: its changes only, gapless, in order, with a clock that only moves forward.
        // The signed range may hold changes the device keeps to itself (county-owned records); the lines are a
        // strictly increasing part of it, and the range must start where the last one ended (or overlap it).
        if (changes.first().changeSeq < m.changeFirst || changes.last().changeSeq != m.changeLast)
            return reject(integrity("changes_range_mismatch", trImport("The change lines do not match the manifest's range.")));
        if (m.changeFirst > peer->inChangeSeq + 1)
            return reject(integrity("change_seq_gap", trImport("Changes %1 to %2 of %3 are missing.")
                                                          .arg(peer->inChangeSeq + 1)
                                                          .arg(m.changeFirst - 1)
                                                          .arg(m.origin)));
        auto lastHlc = db.prepare("SELECT max(hlc) FROM change_log WHERE origin = ?");
        if (!lastHlc)
            return ioFailure(lastHlc.error());
        lastHlc->bind(1, m.origin);
        if (auto r = lastHlc->step(); !r)
            return ioFailure(r.error());
        const QString known = lastHlc->text(0);
        for (int i = 0; i < changes.size(); ++i) {
            const Change &c = changes.at(i);
            if (c.origin != m.origin)
                return reject(integrity("change_origin_mismatch",
                                        trImport("A change line claims another origin (%1).").arg(c.origin)));
            if (i > 0 && c.changeSeq <= changes.at(i - 1).changeSeq)
                return reject(integrity("change_seq_order", trImport("The change lines are not in order.")));
            if (i > 0 && !(changes.at(i - 1).hlc < c.hlc))
                return reject(integrity("clock_backwards",
                                        trImport("Change %1's clock is not after the change before it.").arg(c.changeSeq)));
            if (c.changeSeq > peer->inChangeSeq && !known.isEmpty() && c.hlc.toString() <= known)
                return reject(integrity("clock_backwards",
                                        trImport("Change %1's clock is before changes already applied from %2.")
                                            .arg(c.changeSeq)
                                            .arg(m.origin)));
            if (c.hlc.toString() > m.hlc)
                return reject(integrity("clock_backwards",
                                        trImport("Change %1 is stamped after the bundle was cut.").arg(c.changeSeq)));
        }
        lastNewSeq = std::max(lastNewSeq, m.changeLast);
    }

    if (newHubStream) {
        // The restored hub's new stream replaces the old one; its keys follow it. Our upstream starts again at
        // bundle 1 with every change we made, so nothing the hub lost in the restore is missing.
        auto old = m_node.peers().currentHub();
        if (!old || !*old)
            return ioFailure(makeError(ErrorKind::Internal, QStringLiteral("hub_missing"), QString()));
        SyncPeer retired = **old;
        retired.status = QStringLiteral("retired");
        retired.statusReason = trImport("replaced by the hub's new stream %1").arg(m.origin);
        if (Status st = m_node.peers().save(retired); !st)
            return ioFailure(st.error());
        if (Status st = m_node.peers().insert(*peer); !st)
            return ioFailure(st.error());
        auto moveKeys = db.prepare("UPDATE peer_keys SET peer_id = ? WHERE peer_id = ?");
        if (!moveKeys)
            return ioFailure(moveKeys.error());
        moveKeys->bind(1, m.origin).bind(2, retired.peerId);
        if (Status st = moveKeys->run(); !st)
            return ioFailure(st.error());
    }

    // Apply.
    ChangeApplier::Context ctx;
    ctx.atHub = m_node.isHub();
    ctx.senderStream = m.origin;
    ctx.senderTownship = ctx.atHub ? peer->township : s.divisionCode();
    ctx.bundleSeq = m.bundleSeq;
    if (ctx.atHub) {
        ctx.delegated = s.policy().choice(QStringLiteral("confirmer"), QStringLiteral("default"), chinaToday())
                            .value_or(QStringLiteral("county"))
            == QLatin1String("township");
        auto seen = db.prepare("SELECT position FROM sync_out WHERE peer_id = ? AND bundle_seq = ?");
        if (!seen)
            return ioFailure(seen.error());
        seen->bind(1, m.origin).bind(2, m.ackDown);
        if (auto r = seen->step(); r && *r)
            ctx.senderSeenPosition = seen->int64(0);
    } else {
        auto hubs = db.prepare("SELECT peer_id FROM sync_peers WHERE role = 'hub'");
        if (!hubs)
            return ioFailure(hubs.error());
        (void)hubs->forEachRow([&] { ctx.authorityOrigins.insert(hubs->text(0)); });
        ctx.authorityOrigins.insert(m.origin);
        auto seen = db.prepare("SELECT change_last FROM sync_out WHERE peer_id = ? AND bundle_seq = ?");
        if (!seen)
            return ioFailure(seen.error());
        seen->bind(1, m.origin).bind(2, m.ackDown);
        if (auto r = seen->step(); r && *r)
            ctx.senderSeenLocalSeq = seen->int64(0);
    }
    ChangeApplier applier(s, ctx);
    if (Status st = applier.prefetchKnown(changes); !st)
        return ioFailure(st.error());
    // What each change would write were it to create its record (most of a bundle does), made ready on a second
    // thread a chunk ahead of the one applied here; one instant stands for the records' creation.
    if (Status st = applier.warm(changes); !st)
        return ioFailure(st.error());
    // That thread also frees what this one is done with: the changes of the chunk before the one applied and what was
    // made ready for them. The first chunk is short, so that applying starts soon after the lines are read.
    const QString now = nowUtcIsoMs();
    const qsizetype total = changes.size();
    constexpr qsizetype kFirstChunk = 32;
    constexpr qsizetype kChunk = 256;
    const auto chunkEnd = [total](qsizetype start) { return std::min(total, start + (start == 0 ? kFirstChunk : kChunk)); };
    struct Done {
        qsizetype from = 0, to = 0; // changes applied
        QList<ChangeApplier::Prepared> prepared;
    };
    const auto prepareChunk = [&applier, change, &now](qsizetype start, qsizetype end, Done done) {
        QList<ChangeApplier::Prepared> ready;
        ready.reserve(end - start);
        for (qsizetype i = start; i < end; ++i)
            ready.append(applier.prepare(change[i], now));
        for (qsizetype i = done.from; i < done.to; ++i)
            change[i] = Change();
        return ready;
    };
    QJsonArray refused;
    QSet<QString> attachmentsKept; // content hashes of the attachment rows this bundle applies or already had
    bool rotated = false;
    QByteArray rotatedSign, rotatedBox;
    std::future<QList<ChangeApplier::Prepared>> next; // waited for when it goes, whatever way this returns
    if (total > 0)
        next = std::async(std::launch::async, prepareChunk, qsizetype(0), chunkEnd(0), Done());
    QList<ChangeApplier::Prepared> chunk;
    qsizetype chunkStart = 0, chunkStop = 0;
    for (qsizetype i = 0; i < total; ++i) {
        if (i == chunkStop) {
            QList<ChangeApplier::Prepared> applied = std::exchange(chunk, next.get());
            const qsizetype appliedFrom = chunkStart;
            chunkStart = i;
            chunkStop = chunkEnd(i);
            if (chunkStop < total)
                next = std::async(std::launch::async, prepareChunk, chunkStop, chunkEnd(chunkStop),
                                  Done{appliedFrom, i, std::move(applied)});
        }
        const Change &c = changes.at(i);
        if (!fromDevice && c.origin == m_node.streamId())
            continue; // our own change coming back (never sent by a correct hub): not applied twice
        auto result = applier.apply(c, &chunk.at(i - chunkStart));
        if (!result)
            return ioFailure(result.error());
        if (result->outcome == ChangeApplier::Outcome::Refused) {
            refused.append(QJsonObject{{QStringLiteral("change"), QJsonObject{{QStringLiteral("change_seq"), c.changeSeq},
                                                                             {QStringLiteral("origin"), c.origin}}},
                                       {QStringLiteral("reason"), result->reason}});
            // Refused changes are still known here, so a replay does not re-apply them.
            auto logged = log.appendApplied(Change{c.changeSeq, c.entity, c.entityId, QJsonObject{}, c.hlc,
                                                   QStringLiteral("refused"), c.origin, c.user},
                                            QStringLiteral("-"));
            if (!logged)
                return ioFailure(logged.error());
        } else if (c.entity == QLatin1String("attachments")) {
            attachmentsKept.insert(c.fields.value(QStringLiteral("sha256")).toString());
        } else if (result->outcome == ChangeApplier::Outcome::Applied && c.entity == DeviceKeys::kControlEntity) {
            rotated = true;
            rotatedSign = QByteArray::fromBase64(c.fields.value(QStringLiteral("ed25519")).toString().toLatin1());
            rotatedBox = QByteArray::fromBase64(c.fields.value(QStringLiteral("x25519")).toString().toLatin1());
            auto logged = log.appendApplied(c, QStringLiteral("-"));
            if (!logged)
                return ioFailure(logged.error());
        }
    }
    if (Status st = applier.finish(); !st)
        return ioFailure(st.error());
    // The files of those rows, stored before the commit: if the process dies after writing them, the bundle is not
    // applied and comes again (content-addressed files are written once); content no row of the bundle names is
    // not kept (docs/bundle-format.md §6).
    {
        AttachmentStore files(s);
        for (auto it = opened->attachments.cbegin(); it != opened->attachments.cend(); ++it)
            if (attachmentsKept.contains(it.key()))
                if (Status st = files.storeContent(it.key(), it.value()); !st)
                    return ioFailure(st.error());
    }
    if (rotated) {
        if (rotatedSign.size() != 32 || rotatedBox.size() != 32)
            return reject(integrity("change_invalid", trImport("A key rotation carries malformed keys.")));
        auto old = db.prepare("UPDATE peer_keys SET valid_to_seq = ? WHERE peer_id = ? AND kind = 'sign' AND "
                              "valid_to_seq IS NULL");
        if (!old)
            return ioFailure(old.error());
        old->bind(1, m.bundleSeq).bind(2, m.origin);
        if (Status st = old->run(); !st)
            return ioFailure(st.error());
        for (const auto &[kind, key] : {std::pair{QStringLiteral("sign"), rotatedSign}, std::pair{QStringLiteral("box"), rotatedBox}}) {
            if (Status st = m_node.peers().addKey(PeerKey{Crypto::keyId(key), m.origin, kind, key, m.bundleSeq + 1, std::nullopt});
                !st)
                return ioFailure(st.error());
        }
    }

    // Acks for our own bundles (hub → device), and what the other side says it applied (ack_down).
    if (!fromDevice) {
        for (const QJsonObject &envelope : opened->acks) {
            auto ok = acceptAck(envelope);
            if (!ok)
                return ioFailure(ok.error());
            (*ok ? v.acksAccepted : v.acksIgnored) += 1;
        }
    }
    peer->ackDown = std::max(peer->ackDown, m.ackDown);
    {
        auto acked = db.prepare("UPDATE sync_out SET acked_at = coalesce(acked_at, ?), zip = NULL WHERE peer_id = ? "
                                "AND bundle_seq <= ? AND (verdict IS NULL OR verdict IN ('applied', 'duplicate'))");
        if (!acked)
            return ioFailure(acked.error());
        acked->bind(1, isoNow()).bind(2, m.origin).bind(3, m.ackDown);
        if (Status st = acked->run(); !st)
            return ioFailure(st.error());
    }

    v.verdict = QStringLiteral("applied");
    v.refused = refused;
    v.conflicts = applier.conflicts();
    v.flags = applier.flags();
    sign(v);

    auto in = db.prepare("INSERT INTO sync_in(peer_id, bundle_seq, bundle_id, hlc, audit_head, change_count, refused, "
                         "ack, applied_at) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!in)
        return ioFailure(in.error());
    in->bind(1, m.origin).bind(2, m.bundleSeq).bind(3, b.bundleId).bind(4, m.hlc).bind(5, m.auditHead);
    in->bind(6, m.changeCount).bind(7, qint64(refused.size()));
    if (v.ack.isEmpty())
        in->bindNull(8);
    else
        in->bind(8, QString::fromUtf8(CanonicalJson::serialize(v.ack)));
    in->bind(9, isoNow());
    if (Status st = in->run(); !st)
        return ioFailure(st.error());
    if (m_node.isHub() && !v.ack.isEmpty()) {
        auto pending = db.prepare("INSERT OR REPLACE INTO sync_acks_pending(peer_id, bundle_seq, envelope) VALUES (?,?,?)");
        if (!pending)
            return ioFailure(pending.error());
        pending->bind(1, m.origin).bind(2, m.bundleSeq).bind(3, QString::fromUtf8(CanonicalJson::serialize(v.ack)));
        if (Status st = pending->run(); !st)
            return ioFailure(st.error());
    }
    peer->inSeq = m.bundleSeq;
    peer->inBundleId = b.bundleId;
    peer->inHlc = m.hlc;
    peer->inChangeSeq = lastNewSeq;
    peer->lastSeen = isoNow();
    if (Status st = m_node.peers().save(*peer); !st)
        return ioFailure(st.error());
    if (auto h = Hlc::parse(m.hlc); h) {
        if (Status st = log.observe(*h); !st)
            return ioFailure(st.error());
    }
    if (Status st = indexQueuedAddresses(db); !st) // the households' addresses in one statement (schema v17)
        return ioFailure(st.error());
    if (Status c = tx.commit(); !c)
        return ioFailure(c.error());
    return v;
}

} // namespace dibao
