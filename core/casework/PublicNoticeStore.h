#pragma once

#include "casework/PublicNotice.h"
#include "common/Result.h"
#include "domain/Case.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// What the county's notice policy (kind "notice_content") lets a notice show beyond name, household size and
// amount: the masked ID number, and extra results (only "tier" exists). No row in force: nothing more.
struct NoticeContentPolicy {
    bool showMaskedId = false;
    QStringList extraResults;
};

// 公示, objections and 长期公示. Posting a township notice takes every case on it through the workflow step
// submit_review, which starts the 7-calendar-day notice clock; an objection takes record_objection. The objector's
// identity is stored apart and read by county roles only (a logged sensitive read).
class PublicNoticeStore {
public:
    explicit PublicNoticeStore(Session &session) : m_session(session) {}

    NoticeContentPolicy contentPolicy(const QDate &on) const;

    // The cases of a township (optionally one village) ready for a notice: township review, not back from an
    // objection (those go on to confirmation without a second notice). Each with its proposed amount: the case's
    // proposal, else the eligibility amount, else -1.
    Result<QList<NoticeLine>> candidates(const QString &divisionCode, const QString &villageName, const QDate &on);

    // Posts a township notice. One transaction; a refusal changes nothing.
    Result<PublicNotice> post(const NoticePosting &posting);
    // Records where and when the county's pre-confirmation notice (审批公示) was posted, for cases already in state
    // county_notice (their clock started when the township notice closed). Needs the confirming authority.
    Result<PublicNotice> postCountyNotice(const NoticePosting &posting);

    Result<PublicNotice> notice(const QString &noticeId);
    Result<QList<PublicNotice>> noticesForCase(const QString &caseId);
    // The notices of a township posted on or after `since` (both kinds), newest first, with their lines: the
    // posted-notice list of the client.
    Result<QList<PublicNotice>> noticesOf(const QString &divisionCode, const QDate &since, int limit = 50);

    // Records an objection (who, what, when) and takes the workflow step record_objection. Returns its id.
    Result<QString> recordObjection(const ObjectionInput &input);
    Result<QList<Objection>> objections(const QString &caseId);
    // County roles only; logged as a sensitive read. Token: objector_identity_county_only.
    Result<ObjectorIdentity> objectorIdentity(const QString &objectionId);

    // 长期公示: current recipients (enrolled or in gradual exit) by township and village, applicant name, household
    // size and amount. Empty codes: everything in this database's area.
    Result<QList<StandingEntry>> standingPublication(const QString &divisionCode = QString(),
                                                     const QString &villageName = QString());

private:
    Result<PublicNotice> writeNotice(PublicNotice &notice);
    Result<NoticeLine> lineFor(const CaseRecord &record, const QDate &on, const NoticeContentPolicy &content);
    Session &m_session;
};

} // namespace dibao
