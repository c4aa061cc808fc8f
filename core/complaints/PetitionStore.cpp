#include "complaints/PetitionStore.h"

#include "casework/ConfirmationQueue.h"
#include "casework/PeriodicReview.h"
#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "domain/IdNumber.h"
#include "store/CaseStore.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"

#include <QCoreApplication>

namespace dibao {

namespace {

QString trPetition(const char *text)
{
    return QCoreApplication::translate("dibao::PetitionStore", text);
}

Error refused(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

const QStringList &channels()
{
    static const QStringList list{QStringLiteral("hotline"), QStringLiteral("letter"), QStringLiteral("visit"),
                                  QStringLiteral("online")};
    return list;
}

const QStringList &subjectKinds()
{
    static const QStringList list{QStringLiteral("household"), QStringLiteral("case"), QStringLiteral("staff"),
                                  QStringLiteral("office"), QStringLiteral("none")};
    return list;
}

const QStringList &outcomes()
{
    static const QStringList list{QStringLiteral("upheld"), QStringLiteral("partly_upheld"),
                                  QStringLiteral("not_upheld"), QStringLiteral("answered"),
                                  QStringLiteral("administrative_review")};
    return list;
}

const QStringList &forwardOutcomes()
{
    static const QStringList list{QStringLiteral("upheld"), QStringLiteral("changed"), QStringLiteral("revoked")};
    return list;
}

// The complaint kinds that accuse someone (and so feed the confirmation rule, open checks, earn rewards).
bool accuses(const QString &kind)
{
    return kind == PetitionKind::Complaint || kind == PetitionKind::Report || kind == PetitionKind::Petition;
}

// case_complaints keeps the channel words of the confirmation queue.
QString caseComplaintChannel(const QString &channel)
{
    if (channel == QLatin1String("hotline"))
        return QStringLiteral("phone");
    if (channel == QLatin1String("visit"))
        return QStringLiteral("in_person");
    return channel; // letter, online
}

QVariant textOrNull(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed());
}

QJsonValue jsonDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(isoDate(d)) : QJsonValue();
}

const char *const kSelect =
    "SELECT id, division_code, kind, channel, real_name, subject_kind, household_id, case_id, subject_division, "
    "staff_name, summary, received_on, received_by, received_by_name, owner_id, owner_name, owner_office, ack_due, "
    "acknowledged_on, conclude_due, extended_on, extension_reason, route, concluded_on, concluded_by, decided_office, "
    "outcome, findings, verified, case_complaint_id, check_case_id, feedback_on, feedback_note, reward_fen, reward_on, "
    "reward_note FROM petitions ";

Petition fromStatement(Statement &s)
{
    Petition p;
    int c = 0;
    p.id = s.text(c++);
    p.divisionCode = s.text(c++);
    p.kind = s.text(c++);
    p.channel = s.text(c++);
    p.realName = s.int64(c++) != 0;
    p.subjectKind = s.text(c++);
    p.householdId = s.text(c++);
    p.caseId = s.text(c++);
    p.subjectDivision = s.text(c++);
    p.staffName = s.text(c++);
    p.summary = s.text(c++);
    p.receivedOn = parseIsoDate(s.text(c++));
    p.receivedBy = s.text(c++);
    p.receivedByName = s.text(c++);
    p.ownerId = s.text(c++);
    p.ownerName = s.text(c++);
    p.ownerOffice = s.text(c++);
    p.acknowledgeDue = parseIsoDate(s.text(c++));
    p.acknowledgedOn = parseIsoDate(s.text(c++));
    p.concludeDue = parseIsoDate(s.text(c++));
    p.extendedOn = parseIsoDate(s.text(c++));
    p.extensionReason = s.text(c++);
    p.route = s.text(c++);
    p.concludedOn = parseIsoDate(s.text(c++));
    p.concludedBy = s.text(c++);
    p.decidedOffice = s.text(c++);
    p.outcome = s.text(c++);
    p.findings = s.text(c++);
    p.verified = s.int64(c++) != 0;
    p.caseComplaintId = s.text(c++);
    p.checkCaseId = s.text(c++);
    p.feedbackOn = parseIsoDate(s.text(c++));
    p.feedbackNote = s.text(c++);
    p.rewardFen = s.isNull(c) ? Fen(-1) : s.int64(c);
    ++c;
    p.rewardOn = parseIsoDate(s.text(c++));
    p.rewardNote = s.text(c++);
    return p;
}

Status dateNotInFuture(const QDate &d)
{
    if (d > chinaToday())
        return refused("date_in_future", trPetition("The date %1 is in the future.").arg(isoDate(d)));
    return {};
}

} // namespace

const QStringList &PetitionKind::all()
{
    static const QStringList list{Petition, Complaint, Report, Enquiry, Suggestion};
    return list;
}

QString Petition::runningClock() const
{
    if (concluded())
        return {};
    return acknowledgedOn.isValid() ? QStringLiteral("conclude") : QStringLiteral("acknowledge");
}

QDate Petition::runningDue() const
{
    if (concluded())
        return {};
    return acknowledgedOn.isValid() ? concludeDue : acknowledgeDue;
}

bool Petition::overdue(const QDate &today) const
{
    // Unacknowledged past 15 days, or unconcluded past the conclusion date (whichever clock is late).
    if (concluded())
        return false;
    return (!acknowledgedOn.isValid() && today > acknowledgeDue) || today > concludeDue;
}

