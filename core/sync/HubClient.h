#pragma once

#include "common/Result.h"
#include "sync/SyncImporter.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace dibao {

class SyncNode;

// The device's online transport (docs/hub-api.md): PUT each bundle not yet acknowledged and take the signed ack back,
// then GET the hub's bundles for this device (signed requests) and import them with the same importer as a USB file.
// HTTPS through Qt Network; the hub card's TLS pin (SHA-256 of nginx's certificate) is required to match, so a
// self-signed county certificate works and nothing else does. Synchronous (runs its own event loop): call it from a
// worker thread in the client, never from the UI thread.
class HubClient {
public:
    struct Report {
        int pushed = 0;          // bundles uploaded
        int acked = 0;           // of those, acknowledged (signed ack verified)
        int ackRejected = 0;     // answered with a verified ack that is not applied/duplicate
        QList<ImportVerdict> pulled; // hub bundles imported
    };

    explicit HubClient(SyncNode &node, QUrl baseUrl = {});

    // Tokens: not_joined, hub_unreachable (network, TLS pin), hub_error (an HTTP error other than the verdicts).
    Result<Report> sync(int timeoutMs = 60000);

private:
    struct Reply {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };
    Result<Reply> request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, bool sign,
                          int timeoutMs);
    Status push(SyncImporter &importer, Report &report, int timeoutMs);
    Status pull(SyncImporter &importer, Report &report, int timeoutMs);
    Result<Reply> requestOnce(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, bool sign,
                              int timeoutMs);

    SyncNode &m_node;
    QUrl m_base;
    QString m_pin;
};

} // namespace dibao
