#include "store/SchemaParts.h"

namespace dibao {

// Schema version 14: reserved for client: visits, reviews and sync pages. Nothing to add yet: migrating through it records the version.
const char *schemaV14Sql()
{
    return "-- version 14: nothing yet";
}

} // namespace dibao
