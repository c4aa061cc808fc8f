#include "store/SchemaParts.h"

namespace dibao {

// Schema version 8: casework additions.
const char *schemaV8Sql()
{
    return R"SQL(
-- nothing yet
)SQL";
}

} // namespace dibao
