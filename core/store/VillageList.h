#pragma once

#include "common/Result.h"

#include <QStringList>

namespace dibao {

class Session;

// The village names households are registered under (villages are entered by the county; the list filters cases).
class VillageList {
public:
    // Distinct village names of this database's households, sorted; an index-only scan.
    static Result<QStringList> names(Session &session);
};

} // namespace dibao