int Petition::daysLeft(const QDate &today) const
{
    const QDate due = runningDue();
    return due.isValid() ? int(today.daysTo(due)) : 0;
}

QJsonObject Petition::toJson(const QDate &today) const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("channel"), channel},
                  {QStringLiteral("real_name"), realName},
                  {QStringLiteral("subject_kind"), subjectKind},
                  {QStringLiteral("household_id"), householdId.isEmpty() ? QJsonValue() : QJsonValue(householdId)},
                  {QStringLiteral("case_id"), caseId.isEmpty() ? QJsonValue() : QJsonValue(caseId)},
                  {QStringLiteral("subject_division"),
                   subjectDivision.isEmpty() ? QJsonValue() : QJsonValue(subjectDivision)},
                  {QStringLiteral("staff_name"), staffName.isEmpty() ? QJsonValue() : QJsonValue(staffName)},
                  {QStringLiteral("county_only"), divisionCode.size() == 6},
                  {QStringLiteral("summary"), summary},
                  {QStringLiteral("received_on"), jsonDate(receivedOn)},
                  {QStringLiteral("received_by"), receivedByName},
                  {QStringLiteral("owner"), ownerName},
                  {QStringLiteral("owner_id"), ownerId},
                  {QStringLiteral("acknowledge_due"), jsonDate(acknowledgeDue)},
                  {QStringLiteral("acknowledged_on"), jsonDate(acknowledgedOn)},
                  {QStringLiteral("conclude_due"), jsonDate(concludeDue)},
                  {QStringLiteral("extended_on"), jsonDate(extendedOn)},
                  {QStringLiteral("extension_reason"),
                   extensionReason.isEmpty() ? QJsonValue() : QJsonValue(extensionReason)},
                  {QStringLiteral("route"), route},
                  {QStringLiteral("concluded_on"), jsonDate(concludedOn)},
                  {QStringLiteral("decided_office"), decidedOffice.isEmpty() ? QJsonValue() : QJsonValue(decidedOffice)},
                  {QStringLiteral("outcome"), outcome.isEmpty() ? QJsonValue() : QJsonValue(outcome)},
                  {QStringLiteral("findings"), findings.isEmpty() ? QJsonValue() : QJsonValue(findings)},
                  {QStringLiteral("verified"), verified},
                  {QStringLiteral("case_complaint_id"),
                   caseComplaintId.isEmpty() ? QJsonValue() : QJsonValue(caseComplaintId)},
                  {QStringLiteral("check_case_id"), checkCaseId.isEmpty() ? QJsonValue() : QJsonValue(checkCaseId)},
                  {QStringLiteral("feedback_on"), jsonDate(feedbackOn)},
                  {QStringLiteral("feedback_due"), feedbackDue()},
                  {QStringLiteral("reward_fen"), rewardFen < 0 ? QJsonValue() : QJsonValue(rewardFen)},
                  {QStringLiteral("running_clock"), runningClock().isEmpty() ? QJsonValue() : QJsonValue(runningClock())},
                  {QStringLiteral("due_on"), jsonDate(runningDue())},
                  {QStringLiteral("days_left"), concluded() ? QJsonValue() : QJsonValue(daysLeft(today))},
                  {QStringLiteral("overdue"), overdue(today)}};
    return o;
}

QJsonObject PetitionForward::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("stage"), stage},
                       {QStringLiteral("requested_on"), jsonDate(requestedOn)},
                       {QStringLiteral("forwarded_on"), jsonDate(forwardedOn)},
                       {QStringLiteral("from_office"), fromOffice},
                       {QStringLiteral("to_office"), toOffice},
                       {QStringLiteral("to_body"), toBody},
                       {QStringLiteral("answer_due"), jsonDate(answerDue)},
                       {QStringLiteral("outcome"), outcome.isEmpty() ? QJsonValue() : QJsonValue(outcome)},
                       {QStringLiteral("outcome_on"), jsonDate(outcomeOn)},
                       {QStringLiteral("outcome_note"), outcomeNote.isEmpty() ? QJsonValue() : QJsonValue(outcomeNote)}};
}

QString PetitionStore::higherOffice(const QString &code)
{
    if (code.size() == 9)
        return code.left(6);                            // township → county
    if (code.size() == 6 && !code.endsWith(QLatin1String("00")))
        return code.left(4) + QStringLiteral("00");     // county → city
    if (code.size() == 6 && !code.endsWith(QLatin1String("0000")))
        return code.left(2) + QStringLiteral("0000");   // city → province
    return {};
}

QString PetitionStore::actorOffice() const
{
    const QString office = m_session.actor().divisionCode;
    return office.isEmpty() ? m_session.divisionCode() : office;
}

