// dibao-hub --db HUB [--listen ADDR:PORT] [--hub-keys FILE]: the county hub (docs/hub-api.md), on loopback by
// default, behind nginx (TLS, body size cap, timeouts, rate limit: installer/hub/).
#include "HttpServerAdapter.h"

#include "sync/HubKeys.h"
#include "sync/HubService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    (void)::write(g_signalPipe[0], &byte, 1); // async-signal-safe; the event loop quits when it reads it
}
} // namespace

using namespace dibao;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dibao-hub"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("dibao county hub"));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The county database."), QStringLiteral("FILE"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:8470)."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8470"));
    const QCommandLineOption keys(QStringLiteral("hub-keys"), QStringLiteral("The hub key file."), QStringLiteral("FILE"));
    parser.addOptions({db, listen, keys});
    parser.process(app);
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(db)) {
        err << "usage error: dibao-hub needs --db FILE" << Qt::endl;
        return 2;
    }
    const QString spec = parser.value(listen);
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const quint16 port = colon > 0 ? spec.mid(colon + 1).toUShort(&portOk) : 0;
    const QHostAddress address(spec.left(colon));
    if (colon <= 0 || !portOk || address.isNull()) {
        err << "usage error: --listen takes ADDR:PORT, e.g. 127.0.0.1:8470" << Qt::endl;
        return 2;
    }
    if (!address.isLoopback())
        err << "warning: listening on " << spec << ", not loopback: the hub has no TLS and no body size cap of its own; "
            << "keep nginx in front of it" << Qt::endl;
    const QString keyFile = parser.isSet(keys) ? parser.value(keys) : HubKeys::locate(parser.value(db));
    auto service = HubService::open(parser.value(db), keyFile);
    if (!service) {
        err << "error: " << service.error().message << Qt::endl;
        return 1;
    }
    HttpServerAdapter adapter(**service);
    const quint16 bound = adapter.listen(address, port);
    if (bound == 0) {
        err << "error: cannot listen on " << spec << Qt::endl;
        return 1;
    }
    // systemd stops the service with SIGTERM: finish the request in hand (each is one transaction), then quit.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        err << "error: socketpair failed" << Qt::endl;
        return 1;
    }
    QSocketNotifier quitNotifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&quitNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    out << "dibao-hub listening on " << address.toString() << ':' << bound << Qt::endl;
    return app.exec();
}
