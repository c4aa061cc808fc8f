#pragma once

#include "common/Result.h"
#include "io/ColumnMapping.h"
#include "io/MappingReport.h"

#include <QDate>
#include <QString>

#include <functional>

namespace dibao {

class Session;

struct DepartmentBatchOptions {
    QString department;      // Department::all()
    ColumnMapping mapping;   // must map id_number (type id_number) and name (text); any other fields are kept in findings
    QString path;            // CSV (UTF-8 or GB18030) or xlsx
    QDate on;                // the business date; default today
    int maxErrors = 1000;
    // Called every few thousand rows with the rows read so far (from the thread running the import); returning false
    // cancels: the remaining rows are still read through (the reader has no early stop) but no longer matched, and
    // nothing is stored (verify_batch_cancelled).
    std::function<bool(qint64 rowsRead)> progress;
};

struct DepartmentBatchResult {
    MappingReport report;    // rows read, rows with errors and every error with its line (nothing is in `preview`)
    bool stored = false;     // the batch record and its findings were committed
    QString batchId;
    QString sourceFormat;
    qint64 matched = 0;      // findings with ID number and name agreeing
    qint64 nameMismatch = 0; // findings on an authorized member's ID number under another name
    qint64 authorizedMembers = 0;
    qint64 verificationsOpen = 0;
};

// Streams one department's batch against the members of households whose verification is in progress (核对).
// The file is read row by row through core/io (TabularSource + TabularMapper): every row is validated, its ID number
// looked up in the in-memory AuthorizedMembers, and only a row whose ID number belongs to an authorized member is
// held — as a finding, `match` when the names agree (HouseholdStore::normalizeName) and `name_mismatch` when they do
// not. Every other row is discarded as soon as it is read: the department's data is never stored whole.
// All or nothing: if any row is malformed (or the file is), the report lists every problem with its line and nothing
// is stored; otherwise the batch record, its findings and the touched verifications' summaries are written in one
// transaction. Tokens: department_unknown, verify_mapping_fields, verification_none_in_progress, verify_batch_invalid
// (the report has the rows), verify_batch_cancelled, plus core/io's for files that cannot be opened.
class DepartmentBatchImport {
public:
    static Result<DepartmentBatchResult> run(Session &session, const DepartmentBatchOptions &options);
};

} // namespace dibao
