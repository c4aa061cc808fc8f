#include "store/SchemaParts.h"

namespace dibao {

// Schema version 10: the name keys of the case list's search as you type.
//
// A 1- or 2-character name prefix (王, 王小) matches thousands of members in a county; finding the first page of
// their cases in list order by probing cases or members cost 6-17 ms of CPU on 120,000 households
// (docs/benchmarks.md). case_name_keys holds, for every case, the first character and the first two characters of
// the normalized name of every member of its household, with the case's list-order columns beside them, so such a
// search is one ordered index range that stops at the page. It is derived data: local to each database (never
// synced, never audited), rebuilt here from cases and members and kept current by triggers whatever writes them
// (the audited writer, sync, the demo generator). Longer prefixes keep the indexed range on members.name_norm.
const char *schemaV10Sql()
{
    return R"SQL(
CREATE TABLE case_name_keys (
  key TEXT NOT NULL,
  due_null INTEGER NOT NULL,
  next_due TEXT NOT NULL,             -- '' when the case has no open clock (due_null = 1)
  submitted_on TEXT NOT NULL,
  case_id TEXT NOT NULL,
  PRIMARY KEY (key, due_null, next_due, submitted_on DESC, case_id)
) WITHOUT ROWID;
CREATE INDEX case_name_keys_case ON case_name_keys(case_id);

CREATE VIEW case_name_key_source AS
  SELECT c.id AS case_id, c.household_id AS household_id, c.next_due IS NULL AS due_null, COALESCE(c.next_due, '') AS next_due,
         c.submitted_on AS submitted_on, substr(m.name_norm, 1, 1) AS key
    FROM cases c JOIN members m ON m.household_id = c.household_id WHERE length(m.name_norm) >= 1
  UNION ALL
  SELECT c.id, c.household_id, c.next_due IS NULL, COALESCE(c.next_due, ''), c.submitted_on, substr(m.name_norm, 1, 2)
    FROM cases c JOIN members m ON m.household_id = c.household_id WHERE length(m.name_norm) >= 2;

INSERT OR IGNORE INTO case_name_keys(key, due_null, next_due, submitted_on, case_id)
  SELECT key, due_null, next_due, submitted_on, case_id FROM case_name_key_source;

CREATE TRIGGER case_name_keys_case_insert AFTER INSERT ON cases BEGIN
  INSERT OR IGNORE INTO case_name_keys(key, due_null, next_due, submitted_on, case_id)
    SELECT key, due_null, next_due, submitted_on, case_id FROM case_name_key_source WHERE case_id = NEW.id;
END;

CREATE TRIGGER case_name_keys_case_order AFTER UPDATE OF next_due, submitted_on ON cases
  WHEN OLD.household_id = NEW.household_id BEGIN
  UPDATE case_name_keys SET due_null = NEW.next_due IS NULL, next_due = COALESCE(NEW.next_due, ''), submitted_on = NEW.submitted_on
    WHERE case_id = NEW.id;
END;

CREATE TRIGGER case_name_keys_case_household AFTER UPDATE OF household_id ON cases
  WHEN OLD.household_id IS NOT NEW.household_id BEGIN
  DELETE FROM case_name_keys WHERE case_id = NEW.id;
  INSERT OR IGNORE INTO case_name_keys(key, due_null, next_due, submitted_on, case_id)
    SELECT key, due_null, next_due, submitted_on, case_id FROM case_name_key_source WHERE case_id = NEW.id;
END;

CREATE TRIGGER case_name_keys_case_delete AFTER DELETE ON cases BEGIN
  DELETE FROM case_name_keys WHERE case_id = OLD.id;
END;

CREATE TRIGGER case_name_keys_member_insert AFTER INSERT ON members BEGIN
  INSERT OR IGNORE INTO case_name_keys(key, due_null, next_due, submitted_on, case_id)
    SELECT key, due_null, next_due, submitted_on, case_id FROM case_name_key_source
     WHERE household_id = NEW.household_id;
END;

CREATE TRIGGER case_name_keys_member_change AFTER UPDATE OF name_norm, household_id ON members
  WHEN OLD.name_norm IS NOT NEW.name_norm OR OLD.household_id IS NOT NEW.household_id BEGIN
  DELETE FROM case_name_keys WHERE case_id IN
    (SELECT id FROM cases WHERE household_id IN (OLD.household_id, NEW.household_id));
  INSERT OR IGNORE INTO case_name_keys(key, due_null, next_due, submitted_on, case_id)
    SELECT key, due_null, next_due, submitted_on, case_id FROM case_name_key_source
     WHERE household_id IN (OLD.household_id, NEW.household_id);
END;

CREATE TRIGGER case_name_keys_member_delete AFTER DELETE ON members BEGIN
  DELETE FROM case_name_keys WHERE case_id IN (SELECT id FROM cases WHERE household_id = OLD.household_id);
  INSERT OR IGNORE INTO case_name_keys(key, due_null, next_due, submitted_on, case_id)
    SELECT key, due_null, next_due, submitted_on, case_id FROM case_name_key_source
     WHERE household_id = OLD.household_id;
END;
)SQL";
}

} // namespace dibao
