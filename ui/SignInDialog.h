#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace dibao {

class Session;

// Signs a user in against the open database (Argon2id check in core). The message for a failure is the core's.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    SignInDialog(Session &session, const QString &userName, QWidget *parent = nullptr);

    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    Session &m_session;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dibao
