#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"

#include <QList>

namespace dibao {

class Session;

// Audit anchoring (docs/sync.md): every bundle a device sends carries its audit-chain head, and the hub signs its
// acknowledgement of that bundle. A chain rewritten and recomputed with sqlite3 still walks cleanly, but its entry at
// an anchored position no longer has the hash the hub acknowledged, and the hub's signature cannot be remade.
class AuditAnchors {
public:
    struct Report {
        int checked = 0;
        QList<AuditLog::Problem> problems; // kind: anchor_mismatch | anchor_invalid
    };
    // Checks every acknowledged bundle of this database against its audit chain.
    static Result<Report> check(Session &session);
};

} // namespace dibao
