#include "sync/ChangeApplier.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "store/PayrollRollParts.h"
#include "store/Session.h"
#include "sync/CanonicalJson.h"
#include "sync/DeviceKeys.h"
#include "sync/IntakeDigest.h"
#include "workflow/Permissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dibao {

namespace {

using Outcome = ChangeApplier::Outcome;

QString trApply(const char *text)
{
    return QCoreApplication::translate("dibao::ChangeApplier", text);
}

ChangeApplier::Result_ refuse(const char *reason)
{
    return {Outcome::Refused, QString::fromLatin1(reason)};
}

QVariant toVariant(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble())
        return QVariant(v.toInteger());
    return QVariant(v.toString());
}

QString jsonText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

// -1, 0, 1 comparing (hlc, origin) of two versions ["hlc","origin",seq].
int compareVersions(const QJsonArray &a, const QJsonArray &b)
{
    const QString ah = a.at(0).toString(), bh = b.at(0).toString();
    if (ah != bh)
        return ah < bh ? -1 : 1;
    const QString ao = a.at(1).toString(), bo = b.at(1).toString();
    if (ao != bo)
        return ao < bo ? -1 : 1;
    return 0;
}

bool isIntakeEntity(const QString &entity)
{
    return entity == QLatin1String("households") || entity == QLatin1String("members")
        || entity == QLatin1String("income_items") || entity == QLatin1String("expense_items")
        || entity == QLatin1String("asset_items");
}

// Column defaults as JSON values (what an insert that does not set the column stores).
const QHash<QString, QJsonValue> &columnDefaults(Database &db, const QString &table)
{
    static QHash<QString, QHash<QString, QJsonValue>> cache;
    auto found = cache.constFind(table);
    if (found != cache.constEnd())
        return *found;
    QHash<QString, QJsonValue> defaults;
    auto st = db.prepare(QStringLiteral("SELECT name, dflt_value FROM pragma_table_info('%1')").arg(table));
    if (st) {
        (void)st->forEachRow([&] {
            if (st->isNull(1)) {
                defaults.insert(st->text(0), QJsonValue());
                return;
            }
            QString text = st->text(1);
            if (text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))
                defaults.insert(st->text(0), text.mid(1, text.size() - 2));
            else
                defaults.insert(st->text(0), QJsonValue(text.toLongLong()));
        });
    }
    return *cache.insert(table, defaults);
}

} // namespace

const QSet<QString> &ChangeApplier::columnSet(const QString &table, const QStringList &columns)
{
    auto found = m_columnSets.constFind(table);
    if (found == m_columnSets.constEnd())
        found = m_columnSets.insert(table, QSet<QString>(columns.cbegin(), columns.cend()));
    return *found;
}

ChangeApplier::ChangeApplier(Session &session, Context context)
    : m_session(session), m_ctx(std::move(context)), m_log(session.db())
{
}

