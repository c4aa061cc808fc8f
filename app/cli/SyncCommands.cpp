// The sync commands of dibao-cli (docs/cli.md "Sync commands"): cards and enrolment, keys, bundles by USB.
#include "CliContext.h"
#include "CommandSupport.h"

#include "common/ChinaDate.h"
#include "store/UserStore.h"
#include "sync/Backup.h"
#include "sync/BundleInspector.h"
#include "sync/CanonicalJson.h"
#include "sync/HubClient.h"
#include "sync/HubKeys.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncNode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dibao::cli {

namespace {

// A session signed in as --user, keeping the password: a device's keys are opened with it.
struct Opened {
    std::unique_ptr<Session> session;
    QString password;
    std::unique_ptr<SyncNode> node;
};

Result<Opened> openSession(Context &ctx)
{
    const QString path = ctx.args().option(QStringLiteral("db"));
    if (path.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("usage"), tr("This command needs --db FILE."));
    auto session = Session::open(path);
    if (!session)
        return session.error();
    const QString user = ctx.args().hasOption(QStringLiteral("user")) ? ctx.args().option(QStringLiteral("user"))
                                                                      : (*session)->defaultAdmin();
    auto pw = ctx.password(tr("Password for %1: ").arg(user));
    if (!pw)
        return pw.error();
    DIBAO_TRY((*session)->signIn(user, *pw));
    return Opened{std::move(session).value(), *pw, nullptr};
}

QString hubKeyFile(Context &ctx)
{
    return ctx.args().hasOption(QStringLiteral("hub-keys")) ? ctx.args().option(QStringLiteral("hub-keys"))
                                                             : HubKeys::locate(ctx.args().option(QStringLiteral("db")));
}

// Opens the database and its sync node: the hub (county database, keys from the key file) or a device (township
// database, keys opened with the password; made at first use).
Result<Opened> openNode(Context &ctx, bool createHubKeys = false)
{
    auto opened = openSession(ctx);
    if (!opened)
        return opened.error();
    Session &s = *opened->session;
    auto node = s.isCounty() ? SyncNode::hub(s, hubKeyFile(ctx), createHubKeys) : SyncNode::device(s, opened->password);
    if (!node)
        return node.error();
    opened->node = std::move(node).value();
    return opened;
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("file_unreadable"),
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > 1024 * 1024)
        return makeError(ErrorKind::Invalid, QStringLiteral("file_too_large"), tr("%1 is too large.").arg(path));
    return file.readAll();
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorKind::Io, QStringLiteral("file_unwritable"),
                         tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status requireCountyImporter(Session &s)
{
    const Role role = s.actor().role;
    if (role != Role::CountyAdmin && role != Role::CountyReviewer)
        return makeError(ErrorKind::Permission, QStringLiteral("permission_denied"),
                         tr("Only the county administrator or a county reviewer imports bundles at the hub."));
    return {};
}

} // namespace

int cmdHubCard(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("out"), QStringLiteral("address"), QStringLiteral("tls-cert"),
                               QStringLiteral("hub-keys")}),
                  {});
    if (!ctx.args().hasOption(QStringLiteral("out")))
        return ctx.usage(tr("hub-card needs --out FILE"));
    auto opened = openNode(ctx, true);
    if (!opened)
        return ctx.fail(opened.error());
    if (!opened->node->isHub())
        return ctx.fail(makeError(ErrorKind::Invalid, QStringLiteral("not_a_hub"),
                                  tr("Only the county database is a hub.")));
    if (opened->session->actor().role != Role::CountyAdmin)
        return ctx.fail(makeError(ErrorKind::Permission, QStringLiteral("permission_denied"),
                                  tr("Only the county administrator issues the hub card.")));
    QString pin;
    if (ctx.args().hasOption(QStringLiteral("tls-cert"))) {
        auto p = SyncNode::certificatePin(ctx.args().option(QStringLiteral("tls-cert")));
        if (!p)
            return ctx.fail(p.error());
        pin = *p;
    }
    auto card = opened->node->hubCard(ctx.args().option(QStringLiteral("address")), pin);
    if (!card)
        return ctx.fail(card.error());
    if (Status st = writeFile(ctx.args().option(QStringLiteral("out")), CanonicalJson::serialize(*card) + '\n'); !st)
        return ctx.fail(st.error());
    if (ctx.json()) {
        printJson(ctx, *card);
    } else {
        ctx.out() << tr("Hub %1 (county %2), fingerprint %3")
                         .arg(card->value(QStringLiteral("hub_id")).toString(),
                              card->value(QStringLiteral("county")).toString(),
                              card->value(QStringLiteral("fingerprint")).toString())
                  << Qt::endl;
        ctx.err() << tr("Wrote %1").arg(ctx.args().option(QStringLiteral("out"))) << Qt::endl;
    }
    return Ok;
}

