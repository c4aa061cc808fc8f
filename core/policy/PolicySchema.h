#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "policy/PolicyRow.h"

#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace dibao {

// A non-negative rational from a policy value {"num": n, "den": d}, e.g. the margin factor 3/2.
struct PolicyRatio {
    qint64 num = 0;
    qint64 den = 1;
};

// A per-person amount (tiers, supplements): either fixed fen or a share of the standard, with the age bounds a
// supplement may carry. {"fen": 15000} or {"num": 1, "den": 10}, plus optional "min_age" / "below_age".
struct PolicyAmount {
    bool isShare = false;
    Fen fen = 0;
    PolicyRatio share;
    int minAge = -1;    // applies from this age (elderly supplement); -1 = no bound
    int belowAge = -1;  // applies below this age (minor supplement); -1 = no bound
};

// What each kind accepts: its keys and its value type. One table, so validation, docs and accessors agree.
class PolicySchema {
public:
    static const QStringList &kinds();
    static bool isKnownKind(const QString &kind);

    // Checks key and value of a row against its kind (not dates, issuer or document: parsePolicyJson does those).
    // On failure the error message names the field ("key" or "value") and what was expected.
    static Status validateKeyAndValue(const PolicyRow &row);

    // Typed readers of a value already validated (they also reject malformed values, for rows built in code).
    static std::optional<PolicyRatio> ratio(const QJsonValue &value);
    static std::optional<PolicyAmount> amount(const QJsonValue &value);
    static std::optional<qint64> integer(const QJsonValue &value);
};

} // namespace dibao
