#include "store/SchemaParts.h"

namespace dibao {

// Schema version 9: client additions.
const char *schemaV9Sql()
{
    return R"SQL(
-- nothing yet
)SQL";
}

} // namespace dibao
