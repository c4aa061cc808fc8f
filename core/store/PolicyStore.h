#pragma once

#include "common/Result.h"
#include "policy/PolicyRow.h"

#include <QByteArray>
#include <QList>

namespace dibao {

class Session;

struct PolicyImportSummary {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

// Policy rows in the database. Rows are never deleted: a newer row with a later effective date supersedes.
class PolicyStore {
public:
    explicit PolicyStore(Session &session) : m_session(session) {}

    Result<QList<PolicyRow>> rows();
    // Validates the whole file first; a bad file changes nothing. Rows match on (kind, key, effective_from).
    Result<PolicyImportSummary> importJson(const QByteArray &json);
    Result<QByteArray> exportJson();
    // Writes rows without a permission check (init and sync use it; importJson checks ImportPolicy first).
    Result<PolicyImportSummary> upsert(const QList<PolicyRow> &rows);

private:
    Session &m_session;
};

} // namespace dibao
