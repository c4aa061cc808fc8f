#include "store/SchemaParts.h"

namespace dibao {

// Schema version 17: a household's address is indexed for search once, at the end of the writing transaction.
//
// The trigram index (household_address_fts, FTS5) was written by a trigger on every household insert. FTS5 keeps the
// terms of a transaction in memory, but writes them out as a segment of their own at every statement that opens a
// statement journal — which each next member insert does — and then merges those one-household segments: an import
// of 10,000 changes spent a sixth of its time there (docs/benchmarks.md "Import, sixth round"). Now an insert, or an
// address change, only queues the household (household_fts_queue); indexQueuedAddresses (store/AddressIndex.h)
// indexes the queue in one statement before a writer commits, and address search also reads the queue, so a
// household is found whether or not its writer indexed it. An address changed after its household was indexed
// takes the old terms out at once, as before; one still queued has nothing indexed to take out.
const char *schemaV17Sql()
{
    return R"SQL(
CREATE TABLE household_fts_queue (household_rowid INTEGER PRIMARY KEY);
DROP TRIGGER households_fts_ai;
CREATE TRIGGER households_fts_ai AFTER INSERT ON households BEGIN
  INSERT OR IGNORE INTO household_fts_queue(household_rowid) VALUES (new.rowid);
END;
DROP TRIGGER households_fts_au;
CREATE TRIGGER households_fts_au AFTER UPDATE OF registered_address, actual_address ON households BEGIN
  INSERT INTO household_address_fts(household_address_fts, rowid, registered_address, actual_address)
  SELECT 'delete', old.rowid, old.registered_address, old.actual_address
  WHERE NOT EXISTS (SELECT 1 FROM household_fts_queue WHERE household_rowid = old.rowid);
  INSERT OR IGNORE INTO household_fts_queue(household_rowid) VALUES (new.rowid);
END;
DROP TRIGGER households_fts_ad;
CREATE TRIGGER households_fts_ad AFTER DELETE ON households BEGIN
  INSERT INTO household_address_fts(household_address_fts, rowid, registered_address, actual_address)
  SELECT 'delete', old.rowid, old.registered_address, old.actual_address
  WHERE NOT EXISTS (SELECT 1 FROM household_fts_queue WHERE household_rowid = old.rowid);
  DELETE FROM household_fts_queue WHERE household_rowid = old.rowid;
END;
)SQL";
}

} // namespace dibao
