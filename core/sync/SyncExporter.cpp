#include "sync/SyncExporter.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "store/AttachmentStore.h"
#include "store/Session.h"
#include "sync/BundleWriter.h"
#include "sync/CanonicalJson.h"
#include "sync/ChangeLog.h"
#include "sync/DeviceKeys.h"
#include "sync/MergePolicy.h"
#include "sync/SyncNode.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <map>

namespace dibao {

namespace {

QString trExport(const char *text)
{
    return QCoreApplication::translate("dibao::SyncExporter", text);
}

Change changeFrom(Statement &s)
{
    // origin, change_seq, hlc, user_id, entity, entity_id, op, fields
    Change c;
    c.origin = s.text(0);
    c.changeSeq = s.int64(1);
    c.hlc = Hlc::parse(s.text(2)).value_or(Hlc{});
    c.user = s.text(3);
    c.entity = s.text(4);
    c.entityId = s.text(5);
    c.op = s.text(6);
    c.fields = QJsonDocument::fromJson(s.text(7).toUtf8()).object();
    return c;
}

// The content hash and size an attachment's change line names (empty for any other line).
std::pair<QString, qint64> attachmentOf(const QJsonObject &line)
{
    if (line.value(QStringLiteral("entity")).toString() != QLatin1String("attachments"))
        return {};
    const QJsonObject fields = line.value(QStringLiteral("fields")).toObject();
    return {fields.value(QStringLiteral("sha256")).toString(), qint64(fields.value(QStringLiteral("size")).toDouble())};
}

// Snapshot order: parents before children, so a new device can insert every record as it comes (the order of the
// audited tables is the order of their foreign keys). County-only records never go to a device.
QStringList snapshotTables()
{
    QStringList tables;
    for (const QString &t : RecordWriter::auditedTables()) {
        const MergePolicy::Row *row = MergePolicy::find(t);
        if (row && !row->countyAudience)
            tables << t;
    }
    return tables;
}

QString audienceFilter(const MergePolicy::Row &row)
{
    switch (row.township) {
    case MergePolicy::Township::OwnColumn:
        return QStringLiteral("t.division_code = ?1");
    case MergePolicy::Township::ViaHousehold:
        return QStringLiteral("t.household_id IN (SELECT id FROM households WHERE division_code = ?1)");
    case MergePolicy::Township::ViaCase:
        return QStringLiteral("t.case_id IN (SELECT id FROM cases WHERE division_code = ?1)");
    case MergePolicy::Township::DivisionOrAll:
        return QStringLiteral("(length(t.division_code) = 6 OR t.division_code = ?1)");
    case MergePolicy::Township::ViaObjection:
        return QStringLiteral("0"); // county only
    case MergePolicy::Township::AllDevices:
        return QStringLiteral("?1 IS NOT NULL");
    }
    return QStringLiteral("0");
}

} // namespace

QString SyncExporter::fileName(const ExportedBundle &bundle)
{
    return QStringLiteral("dibao_%1_to_%2_%3.zip")
        .arg(bundle.origin, bundle.audience)
        .arg(bundle.bundleSeq, 6, 10, QLatin1Char('0'))
        .replace(QLatin1Char(':'), QLatin1Char('-'));
}

Result<QStringList> SyncExporter::writeFiles(const QList<ExportedBundle> &bundles, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return makeError(ErrorKind::Io, QStringLiteral("file_unwritable"), trExport("Cannot create %1.").arg(dir));
    QStringList paths;
    for (const ExportedBundle &b : bundles) {
        const QString path = QDir(dir).filePath(fileName(b));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(b.zip) != b.zip.size() || !file.commit())
            return makeError(ErrorKind::Io, QStringLiteral("file_unwritable"),
                             trExport("Cannot write %1: %2").arg(path, file.errorString()));
        paths << path;
    }
    return paths;
}

Result<QList<ExportedBundle>> SyncExporter::stored(const QString &peerId, qint64 afterSeq)
{
    Session &s = m_node.session();
    auto st = s.db().prepare("SELECT bundle_seq, bundle_id, zip, change_count FROM sync_out WHERE peer_id = ? AND "
                             "bundle_seq > ? AND acked_at IS NULL AND zip IS NOT NULL ORDER BY bundle_seq");
    if (!st)
        return st.error();
    st->bind(1, peerId).bind(2, afterSeq);
    QList<ExportedBundle> out;
    DIBAO_TRY(st->forEachRow([&] {
        out << ExportedBundle{m_node.streamId(), peerId, st->int64(0), st->text(1), st->blob(2), st->int64(3),
                              m_cut.contains(st->int64(0))};
    }));
    return out;
}