Status ChangeApplier::flag(Session &session, const QString &kind, const QString &peer, const Change *change,
                           const QString &detail)
{
    auto st = session.db().cached("INSERT INTO sync_flags(kind, peer_id, entity, entity_id, origin, change_seq, detail, "
                                  "at) VALUES (?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    Statement &s = **st;
    s.bind(1, kind).bind(2, peer.isEmpty() ? QString() : peer);
    if (change) {
        s.bind(3, change->entity).bind(4, change->entityId).bind(5, change->origin).bind(6, change->changeSeq);
    } else {
        s.bindNull(3).bindNull(4).bindNull(5).bindNull(6);
    }
    s.bind(7, detail).bind(8, nowUtc().toString(Qt::ISODate));
    return s.run();
}

Result<QString> ChangeApplier::userName(const QString &userId)
{
    if (userId.isEmpty())
        return QString();
    const auto cached = m_userNames.constFind(userId);
    if (cached != m_userNames.constEnd())
        return *cached;
    auto st = m_session.db().cached("SELECT name FROM users WHERE id = ?1 UNION ALL "
                                    "SELECT name FROM user_directory WHERE id = ?1 LIMIT 1");
    if (!st)
        return st.error();
    (*st)->bind(1, userId);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    const QString name = *r ? (*st)->text(0) : QString();
    (*st)->reset();
    m_userNames.insert(userId, name);
    return name;
}

namespace {
// The sequence numbers of one origin known here (applied, refused or parked) within a range.
const char *const kKnownSql = "SELECT change_seq FROM change_log WHERE origin = ?1 AND change_seq BETWEEN ?2 AND ?3 "
                              "UNION ALL SELECT change_seq FROM pending_changes WHERE origin = ?1 "
                              "AND change_seq BETWEEN ?2 AND ?3";
} // namespace

Status ChangeApplier::prefetchKnown(const QList<Change> &changes)
{
    QHash<QString, std::pair<qint64, qint64>> ranges;
    for (const Change &c : changes) {
        auto it = ranges.find(c.origin);
        if (it == ranges.end())
            ranges.insert(c.origin, {c.changeSeq, c.changeSeq});
        else
            *it = {std::min(it->first, c.changeSeq), std::max(it->second, c.changeSeq)};
    }
    auto st = m_session.db().cached(kKnownSql);
    if (!st)
        return st.error();
    for (auto it = ranges.constBegin(); it != ranges.constEnd(); ++it) {
        KnownRange range{it->first, it->second, {}};
        (*st)->bind(1, it.key()).bind(2, it->first).bind(3, it->second);
        DIBAO_TRY((*st)->forEachRow([&] { range.known.insert((*st)->int64(0)); }));
        m_known.insert(it.key(), std::move(range));
    }
    return {};
}

ChangeApplier::KnownRange *ChangeApplier::prefetched(const Change &change)
{
    const auto range = m_known.find(change.origin);
    if (range == m_known.end() || change.changeSeq < range->first || change.changeSeq > range->last)
        return nullptr;
    return &*range;
}

Result<bool> ChangeApplier::isKnown(const Change &change)
{
    if (const KnownRange *range = prefetched(change))
        return range->known.contains(change.changeSeq);
    auto st = m_session.db().cached(kKnownSql);
    if (!st)
        return st.error();
    (*st)->bind(1, change.origin).bind(2, change.changeSeq).bind(3, change.changeSeq);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    const bool known = *r;
    (*st)->reset();
    return known;
}

Status ChangeApplier::warm(const QList<Change> &changes)
{
    RecordWriter &w = m_session.writer();
    QSet<QString> entities;
    for (const Change &c : changes)
        entities.insert(c.entity);
    for (const QString &entity : std::as_const(entities)) {
        const MergePolicy::Row *policy = MergePolicy::find(entity);
        if (!policy || policy->merge == MergePolicy::Merge::Directory || !RecordWriter::auditedTables().contains(entity))
            continue; // applied without preparation (and refused or flagged there)
        auto shape = w.insertShape(entity);
        if (!shape)
            return shape.error();
        m_shapes.insert(entity, *shape);
    }
    return {};
}

ChangeApplier::Prepared ChangeApplier::prepare(const Change &change, const QString &now) const
{
    Prepared p;
    const MergePolicy::Row *policy = MergePolicy::find(change.entity);
    const auto shape = m_shapes.constFind(change.entity);
    if (!policy || shape == m_shapes.constEnd() || change.entity == DeviceKeys::kControlEntity)
        return p;
    if (m_ctx.atHub) {
        p.fieldRefusal = fieldRefusal(change, *policy, shape->columns);
        p.townshipFields = townshipFields(change);
        p.fieldsChecked = true;
    }
    p.insert = RecordWriter::prepareInsert(*shape, change.user, change.entity, createdRow(change), now);
    p.versions = ChangeLog::allFieldsVersionText(change);
    return p;
}

Result<ChangeApplier::Result_> ChangeApplier::apply(const Change &change, const Prepared *prepared)
{
    auto result = applyChange(change, prepared);
    // What is logged or parked here is known from now on (a refusal is logged by the importer; a change skipped on
    // a device is not).
    if (result && result->outcome != Outcome::Skipped) {
        if (KnownRange *range = prefetched(change))
            range->known.insert(change.changeSeq);
    }
    return result;
}

Result<ChangeApplier::Result_> ChangeApplier::applyChange(const Change &change, const Prepared *prepared)
{
    {
        auto known = isKnown(change);
        if (!known)
            return known.error();
        if (*known)
            return Result_{Outcome::Duplicate, {}};
    }
    if (change.hlc.millis > Hlc::wallMillis() + ChangeLog::kMaxAheadMillis) {
        DIBAO_TRY(flag(m_session, QStringLiteral("clock_future"), m_ctx.senderStream, &change,
                       trApply("The change is stamped %1, in the future of this machine's clock.")
                           .arg(change.hlc.toString())));
        ++m_flags;
    }
    if (change.entity == DeviceKeys::kControlEntity) {
        // Key rotation is the sending device's own business; handled by the importer, never relayed.
        if (!m_ctx.atHub || change.origin != m_ctx.senderStream)
            return refuse("field_not_owned");
        return Result_{Outcome::Applied, {}};
    }
    const MergePolicy::Row *policy = MergePolicy::find(change.entity);
    if (!policy) {
        if (m_ctx.atHub)
            return refuse("entity_unknown");
        DIBAO_TRY(flag(m_session, QStringLiteral("entity_unknown"), m_ctx.senderStream, &change, change.entity));
        ++m_flags;
        return Result_{Outcome::Skipped, QStringLiteral("entity_unknown")};
    }
    if (policy->merge == MergePolicy::Merge::Directory)
        return applyDirectory(change);
    return applyRecord(change, *policy, false, prepared);
}

Result<QString> ChangeApplier::recordTownship(const Change &change, const MergePolicy::Row &policy,
                                              const std::optional<QVariantMap> &existing)
{
    QVariantMap probe = existing.value_or(QVariantMap());
    for (const char *key : {"division_code", "household_id", "case_id"}) {
        const QString k = QString::fromLatin1(key);
        if (change.fields.contains(k) && !existing)
            probe.insert(k, toVariant(change.fields.value(k)));
    }
    return MergePolicy::townshipOf(m_session.db(), policy, probe, &m_householdTownships);
}

Row ChangeApplier::createdRow(const Change &change)
{
    Row row;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it)
        row.insert(row.cend(), it.key(), toVariant(it.value()));
    row.insert(QStringLiteral("id"), change.entityId);
    return row;
}