int cmdJoin(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("hub-card"), QStringLiteral("expect-fingerprint")}), {});
    if (!ctx.args().hasOption(QStringLiteral("hub-card")))
        return ctx.usage(tr("join needs --hub-card FILE"));
    auto bytes = readSmallFile(ctx.args().option(QStringLiteral("hub-card")));
    if (!bytes)
        return ctx.fail(bytes.error());
    auto opened = openNode(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    if (opened->node->isHub())
        return ctx.fail(makeError(ErrorKind::Invalid, QStringLiteral("not_a_device"),
                                  tr("The county database is the hub; only township databases join it.")));
    auto peer = opened->node->join(*bytes, ctx.args().option(QStringLiteral("expect-fingerprint")));
    if (!peer)
        return ctx.fail(peer.error());
    auto card = SyncPeers::parseHubCard(*bytes).value();
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true},
                                   {QStringLiteral("hub_id"), card.hubId},
                                   {QStringLiteral("stream"), peer->peerId},
                                   {QStringLiteral("fingerprint"), card.fingerprint},
                                   {QStringLiteral("address"), card.address}});
    else
        ctx.out() << tr("Joined hub %1 (county %2). Compare its fingerprint with the county: %3")
                         .arg(card.hubId, card.county, card.fingerprint)
                  << Qt::endl;
    return Ok;
}

int cmdKeyShow(Context &ctx)
{
    CHECK_OPTIONS({QStringLiteral("out")}, {});
    auto opened = openNode(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    if (opened->node->isHub())
        return ctx.fail(makeError(ErrorKind::Invalid, QStringLiteral("not_a_device"),
                                  tr("The county database is the hub: its public keys are on the hub card.")));
    auto card = opened->node->deviceKeys()->keyCard();
    if (!card)
        return ctx.fail(card.error());
    if (ctx.args().hasOption(QStringLiteral("out"))) {
        if (Status st = writeFile(ctx.args().option(QStringLiteral("out")), CanonicalJson::serialize(*card) + '\n'); !st)
            return ctx.fail(st.error());
    }
    if (ctx.json()) {
        printJson(ctx, *card);
        return Ok;
    }
    ctx.out() << tr("Device:      %1").arg(card->value(QStringLiteral("device_id")).toString()) << Qt::endl
              << tr("Township:    %1").arg(card->value(QStringLiteral("township")).toString()) << Qt::endl
              << tr("Signing key: %1 (Ed25519)").arg(card->value(QStringLiteral("sign_key_id")).toString()) << Qt::endl
              << tr("Box key:     %1 (X25519)").arg(card->value(QStringLiteral("box_key_id")).toString()) << Qt::endl
              << tr("Fingerprint: %1").arg(card->value(QStringLiteral("fingerprint")).toString()) << Qt::endl;
    return Ok;
}

int cmdEnroll(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("device-key"), QStringLiteral("expect-fingerprint"),
                               QStringLiteral("hub-keys")}),
                  {});
    if (!ctx.args().hasOption(QStringLiteral("device-key")))
        return ctx.usage(tr("enroll needs --device-key FILE"));
    auto bytes = readSmallFile(ctx.args().option(QStringLiteral("device-key")));
    if (!bytes)
        return ctx.fail(bytes.error());
    auto opened = openNode(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    if (!opened->node->isHub())
        return ctx.fail(makeError(ErrorKind::Invalid, QStringLiteral("not_a_hub"), tr("Devices are enrolled at the hub.")));
    auto peer = opened->node->enroll(*bytes, ctx.args().option(QStringLiteral("expect-fingerprint")));
    if (!peer)
        return ctx.fail(peer.error());
    const auto card = SyncPeers::parseDeviceCard(*bytes).value();
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true},
                                   {QStringLiteral("device_id"), peer->peerId},
                                   {QStringLiteral("township"), peer->township},
                                   {QStringLiteral("fingerprint"), card.fingerprint},
                                   {QStringLiteral("fingerprint_checked"),
                                    ctx.args().hasOption(QStringLiteral("expect-fingerprint"))}});
    else {
        ctx.out() << tr("Enrolled device %1 of township %2, fingerprint %3").arg(peer->peerId, peer->township, card.fingerprint)
                  << Qt::endl;
        if (!ctx.args().hasOption(QStringLiteral("expect-fingerprint")))
            ctx.err() << tr("The fingerprint was not compared (--expect-fingerprint): check it with the township.")
                      << Qt::endl;
    }
    return Ok;
}

