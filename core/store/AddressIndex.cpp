#include "store/AddressIndex.h"

#include "db/Database.h"

namespace dibao {

Status indexQueuedAddresses(Database &db)
{
    // Both statements or neither: a household indexed and still queued would be indexed twice by the next call.
    Transaction tx(db);
    DIBAO_TRY(tx.begun());
    auto index = db.cached("INSERT INTO household_address_fts(rowid, registered_address, actual_address) "
                           "SELECT h.rowid, h.registered_address, h.actual_address FROM household_fts_queue q "
                           "JOIN households h ON h.rowid = q.household_rowid ORDER BY q.household_rowid");
    if (!index)
        return index.error();
    DIBAO_TRY((*index)->run());
    auto empty = db.cached("DELETE FROM household_fts_queue");
    if (!empty)
        return empty.error();
    DIBAO_TRY((*empty)->run());
    return tx.commit();
}

} // namespace dibao
