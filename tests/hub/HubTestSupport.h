#pragma once

// Real processes on loopback for the hub tests: dibao-hub, and nginx in front of it with the shipped site config.
#include "support/TestSupport.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dibao::test {

QString hubBinary();

// A free TCP port on 127.0.0.1 (bound and released; good enough for a test).
quint16 freePort();

// Resident memory of a process in KiB (/proc/PID/status VmRSS).
qint64 residentKiB(qint64 pid);

class HubProcess {
public:
    HubProcess(const QString &database, const QString &keyFile);
    ~HubProcess();
    bool started() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString log();
    QString baseUrl() const;

private:
    QTemporaryDir m_dir; // the hub's request log (a file, so a long test never fills a pipe)
    QProcess m_process;
    quint16 m_port = 0;
};

class NginxProcess {
public:
    // Generates a self-signed certificate with openssl, then runs nginx with installer/hub/nginx-dibao-hub.conf,
    // its listen port, certificate paths, log paths and upstream port replaced.
    explicit NginxProcess(quint16 hubPort);
    ~NginxProcess();
    bool started() const { return m_started; }
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString certificate() const;
    QString errorLog();
    QString problem() const { return m_problem; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_started = false;
    QString m_problem;
};

struct HttpResult {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};
// A plain HTTP(S) request (curl, --insecure for the test's self-signed certificate). bodyFile: upload from a file.
HttpResult curl(const QByteArray &method, const QString &url, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QString &bodyFile = {});

} // namespace dibao::test
