#include "casework/AppraisalMeetingStore.h"

#include "common/ChinaDate.h"
#include "common/Json.h"
#include "common/Uuid.h"
#include "policy/PolicySet.h"
#include "store/CaseStore.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace dibao {

namespace {

QString trMeeting(const char *text)
{
    return QCoreApplication::translate("dibao::AppraisalMeetingStore", text);
}

Error refused(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

// The workflow step an appraisal conclusion takes: only true_complete moves on.
QString workflowChoice(const QString &conclusion)
{
    return conclusion == AppraisalView::TrueComplete ? AppraisalView::TrueComplete : AppraisalView::Incomplete;
}

QString staffJson(const QList<TownshipStaffMember> &staff)
{
    QJsonArray a;
    for (const TownshipStaffMember &s : staff)
        a.append(QJsonObject{{QStringLiteral("name"), s.name.trimmed()}, {QStringLiteral("user_id"), s.userId}});
    return QString::fromUtf8(compactJson(a));
}

QString participantsJson(const QList<MeetingParticipant> &people)
{
    QJsonArray a;
    for (const MeetingParticipant &p : people)
        a.append(QJsonObject{{QStringLiteral("name"), p.name.trimmed()},
                             {QStringLiteral("category"), p.category},
                             {QStringLiteral("present"), p.present}});
    return QString::fromUtf8(compactJson(a));
}

QString opinionsJson(const QList<AppraisalOpinion> &opinions)
{
    QJsonArray a;
    for (const AppraisalOpinion &o : opinions)
        a.append(QJsonObject{{QStringLiteral("speaker"), o.speaker.trimmed()},
                             {QStringLiteral("category"), o.category},
                             {QStringLiteral("view"), o.view},
                             {QStringLiteral("note"), o.note}});
    return QString::fromUtf8(compactJson(a));
}

} // namespace

MeetingRules AppraisalMeetingStore::rules(const QDate &on) const
{
    // Policy kind "appraisal_meeting" (docs/policy.md); a key with no row in force keeps the MeetingRules default.
    MeetingRules r;
    const PolicySet &policy = m_session.policy();
    const QString kind = QStringLiteral("appraisal_meeting");
    r.minTownshipStaff = int(policy.integer(kind, QStringLiteral("min_township_staff"), on).value_or(r.minTownshipStaff));
    r.minPresent = int(policy.integer(kind, QStringLiteral("min_present"), on).value_or(r.minPresent));
    if (auto share = policy.ratio(kind, QStringLiteral("representatives_share"), on)) {
        r.representativesNum = share->num;
        r.representativesDen = share->den;
    }
    if (auto share = policy.ratio(kind, QStringLiteral("attendance_share"), on)) {
        r.attendanceNum = share->num;
        r.attendanceDen = share->den;
    }
    return r;
}

Result<AppraisalAgenda> AppraisalMeetingStore::agenda(const QString &divisionCode, const QString &villageName)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    if (!m_session.inJurisdiction(divisionCode))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trMeeting("Township %1 is outside this database's area.").arg(divisionCode));
    auto st = m_session.db().prepare(
        "SELECT c.id, c.applicant_name, (SELECT count(*) FROM members m WHERE m.household_id = c.household_id "
        "AND m.left_reason IS NULL), c.village_name, c.accepted_on FROM cases c WHERE c.state = 'appraisal' "
        "AND c.division_code = ?1 AND (?2 IS NULL OR c.village_name = ?2) ORDER BY c.accepted_on, c.id");
    if (!st)
        return st.error();
    st->bind(1, divisionCode).bind(2, nullIfEmpty(villageName));
    AppraisalAgenda agenda;
    agenda.divisionCode = divisionCode;
    agenda.villageName = villageName;
    DIBAO_TRY(st->forEachRow([&] {
        agenda.cases << AppraisalAgenda::Case{st->text(0), st->text(1), st->integer(2), st->text(3),
                                              parseIsoDate(st->text(4))};
    }));
    return agenda;
}

