#include "SignInDialog.h"

#include "domain/Division.h"
#include "store/Session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dibao {

SignInDialog::SignInDialog(Session &session, const QString &userName, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Sign in — dibao"));
    auto *where = new QLabel(tr("%1\nDatabase: %2")
                                 .arg(DivisionRegistry::instance().fullName(session.divisionCode()),
                                      QFileInfo(session.db().path()).fileName()),
                             this);
    m_user = new QLineEdit(userName, this);
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    if (userName.isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::accept()
{
    // Enter in the user name field moves on to the password instead of failing with an empty one.
    if (m_password->text().isEmpty()) {
        m_password->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = m_session.signIn(m_user->text().trimmed(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!status) {
        m_message->setText(status.error().message);
        m_message->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace dibao
