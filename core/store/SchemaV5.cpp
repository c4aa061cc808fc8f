#include "store/SchemaParts.h"

namespace dibao {

// Schema version 5: economic verification (核对) and the migrated roster (docs/verification.md).
//
// verifications: one per case whose verification the county started — the summary the township receives (status,
// departments checked, counts). verification_batches and verification_findings stay at the county: a batch row is
// the record of a department file having been streamed (its counts and hash, never its rows); a finding is one
// department row that matched an authorized member, the only department data kept (Measures Art 58; 57号 Art 9).
// households.migrated_approved_on: the date of the original approval of a household brought in from the roster
// (migrated_reference holds its document number).
const char *schemaV5Sql()
{
    return R"SQL(
CREATE TABLE verifications (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  household_id TEXT NOT NULL REFERENCES households(id),
  requested_on TEXT NOT NULL,
  started_on TEXT NOT NULL,
  status TEXT NOT NULL,               -- in_progress | completed
  completed_on TEXT,
  member_ids TEXT NOT NULL,           -- JSON array: the members the consent covers (present when it started)
  departments TEXT,                   -- departments whose batches produced findings, comma-separated
  findings_total INTEGER NOT NULL DEFAULT 0,
  findings_open INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE UNIQUE INDEX verifications_case ON verifications(case_id);
CREATE INDEX verifications_status ON verifications(status, household_id);

CREATE TABLE verification_batches (
  id TEXT PRIMARY KEY,
  department TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  source_format TEXT NOT NULL,        -- as TabularSource describes it: "CSV, GB18030, ','"
  imported_on TEXT NOT NULL,
  rows_read INTEGER NOT NULL,
  rows_matched INTEGER NOT NULL,
  rows_name_mismatch INTEGER NOT NULL,
  verifications_open INTEGER NOT NULL, -- verifications in progress the batch was matched against
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);

CREATE TABLE verification_findings (
  id TEXT PRIMARY KEY,
  verification_id TEXT NOT NULL REFERENCES verifications(id),
  case_id TEXT NOT NULL REFERENCES cases(id),
  household_id TEXT NOT NULL REFERENCES households(id),
  member_id TEXT NOT NULL REFERENCES members(id),
  batch_id TEXT NOT NULL REFERENCES verification_batches(id),
  department TEXT NOT NULL,
  line INTEGER NOT NULL,              -- the row's line (CSV) or row number (xlsx) in the department's file
  match TEXT NOT NULL,                -- match | name_mismatch
  record_name TEXT NOT NULL,          -- the name the department wrote
  record TEXT NOT NULL,               -- the mapped row, canonical JSON
  status TEXT NOT NULL,               -- open | resolved
  resolution TEXT,                    -- explained | income_added | asset_added | review_opened
  resolution_note TEXT,
  resolution_ref TEXT,                -- the income or asset item added
  resolved_on TEXT,
  resolved_by TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX verification_findings_case ON verification_findings(case_id, status);
CREATE INDEX verification_findings_batch ON verification_findings(batch_id);

ALTER TABLE households ADD COLUMN migrated_approved_on TEXT;
)SQL";
}

} // namespace dibao