Status AppraisalMeetingStore::check(const AppraisalMeeting &m) const
{
    if (!m.meetingDate.isValid())
        return refused("appraisal_date", trMeeting("The meeting needs its date."));
    if (m.meetingDate > chinaToday())
        return refused("appraisal_date", trMeeting("A meeting is recorded after it was held: %1 is in the future.")
                                             .arg(isoDate(m.meetingDate)));
    if (m.place.trimmed().isEmpty())
        return refused("appraisal_place", trMeeting("The meeting needs its place."));
    if (m.chair.trimmed().isEmpty())
        return refused("appraisal_chair", trMeeting("The meeting needs its chair."));
    if (m.recorder.trimmed().isEmpty())
        return refused("appraisal_recorder", trMeeting("The meeting needs its recorder."));
    if (m.minutes.trimmed().isEmpty())
        return refused("appraisal_minutes", trMeeting("The meeting needs its minutes."));
    const MeetingRules r = rules(m.meetingDate);
    int staff = 0;
    QSet<QString> staffNames;
    for (const TownshipStaffMember &s : m.townshipStaff) {
        if (s.name.trimmed().isEmpty())
            continue;
        ++staff;
        staffNames.insert(s.name.trimmed());
    }
    if (staff < r.minTownshipStaff)
        return refused("appraisal_staff_missing",
                       trMeeting("No township staff member is recorded as present: township staff must attend the "
                                 "meeting and draw its conclusions (at least %1).")
                           .arg(r.minTownshipStaff));
    for (const MeetingParticipant &p : m.participants) {
        if (p.name.trimmed().isEmpty())
            return refused("appraisal_participant", trMeeting("Every participant is named."));
        if (!MeetingCategory::all().contains(p.category))
            return refused("appraisal_category",
                           trMeeting("Participant %1 has the unknown category \"%2\"; use one of: %3.")
                               .arg(p.name, p.category, MeetingCategory::all().join(QStringLiteral(", "))));
    }
    const int present = m.presentCount();
    const int listed = int(m.participants.size());
    if (present < r.minPresent)
        return refused("appraisal_quorum",
                       trMeeting("Only %1 participants were present; the meeting needs at least %2.")
                           .arg(present)
                           .arg(r.minPresent));
    // Compared by cross-multiplication: present/listed >= num/den.
    if (qint64(present) * r.attendanceDen < qint64(listed) * r.attendanceNum)
        return refused("appraisal_quorum",
                       trMeeting("%1 of the %2 participants invited were present; at least %3/%4 must attend.")
                           .arg(present)
                           .arg(listed)
                           .arg(r.attendanceNum)
                           .arg(r.attendanceDen));
    const int reps = m.presentInCategory(MeetingCategory::VillageRepresentative);
    if (qint64(reps) * r.representativesDen < qint64(present) * r.representativesNum)
        return refused("appraisal_composition",
                       trMeeting("Village representatives are %1 of the %2 participants present; they must be at "
                                 "least %3/%4 of them.")
                           .arg(reps)
                           .arg(present)
                           .arg(r.representativesNum)
                           .arg(r.representativesDen));
    if (m.items.isEmpty())
        return refused("appraisal_agenda_empty", trMeeting("The meeting has no case on its agenda."));
    QSet<QString> cases;
    for (const AppraisalAgendaItem &i : m.items) {
        if (cases.contains(i.caseId))
            return refused("appraisal_case_twice", trMeeting("Case %1 is on the agenda twice.").arg(i.caseId));
        cases.insert(i.caseId);
        for (const AppraisalOpinion &o : i.opinions)
            if (!AppraisalView::all().contains(o.view))
                return refused("appraisal_view",
                               trMeeting("An opinion is about the facts: is the investigation true and complete "
                                         "(true_complete), incomplete or disputed — never \"%1\". A meeting does not "
                                         "vote on eligibility.")
                                   .arg(o.view));
        if (!AppraisalView::all().contains(i.conclusion))
            return refused("appraisal_conclusion",
                           trMeeting("The conclusion on case %1 must be true_complete, incomplete or disputed.")
                               .arg(i.caseId));
        if (!staffNames.contains(i.concludedBy.trimmed()))
            return refused("appraisal_concluded_by",
                           trMeeting("The conclusion on case %1 is drawn by one of the township staff present, not "
                                     "\"%2\".")
                               .arg(i.caseId, i.concludedBy));
    }
    return {};
}

