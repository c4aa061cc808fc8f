#include "store/SchemaParts.h"

namespace dibao {

// Schema version 5: economic verification and the migrated roster.
const char *schemaV5Sql()
{
    return R"SQL(
-- nothing yet
)SQL";
}

} // namespace dibao
