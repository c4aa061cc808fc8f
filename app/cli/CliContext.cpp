#include "CliContext.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace dibao::cli {

namespace {
// Options that take a value; everything else starting with "--" is a flag.
const QStringList kValueOptions{
    QStringLiteral("db"),     QStringLiteral("user"),   QStringLiteral("division"), QStringLiteral("admin"),
    QStringLiteral("households"), QStringLiteral("months"), QStringLiteral("seed"),   QStringLiteral("out"),
    QStringLiteral("state"),  QStringLiteral("reason"), QStringLiteral("date"),     QStringLiteral("choice"),
    QStringLiteral("amount"), QStringLiteral("tier"),   QStringLiteral("missing"),  QStringLiteral("role"),
    QStringLiteral("display-name"), QStringLiteral("investigator"), QStringLiteral("findings"),
    QStringLiteral("emergency"), QStringLiteral("kind"), QStringLiteral("as-of"), QStringLiteral("until"),
    QStringLiteral("limit"), QStringLiteral("search"), QStringLiteral("certificate"),
    // sync (SyncCommands.cpp)
    QStringLiteral("hub-card"), QStringLiteral("expect-fingerprint"), QStringLiteral("device-key"),
    QStringLiteral("after-seq"), QStringLiteral("device"), QStringLiteral("address"), QStringLiteral("tls-cert"),
    QStringLiteral("hub-keys"), QStringLiteral("hub"),
    // casework (CaseworkCommands.cpp)
    QStringLiteral("month"), QStringLiteral("encoding"), QStringLiteral("place"), QStringLiteral("village"),
    QStringLiteral("channel"), QStringLiteral("objector"), QStringLiteral("category"),
    // verification and the roster (VerificationCommands.cpp)
    QStringLiteral("department"), QStringLiteral("mapping"), QStringLiteral("resolution"), QStringLiteral("note"),
    QStringLiteral("from-month"), QStringLiteral("to-month"), QStringLiteral("sub-kind"),
    // letters, visits, complaints and the near-relative register (PetitionCommands.cpp)
    QStringLiteral("summary"), QStringLiteral("household"), QStringLiteral("case"), QStringLiteral("staff"),
    QStringLiteral("about"), QStringLiteral("office"), QStringLiteral("reporter"), QStringLiteral("phone"),
    QStringLiteral("address"), QStringLiteral("reporter-id"), QStringLiteral("to"), QStringLiteral("outcome"),
    QStringLiteral("stage"), QStringLiteral("body"), QStringLiteral("requested"),
    QStringLiteral("by"), QStringLiteral("staff-id"), QStringLiteral("staff-role"), QStringLiteral("unit"),
    QStringLiteral("relative"), QStringLiteral("relative-id"), QStringLiteral("relation"),
    // supervision (SupervisionCommands.cpp)
    QStringLiteral("by"), QStringLiteral("xlsx"), QStringLiteral("case"), QStringLiteral("from"), QStringLiteral("to"),
    QStringLiteral("by-user"), QStringLiteral("entity"), QStringLiteral("action"), QStringLiteral("township")};
const QStringList kGlobalValueOptions{QStringLiteral("db"), QStringLiteral("user")};
const QStringList kGlobalFlags{QStringLiteral("json")};
} // namespace

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Permission:
        return PermissionDenied;
    case ErrorKind::Held:
        return Held;
    default:
        return Rejected;
    }
}

Args::Args(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            QString name = a.mid(2);
            QString value;
            bool inlineValue = false;
            if (const int eq = name.indexOf(QLatin1Char('=')); eq > 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                inlineValue = true;
            }
            if (kValueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= arguments.size()) {
                        if (m_problem.isEmpty())
                            m_problem = QStringLiteral("--%1 needs a value").arg(name);
                        continue;
                    }
                    value = arguments.at(++i);
                }
                m_options.insert(name, value);
                m_multi[name] << value;
            } else {
                m_flags << name;
            }
        } else if (m_command.isEmpty()) {
            m_command = a;
        } else {
            m_positional << a;
        }
    }
}

QString Args::checkAllowed(const QStringList &optionsWithValue, const QStringList &flags) const
{
    for (auto it = m_options.constBegin(); it != m_options.constEnd(); ++it)
        if (!optionsWithValue.contains(it.key()) && !kGlobalValueOptions.contains(it.key()))
            return QStringLiteral("%1 does not take --%2").arg(m_command, it.key());
    for (const QString &f : m_flags)
        if (!flags.contains(f) && !kGlobalFlags.contains(f))
            return QStringLiteral("unknown option --%1").arg(f);
    return {};
}

int Context::fail(const Error &error)
{
    if (json()) {
        QJsonObject o{{QStringLiteral("ok"), false},
                      {QStringLiteral("error"), error.code},
                      {QStringLiteral("message"), error.message}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    m_err << tr("error: %1").arg(error.message) << Qt::endl;
    return exitCodeFor(error);
}

int Context::usage(const QString &message)
{
    m_err << tr("usage error: %1").arg(message) << Qt::endl;
    m_err << tr("Run \"dibao-cli help\" for the commands.") << Qt::endl;
    return Usage;
}

Result<QString> Context::password(const QString &prompt, const char *envName)
{
    if (qEnvironmentVariableIsSet(envName))
        return qEnvironmentVariable(envName);
    if (!isatty(STDIN_FILENO))
        return makeError(ErrorKind::Permission, QStringLiteral("password_needed"),
                         tr("A password is needed: set %1 or run at a terminal.").arg(QString::fromLatin1(envName)));
    m_err << prompt << Qt::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[512];
    const char *line = fgets(buffer, sizeof buffer, stdin);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    m_err << Qt::endl;
    if (!line)
        return makeError(ErrorKind::Permission, QStringLiteral("password_needed"), tr("No password was given."));
    QString value = QString::fromUtf8(line);
    while (value.endsWith(QLatin1Char('\n')) || value.endsWith(QLatin1Char('\r')))
        value.chop(1);
    return value;
}

Result<std::unique_ptr<Session>> Context::openSession()
{
    const QString path = m_args.option(QStringLiteral("db"));
    if (path.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("usage"), tr("This command needs --db FILE."));
    auto session = Session::open(path);
    if (!session)
        return session.error();
    const QString user = m_args.hasOption(QStringLiteral("user")) ? m_args.option(QStringLiteral("user"))
                                                                  : (*session)->defaultAdmin();
    auto pw = password(tr("Password for %1: ").arg(user));
    if (!pw)
        return pw.error();
    DIBAO_TRY((*session)->signIn(user, *pw));
    return session;
}

} // namespace dibao::cli
