#include "policy/PolicySchema.h"

#include "common/ChinaDate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace dibao {
namespace {

enum class ValueType {
    Fen,            // non-negative integer fen
    Months,         // integer 1..60
    Days,           // integer 1..60
    Count,          // non-negative integer
    Positive,       // integer 1 or more
    Bool,
    Ratio,          // {"num","den"}
    Share,          // {"num","den"} not above 1
    Amount,         // {"fen"} | {"num","den"} + optional ages
    Choice,         // one of a fixed list of strings
    Name,           // non-empty string (holiday names)
    TokenList,      // array of tokens
    TextList,       // array of non-empty strings
    ChoiceList,     // array of distinct strings, each one of a fixed list (may be empty)
};

struct KeyRule {
    QString key;     // empty = any key matching the kind's key pattern
    ValueType type;
    QStringList choices;
};

enum class KeyPattern { Listed, Token, IsoDate };

struct KindRule {
    QString kind;
    KeyPattern pattern;
    QList<KeyRule> keys; // for Listed: every allowed key; for others: one entry giving the value type
};

QString s(const char *latin1) { return QString::fromLatin1(latin1); }

const QList<KindRule> &rules()
{
    static const QList<KindRule> table = [] {
        const QStringList none;
        QList<KindRule> t;
        t << KindRule{s("standard"), KeyPattern::Listed,
                      {{s("urban"), ValueType::Fen, none}, {s("rural"), ValueType::Fen, none}}};
        t << KindRule{s("averaging_months"), KeyPattern::Listed, {{s("default"), ValueType::Months, none}}};
        t << KindRule{s("income_excluded"), KeyPattern::Token, {{QString(), ValueType::Bool, none}}};
        t << KindRule{s("deductible_expense"), KeyPattern::Token, {{QString(), ValueType::Bool, none}}};
        t << KindRule{s("asset_rule"), KeyPattern::Listed,
                      {{s("financial_per_capita_months"), ValueType::Count, none},
                       {s("vehicle_allowed_subkinds"), ValueType::TokenList, none},
                       {s("ship_allowed_subkinds"), ValueType::TokenList, none},
                       {s("house_max_count"), ValueType::Count, none},
                       {s("house_max_area_per_capita_centi_sqm"), ValueType::Count, none}}};
        t << KindRule{s("amount_method"), KeyPattern::Listed,
                      {{s("default"), ValueType::Choice, {s("gap"), s("tier")}}}};
        t << KindRule{s("tier"), KeyPattern::Listed,
                      {{s("A"), ValueType::Amount, none}, {s("B"), ValueType::Amount, none},
                       {s("C"), ValueType::Amount, none}}};
        t << KindRule{s("supplement"), KeyPattern::Listed,
                      {{s("elderly"), ValueType::Amount, none}, {s("minor"), ValueType::Amount, none},
                       {s("severe_disability"), ValueType::Amount, none},
                       {s("serious_illness"), ValueType::Amount, none}}};
        t << KindRule{s("floor"), KeyPattern::Listed,
                      {{s("per_person"), ValueType::Fen, none}, {s("per_household"), ValueType::Fen, none}}};
        t << KindRule{s("rounding"), KeyPattern::Listed,
                      {{s("default"), ValueType::Choice, {s("fen"), s("jiao_up"), s("yuan_up"), s("yuan_half_up")}}}};
        t << KindRule{s("margin_factor"), KeyPattern::Listed, {{s("default"), ValueType::Ratio, none}}};
        t << KindRule{s("appraisal"), KeyPattern::Listed,
                      {{s("default"), ValueType::Choice, {s("every_case"), s("on_objection")}}}};
        t << KindRule{s("confirmer"), KeyPattern::Listed,
                      {{s("default"), ValueType::Choice, {s("county"), s("township")}}}};
        t << KindRule{s("review_months"), KeyPattern::Listed,
                      {{s("stable"), ValueType::Months, none}, {s("other"), ValueType::Months, none}}};
        t << KindRule{s("notice_days"), KeyPattern::Listed, {{s("default"), ValueType::Days, none}}};
        t << KindRule{s("county_notice"), KeyPattern::Listed, {{s("default"), ValueType::Bool, none}}};
        t << KindRule{s("visit_spot_check"), KeyPattern::Listed, {{s("default"), ValueType::Share, none}}};
        t << KindRule{s("gradual_exit_months"), KeyPattern::Listed, {{s("default"), ValueType::Count, none}}};
        t << KindRule{s("red_flag"), KeyPattern::Listed,
                      {{s("financial_near_share"), ValueType::Share, none},
                       {s("house_purchase_months"), ValueType::Months, none},
                       {s("cadre_occupations"), ValueType::TextList, none}}};
        // Casework (docs/casework.md): 民主评议 composition and quorum, what a notice may show beyond name,
        // household size and amount, whether red flags require the authority's own visit, and the emergency
        // extension of periodic reviews.
        t << KindRule{s("appraisal_meeting"), KeyPattern::Listed,
                      {{s("min_township_staff"), ValueType::Positive, none},
                       {s("min_present"), ValueType::Positive, none},
                       {s("representatives_share"), ValueType::Share, none},
                       {s("attendance_share"), ValueType::Share, none}}};
        t << KindRule{s("notice_content"), KeyPattern::Listed,
                      {{s("show_masked_id"), ValueType::Bool, none},
                       {s("extra_results"), ValueType::ChoiceList, {s("tier")}}}};
        t << KindRule{s("authority_visit"), KeyPattern::Listed, {{s("red_flags"), ValueType::Bool, none}}};
        t << KindRule{s("review_extension"), KeyPattern::Listed, {{s("default"), ValueType::Count, none}}};
        t << KindRule{s("holiday"), KeyPattern::IsoDate, {{QString(), ValueType::Name, none}}};
        t << KindRule{s("workday"), KeyPattern::IsoDate, {{QString(), ValueType::Name, none}}};
        return t;
    }();
    return table;
}

const KindRule *ruleFor(const QString &kind)
{
    for (const KindRule &rule : rules())
        if (rule.kind == kind)
            return &rule;
    return nullptr;
}

bool isToken(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(text).hasMatch();
}

// JSON numbers are doubles: accept only whole numbers that survive the round trip exactly.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return value.toInteger();
}

