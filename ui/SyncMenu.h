#pragma once

#include <QObject>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace dibao {

class Session;
class SyncController;

// The Sync menu and the status bar's sync text (UI.md): Sync now, Export bundles to USB, Import bundles, Conflicts,
// Back up now, Backup settings. Owns the SyncController (background sync).
class SyncMenu : public QObject {
    Q_OBJECT

public:
    SyncMenu(Session &session, QMenu *menu, QLabel *statusLabel, QWidget *window);

    SyncController *controller() const { return m_sync; }
    void retranslate();
    // Tests: no message boxes after an export or a backup (the signals carry the outcome).
    void setInteractive(bool interactive) { m_interactive = interactive; }

    QAction *syncNowAction() const { return m_syncNow; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *conflictsAction() const { return m_conflicts; }
    QAction *backupAction() const { return m_backup; }
    QAction *backupSettingsAction() const { return m_backupSettings; }

    // Exports the pending bundles into dir (off the UI thread) and lists the paths written.
    void exportTo(const QString &dir);
    void backupTo(const QString &dir);

signals:
    void exported(bool ok, const QStringList &paths, const QString &message);

private:
    // Runs action once the device's sync keys are open (asks for the password when they are not).
    void withKeys(const std::function<void()> &action);
    void updateStatus();

    Session &m_session;
    QMenu *m_menu;
    QLabel *m_label;
    QWidget *m_window;
    SyncController *m_sync = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_conflicts = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_backupSettings = nullptr;
    bool m_interactive = true;
};

} // namespace dibao
