#pragma once

#include "sync/SyncConflicts.h"
#include "sync/SyncImporter.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QList>
#include <QStringList>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace dibao {

class SyncController;

// One row per bundle file: waiting, then its verdict (applied / duplicate / held / rejected with the reason), the
// number of changes, and the changes refused in the ack.
class ImportVerdictModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FileColumn, VerdictColumn, ChangesColumn, RefusedColumn, ReasonColumn, ColumnCount };
    enum Role { VerdictRole = Qt::UserRole + 1, ReasonRole };

    explicit ImportVerdictModel(QObject *parent = nullptr);

    void setFiles(const QStringList &files);
    void setVerdicts(const QList<ImportVerdict> &verdicts);
    const QList<ImportVerdict> &verdicts() const { return m_rows; }
    // The refused changes of a row, one line each, for people.
    QString refusedText(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportVerdict> m_rows;
};

// "Import bundles": files chosen one by one or a whole folder (the county imports a bag of USB sticks), imported off
// the UI thread with a progress bar that can be cancelled between files, and a verdict per file.
class ImportBundlesDialog : public QDialog {
    Q_OBJECT

public:
    ImportBundlesDialog(SyncController &sync, QWidget *parent = nullptr);
    ~ImportBundlesDialog() override;

    void addFiles(const QStringList &files);
    void addFolder(const QString &folder);
    void startImport();
    bool running() const { return m_running; }
    ImportVerdictModel *model() const { return m_model; }
    QProgressBar *progress() const { return m_progress; }
    QPlainTextEdit *details() const { return m_details; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void finished();

protected:
    void reject() override;

private:
    void showDetails();

    SyncController &m_sync;
    QStringList m_files;
    ImportVerdictModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
};

// The conflicts waiting for a person: both values, who wrote each and when; choose one and it is written as a
// normal change (core/sync/SyncConflicts).
class ConflictModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RecordColumn, FieldColumn, KeptColumn, KeptByColumn, LostColumn, LostByColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ConflictModel(QObject *parent = nullptr);
    void setConflicts(const QList<SyncConflict> &conflicts);
    const QList<SyncConflict> &conflicts() const { return m_rows; }

    static QString valueText(const QJsonValue &value);
    static QString byText(const QString &user, const QString &hlc);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SyncConflict> m_rows;
};

// The conflicts waiting, with "keep the value in force" / "use the other value": on the 同步 page and in the
// Conflicts dialog of the Sync menu (the same panel).
class ConflictsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConflictsPanel(SyncController &sync, QWidget *parent = nullptr);

    void reload();
    // Resolves the conflict in that row: keep the value in force, or bring the other one back.
    void resolveRow(int row, SyncConflicts::Choice choice);
    ConflictModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }
    void retranslate();

signals:
    void reloaded();
    void resolved(bool ok);

private:
    SyncController &m_sync;
    ConflictModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_restore = nullptr;
};

class ConflictsDialog : public QDialog {
    Q_OBJECT

public:
    ConflictsDialog(SyncController &sync, QWidget *parent = nullptr);

    void reload() { m_panel->reload(); }
    void resolveRow(int row, SyncConflicts::Choice choice) { m_panel->resolveRow(row, choice); }
    ConflictsPanel *panel() const { return m_panel; }
    ConflictModel *model() const { return m_panel->model(); }
    QTableView *table() const { return m_panel->table(); }
    QLabel *messageLabel() const { return m_panel->messageLabel(); }

signals:
    void reloaded();
    void resolved(bool ok);

private:
    ConflictsPanel *m_panel = nullptr;
};

// The backup settings: a folder (e.g. a USB drive) and a schedule; "Back up now" from the Sync menu.
class BackupSettingsDialog : public QDialog {
    Q_OBJECT

public:
    BackupSettingsDialog(SyncController &sync, QWidget *parent = nullptr);
    void accept() override;

    QLineEdit *folderField() const { return m_folder; }
    QComboBox *scheduleBox() const { return m_schedule; }

signals:
    void saved(bool ok);

private:
    SyncController &m_sync;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_schedule = nullptr;
    QLabel *m_last = nullptr;
};

} // namespace dibao