Status AppraisalMeetingStore::record(AppraisalMeeting &m)
{
    DIBAO_TRY(m_session.require(Action::Appraise));
    if (!m.correctsMeetingId.isEmpty())
        return recordCorrection(m);
    if (!m_session.inJurisdiction(m.divisionCode))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trMeeting("Township %1 is outside this database's area.").arg(m.divisionCode));
    DIBAO_TRY(check(m));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    CaseStore cases(m_session);
    for (const AppraisalAgendaItem &i : m.items) {
        auto c = cases.get(i.caseId);
        if (!c)
            return c.error();
        if (c->divisionCode != m.divisionCode)
            return refused("appraisal_case_division",
                           trMeeting("Case %1 belongs to township %2, not to the meeting's %3.")
                               .arg(i.caseId, c->divisionCode, m.divisionCode));
        if (c->state != CaseState::Appraisal)
            return refused("appraisal_case_state",
                           trMeeting("Case %1 (%2) is not waiting for an appraisal meeting: it is \"%3\".")
                               .arg(i.caseId, c->applicantName, CaseState::displayName(c->state)));
    }
    DIBAO_TRY(writeMeeting(m));
    Workflow flow(m_session);
    for (const AppraisalAgendaItem &i : m.items) {
        TransitionInput in;
        in.onDate = m.meetingDate;
        in.choice = workflowChoice(i.conclusion);
        in.reason = i.conclusionNote;
        DIBAO_TRY(flow.apply(i.caseId, QStringLiteral("conclude_appraisal"), in));
    }
    return tx.commit();
}

Status AppraisalMeetingStore::recordCorrection(AppraisalMeeting &m)
{
    if (m.correctionReason.trimmed().isEmpty())
        return refused("appraisal_correction_reason", trMeeting("A correction says what it corrects and why."));
    auto original = meeting(m.correctsMeetingId);
    if (!original)
        return original.error();
    if (!original->correctedByMeetingId.isEmpty())
        return refused("appraisal_correction_not_latest",
                       trMeeting("Meeting %1 was already corrected by %2: correct the latest record.")
                           .arg(m.correctsMeetingId, original->correctedByMeetingId));
    if (m.divisionCode.isEmpty())
        m.divisionCode = original->divisionCode;
    if (m.divisionCode != original->divisionCode)
        return refused("appraisal_case_division", trMeeting("A correction stays in the township of the meeting."));
    DIBAO_TRY(check(m));
    QHash<QString, QString> before;
    for (const AppraisalAgendaItem &i : original->items)
        before.insert(i.caseId, workflowChoice(i.conclusion));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    CaseStore cases(m_session);
    QStringList toConclude;
    for (const AppraisalAgendaItem &i : m.items) {
        auto c = cases.get(i.caseId);
        if (!c)
            return c.error();
        if (c->state == CaseState::Appraisal && !before.contains(i.caseId)) {
            toConclude << i.caseId;
            continue;
        }
        if (!before.contains(i.caseId))
            return refused("appraisal_case_state",
                           trMeeting("Case %1 was not on the meeting corrected and is not waiting for an appraisal.")
                               .arg(i.caseId));
        // The case already moved on from this meeting: the record may be corrected, its effect may not. A different
        // conclusion means a new investigation or meeting through the workflow.
        if (before.value(i.caseId) != workflowChoice(i.conclusion))
            return refused("appraisal_correction_conclusion",
                           trMeeting("The correction changes the conclusion on case %1, which has already moved on; "
                                     "take the case back through the workflow instead.")
                               .arg(i.caseId));
    }
    DIBAO_TRY(writeMeeting(m));
    Workflow flow(m_session);
    for (const AppraisalAgendaItem &i : m.items) {
        if (!toConclude.contains(i.caseId))
            continue;
        TransitionInput in;
        in.onDate = m.meetingDate;
        in.choice = workflowChoice(i.conclusion);
        in.reason = i.conclusionNote;
        DIBAO_TRY(flow.apply(i.caseId, QStringLiteral("conclude_appraisal"), in));
    }
    return tx.commit();
}

