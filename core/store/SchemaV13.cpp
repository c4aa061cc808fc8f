#include "store/SchemaParts.h"

namespace dibao {

// Schema version 13: reserved for client: verification and complaints pages. Nothing to add yet: migrating through it records the version.
const char *schemaV13Sql()
{
    return "-- version 13: nothing yet";
}

} // namespace dibao