int cmdDevices(Context &ctx)
{
    CHECK_OPTIONS({QStringLiteral("hub-keys")}, {});
    auto opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened->session ? opened.error() : opened.error());
    Session &s = *opened->session;
    if (!s.isCounty())
        return ctx.fail(makeError(ErrorKind::Invalid, QStringLiteral("not_a_hub"), tr("Devices are listed at the hub.")));
    SyncPeers peers(s.db());
    auto all = peers.all(QStringLiteral("device"));
    if (!all)
        return ctx.fail(all.error());
    QJsonArray rows;
    for (const SyncPeer &p : *all) {
        auto sign = peers.keys(p.peerId, QStringLiteral("sign"));
        auto box = peers.keys(p.peerId, QStringLiteral("box"));
        const QString fingerprint = (sign && box && !sign->isEmpty() && !box->isEmpty())
            ? Crypto::fingerprint(sign->last().publicKey + box->last().publicKey)
            : QString();
        rows.append(QJsonObject{{QStringLiteral("device_id"), p.peerId},
                                {QStringLiteral("township"), p.township},
                                {QStringLiteral("status"), p.status},
                                {QStringLiteral("status_reason"), p.statusReason},
                                {QStringLiteral("revoked_after_seq"),
                                 p.revokedAfterSeq ? QJsonValue(*p.revokedAfterSeq) : QJsonValue()},
                                {QStringLiteral("in_seq"), p.inSeq},
                                {QStringLiteral("in_change_seq"), p.inChangeSeq},
                                {QStringLiteral("out_seq"), p.outSeq},
                                {QStringLiteral("ack_down"), p.ackDown},
                                {QStringLiteral("sign_key_id"), (sign && !sign->isEmpty()) ? sign->last().keyId : QString()},
                                {QStringLiteral("fingerprint"), fingerprint},
                                {QStringLiteral("enrolled_at"), p.enrolledAt},
                                {QStringLiteral("last_seen"), p.lastSeen.isEmpty() ? QJsonValue() : QJsonValue(p.lastSeen)}});
    }
    if (ctx.json()) {
        printJson(ctx, QJsonObject{{QStringLiteral("count"), rows.size()}, {QStringLiteral("devices"), rows}});
        return Ok;
    }
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        ctx.out() << o.value(QStringLiteral("device_id")).toString() << QLatin1Char('\t')
                  << o.value(QStringLiteral("township")).toString() << QLatin1Char('\t')
                  << o.value(QStringLiteral("status")).toString() << QLatin1Char('\t')
                  << tr("in %1, out %2 (acked %3)")
                         .arg(o.value(QStringLiteral("in_seq")).toInteger())
                         .arg(o.value(QStringLiteral("out_seq")).toInteger())
                         .arg(o.value(QStringLiteral("ack_down")).toInteger())
                  << QLatin1Char('\t') << o.value(QStringLiteral("status_reason")).toString() << Qt::endl;
    }
    ctx.err() << tr("%n device(s)", nullptr, int(rows.size())) << Qt::endl;
    return Ok;
}

