#pragma once

#include "common/Result.h"

#include <QString>

namespace dibao {

class SyncNode;

// Encrypted backups of a database and its attachments (docs/sync.md "Backups"): the database copied with SQLite's
// online backup API (consistent while people keep working), then streamed through crypto_secretstream under a fresh
// key. A device's backup key is sealed under its device secret, and the backup carries the per-user wraps of that
// secret, so any local user's password opens it on a new machine. A hub's backup key is sealed to the hub's X25519
// key, so the hub key file opens it. Restoring never reuses an identity: a device comes back as a new device (new id
// and keys, enrolled again, its unacknowledged changes re-issued under the new id), a hub as a new epoch (new stream id;
// devices resynchronise by snapshot instead of seeing forks).
class Backup {
public:
    struct Info {
        QString path;
        QString kind;       // device | hub
        QString deviceId;   // the database's id when backed up
        qint64 epoch = 1;
        qint64 bytes = 0;
        QString newDeviceId; // after a restore
    };

    // Writes DIR/dibao-backup-<kind>-<id>-<UTC time>.dbk. Attachments: every file in "<database>.att/".
    static Result<Info> create(SyncNode &node, const QString &outDir);

    struct RestoreOptions {
        QString backupFile;
        QString databasePath;  // must not exist yet
        QString userName;      // device: whose password opens the backup (default: the database's first admin)
        QString password;
        QString hubKeyFile;    // hub: the key file the backup is sealed to
    };
    static Result<Info> restore(const RestoreOptions &options);

    static inline const QString kAttachmentsSuffix = QStringLiteral(".att");
};

} // namespace dibao
