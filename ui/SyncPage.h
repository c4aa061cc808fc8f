#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QToolButton;

namespace dibao {

class ConflictsPanel;
class SyncMenu;

// 同步 Sync: the main place for synchronisation. The status (state, the hub, last sync, bundles pending and held,
// conflicts waiting), the Sync menu's own actions as buttons (sync now, export bundles to USB, import bundles with
// a verdict per file, back up now — the same QActions, so one code path), and the conflicts waiting for a person,
// each field by its label (FieldLabels). The work runs in the SyncController's worker thread; this page only shows.
class SyncPage : public QWidget {
    Q_OBJECT

public:
    SyncPage(SyncMenu &menu, QWidget *parent = nullptr);

    ConflictsPanel *conflicts() const { return m_conflicts; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *hubLabel() const { return m_hub; }
    QLabel *lastSyncLabel() const { return m_lastSync; }
    QLabel *pendingLabel() const { return m_pending; }
    QLabel *conflictsLabel() const { return m_conflictCount; }
    QToolButton *syncNowButton() const { return m_syncNow; }
    QToolButton *exportButton() const { return m_export; }
    QToolButton *importButton() const { return m_import; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatus();

    SyncMenu &m_menu;
    qint64 m_shownConflicts = -1;
    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_hub = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_conflictCount = nullptr;
    QLabel *m_conflictsTitle = nullptr;
    QToolButton *m_syncNow = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_import = nullptr;
    QToolButton *m_backup = nullptr;
    QToolButton *m_backupSettings = nullptr;
    ConflictsPanel *m_conflicts = nullptr;
};

} // namespace dibao
