#include "store/SchemaParts.h"

namespace dibao {

// Schema version 7: supervision.
const char *schemaV7Sql()
{
    return R"SQL(
-- nothing yet
)SQL";
}

} // namespace dibao
