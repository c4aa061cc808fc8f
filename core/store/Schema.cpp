#include "store/Schema.h"
#include "store/SchemaParts.h"
#include "store/SchemaV3.h"

namespace dibao {

namespace {

// Version 1: the case register. Every synced record has a UUID made where it was created, created/updated instants
// (UTC ISO-8601) and the user who wrote it. Nothing is hard-deleted: records carry a tombstone reason instead.
constexpr const char *kV1 = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  division_code TEXT NOT NULL,
  pw_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);

CREATE TABLE households (
  id TEXT PRIMARY KEY,
  division_code TEXT NOT NULL,
  village_code TEXT,
  village_name TEXT,
  area TEXT NOT NULL,
  registered_address TEXT,
  actual_address TEXT,
  separated_residence INTEGER NOT NULL DEFAULT 0,
  bank_name TEXT,
  bank_account TEXT,
  phone TEXT,
  stable_category INTEGER NOT NULL DEFAULT 0,
  enrolment TEXT NOT NULL DEFAULT 'none',
  current_amount INTEGER,             -- fen per month while enrolled
  current_tier TEXT,
  enrolled_since TEXT,                -- YYYY-MM
  next_review_due TEXT,
  migrated INTEGER NOT NULL DEFAULT 0,
  migrated_reference TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX households_division ON households(division_code, village_name);
CREATE INDEX households_review_due ON households(next_review_due) WHERE next_review_due IS NOT NULL;

-- Addresses of 3+ characters are searched with trigram FTS5; names never (see members.name_norm).
CREATE VIRTUAL TABLE household_address_fts USING fts5(
  registered_address, actual_address, content='households', content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER households_fts_ai AFTER INSERT ON households BEGIN
  INSERT INTO household_address_fts(rowid, registered_address, actual_address)
  VALUES (new.rowid, new.registered_address, new.actual_address);
END;
CREATE TRIGGER households_fts_ad AFTER DELETE ON households BEGIN
  INSERT INTO household_address_fts(household_address_fts, rowid, registered_address, actual_address)
  VALUES ('delete', old.rowid, old.registered_address, old.actual_address);
END;
CREATE TRIGGER households_fts_au AFTER UPDATE OF registered_address, actual_address ON households BEGIN
  INSERT INTO household_address_fts(household_address_fts, rowid, registered_address, actual_address)
  VALUES ('delete', old.rowid, old.registered_address, old.actual_address);
  INSERT INTO household_address_fts(rowid, registered_address, actual_address)
  VALUES (new.rowid, new.registered_address, new.actual_address);
END;

CREATE TABLE members (
  id TEXT PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id),
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  id_number TEXT NOT NULL,
  sex TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  relation TEXT NOT NULL,
  health TEXT NOT NULL,
  disability_category TEXT,
  disability_grade INTEGER NOT NULL DEFAULT 0,
  serious_illness INTEGER NOT NULL DEFAULT 0,
  work_ability TEXT NOT NULL,
  occupation TEXT,
  student_level TEXT NOT NULL DEFAULT 'none',
  full_time_student INTEGER NOT NULL DEFAULT 0,
  lives_together INTEGER NOT NULL DEFAULT 1,
  support_duty INTEGER NOT NULL DEFAULT 1,
  cannot_live_independently INTEGER NOT NULL DEFAULT 0,
  not_counted TEXT NOT NULL DEFAULT 'none',
  not_counted_note TEXT,
  work_refusals INTEGER NOT NULL DEFAULT 0,
  left_reason TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX members_household ON members(household_id);
CREATE INDEX members_name_norm ON members(name_norm);
CREATE INDEX members_id_number ON members(id_number);

CREATE TABLE income_items (
  id TEXT PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id),
  member_id TEXT REFERENCES members(id),
  kind TEXT NOT NULL,
  amount INTEGER NOT NULL,
  from_month TEXT NOT NULL,
  to_month TEXT NOT NULL,
  work_costs INTEGER NOT NULL DEFAULT 0,
  taxes INTEGER NOT NULL DEFAULT 0,
  social_insurance INTEGER NOT NULL DEFAULT 0,
  support_paid INTEGER NOT NULL DEFAULT 0,
  note TEXT,
  voided_reason TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX income_household ON income_items(household_id);

CREATE TABLE expense_items (
  id TEXT PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id),
  member_id TEXT REFERENCES members(id),
  kind TEXT NOT NULL,
  amount INTEGER NOT NULL,
  from_month TEXT NOT NULL,
  to_month TEXT NOT NULL,
  note TEXT,
  voided_reason TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX expense_household ON expense_items(household_id);

CREATE TABLE asset_items (
  id TEXT PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id),
  member_id TEXT REFERENCES members(id),
  kind TEXT NOT NULL,
  sub_kind TEXT,
  value INTEGER NOT NULL DEFAULT 0,
  count INTEGER NOT NULL DEFAULT 1,
  floor_area_centi_sqm INTEGER NOT NULL DEFAULT 0,
  purchase_date TEXT,
  exempt INTEGER NOT NULL DEFAULT 0,
  exempt_reason TEXT,
  note TEXT,
  voided_reason TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX asset_household ON asset_items(household_id);

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id),
  kind TEXT NOT NULL,                 -- application | review
  state TEXT NOT NULL,
  division_code TEXT NOT NULL,
  village_name TEXT,
  applicant_member_id TEXT REFERENCES members(id),
  applicant_name TEXT,
  applicant_name_norm TEXT,
  member_count INTEGER NOT NULL DEFAULT 0,
  channel TEXT,                       -- in_person | entrusted | online | outreach
  entrusted_name TEXT,
  near_relative_declared INTEGER NOT NULL DEFAULT 0,
  near_relative_note TEXT,
  individual_member_id TEXT,          -- 单人保: the member applying alone
  submitted_on TEXT NOT NULL,
  accepted_on TEXT,
  missing_notice_on TEXT,
  missing_items TEXT,
  after_objection INTEGER NOT NULL DEFAULT 0,
  extension_ground TEXT,              -- objection | separated_residence | remote_application | hard_investigation
  delegated INTEGER NOT NULL DEFAULT 0,
  proposed_amount INTEGER,
  proposed_tier TEXT,
  amount INTEGER,
  tier TEXT,
  method TEXT,
  decided_on TEXT,
  decided_by TEXT,
  effective_month TEXT,
  decision_reason TEXT,
  refusal_delivered_on TEXT,
  review_outcome TEXT,                -- keep | raise | lower | stop | gradual_exit
  gradual_exit_months INTEGER,
  intake_digest TEXT,
  closed_reason TEXT,
  next_due TEXT,                      -- the earliest open clock, for sorting and the overdue filter
  next_clock TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX cases_household ON cases(household_id);
CREATE INDEX cases_state ON cases(state, next_due);
CREATE INDEX cases_division ON cases(division_code, state);
CREATE INDEX cases_applicant_norm ON cases(applicant_name_norm);

CREATE TABLE case_events (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  action TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT,
  on_date TEXT NOT NULL,
  reason TEXT,
  data TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX case_events_case ON case_events(case_id);

CREATE TABLE case_clocks (
  id TEXT PRIMARY KEY,                -- case id + ':' + clock
  case_id TEXT NOT NULL REFERENCES cases(id),
  clock TEXT NOT NULL,
  unit TEXT NOT NULL,                 -- working_days | calendar_days | months
  length INTEGER NOT NULL,
  started_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  done_on TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX case_clocks_open ON case_clocks(due_on) WHERE done_on IS NULL;
CREATE INDEX case_clocks_case ON case_clocks(case_id);

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL,
  status TEXT NOT NULL,               -- provided | promised | missing | held_by_government
  note TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX documents_case ON documents(case_id);

CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL,                 -- household | neighbour | evidence_letter
  visit_date TEXT NOT NULL,
  remote INTEGER NOT NULL DEFAULT 0,
  emergency_reference TEXT,
  by_authority INTEGER NOT NULL DEFAULT 0,
  investigators TEXT NOT NULL,        -- JSON array of {name, user_id?, role}
  members_seen TEXT,                  -- JSON array of member ids
  food TEXT, clothing TEXT, housing TEXT, necessities TEXT,
  evidence TEXT,
  findings TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX visits_case ON visits(case_id);

CREATE TABLE policy_rows (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  effective_until TEXT,
  issuer TEXT NOT NULL,
  document_number TEXT NOT NULL,
  example INTEGER NOT NULL DEFAULT 0,
  value TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE UNIQUE INDEX policy_rows_key ON policy_rows(kind, key, effective_from);

-- Local only: half-typed intake, neither synced nor audited until saved.
CREATE TABLE drafts (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  user_id TEXT,
  updated_at TEXT NOT NULL
);

-- The hash-chained audit trail: every write, with who, where, when, before and after.
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT,
  user_name TEXT,
  device_id TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  before TEXT,
  after TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit(entity, entity_id, seq);
)SQL";

// Version 2: sync (docs/sync.md). The change log holds every change this database knows: its own (the outbox: origin
// = this database's device id, change_seq gapless) and those applied from elsewhere, which keep their origin and
// change_seq and are never sent back. Bundles are cut once and kept until acknowledged; streams, keys, conflicts and
// flags are the state of the protocol. Nothing here is audited record data: the records themselves stay in the v1
// tables and every write to them still goes through RecordWriter and the audit trail.
constexpr const char *kV2 = R"SQL(
CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,             -- local order of arrival: the hub relays in this order
  origin TEXT NOT NULL,               -- the device (or hub stream) that wrote the change
  change_seq INTEGER NOT NULL,        -- gapless per origin
  hlc TEXT NOT NULL,
  user_id TEXT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL,                   -- upsert | tombstone
  fields TEXT NOT NULL,               -- canonical JSON object of the fields written, with values
  township TEXT,                      -- audience: the record's township; NULL = every device of the county
  UNIQUE (origin, change_seq)
);
CREATE INDEX change_log_audience ON change_log(township, id);
CREATE VIEW outbox AS
  SELECT * FROM change_log WHERE origin = (SELECT value FROM meta WHERE key = 'device_id');

-- Per record, the version of each field: {"field":["hlc","origin",change_seq]} (last writer wins by (hlc, origin)).
CREATE TABLE record_versions (
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  versions TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

-- A field value that lost to a concurrent write, kept for a person to look at and resolve.
CREATE TABLE conflicts (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  kept_value TEXT,                    -- canonical JSON of the value in force
  kept_hlc TEXT NOT NULL,
  kept_origin TEXT NOT NULL,
  lost_value TEXT,
  lost_hlc TEXT NOT NULL,
  lost_origin TEXT NOT NULL,
  lost_user TEXT,
  detected_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT,
  resolution TEXT                     -- kept | restored
);
CREATE INDEX conflicts_open ON conflicts(entity, entity_id) WHERE resolved_at IS NULL;

-- Things a person should look at that are not refusals: a clock far in the future, a member counted in two
-- townships, an intake changed after its decision, a refused change reported by the hub.
CREATE TABLE sync_flags (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  peer_id TEXT,
  entity TEXT,
  entity_id TEXT,
  origin TEXT,
  change_seq INTEGER,
  detail TEXT,
  at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT
);
CREATE INDEX sync_flags_open ON sync_flags(kind) WHERE resolved_at IS NULL;

-- Changes to records that do not exist yet here (update before create): merged in when the record arrives.
CREATE TABLE pending_changes (
  origin TEXT NOT NULL,
  change_seq INTEGER NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  hlc TEXT NOT NULL,
  user_id TEXT,
  fields TEXT NOT NULL,
  PRIMARY KEY (origin, change_seq)
);
CREATE INDEX pending_changes_record ON pending_changes(entity, entity_id);

-- Users of other databases, as published by sync (never accounts here, never password hashes).
CREATE TABLE user_directory (
  id TEXT PRIMARY KEY,
  name TEXT,
  display_name TEXT,
  role TEXT,
  division_code TEXT,
  active INTEGER,
  origin TEXT NOT NULL,
  versions TEXT NOT NULL
);

-- This database's own keys: Ed25519 (sign) and X25519 (box). Device databases keep the secret sealed under the
-- device secret (XChaCha20-Poly1305); a hub keeps its keys in a file only its service user reads (sealed_secret NULL).
CREATE TABLE device_keys (
  key_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,                 -- sign | box
  public_key BLOB NOT NULL,
  sealed_secret BLOB,
  state TEXT NOT NULL,                -- pending | active | retired
  first_seq INTEGER,                  -- first bundle of this database's upstream signed with it (sign keys)
  created_at TEXT NOT NULL
);
-- The device secret, wrapped once per local user under a key derived from that user's password (Argon2id).
CREATE TABLE key_wraps (
  user_id TEXT PRIMARY KEY,
  salt BLOB NOT NULL,
  opslimit INTEGER NOT NULL,
  memlimit INTEGER NOT NULL,
  wrapped BLOB NOT NULL,
  created_at TEXT NOT NULL
);

-- The other end of each stream: on a device, its hub; on a hub, every enrolled device.
CREATE TABLE sync_peers (
  peer_id TEXT PRIMARY KEY,           -- a device id, or the hub's current stream id
  role TEXT NOT NULL,                 -- device | hub
  hub_id TEXT,                        -- (on a device) the hub's lasting identity from its card
  township TEXT,
  address TEXT,
  tls_pin TEXT,
  card TEXT,                          -- the hub card or the device key card, as given
  enrolment_hash TEXT NOT NULL,       -- `prev` of bundle 1 in both directions
  status TEXT NOT NULL DEFAULT 'active', -- active | frozen | revoked | retired
  status_reason TEXT,
  revoked_after_seq INTEGER,
  in_seq INTEGER NOT NULL DEFAULT 0,  -- last bundle applied from the peer
  in_bundle_id TEXT,
  in_hlc TEXT,                        -- the manifest HLC of that bundle (a stream's clock never goes back)
  in_change_seq INTEGER NOT NULL DEFAULT 0, -- (on a hub) last change_seq applied from the device
  out_seq INTEGER NOT NULL DEFAULT 0, -- last bundle cut for the peer
  out_bundle_id TEXT,
  out_position INTEGER NOT NULL DEFAULT 0, -- device: last change_seq cut; hub: last change_log id cut
  ack_down INTEGER NOT NULL DEFAULT 0, -- last of our bundles the peer says it applied
  enrolled_at TEXT NOT NULL,
  last_seen TEXT
);
-- Keys of peers with the bundle range each is valid for (rotation: [valid_from_seq, valid_to_seq]).
CREATE TABLE peer_keys (
  key_id TEXT PRIMARY KEY,
  peer_id TEXT NOT NULL,
  kind TEXT NOT NULL,                 -- sign | box
  public_key BLOB NOT NULL,
  valid_from_seq INTEGER NOT NULL DEFAULT 1,
  valid_to_seq INTEGER,
  added_at TEXT NOT NULL
);
CREATE INDEX peer_keys_peer ON peer_keys(peer_id, kind);

-- Bundles this database cut, kept byte for byte until acknowledged (a re-export writes the same bytes).
CREATE TABLE sync_out (
  peer_id TEXT NOT NULL,
  bundle_seq INTEGER NOT NULL,
  bundle_id TEXT NOT NULL,
  change_first INTEGER NOT NULL,
  change_last INTEGER NOT NULL,
  change_count INTEGER NOT NULL,
  position INTEGER NOT NULL,          -- out_position after this bundle
  audit_seq INTEGER NOT NULL,         -- the audit entry whose hash is the manifest's audit_head
  manifest BLOB NOT NULL,
  zip BLOB,                           -- dropped once acknowledged
  created_at TEXT NOT NULL,
  acked_at TEXT,
  ack TEXT,                           -- the hub's signed ack (canonical JSON), the audit anchor
  verdict TEXT,
  PRIMARY KEY (peer_id, bundle_seq)
);
-- Bundles applied from peers: replays answer with the same ack; on a hub, the audit heads devices anchored.
CREATE TABLE sync_in (
  peer_id TEXT NOT NULL,
  bundle_seq INTEGER NOT NULL,
  bundle_id TEXT NOT NULL,
  hlc TEXT NOT NULL,
  audit_head TEXT NOT NULL,
  change_count INTEGER NOT NULL,
  refused INTEGER NOT NULL DEFAULT 0,
  ack TEXT,                           -- (hub) the signed ack, returned again for a replay
  applied_at TEXT NOT NULL,
  PRIMARY KEY (peer_id, bundle_seq)
);
-- Verified bundles waiting for a missing one (a gap), applied in order once it arrives.
CREATE TABLE sync_held (
  peer_id TEXT NOT NULL,
  bundle_seq INTEGER NOT NULL,
  bundle_id TEXT NOT NULL,
  zip BLOB NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (peer_id, bundle_seq, bundle_id)
);
-- A second, different bundle for a sequence already applied (a fork): kept for a person, the stream frozen.
CREATE TABLE sync_quarantine (
  id INTEGER PRIMARY KEY,
  peer_id TEXT NOT NULL,
  bundle_seq INTEGER NOT NULL,
  bundle_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  zip BLOB NOT NULL,
  received_at TEXT NOT NULL
);
-- (hub) Signed acks still to travel down to their device in a hub bundle (the USB path).
CREATE TABLE sync_acks_pending (
  peer_id TEXT NOT NULL,
  bundle_seq INTEGER NOT NULL,
  envelope TEXT NOT NULL,
  delivered_in INTEGER,
  PRIMARY KEY (peer_id, bundle_seq)
);
-- (hub) Nonces of signed GET requests, so a captured request cannot be replayed.
CREATE TABLE request_nonces (
  nonce TEXT PRIMARY KEY,
  peer_id TEXT NOT NULL,
  seen_at INTEGER NOT NULL
);
)SQL";

// Version 4: indexes for a county of 120,000 households (docs/benchmarks.md). cases_list_order is the case list's
// order (with household_id, so a walk in that order tests a name without reading the case), so a page, the overdue
// page and a common name's page are read in order instead of sorting every case. The others answer the open-case
// test per household, the name test per household and the due-work list from indexes alone.
constexpr const char *kV4 = R"SQL(
CREATE INDEX cases_list_order ON cases(next_due IS NULL, next_due, submitted_on DESC, id, household_id);
CREATE INDEX cases_household_state ON cases(household_id, kind, state);
DROP INDEX cases_household;
CREATE INDEX members_household_name ON members(household_id, name_norm, relation, name);
CREATE INDEX households_review_due_cover ON households(next_review_due, enrolment, id) WHERE next_review_due IS NOT NULL;
DROP INDEX households_review_due;
)SQL";

} // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> migrations{{1, kV1}, {2, kV2},
        {3, schemaV3Sql()}, {4, kV4}, {5, schemaV5Sql()}, {6, schemaV6Sql()}, {7, schemaV7Sql()}, {8, schemaV8Sql()},
        {9, schemaV9Sql()}, {10, schemaV10Sql()}, {11, schemaV11Sql()}, {12, schemaV12Sql()}, {13, schemaV13Sql()},
        {14, schemaV14Sql()}, {15, schemaV15Sql()}, {16, schemaV16Sql()}, {17, schemaV17Sql()}};
    return migrations;
}

int currentSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace dibao
