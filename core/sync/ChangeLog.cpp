#include "sync/ChangeLog.h"

#include "db/Database.h"
#include "common/JsonWriter.h"
#include "sync/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dibao {

QJsonArray ChangeLog::versionOf(const Change &change)
{
    return QJsonArray{change.hlc.toString(), change.origin, change.changeSeq};
}

QJsonArray ChangeLog::fieldVersion(const QJsonObject &versions, const QString &field)
{
    const auto own = versions.constFind(field);
    if (own != versions.constEnd())
        return own->toArray();
    return versions.value(kAllFields).toArray();
}

Result<Hlc> ChangeLog::observed()
{
    auto st = m_db.cached("SELECT value FROM meta WHERE key = 'hlc_observed'");
    if (!st)
        return st.error();
    auto r = (*st)->step();
    if (!r)
        return r.error();
    Hlc h;
    if (*r)
        h = Hlc::parse((*st)->text(0)).value_or(Hlc{});
    (*st)->reset();
    return h;
}

Status ChangeLog::observe(const Hlc &remote)
{
    auto current = observed();
    if (!current)
        return current.error();
    const Hlc merged = Hlc::receive(*current, remote, Hlc::wallMillis(), kMaxAheadMillis);
    if (merged == *current)
        return {};
    auto st = m_db.cached("INSERT INTO meta(key, value) VALUES ('hlc_observed', ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st)
        return st.error();
    (*st)->bind(1, merged.toString());
    return (*st)->run();
}

Result<qint64> ChangeLog::lastChangeSeq(const QString &origin)
{
    auto st = m_db.cached("SELECT max(change_seq) FROM change_log WHERE origin = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, origin);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    const qint64 seq = (*st)->isNull(0) ? 0 : (*st)->int64(0);
    (*st)->reset();
    return seq;
}

Result<Hlc> ChangeLog::now(const QString &origin)
{
    auto st = m_db.cached("SELECT hlc FROM change_log WHERE origin = ? ORDER BY change_seq DESC LIMIT 1");
    if (!st)
        return st.error();
    (*st)->bind(1, origin);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    Hlc last;
    if (*r)
        last = Hlc::parse((*st)->text(0)).value_or(Hlc{});
    (*st)->reset();
    auto seen = observed();
    if (!seen)
        return seen.error();
    return std::max(last, *seen);
}

Result<std::pair<qint64, Hlc>> ChangeLog::lastLocal(const QString &origin)
{
    // One query gives both the last change_seq and the last local HLC.
    auto st = m_db.cached("SELECT change_seq, hlc FROM change_log WHERE origin = ? ORDER BY change_seq DESC LIMIT 1");
    if (!st)
        return st.error();
    (*st)->bind(1, origin);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    qint64 lastSeq = 0;
    Hlc last;
    if (*r) {
        lastSeq = (*st)->int64(0);
        last = Hlc::parse((*st)->text(1)).value_or(Hlc{});
    }
    (*st)->reset();
    auto seen = observed();
    if (!seen)
        return seen.error();
    return std::make_pair(lastSeq, std::max(last, *seen));
}

Result<Change> ChangeLog::appendLocal(const QString &origin, const QString &userId, const QString &entity,
                                      const QString &entityId, const QJsonObject &fields, const QString &township)
{
    auto last = lastLocal(origin);
    if (!last)
        return last.error();

    Change change;
    change.changeSeq = last->first + 1;
    change.entity = entity;
    change.entityId = entityId;
    change.fields = fields;
    change.hlc = Hlc::tick(last->second, Hlc::wallMillis());
    change.origin = origin;
    change.user = userId;

    auto ins = m_db.cached("INSERT INTO change_log(origin, change_seq, hlc, user_id, entity, entity_id, op, fields, "
                           "township) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!ins)
        return ins.error();
    Statement &s = **ins;
    s.bind(1, origin).bind(2, change.changeSeq).bind(3, change.hlc.toString()).bind(4, userId);
    s.bind(5, entity).bind(6, entityId).bind(7, change.op);
    s.bind(8, QString::fromUtf8(CanonicalJson::serialize(fields)));
    s.bind(9, township.isEmpty() ? QString() : township);
    DIBAO_TRY(s.run());

    auto versions = this->versions(entity, entityId);
    if (!versions)
        return versions.error();
    const QJsonArray version = versionOf(change);
    if (versions->isEmpty()) {
        versions->insert(kAllFields, version); // a new record: every field has this version
    } else {
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            versions->insert(it.key(), version);
    }
    DIBAO_TRY(setVersions(entity, entityId, *versions));
    return change;
}

Status ChangeLog::appendCreated(const QString &origin, const QString &userId, const QString &entity,
                                const QList<Created> &records)
{
    if (records.isEmpty())
        return {};
    auto last = lastLocal(origin);
    if (!last)
        return last.error();
    qint64 seq = last->first;
    Hlc hlc = last->second;

    auto ins = m_db.cached("INSERT INTO change_log(origin, change_seq, hlc, user_id, entity, entity_id, op, fields, "
                           "township) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!ins)
        return ins.error();
    // A new record has no versions yet; should one be there all the same, it is merged as appendLocal() does.
    auto ver = m_db.cached("INSERT INTO record_versions(entity, entity_id, versions) VALUES (?,?,?) "
                           "ON CONFLICT(entity, entity_id) DO NOTHING");
    if (!ver)
        return ver.error();
    const QString op = Change().op;
    for (const Created &c : records) {
        ++seq;
        hlc = Hlc::tick(hlc, Hlc::wallMillis());
        const QString hlcText = hlc.toString();
        Statement &s = **ins;
        s.bind(1, origin).bind(2, seq).bind(3, hlcText).bind(4, userId);
        s.bind(5, entity).bind(6, c.entityId).bind(7, op);
        s.bind(8, QString::fromUtf8(c.fields));
        s.bind(9, c.township.isEmpty() ? QString() : c.township);
        DIBAO_TRY(s.run());
        const QJsonArray version{hlcText, origin, seq};
        (*ver)->bind(1, entity).bind(2, c.entityId);
        (*ver)->bind(3, QString::fromUtf8(CanonicalJson::serialize(QJsonObject{{kAllFields, version}})));
        DIBAO_TRY((*ver)->run());
        if (m_db.changes() == 0) {
            auto versions = this->versions(entity, c.entityId);
            if (!versions)
                return versions.error();
            const QJsonObject fields = QJsonDocument::fromJson(c.fields).object();
            if (versions->isEmpty()) {
                versions->insert(kAllFields, version);
            } else {
                for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                    versions->insert(it.key(), version);
            }
            DIBAO_TRY(setVersions(entity, c.entityId, *versions));
        }
    }
    return {};
}

Result<bool> ChangeLog::appendApplied(const Change &change, const QString &township)
{
    auto ins = m_db.cached("INSERT OR IGNORE INTO change_log(origin, change_seq, hlc, user_id, entity, entity_id, op, "
                           "fields, township) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!ins)
        return ins.error();
    Statement &s = **ins;
    s.bind(1, change.origin).bind(2, change.changeSeq).bind(3, change.hlc.toString()).bind(4, change.user);
    s.bind(5, change.entity).bind(6, change.entityId).bind(7, change.op);
    s.bindText(8, change.canonicalFields());
    s.bind(9, township.isEmpty() ? QString() : township);
    DIBAO_TRY(s.run());
    return m_db.changes() > 0;
}

Result<QJsonObject> ChangeLog::versions(const QString &entity, const QString &entityId)
{
    auto st = m_db.cached("SELECT versions FROM record_versions WHERE entity = ? AND entity_id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, entity).bind(2, entityId);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    QJsonObject out;
    if (*r)
        out = QJsonDocument::fromJson((*st)->text(0).toUtf8()).object();
    (*st)->reset();
    return out;
}

QByteArray ChangeLog::allFieldsVersionText(const Change &change)
{
    QByteArray out = "{\"*\":[";
    bool ok = appendQtJsonString(out, change.hlc.toString());
    out += ',';
    ok = ok && appendQtJsonString(out, change.origin);
    out += ',';
    out += QByteArray::number(change.changeSeq);
    out += "]}";
    return ok ? out : CanonicalJson::serialize(QJsonObject{{kAllFields, versionOf(change)}});
}

Status ChangeLog::setVersionsText(const QString &entity, const QString &entityId, const QByteArray &versionsJson)
{
    auto st = m_db.cached("INSERT INTO record_versions(entity, entity_id, versions) VALUES (?,?,?) "
                          "ON CONFLICT(entity, entity_id) DO UPDATE SET versions = excluded.versions");
    if (!st)
        return st.error();
    (*st)->bind(1, entity).bind(2, entityId).bindText(3, versionsJson);
    return (*st)->run();
}

Status ChangeLog::setVersions(const QString &entity, const QString &entityId, const QJsonObject &versions)
{
    auto st = m_db.cached("INSERT INTO record_versions(entity, entity_id, versions) VALUES (?,?,?) "
                          "ON CONFLICT(entity, entity_id) DO UPDATE SET versions = excluded.versions");
    if (!st)
        return st.error();
    (*st)->bind(1, entity).bind(2, entityId).bind(3, QString::fromUtf8(CanonicalJson::serialize(versions)));
    return (*st)->run();
}

} // namespace dibao
