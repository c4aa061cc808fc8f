#include "casework/ConfirmationQueue.h"

#include "casework/AppraisalMeetingStore.h"
#include "casework/PublicNoticeStore.h"
#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "policy/WorkingCalendar.h"
#include "rules/Eligibility.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dibao {

namespace {

QString trQueue(const char *text)
{
    return QCoreApplication::translate("dibao::ConfirmationQueue", text);
}

// The columns of a queue row; WHERE and ORDER BY are added by the caller.
const char *const kQueueSelect =
    "SELECT c.id, c.kind, c.state, c.division_code, c.village_name, c.applicant_name, "
    " (SELECT count(*) FROM members m WHERE m.household_id = c.household_id AND m.left_reason IS NULL), "
    " c.proposed_amount, c.proposed_tier, ko.due_on, kw.due_on, "
    " (c.near_relative_declared OR EXISTS (SELECT 1 FROM members m JOIN near_relatives r ON r.ended_on IS NULL "
    "  AND (r.relative_id_number = m.id_number OR r.staff_id_number = m.id_number) "
    "  WHERE m.household_id = c.household_id AND m.left_reason IS NULL)), c.delegated, "
    " c.extension_ground, "
    " (SELECT count(*) FROM visits v WHERE v.case_id = c.id AND v.kind = 'household'), "
    " (SELECT count(*) FROM visits v WHERE v.case_id = c.id AND v.kind = 'household' AND v.by_authority = 1), "
    " (SELECT count(DISTINCT a.meeting_id) FROM appraisal_items a WHERE a.case_id = c.id), "
    " (SELECT count(*) FROM public_notice_items n WHERE n.case_id = c.id), "
    " (SELECT count(*) FROM objections o WHERE o.case_id = c.id), "
    " (SELECT count(*) FROM case_complaints k WHERE k.case_id = c.id AND k.during_confirmation = 1), "
    " EXISTS (SELECT 1 FROM visits v WHERE v.case_id = c.id AND v.kind = 'household' AND v.by_authority = 1 "
    "  AND v.visit_date >= COALESCE((SELECT max(k.received_on) FROM case_complaints k WHERE k.case_id = c.id "
    "  AND k.during_confirmation = 1), '')) "
    "FROM cases c "
    "LEFT JOIN case_clocks ko ON ko.id = c.id || ':confirmation_opinion' AND ko.done_on IS NULL "
    "LEFT JOIN case_clocks kw ON kw.id = c.id || ':whole_case' AND kw.done_on IS NULL ";

ConfirmationQueueItem itemFrom(Statement &s, const WorkingCalendar &calendar, const QDate &today)
{
    ConfirmationQueueItem i;
    i.caseId = s.text(0);
    i.kind = s.text(1);
    i.state = s.text(2);
    i.divisionCode = s.text(3);
    i.villageName = s.text(4);
    i.applicantName = s.text(5);
    i.householdSize = s.integer(6);
    i.proposedAmount = s.isNull(7) ? Fen(-1) : s.int64(7);
    i.proposedTier = s.text(8);
    i.opinionDue = parseIsoDate(s.text(9));
    i.wholeCaseDue = parseIsoDate(s.text(10));
    i.opinionWorkingDaysLeft = i.opinionDue.isValid() ? calendar.workingDaysBetween(today, i.opinionDue) : 0;
    i.nearRelative = s.int64(11) != 0;
    i.delegated = s.int64(12) != 0;
    i.extensionGround = s.text(13);
    i.householdVisits = s.integer(14);
    i.authorityVisits = s.integer(15);
    i.meetings = s.integer(16);
    i.notices = s.integer(17);
    i.objections = s.integer(18);
    i.complaints = s.integer(19);
    i.visitRequired = i.nearRelative || i.complaints > 0;
    i.blocked = i.visitRequired && s.int64(20) == 0;
    return i;
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(isoDate(d)) : QJsonValue();
}

} // namespace

QJsonObject ConfirmationQueueItem::toJson() const
{
    return QJsonObject{{QStringLiteral("case"), caseId},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("division_code"), divisionCode},
                       {QStringLiteral("village"), villageName},
                       {QStringLiteral("applicant"), applicantName},
                       {QStringLiteral("household_size"), householdSize},
                       {QStringLiteral("proposed_amount_fen"), proposedAmount < 0 ? QJsonValue() : QJsonValue(proposedAmount)},
                       {QStringLiteral("proposed_tier"), proposedTier.isEmpty() ? QJsonValue() : QJsonValue(proposedTier)},
                       {QStringLiteral("opinion_due"), dateOrNull(opinionDue)},
                       {QStringLiteral("opinion_working_days_left"), opinionWorkingDaysLeft},
                       {QStringLiteral("whole_case_due"), dateOrNull(wholeCaseDue)},
                       {QStringLiteral("near_relative"), nearRelative},
                       {QStringLiteral("delegated"), delegated},
                       {QStringLiteral("extension_ground"), extensionGround.isEmpty() ? QJsonValue() : QJsonValue(extensionGround)},
                       {QStringLiteral("household_visits"), householdVisits},
                       {QStringLiteral("authority_visits"), authorityVisits},
                       {QStringLiteral("meetings"), meetings},
                       {QStringLiteral("notices"), notices},
                       {QStringLiteral("objections"), objections},
                       {QStringLiteral("complaints"), complaints},
                       {QStringLiteral("visit_required"), visitRequired},
                       {QStringLiteral("blocked"), blocked}};
}

