#pragma once

#include "casework/AppraisalMeeting.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// 民主评议 records. A meeting is recorded once, after it was held, with its conclusions: the composition and quorum
// rules are checked first, then every case on the agenda takes the workflow step conclude_appraisal (true and
// complete → township review; incomplete or disputed → back to investigation). Never a vote on eligibility: the
// only views are true_complete, incomplete and disputed. Recorded meetings never change; a correction is a new
// meeting naming the one it corrects (docs/casework.md).
class AppraisalMeetingStore {
public:
    explicit AppraisalMeetingStore(Session &session) : m_session(session) {}

    // The rules in force on a date: policy kind "appraisal_meeting", MeetingRules' defaults for keys not in force.
    MeetingRules rules(const QDate &on) const;

    // The cases of a township (optionally one village) waiting for an appraisal meeting, oldest first: the agenda and
    // the signature sheet to print before the meeting.
    Result<AppraisalAgenda> agenda(const QString &divisionCode, const QString &villageName = QString());

    // The composition, quorum and content checks alone (no writes, no case states).
    Status check(const AppraisalMeeting &meeting) const;

    // Records a held meeting with its conclusions and moves each case on. One transaction: a refusal changes
    // nothing. Fills in the ids.
    Status record(AppraisalMeeting &meeting);

    Result<AppraisalMeeting> meeting(const QString &meetingId);
    // Every meeting that had the case on its agenda (corrections included), oldest first.
    Result<QList<AppraisalMeeting>> meetingsForCase(const QString &caseId);
    // The meetings recorded for a township, newest first (corrections included, each naming what it corrects).
    Result<QList<AppraisalMeeting>> meetingsOf(const QString &divisionCode, int limit = 50);

private:
    Status recordCorrection(AppraisalMeeting &meeting);
    Status writeMeeting(AppraisalMeeting &meeting);
    Session &m_session;
};

} // namespace dibao
