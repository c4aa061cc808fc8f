#include "HubTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

namespace dibao::test {

QString hubBinary()
{
    return QFileInfo(QStringLiteral(DIBAO_CLI_PATH)).dir().filePath(QStringLiteral("../hub/dibao-hub"));
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

qint64 residentKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

static bool waitForPort(quint16 port, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 50) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

HubProcess::HubProcess(const QString &database, const QString &keyFile)
{
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("hub.log")));
    m_process.setProgram(hubBinary());
    m_process.setArguments({QStringLiteral("--db"), database, QStringLiteral("--hub-keys"), keyFile,
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return;
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:([0-9]+)"));
    QByteArray out;
    for (int i = 0; i < 200 && m_port == 0; ++i) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch())
            m_port = quint16(m.captured(1).toUInt());
        if (m_process.state() != QProcess::Running)
            break;
    }
}

HubProcess::~HubProcess()
{
    if (m_process.state() == QProcess::Running) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString HubProcess::log()
{
    QFile f(m_dir.filePath(QStringLiteral("hub.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString HubProcess::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

NginxProcess::NginxProcess(quint16 hubPort)
{
    const QString crt = m_dir.filePath(QStringLiteral("hub.crt"));
    const QString key = m_dir.filePath(QStringLiteral("hub.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=dibao-hub.test"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), crt});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_problem = QStringLiteral("openssl failed: ") + QString::fromUtf8(openssl.readAllStandardError());
        return;
    }
    QFile site(QStringLiteral(DIBAO_SOURCE_DIR "/installer/hub/nginx-dibao-hub.conf"));
    if (!site.open(QIODevice::ReadOnly)) {
        m_problem = QStringLiteral("installer/hub/nginx-dibao-hub.conf is missing");
        return;
    }
    m_port = freePort();
    QString text = QString::fromUtf8(site.readAll());
    text.replace(QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_port));
    text.replace(QStringLiteral("/etc/dibao-hub/tls/hub.crt"), crt);
    text.replace(QStringLiteral("/etc/dibao-hub/tls/hub.key"), key);
    text.replace(QStringLiteral("server 127.0.0.1:8470;"), QStringLiteral("server 127.0.0.1:%1;").arg(hubPort));
    text.replace(QStringLiteral("/var/log/nginx/"), m_dir.path() + QLatin1Char('/'));
    QFile siteOut(m_dir.filePath(QStringLiteral("site.conf")));
    siteOut.open(QIODevice::WriteOnly);
    siteOut.write(text.toUtf8());
    siteOut.close();
    const QString d = m_dir.path();
    const QString main = QStringLiteral(
        "%1daemon off;\nworker_processes 2;\npid %2/nginx.pid;\nerror_log %2/main-error.log warn;\n"
        "events { worker_connections 512; }\n"
        "http {\n  access_log %2/access.log;\n  client_body_temp_path %2/body;\n  proxy_temp_path %2/proxy;\n"
        "  fastcgi_temp_path %2/fastcgi;\n  uwsgi_temp_path %2/uwsgi;\n  scgi_temp_path %2/scgi;\n"
        "  include %2/site.conf;\n}\n")
                             .arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), d);
    QFile conf(m_dir.filePath(QStringLiteral("nginx.conf")));
    conf.open(QIODevice::WriteOnly);
    conf.write(main.toUtf8());
    conf.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("/usr/sbin/nginx"),
                    {QStringLiteral("-p"), d, QStringLiteral("-c"), m_dir.filePath(QStringLiteral("nginx.conf")),
                     QStringLiteral("-e"), m_dir.filePath(QStringLiteral("startup-error.log"))});
    if (!m_process.waitForStarted(10000)) {
        m_problem = QStringLiteral("nginx did not start (is nginx-light installed?)");
        return;
    }
    m_started = waitForPort(m_port, 10000);
    if (!m_started)
        m_problem = QStringLiteral("nginx is not listening: ") + QString::fromUtf8(m_process.readAll()) + errorLog();
}

NginxProcess::~NginxProcess()
{
    if (m_process.state() == QProcess::Running) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString NginxProcess::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QString NginxProcess::certificate() const
{
    return m_dir.filePath(QStringLiteral("hub.crt"));
}

QString NginxProcess::errorLog()
{
    QString out;
    for (const char *name : {"main-error.log", "dibao-hub.error.log", "startup-error.log"}) {
        QFile f(m_dir.filePath(QString::fromLatin1(name)));
        if (f.open(QIODevice::ReadOnly))
            out += QString::fromUtf8(f.readAll());
    }
    return out;
}

HttpResult curl(const QByteArray &method, const QString &url, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers, const QString &bodyFile)
{
    QStringList args{QStringLiteral("-s"), QStringLiteral("-k"), QStringLiteral("-i"), QStringLiteral("-X"),
                     QString::fromLatin1(method), QStringLiteral("--max-time"), QStringLiteral("120")};
    for (const auto &[k, v] : headers)
        args << QStringLiteral("-H") << QString::fromLatin1(k + ": " + v);
    if (!bodyFile.isEmpty())
        args << QStringLiteral("--data-binary") << QLatin1Char('@') + bodyFile;
    else if (!body.isEmpty() || method == "PUT")
        args << QStringLiteral("--data-binary") << QStringLiteral("@-");
    args << url;
    QProcess p;
    p.start(QStringLiteral("curl"), args);
    p.waitForStarted();
    if (bodyFile.isEmpty() && (!body.isEmpty() || method == "PUT"))
        p.write(body);
    p.closeWriteChannel();
    p.waitForFinished(180000);
    const QByteArray raw = p.readAllStandardOutput();
    HttpResult r;
    // Skip "HTTP/1.1 100 Continue" blocks; the last header block is the response's.
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = raw.indexOf("\r\n\r\n", start);
        if (end < 0)
            break;
        const QList<QByteArray> lines = raw.mid(start, end - start).split('\n');
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        r.status = status.size() > 1 ? status.at(1).toInt() : 0;
        r.headers.clear();
        for (int i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        start = end + 4;
        if (r.status != 100)
            break;
    }
    r.body = raw.mid(start);
    return r;
}

} // namespace dibao::test