Status AppraisalMeetingStore::writeMeeting(AppraisalMeeting &m)
{
    RecordWriter &w = m_session.writer();
    const WriteContext who = m_session.writeContext();
    m.id = newId();
    Row row{{QStringLiteral("id"), m.id},
            {QStringLiteral("division_code"), m.divisionCode},
            {QStringLiteral("village_name"), nullIfEmpty(m.villageName)},
            {QStringLiteral("meeting_date"), isoDate(m.meetingDate)},
            {QStringLiteral("place"), m.place.trimmed()},
            {QStringLiteral("chair"), m.chair.trimmed()},
            {QStringLiteral("recorder"), m.recorder.trimmed()},
            {QStringLiteral("township_staff"), staffJson(m.townshipStaff)},
            {QStringLiteral("participants"), participantsJson(m.participants)},
            {QStringLiteral("present_count"), qint64(m.presentCount())},
            {QStringLiteral("representatives_present"),
             qint64(m.presentInCategory(MeetingCategory::VillageRepresentative))},
            {QStringLiteral("minutes"), m.minutes},
            {QStringLiteral("attachments"),
             m.attachments.isEmpty() ? QString() : QString::fromUtf8(compactJson(QJsonArray::fromStringList(m.attachments)))},
            {QStringLiteral("corrects_meeting_id"), nullIfEmpty(m.correctsMeetingId)},
            {QStringLiteral("correction_reason"), nullIfEmpty(m.correctionReason)}};
    DIBAO_TRY(w.insert(who, QStringLiteral("appraisal_meetings"), row));
    for (AppraisalAgendaItem &i : m.items) {
        i.id = newId();
        Row item{{QStringLiteral("id"), i.id},
                 {QStringLiteral("meeting_id"), m.id},
                 {QStringLiteral("case_id"), i.caseId},
                 {QStringLiteral("opinions"), opinionsJson(i.opinions)},
                 {QStringLiteral("conclusion"), i.conclusion},
                 {QStringLiteral("conclusion_note"), nullIfEmpty(i.conclusionNote)},
                 {QStringLiteral("concluded_by"), i.concludedBy.trimmed()}};
        DIBAO_TRY(w.insert(who, QStringLiteral("appraisal_items"), item));
    }
    return {};
}

