#include "sync/SyncConflicts.h"

#include "common/ChinaDate.h"
#include "store/AddressIndex.h"
#include "store/Session.h"
#include "sync/Hlc.h"
#include "sync/SyncExporter.h"
#include "sync/SyncPeers.h"
#include "workflow/Permissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dibao {

namespace {

QString trConflicts(const char *text)
{
    return QCoreApplication::translate("dibao::SyncConflicts", text);
}

// The conflicts table keeps values as canonical JSON text of one value ("abc" with quotes, 12, null).
QJsonValue parseValue(const QString &text, bool isNull)
{
    if (isNull)
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    if (!doc.isArray() || doc.array().size() != 1)
        return QJsonValue(text);
    return doc.array().at(0);
}

QVariant toVariant(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble())
        return QVariant(v.toInteger());
    if (v.isBool())
        return QVariant(qint64(v.toBool() ? 1 : 0));
    return QVariant(v.toString());
}

bool sameValue(const QVariant &stored, const QVariant &wanted)
{
    if (stored.isNull() || wanted.isNull())
        return stored.isNull() == wanted.isNull();
    return stored.toString() == wanted.toString();
}

constexpr const char *kColumns = "id, entity, entity_id, field, kept_value, kept_hlc, kept_origin, lost_value, lost_hlc, "
                                 "lost_origin, lost_user, detected_at";

} // namespace

QDateTime SyncConflict::hlcTime(const QString &hlc)
{
    const auto parsed = Hlc::parse(hlc);
    if (!parsed)
        return {};
    return QDateTime::fromMSecsSinceEpoch(parsed->millis, Qt::UTC);
}

Result<QString> SyncConflicts::userName(const QString &origin, const QString &hlc, const QString &fallbackUserId)
{
    QString userId = fallbackUserId;
    if (userId.isEmpty()) {
        auto st = m_session.db().cached("SELECT user_id FROM change_log WHERE origin = ? AND hlc = ? LIMIT 1");
        if (!st)
            return st.error();
        (*st)->bind(1, origin).bind(2, hlc);
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (*row)
            userId = (*st)->text(0);
        (*st)->reset();
    }
    if (userId.isEmpty())
        return QString();
    auto st = m_session.db().cached(
        "SELECT coalesce(nullif(display_name, ''), name) FROM users WHERE id = ?1 UNION ALL "
        "SELECT coalesce(nullif(display_name, ''), name) FROM user_directory WHERE id = ?1 LIMIT 1");
    if (!st)
        return st.error();
    (*st)->bind(1, userId);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    const QString name = *row ? (*st)->text(0) : userId;
    (*st)->reset();
    return name;
}

