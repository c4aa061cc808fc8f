#include "sync/Change.h"

#include "common/JsonWriter.h"
#include "sync/BundleManifest.h"
#include "sync/CanonicalJson.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace dibao {

namespace {
Error invalid(const QString &what)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("change_invalid"),
                     QCoreApplication::translate("dibao::Change", "A change line is invalid: %1").arg(what));
}
} // namespace

QJsonObject Change::toJson() const
{
    return QJsonObject{{QStringLiteral("change_seq"), changeSeq},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("entity_id"), entityId},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("hlc"), hlc.toString()},
                       {QStringLiteral("op"), op},
                       {QStringLiteral("origin"), origin},
                       {QStringLiteral("user"), user}};
}

QByteArray Change::canonicalFields() const
{
    return fieldsJson.isEmpty() ? CanonicalJson::serialize(fields) : fieldsJson;
}

Result<Change> Change::fromLine(const QJsonObject &json, const QByteArray &line)
{
    auto c = fromJson(json);
    if (!c)
        return c;
    // The canonical line is {"change_seq":N,"entity":E,"entity_id":I,"fields":{...},"hlc":H,"op":O,"origin":G,"user":U}
    // (keys sorted, written by Qt as appendQtJsonString writes them); rebuilt around the fields and compared.
    QByteArray prefix = "{\"change_seq\":" + QByteArray::number(c->changeSeq) + ",\"entity\":";
    bool ok = appendQtJsonString(prefix, c->entity);
    prefix += ",\"entity_id\":";
    ok = ok && appendQtJsonString(prefix, c->entityId);
    prefix += ",\"fields\":";
    QByteArray suffix = ",\"hlc\":";
    ok = ok && appendQtJsonString(suffix, c->hlc.toString());
    suffix += ",\"op\":";
    ok = ok && appendQtJsonString(suffix, c->op);
    suffix += ",\"origin\":";
    ok = ok && appendQtJsonString(suffix, c->origin);
    suffix += ",\"user\":";
    ok = ok && appendQtJsonString(suffix, c->user);
    suffix += '}';
    if (ok && line.size() >= prefix.size() + suffix.size() + 2 && line.startsWith(prefix) && line.endsWith(suffix)) {
        QByteArray fields = line.mid(prefix.size(), line.size() - prefix.size() - suffix.size());
        if (fields.startsWith('{') && fields.endsWith('}'))
            c->fieldsJson = std::move(fields);
    }
    return c;
}

Result<Change> Change::fromJson(const QJsonObject &json)
{
    static const QSet<QString> keys{QStringLiteral("change_seq"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                                    QStringLiteral("fields"),     QStringLiteral("hlc"),    QStringLiteral("op"),
                                    QStringLiteral("origin"),     QStringLiteral("user")};
    // Hand-written checks: this runs for every field of every change of every bundle.
    auto isName = [](const QString &s) { // ^[a-z][a-z0-9_]{0,63}$
        if (s.isEmpty() || s.size() > 64 || !(s.at(0) >= QLatin1Char('a') && s.at(0) <= QLatin1Char('z')))
            return false;
        for (QChar c : s)
            if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                  || c == QLatin1Char('_')))
                return false;
        return true;
    };
    auto isId = [](const QString &s) { // ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$
        if (s.isEmpty() || s.size() > 128)
            return false;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
            if (!alnum && (i == 0 || !(c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char(':') || c == QLatin1Char('-'))))
                return false;
        }
        return true;
    };
    // The same keys as `keys` (an object's keys are unique: as many, and each of them present).
    if (json.size() != keys.size())
        return invalid(QStringLiteral("fields of the line"));
    for (const QString &key : keys)
        if (!json.contains(key))
            return invalid(QStringLiteral("fields of the line"));
    Change c;
    const QJsonValue seq = json.value(QStringLiteral("change_seq"));
    if (!seq.isDouble() || seq.toInteger(-1) < 1)
        return invalid(QStringLiteral("change_seq"));
    c.changeSeq = seq.toInteger();
    c.entity = json.value(QStringLiteral("entity")).toString();
    if (!isName(c.entity))
        return invalid(QStringLiteral("entity"));
    c.entityId = json.value(QStringLiteral("entity_id")).toString();
    if (!isId(c.entityId))
        return invalid(QStringLiteral("entity_id"));
    if (!json.value(QStringLiteral("fields")).isObject())
        return invalid(QStringLiteral("fields"));
    c.fields = json.value(QStringLiteral("fields")).toObject();
    for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
        if (!isName(it.key()))
            return invalid(QStringLiteral("field name"));
        const QJsonValue v = it.value();
        if (!(v.isNull() || v.isString() || v.isDouble()))
            return invalid(QStringLiteral("field value"));
    }
    const auto hlc = Hlc::parse(json.value(QStringLiteral("hlc")).toString());
    if (!hlc || hlc->isNull())
        return invalid(QStringLiteral("hlc"));
    c.hlc = *hlc;
    c.op = json.value(QStringLiteral("op")).toString();
    if (c.op != kUpsert && c.op != kTombstone)
        return invalid(QStringLiteral("op"));
    c.origin = json.value(QStringLiteral("origin")).toString();
    if (!BundleManifest::isStreamId(c.origin))
        return invalid(QStringLiteral("origin"));
    if (!json.value(QStringLiteral("user")).isString())
        return invalid(QStringLiteral("user"));
    c.user = json.value(QStringLiteral("user")).toString();
    if (c.user.size() > 128)
        return invalid(QStringLiteral("user"));
    return c;
}

} // namespace dibao
