#pragma once

#include "common/Result.h"

#include <QString>

namespace dibao {

class Database;

// The digest of a household's intake as a decision saw it: SHA-256 over canonical JSON of the household's intake
// fields and of its members, income, expense and asset records (ids sorted; bookkeeping columns and the fields the
// confirming authority writes left out). A decision stores it in cases.intake_digest; when a later township edit
// makes the household's digest differ, the hub flags the case "changed since decision".
class IntakeDigest {
public:
    static Result<QString> compute(Database &db, const QString &householdId);
};

} // namespace dibao
