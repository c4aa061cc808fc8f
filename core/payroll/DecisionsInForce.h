#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace dibao {

class Database;

// A month as a number (year * 12 + month - 1), so that months compare and add as integers.
inline qint64 monthNumber(const QDate &month)
{
    return qint64(month.year()) * 12 + month.month() - 1;
}

// A decided case (a confirmed application, or a decided periodic review) as the payment reads it.
struct PaidDecision {
    enum class Rule {
        PaysAmount,  // an application, or a review that keeps, raises or lowers: its amount
        Stops,       // a review that stops the allowance: nothing
        GradualExit, // a review's gradual exit (渐退): its amount for its months, then nothing
    };
    Rule rule = Rule::PaysAmount;
    bool application = false;
    Fen amount = 0;          // the decided monthly amount (NULL reads 0)
    qint64 effective = 0;    // monthNumber of the effective month
    qint64 exitMonths = 0;   // gradual exit: the months still paid from the effective month on (NULL reads 0)
    QString tier;            // as recorded on the case ("" when none)
    qint64 persons = -1;     // the persons decided for: 1 for 单人保, else the case's household size; -1 unknown

    // The rule of a decision from its case's kind and review outcome (tokens as stored).
    static Rule ruleOf(QByteArrayView kind, QByteArrayView reviewOutcome);

    // THE payment rule, the one place that says what a decision in force pays in a month (monthNumber): the payroll's
    // lines and the statistics' figures both ask it.
    Fen paidIn(qint64 month) const
    {
        switch (rule) {
        case Rule::Stops: return 0;
        case Rule::GradualExit: return month < effective + exitMonths ? amount : 0;
        case Rule::PaysAmount: break;
        }
        return amount;
    }
};

// One household's decisions as of a month: the last decision effective by the month is in force in it; the last
// effective by the month before was in force then. Decisions of one household are ordered by effective month, then
// by case (one case is open at a time, so a later case decides later).
struct HouseholdDecisions {
    QString householdId;
    bool hasNow = false;        // a decision is effective by the month
    PaidDecision now;
    bool hasPrevious = false;   // a decision was effective by the month before
    PaidDecision previous;
    bool laterDecision = false; // a decision takes effect after the month (reported when asked for)
};

// The decisions in force for `month` in ONE ordered pass over the covering index cases_decisions (household,
// effective month and, since schema v15, every column read here: no row of `cases` is visited). Calls
// `onHousehold` once per household in household id order: every household with a decision effective by the month,
// and with `withLater` also those whose decisions all take effect later (hasNow false, laterDecision true).
Status forEachHouseholdDecisions(Database &db, const QDate &month, bool withLater,
                                 const std::function<void(const HouseholdDecisions &)> &onHousehold);

} // namespace dibao
