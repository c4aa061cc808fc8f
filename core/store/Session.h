#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"
#include "db/Database.h"
#include "store/RecordWriter.h"
#include "workflow/Permissions.h"

#include <QString>

#include <memory>

namespace dibao {

class PolicySet;

// The signed-in user.
struct Actor {
    QString userId;
    QString name;
    QString displayName;
    Role role = Role::Auditor;
    QString divisionCode;
};

// An open dibao database and who is working on it: the object every store, workflow and report takes.
class Session {
public:
    ~Session();

    // Opens an existing database (migrating it to this build's schema).
    static Result<std::unique_ptr<Session>> open(const QString &path);
    // Creates a new database for a township (9-digit code) or a county (6-digit code), with the default policy
    // rows and its first administrator.
    struct InitOptions {
        QString divisionCode;
        QString adminName;
        QString adminDisplayName;
        QString adminPassword;
        bool cheapPasswordHash = false; // tests only: a deliberately cheap Argon2id cost for this one user
    };
    static Result<std::unique_ptr<Session>> create(const QString &path, const InitOptions &options);

    Database &db() { return *m_db; }
    AuditLog &audit() { return m_audit; }
    RecordWriter &writer() { return m_writer; }

    QString deviceId() const { return m_deviceId; }
    QString divisionCode() const { return m_divisionCode; }
    bool isCounty() const { return m_divisionCode.size() == 6; }
    QString defaultAdmin() const { return m_defaultAdmin; }
    // Whether a township belongs to this database's jurisdiction.
    bool inJurisdiction(const QString &townshipCode) const;

    // Signs a user in by name and password (Argon2id check). Fails with "sign_in_failed" on any mismatch.
    Status signIn(const QString &userName, const QString &password);
    // For trusted internal callers (the demo generator acting as its demo users, tests).
    void actAs(const Actor &actor) { m_actor = actor; }
    const Actor &actor() const { return m_actor; }
    bool signedIn() const { return !m_actor.userId.isEmpty(); }
    WriteContext writeContext() const { return {m_actor.userId, m_actor.name, m_deviceId}; }

    // Records that the signed-in user read a sensitive record (ID numbers, accounts, illness, complaints): an audit
    // entry with action "read" and the purpose, no record content.
    Status logSensitiveRead(const QString &entity, const QString &entityId, const QString &purpose);

    // Fails with ErrorKind::Permission and a translated message naming the role and the action.
    Status require(Action action) const;

    // The policy rows in force, loaded on first use and after a policy import.
    const PolicySet &policy();
    void invalidatePolicy();

    // Loads resources/policy-default.json (the shipped example rows) into a new database.
    Status installDefaultPolicy();

    Result<QString> meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);

private:
    explicit Session(std::unique_ptr<Database> db);
    Status loadMeta();

    std::unique_ptr<Database> m_db;
    AuditLog m_audit;
    RecordWriter m_writer;
    QString m_deviceId;
    QString m_divisionCode;
    QString m_defaultAdmin;
    Actor m_actor;
    std::unique_ptr<PolicySet> m_policy;
};

} // namespace dibao
