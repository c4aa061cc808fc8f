#include "store/UserStore.h"

#include "common/Uuid.h"
#include "domain/Division.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sodium.h>

namespace dibao {

namespace {
QString trUsers(const char *text)
{
    return QCoreApplication::translate("dibao::UserStore", text);
}

User userFrom(Statement &st)
{
    User u;
    u.id = st.text(0);
    u.name = st.text(1);
    u.displayName = st.text(2);
    u.role = roleFromToken(st.text(3)).value_or(Role::Auditor);
    u.divisionCode = st.text(4);
    u.active = st.int64(5) != 0;
    return u;
}
} // namespace

QString hashPassword(const QString &password, PasswordCost cost)
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const auto ops = cost == PasswordCost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const auto mem = cost == PasswordCost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        qFatal("crypto_pwhash_str ran out of memory");
    return QString::fromLatin1(out);
}

bool checkPassword(const QString &hash, const QString &password)
{
    if (sodium_init() < 0)
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray p = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), p.constData(), quint64(p.size())) == 0;
}

Status UserStore::validateName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"));
    if (!pattern.match(name).hasMatch())
        return makeError(ErrorKind::Invalid, QStringLiteral("user_name_invalid"),
                         trUsers("A user name has 2 to 32 letters, digits, dots, dashes or underscores, "
                                 "starting with a letter or digit: \"%1\" is not one.")
                             .arg(name));
    return {};
}

Status UserStore::validatePassword(const QString &password)
{
    if (password.size() < 4)
        return makeError(ErrorKind::Invalid, QStringLiteral("password_too_short"),
                         trUsers("A password needs at least 4 characters."));
    return {};
}

Result<User> UserStore::create(const QString &name, const QString &displayName, Role role,
                               const QString &divisionCode, const QString &password, PasswordCost cost)
{
    DIBAO_TRY(validateName(name));
    DIBAO_TRY(validatePassword(password));
    // The first user of a new database is created by init, before anyone can sign in.
    auto count = m_session.db().prepare("SELECT count(*) FROM users");
    if (!count)
        return count.error();
    DIBAO_TRY(count->step());
    if (count->int64(0) > 0)
        DIBAO_TRY(m_session.require(Action::ManageUsers));
    if (isCountyRole(role) != (divisionCode.size() == 6))
        return makeError(ErrorKind::Invalid, QStringLiteral("role_level_mismatch"),
                         trUsers("The role %1 belongs to a %2 database.")
                             .arg(roleDisplayName(role),
                                  isCountyRole(role) ? trUsers("county") : trUsers("township")));
    auto existing = findByName(name);
    if (existing)
        return makeError(ErrorKind::Conflict, QStringLiteral("user_exists"),
                         trUsers("A user named %1 already exists.").arg(name));
    User user;
    user.id = newId();
    user.name = name;
    user.displayName = displayName.isEmpty() ? name : displayName;
    user.role = role;
    user.divisionCode = divisionCode;
    Row row{{QStringLiteral("id"), user.id},
            {QStringLiteral("name"), name},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("role"), toToken(role)},
            {QStringLiteral("division_code"), divisionCode},
            {QStringLiteral("pw_hash"), hashPassword(password, cost)},
            {QStringLiteral("active"), qint64(1)}};
    WriteContext who = m_session.writeContext();
    if (who.userId.isEmpty())
        who = WriteContext{user.id, name, m_session.deviceId()};
    DIBAO_TRY(m_session.writer().insert(who, QStringLiteral("users"), row));
    return user;
}

Result<std::pair<User, QString>> UserStore::credentials(const QString &name)
{
    auto st = m_session.db().cached(
        "SELECT id, name, display_name, role, division_code, active, pw_hash FROM users WHERE name = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, name);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorKind::NotFound, QStringLiteral("user_unknown"),
                         trUsers("There is no user named %1.").arg(name));
    auto pair = std::make_pair(userFrom(**st), (*st)->text(6));
    (*st)->reset();
    return pair;
}

Result<User> UserStore::findByName(const QString &name)
{
    auto c = credentials(name);
    if (!c)
        return c.error();
    return c->first;
}

Result<QList<User>> UserStore::all()
{
    auto st = m_session.db().prepare("SELECT id, name, display_name, role, division_code, active FROM users ORDER BY name");
    if (!st)
        return st.error();
    QList<User> users;
    DIBAO_TRY(st->forEachRow([&] {
        users << userFrom(*st);
    }));
    return users;
}

} // namespace dibao
