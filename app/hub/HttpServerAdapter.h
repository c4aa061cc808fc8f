#pragma once

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace dibao {

class HubService;

// The one place that knows Qt HttpServer: requests become HubRequest, HubResponse goes back. When Qt's listen /
// routing / responder API changes, only this file changes.
class HttpServerAdapter {
public:
    explicit HttpServerAdapter(HubService &service);
    ~HttpServerAdapter();

    // Returns the port listened on (0 on failure).
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    HubService &m_service;
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace dibao
