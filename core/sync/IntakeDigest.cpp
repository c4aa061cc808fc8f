#include "sync/IntakeDigest.h"

#include "db/Database.h"
#include "sync/CanonicalJson.h"
#include "sync/Crypto.h"
#include "sync/MergePolicy.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dibao {

namespace {

QJsonValue toJson(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue();
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return QJsonValue(v.toLongLong());
    return QJsonValue(v.toString());
}

Result<QJsonArray> rows(Database &db, const QString &table, const QString &where, const QString &id)
{
    const MergePolicy::Row *policy = MergePolicy::find(table);
    auto st = db.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY id").arg(table, where));
    if (!st)
        return st.error();
    st->bind(1, id);
    QJsonArray out;
    for (;;) {
        auto r = st->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        QJsonObject o;
        for (int c = 0; c < st->columnCount(); ++c) {
            const QString col = st->columnName(c);
            if (MergePolicy::isMetadataColumn(col) || (policy && policy->authorityFields.contains(col)))
                continue;
            o.insert(col, toJson(st->value(c)));
        }
        out.append(o);
    }
    return out;
}

} // namespace

Result<QString> IntakeDigest::compute(Database &db, const QString &householdId)
{
    QJsonObject all;
    auto household = rows(db, QStringLiteral("households"), QStringLiteral("id"), householdId);
    if (!household)
        return household.error();
    all.insert(QStringLiteral("households"), *household);
    for (const char *table : {"members", "income_items", "expense_items", "asset_items"}) {
        auto r = rows(db, QString::fromLatin1(table), QStringLiteral("household_id"), householdId);
        if (!r)
            return r.error();
        all.insert(QString::fromLatin1(table), *r);
    }
    return Crypto::sha256Hex(CanonicalJson::serialize(all));
}

} // namespace dibao