Result<QString> PetitionStore::registerPetition(const PetitionInput &in)
{
    DIBAO_TRY(m_session.require(Action::Petition));
    if (!PetitionKind::all().contains(in.kind))
        return refused("petition_kind", trPetition("Unknown kind \"%1\"; use one of: %2.")
                                            .arg(in.kind, PetitionKind::all().join(QStringLiteral(", "))));
    if (!channels().contains(in.channel))
        return refused("petition_channel", trPetition("Unknown channel \"%1\"; use one of: %2.")
                                               .arg(in.channel, channels().join(QStringLiteral(", "))));
    const QString subject = in.subjectKind.isEmpty() ? QStringLiteral("none") : in.subjectKind;
    if (!subjectKinds().contains(subject))
        return refused("petition_subject", trPetition("Unknown subject \"%1\"; use one of: %2.")
                                               .arg(subject, subjectKinds().join(QStringLiteral(", "))));
    if (in.summary.trimmed().isEmpty())
        return refused("petition_summary", trPetition("Record what the letter, visit or call says."));
    const QDate received = in.receivedOn.isValid() ? in.receivedOn : chinaToday();
    DIBAO_TRY(dateNotInFuture(received));
    if (in.realName && in.reporterName.trimmed().isEmpty())
        return refused("reporter_name_required",
                       trPetition("A real-name letter or complaint needs the reporter's name (kept confidential)."));
    if (!in.realName && (!in.reporterName.trimmed().isEmpty() || !in.reporterIdNumber.trimmed().isEmpty()))
        return refused("anonymous_with_name",
                       trPetition("An anonymous report has no reporter's name or ID number; register it as real-name "
                                  "instead."));
    QString reporterId;
    if (!in.reporterIdNumber.trimmed().isEmpty()) {
        auto parsed = parseIdNumber(in.reporterIdNumber);
        if (!parsed)
            return parsed.error();
        reporterId = parsed->normalized;
    }

    Petition p;
    p.id = newId();
    p.kind = in.kind;
    p.channel = in.channel;
    p.realName = in.realName;
    p.subjectKind = subject;
    p.summary = in.summary.trimmed();
    p.receivedOn = received;
    p.route = QStringLiteral("normal");
    QString caseState;
    QString enrolment;
    if (subject == QLatin1String("household") || subject == QLatin1String("case")) {
        if (subject == QLatin1String("case")) {
            CaseStore cases(m_session);
            auto c = cases.get(in.caseId);
            if (!c)
                return c.error();
            p.caseId = c->id;
            p.householdId = c->householdId;
            caseState = c->state;
        } else {
            p.householdId = in.householdId;
        }
        auto household = m_session.writer().read(QStringLiteral("households"), p.householdId);
        if (!household)
            return household.error();
        if (!*household || !m_session.inJurisdiction((**household).value(QStringLiteral("division_code")).toString()))
            return makeError(ErrorKind::NotFound, QStringLiteral("household_not_found"),
                             trPetition("No household %1 here.").arg(p.householdId));
        p.divisionCode = (**household).value(QStringLiteral("division_code")).toString();
        p.subjectDivision = p.divisionCode;
        enrolment = (**household).value(QStringLiteral("enrolment")).toString();
    } else if (subject == QLatin1String("staff") || subject == QLatin1String("office")) {
        // 信访工作条例 Art 30: the reporter never reaches the office reported, so it is handled at the county and its
        // audience is the county's code, which no township device matches.
        if (!m_session.isCounty() || !isCountyRole(m_session.actor().role))
            return makeError(ErrorKind::Permission, QStringLiteral("petition_names_township"),
                             trPetition("A complaint naming a township office or its staff is registered at the county, "
                                        "so the office reported never learns who reported it. Pass it to the county."));
        const QString named = in.subjectDivision.trimmed();
        if ((named.size() != 9 && named.size() != 6) || !m_session.inJurisdiction(named.left(9)))
            if (!(named.size() == 6 && named == m_session.divisionCode()))
                return refused("petition_subject_division",
                               trPetition("Name the township (9 digits) or county office (6 digits) concerned, "
                                          "within this county."));
        if (subject == QLatin1String("staff") && in.staffName.trimmed().isEmpty())
            return refused("petition_staff_name", trPetition("Name the staff member the complaint is about."));
        p.subjectDivision = named;
        p.staffName = in.staffName.trimmed();
        p.divisionCode = m_session.divisionCode();
    } else {
        p.divisionCode = m_session.divisionCode();
    }
    // A complaint about a refusal belongs in administrative review (the refusal notice names the rights).
    if (accuses(p.kind) && caseState == CaseState::Refused)
        p.route = QStringLiteral("administrative_review");

    const Actor &actor = m_session.actor();
    p.receivedBy = actor.userId;
    p.receivedByName = actor.displayName.isEmpty() ? actor.name : actor.displayName;
    p.ownerId = p.receivedBy;
    p.ownerName = p.receivedByName;
    p.ownerOffice = actorOffice();
    p.acknowledgeDue = received.addDays(PetitionClocks::kAcknowledgeDays);
    p.concludeDue = received.addDays(PetitionClocks::kConcludeDays);

    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    RecordWriter &w = m_session.writer();
    const WriteContext who = m_session.writeContext();
    DIBAO_TRY(w.insert(who, QStringLiteral("petitions"),
                       Row{{QStringLiteral("id"), p.id},
                           {QStringLiteral("division_code"), p.divisionCode},
                           {QStringLiteral("kind"), p.kind},
                           {QStringLiteral("channel"), p.channel},
                           {QStringLiteral("real_name"), qint64(p.realName ? 1 : 0)},
                           {QStringLiteral("subject_kind"), p.subjectKind},
                           {QStringLiteral("household_id"), textOrNull(p.householdId)},
                           {QStringLiteral("case_id"), textOrNull(p.caseId)},
                           {QStringLiteral("subject_division"), textOrNull(p.subjectDivision)},
                           {QStringLiteral("staff_name"), textOrNull(p.staffName)},
                           {QStringLiteral("summary"), p.summary},
                           {QStringLiteral("received_on"), isoDate(p.receivedOn)},
                           {QStringLiteral("received_by"), p.receivedBy},
                           {QStringLiteral("received_by_name"), p.receivedByName},
                           {QStringLiteral("owner_id"), p.ownerId},
                           {QStringLiteral("owner_name"), p.ownerName},
                           {QStringLiteral("owner_office"), p.ownerOffice},
                           {QStringLiteral("ack_due"), isoDate(p.acknowledgeDue)},
                           {QStringLiteral("conclude_due"), isoDate(p.concludeDue)},
                           {QStringLiteral("route"), p.route}}));
    if (p.realName) {
        // The receiving office's code: a township's own record passes the hub's ownership check; the row's
        // audience is the county whatever the code (MergePolicy: countyAudience).
        DIBAO_TRY(w.insert(who, QStringLiteral("petition_reporters"),
                           Row{{QStringLiteral("id"), newId()},
                               {QStringLiteral("petition_id"), p.id},
                               {QStringLiteral("division_code"), m_session.divisionCode()},
                               {QStringLiteral("name"), in.reporterName.trimmed()},
                               {QStringLiteral("phone"), textOrNull(in.reporterPhone)},
                               {QStringLiteral("address"), textOrNull(in.reporterAddress)},
                               {QStringLiteral("id_number"), textOrNull(reporterId)}}));
    }
    DIBAO_TRY(addEvent(p, QStringLiteral("register"), received, QString()));
    // A complaint about a case feeds the confirmation rule (the authority's own visit while it awaits confirmation).
    if (accuses(p.kind) && !p.caseId.isEmpty() && p.route == QLatin1String("normal")) {
        ConfirmationQueue queue(m_session);
        auto complaint = queue.recordComplaint(p.caseId, received, caseComplaintChannel(p.channel), p.summary);
        if (!complaint)
            return complaint.error();
        DIBAO_TRY(w.update(who, QStringLiteral("petitions"), p.id,
                           Row{{QStringLiteral("case_complaint_id"), *complaint}}, QStringLiteral("link_complaint")));
    }
    // A complaint about an enrolled household opens a check (57号 Art 37) where the receiver may open reviews (the
    // township); at the county it waits for the township (petition-check), listed as check pending.
    if (accuses(p.kind) && p.route == QLatin1String("normal")
        && (enrolment == QLatin1String("enrolled") || enrolment == QLatin1String("gradual_exit"))
        && m_session.require(Action::OpenReview).ok()) {
        auto check = openCheck(p.id);
        if (!check)
            return check.error();
    }
    DIBAO_TRY(tx.commit());
    return p.id;
}