int cmdRevoke(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("after-seq"), QStringLiteral("hub-keys")}), {});
    bool ok = false;
    const qint64 after = ctx.args().option(QStringLiteral("after-seq")).toLongLong(&ok);
    if (ctx.args().positional().size() != 1 || !ok || after < 0)
        return ctx.usage(tr("revoke needs DEVICE and --after-seq N (0 or more)"));
    auto opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    auto node = SyncNode::hub(*opened->session, hubKeyFile(ctx));
    if (!node)
        return ctx.fail(node.error());
    if (Status st = (*node)->revoke(ctx.args().positional().first(), after); !st)
        return ctx.fail(st.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true},
                                   {QStringLiteral("device_id"), ctx.args().positional().first()},
                                   {QStringLiteral("revoked_after_seq"), after}});
    else
        ctx.out() << tr("Device %1 is revoked: its bundles after %2 are rejected.")
                         .arg(ctx.args().positional().first())
                         .arg(after)
                  << Qt::endl;
    return Ok;
}

int cmdUnfreeze(Context &ctx)
{
    CHECK_OPTIONS({QStringLiteral("hub-keys")}, {});
    if (ctx.args().positional().size() != 1)
        return ctx.usage(tr("unfreeze needs DEVICE"));
    auto opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    auto node = SyncNode::hub(*opened->session, hubKeyFile(ctx));
    if (!node)
        return ctx.fail(node.error());
    if (Status st = (*node)->unfreeze(ctx.args().positional().first()); !st)
        return ctx.fail(st.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("device_id"), ctx.args().positional().first()}});
    else
        ctx.out() << tr("The stream of device %1 runs again.").arg(ctx.args().positional().first()) << Qt::endl;
    return Ok;
}

int cmdKeyRotate(Context &ctx)
{
    CHECK_OPTIONS({}, {});
    auto opened = openNode(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    if (opened->node->isHub())
        return ctx.fail(makeError(ErrorKind::Invalid, QStringLiteral("not_a_device"), tr("key-rotate is for devices.")));
    auto keyId = opened->node->deviceKeys()->rotate();
    if (!keyId)
        return ctx.fail(keyId.error());
    auto card = opened->node->deviceKeys()->keyCard();
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("new_sign_key_id"), *keyId}});
    else
        ctx.out() << tr("New keys made (signing key %1). They take over after the next bundle, which announces them "
                        "to the hub signed by the old key.")
                         .arg(*keyId)
                  << Qt::endl;
    return Ok;
}

int cmdKeyGrant(Context &ctx)
{
    CHECK_OPTIONS({}, {});
    if (ctx.args().positional().size() != 1)
        return ctx.usage(tr("key-grant needs USER"));
    auto opened = openNode(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    if (opened->node->isHub())
        return ctx.fail(makeError(ErrorKind::Invalid, QStringLiteral("not_a_device"), tr("key-grant is for devices.")));
    auto pw = ctx.password(tr("Password of %1: ").arg(ctx.args().positional().first()), "DIBAO_NEW_PASSWORD");
    if (!pw)
        return ctx.fail(pw.error());
    if (Status st = opened->node->deviceKeys()->grant(ctx.args().positional().first(), *pw); !st)
        return ctx.fail(st.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("user"), ctx.args().positional().first()}});
    else
        ctx.out() << tr("%1 can now sync on this device.").arg(ctx.args().positional().first()) << Qt::endl;
    return Ok;
}

int cmdBundleExport(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("out"), QStringLiteral("device"), QStringLiteral("hub-keys")}), {});
    if (!ctx.args().hasOption(QStringLiteral("out")))
        return ctx.usage(tr("bundle-export needs --out DIR"));
    auto opened = openNode(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    SyncExporter exporter(*opened->node);
    Result<QList<ExportedBundle>> bundles = QList<ExportedBundle>();
    if (opened->node->isHub()) {
        if (!ctx.args().hasOption(QStringLiteral("device")))
            return ctx.usage(tr("at the hub, bundle-export needs --device ID"));
        if (Status st = requireCountyImporter(*opened->session); !st)
            return ctx.fail(st.error());
        bundles = exporter.forDevice(ctx.args().option(QStringLiteral("device")));
    } else {
        if (ctx.args().hasOption(QStringLiteral("device")))
            return ctx.usage(tr("--device is for the hub; a device exports its own bundles"));
        bundles = exporter.forHub();
    }
    if (!bundles)
        return ctx.fail(bundles.error());
    auto paths = SyncExporter::writeFiles(*bundles, ctx.args().option(QStringLiteral("out")));
    if (!paths)
        return ctx.fail(paths.error());
    if (ctx.json()) {
        QJsonArray rows;
        for (int i = 0; i < bundles->size(); ++i)
            rows.append(QJsonObject{{QStringLiteral("path"), paths->at(i)},
                                    {QStringLiteral("bundle_seq"), bundles->at(i).bundleSeq},
                                    {QStringLiteral("bundle_id"), bundles->at(i).bundleId},
                                    {QStringLiteral("changes"), bundles->at(i).changeCount},
                                    {QStringLiteral("new"), bundles->at(i).fresh}});
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("bundles"), rows}});
        return Ok;
    }
    for (const QString &p : *paths)
        ctx.out() << p << Qt::endl;
    return Ok;
}

