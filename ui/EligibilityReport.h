#pragma once

#include "rules/Eligibility.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace dibao {

// The core's eligibility explanation as a person reads it: the verdict, each test with its figures, who is counted
// and why, how the amount was computed, red flags to investigate, and the policy rows used. HTML for a QTextBrowser
// and for printing.
class EligibilityReport {
    Q_DECLARE_TR_FUNCTIONS(dibao::EligibilityReport)

public:
    // memberNames: member id → name, for lines that name a member.
    static QString html(const EligibilityResult &result, const QHash<QString, QString> &memberNames);
    static QString verdictText(const EligibilityResult &result);
    // An exact fen fraction as yuan: "400.00", or "≈ 366.67" when it is not a whole number of fen.
    static QString yuan(const Rational &fen);
};

} // namespace dibao