Result<QString> PetitionStore::openCheck(const QString &id)
{
    DIBAO_TRY(m_session.require(Action::OpenReview));
    auto p = load(id);
    if (!p)
        return p.error();
    if (!p->checkCaseId.isEmpty())
        return p->checkCaseId;
    if (p->householdId.isEmpty() || !accuses(p->kind))
        return refused("petition_no_household", trPetition("Only a complaint about a household opens a check."));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    ChangeReportInput change;
    change.householdId = p->householdId;
    change.kind = QStringLiteral("other");
    change.source = QStringLiteral("discovered");
    change.changedOn = p->receivedOn;
    change.reportedOn = p->receivedOn;
    change.details = trPetition("Check after a complaint (%1): %2").arg(p->id, p->summary);
    PeriodicReview reviews(m_session);
    auto report = reviews.reportChange(change);
    if (!report)
        return report.error();
    DIBAO_TRY(m_session.writer().update(m_session.writeContext(), QStringLiteral("petitions"), id,
                                        Row{{QStringLiteral("check_case_id"), report->reviewCaseId}},
                                        QStringLiteral("open_check")));
    DIBAO_TRY(addEvent(*p, QStringLiteral("check"), chinaToday(), report->reviewCaseId));
    DIBAO_TRY(tx.commit());
    return report->reviewCaseId;
}

Result<Petition> PetitionStore::load(const QString &id)
{
    auto st = m_session.db().prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto r = st->step();
    if (!r)
        return r.error();
    // One naming a township stays at the county: township roles are told it does not exist here.
    if (!*r || (st->text(1).size() == 6 && !isCountyRole(m_session.actor().role)))
        return makeError(ErrorKind::NotFound, QStringLiteral("petition_not_found"),
                         trPetition("No letter or complaint %1 here.").arg(id));
    return fromStatement(*st);
}

Result<Petition> PetitionStore::get(const QString &id)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    return load(id);
}

Result<QList<Petition>> PetitionStore::list(const PetitionFilter &filter)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    const QDate today = filter.today.isValid() ? filter.today : chinaToday();
    QString sql = QString::fromLatin1(kSelect) + QStringLiteral("WHERE 1 ");
    if (!isCountyRole(m_session.actor().role))
        sql += QStringLiteral("AND length(division_code) = 9 ");
    if (filter.openOnly || filter.overdueOnly)
        sql += QStringLiteral("AND concluded_on IS NULL ");
    if (filter.overdueOnly)
        sql += QStringLiteral("AND ((acknowledged_on IS NULL AND ack_due < ?1) OR conclude_due < ?1) ");
    else
        sql += QStringLiteral("AND ?1 IS NOT NULL ");
    if (!filter.ownerId.isEmpty())
        sql += QStringLiteral("AND owner_id = ?2 ");
    sql += QStringLiteral("ORDER BY concluded_on IS NOT NULL, CASE WHEN acknowledged_on IS NULL THEN ack_due "
                          "ELSE conclude_due END, received_on, rowid");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    auto st = m_session.db().prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, isoDate(today));
    if (!filter.ownerId.isEmpty())
        st->bind(2, filter.ownerId);
    QList<Petition> out;
    DIBAO_TRY(st->forEachRow([&] { out << fromStatement(*st); }));
    return out;
}

