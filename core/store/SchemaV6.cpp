#include "store/SchemaParts.h"

namespace dibao {

// Schema version 6: letters, visits, complaints and the near-relative register.
// Every table is a synced record type written only through RecordWriter; merge rules in core/sync/MergePolicy.cpp.
// division_code is each record's audience: a township's 9-digit code, or the county's 6-digit code, which no township
// device matches (the record stays at the county).
const char *schemaV6Sql()
{
    return R"SQL(
-- 信访 / 举报投诉 / 咨询: one letter, visit, complaint, report, enquiry or suggestion. Every one is answered. Who sent
-- it lives in petition_reporters (county roles only). Clocks in calendar days (信访工作条例 Arts 23, 34).
CREATE TABLE petitions (
  id TEXT PRIMARY KEY,
  division_code TEXT NOT NULL,        -- audience: the township concerned, or the county (it names a township or staff)
  kind TEXT NOT NULL,                 -- petition | complaint | report | enquiry | suggestion
  channel TEXT NOT NULL,              -- hotline | letter | visit | online
  real_name INTEGER NOT NULL,         -- 0: anonymous
  subject_kind TEXT NOT NULL,         -- household | case | staff | office | none
  household_id TEXT REFERENCES households(id),
  case_id TEXT REFERENCES cases(id),
  subject_division TEXT,              -- the township (or its office) concerned or named
  staff_name TEXT,                    -- the staff member named (subject staff)
  summary TEXT NOT NULL,
  received_on TEXT NOT NULL,
  received_by TEXT NOT NULL,          -- the first receiver (user id): 首问负责
  received_by_name TEXT NOT NULL,
  owner_id TEXT NOT NULL,             -- the owner now: the first receiver until a recorded hand-over
  owner_name TEXT NOT NULL,
  owner_office TEXT NOT NULL,         -- the owner's office (division code)
  ack_due TEXT NOT NULL,              -- received_on + 15 calendar days
  acknowledged_on TEXT,
  conclude_due TEXT NOT NULL,         -- received_on + 60, + 30 once with reasons
  extended_on TEXT,
  extension_reason TEXT,
  route TEXT NOT NULL DEFAULT 'normal', -- normal | administrative_review (a complaint about a refusal)
  concluded_on TEXT,
  concluded_by TEXT,
  decided_office TEXT,                -- the office that concluded it: never the one that re-examines it
  outcome TEXT,                       -- upheld | partly_upheld | not_upheld | answered | administrative_review
  findings TEXT,
  verified INTEGER NOT NULL DEFAULT 0,
  case_complaint_id TEXT,             -- the case_complaints record fed to the confirmation rule
  check_case_id TEXT REFERENCES cases(id), -- the check (a periodic review) opened on an enrolled household
  feedback_on TEXT,                   -- told to a real-name reporter
  feedback_note TEXT,
  reward_fen INTEGER,
  reward_on TEXT,
  reward_note TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX petitions_open ON petitions(conclude_due) WHERE concluded_on IS NULL;
CREATE INDEX petitions_household ON petitions(household_id) WHERE household_id IS NOT NULL;
CREATE INDEX petitions_case ON petitions(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX petitions_owner ON petitions(owner_id);

-- What happened to a petition, in order: registered, acknowledged, handed over, extended, concluded, forwarded,
-- feedback, reward, check opened. Append-only; its audience is its petition's.
CREATE TABLE petition_events (
  id TEXT PRIMARY KEY,
  petition_id TEXT NOT NULL REFERENCES petitions(id),
  division_code TEXT NOT NULL,
  action TEXT NOT NULL,
  on_date TEXT NOT NULL,
  by_user TEXT NOT NULL,
  by_name TEXT NOT NULL,
  to_user TEXT,                       -- a hand-over: the new owner
  to_name TEXT,
  note TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX petition_events_petition ON petition_events(petition_id);

-- 复查 / 复核: requested within 30 days and answered within 30 days by the next-higher body (Arts 35-36), never by the
-- office that decided. The forwarding and the outcome as received.
CREATE TABLE petition_forwards (
  id TEXT PRIMARY KEY,
  petition_id TEXT NOT NULL REFERENCES petitions(id),
  division_code TEXT NOT NULL,
  stage TEXT NOT NULL,                -- reexamination | review
  requested_on TEXT NOT NULL,
  forwarded_on TEXT NOT NULL,
  from_office TEXT NOT NULL,          -- the office whose decision is re-examined
  to_office TEXT NOT NULL,            -- the next-higher body (division code)
  to_body TEXT NOT NULL,              -- its name
  answer_due TEXT NOT NULL,           -- forwarded_on + 30
  outcome TEXT,                       -- upheld | changed | revoked
  outcome_on TEXT,
  outcome_note TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE UNIQUE INDEX petition_forwards_stage ON petition_forwards(petition_id, stage);

-- The reporter's identity, confidential (信访工作条例 Art 30): county roles only; its audience is the county.
CREATE TABLE petition_reporters (
  id TEXT PRIMARY KEY,
  petition_id TEXT NOT NULL REFERENCES petitions(id),
  division_code TEXT NOT NULL,        -- the county's 6-digit code
  name TEXT,
  phone TEXT,
  address TEXT,
  id_number TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE UNIQUE INDEX petition_reporters_petition ON petition_reporters(petition_id);

-- 近亲属备案: staff and village cadres, and each near relative (220号 Art 14), by ID number. Kept by the county; an
-- application with a member on it (staff or relative) needs the authority's own home visit before confirmation.
CREATE TABLE near_relatives (
  id TEXT PRIMARY KEY,
  division_code TEXT NOT NULL,        -- the county's 6-digit code (county only)
  staff_name TEXT NOT NULL,
  staff_id_number TEXT NOT NULL,
  staff_role TEXT NOT NULL,           -- township_staff | village_cadre | county_staff
  staff_unit TEXT,                    -- township code or village
  relative_name TEXT NOT NULL,
  relative_id_number TEXT NOT NULL,
  relation TEXT NOT NULL,             -- spouse | parent | child | sibling | grandparent | maternal_grandparent
                                      -- | grandchild | maternal_grandchild
  ended_on TEXT,                      -- no longer in post (the entry stays as history)
  note TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX near_relatives_relative ON near_relatives(relative_id_number) WHERE ended_on IS NULL;
CREATE INDEX near_relatives_staff ON near_relatives(staff_id_number) WHERE ended_on IS NULL;
)SQL";
}

} // namespace dibao
