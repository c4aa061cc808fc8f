#include "store/Session.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "domain/Division.h"
#include "policy/PolicySet.h"
#include "store/Schema.h"
#include "store/UserStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dibao {

namespace {
QString trSession(const char *text)
{
    return QCoreApplication::translate("dibao::Session", text);
}
} // namespace

Session::Session(std::unique_ptr<Database> db) : m_db(std::move(db)), m_audit(*m_db), m_writer(*m_db, m_audit) {}

Session::~Session() = default;

Result<std::unique_ptr<Session>> Session::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorKind::NotFound, QStringLiteral("db_missing"),
                         trSession("The database %1 does not exist. Create it with \"dibao-cli --db %1 init\".")
                             .arg(path));
    Database::Options options;
    options.create = false;
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    DIBAO_TRY((*db)->migrate(schemaMigrations()));
    std::unique_ptr<Session> session(new Session(std::move(db).value()));
    DIBAO_TRY(session->loadMeta());
    return session;
}

Result<std::unique_ptr<Session>> Session::create(const QString &path, const InitOptions &options)
{
    const DivisionRegistry &divisions = DivisionRegistry::instance();
    if (!divisions.isTownship(options.divisionCode) && !divisions.isCounty(options.divisionCode))
        return makeError(ErrorKind::Invalid, QStringLiteral("division_unknown"),
                         trSession("%1 is not a known county (6 digits) or township (9 digits) code.")
                             .arg(options.divisionCode));
    DIBAO_TRY(UserStore::validateName(options.adminName));
    DIBAO_TRY(UserStore::validatePassword(options.adminPassword));
    if (QFileInfo::exists(path))
        return makeError(ErrorKind::Conflict, QStringLiteral("db_exists"),
                         trSession("%1 already exists; init never overwrites a database.").arg(path));
    auto db = Database::open(path);
    if (!db)
        return db.error();
    DIBAO_TRY((*db)->migrate(schemaMigrations()));
    std::unique_ptr<Session> session(new Session(std::move(db).value()));
    const bool county = options.divisionCode.size() == 6;
    {
        Transaction tx(session->db());
        DIBAO_TRY(tx.begun());
        DIBAO_TRY(session->setMeta(QStringLiteral("device_id"), newId()));
        DIBAO_TRY(session->setMeta(QStringLiteral("division_code"), options.divisionCode));
        DIBAO_TRY(session->setMeta(QStringLiteral("level"), county ? QStringLiteral("county") : QStringLiteral("township")));
        DIBAO_TRY(session->setMeta(QStringLiteral("created_at"), nowUtc().toString(Qt::ISODate)));
        DIBAO_TRY(session->setMeta(QStringLiteral("default_admin"), options.adminName));
        DIBAO_TRY(session->loadMeta());
        UserStore users(*session);
        auto admin = users.create(options.adminName, options.adminDisplayName,
                                  county ? Role::CountyAdmin : Role::TownshipAdmin, options.divisionCode,
                                  options.adminPassword,
                                  options.cheapPasswordHash ? PasswordCost::Minimal : PasswordCost::Interactive);
        if (!admin)
            return admin.error();
        session->actAs(Actor{admin->id, admin->name, admin->displayName, admin->role, admin->divisionCode});
        DIBAO_TRY(session->installDefaultPolicy());
        DIBAO_TRY(tx.commit());
    }
    return session;
}

Status Session::loadMeta()
{
    auto device = meta(QStringLiteral("device_id"));
    auto division = meta(QStringLiteral("division_code"));
    if (!device || !division || device->isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("db_not_initialized"),
                         trSession("%1 is not an initialised dibao database.").arg(m_db->path()));
    m_deviceId = *device;
    m_divisionCode = *division;
    auto admin = meta(QStringLiteral("default_admin"));
    m_defaultAdmin = admin ? *admin : QString();
    return {};
}

bool Session::inJurisdiction(const QString &townshipCode) const
{
    if (isCounty())
        return townshipCode.size() == 9 && townshipCode.startsWith(m_divisionCode);
    return townshipCode == m_divisionCode;
}

Status Session::signIn(const QString &userName, const QString &password)
{
    UserStore users(*this);
    auto creds = users.credentials(userName);
    // One message for an unknown user and a wrong password: the difference helps only an intruder.
    const Error failed = makeError(ErrorKind::Permission, QStringLiteral("sign_in_failed"),
                                   trSession("Sign-in failed: unknown user or wrong password."));
    if (!creds)
        return creds.error().kind == ErrorKind::NotFound ? failed : creds.error();
    if (!checkPassword(creds->second, password))
        return failed;
    const User &u = creds->first;
    if (!u.active)
        return makeError(ErrorKind::Permission, QStringLiteral("user_inactive"),
                         trSession("The account %1 is disabled.").arg(userName));
    m_actor = Actor{u.id, u.name, u.displayName, u.role, u.divisionCode};
    return {};
}

Status Session::logSensitiveRead(const QString &entity, const QString &entityId, const QString &purpose)
{
    Transaction tx(*m_db);
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(m_audit.append(writeContext(), entity, entityId, QStringLiteral("read"), QByteArray(),
                             purpose.toUtf8()));
    return tx.commit();
}

Status Session::require(Action action) const
{
    if (!signedIn())
        return makeError(ErrorKind::Permission, QStringLiteral("not_signed_in"), trSession("Nobody is signed in."));
    if (!roleAllows(m_actor.role, action))
        return makeError(ErrorKind::Permission, QStringLiteral("permission_denied"),
                         trSession("%1 (%2) may not do this: %3.")
                             .arg(m_actor.name, roleDisplayName(m_actor.role), toToken(action)));
    return {};
}

Result<QString> Session::meta(const QString &key)
{
    auto st = m_db->cached("SELECT value FROM meta WHERE key = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, key);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    QString value = *r ? (*st)->text(0) : QString();
    (*st)->reset();
    return value;
}

Status Session::setMeta(const QString &key, const QString &value)
{
    auto st = m_db->cached("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
    if (!st)
        return st.error();
    (*st)->bind(1, key).bind(2, value);
    return (*st)->run();
}

} // namespace dibao