QJsonObject ConfirmationDetail::toJson() const
{
    QJsonArray visitList;
    for (const HouseholdVisit &v : visits)
        visitList.append(QJsonObject{{QStringLiteral("id"), v.id},
                                     {QStringLiteral("kind"), v.kind},
                                     {QStringLiteral("date"), isoDate(v.visitDate)},
                                     {QStringLiteral("by_authority"), v.byAuthority},
                                     {QStringLiteral("remote"), v.remote},
                                     {QStringLiteral("findings"), v.findings}});
    QJsonArray meetingList;
    for (const AppraisalMeeting &m : meetings)
        meetingList.append(m.toJson());
    QJsonArray noticeList;
    for (const PublicNotice &n : notices)
        noticeList.append(n.toJson());
    QJsonArray objectionList;
    for (const Objection &o : objections)
        objectionList.append(QJsonObject{{QStringLiteral("id"), o.id},
                                         {QStringLiteral("received_on"), isoDate(o.receivedOn)},
                                         {QStringLiteral("channel"), o.channel},
                                         {QStringLiteral("content"), o.content}});
    QJsonArray complaintList;
    for (const CaseComplaint &c : complaints)
        complaintList.append(QJsonObject{{QStringLiteral("id"), c.id},
                                         {QStringLiteral("received_on"), isoDate(c.receivedOn)},
                                         {QStringLiteral("channel"), c.channel},
                                         {QStringLiteral("summary"), c.summary},
                                         {QStringLiteral("during_confirmation"), c.duringConfirmation}});
    return QJsonObject{{QStringLiteral("item"), item.toJson()},
                       {QStringLiteral("visits"), visitList},
                       {QStringLiteral("meetings"), meetingList},
                       {QStringLiteral("notices"), noticeList},
                       {QStringLiteral("objections"), objectionList},
                       {QStringLiteral("complaints"), complaintList},
                       {QStringLiteral("eligibility"), eligibility},
                       {QStringLiteral("authority_visit"),
                        QJsonObject{{QStringLiteral("grounds"), QJsonArray::fromStringList(visit.grounds)},
                                    {QStringLiteral("recorded"), visit.visitRecorded},
                                    {QStringLiteral("blocks"), visit.blocks()}}},
                       {QStringLiteral("effective_month_if_confirmed"), isoMonth(effectiveMonthIfConfirmedOn)}};
}

Result<QList<ConfirmationQueueItem>> ConfirmationQueue::list(const ConfirmationQueueFilter &filter, const QDate &today)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    const QDate on = today.isValid() ? today : chinaToday();
    // The page is chosen from the clocks alone; the file counts are computed for its cases only.
    const QString sql =
        QStringLiteral("WITH page AS (SELECT q.id AS cid, ko.due_on AS odue, kw.due_on AS wdue FROM cases q "
                       "LEFT JOIN case_clocks ko ON ko.id = q.id || ':confirmation_opinion' AND ko.done_on IS NULL "
                       "LEFT JOIN case_clocks kw ON kw.id = q.id || ':whole_case' AND kw.done_on IS NULL "
                       "WHERE q.state IN ('confirmation', 'review_reported') AND (?1 IS NULL OR q.division_code = ?1) "
                       "ORDER BY odue IS NULL, odue, wdue IS NULL, wdue, q.id LIMIT ?2 OFFSET ?3) ")
        + QString::fromLatin1(kQueueSelect)
        + QStringLiteral("JOIN page ON page.cid = c.id "
                         "ORDER BY page.odue IS NULL, page.odue, page.wdue IS NULL, page.wdue, c.id");
    auto st = m_session.db().cached(sql);
    if (!st)
        return st.error();
    Statement &s = **st;
    s.bind(1, filter.divisionCode.isEmpty() ? QString() : filter.divisionCode);
    s.bind(2, qint64(filter.limit));
    s.bind(3, qint64(filter.offset));
    const WorkingCalendar calendar(m_session.policy());
    QList<ConfirmationQueueItem> out;
    DIBAO_TRY(s.forEachRow([&] { out << itemFrom(s, calendar, on); }));
    return out;
}

Result<qint64> ConfirmationQueue::count(const QString &divisionCode)
{
    auto st = m_session.db().cached("SELECT count(*) FROM cases WHERE state IN ('confirmation', 'review_reported') "
                                    "AND (?1 IS NULL OR division_code = ?1)");
    if (!st)
        return st.error();
    (*st)->bind(1, divisionCode.isEmpty() ? QString() : divisionCode);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    const qint64 n = (*st)->int64(0);
    (*st)->reset();
    return n;
}

