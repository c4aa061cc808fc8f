#pragma once

#include "common/Result.h"
#include "domain/Household.h"
#include "store/CaseStore.h"

#include <QByteArray>
#include <QList>

namespace dibao {

// One household of a household-import file, with its application (docs/household-import.md).
struct HouseholdImportEntry {
    HouseholdFile file;
    bool hasApplication = false;
    ApplicationInput application; // householdId, applicantMemberId and individualMemberId are filled on import
    QString applicantRef;
    QString individualRef;
};

// Parses and validates the whole file (unknown keys, types, tokens, dates, member references); the error names the
// place, e.g. "households[2].members[0].id_number". Nothing is written.
Result<QList<HouseholdImportEntry>> parseHouseholdImport(const QByteArray &json);

class Session;
// Imports every household and creates its application, all in one transaction: a bad file changes nothing.
// Returns the case ids created (in file order; households without an application add none).
Result<QStringList> importHouseholds(Session &session, const QByteArray &json);

} // namespace dibao
