#include "SyncMenu.h"

#include "SyncController.h"
#include "SyncDialogs.h"
#include "store/Session.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>

namespace dibao {

SyncMenu::SyncMenu(Session &session, QMenu *menu, QLabel *statusLabel, QWidget *window)
    : QObject(window), m_session(session), m_menu(menu), m_label(statusLabel), m_window(window)
{
    m_sync = new SyncController(session, this);
    m_syncNow = new QAction(this);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("exportBundlesAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_import = new QAction(this);
    m_import->setObjectName(QStringLiteral("importBundlesAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_conflicts = new QAction(this);
    m_conflicts->setObjectName(QStringLiteral("conflictsAction"));
    m_conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_backup = new QAction(this);
    m_backup->setObjectName(QStringLiteral("backupNowAction"));
    m_backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backupSettings = new QAction(this);
    m_backupSettings->setObjectName(QStringLiteral("backupSettingsAction"));
    m_menu->addAction(m_syncNow);
    m_menu->addSeparator();
    m_menu->addAction(m_export);
    m_menu->addAction(m_import);
    m_menu->addAction(m_conflicts);
    m_menu->addSeparator();
    m_menu->addAction(m_backup);
    m_menu->addAction(m_backupSettings);

    connect(m_syncNow, &QAction::triggered, this, [this] {
        withKeys([this] {
            if (!m_sync->summary().joined)
                QMessageBox::information(m_window, tr("Sync"),
                                         tr("This device has not joined a county hub yet. Ask the county administrator "
                                            "for the hub card (dibao-cli join --hub-card FILE)."));
            else if (!m_sync->summary().online && !m_sync->summary().hub)
                QMessageBox::information(m_window, tr("Sync"),
                                         tr("This device syncs by USB: use Export bundles to USB and Import bundles."));
            m_sync->syncNow();
        });
    });
    connect(m_export, &QAction::triggered, this, [this] {
        withKeys([this] {
            const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Export bundles to a folder (e.g. a USB drive)"));
            if (!dir.isEmpty())
                exportTo(dir);
        });
    });
    connect(m_import, &QAction::triggered, this, [this] {
        withKeys([this] {
            auto *dialog = new ImportBundlesDialog(*m_sync, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
    });
    connect(m_conflicts, &QAction::triggered, this, [this] {
        auto *dialog = new ConflictsDialog(*m_sync, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_backup, &QAction::triggered, this, [this] {
        withKeys([this] {
            const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Back up to a folder (e.g. a USB drive)"));
            if (!dir.isEmpty())
                backupTo(dir);
        });
    });
    connect(m_backupSettings, &QAction::triggered, this, [this] {
        auto *dialog = new BackupSettingsDialog(*m_sync, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_sync, &SyncController::changed, this, &SyncMenu::updateStatus);
    connect(m_sync, &SyncController::backedUp, this, [this](bool ok, const QString &what) {
        if (!ok)
            m_label->setToolTip(tr("The scheduled backup failed: %1").arg(what));
    });
    retranslate();
}

void SyncMenu::withKeys(const std::function<void()> &action)
{
    if (!m_sync->locked() || m_session.isCounty()) {
        action();
        return;
    }
    bool ok = false;
    const QString password = QInputDialog::getText(m_window, tr("Sync"),
                                                   tr("Your password opens this device's sync keys:"),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_sync, &SyncController::unlockFinished, this,
                          [this, action, connection](bool unlocked, const QString &message) {
                              disconnect(*connection);
                              if (unlocked)
                                  action();
                              else
                                  QMessageBox::warning(m_window, tr("Sync"), message);
                          });
    m_sync->unlock(password);
}

void SyncMenu::exportTo(const QString &dir)
{
    QPointer<SyncMenu> self(this);
    m_sync->run([dir](SyncWorker &w) { return w.exportBundles(dir); },
                [self, dir](Result<QStringList> paths) {
                    if (!self)
                        return;
                    if (!paths) {
                        emit self->exported(false, {}, paths.error().message);
                        if (self->m_interactive)
                            QMessageBox::warning(self->m_window, tr("Export bundles"), paths.error().message);
                        return;
                    }
                    emit self->exported(true, *paths, QString());
                    if (!self->m_interactive)
                        return;
                    if (paths->isEmpty())
                        QMessageBox::information(self->m_window, tr("Export bundles"),
                                                 tr("Nothing is waiting to be sent: no file was written."));
                    else
                        QMessageBox::information(self->m_window, tr("Export bundles"),
                                                 tr("%n bundle file(s) written to %1:\n\n%2", nullptr, int(paths->size()))
                                                     .arg(dir, paths->join(QLatin1Char('\n'))));
                });
}

void SyncMenu::backupTo(const QString &dir)
{
    auto *progress = new QProgressDialog(tr("Backing up the database and its attachments…"), QString(), 0, 0, m_window);
    progress->setWindowTitle(tr("Back up now"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->show();
    QPointer<SyncMenu> self(this);
    QPointer<QProgressDialog> dialog(progress);
    m_sync->run([dir](SyncWorker &w) { return w.backup(dir); },
                [self, dialog](Result<QString> path) {
                    if (dialog)
                        dialog->close();
                    if (!self)
                        return;
                    emit self->m_sync->backedUp(path.ok(), path ? *path : path.error().message);
                    if (!self->m_interactive)
                        return;
                    if (path)
                        QMessageBox::information(self->m_window, tr("Back up now"),
                                                 tr("Backup written:\n%1\n\nKeep it apart from this computer.").arg(*path));
                    else
                        QMessageBox::warning(self->m_window, tr("Back up now"), path.error().message);
                });
}

void SyncMenu::retranslate()
{
    m_menu->setTitle(tr("S&ync"));
    m_syncNow->setText(tr("&Sync now"));
    m_export->setText(tr("&Export bundles to USB…"));
    m_import->setText(tr("&Import bundles…"));
    m_conflicts->setText(tr("&Conflicts…"));
    m_backup->setText(tr("&Back up now…"));
    m_backupSettings->setText(tr("Backup se&ttings…"));
    updateStatus();
}

void SyncMenu::updateStatus()
{
    m_label->setText(m_sync->statusText());
    m_label->setToolTip(m_sync->statusToolTip());
}

} // namespace dibao