int cmdBundleImport(Context &ctx)
{
    CHECK_OPTIONS({QStringLiteral("hub-keys")}, {});
    if (ctx.args().positional().isEmpty())
        return ctx.usage(tr("bundle-import needs at least one FILE"));
    auto opened = openNode(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    if (opened->node->isHub()) {
        if (Status st = requireCountyImporter(*opened->session); !st)
            return ctx.fail(st.error());
    }
    QStringList files;
    for (const QString &arg : ctx.args().positional()) {
        // A folder imports every bundle in it (the county clerk's bag of USB sticks).
        if (QFileInfo(arg).isDir()) {
            const QDir dir(arg);
            for (const QString &name : dir.entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << arg;
        }
    }
    SyncImporter importer(*opened->node);
    const QList<ImportVerdict> verdicts = importer.importFiles(files);
    const int code = SyncImporter::exitCode(verdicts);
    if (ctx.json()) {
        QJsonArray rows;
        for (const ImportVerdict &v : verdicts)
            rows.append(v.toJson());
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), code == 0},
                                   {QStringLiteral("exit"), code},
                                   {QStringLiteral("bundles"), rows}});
        return code;
    }
    for (const ImportVerdict &v : verdicts) {
        QString line = QStringLiteral("%1: %2").arg(v.file, v.verdict);
        if (v.bundleSeq > 0)
            line += tr(" (bundle %1 from %2, %n change(s)", nullptr, int(v.changes)).arg(v.bundleSeq).arg(v.origin);
        if (!v.refused.isEmpty())
            line += tr(", %n refused", nullptr, int(v.refused.size()));
        if (v.conflicts > 0)
            line += tr(", %n conflict(s) kept for a person", nullptr, v.conflicts);
        if (v.bundleSeq > 0)
            line += QLatin1Char(')');
        if (!v.reason.isEmpty())
            line += QStringLiteral(": %1 — %2").arg(v.reason, v.message);
        ctx.out() << line << Qt::endl;
        for (const QJsonValue &r : v.refused) {
            const QJsonObject o = r.toObject();
            ctx.out() << tr("  refused change %1 of %2: %3")
                             .arg(o.value(QStringLiteral("change")).toObject().value(QStringLiteral("change_seq")).toInteger())
                             .arg(o.value(QStringLiteral("change")).toObject().value(QStringLiteral("origin")).toString(),
                                  o.value(QStringLiteral("reason")).toString())
                      << Qt::endl;
        }
    }
    return code;
}

