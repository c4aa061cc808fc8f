#include "DisplayText.h"

#include "common/ChinaDate.h"
#include "policy/WorkingCalendar.h"

namespace dibao {

QString DisplayText::transition(const QString &t)
{
    if (t == QLatin1String("notify_missing")) return tr("Notice of missing items");
    if (t == QLatin1String("accept")) return tr("Accept");
    if (t == QLatin1String("start_investigation")) return tr("Start investigation");
    if (t == QLatin1String("request_verification")) return tr("Request economic verification");
    if (t == QLatin1String("start_verification")) return tr("Start economic verification");
    if (t == QLatin1String("notify_ineligible")) return tr("Tell the household it looks ineligible");
    if (t == QLatin1String("object")) return tr("Record the household's objection");
    if (t == QLatin1String("recheck_continue")) return tr("Re-check: continue the investigation");
    if (t == QLatin1String("close_ineligible")) return tr("Re-check: close as ineligible");
    if (t == QLatin1String("add_ground")) return tr("Record a ground for 45 working days");
    if (t == QLatin1String("finish_investigation")) return tr("Finish investigation");
    if (t == QLatin1String("conclude_appraisal")) return tr("Record the appraisal conclusion");
    if (t == QLatin1String("submit_review")) return tr("Township review and public notice");
    if (t == QLatin1String("record_objection")) return tr("Record an objection to the notice");
    if (t == QLatin1String("resolve_objection")) return tr("Resolve the objection");
    if (t == QLatin1String("close_notice")) return tr("Close the public notice");
    if (t == QLatin1String("close_county_notice")) return tr("Close the county notice");
    if (t == QLatin1String("confirm")) return tr("Confirm");
    if (t == QLatin1String("refuse")) return tr("Refuse");
    if (t == QLatin1String("deliver_refusal")) return tr("Deliver the refusal");
    if (t == QLatin1String("withdraw")) return tr("Withdrawal");
    if (t == QLatin1String("terminate")) return tr("Termination");
    if (t == QLatin1String("report_review")) return tr("Report the periodic review");
    if (t == QLatin1String("decide_review")) return tr("Decide the periodic review");
    return t;
}

QString DisplayText::transitionHint(const QString &t)
{
    if (t == QLatin1String("notify_missing"))
        return tr("List everything missing at once: this notice is issued only once (一次性告知).");
    if (t == QLatin1String("accept"))
        return tr("Acceptance starts the clocks: the investigation must start within 3 working days.");
    if (t == QLatin1String("finish_investigation"))
        return tr("Needs a household visit by at least two named investigators.");
    if (t == QLatin1String("submit_review"))
        return tr("The township's opinion is posted in the village for 7 calendar days.");
    if (t == QLatin1String("confirm"))
        return tr("Payment starts the month after the decision, never backdated.");
    if (t == QLatin1String("refuse"))
        return tr("Write the reasons; the refusal is delivered through the township within 3 working days.");
    if (t == QLatin1String("withdraw") || t == QLatin1String("terminate"))
        return tr("Nothing is deleted: the case closes with the reason you give here.");
    return QString();
}

QString DisplayText::clock(const QString &t)
{
    if (t == QLatin1String("investigation_start")) return tr("Investigation to start");
    if (t == QLatin1String("verification_start")) return tr("Economic verification to start");
    if (t == QLatin1String("notice")) return tr("Public notice ending");
    if (t == QLatin1String("county_notice")) return tr("County notice ending");
    if (t == QLatin1String("confirmation_opinion")) return tr("Confirmation opinion due");
    if (t == QLatin1String("refusal_delivery")) return tr("Refusal to deliver");
    if (t == QLatin1String("whole_case")) return tr("Whole case due");
    if (t == QLatin1String("review_due")) return tr("Periodic review due");
    if (t == QLatin1String("petition_ack")) return tr("Letter or complaint to acknowledge");
    if (t == QLatin1String("petition_conclusion")) return tr("Letter or complaint to conclude");
    return t;
}

QString DisplayText::choice(const QString &t)
{
    if (t == QLatin1String("reinvestigate")) return tr("New investigation");
    if (t == QLatin1String("appraisal")) return tr("Appraisal meeting");
    if (t == QLatin1String("true_complete")) return tr("The investigation is true and complete");
    if (t == QLatin1String("incomplete")) return tr("The investigation is not true or not complete");
    if (t == QLatin1String("keep")) return tr("Keep the amount");
    if (t == QLatin1String("raise")) return tr("Raise");
    if (t == QLatin1String("lower")) return tr("Lower");
    if (t == QLatin1String("stop")) return tr("Stop");
    if (t == QLatin1String("gradual_exit")) return tr("Gradual exit");
    return ground(t);
}

QString DisplayText::ground(const QString &t)
{
    if (t == QLatin1String("objection")) return tr("Objection");
    if (t == QLatin1String("separated_residence")) return tr("Registered and actual residence differ (人户分离)");
    if (t == QLatin1String("remote_application")) return tr("Application away from home (异地申办)");
    if (t == QLatin1String("hard_investigation")) return tr("Investigation is hard");
    return t;
}

QStringList DisplayText::documentKinds()
{
    return {QStringLiteral("hukou_book"),           QStringLiteral("id_cards"),
            QStringLiteral("income_proof"),         QStringLiteral("asset_declaration"),
            QStringLiteral("truthfulness_promise"), QStringLiteral("verification_consent"),
            QStringLiteral("disability_certificate"), QStringLiteral("medical_records"),
            QStringLiteral("entrustment_letter"),   QStringLiteral("other")};
}

QStringList DisplayText::documentStatuses()
{
    return {QStringLiteral("missing"), QStringLiteral("provided"), QStringLiteral("promised"),
            QStringLiteral("held_by_government")};
}

QString DisplayText::documentKind(const QString &t)
{
    if (t == QLatin1String("hukou_book")) return tr("Household register (户口簿)");
    if (t == QLatin1String("id_cards")) return tr("ID cards");
    if (t == QLatin1String("income_proof")) return tr("Income proofs");
    if (t == QLatin1String("asset_declaration")) return tr("Declaration of income and assets");
    if (t == QLatin1String("truthfulness_promise")) return tr("Signed promise of truthfulness");
    if (t == QLatin1String("verification_consent")) return tr("Verification consent signed by every member");
    if (t == QLatin1String("disability_certificate")) return tr("Disability certificate");
    if (t == QLatin1String("medical_records")) return tr("Medical records");
    if (t == QLatin1String("entrustment_letter")) return tr("Letter of entrustment");
    if (t == QLatin1String("other")) return tr("Other");
    return t;
}

QString DisplayText::documentStatus(const QString &t)
{
    if (t == QLatin1String("provided")) return tr("Provided");
    if (t == QLatin1String("promised")) return tr("Promised (告知承诺)");
    if (t == QLatin1String("missing")) return tr("Missing");
    if (t == QLatin1String("held_by_government")) return tr("Held by the government");
    return t;
}

QString DisplayText::channel(const QString &t)
{
    if (t == QLatin1String("in_person")) return tr("In person");
    if (t == QLatin1String("entrusted")) return tr("Entrusted person");
    if (t == QLatin1String("online")) return tr("Online");
    if (t == QLatin1String("outreach")) return tr("Township outreach");
    return t;
}

QStringList DisplayText::incomeKinds()
{
    return {QStringLiteral("wage"),          QStringLiteral("business"),          QStringLiteral("farming"),
            QStringLiteral("property"),      QStringLiteral("transfer"),          QStringLiteral("basic_pension"),
            QStringLiteral("pension"),       QStringLiteral("preferential_care"), QStringLiteral("family_planning"),
            QStringLiteral("scholarship"),   QStringLiteral("heroic_reward"),     QStringLiteral("social_assistance"),
            QStringLiteral("other")};
}

QString DisplayText::incomeKind(const QString &t)
{
    if (t == QLatin1String("wage")) return tr("Wages");
    if (t == QLatin1String("business")) return tr("Business income");
    if (t == QLatin1String("farming")) return tr("Farming income");
    if (t == QLatin1String("property")) return tr("Property income");
    if (t == QLatin1String("transfer")) return tr("Transfer income");
    if (t == QLatin1String("basic_pension")) return tr("Basic pension (residents' scheme)");
    if (t == QLatin1String("pension")) return tr("Pension");
    if (t == QLatin1String("preferential_care")) return tr("Preferential care (优待抚恤金)");
    if (t == QLatin1String("family_planning")) return tr("Family-planning awards");
    if (t == QLatin1String("scholarship")) return tr("Scholarship");
    if (t == QLatin1String("heroic_reward")) return tr("Reward for bravery (见义勇为)");
    if (t == QLatin1String("social_assistance")) return tr("Social assistance payments");
    if (t == QLatin1String("other")) return tr("Other");
    return t;
}

QStringList DisplayText::assetKinds()
{
    return {QStringLiteral("deposit"),          QStringLiteral("securities"), QStringLiteral("fund"),
            QStringLiteral("commercial_insurance"), QStringLiteral("internet_finance"), QStringLiteral("receivable"),
            QStringLiteral("vehicle"),          QStringLiteral("ship"),       QStringLiteral("house"),
            QStringLiteral("trees"),            QStringLiteral("business")};
}

QString DisplayText::assetKind(const QString &t)
{
    if (t == QLatin1String("deposit")) return tr("Deposits");
    if (t == QLatin1String("securities")) return tr("Securities");
    if (t == QLatin1String("fund")) return tr("Funds");
    if (t == QLatin1String("commercial_insurance")) return tr("Commercial insurance");
    if (t == QLatin1String("internet_finance")) return tr("Internet financial assets");
    if (t == QLatin1String("receivable")) return tr("Debts owed to the household");
    if (t == QLatin1String("vehicle")) return tr("Vehicle");
    if (t == QLatin1String("ship")) return tr("Ship");
    if (t == QLatin1String("house")) return tr("House");
    if (t == QLatin1String("trees")) return tr("Trees and fixtures");
    if (t == QLatin1String("business")) return tr("Registered business");
    return t;
}

QStringList DisplayText::vehicleKinds()
{
    return {QStringLiteral("car"), QStringLiteral("truck"), QStringLiteral("ordinary_motorcycle"),
            QStringLiteral("disability_vehicle"), QStringLiteral("farm_machine")};
}

QString DisplayText::vehicleKind(const QString &t)
{
    if (t == QLatin1String("car")) return tr("Car");
    if (t == QLatin1String("truck")) return tr("Truck");
    if (t == QLatin1String("ordinary_motorcycle")) return tr("Ordinary motorcycle");
    if (t == QLatin1String("disability_vehicle")) return tr("Disability vehicle");
    if (t == QLatin1String("farm_machine")) return tr("Farm machine");
    return t;
}

QString DisplayText::visitKind(const QString &t)
{
    if (t == QLatin1String("household")) return tr("Household visit");
    if (t == QLatin1String("neighbour")) return tr("Neighbour visit");
    if (t == QLatin1String("evidence_letter")) return tr("Evidence letter");
    return t;
}

QString DisplayText::investigatorRole(const QString &t)
{
    if (t == QLatin1String("township_staff")) return tr("Township staff");
    if (t == QLatin1String("village_official")) return tr("Village official");
    if (t == QLatin1String("county_staff")) return tr("County staff");
    return t;
}

QString DisplayText::eventAction(const QString &t)
{
    if (t == QLatin1String("create") || t == QLatin1String("submit")) return tr("Application submitted");
    if (t == QLatin1String("open_review")) return tr("Periodic review opened");
    return transition(t);
}

QString DisplayText::area(Area v)
{
    return v == Area::Urban ? tr("Urban") : tr("Rural");
}

QString DisplayText::sex(Sex v)
{
    return v == Sex::Male ? tr("Male") : tr("Female");
}

QString DisplayText::health(Health v)
{
    switch (v) {
    case Health::Healthy: return tr("Healthy");
    case Health::Fair: return tr("Fair");
    case Health::ChronicIllness: return tr("Chronic illness");
    case Health::Disabled: return tr("Disabled");
    case Health::SevereDisability: return tr("Severely disabled");
    }
    return QString();
}

QString DisplayText::workAbility(WorkAbility v)
{
    switch (v) {
    case WorkAbility::Able: return tr("Able to work");
    case WorkAbility::Partial: return tr("Partly unable to work");
    case WorkAbility::None: return tr("Unable to work");
    }
    return QString();
}

QString DisplayText::relation(Relation v)
{
    switch (v) {
    case Relation::Self: return tr("Applicant");
    case Relation::Spouse: return tr("Spouse");
    case Relation::Child: return tr("Child");
    case Relation::Parent: return tr("Parent");
    case Relation::Grandparent: return tr("Grandparent");
    case Relation::Grandchild: return tr("Grandchild");
    case Relation::Sibling: return tr("Sibling");
    case Relation::ChildInLaw: return tr("Son- or daughter-in-law");
    case Relation::Other: return tr("Other");
    }
    return QString();
}

QString DisplayText::studentLevel(StudentLevel v)
{
    switch (v) {
    case StudentLevel::None: return tr("Not a student");
    case StudentLevel::Primary: return tr("Primary school");
    case StudentLevel::Junior: return tr("Junior secondary");
    case StudentLevel::Senior: return tr("Senior secondary");
    case StudentLevel::Vocational: return tr("Vocational");
    case StudentLevel::Bachelor: return tr("Bachelor or college");
    case StudentLevel::Postgraduate: return tr("Postgraduate");
    }
    return QString();
}

QString DisplayText::notCounted(NotCountedReason v)
{
    switch (v) {
    case NotCountedReason::None: return tr("Counted");
    case NotCountedReason::ReligiousAway3Years: return tr("Religious staff away 3+ years");
    case NotCountedReason::Imprisoned: return tr("In prison");
    case NotCountedReason::CompulsoryRehabilitation: return tr("In compulsory rehabilitation");
    case NotCountedReason::DeclaredMissing: return tr("Declared missing");
    case NotCountedReason::ProvinceNamed: return tr("Named by the province");
    }
    return QString();
}

QString DisplayText::enrolment(EnrolmentStatus v)
{
    switch (v) {
    case EnrolmentStatus::None: return tr("Not enrolled");
    case EnrolmentStatus::Enrolled: return tr("Enrolled");
    case EnrolmentStatus::GradualExit: return tr("Gradual exit");
    case EnrolmentStatus::Exited: return tr("Exited");
    }
    return QString();
}

QString DisplayText::yesNo(bool v)
{
    return v ? tr("Yes") : tr("No");
}

QString DisplayText::yuan(Fen fen)
{
    return fen < 0 ? QStringLiteral("—") : formatYuan(fen);
}

QString DisplayText::date(const QDate &d)
{
    return d.isValid() ? isoDate(d) : QString();
}

bool DisplayText::countsCalendarDays(const QString &clock)
{
    return clock == QLatin1String("notice") || clock == QLatin1String("county_notice")
        || clock == QLatin1String("review_due") || clock == QLatin1String("petition_ack")
        || clock == QLatin1String("petition_conclusion");
}

QString DisplayText::deadline(const QDate &due, const QString &clock, const QDate &today,
                              const WorkingCalendar &calendar)
{
    if (!due.isValid())
        return QString();
    if (due == today)
        return tr("Due today");
    if (countsCalendarDays(clock)) {
        const qint64 days = today.daysTo(due);
        return days > 0 ? tr("%n day(s) left", nullptr, int(days)) : tr("%n day(s) overdue", nullptr, int(-days));
    }
    const int days = calendar.workingDaysBetween(today, due);
    if (days > 0)
        return tr("%n working day(s) left", nullptr, days);
    if (days < 0)
        return tr("%n working day(s) overdue", nullptr, -days);
    // A deadline on a non-working day with no working day between: due by the end of that day.
    return due > today ? tr("Due on %1").arg(isoDate(due)) : tr("Overdue since %1").arg(isoDate(due));
}

} // namespace dibao
