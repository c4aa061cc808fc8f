#pragma once

#include "domain/Household.h"
#include "store/Session.h"

#include <QByteArray>
#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

// GoogleTest prints QStrings as text (found by argument-dependent lookup on QString's namespace).
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace dibao::test {

// Path of a file under tests/data.
QString dataPath(const QString &name);

// A valid GB 11643 ID number with the given address code, birth date and sequence (odd = male).
QString makeIdNumber(const QString &addressCode, const QDate &birth, int sequence);

// The first column of the first row of `sql` as a number, or -1 when it fails or has no row.
qint64 queryScalar(Session &session, const char *sql);

// A policy row of the test county's bureau (昭阳区民政局, a test document number) written through PolicyStore by
// the session's actor, and the session's policy read again; e.g. ("confirmer", "default", "township", 2026-01-01)
// delegates confirmation to the townships.
Status setTestPolicy(Session &session, const QString &kind, const QString &key, const QJsonValue &value,
                     const QDate &from);

// A fresh database in a temporary directory, signed in as its administrator (cheap password hash).
class TempDatabase {
public:
    explicit TempDatabase(const QString &divisionCode = QStringLiteral("530602101"));
    Session &session() { return *m_session; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Adds a user of this database's level with a cheap hash and the password "secret1" (as the admin).
    QString addUser(const QString &name, Role role);
    // Signs the session in as that user (password "secret1").
    void signInAs(const QString &name);
    // Acts as a user of that role without an account here (county roles on a township database arrive by sync).
    void actAsRole(Role role, const QString &displayName = QStringLiteral("测试用户"));
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
};

// A three-person rural household in township 530602101: applicant (b. 1980), spouse, child (b. 2015), with the
// applicant's wage of 1,100 yuan/month for the 12 months before `asOf`.
HouseholdFile sampleHousehold(const QDate &asOf, int variant = 0, const QString &township = QStringLiteral("530602101"));

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs dibao-cli with DIBAO_LANG=en, DIBAO_PASSWORD=secret1 (unless env overrides) and the given arguments.
CliResult runCli(const QStringList &arguments, const QStringList &env = {}, const QByteArray &stdinData = {});

} // namespace dibao::test
