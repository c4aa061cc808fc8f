#pragma once

#include "common/Result.h"
#include "domain/Case.h"
#include "store/RecordWriter.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dibao {

class Session;

struct ApplicationInput {
    QString householdId;
    QString applicantMemberId;
    QString channel = QStringLiteral("in_person"); // in_person | entrusted | online | outreach
    QString entrustedName;                         // required for an entrusted application
    bool nearRelativeDeclared = false;
    QString nearRelativeNote;
    QString individualMemberId;                    // 单人保
    QDate submittedOn;                             // default: today (China-local)
    QList<CaseDocument> documents;                 // the checklist; informs, never blocks
};

struct CaseFilter {
    QString state;          // a state token, or empty for all
    bool overdue = false;   // only cases with an open clock past its due date
    bool openOnly = false;
    QString divisionCode;   // a township
    QString villageName;
    QString search;         // name prefix (1+ characters), an ID number, or an address fragment (3+ characters)
    int limit = -1;
    int offset = 0;
    // Keyset paging: the rows after this one in list order (its id, next_due and submitted_on, as listed), read
    // from cases_list_order without walking the rows before it as OFFSET does. Set with after().
    QString afterId;
    QDate afterNextDue;
    QDate afterSubmittedOn;

    void after(const CaseSummary &row)
    {
        afterId = row.id;
        afterNextDue = row.nextDue;
        afterSubmittedOn = row.submittedOn;
        offset = 0;
    }
};

struct CaseEvent {
    QString id;
    QString action;
    QString fromState;
    QString toState;
    QDate onDate;
    QString reason;
    QString userName;
    QString at;
};

// One piece of due or overdue work: an open clock of a case, or a review falling due.
struct DueItem {
    QString caseId;         // empty for a review not yet opened
    QString householdId;
    QString clock;          // investigation_start, verification_start, notice, county_notice, confirmation_opinion,
                            // refusal_delivery, whole_case, review_due
    QDate dueOn;
    QString applicantName;  // for a letter or complaint: its summary
    QString state;          // for a letter or complaint: its kind
    QString petitionId;     // a letter or complaint falling due (clocks petition_ack, petition_conclusion)
};

// One clock's due and overdue work for 工作台: how much there is, and the earliest items of it.
struct DueGroup {
    QString clock;
    qint64 total = 0;    // items due on or before `until`
    qint64 overdue = 0;  // of which due before `today`
    QList<DueItem> items; // the earliest, at most the limit asked for, ordered by due date then case
};

struct ClockRecord {
    QString clock;
    QString unit;
    int length = 0;
    QDate startedOn;
    QDate dueOn;
    QDate doneOn;
};

class CaseStore {
public:
    explicit CaseStore(Session &session) : m_session(session) {}

    // Creates an application case in state "submitted". Refuses a household that already has an open case, and
    // any counted member who is a counted member of another open case (the refusal names that case).
    Result<QString> createApplication(const ApplicationInput &input);
    // Opens a periodic review of an enrolled household (state review_open).
    Result<QString> openReview(const QString &householdId, const QDate &on, const QString &reason);

    Result<CaseRecord> get(const QString &caseId);
    Result<QList<CaseSummary>> list(const CaseFilter &filter);
    Result<qint64> count(const CaseFilter &filter);
    // Counts at most `cap` + 1 matches (a result above cap means "more than cap"): a list header says "10,000+"
    // without counting a county.
    Result<qint64> count(const CaseFilter &filter, qint64 cap);
    // The case's timeline: first its creation (action "create" to submitted, or "open_review" to review_open, on
    // the submission date, by its creator; id = the case id), then every case event in the order recorded.
    Result<QList<CaseEvent>> history(const QString &caseId);
    Result<QList<ClockRecord>> clocks(const QString &caseId);
    // Open clocks due on or before `until`, earliest first, plus reviews falling due by then.
    Result<QList<DueItem>> dueWork(const QDate &until, int limit = -1);
    // The same work grouped by clock, for a screen: per clock its counts and its earliest `perClock` items, so a
    // county with tens of thousands of open clocks costs one pass over the open-clock index and `perClock` rows
    // per clock, not every row. `onlyClock` restricts the answer to one clock (to show more of it). Groups with
    // nothing due are left out; the order is the clocks' names (the screen orders them by the procedure). For a
    // user who handles letters and complaints (信访), their clocks too: petition_ack (acknowledgement, 15 calendar
    // days) and petition_conclusion (60, or 90 when extended), until acknowledged / concluded.
    Result<QList<DueGroup>> dueGroups(const QDate &until, const QDate &today, int perClock,
                                      const QString &onlyClock = QString());

    Status addVisit(HouseholdVisit &visit);
    Result<QList<HouseholdVisit>> visits(const QString &caseId);
    Result<QList<CaseDocument>> documents(const QString &caseId);
    Status setDocument(const QString &caseId, CaseDocument &document);

    // Refuses if a counted member of the household is a counted member of another open case.
    Status checkDuplicateMembers(const QString &householdId, const QString &exceptCaseId = QString());

    static CaseRecord fromRow(const Row &row);

private:
    Session &m_session;
};

} // namespace dibao