Error valueError(const QString &expected)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("policy_value"),
                     QCoreApplication::translate("dibao::PolicySchema", "field \"value\": expected %1").arg(expected));
}

Status checkValue(const QJsonValue &value, const KeyRule &rule)
{
    switch (rule.type) {
    case ValueType::Fen:
    case ValueType::Count: {
        const auto n = wholeNumber(value);
        if (!n || *n < 0)
            return valueError(rule.type == ValueType::Fen ? QCoreApplication::translate("dibao::PolicySchema", "a whole number of fen, 0 or more")
                                                          : QCoreApplication::translate("dibao::PolicySchema", "a whole number, 0 or more"));
        return {};
    }
    case ValueType::Positive: {
        const auto n = wholeNumber(value);
        if (!n || *n < 1)
            return valueError(QCoreApplication::translate("dibao::PolicySchema", "a whole number, 1 or more"));
        return {};
    }
    case ValueType::Months:
    case ValueType::Days: {
        const auto n = wholeNumber(value);
        if (!n || *n < 1 || *n > 60)
            return valueError(rule.type == ValueType::Months ? QCoreApplication::translate("dibao::PolicySchema", "a whole number of months from 1 to 60")
                                                             : QCoreApplication::translate("dibao::PolicySchema", "a whole number of days from 1 to 60"));
        return {};
    }
    case ValueType::Bool:
        if (!value.isBool())
            return valueError(QCoreApplication::translate("dibao::PolicySchema", "true or false"));
        return {};
    case ValueType::Ratio:
    case ValueType::Share: {
        const auto r = PolicySchema::ratio(value);
        if (!r)
            return valueError(QCoreApplication::translate("dibao::PolicySchema", "an object {\"num\": n, \"den\": d} with whole numbers, d above 0"));
        if (rule.type == ValueType::Share && r->num > r->den)
            return valueError(QCoreApplication::translate("dibao::PolicySchema", "a share {\"num\": n, \"den\": d} not above 1"));
        return {};
    }
    case ValueType::Amount:
        if (!PolicySchema::amount(value))
            return valueError(QCoreApplication::translate("dibao::PolicySchema", "an object with either \"fen\" or \"num\" and \"den\", optionally \"min_age\" or "
                                 "\"below_age\""));
        return {};
    case ValueType::Choice:
        if (!value.isString() || !rule.choices.contains(value.toString()))
            return valueError(QCoreApplication::translate("dibao::PolicySchema", "one of %1").arg(rule.choices.join(QStringLiteral(", "))));
        return {};
    case ValueType::Name:
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return valueError(QCoreApplication::translate("dibao::PolicySchema", "a non-empty name"));
        return {};
    case ValueType::TokenList:
    case ValueType::TextList: {
        if (!value.isArray())
            return valueError(QCoreApplication::translate("dibao::PolicySchema", "an array of strings"));
        for (const QJsonValue &item : value.toArray()) {
            const bool ok = item.isString()
                && (rule.type == ValueType::TokenList ? isToken(item.toString())
                                                      : !item.toString().trimmed().isEmpty());
            if (!ok)
                return valueError(rule.type == ValueType::TokenList
                                      ? QCoreApplication::translate("dibao::PolicySchema", "an array of lower-case tokens such as \"ordinary_motorcycle\"")
                                      : QCoreApplication::translate("dibao::PolicySchema", "an array of non-empty strings"));
        }
        return {};
    }
    case ValueType::ChoiceList: {
        const QString expected = QCoreApplication::translate("dibao::PolicySchema",
                                                             "an array of distinct values, each one of %1")
                                     .arg(rule.choices.join(QStringLiteral(", ")));
        if (!value.isArray())
            return valueError(expected);
        QStringList seen;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || !rule.choices.contains(item.toString()) || seen.contains(item.toString()))
                return valueError(expected);
            seen << item.toString();
        }
        return {};
    }
    }
    return valueError(QCoreApplication::translate("dibao::PolicySchema", "a known value type"));
}

} // namespace