QVariantMap ChangeApplier::townshipFields(const Change &change)
{
    QVariantMap fields;
    for (const QString &k : MergePolicy::townshipColumns()) {
        const auto field = change.fields.constFind(k);
        if (field != change.fields.constEnd())
            fields.insert(k, toVariant(*field));
    }
    return fields;
}

QString ChangeApplier::fieldRefusal(const Change &change, const MergePolicy::Row &policy,
                                   const QSet<QString> &columns) const
{
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        const QString key = it.key();
        if (!columns.contains(key) || key == QLatin1String("id") || MergePolicy::isMetadataColumn(key))
            return QStringLiteral("field_unknown");
        if (policy.localFields.contains(key))
            return QStringLiteral("field_not_owned");
    }
    if (policy.owner == MergePolicy::Owner::County || policy.merge == MergePolicy::Merge::CountyWins
        || (policy.owner == MergePolicy::Owner::Authority && !m_ctx.delegated))
        return QStringLiteral("field_not_owned");
    return QString();
}

Result<QString> ChangeApplier::hubContentCheck(const Change &change, const MergePolicy::Row &policy,
                                               const std::optional<QVariantMap> &existing, const QStringList &columnList,
                                               const Prepared *prepared)
{
    const QString refusal = prepared && prepared->fieldsChecked
        ? prepared->fieldRefusal
        : fieldRefusal(change, policy, columnSet(change.entity, columnList));
    if (!refusal.isEmpty())
        return refusal;
    // A device writes only within its own township: the record's township before and after the change.
    if (existing) {
        auto before = MergePolicy::townshipOf(m_session.db(), policy, *existing, &m_householdTownships);
        if (!before)
            return before.error().code == QLatin1String("parent_unknown") ? QStringLiteral("parent_unknown")
                                                                           : before.error().message;
        if (*before != m_ctx.senderTownship)
            return QStringLiteral("household_outside_township");
    }
    {
        // The record after the change, as far as townshipOf reads it (these four columns only): the change's value
        // of a column, else the stored one.
        QVariantMap after = prepared && prepared->fieldsChecked ? prepared->townshipFields : townshipFields(change);
        for (const QString &k : MergePolicy::townshipColumns())
            if (existing && !after.contains(k) && existing->contains(k))
                after.insert(k, existing->value(k));
        auto township = MergePolicy::townshipOf(m_session.db(), policy, after, &m_householdTownships);
        if (!township)
            return QStringLiteral("parent_unknown");
        if (*township != m_ctx.senderTownship)
            return QStringLiteral("household_outside_township");
    }
    if (policy.merge == MergePolicy::Merge::AppendOnly && existing)
        return QStringLiteral("append_only");
    if (!m_ctx.delegated) {
        const auto &defaults = columnDefaults(m_session.db(), change.entity);
        for (const QString &f : policy.authorityFields) {
            if (!change.fields.contains(f))
                continue;
            if (existing)
                return QStringLiteral("field_not_owned");
            if (!policy.authorityFieldsOpenOnInsert.contains(f) && change.fields.value(f) != defaults.value(f))
                return QStringLiteral("field_not_owned");
        }
        for (auto it = policy.authorityValues.constBegin(); it != policy.authorityValues.constEnd(); ++it) {
            if (change.fields.contains(it.key()) && it.value().contains(change.fields.value(it.key()).toString()))
                return QStringLiteral("field_not_owned");
        }
    }
    return QString();
}

