#pragma once

#include "common/Result.h"

namespace dibao {

class Database;

// Households written are queued for the address index (schema v17, store/SchemaV17.cpp); this indexes the queue in
// one statement and empties it. Called inside a writer's transaction just before its commit (the importer, the
// household store, the roster import); a writer that does not call it loses nothing: address search reads the
// queue too (CaseStore), and the next call indexes what is there.
Status indexQueuedAddresses(Database &db);

} // namespace dibao
