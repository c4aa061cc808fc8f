#include "sync/HubService.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "store/Session.h"
#include "sync/BundleManifest.h"
#include "sync/CanonicalJson.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncNode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace dibao {

namespace {

QString trHub(const char *text)
{
    return QCoreApplication::translate("dibao::HubService", text);
}

HubResponse jsonResponse(int status, const QJsonObject &body)
{
    HubResponse r;
    r.status = status;
    r.body = CanonicalJson::serialize(body) + '\n';
    return r;
}

HubResponse errorResponse(int status, const QString &token, const QString &message)
{
    return jsonResponse(status, QJsonObject{{QStringLiteral("error"), token}, {QStringLiteral("message"), message}});
}

int statusFor(const ImportVerdict &v)
{
    if (v.verdict == QLatin1String("applied") || v.verdict == QLatin1String("duplicate"))
        return 200;
    if (v.verdict == QLatin1String("held"))
        return 202;
    if (v.verdict == QLatin1String("quarantined"))
        return 409;
    if (v.reason == QLatin1String("bundle_too_large") || v.reason == QLatin1String("zip_too_large"))
        return 413;
    return 422;
}

} // namespace

HubService::~HubService() = default;

Result<std::unique_ptr<HubService>> HubService::open(const QString &databasePath, const QString &keyFile)
{
    auto session = Session::open(databasePath);
    if (!session)
        return session.error();
    std::unique_ptr<HubService> service(new HubService);
    service->m_session = std::move(session).value();
    auto node = SyncNode::hub(*service->m_session, keyFile);
    if (!node)
        return node.error();
    service->m_node = std::move(node).value();
    return service;
}

QByteArray HubService::requestMessage(const QByteArray &method, const QString &pathAndQuery, const QByteArray &date,
                                      const QByteArray &nonce, const QByteArray &body)
{
    return kRequestDomain + method + '\n' + pathAndQuery.toUtf8() + '\n' + date + '\n' + nonce + '\n'
        + Crypto::sha256Hex(body).toLatin1();
}

HubResponse HubService::handle(const HubRequest &request)
{
    static const QRegularExpression devicePath(QStringLiteral("^/v1/devices/([A-Za-z0-9][A-Za-z0-9._:-]{0,63})/bundles$"));
    if (request.path == QLatin1String("/v1/health") && request.method == "GET")
        return health();
    if (request.path == QLatin1String("/v1/bundles")) {
        if (request.method != "PUT")
            return errorResponse(405, QStringLiteral("method_not_allowed"), trHub("Bundles are uploaded with PUT."));
        return putBundle(request);
    }
    const auto m = devicePath.match(request.path);
    if (m.hasMatch()) {
        if (request.method != "GET")
            return errorResponse(405, QStringLiteral("method_not_allowed"), trHub("Bundles are fetched with GET."));
        return getBundle(request, m.captured(1));
    }
    return errorResponse(404, QStringLiteral("not_found"), trHub("No such resource."));
}

HubResponse HubService::health()
{
    return jsonResponse(200, QJsonObject{{QStringLiteral("hub_id"), m_node->hubId()},
                                         {QStringLiteral("stream"), m_node->streamId()},
                                         {QStringLiteral("county"), m_session->divisionCode()},
                                         {QStringLiteral("format_version"), BundleManifest::kFormatVersion}});
}

HubResponse HubService::putBundle(const HubRequest &request)
{
    // A PUT carries a signed bundle: the importer checks it whole, nothing else authenticates the upload. The same
    // bundle uploaded again is a duplicate answered with the same ack (idempotent).
    const QList<ImportVerdict> verdicts = SyncImporter(*m_node).importBytes(request.body, QStringLiteral("PUT"));
    if (verdicts.isEmpty())
        return errorResponse(500, QStringLiteral("internal"), QString());
    const ImportVerdict &v = verdicts.first();
    if (v.ack.isEmpty()) // could not even sign (database trouble): the client retries later
        return errorResponse(503, v.reason, v.message);
    HubResponse r = jsonResponse(statusFor(v), v.ack);
    r.headers.append(qMakePair(QByteArray("X-Dibao-Verdict"), v.verdict.toLatin1()));
    return r;
}