qsizetype SyncExporter::linesWithinAttachmentBudget(const QList<QJsonObject> &lines)
{
    qint64 bytes = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        bytes += attachmentOf(lines.at(i)).second;
        if (bytes > kMaxAttachmentBytesPerBundle)
            return std::max<qsizetype>(1, i);
    }
    return lines.size();
}

Status SyncExporter::cut(const QString &peerId, const QList<QJsonObject> &lines, const QList<QJsonObject> &acks,
                         qint64 changeFirst, qint64 changeLast, qint64 position, bool rotation)
{
    Session &s = m_node.session();
    auto found = m_node.peers().find(peerId);
    if (!found)
        return found.error();
    SyncPeer peer = **found;
    auto recipient = m_node.peers().boxKey(peerId);
    if (!recipient)
        return recipient.error();
    ChangeLog log(s.db());
    auto clock = log.now(m_node.streamId());
    if (!clock)
        return clock.error();
    // The audit head and its seq from one row (AuditLog::head() may return a cached value inside a transaction).
    auto auditSeq = s.db().prepare("SELECT coalesce(max(seq), 0), coalesce((SELECT hash FROM audit ORDER BY seq DESC "
                                   "LIMIT 1), ?) FROM audit");
    if (!auditSeq)
        return auditSeq.error();
    auditSeq->bind(1, QString::fromLatin1(AuditLog::kGenesis));
    DIBAO_TRY(auditSeq->step());
    const QString head = auditSeq->text(1);

    BundleManifest header;
    header.origin = m_node.streamId();
    header.audience = peerId;
    header.bundleSeq = peer.outSeq + 1;
    header.prev = peer.outBundleId.isEmpty() ? peer.enrolmentHash : peer.outBundleId;
    header.changeFirst = lines.isEmpty() ? 0 : changeFirst;
    header.changeLast = lines.isEmpty() ? 0 : std::max(changeFirst, changeLast);
    header.hlc = (clock->isNull() ? Hlc::tick(Hlc{}, Hlc::wallMillis()) : *clock).toString();
    header.ackDown = peer.inSeq;
    header.auditHead = head;
    header.created = nowUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    BundleContent content;
    content.changes = lines;
    content.acks = acks;
    // The content of the attachments these lines create, where this database has it (a hub relays what devices
    // sent; a row whose file never arrived travels without it, and opening it says the file is missing).
    AttachmentStore attachments(s);
    QSet<QString> carried;
    for (const QJsonObject &line : lines) {
        const QString sha = attachmentOf(line).first;
        if (sha.isEmpty() || carried.contains(sha))
            continue;
        carried.insert(sha);
        if (QByteArray bytes = attachments.storedContent(sha); !bytes.isEmpty())
            content.attachments << bytes;
    }
    auto written = BundleWriter::write(header, content, m_node.signer(), recipient->publicKey);
    if (!written)
        return written.error();

    auto ins = s.db().prepare("INSERT INTO sync_out(peer_id, bundle_seq, bundle_id, change_first, change_last, "
                              "change_count, position, audit_seq, manifest, zip, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    if (!ins)
        return ins.error();
    ins->bind(1, peerId).bind(2, header.bundleSeq).bind(3, written->bundleId).bind(4, header.changeFirst);
    ins->bind(5, header.changeLast).bind(6, qint64(lines.size())).bind(7, position).bind(8, auditSeq->int64(0));
    ins->bind(9, written->manifestBytes).bind(10, written->zip).bind(11, header.created);
    DIBAO_TRY(ins->run());
    peer.outSeq = header.bundleSeq;
    peer.outBundleId = written->bundleId;
    peer.outPosition = position;
    DIBAO_TRY(m_node.peers().save(peer));
    m_cut << header.bundleSeq;
    if (rotation && m_node.deviceKeys()) {
        // This bundle announced new keys and was signed by the old one: the next is signed by the new key.
        DIBAO_TRY(m_node.deviceKeys()->activatePending(header.bundleSeq + 1));
        DIBAO_TRY(m_node.reloadSigner());
    }
    return {};
}

Result<QList<ExportedBundle>> SyncExporter::forHub()
{
    Session &s = m_node.session();
    Transaction tx(s.db());
    DIBAO_TRY(tx.begun());
    auto hub = m_node.peers().currentHub();
    if (!hub)
        return hub.error();
    if (!*hub)
        return makeError(ErrorKind::Invalid, QStringLiteral("not_joined"),
                         trExport("This device has not joined a hub yet (dibao-cli join --hub-card FILE)."));
    const QString peerId = (*hub)->peerId;
    for (;;) {
        auto peer = m_node.peers().find(peerId);
        if (!peer)
            return peer.error();
        // County-owned records are never sent up (a device's copy of them, e.g. the default policy rows init
        // installs, is its own until the county's arrive): the bundle's signed range covers them, its lines do not.
        QStringList countyOwned;
        for (const MergePolicy::Row &row : MergePolicy::table())
            if (row.owner == MergePolicy::Owner::County)
                countyOwned << QLatin1Char('\'') + row.entity + QLatin1Char('\'');
        auto st = s.db().prepare(QStringLiteral("SELECT origin, change_seq, hlc, user_id, entity, entity_id, op, fields "
                                                "FROM change_log WHERE origin = ? AND change_seq > ? AND entity NOT IN "
                                                "(%1) ORDER BY change_seq LIMIT ?")
                                     .arg(countyOwned.join(QLatin1Char(','))));
        if (!st)
            return st.error();
        st->bind(1, m_node.streamId()).bind(2, (*peer)->outPosition).bind(3, kMaxChangesPerBundle);
        QList<QJsonObject> lines;
        QList<Change> changes;
        const qint64 first = (*peer)->outPosition + 1;
        DIBAO_TRY(st->forEachRow([&] {
            changes << changeFrom(*st);
            lines << changes.last().toJson();
        }));
        // Attachments past the bundle's budget wait for the next bundle of this loop.
        const qsizetype take = linesWithinAttachmentBudget(lines);
        lines.resize(take);
        changes.resize(take);
        const qint64 last = changes.isEmpty() ? 0 : changes.last().changeSeq;
        bool rotation = false;
        for (const Change &c : std::as_const(changes))
            rotation = rotation || c.entity == DeviceKeys::kControlEntity;
        if (lines.isEmpty())
            break;
        DIBAO_TRY(cut(peerId, lines, {}, first, last, last, rotation));
    }
    auto out = stored(peerId, 0);
    if (!out)
        return out.error();
    DIBAO_TRY(tx.commit());
    return out;
}

Result<QList<QJsonObject>> SyncExporter::snapshot(const QString &township, qint64 *position)
{
    Database &db = m_node.session().db();
    auto pos = db.prepare("SELECT coalesce(max(id), 0) FROM change_log");
    if (!pos)
        return pos.error();
    DIBAO_TRY(pos->step());
    *position = pos->int64(0);
    RecordWriter &w = m_node.session().writer();
    QList<QJsonObject> lines;
    for (const QString &table : snapshotTables()) {
        const MergePolicy::Row *row = MergePolicy::find(table);
        auto st = db.prepare(QStringLiteral("SELECT t.*, v.versions FROM %1 t LEFT JOIN record_versions v ON "
                                            "v.entity = '%1' AND v.entity_id = t.id WHERE %2 ORDER BY t.rowid")
                                 .arg(table, audienceFilter(*row)));
        if (!st)
            return st.error();
        st->bind(1, township);
        auto users = db.cached("SELECT user_id FROM change_log WHERE origin = ? AND change_seq = ?");
        if (!users)
            return users.error();
        QString failure;
        DIBAO_TRY(st->forEachRow([&] {
            Row record;
            const int n = st->columnCount() - 1;
            for (int c = 0; c < n; ++c)
                record.insert(st->columnName(c), st->value(c));
            const QJsonObject fields = RecordWriter::changeFields(table, record);
            const QJsonObject versions = QJsonDocument::fromJson(st->text(n).toUtf8()).object();
            // One line per version: each field travels with the (origin, change_seq, HLC) that last wrote it, so
            // last-writer-wins keeps working on the new device exactly as on the hub.
            std::map<std::pair<QString, qint64>, Change> groups;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                const QJsonArray v = ChangeLog::fieldVersion(versions, it.key());
                if (v.size() != 3)
                    continue; // written before sync existed: not part of any change
                const auto key = std::make_pair(v.at(1).toString(), v.at(2).toInteger());
                Change &c = groups[key];
                c.origin = key.first;
                c.changeSeq = key.second;
                c.hlc = Hlc::parse(v.at(0).toString()).value_or(Hlc{});
                c.entity = table;
                c.entityId = record.value(QStringLiteral("id")).toString();
                c.fields.insert(it.key(), it.value());
            }
            for (auto &[key, c] : groups) {
                (*users)->bind(1, c.origin).bind(2, c.changeSeq);
                auto r = (*users)->step();
                c.user = (r.ok() && *r) ? (*users)->text(0) : QString();
                (*users)->reset();
                lines << c.toJson();
            }
        }));
        Q_UNUSED(failure);
        Q_UNUSED(w);
    }
    return lines;
}

