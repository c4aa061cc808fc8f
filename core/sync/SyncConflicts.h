#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// A field value that lost a last-writer-wins merge (table `conflicts`, written by ChangeApplier), with what is needed
// to show it to a person: both values, and who wrote each and when.
struct SyncConflict {
    qint64 id = 0;
    QString entity;
    QString entityId;
    QString field;
    QJsonValue keptValue;  // the value in force
    QString keptHlc;
    QString keptOrigin;
    QString keptUser;      // display name, when known
    QJsonValue lostValue;  // the value that lost
    QString lostHlc;
    QString lostOrigin;
    QString lostUser;
    QString detectedAt;    // UTC ISO

    // The wall-clock time of a version's HLC (UTC).
    static QDateTime hlcTime(const QString &hlc);
};

// The conflicts waiting for a person, and their resolution. A resolution is a normal change: the chosen value is
// written through RecordWriter (audited, in the outbox, with a new HLC, so it wins everywhere it travels), and every
// open conflict of that field is marked resolved (`kept` when the value in force stays, `restored` when the lost value
// comes back). Tokens: not_signed_in, permission_denied, conflict_not_found, conflict_resolved.
class SyncConflicts {
public:
    enum class Choice { Kept, Lost };

    explicit SyncConflicts(Session &session) : m_session(session) {}

    Result<qint64> openCount();
    // Open conflicts, newest first.
    Result<QList<SyncConflict>> open(int limit = 500);
    Result<SyncConflict> find(qint64 id);
    Status resolve(qint64 id, Choice choice);

private:
    Result<QString> userName(const QString &origin, const QString &hlc, const QString &fallbackUserId);

    Session &m_session;
};

// What the client's status bar shows about sync, read from the sync tables and `meta` (docs/sync.md "In the client").
struct SyncSummary {
    bool joined = false;        // a device with a hub, or a hub
    bool hub = false;
    bool online = false;        // (device) the hub card gives an address: background sync can reach it
    qint64 pendingBundles = 0;  // cut and not acknowledged, plus those the uncut changes will make
    qint64 pendingChanges = 0;  // own changes not yet acknowledged by the hub (cut or not)
    qint64 conflicts = 0;       // open conflicts
    qint64 held = 0;            // bundles held for a gap
    QString lastSync;           // UTC ISO of the last successful online sync (meta sync.last_success)
    QString lastAttempt;        // UTC ISO of the last attempt
    QString lastError;          // token of the last failed attempt ("" when it succeeded)
    QString hubId;              // (device) the hub joined, from its card
    QString hubAddress;         // (device) where it answers; empty: by USB only
    qint64 devices = 0;         // (county hub) devices enrolled

    static Result<SyncSummary> read(Session &session);
    // Records an online sync attempt in `meta`: errorToken empty = success.
    static Status recordAttempt(Session &session, const QString &errorToken);
};

} // namespace dibao