Result<bool> ChangeApplier::senderHadSeen(const QJsonArray &version)
{
    const QString origin = version.at(1).toString();
    const qint64 seq = version.at(2).toInteger();
    if (origin == m_ctx.senderStream)
        return true;
    if (!m_ctx.atHub) {
        // On a device only our own unsent writes can be overtaken unseen; the hub ordered everything else.
        if (origin != m_session.deviceId())
            return true;
        return seq <= m_ctx.senderSeenLocalSeq;
    }
    auto st = m_session.db().cached("SELECT id FROM change_log WHERE origin = ? AND change_seq = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, origin).bind(2, seq);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    const bool seen = *r && (*st)->int64(0) <= m_ctx.senderSeenPosition;
    (*st)->reset();
    return seen;
}

Status ChangeApplier::recordConflict(const Change &change, const QString &field, const QJsonValue &kept,
                                     const QJsonArray &keptVersion, const QJsonValue &lost,
                                     const QJsonArray &lostVersion)
{
    auto st = m_session.db().cached(
        "INSERT INTO conflicts(entity, entity_id, field, kept_value, kept_hlc, kept_origin, lost_value, lost_hlc, "
        "lost_origin, lost_user, detected_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    Statement &s = **st;
    s.bind(1, change.entity).bind(2, change.entityId).bind(3, field).bind(4, jsonText(kept));
    s.bind(5, keptVersion.at(0).toString()).bind(6, keptVersion.at(1).toString()).bind(7, jsonText(lost));
    s.bind(8, lostVersion.at(0).toString()).bind(9, lostVersion.at(1).toString());
    const bool lostIsIncoming = lostVersion.at(1).toString() == change.origin
        && lostVersion.at(2).toInteger() == change.changeSeq;
    s.bind(10, lostIsIncoming ? change.user : QString());
    s.bind(11, nowUtc().toString(Qt::ISODate));
    DIBAO_TRY(s.run());
    ++m_conflicts;
    return {};
}

Status ChangeApplier::park(const Change &change)
{
    auto st = m_session.db().cached("INSERT OR IGNORE INTO pending_changes(origin, change_seq, entity, entity_id, hlc, "
                                    "user_id, fields) VALUES (?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    Statement &s = **st;
    s.bind(1, change.origin).bind(2, change.changeSeq).bind(3, change.entity).bind(4, change.entityId);
    s.bind(5, change.hlc.toString()).bind(6, change.user);
    s.bind(7, QString::fromUtf8(CanonicalJson::serialize(change.fields)));
    return s.run();
}

Status ChangeApplier::rekeyPolicyRow(const Change &change, const QVariantMap &row)
{
    // A device made its own copy of a default policy row at init; the county's row has the same natural key and
    // another id. The county's id wins: the local row takes it (audited as a rekey), then the change merges in.
    Database &db = m_session.db();
    auto st = db.prepare("SELECT id FROM policy_rows WHERE kind = ? AND key = ? AND effective_from = ?");
    if (!st)
        return st.error();
    st->bind(1, row.value(QStringLiteral("kind"))).bind(2, row.value(QStringLiteral("key")));
    st->bind(3, row.value(QStringLiteral("effective_from")));
    auto r = st->step();
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorKind::Conflict, QStringLiteral("policy_key_conflict"),
                         trApply("A policy row conflicts with one here that cannot be found."));
    const QString localId = st->text(0);
    RecordWriter &w = m_session.writer();
    auto before = w.read(QStringLiteral("policy_rows"), localId);
    if (!before)
        return before.error();
    auto up = db.prepare("UPDATE policy_rows SET id = ? WHERE id = ?");
    if (!up)
        return up.error();
    up->bind(1, change.entityId).bind(2, localId);
    DIBAO_TRY(up->run());
    auto after = w.read(QStringLiteral("policy_rows"), change.entityId);
    if (!after)
        return after.error();
    auto name = userName(change.user);
    if (!name)
        return name.error();
    DIBAO_TRY(m_session.audit().append(WriteContext{change.user, *name, change.origin}, QStringLiteral("policy_rows"),
                                       change.entityId, QStringLiteral("rekey"),
                                       RecordWriter::canonicalRecord(QStringLiteral("policy_rows"), **before),
                                       RecordWriter::canonicalRecord(QStringLiteral("policy_rows"), **after)));
    auto versions = m_log.versions(QStringLiteral("policy_rows"), localId);
    if (!versions)
        return versions.error();
    auto del = db.prepare("DELETE FROM record_versions WHERE entity = 'policy_rows' AND entity_id = ?");
    if (!del)
        return del.error();
    del->bind(1, localId);
    DIBAO_TRY(del->run());
    return m_log.setVersions(QStringLiteral("policy_rows"), change.entityId, *versions);
}

Result<ChangeApplier::Result_> ChangeApplier::applyRecord(const Change &change, const MergePolicy::Row &policy, bool retry,
                                                          const Prepared *prepared)
{
    RecordWriter &w = m_session.writer();
    auto columns = w.columns(change.entity);
    if (!columns)
        return columns.error();
    auto existingRead = w.read(change.entity, change.entityId);
    if (!existingRead)
        return existingRead.error();
    const std::optional<QVariantMap> existing = *existingRead;

    if (m_ctx.atHub) {
        auto refusal = hubContentCheck(change, policy, existing, *columns, prepared);
        if (!refusal)
            return refusal.error();
        if (!refusal->isEmpty())
            return Result_{Outcome::Refused, *refusal};
    } else {
        const QSet<QString> &known = columnSet(change.entity, *columns);
        for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
            if (!known.contains(it.key()) || it.key() == QLatin1String("id")
                || MergePolicy::isMetadataColumn(it.key()) || policy.localFields.contains(it.key())) {
                DIBAO_TRY(flag(m_session, QStringLiteral("field_unknown"), m_ctx.senderStream, &change, it.key()));
                ++m_flags;
                return Result_{Outcome::Skipped, QStringLiteral("field_unknown")};
            }
        }
        if (existing) {
            auto township = recordTownship(change, policy, existing);
            if (township && !township->isEmpty() && *township != m_ctx.senderTownship) {
                DIBAO_TRY(flag(m_session, QStringLiteral("outside_audience"), m_ctx.senderStream, &change, *township));
                ++m_flags;
                return Result_{Outcome::Skipped, QStringLiteral("outside_audience")};
            }
        }
    }

    // A part of an issued roll brings its lines (store/PayrollRollParts.h): checked before anything is written, and
    // derived from the part as stored right after it. Lines that do not hold refuse the part at the hub and are
    // flagged on a device (a device never refuses); a line for a household not here yet parks the part until it
    // arrives, as a record whose parent is missing does.
    std::optional<PayrollRollParts::Part> partLines;
    if (!existing && change.entity == PayrollRollParts::partsTable()) {
        auto lines = PayrollRollParts::derivedLines(createdRow(change));
        if (!lines) {
            if (m_ctx.atHub)
                return Result_{Outcome::Refused, lines.error().code};
            DIBAO_TRY(flag(m_session, lines.error().code, m_ctx.senderStream, &change, lines.error().message));
            ++m_flags;
            return Result_{Outcome::Skipped, lines.error().code};
        }
        auto known = householdsKnown(*lines);
        if (!known)
            return known.error();
        if (!*known) {
            if (!retry)
                DIBAO_TRY(park(change));
            return Result_{Outcome::Pending, {}};
        }
        partLines = PayrollRollParts::partOf(*lines);
    }

    // A household's township may change with this change: looked up again when next asked.
    if (change.entity == QLatin1String("households"))
        m_householdTownships.remove(change.entityId);
    // A record created here: every field wins, and gets this change's version whatever was stored before (nothing
    // to read). Its row made ready beforehand where prepare() could.
    const RecordWriter::PreparedInsert *ready = !existing && prepared && prepared->insert.ready ? &prepared->insert
                                                                                                 : nullptr;
    const QJsonArray incoming = existing ? ChangeLog::versionOf(change) : QJsonArray(); // merged against the stored
    Result<QJsonObject> versions = existing ? m_log.versions(change.entity, change.entityId) : QJsonObject();
    if (!versions)
        return versions.error();
    const QJsonObject current = existing ? RecordWriter::changeFields(change.entity, *existing) : QJsonObject();
    const bool authorityIncoming = !m_ctx.atHub && m_ctx.authorityOrigins.contains(change.origin);
    Row winners;
    QJsonObject newVersions = *versions;
    for (auto it = change.fields.constBegin(); existing && it != change.fields.constEnd(); ++it) {
        const QString &f = it.key();
        const QJsonValue value = it.value();
        const QJsonArray cur = ChangeLog::fieldVersion(*versions, f);
        if (cur.isEmpty()) {
            winners.insert(f, toVariant(value));
            newVersions.insert(f, incoming);
            continue;
        }
        const QJsonValue curValue = current.value(f);
        const bool forced = authorityIncoming
            && (policy.merge == MergePolicy::Merge::CountyWins || policy.authorityFields.contains(f)
                || policy.authorityValues.contains(f));
        const int cmp = compareVersions(incoming, cur);
        if (forced || cmp > 0) {
            if (curValue != value) {
                winners.insert(f, toVariant(value));
                if (cur.at(1).toString() != change.origin) {
                    auto seen = senderHadSeen(cur);
                    if (!seen)
                        return seen.error();
                    if (!*seen)
                        DIBAO_TRY(recordConflict(change, f, value, incoming, curValue, cur));
                }
            }
            newVersions.insert(f, incoming);
        } else if (cmp < 0 && curValue != value) {
            DIBAO_TRY(recordConflict(change, f, curValue, cur, value, incoming));
        }
    }

    auto name = userName(change.user);
    if (!name)
        return name.error();
    const WriteContext who{change.user, *name, change.origin};
    Row stored;
    if (existing) {
        if (winners.isEmpty())
            stored = *existing;
        else
            DIBAO_TRY(w.updateApplied(who, change.entity, change.entityId, winners, &stored));
    } else {
        const Row row = ready ? ready->row : createdRow(change);
        const Status inserted = ready ? w.insertApplied(who, change.entity, *ready, &stored)
                                      : w.insertApplied(who, change.entity, row, &stored);
        if (!inserted) {
            const QString message = inserted.error().message;
            if (!m_ctx.atHub && change.entity == QLatin1String("policy_rows")
                && message.contains(QLatin1String("UNIQUE constraint failed"))) {
                DIBAO_TRY(rekeyPolicyRow(change, row));
                return applyRecord(change, policy, retry);
            }
            if (message.contains(QLatin1String("NOT NULL constraint failed"))
                || message.contains(QLatin1String("FOREIGN KEY constraint failed"))) {
                // Update before create: parked until the record (or its parent) arrives.
                if (!retry)
                    DIBAO_TRY(park(change));
                return Result_{Outcome::Pending, {}};
            }
            return inserted.error();
        }
    }
    if (partLines)
        DIBAO_TRY(PayrollRollParts::writeLines(m_session.db(), stored, *partLines));
    if (!existing) // {"*": incoming}: one version for every field, its text written directly
        DIBAO_TRY(m_log.setVersionsText(change.entity, change.entityId,
                                        prepared && !prepared->versions.isEmpty() ? prepared->versions
                                                                                  : ChangeLog::allFieldsVersionText(change)));
    else if (newVersions != *versions)
        DIBAO_TRY(m_log.setVersions(change.entity, change.entityId, newVersions));
    auto township = MergePolicy::audienceOf(m_session.db(), policy, stored, &m_householdTownships);
    if (!township)
        return township.error();
    auto logged = m_log.appendApplied(change, *township);
    if (!logged)
        return logged.error();
    DIBAO_TRY(afterApply(change, policy, stored));
    return Result_{Outcome::Applied, {}};
}

Result<bool> ChangeApplier::householdsKnown(const QList<Row> &lines)
{
    // Whether every line's household is here. Not whether it is still of the part's township: a household
    // transferred since is paid by the township of the month, which is the line's own division_code (the part's).
    auto st = m_session.db().cached("SELECT 1 FROM households WHERE id = ?");
    if (!st)
        return st.error();
    for (const Row &line : lines) {
        (*st)->bind(1, line.value(QStringLiteral("household_id")).toString());
        auto r = (*st)->step();
        (*st)->reset();
        if (!r)
            return r.error();
        if (!*r)
            return false;
    }
    return true;
}

Status ChangeApplier::afterApply(const Change &change, const MergePolicy::Row &policy, const QVariantMap &stored)
{
    Q_UNUSED(policy);
    if (!m_ctx.atHub)
        return {};
    if (isIntakeEntity(change.entity)) {
        const QString household = change.entity == QLatin1String("households")
            ? change.entityId
            : stored.value(QStringLiteral("household_id")).toString();
        m_touchedHouseholds.insert(household);
    }
    if (change.entity == QLatin1String("members") && change.fields.contains(QStringLiteral("id_number"))) {
        // The same person counted in another township's household: flagged for the county, never refused.
        auto st = m_session.db().cached(
            "SELECT h.division_code, m.household_id FROM members m JOIN households h ON h.id = m.household_id "
            "WHERE m.id_number = ? AND m.id <> ? AND m.left_reason IS NULL AND h.division_code <> "
            "(SELECT division_code FROM households WHERE id = ?) LIMIT 1");
        if (!st)
            return st.error();
        (*st)->bind(1, stored.value(QStringLiteral("id_number")).toString()).bind(2, change.entityId);
        (*st)->bind(3, stored.value(QStringLiteral("household_id")).toString());
        auto r = (*st)->step();
        if (!r)
            return r.error();
        QString other;
        if (*r)
            other = (*st)->text(0) + QLatin1Char('/') + (*st)->text(1);
        (*st)->reset();
        if (!other.isEmpty()) {
            DIBAO_TRY(flag(m_session, QStringLiteral("duplicate_member"), m_ctx.senderStream, &change,
                           trApply("The same ID number is a member of household %1 in another township.").arg(other)));
            ++m_flags;
        }
    }
    return {};
}

Result<ChangeApplier::Result_> ChangeApplier::applyDirectory(const Change &change)
{
    static const QStringList columns{QStringLiteral("name"), QStringLiteral("display_name"), QStringLiteral("role"),
                                     QStringLiteral("division_code"), QStringLiteral("active")};
    Database &db = m_session.db();
    auto st = db.prepare("SELECT name, display_name, role, division_code, active, versions FROM user_directory "
                         "WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, change.entityId);
    auto r = st->step();
    if (!r)
        return r.error();
    QJsonObject row;
    QJsonObject versions;
    const bool exists = *r;
    if (exists) {
        for (int i = 0; i < 4; ++i)
            row.insert(columns.at(i), st->isNull(i) ? QJsonValue() : QJsonValue(st->text(i)));
        row.insert(columns.at(4), st->isNull(4) ? QJsonValue() : QJsonValue(st->int64(4)));
        versions = QJsonDocument::fromJson(st->text(5).toUtf8()).object();
    }
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        if (!columns.contains(it.key())) {
            if (m_ctx.atHub && it.key() != QLatin1String("pw_hash"))
                continue; // other user columns are not part of the directory
            if (m_ctx.atHub)
                return refuse("field_not_owned");
            continue;
        }
    }
    if (m_ctx.atHub) {
        const QString division = change.fields.contains(QStringLiteral("division_code"))
            ? change.fields.value(QStringLiteral("division_code")).toString()
            : row.value(QStringLiteral("division_code")).toString();
        const QString role = change.fields.contains(QStringLiteral("role"))
            ? change.fields.value(QStringLiteral("role")).toString()
            : row.value(QStringLiteral("role")).toString();
        const auto parsed = roleFromToken(role);
        if (division != m_ctx.senderTownship || !parsed || isCountyRole(*parsed)
            || (exists && row.value(QStringLiteral("division_code")).toString() != m_ctx.senderTownship))
            return refuse("field_not_owned");
    }
    const QJsonArray incoming = ChangeLog::versionOf(change);
    for (const QString &c : columns) {
        if (!change.fields.contains(c))
            continue;
        const QJsonArray cur = versions.value(c).toArray();
        if (cur.isEmpty() || compareVersions(incoming, cur) > 0) {
            row.insert(c, change.fields.value(c));
            versions.insert(c, incoming);
        }
    }
    auto up = db.prepare("INSERT INTO user_directory(id, name, display_name, role, division_code, active, origin, "
                         "versions) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                         "display_name = excluded.display_name, role = excluded.role, "
                         "division_code = excluded.division_code, active = excluded.active, origin = excluded.origin, "
                         "versions = excluded.versions");
    if (!up)
        return up.error();
    up->bind(1, change.entityId);
    for (int i = 0; i < columns.size(); ++i)
        up->bind(i + 2, toVariant(row.value(columns.at(i))));
    up->bind(7, change.origin).bind(8, QString::fromUtf8(CanonicalJson::serialize(versions)));
    DIBAO_TRY(up->run());
    const QString division = row.value(QStringLiteral("division_code")).toString();
    auto logged = m_log.appendApplied(change, division.size() == 9 ? division : QString());
    if (!logged)
        return logged.error();
    return Result_{Outcome::Applied, {}};
}

Status ChangeApplier::finish()
{
    Database &db = m_session.db();
    // Parked changes: retried in HLC order while any of them still lands.
    for (bool progress = true; progress;) {
        progress = false;
        auto st = db.prepare("SELECT origin, change_seq, entity, entity_id, hlc, user_id, fields FROM pending_changes "
                             "ORDER BY hlc, origin, change_seq");
        if (!st)
            return st.error();
        QList<Change> parked;
        DIBAO_TRY(st->forEachRow([&] {
            Change c;
            c.origin = st->text(0);
            c.changeSeq = st->int64(1);
            c.entity = st->text(2);
            c.entityId = st->text(3);
            c.hlc = Hlc::parse(st->text(4)).value_or(Hlc{});
            c.user = st->text(5);
            c.fields = QJsonDocument::fromJson(st->text(6).toUtf8()).object();
            parked << c;
        }));
        for (const Change &c : parked) {
            const MergePolicy::Row *policy = MergePolicy::find(c.entity);
            if (!policy)
                continue;
            auto result = applyRecord(c, *policy, true);
            if (!result)
                return result.error();
            if (result->outcome == Outcome::Pending)
                continue;
            auto del = db.cached("DELETE FROM pending_changes WHERE origin = ? AND change_seq = ?");
            if (!del)
                return del.error();
            (*del)->bind(1, c.origin).bind(2, c.changeSeq);
            DIBAO_TRY((*del)->run());
            progress = true;
        }
    }
    // A township edit after a decision: the case is flagged "changed since decision" for the county.
    for (const QString &household : std::as_const(m_touchedHouseholds)) {
        auto st = db.cached("SELECT id, intake_digest FROM cases WHERE household_id = ? AND intake_digest IS NOT NULL "
                            "ORDER BY decided_on DESC, rowid DESC LIMIT 1");
        if (!st)
            return st.error();
        (*st)->bind(1, household);
        auto r = (*st)->step();
        if (!r)
            return r.error();
        if (!*r)
            continue;
        const QString caseId = (*st)->text(0);
        const QString decided = (*st)->text(1);
        (*st)->reset();
        auto digest = IntakeDigest::compute(db, household);
        if (!digest)
            return digest.error();
        if (*digest == decided)
            continue;
        auto seen = db.prepare("SELECT 1 FROM sync_flags WHERE kind = 'changed_since_decision' AND entity_id = ? "
                               "AND detail = ? AND resolved_at IS NULL");
        if (!seen)
            return seen.error();
        seen->bind(1, caseId).bind(2, *digest);
        auto already = seen->step();
        if (!already)
            return already.error();
        if (*already)
            continue;
        Change c;
        c.entity = QStringLiteral("cases");
        c.entityId = caseId;
        auto ins = db.prepare("INSERT INTO sync_flags(kind, peer_id, entity, entity_id, detail, at) "
                              "VALUES ('changed_since_decision', ?, 'cases', ?, ?, ?)");
        if (!ins)
            return ins.error();
        ins->bind(1, m_ctx.senderStream).bind(2, caseId).bind(3, *digest).bind(4, nowUtc().toString(Qt::ISODate));
        DIBAO_TRY(ins->run());
        ++m_flags;
    }
    return {};
}

} // namespace dibao
