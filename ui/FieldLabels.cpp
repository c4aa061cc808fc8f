#include "FieldLabels.h"

#include <QCoreApplication>

namespace dibao::FieldLabels {

namespace {

struct FieldLabel {
    const char *entity; // "" for a label shared by every entity with that field
    const char *field;
    const char *text;
};

struct EntityLabel {
    const char *entity;
    const char *text;
};

const FieldLabel kFields[] = {
    {"", "household_id", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Household")},
    {"", "member_id", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Member")},
    {"", "case_id", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Case")},
    {"", "division_code", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Township")},
    {"", "village_code", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Village code")},
    {"", "village_name", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Village")},
    {"", "kind", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Kind")},
    {"", "amount", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Amount")},
    {"", "from_month", QT_TRANSLATE_NOOP("dibao::FieldLabels", "From month")},
    {"", "to_month", QT_TRANSLATE_NOOP("dibao::FieldLabels", "To month")},
    {"", "note", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Note")},
    {"", "voided_reason", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Reason for voiding")},
    {"", "channel", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Channel")},
    {"", "outcome", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Outcome")},
    {"", "state", QT_TRANSLATE_NOOP("dibao::FieldLabels", "State")},
    {"", "status", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Status")},
    {"", "reason", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Reason")},
    {"households", "area", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Urban or rural")},
    {"households", "registered_address", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Registered address")},
    {"households", "actual_address", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Actual address")},
    {"households", "separated_residence", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Separated residence (人户分离)")},
    {"households", "bank_name", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Bank")},
    {"households", "bank_account", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Bank account")},
    {"households", "phone", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Phone")},
    {"households", "stable_category", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Stable household (12-month reviews)")},
    {"households", "enrolment", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Enrolment")},
    {"households", "current_amount", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Monthly amount in force")},
    {"households", "current_tier", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Tier in force")},
    {"households", "enrolled_since", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Enrolled since")},
    {"households", "next_review_due", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Next periodic review")},
    {"households", "migrated", QT_TRANSLATE_NOOP("dibao::FieldLabels", "From the earlier roster")},
    {"households", "migrated_reference", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Earlier roster reference")},
    {"households", "migrated_approved_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Earlier roster approval date")},
    {"members", "name", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Name")},
    {"members", "name_norm", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Name (search form)")},
    {"members", "id_number", QT_TRANSLATE_NOOP("dibao::FieldLabels", "ID number")},
    {"members", "sex", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Sex")},
    {"members", "birth_date", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Date of birth")},
    {"members", "relation", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Relation to the applicant")},
    {"members", "health", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Health")},
    {"members", "disability_category", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Disability category")},
    {"members", "disability_grade", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Disability grade")},
    {"members", "serious_illness", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Serious illness")},
    {"members", "work_ability", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Work ability")},
    {"members", "occupation", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Occupation")},
    {"members", "student_level", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Student level")},
    {"members", "full_time_student", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Full-time student")},
    {"members", "lives_together", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Lives in the household")},
    {"members", "support_duty", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Support duty")},
    {"members", "cannot_live_independently", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Cannot live independently")},
    {"members", "not_counted", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Not counted as a member")},
    {"members", "not_counted_note", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Why not counted")},
    {"members", "work_refusals", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Suitable work refused")},
    {"members", "left_reason", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Left the household")},
    {"income_items", "amount", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Monthly income")},
    {"income_items", "work_costs", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Work costs")},
    {"income_items", "taxes", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Taxes")},
    {"income_items", "social_insurance", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Social insurance")},
    {"income_items", "support_paid", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Support paid to others")},
    {"expense_items", "amount", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Monthly expense")},
    {"asset_items", "sub_kind", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Sub-kind")},
    {"asset_items", "value", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Value")},
    {"asset_items", "count", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Number")},
    {"asset_items", "floor_area_centi_sqm", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Floor area")},
    {"asset_items", "purchase_date", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Bought on")},
    {"asset_items", "exempt", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Exempt")},
    {"asset_items", "exempt_reason", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Why exempt")},
    {"cases", "applicant_member_id", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Applicant")},
    {"cases", "applicant_name", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Applicant name")},
    {"cases", "applicant_name_norm", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Applicant name (search form)")},
    {"cases", "member_count", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Household size")},
    {"cases", "entrusted_name", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Entrusted applicant")},
    {"cases", "near_relative_declared", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Near relative declared")},
    {"cases", "near_relative_note", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Near-relative note")},
    {"cases", "individual_member_id", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Individual enrolment for")},
    {"cases", "submitted_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Submitted on")},
    {"cases", "accepted_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Accepted on")},
    {"cases", "missing_notice_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Missing items notified on")},
    {"cases", "missing_items", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Missing items")},
    {"cases", "after_objection", QT_TRANSLATE_NOOP("dibao::FieldLabels", "After an objection")},
    {"cases", "extension_ground", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Ground for the extension")},
    {"cases", "delegated", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Confirmation delegated")},
    {"cases", "proposed_amount", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Proposed amount")},
    {"cases", "proposed_tier", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Proposed tier")},
    {"cases", "amount", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Decided amount")},
    {"cases", "tier", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Tier")},
    {"cases", "method", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Method")},
    {"cases", "decided_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Decided on")},
    {"cases", "decided_by", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Decided by")},
    {"cases", "effective_month", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Payment starts")},
    {"cases", "decision_reason", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Reasons given")},
    {"cases", "refusal_delivered_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Refusal delivered on")},
    {"cases", "review_outcome", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Review outcome")},
    {"cases", "gradual_exit_months", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Gradual exit months")},
    {"cases", "intake_digest", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Intake the decision was based on")},
    {"cases", "closed_reason", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Reason for closing")},
    {"cases", "next_due", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Next deadline")},
    {"cases", "next_clock", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Next deadline kind")},
    {"cases", "certificate_number", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Certificate number")},
    {"documents", "kind", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Document")},
    {"case_clocks", "clock", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Deadline")},
    {"case_clocks", "unit", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Counted in")},
    {"case_clocks", "length", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Length")},
    {"case_clocks", "started_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Started on")},
    {"case_clocks", "due_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Due on")},
    {"case_clocks", "done_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Done on")},
    {"card_custody", "custodian_name", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Card held by")},
    {"card_custody", "custodian_role", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Custodian role")},
    {"card_custody", "agreement_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Agreement signed on")},
    {"card_custody", "reason", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Reason for custody")},
    {"card_custody", "ended_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Ended on")},
    {"petitions", "real_name", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Real-name complaint")},
    {"petitions", "subject_kind", QT_TRANSLATE_NOOP("dibao::FieldLabels", "About")},
    {"petitions", "subject_division", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Township concerned")},
    {"petitions", "staff_name", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Staff member concerned")},
    {"petitions", "summary", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Summary")},
    {"petitions", "received_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Received on")},
    {"petitions", "received_by", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Received by (account)")},
    {"petitions", "received_by_name", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Received by")},
    {"petitions", "owner_id", QT_TRANSLATE_NOOP("dibao::FieldLabels", "First-contact owner (account)")},
    {"petitions", "owner_name", QT_TRANSLATE_NOOP("dibao::FieldLabels", "First-contact owner")},
    {"petitions", "owner_office", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Owner office")},
    {"petitions", "ack_due", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Acknowledgement due")},
    {"petitions", "acknowledged_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Acknowledged on")},
    {"petitions", "conclude_due", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Handling deadline")},
    {"petitions", "extended_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Extended on")},
    {"petitions", "extension_reason", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Reason for the extension")},
    {"petitions", "route", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Route")},
    {"petitions", "concluded_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Concluded on")},
    {"petitions", "concluded_by", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Concluded by")},
    {"petitions", "decided_office", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Deciding office")},
    {"petitions", "findings", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Findings")},
    {"petitions", "verified", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Verified")},
    {"petitions", "case_complaint_id", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Complaint on the case")},
    {"petitions", "check_case_id", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Check case")},
    {"petitions", "feedback_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Feedback on")},
    {"petitions", "feedback_note", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Feedback")},
    {"petitions", "reward_fen", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Reward")},
    {"petitions", "reward_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Reward on")},
    {"petitions", "reward_note", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Reward note")},
    {"petition_forwards", "petition_id", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Petition")},
    {"petition_forwards", "stage", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Stage")},
    {"petition_forwards", "requested_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Requested on")},
    {"petition_forwards", "forwarded_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Forwarded on")},
    {"petition_forwards", "from_office", QT_TRANSLATE_NOOP("dibao::FieldLabels", "From office")},
    {"petition_forwards", "to_office", QT_TRANSLATE_NOOP("dibao::FieldLabels", "To office")},
    {"petition_forwards", "to_body", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Higher body")},
    {"petition_forwards", "answer_due", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Answer due")},
    {"petition_forwards", "outcome_on", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Outcome on")},
    {"petition_forwards", "outcome_note", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Outcome note")},
};

const EntityLabel kEntities[] = {
    {"households", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Household")},
    {"members", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Member")},
    {"income_items", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Income")},
    {"expense_items", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Expense")},
    {"asset_items", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Asset")},
    {"cases", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Case")},
    {"documents", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Document")},
    {"case_clocks", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Deadline")},
    {"card_custody", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Card custody")},
    {"petitions", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Petition")},
    {"petition_forwards", QT_TRANSLATE_NOOP("dibao::FieldLabels", "Petition forwarding")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("dibao::FieldLabels", text);
}

} // namespace

QString entity(const QString &entity)
{
    for (const EntityLabel &e : kEntities)
        if (entity == QLatin1String(e.entity))
            return translated(e.text);
    return entity;
}

QString find(const QString &entity, const QString &field)
{
    const char *shared = nullptr;
    for (const FieldLabel &f : kFields) {
        if (field != QLatin1String(f.field))
            continue;
        if (entity == QLatin1String(f.entity))
            return translated(f.text);
        if (!*f.entity)
            shared = f.text;
    }
    return shared ? translated(shared) : QString();
}

QString field(const QString &entity, const QString &field)
{
    const QString label = find(entity, field);
    return label.isEmpty() ? field : label;
}

} // namespace dibao::FieldLabels
