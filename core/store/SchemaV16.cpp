#include "store/SchemaParts.h"

namespace dibao {

// Schema version 16: an issued roll travels and is audited in parts (store/PayrollRollParts.h).
//
// Until version 15 every line of an issued roll was a record of its own: its row, its "insert" audit entry, its
// outbox change and its field versions — four B-tree rows per line, 87,000 lines a month on a county of 120,000
// households, and the issue missed its 5 s target on them (docs/benchmarks.md "Issue with xlsx"). Now the roll is
// written as parts of one township's lines each (at most 1,000, under 1 MiB so a part fits one bundle line): a part is
// an audited, synced, append-only record whose `lines` column holds the canonical JSON of its lines, and
// payroll_lines is derived from it in the same transaction on every database that stores the part (no audit entry,
// no change, no versions of its own). audit-verify holds every derived line to its part. Lines issued before this
// version keep their own audit entries and changes.
const char *schemaV16Sql()
{
    return R"SQL(
CREATE TABLE payroll_roll_parts (
  id TEXT PRIMARY KEY,
  roll_id TEXT NOT NULL REFERENCES payroll_rolls(id),
  month TEXT NOT NULL,
  division_code TEXT NOT NULL,        -- the township of every line in the part (its audience)
  part_no INTEGER NOT NULL,           -- 1, 2, ... in the roll's order of lines
  line_count INTEGER NOT NULL,
  total_fen INTEGER NOT NULL,         -- sum of the part's lines' amounts
  lines TEXT NOT NULL,                -- canonical JSON array of the lines (store/PayrollRollParts.h)
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE UNIQUE INDEX payroll_roll_parts_roll ON payroll_roll_parts(roll_id, part_no);
CREATE TRIGGER payroll_roll_parts_issued_no_update BEFORE UPDATE ON payroll_roll_parts
BEGIN SELECT RAISE(ABORT, 'payroll_issued: an issued roll cannot change'); END;
CREATE TRIGGER payroll_roll_parts_issued_no_delete BEFORE DELETE ON payroll_roll_parts
BEGIN SELECT RAISE(ABORT, 'payroll_issued: an issued roll cannot change'); END;
)SQL";
}

} // namespace dibao
