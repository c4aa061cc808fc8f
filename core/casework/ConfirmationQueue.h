#pragma once

#include "casework/AppraisalMeeting.h"
#include "casework/PublicNotice.h"
#include "common/Money.h"
#include "common/Result.h"
#include "domain/Case.h"
#include "workflow/AuthorityVisitRule.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// One case waiting for the confirming authority (an application in confirmation, or a reported periodic review),
// with the clocks that order the queue and counts of what its file holds.
struct ConfirmationQueueItem {
    QString caseId;
    QString kind;                 // application | review
    QString state;
    QString divisionCode;
    QString villageName;
    QString applicantName;
    int householdSize = 0;
    Fen proposedAmount = -1;
    QString proposedTier;
    QDate opinionDue;             // confirmation_opinion: 10 WD from receiving the file
    QDate wholeCaseDue;           // whole_case: 30 / 45 / 20 WD from acceptance (applications)
    int opinionWorkingDaysLeft = 0; // negative: overdue
    bool nearRelative = false;    // declared, or a member on the near-relative register
    bool delegated = false;
    QString extensionGround;
    int householdVisits = 0;
    int authorityVisits = 0;
    int meetings = 0;
    int notices = 0;
    int objections = 0;
    int complaints = 0;           // received while the case awaited confirmation
    bool visitRequired = false;   // near relative or complaint (red flags: see the detail)
    bool blocked = false;         // a required own visit is not recorded yet

    QJsonObject toJson() const;
};

struct CaseComplaint {
    QString id;
    QString caseId;
    QDate receivedOn;
    QString channel;
    QString summary;
    bool duringConfirmation = false;
};

// Everything the authority reads before deciding one case.
struct ConfirmationDetail {
    CaseRecord record;
    ConfirmationQueueItem item;
    QList<HouseholdVisit> visits;
    QList<AppraisalMeeting> meetings;
    QList<PublicNotice> notices;
    QList<Objection> objections;  // without the objectors' identities
    QList<CaseComplaint> complaints;
    QJsonObject eligibility;      // the explanation (docs/eligibility.md), red flags and problems included
    AuthorityVisitRequirement visit;
    QDate effectiveMonthIfConfirmedOn; // payment starts the month after the decision, never earlier

    QJsonObject toJson() const;
};

struct ConfirmationQueueFilter {
    QString divisionCode;         // a township, or empty for the whole area
    int limit = -1;
    int offset = 0;
};

// The confirming authority's queue (审核确认), ordered by clock: the 10-working-day opinion first, then the whole
// case. Confirming and refusing are Workflow steps; the own-visit rule is enforced there (AuthorityVisitRule).
class ConfirmationQueue {
public:
    explicit ConfirmationQueue(Session &session) : m_session(session) {}

    Result<QList<ConfirmationQueueItem>> list(const ConfirmationQueueFilter &filter, const QDate &today = QDate());
    Result<qint64> count(const QString &divisionCode = QString());
    Result<ConfirmationDetail> detail(const QString &caseId, const QDate &on = QDate());

    // A complaint about a case (举报投诉). Received while the case awaits the authority (county notice, confirmation
    // or a reported review), it makes the authority's own home visit mandatory before confirming. Recorded by the
    // township or the county reviewer. Returns its id.
    Result<QString> recordComplaint(const QString &caseId, const QDate &receivedOn, const QString &channel,
                                    const QString &summary);
    Result<QList<CaseComplaint>> complaints(const QString &caseId);

private:
    Session &m_session;
};

} // namespace dibao