Result<AppraisalMeeting> AppraisalMeetingStore::meeting(const QString &meetingId)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    auto row = m_session.writer().read(QStringLiteral("appraisal_meetings"), meetingId);
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::NotFound, QStringLiteral("meeting_not_found"),
                         trMeeting("No appraisal meeting %1.").arg(meetingId));
    const Row &r = **row;
    AppraisalMeeting m;
    m.id = meetingId;
    m.divisionCode = r.value(QStringLiteral("division_code")).toString();
    if (!m_session.inJurisdiction(m.divisionCode))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trMeeting("Meeting %1 is outside this database's area.").arg(meetingId));
    m.villageName = r.value(QStringLiteral("village_name")).toString();
    m.meetingDate = parseIsoDate(r.value(QStringLiteral("meeting_date")).toString());
    m.place = r.value(QStringLiteral("place")).toString();
    m.chair = r.value(QStringLiteral("chair")).toString();
    m.recorder = r.value(QStringLiteral("recorder")).toString();
    for (const auto &v : QJsonDocument::fromJson(r.value(QStringLiteral("township_staff")).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        m.townshipStaff << TownshipStaffMember{o.value(QStringLiteral("name")).toString(),
                                               o.value(QStringLiteral("user_id")).toString()};
    }
    for (const auto &v : QJsonDocument::fromJson(r.value(QStringLiteral("participants")).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        m.participants << MeetingParticipant{o.value(QStringLiteral("name")).toString(),
                                             o.value(QStringLiteral("category")).toString(),
                                             o.value(QStringLiteral("present")).toBool()};
    }
    m.minutes = r.value(QStringLiteral("minutes")).toString();
    for (const auto &v : QJsonDocument::fromJson(r.value(QStringLiteral("attachments")).toString().toUtf8()).array())
        m.attachments << v.toString();
    m.correctsMeetingId = r.value(QStringLiteral("corrects_meeting_id")).toString();
    m.correctionReason = r.value(QStringLiteral("correction_reason")).toString();
    m.recordedBy = r.value(QStringLiteral("created_by")).toString();

    Database &db = m_session.db();
    auto items = db.prepare("SELECT i.id, i.case_id, i.opinions, i.conclusion, i.conclusion_note, i.concluded_by, "
                            "c.applicant_name, (SELECT count(*) FROM members x WHERE x.household_id = c.household_id "
                            "AND x.left_reason IS NULL), c.village_name FROM appraisal_items i "
                            "JOIN cases c ON c.id = i.case_id WHERE i.meeting_id = ? ORDER BY i.rowid");
    if (!items)
        return items.error();
    items->bind(1, meetingId);
    DIBAO_TRY(items->forEachRow([&] {
        AppraisalAgendaItem i;
        i.id = items->text(0);
        i.caseId = items->text(1);
        for (const auto &v : QJsonDocument::fromJson(items->text(2).toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            i.opinions << AppraisalOpinion{o.value(QStringLiteral("speaker")).toString(),
                                           o.value(QStringLiteral("category")).toString(),
                                           o.value(QStringLiteral("view")).toString(),
                                           o.value(QStringLiteral("note")).toString()};
        }
        i.conclusion = items->text(3);
        i.conclusionNote = items->text(4);
        i.concludedBy = items->text(5);
        i.applicantName = items->text(6);
        i.householdSize = items->integer(7);
        i.villageName = items->text(8);
        m.items << i;
    }));
    auto newer = db.prepare("SELECT id FROM appraisal_meetings WHERE corrects_meeting_id = ? ORDER BY rowid LIMIT 1");
    if (!newer)
        return newer.error();
    newer->bind(1, meetingId);
    auto found = newer->step();
    if (!found)
        return found.error();
    if (*found)
        m.correctedByMeetingId = newer->text(0);
    return m;
}

Result<QList<AppraisalMeeting>> AppraisalMeetingStore::meetingsForCase(const QString &caseId)
{
    auto st = m_session.db().prepare("SELECT DISTINCT m.id, m.rowid FROM appraisal_items i JOIN appraisal_meetings m "
                                     "ON m.id = i.meeting_id WHERE i.case_id = ? ORDER BY m.rowid");
    if (!st)
        return st.error();
    st->bind(1, caseId);
    QStringList ids;
    DIBAO_TRY(st->forEachRow([&] { ids << st->text(0); }));
    QList<AppraisalMeeting> out;
    for (const QString &id : ids) {
        auto m = meeting(id);
        if (!m)
            return m.error();
        out << *m;
    }
    return out;
}

Result<QList<AppraisalMeeting>> AppraisalMeetingStore::meetingsOf(const QString &divisionCode, int limit)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    if (!m_session.inJurisdiction(divisionCode))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trMeeting("Township %1 is outside this database's area.").arg(divisionCode));
    auto st = m_session.db().prepare("SELECT id FROM appraisal_meetings WHERE division_code = ?1 "
                                     "ORDER BY meeting_date DESC, rowid DESC LIMIT ?2");
    if (!st)
        return st.error();
    st->bind(1, divisionCode).bind(2, qint64(limit));
    QStringList ids;
    DIBAO_TRY(st->forEachRow([&] { ids << st->text(0); }));
    QList<AppraisalMeeting> out;
    for (const QString &id : ids) {
        auto m = meeting(id);
        if (!m)
            return m.error();
        out << *m;
    }
    return out;
}

} // namespace dibao
