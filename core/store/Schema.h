#pragma once

#include "db/Database.h"

#include <vector>

namespace dibao {

// The ordered schema migrations of a dibao database (township, county or hub). Append, never edit.
const std::vector<Migration> &schemaMigrations();
int currentSchemaVersion();

} // namespace dibao
