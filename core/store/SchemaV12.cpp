#include "store/SchemaParts.h"

namespace dibao {

// Schema version 12: reserved for sync import. Nothing to add yet: migrating through it records the version.
const char *schemaV12Sql()
{
    return "-- version 12: nothing yet";
}

} // namespace dibao
