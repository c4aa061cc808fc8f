#include "store/SchemaV3.h"

namespace dibao {

namespace {

// Every table here is a synced record type written only through RecordWriter (audited, in the outbox), with the
// common columns. Merge rules: core/sync/MergePolicy.cpp. Amounts are integer fen, months "YYYY-MM", dates ISO.
constexpr const char *kV3 = R"SQL(
-- 民主评议: recorded once, after the meeting, with its conclusions (append-only). A correction is a new meeting
-- naming the one it corrects.
CREATE TABLE appraisal_meetings (
  id TEXT PRIMARY KEY,
  division_code TEXT NOT NULL,        -- the township
  village_name TEXT,
  meeting_date TEXT NOT NULL,
  place TEXT NOT NULL,
  chair TEXT NOT NULL,
  recorder TEXT NOT NULL,
  township_staff TEXT NOT NULL,       -- JSON array of {name, user_id}: they attend and draw the conclusions
  participants TEXT NOT NULL,         -- JSON array of {name, category, present}
  present_count INTEGER NOT NULL,
  representatives_present INTEGER NOT NULL,
  minutes TEXT NOT NULL,
  attachments TEXT,                   -- JSON array of attachment SHA-256 (att/<sha256>): photos of the signed sheet
  corrects_meeting_id TEXT REFERENCES appraisal_meetings(id),
  correction_reason TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX appraisal_meetings_division ON appraisal_meetings(division_code, meeting_date);
CREATE INDEX appraisal_meetings_corrects ON appraisal_meetings(corrects_meeting_id)
  WHERE corrects_meeting_id IS NOT NULL;

-- One case on a meeting's agenda: the opinions heard on whether the investigation is true and complete, and the
-- conclusion the township staff drew. An opinion on the facts, never a vote on eligibility.
CREATE TABLE appraisal_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES appraisal_meetings(id),
  case_id TEXT NOT NULL REFERENCES cases(id),
  opinions TEXT NOT NULL,             -- JSON array of {speaker, category, view, note}
  conclusion TEXT NOT NULL,           -- true_complete | incomplete | disputed
  conclusion_note TEXT,
  concluded_by TEXT NOT NULL,         -- the township staff member
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX appraisal_items_meeting ON appraisal_items(meeting_id);
CREATE INDEX appraisal_items_case ON appraisal_items(case_id);

-- 公示: the township's notice (or the county's pre-confirmation notice) as posted. Only what may be published.
CREATE TABLE public_notices (
  id TEXT PRIMARY KEY,
  division_code TEXT NOT NULL,
  village_name TEXT,
  kind TEXT NOT NULL,                 -- township | county
  place TEXT NOT NULL,                -- where it is posted
  posted_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,              -- the day the notice clock falls due
  show_masked_id INTEGER NOT NULL DEFAULT 0,
  extra_results TEXT,                 -- JSON array of further results the county's notice policy allows
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX public_notices_division ON public_notices(division_code, posted_on);

CREATE TABLE public_notice_items (
  id TEXT PRIMARY KEY,
  notice_id TEXT NOT NULL REFERENCES public_notices(id),
  case_id TEXT NOT NULL REFERENCES cases(id),
  applicant_name TEXT NOT NULL,
  household_size INTEGER NOT NULL,
  amount INTEGER,                     -- the proposed monthly amount
  tier TEXT,
  masked_id TEXT,                     -- 530602********123X, only when the policy shows it
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX public_notice_items_notice ON public_notice_items(notice_id);
CREATE INDEX public_notice_items_case ON public_notice_items(case_id);

-- 异议: what was objected and when. Who objected lives in objector_identities (county roles only).
CREATE TABLE objections (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  notice_id TEXT REFERENCES public_notices(id),
  received_on TEXT NOT NULL,
  channel TEXT NOT NULL,              -- in_person | letter | phone | online | other
  content TEXT NOT NULL,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX objections_case ON objections(case_id);

-- The objector's identity, confidential: readable by county roles only; its audience is the county (division_code
-- holds the county's 6-digit code, which no township device matches).
CREATE TABLE objector_identities (
  id TEXT PRIMARY KEY,
  objection_id TEXT NOT NULL REFERENCES objections(id),
  division_code TEXT NOT NULL,
  name TEXT,                          -- NULL: anonymous
  phone TEXT,
  address TEXT,
  note TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE UNIQUE INDEX objector_identities_objection ON objector_identities(objection_id);

-- A complaint about a case received while it awaits confirmation: the authority must visit the household itself
-- before confirming (57号 Art 20). The reporter's identity is not held here.
CREATE TABLE case_complaints (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  received_on TEXT NOT NULL,
  channel TEXT NOT NULL,
  summary TEXT NOT NULL,
  during_confirmation INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX case_complaints_case ON case_complaints(case_id);

-- 发放: an issued roll (a preview is never stored). Issued rolls and their lines never change (triggers below);
-- corrections are adjustments in a later roll.
CREATE TABLE payroll_rolls (
  id TEXT PRIMARY KEY,
  division_code TEXT NOT NULL,        -- the county, or the township where payment is delegated
  month TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  line_count INTEGER NOT NULL,
  held_count INTEGER NOT NULL,
  total_fen INTEGER NOT NULL,         -- sum of the lines' amounts (held lines included)
  bank_total_fen INTEGER NOT NULL,    -- sum sent to the bank (held lines excluded)
  lines_digest TEXT NOT NULL,         -- SHA-256 of the canonical lines
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE UNIQUE INDEX payroll_rolls_month ON payroll_rolls(division_code, month);

CREATE TABLE payroll_lines (
  id TEXT PRIMARY KEY,
  roll_id TEXT NOT NULL REFERENCES payroll_rolls(id),
  month TEXT NOT NULL,
  household_id TEXT NOT NULL REFERENCES households(id),
  division_code TEXT NOT NULL,        -- the township paying this month
  village_name TEXT,
  area TEXT NOT NULL,
  tier TEXT,
  members INTEGER NOT NULL,
  payee_name TEXT NOT NULL,
  payee_id_number TEXT,
  bank_name TEXT,
  bank_account TEXT,
  base_amount INTEGER NOT NULL,       -- the decided monthly amount in force (supplements included)
  adjustment_amount INTEGER NOT NULL DEFAULT 0,
  carried_amount INTEGER NOT NULL DEFAULT 0,
  amount INTEGER NOT NULL,            -- base + adjustments + carried
  held INTEGER NOT NULL DEFAULT 0,    -- 1: not sent to the bank (no account); carried to the next roll
  custody INTEGER NOT NULL DEFAULT 0, -- staff hold the household's card under an agreement
  change_kind TEXT NOT NULL,          -- new | raised | lowered | share_reduced | same | carried_only
  previous_amount INTEGER,
  adjustment_ids TEXT,                -- JSON array of payroll_adjustments ids paid here
  carried_line_ids TEXT,              -- JSON array of earlier payroll_lines ids (failed or held) paid here
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE UNIQUE INDEX payroll_lines_roll_household ON payroll_lines(roll_id, household_id);
CREATE INDEX payroll_lines_household ON payroll_lines(household_id, month);
CREATE INDEX payroll_lines_held ON payroll_lines(held) WHERE held = 1;
CREATE INDEX payroll_lines_adjusted ON payroll_lines(month) WHERE adjustment_ids IS NOT NULL;
CREATE INDEX payroll_lines_carried ON payroll_lines(month) WHERE carried_line_ids IS NOT NULL;

CREATE TRIGGER payroll_rolls_issued_no_update BEFORE UPDATE ON payroll_rolls
BEGIN SELECT RAISE(ABORT, 'payroll_issued: an issued roll cannot change'); END;
CREATE TRIGGER payroll_rolls_issued_no_delete BEFORE DELETE ON payroll_rolls
BEGIN SELECT RAISE(ABORT, 'payroll_issued: an issued roll cannot change'); END;
CREATE TRIGGER payroll_lines_issued_no_update BEFORE UPDATE ON payroll_lines
BEGIN SELECT RAISE(ABORT, 'payroll_issued: an issued roll cannot change'); END;
CREATE TRIGGER payroll_lines_issued_no_delete BEFORE DELETE ON payroll_lines
BEGIN SELECT RAISE(ABORT, 'payroll_issued: an issued roll cannot change'); END;

-- 银行回盘: the bank's result for one line. A failed payment is carried to the next roll.
CREATE TABLE bank_returns (
  id TEXT PRIMARY KEY,
  line_id TEXT NOT NULL REFERENCES payroll_lines(id),
  roll_id TEXT NOT NULL REFERENCES payroll_rolls(id),
  division_code TEXT NOT NULL,        -- the line's township (audience)
  result TEXT NOT NULL,               -- paid | failed
  reason TEXT,
  returned_on TEXT NOT NULL,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE UNIQUE INDEX bank_returns_line ON bank_returns(line_id);
CREATE INDEX bank_returns_failed ON bank_returns(result) WHERE result = 'failed';

-- A correction to an issued roll, paid (or recovered) in the first roll issued for for_month or later.
CREATE TABLE payroll_adjustments (
  id TEXT PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id),
  for_month TEXT NOT NULL,
  amount INTEGER NOT NULL,            -- fen, positive to pay more, negative to pay less
  reason TEXT NOT NULL,
  corrects_roll_id TEXT REFERENCES payroll_rolls(id),
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX payroll_adjustments_month ON payroll_adjustments(for_month);

-- Staff holding a household's card under a written agreement (57号 Art 26).
CREATE TABLE card_custody (
  id TEXT PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id),
  custodian_name TEXT NOT NULL,
  custodian_role TEXT,
  agreement_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  ended_on TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX card_custody_household ON card_custody(household_id);

-- 追缴: amounts obtained by fraud, fines (Measures Art 68), the repayment schedule and receipts. Never payroll.
CREATE TABLE recovery_cases (
  id TEXT PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id),
  decided_on TEXT NOT NULL,
  basis TEXT NOT NULL,                -- the finding and the decision document
  from_month TEXT,
  to_month TEXT,
  amount_due INTEGER NOT NULL,        -- obtained by fraud
  fine INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX recovery_cases_household ON recovery_cases(household_id);

CREATE TABLE recovery_entries (
  id TEXT PRIMARY KEY,
  recovery_id TEXT NOT NULL REFERENCES recovery_cases(id),
  household_id TEXT NOT NULL REFERENCES households(id),
  kind TEXT NOT NULL,                 -- instalment (scheduled) | repayment | fine_payment
  on_date TEXT NOT NULL,              -- due date of an instalment, date received of a payment
  amount INTEGER NOT NULL,
  receipt_number TEXT,
  note TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX recovery_entries_recovery ON recovery_entries(recovery_id);

-- A household moving township (or relocated, 易地搬迁): the same household and case history, paid by the new
-- township from first_month: no gap, no duplicate month.
CREATE TABLE household_transfers (
  id TEXT PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id),
  from_division TEXT NOT NULL,
  to_division TEXT NOT NULL,
  from_village TEXT,
  to_village TEXT,
  first_month TEXT NOT NULL,
  reason TEXT NOT NULL,               -- move | relocation
  decided_on TEXT NOT NULL,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX household_transfers_household ON household_transfers(household_id, first_month);

-- A change in an enrolled household: reported by the household or discovered. Reported more than 3 months after
-- it happened, it is flagged (2022 notice 五(五)). A report opens a periodic review.
CREATE TABLE change_reports (
  id TEXT PRIMARY KEY,
  household_id TEXT NOT NULL REFERENCES households(id),
  member_id TEXT REFERENCES members(id),
  kind TEXT NOT NULL,                 -- income | members | residence | assets | work | death | other
  changed_on TEXT NOT NULL,
  reported_on TEXT NOT NULL,
  source TEXT NOT NULL,               -- household | discovered
  details TEXT NOT NULL,
  late INTEGER NOT NULL DEFAULT 0,
  review_case_id TEXT REFERENCES cases(id),
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX change_reports_household ON change_reports(household_id);
CREATE INDEX change_reports_late ON change_reports(reported_on) WHERE late = 1;

-- The decisions in force by month, for the payroll (one probe per household).
CREATE INDEX cases_decisions ON cases(household_id, effective_month)
  WHERE state IN ('confirmed', 'review_decided');
)SQL";

} // namespace

const char *schemaV3Sql()
{
    return kV3;
}

} // namespace dibao
