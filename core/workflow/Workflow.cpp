#include "workflow/Workflow.h"

#include "common/ChinaDate.h"
#include "common/Json.h"
#include "common/Uuid.h"
#include "policy/PolicySet.h"
#include "policy/WorkingCalendar.h"
#include "store/CaseStore.h"
#include "store/Session.h"
#include "workflow/AuthorityVisitRule.h"
#include "workflow/CaseStates.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <vector>

namespace dibao {

namespace {

QString trFlow(const char *text)
{
    return QCoreApplication::translate("dibao::Workflow", text);
}

Error refused(const QString &code, const QString &message)
{
    return makeError(ErrorKind::Invalid, code, message);
}

const QStringList kPreDecision{CaseState::Submitted,      CaseState::AwaitingDocuments, CaseState::Accepted,
                               CaseState::Investigating,  CaseState::IneligibleNotified, CaseState::Rechecking,
                               CaseState::Appraisal,      CaseState::TownshipReview,    CaseState::Notice,
                               CaseState::Objection,      CaseState::CountyNotice,      CaseState::Confirmation};
const QStringList kGroundStates{CaseState::Accepted,   CaseState::Investigating, CaseState::IneligibleNotified,
                                CaseState::Rechecking, CaseState::Appraisal,     CaseState::TownshipReview,
                                CaseState::Notice,     CaseState::Objection,     CaseState::CountyNotice,
                                CaseState::Confirmation};
const QStringList kGrounds{QStringLiteral("objection"), QStringLiteral("separated_residence"),
                           QStringLiteral("remote_application"), QStringLiteral("hard_investigation")};

QString policyChoice(Session &session, const char *kind, const QDate &on, const char *fallback)
{
    return session.policy().choice(QString::fromLatin1(kind), QStringLiteral("default"), on)
        .value_or(QString::fromLatin1(fallback));
}

} // namespace

struct Workflow::Spec {
    QString token;
    QString kind; // application | review
    Action action;
    QStringList from;
};

namespace {
const std::vector<Workflow::Spec> &specs();
}

Workflow::Workflow(Session &session) : m_session(session) {}
Workflow::~Workflow() = default;

namespace {
const std::vector<Workflow::Spec> &specs()
{
    static const std::vector<Workflow::Spec> table{
        {QStringLiteral("notify_missing"), QStringLiteral("application"), Action::Accept, {CaseState::Submitted}},
        {QStringLiteral("accept"), QStringLiteral("application"), Action::Accept,
         {CaseState::Submitted, CaseState::AwaitingDocuments}},
        {QStringLiteral("start_investigation"), QStringLiteral("application"), Action::Investigate, {CaseState::Accepted}},
        {QStringLiteral("request_verification"), QStringLiteral("application"), Action::Investigate,
         {CaseState::Accepted, CaseState::Investigating}},
        {QStringLiteral("start_verification"), QStringLiteral("application"), Action::Verify,
         {CaseState::Accepted, CaseState::Investigating, CaseState::IneligibleNotified, CaseState::Rechecking,
          CaseState::Appraisal, CaseState::TownshipReview}},
        {QStringLiteral("notify_ineligible"), QStringLiteral("application"), Action::Investigate,
         {CaseState::Investigating}},
        {QStringLiteral("object"), QStringLiteral("application"), Action::Investigate, {CaseState::IneligibleNotified}},
        {QStringLiteral("recheck_continue"), QStringLiteral("application"), Action::Investigate, {CaseState::Rechecking}},
        {QStringLiteral("close_ineligible"), QStringLiteral("application"), Action::Investigate,
         {CaseState::IneligibleNotified, CaseState::Rechecking}},
        {QStringLiteral("add_ground"), QStringLiteral("application"), Action::Investigate, kGroundStates},
        {QStringLiteral("finish_investigation"), QStringLiteral("application"), Action::Investigate,
         {CaseState::Investigating}},
        {QStringLiteral("conclude_appraisal"), QStringLiteral("application"), Action::Appraise, {CaseState::Appraisal}},
        {QStringLiteral("submit_review"), QStringLiteral("application"), Action::TownshipReview,
         {CaseState::TownshipReview}},
        {QStringLiteral("record_objection"), QStringLiteral("application"), Action::TownshipReview,
         {CaseState::Notice, CaseState::CountyNotice}},
        {QStringLiteral("resolve_objection"), QStringLiteral("application"), Action::TownshipReview,
         {CaseState::Objection}},
        {QStringLiteral("close_notice"), QStringLiteral("application"), Action::TownshipReview, {CaseState::Notice}},
        {QStringLiteral("close_county_notice"), QStringLiteral("application"), Action::Confirm,
         {CaseState::CountyNotice}},
        {QStringLiteral("confirm"), QStringLiteral("application"), Action::Confirm, {CaseState::Confirmation}},
        {QStringLiteral("refuse"), QStringLiteral("application"), Action::Confirm, {CaseState::Confirmation}},
        {QStringLiteral("deliver_refusal"), QStringLiteral("application"), Action::DeliverRefusal, {CaseState::Refused}},
        {QStringLiteral("withdraw"), QStringLiteral("application"), Action::CloseCase, kPreDecision},
        {QStringLiteral("terminate"), QStringLiteral("application"), Action::CloseCase, kPreDecision},
        {QStringLiteral("report_review"), QStringLiteral("review"), Action::TownshipReview, {CaseState::ReviewOpen}},
        {QStringLiteral("decide_review"), QStringLiteral("review"), Action::Confirm, {CaseState::ReviewReported}},
    };
    return table;
}
} // namespace

const QStringList &Workflow::transitions()
{
    static const QStringList tokens = [] {
        QStringList out;
        for (const Spec &s : specs())
            out << s.token;
        return out;
    }();
    return tokens;
}

const Workflow::Spec *Workflow::spec(const QString &transition) const
{
    for (const Spec &s : specs())
        if (s.token == transition)
            return &s;
    return nullptr;
}

Status Workflow::mayConfirm(const QDate &on) const
{
    Session &session = m_session;
    DIBAO_TRY(session.require(Action::Confirm));
    const QString confirmer = policyChoice(session, "confirmer", on, "county");
    const Role role = session.actor().role;
    if (confirmer == QLatin1String("township")) {
        if (role != Role::TownshipAdmin)
            return makeError(ErrorKind::Permission, QStringLiteral("not_confirming_authority"),
                             trFlow("Confirmation is delegated to the township: the township administrator confirms."));
    } else if (role != Role::CountyReviewer) {
        return makeError(ErrorKind::Permission, QStringLiteral("not_confirming_authority"),
                         trFlow("The county confirms: only a county reviewer may confirm, refuse or decide."));
    }
    return {};
}

QStringList Workflow::available(const CaseRecord &record) const
{
    QStringList out;
    const QDate today = chinaToday();
    for (const Spec &s : specs()) {
        if (s.kind != record.kind || !s.from.contains(record.state))
            continue;
        if (s.action == Action::Confirm ? !mayConfirm(today).ok() : !m_session.require(s.action).ok())
            continue;
        if (s.token == QLatin1String("deliver_refusal") && record.refusalDeliveredOn.isValid())
            continue;
        if (s.token == QLatin1String("notify_missing") && record.missingNoticeOn.isValid())
            continue;
        out << s.token;
    }
    return out;
}

int Workflow::wholeCaseWorkingDays(const CaseRecord &record) const
{
    if (record.delegated)
        return 20;
    return record.extensionGround.isEmpty() ? 30 : 45;
}

Status Workflow::guard(const Spec &spec, const CaseRecord &c, const TransitionInput &in, const QDate &on)
{
    const QString &t = spec.token;
    const bool needsReason = t == QLatin1String("notify_ineligible") || t == QLatin1String("object")
        || t == QLatin1String("close_ineligible") || t == QLatin1String("refuse") || t == QLatin1String("withdraw")
        || t == QLatin1String("terminate") || t == QLatin1String("record_objection")
        || t == QLatin1String("report_review");
    if (needsReason && in.reason.trimmed().isEmpty())
        return refused(QStringLiteral("reason_required"), trFlow("This step needs written reasons."));
    if (c.acceptedOn.isValid() && on < c.acceptedOn && t != QLatin1String("accept"))
        return refused(QStringLiteral("date_before_acceptance"),
                       trFlow("The date %1 is before the acceptance on %2.").arg(isoDate(on), isoDate(c.acceptedOn)));
    if (on > chinaToday())
        return refused(QStringLiteral("date_in_future"), trFlow("The date %1 is in the future.").arg(isoDate(on)));

    if (t == QLatin1String("notify_missing")) {
        if (c.missingNoticeOn.isValid())
            return refused(QStringLiteral("missing_notice_once"),
                           trFlow("The notice of missing items was already issued on %1: it lists everything at once, "
                                  "and only once.")
                               .arg(isoDate(c.missingNoticeOn)));
        if (in.missingItems.isEmpty())
            return refused(QStringLiteral("missing_items_empty"), trFlow("List every missing item in the one notice."));
    } else if (t == QLatin1String("accept")) {
        if (on < c.submittedOn)
            return refused(QStringLiteral("date_before_submission"),
                           trFlow("A case cannot be accepted before it was submitted (%1).").arg(isoDate(c.submittedOn)));
    } else if (t == QLatin1String("request_verification")) {
        CaseStore cases(m_session);
        auto docs = cases.documents(c.id);
        if (!docs)
            return docs.error();
        bool consent = false;
        for (const CaseDocument &d : *docs)
            consent = consent || (d.kind == QLatin1String("verification_consent") && d.status == QLatin1String("provided"));
        if (!consent)
            return refused(QStringLiteral("verification_consent_missing"),
                           trFlow("Economic verification needs the verification consent signed by every member "
                                  "(guardians for minors): record it in the documents first."));
    } else if (t == QLatin1String("add_ground")) {
        if (!kGrounds.contains(in.choice))
            return refused(QStringLiteral("ground_invalid"),
                           trFlow("Name the ground for 45 working days: %1.").arg(kGrounds.join(QStringLiteral(", "))));
    } else if (t == QLatin1String("finish_investigation")) {
        CaseStore cases(m_session);
        auto visits = cases.visits(c.id);
        if (!visits)
            return visits.error();
        bool ok = false;
        for (const HouseholdVisit &v : *visits) {
            int named = 0;
            for (const Investigator &i : v.investigators)
                named += i.name.isEmpty() ? 0 : 1;
            ok = ok || (v.kind == QLatin1String("household") && named >= 2
                        && (!v.remote || !v.emergencyReference.isEmpty()));
        }
        if (!ok)
            return refused(QStringLiteral("visit_missing"),
                           trFlow("No household visit is recorded: at least two named investigators must visit the "
                                  "household before the investigation ends."));
    } else if (t == QLatin1String("conclude_appraisal")) {
        if (in.choice != QLatin1String("true_complete") && in.choice != QLatin1String("incomplete"))
            return refused(QStringLiteral("appraisal_conclusion"),
                           trFlow("An appraisal concludes whether the investigation is true and complete "
                                  "(true_complete) or not (incomplete)."));
    } else if (t == QLatin1String("resolve_objection")) {
        if (in.choice != QLatin1String("reinvestigate") && in.choice != QLatin1String("appraisal"))
            return refused(QStringLiteral("objection_choice"),
                           trFlow("After an objection the township chooses a new investigation (reinvestigate) or an "
                                  "appraisal meeting (appraisal)."));
    } else if (t == QLatin1String("close_notice") || t == QLatin1String("close_county_notice")) {
        const QString clock = t == QLatin1String("close_notice") ? QStringLiteral("notice") : QStringLiteral("county_notice");
        CaseStore cases(m_session);
        auto clocks = cases.clocks(c.id);
        if (!clocks)
            return clocks.error();
        for (const ClockRecord &k : *clocks)
            if (k.clock == clock && !k.doneOn.isValid() && on < k.dueOn)
                return refused(QStringLiteral("notice_running"),
                               trFlow("The notice runs for its full days until %1; it cannot close earlier.")
                                   .arg(isoDate(k.dueOn)));
    } else if (t == QLatin1String("confirm")) {
        if (in.amount < 0 && c.proposedAmount < 0)
            return refused(QStringLiteral("amount_required"), trFlow("Confirming needs the monthly amount."));
        if (!in.tier.isEmpty() && in.tier != QLatin1String("A") && in.tier != QLatin1String("B")
            && in.tier != QLatin1String("C"))
            return refused(QStringLiteral("tier_invalid"), trFlow("Tiers are A, B or C."));
        auto visit = authorityVisitRequirement(m_session, c, on);
        if (!visit)
            return visit.error();
        if (visit->blocks()) {
            if (visit->grounds.contains(QStringLiteral("complaint_during_confirmation")))
                return refused(QStringLiteral("authority_visit_required"),
                               trFlow("A complaint was received on %1 while the case awaited confirmation: it cannot "
                                      "be confirmed until the confirming authority's own home visit on or after that "
                                      "day is recorded.")
                                   .arg(isoDate(visit->latestComplaint)));
            if (visit->grounds.contains(QStringLiteral("near_relative")))
                return refused(QStringLiteral("authority_visit_required"),
                               trFlow("A near-relative case cannot be confirmed until the confirming authority's own "
                                      "home visit is recorded."));
            return refused(QStringLiteral("authority_visit_required"),
                           trFlow("The county's policy requires the confirming authority's own home visit for a case "
                                  "with red flags before it is confirmed."));
        }
    } else if (t == QLatin1String("deliver_refusal")) {
        if (c.refusalDeliveredOn.isValid())
            return refused(QStringLiteral("refusal_already_delivered"),
                           trFlow("The refusal was already delivered on %1.").arg(isoDate(c.refusalDeliveredOn)));
        if (on < c.decidedOn)
            return refused(QStringLiteral("date_before_decision"), trFlow("Delivery cannot precede the decision."));
    } else if (t == QLatin1String("decide_review")) {
        static const QStringList outcomes{QStringLiteral("keep"), QStringLiteral("raise"), QStringLiteral("lower"),
                                          QStringLiteral("stop"), QStringLiteral("gradual_exit")};
        if (!outcomes.contains(in.choice))
            return refused(QStringLiteral("review_outcome"),
                           trFlow("A review ends in one of: %1.").arg(outcomes.join(QStringLiteral(", "))));
        if ((in.choice == QLatin1String("lower") || in.choice == QLatin1String("stop")
             || in.choice == QLatin1String("gradual_exit"))
            && in.reason.trimmed().isEmpty())
            return refused(QStringLiteral("reason_required"),
                           trFlow("Lowering, stopping or a gradual exit needs written reasons for the family."));
    }
    return {};
}

Status Workflow::apply(const QString &caseId, const QString &transition, const TransitionInput &in)
{
    const Spec *s = spec(transition);
    if (!s)
        return refused(QStringLiteral("transition_unknown"),
                       trFlow("Unknown step \"%1\"; the steps are: %2.").arg(transition, transitions().join(QStringLiteral(", "))));
    const QDate on = in.onDate.isValid() ? in.onDate : chinaToday();
    if (s->action == Action::Confirm)
        DIBAO_TRY(mayConfirm(on));
    else
        DIBAO_TRY(m_session.require(s->action));

    Database &db = m_session.db();
    Transaction tx(db);
    DIBAO_TRY(tx.begun());
    CaseStore cases(m_session);
    auto loaded = cases.get(caseId);
    if (!loaded)
        return loaded.error();
    const CaseRecord c = *loaded;
    if (c.kind != s->kind || !s->from.contains(c.state))
        return refused(QStringLiteral("state_forbids"),
                       trFlow("A case in state \"%1\" cannot take the step \"%2\".")
                           .arg(CaseState::displayName(c.state), transition));
    DIBAO_TRY(guard(*s, c, in, on));

    const PolicySet &policy = m_session.policy();
    const WorkingCalendar calendar(policy);
    const WriteContext who = m_session.writeContext();
    RecordWriter &w = m_session.writer();

    auto startClock = [&](const QString &clock, const QString &unit, int length, const QDate &start) -> Status {
        QDate due;
        if (unit == QLatin1String("working_days"))
            due = calendar.addWorkingDays(start, length);
        else if (unit == QLatin1String("calendar_days"))
            due = start.addDays(length);
        else
            due = start.addMonths(length);
        const QString id = caseId + QLatin1Char(':') + clock;
        Row row{{QStringLiteral("case_id"), caseId},       {QStringLiteral("clock"), clock},
                {QStringLiteral("unit"), unit},            {QStringLiteral("length"), qint64(length)},
                {QStringLiteral("started_on"), isoDate(start)}, {QStringLiteral("due_on"), isoDate(due)},
                {QStringLiteral("done_on"), QString()}};
        auto existing = w.read(QStringLiteral("case_clocks"), id);
        if (!existing)
            return existing.error();
        if (*existing)
            return w.update(who, QStringLiteral("case_clocks"), id, row);
        row.insert(QStringLiteral("id"), id);
        return w.insert(who, QStringLiteral("case_clocks"), row);
    };
    auto stopClock = [&](const QString &clock) -> Status {
        const QString id = caseId + QLatin1Char(':') + clock;
        auto existing = w.read(QStringLiteral("case_clocks"), id);
        if (!existing)
            return existing.error();
        if (!*existing || !(*existing)->value(QStringLiteral("done_on")).isNull())
            return {};
        return w.update(who, QStringLiteral("case_clocks"), id, Row{{QStringLiteral("done_on"), isoDate(on)}});
    };
    auto stopAllClocks = [&]() -> Status {
        auto all = cases.clocks(caseId);
        if (!all)
            return all.error();
        for (const ClockRecord &k : *all)
            if (!k.doneOn.isValid())
                DIBAO_TRY(stopClock(k.clock));
        return {};
    };
    auto setHousehold = [&](const Row &changes) -> Status {
        return w.update(who, QStringLiteral("households"), c.householdId, changes, transition);
    };
    auto reviewDue = [&](const QDate &from) -> Result<QDate> {
        auto h = w.read(QStringLiteral("households"), c.householdId);
        if (!h)
            return h.error();
        const bool stable = (*h)->value(QStringLiteral("stable_category")).toLongLong() != 0;
        const qint64 months =
            policy.integer(QStringLiteral("review_months"), stable ? QStringLiteral("stable") : QStringLiteral("other"), from)
                .value_or(stable ? 12 : 6);
        return from.addMonths(int(months));
    };

    Row changes;
    QString to = c.state;
    const QString &t = s->token;
    const QDate nextMonth = firstOfMonth(on).addMonths(1);
    const QString actorName = m_session.actor().displayName;

    if (t == QLatin1String("notify_missing")) {
        changes.insert(QStringLiteral("missing_notice_on"), isoDate(on));
        changes.insert(QStringLiteral("missing_items"), QString::fromUtf8(compactJson(QJsonArray::fromStringList(in.missingItems))));
        to = CaseState::AwaitingDocuments;
    } else if (t == QLatin1String("accept")) {
        const bool delegated = policyChoice(m_session, "confirmer", on, "county") == QLatin1String("township");
        CaseRecord probe = c;
        probe.delegated = delegated;
        changes.insert(QStringLiteral("accepted_on"), isoDate(on));
        changes.insert(QStringLiteral("delegated"), qint64(delegated ? 1 : 0));
        to = CaseState::Accepted;
        DIBAO_TRY(startClock(QStringLiteral("investigation_start"), QStringLiteral("working_days"), 3, on));
        DIBAO_TRY(startClock(QStringLiteral("whole_case"), QStringLiteral("working_days"), wholeCaseWorkingDays(probe), on));
    } else if (t == QLatin1String("start_investigation")) {
        to = CaseState::Investigating;
        DIBAO_TRY(stopClock(QStringLiteral("investigation_start")));
    } else if (t == QLatin1String("request_verification")) {
        DIBAO_TRY(startClock(QStringLiteral("verification_start"), QStringLiteral("working_days"), 3, on));
    } else if (t == QLatin1String("start_verification")) {
        DIBAO_TRY(stopClock(QStringLiteral("verification_start")));
    } else if (t == QLatin1String("notify_ineligible")) {
        to = CaseState::IneligibleNotified;
    } else if (t == QLatin1String("object")) {
        to = CaseState::Rechecking;
    } else if (t == QLatin1String("recheck_continue")) {
        to = CaseState::Investigating;
    } else if (t == QLatin1String("close_ineligible")) {
        to = CaseState::ClosedIneligible;
        changes.insert(QStringLiteral("closed_reason"), in.reason);
        DIBAO_TRY(stopAllClocks());
    } else if (t == QLatin1String("add_ground")) {
        changes.insert(QStringLiteral("extension_ground"), in.choice);
        CaseRecord probe = c;
        probe.extensionGround = in.choice;
        DIBAO_TRY(startClock(QStringLiteral("whole_case"), QStringLiteral("working_days"), wholeCaseWorkingDays(probe),
                             c.acceptedOn));
    } else if (t == QLatin1String("finish_investigation")) {
        const bool everyCase = policyChoice(m_session, "appraisal", on, "every_case") == QLatin1String("every_case");
        to = (everyCase && !c.afterObjection) ? CaseState::Appraisal : CaseState::TownshipReview;
    } else if (t == QLatin1String("conclude_appraisal")) {
        to = in.choice == QLatin1String("true_complete") ? CaseState::TownshipReview : CaseState::Investigating;
    } else if (t == QLatin1String("submit_review")) {
        if (in.amount >= 0)
            changes.insert(QStringLiteral("proposed_amount"), in.amount);
        if (!in.tier.isEmpty())
            changes.insert(QStringLiteral("proposed_tier"), in.tier);
        if (c.afterObjection) {
            // After an objection and its re-investigation or appraisal, the conclusion goes on to confirmation:
            // a second notice is not required (57号 Art 19).
            to = CaseState::Confirmation;
            DIBAO_TRY(startClock(QStringLiteral("confirmation_opinion"), QStringLiteral("working_days"), 10, on));
        } else {
            to = CaseState::Notice;
            const int days = int(policy.integer(QStringLiteral("notice_days"), QStringLiteral("default"), on).value_or(7));
            DIBAO_TRY(startClock(QStringLiteral("notice"), QStringLiteral("calendar_days"), days, on));
        }
    } else if (t == QLatin1String("record_objection")) {
        to = CaseState::Objection;
        DIBAO_TRY(stopClock(c.state == CaseState::Notice ? QStringLiteral("notice") : QStringLiteral("county_notice")));
        if (c.extensionGround.isEmpty()) {
            changes.insert(QStringLiteral("extension_ground"), QStringLiteral("objection"));
            CaseRecord probe = c;
            probe.extensionGround = QStringLiteral("objection");
            DIBAO_TRY(startClock(QStringLiteral("whole_case"), QStringLiteral("working_days"),
                                 wholeCaseWorkingDays(probe), c.acceptedOn));
        }
    } else if (t == QLatin1String("resolve_objection")) {
        changes.insert(QStringLiteral("after_objection"), qint64(1));
        to = in.choice == QLatin1String("reinvestigate") ? CaseState::Investigating : CaseState::Appraisal;
    } else if (t == QLatin1String("close_notice")) {
        DIBAO_TRY(stopClock(QStringLiteral("notice")));
        const bool countyNotice = policy.boolean(QStringLiteral("county_notice"), QStringLiteral("default"), on).value_or(false);
        if (countyNotice) {
            to = CaseState::CountyNotice;
            const int days = int(policy.integer(QStringLiteral("notice_days"), QStringLiteral("default"), on).value_or(7));
            DIBAO_TRY(startClock(QStringLiteral("county_notice"), QStringLiteral("calendar_days"), days, on));
        } else {
            to = CaseState::Confirmation;
            DIBAO_TRY(startClock(QStringLiteral("confirmation_opinion"), QStringLiteral("working_days"), 10, on));
        }
    } else if (t == QLatin1String("close_county_notice")) {
        DIBAO_TRY(stopClock(QStringLiteral("county_notice")));
        to = CaseState::Confirmation;
        DIBAO_TRY(startClock(QStringLiteral("confirmation_opinion"), QStringLiteral("working_days"), 10, on));
    } else if (t == QLatin1String("confirm")) {
        const Fen amount = in.amount >= 0 ? in.amount : c.proposedAmount;
        const QString tier = in.tier.isEmpty() ? c.proposedTier : in.tier;
        to = CaseState::Confirmed;
        changes.insert(QStringLiteral("amount"), amount);
        changes.insert(QStringLiteral("tier"), tier.isEmpty() ? QString() : tier);
        changes.insert(QStringLiteral("method"), policyChoice(m_session, "amount_method", on, "gap"));
        changes.insert(QStringLiteral("decided_on"), isoDate(on));
        changes.insert(QStringLiteral("decided_by"), actorName);
        // Payment starts the month after the decision, never backdated (57号 Art 21).
        changes.insert(QStringLiteral("effective_month"), isoMonth(nextMonth));
        changes.insert(QStringLiteral("decision_reason"), in.reason.isEmpty() ? QString() : in.reason);
        changes.insert(QStringLiteral("certificate_number"),
                       in.certificateNumber.trimmed().isEmpty() ? QVariant() : QVariant(in.certificateNumber.trimmed()));
        DIBAO_TRY(stopAllClocks());
        auto due = reviewDue(on);
        if (!due)
            return due.error();
        DIBAO_TRY(setHousehold(Row{{QStringLiteral("enrolment"), QStringLiteral("enrolled")},
                                   {QStringLiteral("current_amount"), amount},
                                   {QStringLiteral("current_tier"), tier.isEmpty() ? QString() : tier},
                                   {QStringLiteral("enrolled_since"), isoMonth(nextMonth)},
                                   {QStringLiteral("next_review_due"), isoDate(*due)}}));
    } else if (t == QLatin1String("refuse")) {
        to = CaseState::Refused;
        changes.insert(QStringLiteral("decided_on"), isoDate(on));
        changes.insert(QStringLiteral("decided_by"), actorName);
        changes.insert(QStringLiteral("decision_reason"), in.reason);
        DIBAO_TRY(stopAllClocks());
        DIBAO_TRY(startClock(QStringLiteral("refusal_delivery"), QStringLiteral("working_days"), 3, on));
    } else if (t == QLatin1String("deliver_refusal")) {
        changes.insert(QStringLiteral("refusal_delivered_on"), isoDate(on));
        DIBAO_TRY(stopClock(QStringLiteral("refusal_delivery")));
    } else if (t == QLatin1String("withdraw") || t == QLatin1String("terminate")) {
        to = t == QLatin1String("withdraw") ? CaseState::Withdrawn : CaseState::Terminated;
        changes.insert(QStringLiteral("closed_reason"), in.reason);
        DIBAO_TRY(stopAllClocks());
    } else if (t == QLatin1String("report_review")) {
        to = CaseState::ReviewReported;
        if (in.amount >= 0)
            changes.insert(QStringLiteral("proposed_amount"), in.amount);
        DIBAO_TRY(startClock(QStringLiteral("confirmation_opinion"), QStringLiteral("working_days"), 10, on));
    } else if (t == QLatin1String("decide_review")) {
        auto h = w.read(QStringLiteral("households"), c.householdId);
        if (!h)
            return h.error();
        const QVariant currentValue = (*h)->value(QStringLiteral("current_amount"));
        const Fen current = currentValue.isNull() ? 0 : currentValue.toLongLong();
        Fen amount = current;
        Row household;
        if (in.choice == QLatin1String("raise") || in.choice == QLatin1String("lower")) {
            if (in.amount < 0)
                return refused(QStringLiteral("amount_required"), trFlow("Raising or lowering needs the new amount."));
            if (in.choice == QLatin1String("raise") ? in.amount <= current : in.amount >= current)
                return refused(QStringLiteral("amount_direction"),
                               (in.choice == QLatin1String("raise")
                                    ? trFlow("A raise needs a new amount above the current one: %1 is not above %2.")
                                    : trFlow("Lowering needs a new amount below the current one: %1 is not below %2."))
                                   .arg(formatYuan(in.amount), formatYuan(current)));
            amount = in.amount;
        }
        if (in.choice == QLatin1String("stop")) {
            amount = 0;
            household = Row{{QStringLiteral("enrolment"), QStringLiteral("exited")},
                            {QStringLiteral("current_amount"), QVariant()},
                            {QStringLiteral("next_review_due"), QString()}};
        } else if (in.choice == QLatin1String("gradual_exit")) {
            const int maxMonths =
                int(policy.integer(QStringLiteral("gradual_exit_months"), QStringLiteral("default"), on).value_or(6));
            if (in.months < 1 || in.months > maxMonths)
                return refused(QStringLiteral("gradual_exit_months"),
                               trFlow("A gradual exit lasts 1 to %1 months.").arg(maxMonths));
            changes.insert(QStringLiteral("gradual_exit_months"), qint64(in.months));
            household = Row{{QStringLiteral("enrolment"), QStringLiteral("gradual_exit")},
                            {QStringLiteral("next_review_due"), isoDate(firstOfMonth(on).addMonths(1 + in.months))}};
        } else {
            auto due = reviewDue(on);
            if (!due)
                return due.error();
            household = Row{{QStringLiteral("current_amount"), amount},
                            {QStringLiteral("next_review_due"), isoDate(*due)}};
        }
        to = CaseState::ReviewDecided;
        changes.insert(QStringLiteral("review_outcome"), in.choice);
        changes.insert(QStringLiteral("amount"), amount);
        changes.insert(QStringLiteral("decided_on"), isoDate(on));
        changes.insert(QStringLiteral("decided_by"), actorName);
        changes.insert(QStringLiteral("effective_month"), isoMonth(nextMonth));
        changes.insert(QStringLiteral("decision_reason"), in.reason.isEmpty() ? QString() : in.reason);
        DIBAO_TRY(stopAllClocks());
        DIBAO_TRY(setHousehold(household));
    }

    // The earliest open clock, for the list's order and the overdue filter.
    {
        auto st = db.cached("SELECT due_on, clock FROM case_clocks WHERE case_id = ? AND done_on IS NULL "
                            "ORDER BY due_on, clock LIMIT 1");
        if (!st)
            return st.error();
        (*st)->bind(1, caseId);
        auto r = (*st)->step();
        if (!r)
            return r.error();
        changes.insert(QStringLiteral("next_due"), *r ? (*st)->text(0) : QString());
        changes.insert(QStringLiteral("next_clock"), *r ? (*st)->text(1) : QString());
        (*st)->reset();
    }
    changes.insert(QStringLiteral("state"), to);
    DIBAO_TRY(w.update(who, QStringLiteral("cases"), caseId, changes, transition));

    QJsonObject data;
    if (in.amount >= 0)
        data.insert(QStringLiteral("amount"), in.amount);
    if (!in.choice.isEmpty())
        data.insert(QStringLiteral("choice"), in.choice);
    if (!in.tier.isEmpty())
        data.insert(QStringLiteral("tier"), in.tier);
    if (!in.missingItems.isEmpty())
        data.insert(QStringLiteral("missing_items"), QJsonArray::fromStringList(in.missingItems));
    if (t == QLatin1String("accept") && c.nearRelativeDeclared)
        data.insert(QStringLiteral("near_relative_registered"), true);
    Row event{{QStringLiteral("id"), newId()},
              {QStringLiteral("case_id"), caseId},
              {QStringLiteral("action"), transition},
              {QStringLiteral("from_state"), c.state},
              {QStringLiteral("to_state"), to},
              {QStringLiteral("on_date"), isoDate(on)},
              {QStringLiteral("reason"), in.reason.isEmpty() ? QString() : in.reason},
              {QStringLiteral("data"), data.isEmpty() ? QString() : QString::fromUtf8(compactJson(data))}};
    DIBAO_TRY(w.insert(who, QStringLiteral("case_events"), event));
    return tx.commit();
}

} // namespace dibao
