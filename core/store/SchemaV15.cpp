#include "store/SchemaParts.h"

namespace dibao {

// Schema version 15: the decisions index covers what the statistics read.
//
// cases_decisions (version 3: household, effective month, over decided cases) let the statistics and the payroll
// find the decisions in force without a sort, but every decision found was then read from the cases table: 105,000
// row look-ups scattered over a multi-gigabyte file, a third of the statistics screen's time on 120,000 households
// (docs/benchmarks.md "Supervision"). The same index, same name and same order, now also holds the columns a
// decision's payment needs, so the statistics' pass reads the index alone.
const char *schemaV15Sql()
{
    return R"SQL(
DROP INDEX cases_decisions;
CREATE INDEX cases_decisions ON cases(household_id, effective_month, kind, review_outcome, amount, tier,
  gradual_exit_months, individual_member_id, member_count)
  WHERE state IN ('confirmed', 'review_decided');
)SQL";
}

} // namespace dibao