int cmdBundleInspect(Context &ctx)
{
    CHECK_OPTIONS({QStringLiteral("hub-keys")}, {});
    if (ctx.args().positional().size() != 1)
        return ctx.usage(tr("bundle-inspect needs exactly one FILE"));
    TrustedKeys trusted;
    std::unique_ptr<Session> session;
    std::unique_ptr<SyncPeers> peers;
    if (ctx.args().hasOption(QStringLiteral("db"))) {
        // With a database: the keys it trusts (enrolled devices, or its hub; on a hub also its own) verify the bundle.
        auto opened = openSession(ctx);
        if (!opened)
            return ctx.fail(opened.error());
        session = std::move(opened->session);
        peers = std::make_unique<SyncPeers>(session->db());
        QList<QByteArray> own;
        if (session->isCounty()) {
            auto keys = HubKeys::load(hubKeyFile(ctx));
            if (keys)
                own = keys->signingPublicKeys();
        }
        SyncPeers *p = peers.get();
        trusted = [p, own](const QString &keyId) -> std::optional<QByteArray> {
            for (const QByteArray &k : own)
                if (Crypto::keyId(k) == keyId)
                    return k;
            auto key = p->key(keyId);
            if (!key || !*key || (*key)->kind != QLatin1String("sign"))
                return std::nullopt;
            return (*key)->publicKey;
        };
    }
    const BundleInspection inspection = BundleInspector::inspectFile(ctx.args().positional().first(), trusted);
    if (ctx.json()) {
        printJson(ctx, inspection.report);
    } else {
        const QJsonObject &r = inspection.report;
        ctx.out() << tr("File:      %1 (%2 bytes)").arg(r.value(QStringLiteral("file")).toString()).arg(r.value(QStringLiteral("size")).toInteger())
                  << Qt::endl;
        ctx.out() << tr("Verdict:   %1").arg(inspection.verdict) << Qt::endl;
        if (!inspection.error.code.isEmpty())
            ctx.out() << tr("Reason:    %1 — %2").arg(inspection.error.code, inspection.error.message) << Qt::endl;
        const QJsonObject sig = r.value(QStringLiteral("signature")).toObject();
        ctx.out() << tr("Signature: %1 (key %2)")
                         .arg(sig.value(QStringLiteral("status")).toString(), sig.value(QStringLiteral("key_id")).toString())
                  << Qt::endl;
        const QJsonObject m = r.value(QStringLiteral("manifest")).toObject();
        if (!m.isEmpty()) {
            const QJsonObject stream = m.value(QStringLiteral("stream")).toObject();
            ctx.out() << tr("Bundle:    %1, %2 → %3, bundle %4, prev %5")
                             .arg(r.value(QStringLiteral("bundle_id")).toString(),
                                  stream.value(QStringLiteral("origin")).toString(),
                                  stream.value(QStringLiteral("audience")).toString())
                             .arg(m.value(QStringLiteral("bundle_seq")).toInteger())
                             .arg(m.value(QStringLiteral("prev")).toString())
                      << Qt::endl;
            const QJsonObject changes = m.value(QStringLiteral("changes")).toObject();
            ctx.out() << tr("Changes:   %1 (%2–%3), HLC %4, ack_down %5")
                             .arg(changes.value(QStringLiteral("count")).toInteger())
                             .arg(changes.value(QStringLiteral("first")).toInteger())
                             .arg(changes.value(QStringLiteral("last")).toInteger())
                             .arg(m.value(QStringLiteral("hlc")).toString())
                             .arg(m.value(QStringLiteral("ack_down")).toInteger())
                      << Qt::endl;
            ctx.out() << tr("Sealed to: %1").arg(m.value(QStringLiteral("sealed_key")).toObject().value(QStringLiteral("recipient_key_id")).toString())
                      << Qt::endl;
        }
        for (const QJsonValue &e : r.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject o = e.toObject();
            ctx.out() << QStringLiteral("  %1  %2  %3  %4")
                             .arg(o.value(QStringLiteral("status")).toString(), -8)
                             .arg(o.value(QStringLiteral("size")).toInteger(), 10)
                             .arg(o.value(QStringLiteral("sha256")).toString(), o.value(QStringLiteral("name")).toString())
                      << Qt::endl;
        }
    }
    if (inspection.verdict == QLatin1String("ok"))
        return Ok;
    if (inspection.verdict == QLatin1String("unverified"))
        return Usage; // 2: structure and hashes fine, but nobody here vouches for the signing key
    return Rejected;
}

} // namespace dibao::cli

