#pragma once

#include "common/Result.h"
#include "policy/PolicyRow.h"
#include "policy/PolicySchema.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace dibao {

// The policy rows of a county, resolved by date. For each (kind, key) the row in force on a date is the one with
// the latest effectiveFrom on or before that date, provided the date is not past its effectiveUntil. A later row
// supersedes an earlier one even if the earlier one named no end; an ended row leaves nothing in force (there is
// deliberately no fall-back to an older row: "until 2025-12-31" means "from 2026 this rule no longer applies").
class PolicySet {
public:
    PolicySet() = default;
    explicit PolicySet(QList<PolicyRow> rows);

    // The product's example rows (:/dibao/policy-default.json). Every row is marked example: confirm before use.
    static Result<PolicySet> loadDefault();

    const QList<PolicyRow> &rows() const { return m_rows; }
    bool isEmpty() const { return m_rows.isEmpty(); }

    // The row in force, or nullptr. The pointer stays valid as long as this PolicySet.
    const PolicyRow *rowInForce(const QString &kind, const QString &key, const QDate &date) const;
    // One row per key of a kind that is in force on the date, sorted by key.
    QList<const PolicyRow *> rowsInForce(const QString &kind, const QDate &date) const;
    // Every row of a kind, all dates, sorted by key then effectiveFrom.
    QList<const PolicyRow *> rowsOfKind(const QString &kind) const;

    // Typed readers of the row in force; std::nullopt when no row is in force or its value has the wrong type.
    std::optional<qint64> integer(const QString &kind, const QString &key, const QDate &date) const;
    std::optional<bool> boolean(const QString &kind, const QString &key, const QDate &date) const;
    std::optional<QString> choice(const QString &kind, const QString &key, const QDate &date) const;
    std::optional<PolicyRatio> ratio(const QString &kind, const QString &key, const QDate &date) const;
    std::optional<PolicyAmount> amount(const QString &kind, const QString &key, const QDate &date) const;
    std::optional<QStringList> stringList(const QString &kind, const QString &key, const QDate &date) const;

    // Whether the row is in force on the date (ignoring newer rows for the same kind and key).
    static bool covers(const PolicyRow &row, const QDate &date);

private:
    QList<PolicyRow> m_rows;
    // kind -> key -> indices into m_rows sorted by effectiveFrom ascending
    QHash<QString, QHash<QString, QList<int>>> m_index;
};

} // namespace dibao
