#include "store/SchemaParts.h"

namespace dibao {

// Schema version 11: reserved for payroll (the roll's batched writes). Nothing to add yet: migrating through it records the version.
const char *schemaV11Sql()
{
    return "-- version 11: nothing yet";
}

} // namespace dibao
