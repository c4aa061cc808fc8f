#include "workflow/CaseStates.h"

#include <QCoreApplication>

namespace dibao::CaseState {

const QStringList &all()
{
    static const QStringList states{Submitted,     AwaitingDocuments, Accepted,         Investigating,
                                    IneligibleNotified, Rechecking,   Appraisal,        TownshipReview,
                                    Notice,        Objection,         CountyNotice,     Confirmation,
                                    Confirmed,     Refused,           Withdrawn,        Terminated,
                                    ClosedIneligible, ReviewOpen,     ReviewReported,   ReviewDecided};
    return states;
}

const QStringList &finals()
{
    static const QStringList states{Confirmed, Refused, Withdrawn, Terminated, ClosedIneligible, ReviewDecided};
    return states;
}

bool isKnown(const QString &state)
{
    return all().contains(state);
}

bool isFinal(const QString &state)
{
    return finals().contains(state);
}

QString finalsSqlList()
{
    QStringList quoted;
    for (const QString &s : finals())
        quoted << QLatin1Char('\'') + s + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}

QString displayName(const QString &state)
{
    static const char *const kContext = "dibao::CaseState";
    const QByteArray s = state.toLatin1();
    if (s == "submitted") return QCoreApplication::translate(kContext, "Submitted");
    if (s == "awaiting_documents") return QCoreApplication::translate(kContext, "Awaiting documents");
    if (s == "accepted") return QCoreApplication::translate(kContext, "Accepted");
    if (s == "investigating") return QCoreApplication::translate(kContext, "Investigating");
    if (s == "ineligible_notified") return QCoreApplication::translate(kContext, "Told ineligible");
    if (s == "rechecking") return QCoreApplication::translate(kContext, "Re-check");
    if (s == "appraisal") return QCoreApplication::translate(kContext, "Appraisal meeting");
    if (s == "township_review") return QCoreApplication::translate(kContext, "Township review");
    if (s == "notice") return QCoreApplication::translate(kContext, "Public notice");
    if (s == "objection") return QCoreApplication::translate(kContext, "Objection");
    if (s == "county_notice") return QCoreApplication::translate(kContext, "County notice");
    if (s == "confirmation") return QCoreApplication::translate(kContext, "Awaiting confirmation");
    if (s == "confirmed") return QCoreApplication::translate(kContext, "Confirmed");
    if (s == "refused") return QCoreApplication::translate(kContext, "Refused");
    if (s == "withdrawn") return QCoreApplication::translate(kContext, "Withdrawn");
    if (s == "terminated") return QCoreApplication::translate(kContext, "Terminated");
    if (s == "closed_ineligible") return QCoreApplication::translate(kContext, "Closed as ineligible");
    if (s == "review_open") return QCoreApplication::translate(kContext, "Review open");
    if (s == "review_reported") return QCoreApplication::translate(kContext, "Review reported");
    if (s == "review_decided") return QCoreApplication::translate(kContext, "Review decided");
    return state;
}

} // namespace dibao::CaseState
