#pragma once

#include "common/Result.h"
#include "store/Session.h"

#include <QList>
#include <QString>

namespace dibao {

struct User {
    QString id;
    QString name;         // sign-in name
    QString displayName;  // the person's name, shown and printed
    Role role = Role::Auditor;
    QString divisionCode;
    bool active = true;
};

// Argon2id password hashes (libsodium crypto_pwhash_str). INTERACTIVE cost for real users; the Minimal cost exists
// for tests that create users in bulk and is chosen per user, never as a global switch.
enum class PasswordCost { Interactive, Minimal };
QString hashPassword(const QString &password, PasswordCost cost = PasswordCost::Interactive);
bool checkPassword(const QString &hash, const QString &password);

class UserStore {
public:
    explicit UserStore(Session &session) : m_session(session) {}

    // Creates a user (requires ManageUsers, except for the first administrator made by init).
    Result<User> create(const QString &name, const QString &displayName, Role role, const QString &divisionCode,
                        const QString &password, PasswordCost cost = PasswordCost::Interactive);
    Result<User> findByName(const QString &name);
    Result<QList<User>> all();

    // For Session::signIn: the user and stored hash.
    Result<std::pair<User, QString>> credentials(const QString &name);

    // Validation shared by the CLI and the UI.
    static Status validateName(const QString &name);
    static Status validatePassword(const QString &password);

private:
    Session &m_session;
};

} // namespace dibao
