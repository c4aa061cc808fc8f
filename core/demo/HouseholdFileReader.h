#pragma once

#include "common/Result.h"
#include "domain/Household.h"

#include <functional>

namespace dibao {

class Session;

// Streams every household file of the database (household, current members, income, expense and asset items, as
// HouseholdStore::load returns them), for whole-register work such as eligibility for every household: one pass over
// the households in the order they were written, with prepared per-household lookups and none of load()'s generic
// record map, so a county of 120,000 households reads in seconds (docs/benchmarks.md).
//
// Households outside the database's jurisdiction are skipped. Members come in insertion order (load() orders by
// created_at, which is the same for records written here). No audit entry: like load(), this is not a logged
// read of sensitive fields by a person; a caller that shows such fields to a person logs that read itself.
class HouseholdFileReader {
public:
    explicit HouseholdFileReader(Session &session) : m_session(session) {}

    // Calls visit once per household, in the order households were written. Stops at the first database error.
    Status forEach(const std::function<void(const HouseholdFile &)> &visit);

private:
    Session &m_session;
};

} // namespace dibao
