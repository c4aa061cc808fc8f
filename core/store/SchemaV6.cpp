#include "store/SchemaParts.h"

namespace dibao {

// Schema version 6: letters, visits, complaints and the near-relative register.
const char *schemaV6Sql()
{
    return R"SQL(
-- nothing yet
)SQL";
}

} // namespace dibao
