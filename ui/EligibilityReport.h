#pragma once

#include "domain/Household.h"
#include "rules/Eligibility.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QString>

namespace dibao {

// The core's eligibility explanation as a person reads it: the verdict, each test with its figures, who is counted
// and why, how the amount was computed, red flags to investigate, and the policy rows used. HTML for a QTextBrowser
// and for printing.
class EligibilityReport {
    Q_DECLARE_TR_FUNCTIONS(dibao::EligibilityReport)

public:
    // The household file names the members and items the core's lines refer to by id: a reader sees "李明 (Wages)"
    // where the core says "<uuid> (wage)", and areas in m² (the policy keeps centi-m²).
    static QString html(const EligibilityResult &result, const HouseholdFile &file);
    // One line of the core's with the ids it names replaced by what a person calls them; `labels` maps an id to
    // its label and (optionally) a kind token to its translated word after that id.
    static QString readable(const QString &text, const QHash<QString, QPair<QString, QPair<QString, QString>>> &labels);
    // The name of a policy row ("Housing area per person at most (m²)"); unknown rows as "kind / key".
    static QString policyRowName(const QString &kind, const QString &key);
    static QString verdictText(const EligibilityResult &result);
    // An exact fen fraction as yuan: "400.00", or "≈ 366.67" when it is not a whole number of fen.
    static QString yuan(const Rational &fen);
};

} // namespace dibao