namespace dibao::cli {

int cmdSync(Context &ctx)
{
    CHECK_OPTIONS({QStringLiteral("hub")}, {});
    auto opened = openNode(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    if (opened->node->isHub())
        return ctx.fail(makeError(ErrorKind::Invalid, QStringLiteral("not_a_device"),
                                  tr("sync is for devices; the hub serves them (dibao-hub).")));
    HubClient client(*opened->node, QUrl(ctx.args().option(QStringLiteral("hub"))));
    auto report = client.sync();
    if (!report)
        return ctx.fail(report.error());
    const int code = SyncImporter::exitCode(report->pulled);
    if (ctx.json()) {
        QJsonArray pulled;
        for (const ImportVerdict &v : report->pulled)
            pulled.append(v.toJson());
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), code == 0},
                                   {QStringLiteral("pushed"), report->pushed},
                                   {QStringLiteral("acked"), report->acked},
                                   {QStringLiteral("ack_rejected"), report->ackRejected},
                                   {QStringLiteral("pulled"), pulled}});
        return code;
    }
    ctx.out() << tr("Sent %1 bundle(s), %2 acknowledged; received %3 bundle(s).")
                     .arg(report->pushed)
                     .arg(report->acked)
                     .arg(report->pulled.size())
              << Qt::endl;
    for (const ImportVerdict &v : report->pulled)
        if (v.verdict != QLatin1String("applied") && v.verdict != QLatin1String("duplicate"))
            ctx.out() << tr("Bundle %1 from the hub: %2 %3").arg(v.bundleSeq).arg(v.verdict, v.reason) << Qt::endl;
    return code;
}

} // namespace dibao::cli

namespace dibao::cli {

int cmdBackup(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("out"), QStringLiteral("hub-keys")}), {});
    if (!ctx.args().hasOption(QStringLiteral("out")))
        return ctx.usage(tr("backup needs --out DIR"));
    auto opened = openNode(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    auto info = Backup::create(*opened->node, ctx.args().option(QStringLiteral("out")));
    if (!info)
        return ctx.fail(info.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true},
                                   {QStringLiteral("path"), info->path},
                                   {QStringLiteral("kind"), info->kind},
                                   {QStringLiteral("epoch"), info->epoch},
                                   {QStringLiteral("bytes"), info->bytes}});
    else
        ctx.out() << info->path << Qt::endl;
    return Ok;
}

int cmdRestore(Context &ctx)
{
    CHECK_OPTIONS({QStringLiteral("hub-keys")}, {});
    const QString path = ctx.args().option(QStringLiteral("db"));
    if (path.isEmpty() || ctx.args().positional().size() != 1)
        return ctx.usage(tr("restore needs --db NEW_FILE and the backup FILE"));
    Backup::RestoreOptions o;
    o.backupFile = ctx.args().positional().first();
    o.databasePath = path;
    o.userName = ctx.args().option(QStringLiteral("user"));
    o.hubKeyFile = ctx.args().hasOption(QStringLiteral("hub-keys")) ? ctx.args().option(QStringLiteral("hub-keys"))
                                                                     : HubKeys::locate(path);
    QFile probe(o.backupFile);
    const bool hub = probe.open(QIODevice::ReadOnly) && probe.read(4096).contains("\"kind\":\"hub\"");
    if (!hub) {
        auto pw = ctx.password(tr("Password of a user of the backed-up device: "));
        if (!pw)
            return ctx.fail(pw.error());
        o.password = *pw;
    }
    auto info = Backup::restore(o);
    if (!info)
        return ctx.fail(info.error());
    if (ctx.json()) {
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true},
                                   {QStringLiteral("db"), path},
                                   {QStringLiteral("kind"), info->kind},
                                   {QStringLiteral("previous_id"), info->deviceId},
                                   {QStringLiteral("new_id"), info->newDeviceId},
                                   {QStringLiteral("epoch"), info->kind == QLatin1String("hub") ? info->epoch + 1 : info->epoch}});
        return Ok;
    }
    if (info->kind == QLatin1String("hub"))
        ctx.out() << tr("Restored the hub as epoch %1 (stream %2). Devices resynchronise from its snapshots at their next "
                        "sync.")
                         .arg(info->epoch + 1)
                         .arg(info->newDeviceId)
                  << Qt::endl;
    else
        ctx.out() << tr("Restored as a new device %1 (was %2), with new keys. Enrol it at the county: key-show --out FILE, "
                        "then enroll there; its first bundle from the hub brings back what others wrote since.")
                         .arg(info->newDeviceId, info->deviceId)
                  << Qt::endl;
    return Ok;
}

} // namespace dibao::cli
