#include "workflow/AuthorityVisitRule.h"

#include "common/ChinaDate.h"
#include "complaints/NearRelativeRegister.h"
#include "policy/PolicySet.h"
#include "rules/Eligibility.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"

namespace dibao {

bool redFlagsRequireAuthorityVisit(Session &session, const QDate &on)
{
    // Policy kind "authority_visit", key "red_flags" (docs/policy.md). No row in force: false.
    return session.policy().boolean(QStringLiteral("authority_visit"), QStringLiteral("red_flags"), on).value_or(false);
}

Result<AuthorityVisitRequirement> authorityVisitRequirement(Session &session, const CaseRecord &c, const QDate &on)
{
    AuthorityVisitRequirement out;
    if (c.nearRelativeDeclared) {
        out.grounds << QStringLiteral("near_relative");
    } else {
        // A member on the county's near-relative register (complaints/NearRelativeRegister) is a near-relative case
        // even without a declaration.
        auto hits = NearRelativeRegister::matchesForHousehold(session, c.householdId);
        if (!hits)
            return hits.error();
        if (!hits->isEmpty()) {
            out.grounds << QStringLiteral("near_relative");
            out.registerMatch = true;
        }
    }
    {
        auto st = session.db().cached("SELECT MAX(received_on) FROM case_complaints WHERE case_id = ? "
                                      "AND during_confirmation = 1");
        if (!st)
            return st.error();
        (*st)->bind(1, c.id);
        auto r = (*st)->step();
        if (!r)
            return r.error();
        if (*r && !(*st)->isNull(0))
            out.latestComplaint = parseIsoDate((*st)->text(0));
        (*st)->reset();
    }
    if (out.latestComplaint.isValid())
        out.grounds << QStringLiteral("complaint_during_confirmation");
    if (redFlagsRequireAuthorityVisit(session, on)) {
        HouseholdStore households(session);
        auto file = households.load(c.householdId);
        if (!file)
            return file.error();
        if (!evaluateEligibility(*file, session.policy(), on).redFlags.isEmpty())
            out.grounds << QStringLiteral("red_flags");
    }
    if (out.grounds.isEmpty())
        return out;
    CaseStore cases(session);
    auto visits = cases.visits(c.id);
    if (!visits)
        return visits.error();
    for (const HouseholdVisit &v : *visits) {
        if (!v.byAuthority || v.kind != QLatin1String("household"))
            continue;
        if (out.latestComplaint.isValid() && v.visitDate < out.latestComplaint)
            continue; // a visit before the complaint cannot have looked into it
        out.visitRecorded = true;
    }
    return out;
}

} // namespace dibao
