#pragma once

#include "common/Result.h"
#include "domain/Case.h"

#include <QDate>
#include <QStringList>

namespace dibao {

class Session;

// When the confirming authority must have visited the household itself before it confirms (57号 Art 20): always
// for a near-relative case (declared, or a member on the near-relative register), always after a complaint received during confirmation (the visit on or after the latest
// such complaint), and for cases with red flags when the county's policy says so.
struct AuthorityVisitRequirement {
    QStringList grounds;          // near_relative, complaint_during_confirmation, red_flags
    bool visitRecorded = false;   // an own household visit by the authority that meets every ground
    QDate latestComplaint;        // received_on of the latest complaint during confirmation
    bool registerMatch = false;   // near_relative by the county's register (a member's ID number), not declared
    bool required() const { return !grounds.isEmpty(); }
    bool blocks() const { return required() && !visitRecorded; }
};

// Policy kind "authority_visit", key "red_flags", a boolean — whether red flags also require the authority's own
// visit. No row in force: false.
bool redFlagsRequireAuthorityVisit(Session &session, const QDate &on);

Result<AuthorityVisitRequirement> authorityVisitRequirement(Session &session, const CaseRecord &record,
                                                            const QDate &on);

} // namespace dibao
