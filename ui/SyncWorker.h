#pragma once

#include "common/Result.h"
#include "store/Session.h"
#include "sync/SyncConflicts.h"
#include "sync/SyncImporter.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace dibao {

class SyncNode;

// The client's sync work, off the UI thread (SyncController's worker thread): its own connection to the database
// (WAL: the UI keeps writing; every write is BEGIN IMMEDIATE), acting as the signed-in user, and its own SyncNode
// (a township device's keys opened once with the user's password; a county database's keys from the hub key file).
// Every method runs in the worker thread and is synchronous; the controller posts the results back.
class SyncWorker : public QObject {
    Q_OBJECT

public:
    SyncWorker(QString databasePath, Actor actor);
    ~SyncWorker() override;

    bool isCounty();
    bool unlocked() const { return m_node != nullptr; }
    // Opens the node: a device's keys with the password (ignored on the county database). Tokens of SyncNode.
    Status unlock(const QString &password);

    Result<SyncSummary> summary();
    // One online round (HubClient): push what is not acknowledged, pull what the hub has. Records the attempt.
    Result<QList<ImportVerdict>> syncOnline(int timeoutMs);
    // Writes every bundle not yet acknowledged (device: for the hub; county: for every enrolled device) into dir.
    Result<QStringList> exportBundles(const QString &dir);
    // Imports the files one after the other in stream order (origin, bundle_seq from the names; others last), so a
    // progress per file means something; `progress` after each file, `cancel` checked between files.
    QList<ImportVerdict> importFiles(const QStringList &files, const std::function<void(int done, int total)> &progress,
                                     const std::atomic_bool *cancel);
    Result<QString> backup(const QString &dir);
    Result<QList<SyncConflict>> conflicts();
    Status resolve(qint64 conflictId, SyncConflicts::Choice choice);

    // The backup schedule (meta: backup.folder, backup.every_hours, backup.last_success).
    struct BackupSchedule {
        QString folder;
        int everyHours = 0; // 0: off
        QString lastSuccess;
    };
    Result<BackupSchedule> backupSchedule();
    Status setBackupSchedule(const QString &folder, int everyHours);
    // A backup is due (schedule on, folder set, last success older than the interval).
    bool backupDue();

    // Files in stream order: by (origin, bundle_seq) when the name is dibao_<origin>_to_<audience>_<seq>.zip.
    static QStringList streamOrder(QStringList files);

private:
    Session *session(QString *error);
    Status requireNode();

    QString m_path;
    Actor m_actor;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SyncNode> m_node;
};

} // namespace dibao