Result<QList<ExportedBundle>> SyncExporter::forDevice(const QString &deviceId)
{
    Session &s = m_node.session();
    if (!m_node.isHub())
        return makeError(ErrorKind::Invalid, QStringLiteral("not_a_hub"),
                         trExport("Only the hub exports bundles for a device."));
    Transaction tx(s.db());
    DIBAO_TRY(tx.begun());
    auto found = m_node.peers().find(deviceId);
    if (!found)
        return found.error();
    if (!*found || (*found)->role != QLatin1String("device"))
        return makeError(ErrorKind::NotFound, QStringLiteral("device_unknown"),
                         trExport("No enrolled device %1.").arg(deviceId));
    if ((*found)->status == QLatin1String("revoked"))
        return makeError(ErrorKind::Permission, QStringLiteral("device_revoked"),
                         trExport("Device %1 is revoked: nothing is sent to it any more.").arg(deviceId));
    const QString township = (*found)->township;

    auto pendingAcks = [&]() -> Result<QList<QJsonObject>> {
        auto st = s.db().prepare("SELECT envelope FROM sync_acks_pending WHERE peer_id = ? AND delivered_in IS NULL "
                                 "ORDER BY bundle_seq");
        if (!st)
            return st.error();
        st->bind(1, deviceId);
        QList<QJsonObject> acks;
        DIBAO_TRY(st->forEachRow([&] { acks << QJsonDocument::fromJson(st->text(0).toUtf8()).object(); }));
        return acks;
    };
    auto markDelivered = [&]() -> Status {
        auto st = s.db().prepare("UPDATE sync_acks_pending SET delivered_in = (SELECT out_seq FROM sync_peers WHERE "
                                 "peer_id = ?1) WHERE peer_id = ?1 AND delivered_in IS NULL");
        if (!st)
            return st.error();
        st->bind(1, deviceId);
        return st->run();
    };

    if ((*found)->outSeq == 0) {
        qint64 position = 0;
        auto lines = snapshot(township, &position);
        if (!lines)
            return lines.error();
        auto acks = pendingAcks();
        if (!acks)
            return acks.error();
        if (!lines->isEmpty() || !acks->isEmpty()) {
            for (qsizetype i = 0, take = 0; i < lines->size() || i == 0; i += std::max<qsizetype>(1, take)) {
                QList<QJsonObject> part = lines->mid(i, kMaxChangesPerBundle);
                take = linesWithinAttachmentBudget(part);
                part.resize(take);
                DIBAO_TRY(cut(deviceId, part, i == 0 ? *acks : QList<QJsonObject>{}, part.isEmpty() ? 0 : 1,
                              position, position, false));
                if (i == 0)
                    DIBAO_TRY(markDelivered());
            }
        }
    } else {
        for (;;) {
            auto peer = m_node.peers().find(deviceId);
            if (!peer)
                return peer.error();
            const qint64 from = (*peer)->outPosition;
            auto st = s.db().prepare(
                "SELECT origin, change_seq, hlc, user_id, entity, entity_id, op, fields, id FROM change_log "
                "WHERE id > ?1 AND (township = ?2 OR township IS NULL) AND origin <> ?3 AND entity <> ?4 "
                "ORDER BY id LIMIT ?5");
            if (!st)
                return st.error();
            st->bind(1, from).bind(2, township).bind(3, deviceId).bind(4, DeviceKeys::kControlEntity);
            st->bind(5, kMaxChangesPerBundle);
            QList<QJsonObject> lines;
            QList<qint64> ids;
            DIBAO_TRY(st->forEachRow([&] {
                lines << changeFrom(*st).toJson();
                ids << st->int64(8);
            }));
            // Attachments past the bundle's budget wait for the next bundle of this loop.
            const bool full = lines.size() >= kMaxChangesPerBundle;
            const qsizetype take = linesWithinAttachmentBudget(lines);
            const bool cutShort = take < lines.size();
            lines.resize(take);
            const qint64 lastId = ids.isEmpty() ? from : ids.at(take - 1);
            auto acks = pendingAcks();
            if (!acks)
                return acks.error();
            if (lines.isEmpty() && acks->isEmpty())
                break;
            qint64 position = lastId;
            if (!full && !cutShort) {
                auto maxId = s.db().prepare("SELECT coalesce(max(id), 0) FROM change_log");
                if (!maxId)
                    return maxId.error();
                DIBAO_TRY(maxId->step());
                position = std::max(position, maxId->int64(0));
            }
            DIBAO_TRY(cut(deviceId, lines, *acks, from + 1, std::max(from + 1, position), position, false));
            DIBAO_TRY(markDelivered());
            if (!full && !cutShort)
                break;
        }
    }
    auto peer = m_node.peers().find(deviceId);
    if (!peer)
        return peer.error();
    auto out = stored(deviceId, (*peer)->ackDown);
    if (!out)
        return out.error();
    DIBAO_TRY(tx.commit());
    return out;
}

} // namespace dibao