Result<QList<PetitionEvent>> PetitionStore::events(const QString &id)
{
    auto p = get(id);
    if (!p)
        return p.error();
    auto st = m_session.db().prepare("SELECT id, action, on_date, by_user, by_name, to_user, to_name, note "
                                     "FROM petition_events WHERE petition_id = ? ORDER BY rowid");
    if (!st)
        return st.error();
    st->bind(1, id);
    QList<PetitionEvent> out;
    DIBAO_TRY(st->forEachRow([&] {
        out << PetitionEvent{st->text(0), st->text(1), parseIsoDate(st->text(2)), st->text(3),
                             st->text(4), st->text(5), st->text(6), st->text(7)};
    }));
    return out;
}

Result<QList<PetitionForward>> PetitionStore::forwards(const QString &id)
{
    auto p = get(id);
    if (!p)
        return p.error();
    auto st = m_session.db().prepare(
        "SELECT id, stage, requested_on, forwarded_on, from_office, to_office, to_body, answer_due, outcome, "
        "outcome_on, outcome_note FROM petition_forwards WHERE petition_id = ? "
        "ORDER BY CASE stage WHEN 'reexamination' THEN 0 ELSE 1 END");
    if (!st)
        return st.error();
    st->bind(1, id);
    QList<PetitionForward> out;
    DIBAO_TRY(st->forEachRow([&] {
        PetitionForward f;
        f.id = st->text(0);
        f.petitionId = id;
        f.stage = st->text(1);
        f.requestedOn = parseIsoDate(st->text(2));
        f.forwardedOn = parseIsoDate(st->text(3));
        f.fromOffice = st->text(4);
        f.toOffice = st->text(5);
        f.toBody = st->text(6);
        f.answerDue = parseIsoDate(st->text(7));
        f.outcome = st->text(8);
        f.outcomeOn = parseIsoDate(st->text(9));
        f.outcomeNote = st->text(10);
        out << f;
    }));
    return out;
}

Result<PetitionReporter> PetitionStore::reporter(const QString &id)
{
    if (!m_session.signedIn() || !roleAllows(m_session.actor().role, Action::ReporterIdentity))
        return makeError(ErrorKind::Permission, QStringLiteral("reporter_identity_county_only"),
                         trPetition("The reporter's identity is confidential: only county staff may read it."));
    auto p = load(id);
    if (!p)
        return p.error();
    if (!p->realName)
        return makeError(ErrorKind::NotFound, QStringLiteral("reporter_anonymous"),
                         trPetition("The report was anonymous: no identity is kept."));
    auto st = m_session.db().prepare("SELECT id, name, phone, address, id_number FROM petition_reporters "
                                     "WHERE petition_id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    auto r = st->step();
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorKind::NotFound, QStringLiteral("reporter_not_here"),
                         trPetition("The reporter's identity is not held in this database."));
    const QString identityId = st->text(0);
    PetitionReporter out{st->text(1), st->text(2), st->text(3), st->text(4)};
    st->reset();
    DIBAO_TRY(m_session.logSensitiveRead(QStringLiteral("petition_reporters"), identityId,
                                         QStringLiteral("petition handling")));
    return out;
}

Status PetitionStore::requireOwner(const Petition &p)
{
    DIBAO_TRY(m_session.require(Action::Petition));
    if (p.ownerId != m_session.actor().userId)
        return makeError(ErrorKind::Permission, QStringLiteral("petition_not_owner"),
                         trPetition("%1 owns this letter or complaint (首问负责) until a recorded hand-over; ask them "
                                    "to hand it over first.")
                             .arg(p.ownerName));
    return {};
}

Status PetitionStore::addEvent(const Petition &p, const QString &action, const QDate &on, const QString &note,
                               const QString &toUser, const QString &toName)
{
    const Actor &actor = m_session.actor();
    return m_session.writer().insert(
        m_session.writeContext(), QStringLiteral("petition_events"),
        Row{{QStringLiteral("id"), newId()},
            {QStringLiteral("petition_id"), p.id},
            {QStringLiteral("division_code"), p.divisionCode},
            {QStringLiteral("action"), action},
            {QStringLiteral("on_date"), isoDate(on)},
            {QStringLiteral("by_user"), actor.userId},
            {QStringLiteral("by_name"), actor.displayName.isEmpty() ? actor.name : actor.displayName},
            {QStringLiteral("to_user"), textOrNull(toUser)},
            {QStringLiteral("to_name"), textOrNull(toName)},
            {QStringLiteral("note"), textOrNull(note)}});
}

Status PetitionStore::acknowledge(const QString &id, const QDate &date, const QString &note)
{
    auto p = load(id);
    if (!p)
        return p.error();
    DIBAO_TRY(requireOwner(*p));
    const QDate on = date.isValid() ? date : chinaToday();
    DIBAO_TRY(dateNotInFuture(on));
    if (p->acknowledgedOn.isValid())
        return refused("petition_already_acknowledged",
                       trPetition("Receipt was already acknowledged on %1.").arg(isoDate(p->acknowledgedOn)));
    if (on < p->receivedOn)
        return refused("date_before_receipt", trPetition("Receipt cannot be acknowledged before %1, when it was "
                                                         "received.").arg(isoDate(p->receivedOn)));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(m_session.writer().update(m_session.writeContext(), QStringLiteral("petitions"), id,
                                        Row{{QStringLiteral("acknowledged_on"), isoDate(on)}},
                                        QStringLiteral("acknowledge")));
    DIBAO_TRY(addEvent(*p, QStringLiteral("acknowledge"), on, note));
    return tx.commit();
}

