#include "store/SchemaParts.h"

namespace dibao {

// Schema version 8: casework additions.
const char *schemaV8Sql()
{
    return R"SQL(
-- The certificate number (低保证号) the confirming authority issues with a confirmation; written by the workflow's
-- confirm step with the decision (an authority field of cases, core/sync/MergePolicy.cpp).
ALTER TABLE cases ADD COLUMN certificate_number TEXT;
)SQL";
}

} // namespace dibao
