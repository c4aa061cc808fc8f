#pragma once

#include "store/Session.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace dibao {

// First run: creates the local database for a township (or a county), with its first administrator. The hub card
// and the device key come with synchronisation (a later issue); the page says so.
class SetupWizard : public QDialog {
    Q_OBJECT

public:
    explicit SetupWizard(const QString &databasePath, QWidget *parent = nullptr);

    // The created, signed-in session once accepted.
    std::unique_ptr<Session> takeSession() { return std::move(m_session); }

    QComboBox *countyField() const { return m_county; }
    QComboBox *townshipField() const { return m_township; }
    QLineEdit *adminNameField() const { return m_adminName; }
    QLineEdit *displayNameField() const { return m_displayName; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    void fillTownships();

    QString m_path;
    QComboBox *m_county = nullptr;
    QComboBox *m_township = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    std::unique_ptr<Session> m_session;
};

} // namespace dibao