Status PetitionStore::handOver(const QString &id, const QString &toUserName, const QString &reason, const QDate &date)
{
    auto p = load(id);
    if (!p)
        return p.error();
    DIBAO_TRY(requireOwner(*p));
    if (p->concluded())
        return refused("petition_concluded", trPetition("It was concluded on %1.").arg(isoDate(p->concludedOn)));
    if (reason.trimmed().isEmpty())
        return refused("handover_reason", trPetition("Say why it is handed over."));
    const QDate on = date.isValid() ? date : chinaToday();
    DIBAO_TRY(dateNotInFuture(on));
    // The new owner: an account here, or one published by the county (user_directory).
    QString toId, toName, toRole, toOffice;
    for (const char *sql : {"SELECT id, display_name, role, division_code FROM users WHERE name = ? AND active = 1",
                            "SELECT id, display_name, role, division_code FROM user_directory WHERE name = ? "
                            "AND coalesce(active, 1) = 1"}) {
        auto st = m_session.db().prepare(sql);
        if (!st)
            return st.error();
        st->bind(1, toUserName);
        auto r = st->step();
        if (!r)
            return r.error();
        if (*r) {
            toId = st->text(0);
            toName = st->text(1);
            toRole = st->text(2);
            toOffice = st->text(3);
            break;
        }
    }
    if (toId.isEmpty())
        return makeError(ErrorKind::NotFound, QStringLiteral("user_not_found"),
                         trPetition("No active user named %1.").arg(toUserName));
    if (toId == p->ownerId)
        return refused("handover_same_owner", trPetition("%1 already owns it.").arg(toName));
    const auto role = roleFromToken(toRole);
    if (!role || !roleAllows(*role, Action::Petition))
        return refused("handover_role", trPetition("%1 cannot handle letters and complaints in their role.").arg(toName));
    // One naming a township stays with the county.
    if (p->divisionCode.size() == 6 && toOffice.size() != 6)
        return refused("handover_to_township",
                       trPetition("A complaint naming a township or its staff stays with the county."));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(m_session.writer().update(m_session.writeContext(), QStringLiteral("petitions"), id,
                                        Row{{QStringLiteral("owner_id"), toId},
                                            {QStringLiteral("owner_name"), toName},
                                            {QStringLiteral("owner_office"), toOffice}},
                                        QStringLiteral("handover")));
    DIBAO_TRY(addEvent(*p, QStringLiteral("handover"), on, reason.trimmed(), toId, toName));
    return tx.commit();
}

Status PetitionStore::extend(const QString &id, const QString &reason, const QDate &date)
{
    auto p = load(id);
    if (!p)
        return p.error();
    DIBAO_TRY(requireOwner(*p));
    if (p->concluded())
        return refused("petition_concluded", trPetition("It was concluded on %1.").arg(isoDate(p->concludedOn)));
    if (p->extendedOn.isValid())
        return refused("petition_extension_used",
                       trPetition("The conclusion was already extended once, on %1; a second extension is not allowed "
                                  "(信访工作条例 Art 34).")
                           .arg(isoDate(p->extendedOn)));
    if (reason.trimmed().isEmpty())
        return refused("extension_reason", trPetition("An extension needs its reasons (信访工作条例 Art 34)."));
    const QDate on = date.isValid() ? date : chinaToday();
    DIBAO_TRY(dateNotInFuture(on));
    if (on > p->concludeDue)
        return refused("extension_too_late", trPetition("The 60 days ended on %1: an extension is decided before "
                                                        "then.")
                                                 .arg(isoDate(p->concludeDue)));
    const QDate due = p->concludeDue.addDays(PetitionClocks::kExtensionDays);
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(m_session.writer().update(m_session.writeContext(), QStringLiteral("petitions"), id,
                                        Row{{QStringLiteral("extended_on"), isoDate(on)},
                                            {QStringLiteral("extension_reason"), reason.trimmed()},
                                            {QStringLiteral("conclude_due"), isoDate(due)}},
                                        QStringLiteral("extend")));
    DIBAO_TRY(addEvent(*p, QStringLiteral("extend"), on, reason.trimmed()));
    return tx.commit();
}

