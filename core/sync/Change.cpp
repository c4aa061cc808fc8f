#include "sync/Change.h"

#include "sync/BundleManifest.h"

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

Result<Change> Change::fromJson(const QJsonObject &json)
{
    static const QSet<QString> keys{QStringLiteral("change_seq"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                                    QStringLiteral("fields"),     QStringLiteral("hlc"),    QStringLiteral("op"),
                                    QStringLiteral("origin"),     QStringLiteral("user")};
    static const QRegularExpression entityRe(QStringLiteral("^[a-z][a-z0-9_]{0,63}\\z"));
    static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}\\z"));
    static const QRegularExpression fieldRe(QStringLiteral("^[a-z][a-z0-9_]{0,63}\\z"));
    const QStringList present = json.keys();
    if (QSet<QString>(present.cbegin(), present.cend()) != keys)
        return invalid(QStringLiteral("fields of the line"));
    Change c;
    const QJsonValue seq = json.value(QStringLiteral("change_seq"));
    if (!seq.isDouble() || seq.toInteger(-1) < 1)
        return invalid(QStringLiteral("change_seq"));
    c.changeSeq = seq.toInteger();
    c.entity = json.value(QStringLiteral("entity")).toString();
    if (!entityRe.match(c.entity).hasMatch())
        return invalid(QStringLiteral("entity"));
    c.entityId = json.value(QStringLiteral("entity_id")).toString();
    if (!idRe.match(c.entityId).hasMatch())
        return invalid(QStringLiteral("entity_id"));
    if (!json.value(QStringLiteral("fields")).isObject())
        return invalid(QStringLiteral("fields"));
    c.fields = json.value(QStringLiteral("fields")).toObject();
    for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
        if (!fieldRe.match(it.key()).hasMatch())
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
