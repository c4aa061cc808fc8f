#include "HttpServerAdapter.h"

#include "sync/HubService.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTextStream>

namespace dibao {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

} // namespace

HttpServerAdapter::HttpServerAdapter(HubService &service) : m_service(service), m_server(std::make_unique<QHttpServer>())
{
    // No routes: every request goes to the hub service, which owns the API (docs/hub-api.md).
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QElapsedTimer timer;
        timer.start();
        HubRequest in;
        in.method = methodName(request.method());
        in.path = request.url().path();
        in.query = request.url().query(QUrl::FullyEncoded);
        for (const auto &[name, value] : request.headers())
            in.headers.insert(name.toLower(), value);
        in.body = request.body();
        const HubResponse out = m_service.handle(in);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(out.status));
        if (!out.contentType.isEmpty())
            responder.writeHeader("Content-Type", out.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(out.body.size()));
        for (const auto &[name, value] : out.headers)
            responder.writeHeader(name, value);
        responder.writeBody(out.body);
        // One line per request; never bodies, keys or signatures.
        QTextStream(stderr) << in.method << ' ' << in.path << ' ' << out.status << ' ' << in.body.size() << ' '
                            << out.body.size() << ' ' << timer.elapsed() << "ms" << Qt::endl;
    });
}

HttpServerAdapter::~HttpServerAdapter() = default;

quint16 HttpServerAdapter::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

} // namespace dibao