Status PetitionStore::conclude(const QString &id, const PetitionConclusion &in)
{
    auto p = load(id);
    if (!p)
        return p.error();
    DIBAO_TRY(requireOwner(*p));
    if (p->concluded())
        return refused("petition_concluded", trPetition("It was concluded on %1.").arg(isoDate(p->concludedOn)));
    if (!outcomes().contains(in.outcome))
        return refused("petition_outcome", trPetition("Unknown outcome \"%1\"; use one of: %2.")
                                               .arg(in.outcome, outcomes().join(QStringLiteral(", "))));
    if (p->route == QLatin1String("administrative_review") && in.outcome != QLatin1String("administrative_review"))
        return refused("petition_administrative_review",
                       trPetition("This complaint is about a refusal: it is answered by pointing the household to "
                                  "administrative review or litigation (outcome administrative_review)."));
    if (p->route != QLatin1String("administrative_review") && in.outcome == QLatin1String("administrative_review"))
        return refused("petition_outcome", trPetition("Only a complaint about a refusal is pointed to administrative "
                                                      "review."));
    if (in.findings.trimmed().isEmpty())
        return refused("petition_findings", trPetition("Write the findings or the answer given."));
    if (in.verified && in.outcome != QLatin1String("upheld") && in.outcome != QLatin1String("partly_upheld"))
        return refused("petition_verified", trPetition("Only an upheld report is verified."));
    const QDate on = in.on.isValid() ? in.on : chinaToday();
    DIBAO_TRY(dateNotInFuture(on));
    if (on < p->receivedOn)
        return refused("date_before_receipt",
                       trPetition("It cannot be concluded before %1, when it was received.").arg(isoDate(p->receivedOn)));
    Row changes{{QStringLiteral("concluded_on"), isoDate(on)},
                {QStringLiteral("concluded_by"), m_session.actor().userId},
                {QStringLiteral("decided_office"), actorOffice()},
                {QStringLiteral("outcome"), in.outcome},
                {QStringLiteral("findings"), in.findings.trimmed()},
                {QStringLiteral("verified"), qint64(in.verified ? 1 : 0)}};
    // The answer itself tells the reporter it was received.
    if (!p->acknowledgedOn.isValid())
        changes.insert(QStringLiteral("acknowledged_on"), isoDate(on));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(m_session.writer().update(m_session.writeContext(), QStringLiteral("petitions"), id, changes,
                                        QStringLiteral("conclude")));
    DIBAO_TRY(addEvent(*p, QStringLiteral("conclude"), on, in.outcome));
    return tx.commit();
}

Status PetitionStore::feedback(const QString &id, const QString &note, const QDate &date)
{
    auto p = load(id);
    if (!p)
        return p.error();
    DIBAO_TRY(requireOwner(*p));
    if (!p->concluded())
        return refused("petition_open", trPetition("Feedback follows the conclusion; conclude it first."));
    if (!p->realName)
        return refused("reporter_anonymous", trPetition("The report was anonymous: there is no one to tell. The "
                                                        "conclusion stays on file."));
    if (p->feedbackOn.isValid())
        return refused("feedback_given", trPetition("Feedback was given on %1.").arg(isoDate(p->feedbackOn)));
    if (note.trimmed().isEmpty())
        return refused("feedback_note", trPetition("Record what the reporter was told."));
    const QDate on = date.isValid() ? date : chinaToday();
    DIBAO_TRY(dateNotInFuture(on));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(m_session.writer().update(m_session.writeContext(), QStringLiteral("petitions"), id,
                                        Row{{QStringLiteral("feedback_on"), isoDate(on)},
                                            {QStringLiteral("feedback_note"), note.trimmed()}},
                                        QStringLiteral("feedback")));
    DIBAO_TRY(addEvent(*p, QStringLiteral("feedback"), on, QString()));
    return tx.commit();
}

Status PetitionStore::reward(const QString &id, Fen amount, const QString &note, const QDate &date)
{
    auto p = load(id);
    if (!p)
        return p.error();
    DIBAO_TRY(requireOwner(*p));
    if (!p->concluded() || !p->verified)
        return refused("reward_unverified", trPetition("A reward follows a report concluded as verified."));
    if (!p->realName)
        return refused("reporter_anonymous", trPetition("The report was anonymous: a reward is paid to a named "
                                                        "reporter."));
    if (p->rewardFen >= 0)
        return refused("reward_given", trPetition("A reward was recorded on %1.").arg(isoDate(p->rewardOn)));
    if (amount <= 0)
        return refused("reward_amount", trPetition("A reward is a positive amount."));
    const QDate on = date.isValid() ? date : chinaToday();
    DIBAO_TRY(dateNotInFuture(on));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(m_session.writer().update(m_session.writeContext(), QStringLiteral("petitions"), id,
                                        Row{{QStringLiteral("reward_fen"), qint64(amount)},
                                            {QStringLiteral("reward_on"), isoDate(on)},
                                            {QStringLiteral("reward_note"), textOrNull(note)}},
                                        QStringLiteral("reward")));
    DIBAO_TRY(addEvent(*p, QStringLiteral("reward"), on, note));
    return tx.commit();
}

