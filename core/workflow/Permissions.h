#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dibao {

enum class Role {
    TownshipAdmin,
    TownshipAssistant,
    VillageCadre,
    CountyReviewer,
    CountyAdmin,
    VerificationOfficer,
    Auditor,
};

// What a user may ask the core to do. The role × action matrix is published in docs/permissions.md and a test
// keeps the two equal.
enum class Action {
    ViewCases,          // list and open cases, households, members (sensitive fields are logged reads)
    ManageUsers,
    ImportPolicy,
    ExportPolicy,
    GenerateDemo,
    ImportHouseholds,
    Intake,             // create applications, edit household, members, income, assets, documents
    Accept,             // acceptance and the one-time notice of missing items
    Investigate,        // start investigation, record visits, early ineligibility, re-check
    RecordVisit,        // record a household visit (also the confirming authority's own visit)
    Appraise,           // record an appraisal meeting's conclusion
    TownshipReview,     // township review, post and close notices, record objections
    Confirm,            // confirm, refuse, decide reviews: the confirming authority only
    DeliverRefusal,
    CloseCase,          // withdrawal, termination
    OpenReview,         // periodic review of an enrolled household
    VerifyAudit,
    Verify,             // start and record economic verification (核对): county verification officer or reviewer
    Petition,           // register and handle letters, visits, complaints, enquiries (信访): township staff, county reviewer
    ReporterIdentity,   // read a reporter's identity (confidential): county roles
    NearRelativeRegister, // keep the near-relative register (近亲属备案) and list flagged applications: county
    ViewStatistics,     // supervision statistics and the monthly report (read-only)
    ViewAuditTrail,     // the audit viewer: who changed or read what and when, and its export (read-only)
    Inspect,            // inspection reports per township and the fund report (read-only)
};

QString toToken(Role role);
std::optional<Role> roleFromToken(const QString &token);
QStringList allRoleTokens();
QString roleDisplayName(Role role); // translated
bool isCountyRole(Role role);

QString toToken(Action action);
QStringList allActionTokens();
std::optional<Action> actionFromToken(const QString &token);

// The matrix. Confirm is further limited by who confirms (county, or the township where delegated): see
// Workflow::mayConfirm.
bool roleAllows(Role role, Action action);

} // namespace dibao