Result<QString> HubService::authenticate(const HubRequest &request, const QString &deviceId)
{
    auto denied = [](const QString &token, const QString &message) {
        return makeError(ErrorKind::Permission, token, message);
    };
    const QByteArray device = request.headers.value("x-dibao-device");
    const QByteArray date = request.headers.value("x-dibao-date");
    const QByteArray nonce = request.headers.value("x-dibao-nonce");
    const QByteArray signature = request.headers.value("x-dibao-signature");
    if (device != deviceId.toUtf8() || date.isEmpty() || nonce.isEmpty() || signature.isEmpty())
        return denied(QStringLiteral("request_unsigned"), trHub("The request is not signed by the device."));
    static const QRegularExpression nonceRe(QStringLiteral("^[0-9a-f]{32}$"));
    if (!nonceRe.match(QString::fromLatin1(nonce)).hasMatch())
        return denied(QStringLiteral("request_unsigned"), trHub("The request's nonce is malformed."));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(date), Qt::ISODate);
    if (!when.isValid() || qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) > kRequestSkewSeconds)
        return denied(QStringLiteral("request_stale"),
                      trHub("The request's date is more than %1 seconds from the hub's clock.").arg(kRequestSkewSeconds));
    const qsizetype colon = signature.indexOf(':');
    const QString keyId = QString::fromLatin1(signature.left(colon));
    const QByteArray sig = QByteArray::fromBase64(signature.mid(colon + 1));
    auto key = m_node->peers().key(keyId);
    if (!key)
        return key.error();
    auto peer = m_node->peers().find(deviceId);
    if (!peer)
        return peer.error();
    if (colon <= 0 || !*key || (*key)->peerId != deviceId || (*key)->kind != QLatin1String("sign") || !*peer)
        return denied(QStringLiteral("request_unknown_key"), trHub("The request is signed by an unknown key."));
    if ((*peer)->status == QLatin1String("revoked"))
        return denied(QStringLiteral("device_revoked"), trHub("This device is revoked."));
    const QString pathAndQuery = request.path + (request.query.isEmpty() ? QString() : QLatin1Char('?') + request.query);
    if (!Crypto::verifyDetached(sig, requestMessage(request.method, pathAndQuery, date, nonce, request.body),
                                (*key)->publicKey))
        return denied(QStringLiteral("request_signature_invalid"), trHub("The request's signature does not verify."));
    // A captured request cannot be replayed: each nonce once (kept a little longer than the allowed skew).
    Database &db = m_session->db();
    Transaction tx(db);
    DIBAO_TRY(tx.begun());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto prune = db.cached("DELETE FROM request_nonces WHERE seen_at < ?");
    if (!prune)
        return prune.error();
    (*prune)->bind(1, now - 2 * kRequestSkewSeconds);
    DIBAO_TRY((*prune)->run());
    auto ins = db.cached("INSERT OR IGNORE INTO request_nonces(nonce, peer_id, seen_at) VALUES (?,?,?)");
    if (!ins)
        return ins.error();
    (*ins)->bind(1, QString::fromLatin1(nonce)).bind(2, deviceId).bind(3, now);
    DIBAO_TRY((*ins)->run());
    if (db.changes() == 0)
        return denied(QStringLiteral("request_replayed"), trHub("This request was already made once."));
    DIBAO_TRY(tx.commit());
    return deviceId;
}

HubResponse HubService::getBundle(const HubRequest &request, const QString &deviceId)
{
    auto who = authenticate(request, deviceId);
    if (!who)
        return errorResponse(who.error().kind == ErrorKind::Permission ? 401 : 503, who.error().code, who.error().message);
    bool ok = false;
    const qint64 after = QUrlQuery(request.query).queryItemValue(QStringLiteral("after")).toLongLong(&ok);
    if (!ok || after < 0)
        return errorResponse(400, QStringLiteral("usage"), trHub("GET …/bundles needs after=N (the last bundle applied)."));
    // The device says it has applied up to `after`: those bundles are acknowledged, their bytes can go.
    {
        Database &db = m_session->db();
        Transaction tx(db);
        if (!tx.begun())
            return errorResponse(503, tx.begun().error().code, tx.begun().error().message);
        auto peer = m_node->peers().find(deviceId);
        if (peer && *peer && after > (*peer)->ackDown && after <= (*peer)->outSeq) {
            SyncPeer p = **peer;
            p.ackDown = after;
            p.lastSeen = nowUtc().toString(Qt::ISODate);
            auto acked = db.prepare("UPDATE sync_out SET acked_at = coalesce(acked_at, ?), zip = NULL WHERE peer_id = ? "
                                    "AND bundle_seq <= ?");
            if (!m_node->peers().save(p).ok() || !acked)
                return errorResponse(503, QStringLiteral("db_error"), QString());
            acked->bind(1, nowUtc().toString(Qt::ISODate)).bind(2, deviceId).bind(3, after);
            if (!acked->run().ok() || !tx.commit().ok())
                return errorResponse(503, QStringLiteral("db_error"), QString());
        }
    }
    SyncExporter exporter(*m_node);
    auto cut = exporter.forDevice(deviceId); // cuts what is new; stored bundles come back unchanged
    if (!cut)
        return errorResponse(cut.error().kind == ErrorKind::Permission ? 403 : 503, cut.error().code, cut.error().message);
    // A device that applied more than this hub ever cut for it is following a stream this hub no longer has (the
    // hub was restored from a backup): it gets the new stream from its bundle 1.
    auto current = m_node->peers().find(deviceId);
    const qint64 from = (current && *current && after > (*current)->outSeq) ? 0 : after;
    auto stored = exporter.stored(deviceId, from);
    if (!stored)
        return errorResponse(503, stored.error().code, stored.error().message);
    if (stored->isEmpty()) {
        HubResponse r;
        r.status = 204;
        r.contentType.clear();
        return r;
    }
    const ExportedBundle &b = stored->first();
    HubResponse r;
    r.status = 200;
    r.contentType = "application/zip";
    r.body = b.zip;
    r.headers.append(qMakePair(QByteArray("X-Dibao-Bundle-Seq"), QByteArray::number(b.bundleSeq)));
    r.headers.append(qMakePair(QByteArray("X-Dibao-Bundle-Id"), b.bundleId.toLatin1()));
    r.headers.append(qMakePair(QByteArray("X-Dibao-More"), QByteArray(stored->size() > 1 ? "1" : "0")));
    return r;
}

} // namespace dibao
