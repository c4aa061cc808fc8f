#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace dibao {

class Session;
class SyncNode;

// The hub's HTTP API (docs/hub-api.md) without any HTTP library: app/hub's one adapter file turns Qt HttpServer's
// requests into HubRequest and HubResponse back, so the version-fragile server API stays out of core.
struct HubRequest {
    QByteArray method;                  // PUT, GET, …
    QString path;                       // "/v1/bundles"
    QString query;                      // "after=3" (without '?')
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct HubResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class HubService {
public:
    // How far a signed request's date may be from the hub's clock.
    static constexpr qint64 kRequestSkewSeconds = 300;
    static inline const QByteArray kRequestDomain = QByteArray("dibao-request-v1\0", 17);

    // Opens the county database and the hub keys; the service acts as itself (no signed-in person): what it applies
    // is audited under each change's own user and device.
    static Result<std::unique_ptr<HubService>> open(const QString &databasePath, const QString &keyFile);
    ~HubService();

    HubResponse handle(const HubRequest &request);

    // The string a device signs for a GET (docs/hub-api.md "Signed requests").
    static QByteArray requestMessage(const QByteArray &method, const QString &pathAndQuery, const QByteArray &date,
                                     const QByteArray &nonce, const QByteArray &body);

    Session &session() { return *m_session; }

private:
    HubService() = default;
    HubResponse putBundle(const HubRequest &request);
    HubResponse getBundle(const HubRequest &request, const QString &deviceId);
    HubResponse health();
    Result<QString> authenticate(const HubRequest &request, const QString &deviceId);

    std::unique_ptr<Session> m_session;
    std::unique_ptr<SyncNode> m_node;
};

} // namespace dibao
