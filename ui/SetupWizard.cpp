#include "SetupWizard.h"

#include "domain/Division.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dibao {

SetupWizard::SetupWizard(const QString &databasePath, QWidget *parent) : QDialog(parent), m_path(databasePath)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up dibao"));
    auto *intro = new QLabel(tr("There is no database at %1 yet. Create it for your township (or county) and its "
                                "first administrator.")
                                 .arg(QFileInfo(databasePath).absoluteFilePath()),
                             this);
    intro->setWordWrap(true);
    m_county = new QComboBox(this);
    m_county->setObjectName(QStringLiteral("setupCounty"));
    for (const Division &d : DivisionRegistry::instance().counties())
        m_county->addItem(QStringLiteral("%1 %2").arg(d.code, d.name), d.code);
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("setupTownship"));
    m_adminName = new QLineEdit(QStringLiteral("admin"), this);
    m_displayName = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *later = new QLabel(tr("The county hub card and this device's key are set up with synchronisation, which is "
                                "not available in this version yet."),
                             this);
    later->setWordWrap(true);
    later->setStyleSheet(QStringLiteral("color: #44546a;"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&County:"), m_county);
    form->addRow(tr("&Township:"), m_township);
    form->addRow(tr("Administrator's &user name:"), m_adminName);
    form->addRow(tr("Administrator's &full name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the database"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupWizard::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SetupWizard::reject);
    connect(m_county, &QComboBox::currentIndexChanged, this, &SetupWizard::fillTownships);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(later);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    fillTownships();
    setMinimumWidth(560);
}

void SetupWizard::fillTownships()
{
    m_township->clear();
    const QString county = m_county->currentData().toString();
    m_township->addItem(tr("The whole county (a county database)"), county);
    for (const Division &d : DivisionRegistry::instance().townshipsOf(county))
        m_township->addItem(QStringLiteral("%1 %2").arg(d.code, d.name), d.code);
    m_township->setCurrentIndex(m_township->count() > 1 ? 1 : 0);
}

void SetupWizard::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_message->show();
        m_repeat->setFocus();
        return;
    }
    Session::InitOptions options;
    options.divisionCode = m_township->currentData().toString();
    options.adminName = m_adminName->text().trimmed();
    options.adminDisplayName = m_displayName->text().trimmed().isEmpty() ? options.adminName
                                                                          : m_displayName->text().trimmed();
    options.adminPassword = m_password->text();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = Session::create(m_path, options);
    QApplication::restoreOverrideCursor();
    if (!created) {
        m_message->setText(created.error().message);
        m_message->show();
        return;
    }
    m_session = std::move(created).value();
    QDialog::accept();
}

} // namespace dibao
