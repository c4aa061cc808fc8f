#pragma once

#include "common/Result.h"
#include "sync/Change.h"
#include "sync/ChangeLog.h"
#include "store/RecordWriter.h"
#include "sync/MergePolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace dibao {

class Session;

// Applies changes made elsewhere to this database, one at a time, inside the importer's transaction: the content
// checks of the hub (a change that writes what its device does not own is refused alone), the merge policy of its
// entity (last writer wins per field by (HLC, origin), append-only, county wins), update-before-create (parked in
// pending_changes until the record exists) and the flags a person should see. Applied records go through
// RecordWriter (audited under the change's user and device) but never into the local outbox.
class ChangeApplier {
public:
    struct Context {
        bool atHub = false;
        QString senderStream;          // the stream the bundle came on
        QString senderTownship;        // hub: the sending device's township; device: its own township
        qint64 bundleSeq = 0;
        QSet<QString> authorityOrigins; // device: the hub's streams (county writes win their fields)
        qint64 senderSeenPosition = 0; // hub: change_log id up to which the sender had received our changes
        qint64 senderSeenLocalSeq = 0; // device: our last change_seq the hub had applied when it cut the bundle
        bool delegated = false;        // hub: the township confirms (policy "confirmer" = township)
    };

    enum class Outcome { Applied, Duplicate, Refused, Pending, Skipped };
    struct Result_ {
        Outcome outcome = Outcome::Applied;
        QString reason; // refusal token
    };

    ChangeApplier(Session &session, Context context);

    // What apply() can use of a change made ready beforehand, away from the database (prepare()).
    struct Prepared {
        bool fieldsChecked = false;
        QString fieldRefusal;                 // at the hub: what the change's fields alone refuse (empty: nothing)
        QVariantMap townshipFields;           // at the hub: townshipFields()
        RecordWriter::PreparedInsert insert;  // the record as this change would create it
        QByteArray versions;                  // its field versions then (every field this change's)
    };
    // Reads what prepare() needs of the record types `changes` write. After it, prepare() reads only what warm()
    // copied: it runs on another thread while this one applies.
    Status warm(const QList<Change> &changes);
    // `now` stands for the moment the record is written (its created_at).
    Prepared prepare(const Change &change, const QString &now) const;

    // `prepared`, if given, is prepare()'s for this change.
    Result<Result_> apply(const Change &change, const Prepared *prepared = nullptr);
    // Reads once, per origin, which of the sequence numbers `changes` carry are already known here (applied,
    // refused or parked), so apply() need not ask for each change. Optional; changes outside it are asked for.
    Status prefetchKnown(const QList<Change> &changes);
    // After the last change of a bundle: parked changes whose record now exists are merged in, intakes changed after
    // their decision are flagged.
    Status finish();

    int conflicts() const { return m_conflicts; }
    int flags() const { return m_flags; }

    // Flags a person should see (sync_flags); also used by the importer.
    static Status flag(Session &session, const QString &kind, const QString &peer, const Change *change,
                       const QString &detail);

private:
    Result<Result_> applyChange(const Change &change, const Prepared *prepared);
    Result<bool> isKnown(const Change &change);
    struct KnownRange;
    KnownRange *prefetched(const Change &change); // the prefetched range holding the change's sequence number
    Result<Result_> applyRecord(const Change &change, const MergePolicy::Row &policy, bool retry,
                                const Prepared *prepared = nullptr);
    Result<Result_> applyDirectory(const Change &change);
    Result<QString> hubContentCheck(const Change &change, const MergePolicy::Row &policy,
                                    const std::optional<QVariantMap> &existing, const QStringList &columns,
                                    const Prepared *prepared);
    // The hub's refusal of a change for its fields alone (fields unknown here, local or not the device's to write).
    QString fieldRefusal(const Change &change, const MergePolicy::Row &policy, const QSet<QString> &columns) const;
    // The record the change creates where none exists: its fields (every one wins) and its id.
    static Row createdRow(const Change &change);
    // The change's values of the columns a record's township is read from (MergePolicy::townshipColumns()).
    static QVariantMap townshipFields(const Change &change);
    Result<QString> recordTownship(const Change &change, const MergePolicy::Row &policy,
                                   const std::optional<QVariantMap> &existing);
    Result<bool> senderHadSeen(const QJsonArray &version);
    Status recordConflict(const Change &change, const QString &field, const QJsonValue &kept,
                          const QJsonArray &keptVersion, const QJsonValue &lost, const QJsonArray &lostVersion);
    Status park(const Change &change);
    Status rekeyPolicyRow(const Change &change, const QVariantMap &row);
    Result<QString> userName(const QString &userId);
    // Whether every household a roll part's lines pay is in this database.
    Result<bool> householdsKnown(const QList<Row> &lines);
    Status afterApply(const Change &change, const MergePolicy::Row &policy, const QVariantMap &stored);

    Session &m_session;
    Context m_ctx;
    ChangeLog m_log;
    QSet<QString> m_touchedHouseholds;
    QHash<QString, QString> m_userNames;
    struct KnownRange {
        qint64 first = 0, last = -1; // the sequence numbers prefetched for an origin
        QSet<qint64> known;          // those of them known here, and those applied since
    };
    QHash<QString, KnownRange> m_known;
    QHash<QString, QString> m_householdTownships; // looked up during this import; a household's own change forgets it
    QHash<QString, QSet<QString>> m_columnSets;
    QHash<QString, RecordWriter::InsertShape> m_shapes; // warm(): for prepare(), never changed after
    const QSet<QString> &columnSet(const QString &table, const QStringList &columns);
    int m_conflicts = 0;
    int m_flags = 0;
};

} // namespace dibao