const QStringList &PolicySchema::kinds()
{
    static const QStringList list = [] {
        QStringList out;
        for (const KindRule &rule : rules())
            out << rule.kind;
        return out;
    }();
    return list;
}

bool PolicySchema::isKnownKind(const QString &kind)
{
    return ruleFor(kind) != nullptr;
}

Status PolicySchema::validateKeyAndValue(const PolicyRow &row)
{
    const KindRule *rule = ruleFor(row.kind);
    if (!rule)
        return makeError(ErrorKind::Invalid, QStringLiteral("policy_kind"),
                         QCoreApplication::translate("dibao::PolicySchema", "field \"kind\": unknown kind \"%1\"").arg(row.kind));
    switch (rule->pattern) {
    case KeyPattern::Listed:
        for (const KeyRule &keyRule : rule->keys)
            if (keyRule.key == row.key)
                return checkValue(row.value, keyRule);
        {
            QStringList keys;
            for (const KeyRule &keyRule : rule->keys)
                keys << keyRule.key;
            return makeError(ErrorKind::Invalid, QStringLiteral("policy_key"),
                             QCoreApplication::translate("dibao::PolicySchema", "field \"key\": \"%1\" is not a key of kind %2 (expected one of %3)")
                                 .arg(row.key, row.kind, keys.join(QStringLiteral(", "))));
        }
    case KeyPattern::Token:
        if (!isToken(row.key))
            return makeError(ErrorKind::Invalid, QStringLiteral("policy_key"),
                             QCoreApplication::translate("dibao::PolicySchema", "field \"key\": \"%1\" is not a lower-case token such as basic_pension")
                                 .arg(row.key));
        return checkValue(row.value, rule->keys.first());
    case KeyPattern::IsoDate:
        if (!parseIsoDate(row.key).isValid())
            return makeError(ErrorKind::Invalid, QStringLiteral("policy_key"),
                             QCoreApplication::translate("dibao::PolicySchema", "field \"key\": \"%1\" is not a date YYYY-MM-DD").arg(row.key));
        return checkValue(row.value, rule->keys.first());
    }
    return {};
}

std::optional<PolicyRatio> PolicySchema::ratio(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    if (o.size() != 2)
        return std::nullopt;
    const auto num = wholeNumber(o.value(QLatin1String("num")));
    const auto den = wholeNumber(o.value(QLatin1String("den")));
    if (!num || !den || *num < 0 || *den <= 0)
        return std::nullopt;
    return PolicyRatio{*num, *den};
}

std::optional<PolicyAmount> PolicySchema::amount(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    PolicyAmount out;
    int known = 0;
    if (o.contains(QLatin1String("min_age"))) {
        const auto age = wholeNumber(o.value(QLatin1String("min_age")));
        if (!age || *age < 0 || *age > 150)
            return std::nullopt;
        out.minAge = int(*age);
        ++known;
    }
    if (o.contains(QLatin1String("below_age"))) {
        const auto age = wholeNumber(o.value(QLatin1String("below_age")));
        if (!age || *age < 1 || *age > 150)
            return std::nullopt;
        out.belowAge = int(*age);
        ++known;
    }
    const bool hasFen = o.contains(QLatin1String("fen"));
    const bool hasShare = o.contains(QLatin1String("num")) || o.contains(QLatin1String("den"));
    if (hasFen == hasShare)
        return std::nullopt; // exactly one form
    if (hasFen) {
        const auto fen = wholeNumber(o.value(QLatin1String("fen")));
        if (!fen || *fen < 0)
            return std::nullopt;
        out.fen = *fen;
        ++known;
    } else {
        const auto num = wholeNumber(o.value(QLatin1String("num")));
        const auto den = wholeNumber(o.value(QLatin1String("den")));
        if (!num || !den || *num < 0 || *den <= 0)
            return std::nullopt;
        out.isShare = true;
        out.share = PolicyRatio{*num, *den};
        known += 2;
    }
    if (known != o.size())
        return std::nullopt; // an unknown member: most likely a typo
    return out;
}

std::optional<qint64> PolicySchema::integer(const QJsonValue &value)
{
    return wholeNumber(value);
}

} // namespace dibao
