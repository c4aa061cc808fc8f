#include "sync/HubClient.h"

#include "store/Session.h"
#include "sync/CanonicalJson.h"
#include "sync/HubService.h"
#include "sync/SyncExporter.h"
#include "sync/SyncNode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace dibao {

namespace {
QString trClient(const char *text)
{
    return QCoreApplication::translate("dibao::HubClient", text);
}
} // namespace

QByteArray HubClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

HubClient::HubClient(SyncNode &node, QUrl baseUrl) : m_node(node), m_base(std::move(baseUrl)) {}

Result<HubClient::Reply> HubClient::request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                            bool sign, int timeoutMs)
{
    // nginx's rate limit answers 429, a busy hub 503: wait and try again (a signed request is signed anew, with a
    // fresh nonce, each time).
    for (int attempt = 0;; ++attempt) {
        auto reply = requestOnce(method, pathAndQuery, body, sign, timeoutMs);
        if (!reply || (reply->status != 429 && reply->status != 503) || attempt >= 20)
            return reply;
        QEventLoop wait;
        QTimer::singleShot(std::min(100 * (1 << std::min(attempt, 4)), 2000) + int(Crypto::randomBytes(1).at(0) & 0x7f),
                           &wait, &QEventLoop::quit);
        wait.exec();
    }
}

Result<HubClient::Reply> HubClient::requestOnce(const QByteArray &method, const QString &pathAndQuery,
                                                const QByteArray &body, bool sign, int timeoutMs)
{
    QNetworkAccessManager manager;
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) + pathAndQuery.left(q < 0 ? pathAndQuery.size() : q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (method == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/zip"));
    if (sign) {
        const QByteArray date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
        const QByteArray nonce = Crypto::randomBytes(16).toHex();
        const QString signedPath = url.path(QUrl::FullyEncoded) + (url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString());
        const QByteArray sig = Crypto::signDetached(HubService::requestMessage(method, signedPath, date, nonce, body),
                                                    m_node.signer().secretKey);
        req.setRawHeader("X-Dibao-Device", m_node.streamId().toUtf8());
        req.setRawHeader("X-Dibao-Date", date);
        req.setRawHeader("X-Dibao-Nonce", nonce);
        req.setRawHeader("X-Dibao-Signature", Crypto::keyId(m_node.signer().publicKey).toLatin1() + ':' + sig.toBase64());
    }
    QNetworkReply *reply = method == "PUT" ? manager.put(req, body) : manager.get(req);
    bool pinMismatch = false;
    if (!m_pin.isEmpty()) {
        // The card's pin decides: a certificate signed by nobody is fine if it is the one the county printed.
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, this, &pinMismatch](const QList<QSslError> &errors) {
            const QSslCertificate cert = reply->sslConfiguration().peerCertificate();
            if (QStringLiteral("sha256/") + QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toBase64()) == m_pin)
                reply->ignoreSslErrors(errors);
            else
                pinMismatch = true;
        });
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, this, &pinMismatch] {
            const QSslCertificate cert = reply->sslConfiguration().peerCertificate();
            if (QStringLiteral("sha256/") + QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toBase64()) != m_pin) {
                pinMismatch = true;
                reply->abort();
            }
        });
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    const QString error = reply->errorString();
    const bool failed = out.status == 0;
    reply->deleteLater();
    if (pinMismatch)
        return makeError(ErrorKind::Io, QStringLiteral("hub_unreachable"),
                         trClient("The hub's certificate does not match the pin on its card."));
    if (failed)
        return makeError(ErrorKind::Io, QStringLiteral("hub_unreachable"),
                         trClient("The hub at %1 does not answer: %2").arg(m_base.toString(), error));
    return out;
}

Result<HubClient::Report> HubClient::sync(int timeoutMs)
{
    auto hub = m_node.peers().currentHub();
    if (!hub)
        return hub.error();
    if (!*hub)
        return makeError(ErrorKind::Invalid, QStringLiteral("not_joined"),
                         trClient("This device has not joined a hub yet (dibao-cli join --hub-card FILE)."));
    if (m_base.isEmpty())
        m_base = QUrl((*hub)->address);
    m_pin = (*hub)->tlsPin;
    if (!m_base.isValid() || m_base.scheme().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("hub_address_missing"),
                         trClient("The hub card has no address to reach the hub at."));
    Report report;
    SyncImporter importer(m_node);
    const QString streamBefore = (*hub)->peerId;
    DIBAO_TRY(push(importer, report, timeoutMs));
    DIBAO_TRY(pull(importer, report, timeoutMs));
    // The hub started a new stream (it was restored): everything goes up again on the new one.
    auto after = m_node.peers().currentHub();
    if (after && *after && (*after)->peerId != streamBefore)
        DIBAO_TRY(push(importer, report, timeoutMs));
    return report;
}

Status HubClient::push(SyncImporter &importer, Report &report, int timeoutMs)
{
    // Up: every bundle not yet acknowledged, in order; each reply is the signed ack.
    auto bundles = SyncExporter(m_node).forHub();
    if (!bundles)
        return bundles.error();
    for (const ExportedBundle &b : *bundles) {
        auto reply = request("PUT", QStringLiteral("/v1/bundles"), b.zip, false, timeoutMs);
        if (!reply)
            return reply.error();
        ++report.pushed;
        auto envelope = CanonicalJson::parse(reply->body.trimmed(), 1 << 20);
        if (!envelope) {
            if (reply->status == 413)
                return makeError(ErrorKind::Invalid, QStringLiteral("hub_error"),
                                 trClient("The hub refused bundle %1 as too large.").arg(b.bundleSeq));
            return makeError(ErrorKind::Io, QStringLiteral("hub_error"),
                             trClient("The hub answered %1 without an acknowledgement.").arg(reply->status));
        }
        auto accepted = importer.acceptAck(*envelope);
        if (!accepted)
            return accepted.error();
        const QString verdict = envelope->value(QStringLiteral("ack")).toObject().value(QStringLiteral("verdict")).toString();
        if (*accepted && (verdict == QLatin1String("applied") || verdict == QLatin1String("duplicate")))
            ++report.acked;
        else if (*accepted)
            ++report.ackRejected;
    }

    return {};
}

Status HubClient::pull(SyncImporter &importer, Report &report, int timeoutMs)
{
    // Down: the hub's bundles for us, one per request, until it has nothing more.
    for (int guard = 0; guard < 100000; ++guard) {
        auto peer = m_node.peers().currentHub();
        if (!peer || !*peer)
            break;
        const QString path = QStringLiteral("/v1/devices/%1/bundles?after=%2").arg(m_node.streamId()).arg((*peer)->inSeq);
        auto reply = request("GET", path, QByteArray(), true, timeoutMs);
        if (!reply)
            return reply.error();
        if (reply->status == 204)
            break;
        if (reply->status != 200)
            return makeError(ErrorKind::Io, QStringLiteral("hub_error"),
                             trClient("The hub answered %1: %2").arg(reply->status).arg(QString::fromUtf8(reply->body.left(300))));
        const QList<ImportVerdict> verdicts = importer.importBytes(reply->body, QStringLiteral("GET"));
        report.pulled << verdicts;
        bool progressed = false;
        for (const ImportVerdict &v : verdicts)
            progressed = progressed || v.verdict == QLatin1String("applied");
        if (!progressed)
            break; // rejected or held: nothing more will apply until a person looks
    }
    return {};
}

} // namespace dibao
