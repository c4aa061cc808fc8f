#include "policy/PolicySet.h"

#include "policy/PolicyJson.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>

namespace dibao {

PolicySet::PolicySet(QList<PolicyRow> rows) : m_rows(std::move(rows))
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_index[m_rows.at(i).kind][m_rows.at(i).key].append(i);
    for (auto &byKey : m_index)
        for (auto &indices : byKey)
            std::stable_sort(indices.begin(), indices.end(), [this](int a, int b) {
                return m_rows.at(a).effectiveFrom < m_rows.at(b).effectiveFrom;
            });
}

Result<PolicySet> PolicySet::loadDefault()
{
    QFile file(QStringLiteral(":/dibao/policy-default.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("policy_default_missing"),
                         QStringLiteral("resource :/dibao/policy-default.json is missing"));
    auto rows = parsePolicyJson(file.readAll());
    if (!rows)
        return rows.error();
    return PolicySet(std::move(rows).value());
}

bool PolicySet::covers(const PolicyRow &row, const QDate &date)
{
    if (!date.isValid() || !row.effectiveFrom.isValid() || row.effectiveFrom > date)
        return false;
    return row.effectiveUntil.isNull() || date <= row.effectiveUntil;
}

const PolicyRow *PolicySet::rowInForce(const QString &kind, const QString &key, const QDate &date) const
{
    const auto byKind = m_index.constFind(kind);
    if (byKind == m_index.cend())
        return nullptr;
    const auto byKey = byKind->constFind(key);
    if (byKey == byKind->cend())
        return nullptr;
    const PolicyRow *latest = nullptr;
    for (int index : *byKey) {
        const PolicyRow &row = m_rows.at(index);
        if (row.effectiveFrom.isValid() && row.effectiveFrom <= date)
            latest = &row;
    }
    return latest && covers(*latest, date) ? latest : nullptr;
}

QList<const PolicyRow *> PolicySet::rowsInForce(const QString &kind, const QDate &date) const
{
    QList<const PolicyRow *> out;
    const auto byKind = m_index.constFind(kind);
    if (byKind == m_index.cend())
        return out;
    QStringList keys = byKind->keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys)
        if (const PolicyRow *row = rowInForce(kind, key, date))
            out << row;
    return out;
}

QList<const PolicyRow *> PolicySet::rowsOfKind(const QString &kind) const
{
    QList<const PolicyRow *> out;
    const auto byKind = m_index.constFind(kind);
    if (byKind == m_index.cend())
        return out;
    QStringList keys = byKind->keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys)
        for (int index : byKind->value(key))
            out << &m_rows.at(index);
    return out;
}

std::optional<qint64> PolicySet::integer(const QString &kind, const QString &key, const QDate &date) const
{
    const PolicyRow *row = rowInForce(kind, key, date);
    return row ? PolicySchema::integer(row->value) : std::nullopt;
}

std::optional<bool> PolicySet::boolean(const QString &kind, const QString &key, const QDate &date) const
{
    const PolicyRow *row = rowInForce(kind, key, date);
    if (!row || !row->value.isBool())
        return std::nullopt;
    return row->value.toBool();
}

std::optional<QString> PolicySet::choice(const QString &kind, const QString &key, const QDate &date) const
{
    const PolicyRow *row = rowInForce(kind, key, date);
    if (!row || !row->value.isString())
        return std::nullopt;
    return row->value.toString();
}

std::optional<PolicyRatio> PolicySet::ratio(const QString &kind, const QString &key, const QDate &date) const
{
    const PolicyRow *row = rowInForce(kind, key, date);
    return row ? PolicySchema::ratio(row->value) : std::nullopt;
}

std::optional<PolicyAmount> PolicySet::amount(const QString &kind, const QString &key, const QDate &date) const
{
    const PolicyRow *row = rowInForce(kind, key, date);
    return row ? PolicySchema::amount(row->value) : std::nullopt;
}

std::optional<QStringList> PolicySet::stringList(const QString &kind, const QString &key, const QDate &date) const
{
    const PolicyRow *row = rowInForce(kind, key, date);
    if (!row || !row->value.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &v : row->value.toArray()) {
        if (!v.isString())
            return std::nullopt;
        out << v.toString();
    }
    return out;
}

} // namespace dibao
