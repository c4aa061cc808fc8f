#include "store/SchemaParts.h"

namespace dibao {

// Schema version 7: supervision (docs/supervision.md). Indexes only: supervision reads, it keeps no records.
// case_clocks_done answers "past due and not done by that day" for a past month and the kept/missed count of the
// inspection report; audit_user and audit_at let the audit viewer filter a million-entry trail by user and date.
const char *schemaV7Sql()
{
    return R"SQL(
CREATE INDEX case_clocks_done ON case_clocks(done_on, due_on) WHERE done_on IS NOT NULL;
CREATE INDEX case_complaints_received ON case_complaints(received_on);
CREATE INDEX audit_user ON audit(user_name, seq);
CREATE INDEX audit_at ON audit(at);
)SQL";
}

} // namespace dibao