Result<qint64> SyncConflicts::openCount()
{
    auto st = m_session.db().prepare("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return st->int64(0);
}

Result<QList<SyncConflict>> SyncConflicts::open(int limit)
{
    auto st = m_session.db().prepare(QStringLiteral("SELECT %1 FROM conflicts WHERE resolved_at IS NULL "
                                                    "ORDER BY id DESC LIMIT ?")
                                         .arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    st->bind(1, qint64(limit));
    QList<SyncConflict> out;
    QList<QString> lostUserIds;
    DIBAO_TRY(st->forEachRow([&] {
        SyncConflict c;
        c.id = st->int64(0);
        c.entity = st->text(1);
        c.entityId = st->text(2);
        c.field = st->text(3);
        c.keptValue = parseValue(st->text(4), st->isNull(4));
        c.keptHlc = st->text(5);
        c.keptOrigin = st->text(6);
        c.lostValue = parseValue(st->text(7), st->isNull(7));
        c.lostHlc = st->text(8);
        c.lostOrigin = st->text(9);
        lostUserIds << st->text(10);
        c.detectedAt = st->text(11);
        out << c;
    }));
    for (int i = 0; i < out.size(); ++i) {
        auto kept = userName(out[i].keptOrigin, out[i].keptHlc, QString());
        if (!kept)
            return kept.error();
        out[i].keptUser = *kept;
        auto lost = userName(out[i].lostOrigin, out[i].lostHlc, lostUserIds.at(i));
        if (!lost)
            return lost.error();
        out[i].lostUser = *lost;
    }
    return out;
}

Result<SyncConflict> SyncConflicts::find(qint64 id)
{
    auto st = m_session.db().prepare(QStringLiteral("SELECT %1, resolved_at FROM conflicts WHERE id = ?")
                                         .arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::NotFound, QStringLiteral("conflict_not_found"),
                         trConflicts("That conflict does not exist."));
    if (!st->isNull(12))
        return makeError(ErrorKind::Conflict, QStringLiteral("conflict_resolved"),
                         trConflicts("That conflict has already been resolved."));
    SyncConflict c;
    c.id = st->int64(0);
    c.entity = st->text(1);
    c.entityId = st->text(2);
    c.field = st->text(3);
    c.keptValue = parseValue(st->text(4), st->isNull(4));
    c.keptHlc = st->text(5);
    c.keptOrigin = st->text(6);
    c.lostValue = parseValue(st->text(7), st->isNull(7));
    c.lostHlc = st->text(8);
    c.lostOrigin = st->text(9);
    const QString lostUserId = st->text(10);
    c.detectedAt = st->text(11);
    auto kept = userName(c.keptOrigin, c.keptHlc, QString());
    if (!kept)
        return kept.error();
    c.keptUser = *kept;
    auto lost = userName(c.lostOrigin, c.lostHlc, lostUserId);
    if (!lost)
        return lost.error();
    c.lostUser = *lost;
    return c;
}

Status SyncConflicts::resolve(qint64 id, Choice choice)
{
    if (!m_session.signedIn())
        return makeError(ErrorKind::Permission, QStringLiteral("not_signed_in"), trConflicts("Sign in first."));
    // Whoever may write household records (intake, household import) or decide on them (the confirming authority).
    if (!m_session.require(Action::Intake).ok() && !m_session.require(Action::ImportHouseholds).ok()
        && !m_session.require(Action::Confirm).ok())
        return makeError(ErrorKind::Permission, QStringLiteral("permission_denied"),
                         trConflicts("Your role may not resolve conflicts: ask someone who records households."));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    auto conflict = find(id);
    if (!conflict)
        return conflict.error();
    const QVariant wanted = toVariant(choice == Choice::Kept ? conflict->keptValue : conflict->lostValue);
    RecordWriter &writer = m_session.writer();
    auto record = writer.read(conflict->entity, conflict->entityId);
    if (!record)
        return record.error();
    if (!*record)
        return makeError(ErrorKind::NotFound, QStringLiteral("conflict_not_found"),
                         trConflicts("The record of that conflict does not exist here."));
    // The chosen value becomes a normal change when it is not the one in force now (a later write may have
    // changed the field since the conflict was found).
    if (!sameValue((**record).value(conflict->field), wanted))
        DIBAO_TRY(writer.update(m_session.writeContext(), conflict->entity, conflict->entityId,
                                Row{{conflict->field, wanted}}, QStringLiteral("resolve_conflict")));
    auto mark = m_session.db().prepare("UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? "
                                       "WHERE resolved_at IS NULL AND entity = ? AND entity_id = ? AND field = ?");
    if (!mark)
        return mark.error();
    mark->bind(1, nowUtc().toString(Qt::ISODate)).bind(2, m_session.actor().userId);
    mark->bind(3, choice == Choice::Kept ? QStringLiteral("kept") : QStringLiteral("restored"));
    mark->bind(4, conflict->entity).bind(5, conflict->entityId).bind(6, conflict->field);
    DIBAO_TRY(mark->run());
    DIBAO_TRY(indexQueuedAddresses(m_session.db())); // a resolved address (schema v17)
    return tx.commit();
}

Result<SyncSummary> SyncSummary::read(Session &session)
{
    SyncSummary s;
    Database &db = session.db();
    auto scalar = [&](const QString &sql, const QString &bind = QString()) -> Result<qint64> {
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        if (!bind.isNull())
            st->bind(1, bind);
        auto row = st->step();
        if (!row)
            return row.error();
        return *row ? st->int64(0) : 0;
    };
    auto metaValue = [&](const char *key) -> Result<QString> { return session.meta(QString::fromLatin1(key)); };
    auto last = metaValue("sync.last_success");
    if (!last)
        return last.error();
    s.lastSync = *last;
    auto attempt = metaValue("sync.last_attempt");
    if (!attempt)
        return attempt.error();
    s.lastAttempt = *attempt;
    auto error = metaValue("sync.last_error");
    if (!error)
        return error.error();
    s.lastError = *error;
    auto conflicts = SyncConflicts(session).openCount();
    if (!conflicts)
        return conflicts.error();
    s.conflicts = *conflicts;
    auto held = scalar(QStringLiteral("SELECT count(*) FROM sync_held"));
    if (!held)
        return held.error();
    s.held = *held;
    if (session.isCounty()) {
        auto devices = scalar(QStringLiteral("SELECT count(*) FROM sync_peers WHERE role = 'device'"));
        if (!devices)
            return devices.error();
        s.hub = true;
        s.devices = *devices;
        s.joined = *devices > 0;
        auto pending = scalar(QStringLiteral("SELECT count(*) FROM sync_out WHERE acked_at IS NULL"));
        if (!pending)
            return pending.error();
        s.pendingBundles = *pending;
        return s;
    }
    SyncPeers peers(db);
    auto hub = peers.currentHub();
    if (!hub)
        return hub.error();
    if (!*hub)
        return s;
    s.joined = true;
    s.online = !(*hub)->address.isEmpty();
    s.hubId = (*hub)->hubId;
    s.hubAddress = (*hub)->address;
    const QString peer = (*hub)->peerId;
    auto stored = scalar(QStringLiteral("SELECT count(*) FROM sync_out WHERE peer_id = ? AND acked_at IS NULL"), peer);
    if (!stored)
        return stored.error();
    auto unacked = scalar(QStringLiteral("SELECT coalesce(sum(change_count), 0) FROM sync_out WHERE peer_id = ? "
                                         "AND acked_at IS NULL"),
                          peer);
    if (!unacked)
        return unacked.error();
    auto uncut = scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE change_seq > %1").arg((*hub)->outPosition));
    if (!uncut)
        return uncut.error();
    s.pendingBundles = *stored + (*uncut + SyncExporter::kMaxChangesPerBundle - 1) / SyncExporter::kMaxChangesPerBundle;
    s.pendingChanges = *unacked + *uncut;
    return s;
}

Status SyncSummary::recordAttempt(Session &session, const QString &errorToken)
{
    const QString now = nowUtc().toString(Qt::ISODate);
    Transaction tx(session.db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(session.setMeta(QStringLiteral("sync.last_attempt"), now));
    if (errorToken.isEmpty())
        DIBAO_TRY(session.setMeta(QStringLiteral("sync.last_success"), now));
    // meta values are NOT NULL: a success stores the empty token.
    DIBAO_TRY(session.setMeta(QStringLiteral("sync.last_error"), errorToken.isEmpty() ? QStringLiteral("") : errorToken));
    return tx.commit();
}

} // namespace dibao