Result<ConfirmationDetail> ConfirmationQueue::detail(const QString &caseId, const QDate &onDate)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    const QDate on = onDate.isValid() ? onDate : chinaToday();
    CaseStore cases(m_session);
    auto record = cases.get(caseId);
    if (!record)
        return record.error();
    ConfirmationDetail d;
    d.record = *record;
    {
        auto st = m_session.db().prepare(QString::fromLatin1(kQueueSelect) + QStringLiteral("WHERE c.id = ?"));
        if (!st)
            return st.error();
        st->bind(1, caseId);
        auto r = st->step();
        if (!r)
            return r.error();
        const WorkingCalendar calendar(m_session.policy());
        d.item = itemFrom(*st, calendar, on);
    }
    auto visits = cases.visits(caseId);
    if (!visits)
        return visits.error();
    d.visits = *visits;
    AppraisalMeetingStore meetings(m_session);
    auto held = meetings.meetingsForCase(caseId);
    if (!held)
        return held.error();
    d.meetings = *held;
    PublicNoticeStore notices(m_session);
    auto posted = notices.noticesForCase(caseId);
    if (!posted)
        return posted.error();
    d.notices = *posted;
    auto objections = notices.objections(caseId);
    if (!objections)
        return objections.error();
    d.objections = *objections;
    auto complaintList = complaints(caseId);
    if (!complaintList)
        return complaintList.error();
    d.complaints = *complaintList;
    HouseholdStore households(m_session);
    auto file = households.load(record->householdId);
    if (!file)
        return file.error();
    EligibilityOptions options;
    options.individualMemberId = record->individualMemberId;
    options.assignedTier = record->proposedTier;
    d.eligibility = evaluateEligibility(*file, m_session.policy(), on, options).toJson();
    // Reading the eligibility explanation shows income and illness: a sensitive read (as the CLI's eligibility).
    DIBAO_TRY(m_session.logSensitiveRead(QStringLiteral("households"), record->householdId,
                                         QStringLiteral("confirmation review")));
    auto visit = authorityVisitRequirement(m_session, *record, on);
    if (!visit)
        return visit.error();
    d.visit = *visit;
    d.item.visitRequired = visit->required();
    d.item.blocked = visit->blocks();
    d.effectiveMonthIfConfirmedOn = firstOfMonth(on).addMonths(1);
    return d;
}

Result<QString> ConfirmationQueue::recordComplaint(const QString &caseId, const QDate &receivedOn,
                                                   const QString &channel, const QString &summary)
{
    const Role role = m_session.actor().role;
    if (!m_session.require(Action::TownshipReview).ok() && !(m_session.signedIn() && role == Role::CountyReviewer))
        return makeError(ErrorKind::Permission, QStringLiteral("permission_denied"),
                         trQueue("Complaints are recorded by the township or a county reviewer."));
    static const QStringList channels{QStringLiteral("in_person"), QStringLiteral("letter"), QStringLiteral("phone"),
                                      QStringLiteral("online"), QStringLiteral("other")};
    if (!channels.contains(channel))
        return makeError(ErrorKind::Invalid, QStringLiteral("complaint_channel"),
                         trQueue("Unknown channel \"%1\"; use one of: %2.").arg(channel, channels.join(QStringLiteral(", "))));
    if (summary.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("complaint_summary"), trQueue("Record what the complaint says."));
    const QDate on = receivedOn.isValid() ? receivedOn : chinaToday();
    if (on > chinaToday())
        return makeError(ErrorKind::Invalid, QStringLiteral("date_in_future"),
                         trQueue("The date %1 is in the future.").arg(isoDate(on)));
    CaseStore cases(m_session);
    auto c = cases.get(caseId);
    if (!c)
        return c.error();
    const bool during = c->state == CaseState::Confirmation || c->state == CaseState::CountyNotice
        || c->state == CaseState::ReviewReported;
    const QString id = newId();
    DIBAO_TRY(m_session.writer().insert(m_session.writeContext(), QStringLiteral("case_complaints"),
                                        Row{{QStringLiteral("id"), id},
                                            {QStringLiteral("case_id"), caseId},
                                            {QStringLiteral("received_on"), isoDate(on)},
                                            {QStringLiteral("channel"), channel},
                                            {QStringLiteral("summary"), summary.trimmed()},
                                            {QStringLiteral("during_confirmation"), qint64(during ? 1 : 0)}}));
    return id;
}

Result<QList<CaseComplaint>> ConfirmationQueue::complaints(const QString &caseId)
{
    auto st = m_session.db().prepare("SELECT id, received_on, channel, summary, during_confirmation FROM case_complaints "
                                     "WHERE case_id = ? ORDER BY received_on, rowid");
    if (!st)
        return st.error();
    st->bind(1, caseId);
    QList<CaseComplaint> out;
    DIBAO_TRY(st->forEachRow([&] {
        out << CaseComplaint{st->text(0), caseId, parseIsoDate(st->text(1)), st->text(2), st->text(3),
                             st->int64(4) != 0};
    }));
    return out;
}

} // namespace dibao