Result<QString> PetitionStore::forward(const QString &id, const PetitionForwardInput &in)
{
    DIBAO_TRY(m_session.require(Action::Petition));
    auto p = load(id);
    if (!p)
        return p.error();
    if (in.stage != QLatin1String("reexamination") && in.stage != QLatin1String("review"))
        return refused("forward_stage", trPetition("A forward is a reexamination (复查) or a review (复核)."));
    if (!p->concluded())
        return refused("petition_open", trPetition("A re-examination follows the conclusion; it is not concluded "
                                                   "yet."));
    if (p->route == QLatin1String("administrative_review"))
        return refused("petition_administrative_review",
                       trPetition("A complaint about a refusal goes to administrative review or litigation, not to "
                                  "re-examination."));
    auto existing = forwards(id);
    if (!existing)
        return existing.error();
    QString fromOffice = p->decidedOffice;
    QDate decidedOn = p->concludedOn;
    for (const PetitionForward &f : *existing) {
        if (f.stage == in.stage)
            return refused("forward_exists", trPetition("The %1 was already forwarded to %2 on %3.")
                                                 .arg(in.stage, f.toBody, isoDate(f.forwardedOn)));
    }
    if (in.stage == QLatin1String("review")) {
        const PetitionForward *re = nullptr;
        for (const PetitionForward &f : *existing)
            if (f.stage == QLatin1String("reexamination"))
                re = &f;
        if (!re || re->outcome.isEmpty())
            return refused("review_before_reexamination",
                           trPetition("A review (复核) follows the outcome of the re-examination (复查)."));
        fromOffice = re->toOffice;
        decidedOn = re->outcomeOn;
    }
    const QDate forwardedOn = in.forwardedOn.isValid() ? in.forwardedOn : chinaToday();
    const QDate requested = in.requestedOn.isValid() ? in.requestedOn : forwardedOn;
    DIBAO_TRY(dateNotInFuture(forwardedOn));
    if (requested < decidedOn || forwardedOn < requested)
        return refused("forward_dates", trPetition("The request follows the decision of %1 and the forward follows "
                                                   "the request.")
                                            .arg(isoDate(decidedOn)));
    if (requested > decidedOn.addDays(PetitionClocks::kForwardRequestDays))
        return refused("forward_request_late",
                       trPetition("A re-examination or review is requested within 30 days of the answer (%1); this "
                                  "request came on %2.")
                           .arg(isoDate(decidedOn), isoDate(requested)));
    const QString higher = higherOffice(fromOffice);
    const QString toOffice = in.toOffice.isEmpty() ? higher : in.toOffice;
    if (toOffice == fromOffice)
        return refused("petition_same_office",
                       trPetition("The office that decided (%1) may not decide its own re-examination or review: "
                                  "forward it to the next-higher body (%2).")
                           .arg(fromOffice, higher));
    if (toOffice != higher)
        return refused("forward_not_higher", trPetition("A re-examination or review goes to the next-higher body of %1, "
                                                        "which is %2.")
                                                 .arg(fromOffice, higher));
    if (in.toBody.trimmed().isEmpty())
        return refused("forward_body", trPetition("Name the body it is forwarded to."));
    const QString forwardId = newId();
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(m_session.writer().insert(m_session.writeContext(), QStringLiteral("petition_forwards"),
                                        Row{{QStringLiteral("id"), forwardId},
                                            {QStringLiteral("petition_id"), id},
                                            {QStringLiteral("division_code"), p->divisionCode},
                                            {QStringLiteral("stage"), in.stage},
                                            {QStringLiteral("requested_on"), isoDate(requested)},
                                            {QStringLiteral("forwarded_on"), isoDate(forwardedOn)},
                                            {QStringLiteral("from_office"), fromOffice},
                                            {QStringLiteral("to_office"), toOffice},
                                            {QStringLiteral("to_body"), in.toBody.trimmed()},
                                            {QStringLiteral("answer_due"),
                                             isoDate(forwardedOn.addDays(PetitionClocks::kForwardAnswerDays))}}));
    DIBAO_TRY(addEvent(*p, QStringLiteral("forward"), forwardedOn, in.stage + QLatin1Char(' ') + toOffice));
    DIBAO_TRY(tx.commit());
    return forwardId;
}

Status PetitionStore::recordForwardOutcome(const QString &id, const QString &stage, const QString &outcome,
                                           const QString &note, const QString &decidedByOffice, const QDate &date)
{
    DIBAO_TRY(m_session.require(Action::Petition));
    auto p = load(id);
    if (!p)
        return p.error();
    auto list = forwards(id);
    if (!list)
        return list.error();
    const PetitionForward *f = nullptr;
    for (const PetitionForward &x : *list)
        if (x.stage == stage)
            f = &x;
    if (!f)
        return refused("forward_missing", trPetition("No %1 was forwarded for it.").arg(stage));
    if (!f->outcome.isEmpty())
        return refused("forward_decided", trPetition("The %1 was decided on %2.").arg(stage, isoDate(f->outcomeOn)));
    if (!forwardOutcomes().contains(outcome))
        return refused("forward_outcome", trPetition("Unknown outcome \"%1\"; use one of: %2.")
                                              .arg(outcome, forwardOutcomes().join(QStringLiteral(", "))));
    const QString by = decidedByOffice.isEmpty() ? f->toOffice : decidedByOffice;
    if (by == f->fromOffice)
        return refused("petition_same_office",
                       trPetition("The office that decided (%1) may not decide its own re-examination or review; the "
                                  "next-higher body (%2) decides it.")
                           .arg(f->fromOffice, f->toOffice));
    if (by != f->toOffice)
        return refused("forward_other_body", trPetition("It was forwarded to %1 (%2), which decides it.")
                                                 .arg(f->toBody, f->toOffice));
    const QDate on = date.isValid() ? date : chinaToday();
    DIBAO_TRY(dateNotInFuture(on));
    if (on < f->forwardedOn)
        return refused("forward_dates", trPetition("The outcome follows the forward of %1.").arg(isoDate(f->forwardedOn)));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(m_session.writer().update(m_session.writeContext(), QStringLiteral("petition_forwards"), f->id,
                                        Row{{QStringLiteral("outcome"), outcome},
                                            {QStringLiteral("outcome_on"), isoDate(on)},
                                            {QStringLiteral("outcome_note"), textOrNull(note)}},
                                        QStringLiteral("forward_outcome")));
    DIBAO_TRY(addEvent(*p, QStringLiteral("forward_outcome"), on, stage + QLatin1Char(' ') + outcome));
    return tx.commit();
}

} // namespace dibao
