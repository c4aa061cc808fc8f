#include "workflow/Permissions.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace dibao {

namespace {

constexpr std::array<std::pair<Role, const char *>, 7> kRoles{{
    {Role::TownshipAdmin, "township_admin"},
    {Role::TownshipAssistant, "township_assistant"},
    {Role::VillageCadre, "village_cadre"},
    {Role::CountyReviewer, "county_reviewer"},
    {Role::CountyAdmin, "county_admin"},
    {Role::VerificationOfficer, "verification_officer"},
    {Role::Auditor, "auditor"},
}};

constexpr std::array<std::pair<Action, const char *>, 24> kActions{{
    {Action::ViewCases, "view_cases"},
    {Action::ManageUsers, "manage_users"},
    {Action::ImportPolicy, "import_policy"},
    {Action::ExportPolicy, "export_policy"},
    {Action::GenerateDemo, "generate_demo"},
    {Action::ImportHouseholds, "import_households"},
    {Action::Intake, "intake"},
    {Action::Accept, "accept"},
    {Action::Investigate, "investigate"},
    {Action::RecordVisit, "record_visit"},
    {Action::Appraise, "appraise"},
    {Action::TownshipReview, "township_review"},
    {Action::Confirm, "confirm"},
    {Action::DeliverRefusal, "deliver_refusal"},
    {Action::CloseCase, "close_case"},
    {Action::OpenReview, "open_review"},
    {Action::VerifyAudit, "verify_audit"},
    {Action::Verify, "verify"},
    {Action::Petition, "petition"},
    {Action::ReporterIdentity, "reporter_identity"},
    {Action::NearRelativeRegister, "near_relative_register"},
    {Action::ViewStatistics, "view_statistics"},
    {Action::ViewAuditTrail, "view_audit_trail"},
    {Action::Inspect, "inspect"},
}};

} // namespace

QString toToken(Role role)
{
    for (const auto &[r, token] : kRoles)
        if (r == role)
            return QString::fromLatin1(token);
    return {};
}

std::optional<Role> roleFromToken(const QString &token)
{
    for (const auto &[r, text] : kRoles)
        if (token == QLatin1String(text))
            return r;
    return std::nullopt;
}

QStringList allRoleTokens()
{
    QStringList out;
    for (const auto &entry : kRoles)
        out << QString::fromLatin1(entry.second);
    return out;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::TownshipAdmin: return QCoreApplication::translate("dibao::Role", "Township administrator");
    case Role::TownshipAssistant: return QCoreApplication::translate("dibao::Role", "Township assistant");
    case Role::VillageCadre: return QCoreApplication::translate("dibao::Role", "Village cadre");
    case Role::CountyReviewer: return QCoreApplication::translate("dibao::Role", "County reviewer");
    case Role::CountyAdmin: return QCoreApplication::translate("dibao::Role", "County administrator");
    case Role::VerificationOfficer: return QCoreApplication::translate("dibao::Role", "Verification officer");
    case Role::Auditor: return QCoreApplication::translate("dibao::Role", "Auditor");
    }
    return {};
}

bool isCountyRole(Role role)
{
    return role == Role::CountyReviewer || role == Role::CountyAdmin || role == Role::VerificationOfficer
        || role == Role::Auditor;
}

QString toToken(Action action)
{
    for (const auto &[a, token] : kActions)
        if (a == action)
            return QString::fromLatin1(token);
    return {};
}

QStringList allActionTokens()
{
    QStringList out;
    for (const auto &entry : kActions)
        out << QString::fromLatin1(entry.second);
    return out;
}

std::optional<Action> actionFromToken(const QString &token)
{
    for (const auto &[a, text] : kActions)
        if (token == QLatin1String(text))
            return a;
    return std::nullopt;
}

bool roleAllows(Role role, Action action)
{
    switch (action) {
    case Action::ViewCases:
        return true;
    case Action::ManageUsers:
        return role == Role::TownshipAdmin || role == Role::CountyAdmin;
    case Action::ImportPolicy:
        return role == Role::CountyAdmin;
    case Action::ExportPolicy:
        return role == Role::TownshipAdmin || role == Role::CountyAdmin || role == Role::CountyReviewer
            || role == Role::Auditor;
    case Action::GenerateDemo:
        return role == Role::TownshipAdmin || role == Role::CountyAdmin;
    case Action::ImportHouseholds:
        return role == Role::TownshipAdmin || role == Role::TownshipAssistant || role == Role::CountyAdmin;
    case Action::Intake:
    case Action::Accept:
    case Action::TownshipReview:
    case Action::DeliverRefusal:
    case Action::CloseCase:
    case Action::OpenReview:
        return role == Role::TownshipAdmin || role == Role::TownshipAssistant;
    case Action::Investigate:
        return role == Role::TownshipAdmin || role == Role::TownshipAssistant;
    case Action::RecordVisit:
    case Action::Appraise:
        return role == Role::TownshipAdmin || role == Role::TownshipAssistant || role == Role::VillageCadre
            || (action == Action::RecordVisit && role == Role::CountyReviewer);
    case Action::Confirm:
        // The county reviewer, or the township administrator where confirmation is delegated (checked in workflow).
        return role == Role::CountyReviewer || role == Role::TownshipAdmin;
    case Action::Verify:
        return role == Role::VerificationOfficer || role == Role::CountyReviewer;
    case Action::Petition:
        // The county administrator enrols devices and users; complaints at county level are the reviewer's.
        return role == Role::TownshipAdmin || role == Role::TownshipAssistant || role == Role::CountyReviewer;
    case Action::ReporterIdentity:
        return role == Role::CountyReviewer || role == Role::CountyAdmin || role == Role::Auditor;
    case Action::NearRelativeRegister:
        return role == Role::CountyReviewer || role == Role::CountyAdmin;
    case Action::ViewStatistics:
        return role == Role::TownshipAdmin || role == Role::CountyReviewer || role == Role::CountyAdmin
            || role == Role::Auditor;
    case Action::ViewAuditTrail:
        return role == Role::TownshipAdmin || role == Role::CountyAdmin || role == Role::Auditor;
    case Action::Inspect:
        return role == Role::CountyReviewer || role == Role::CountyAdmin || role == Role::Auditor;
    case Action::VerifyAudit:
        return role == Role::TownshipAdmin || role == Role::CountyAdmin || role == Role::Auditor
            || role == Role::CountyReviewer;
    }
    return false;
}

} // namespace dibao
