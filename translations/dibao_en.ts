<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditTrail</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (China)</source>
        <translation>Time (China)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Entry hash</translation>
    </message>
    <message>
        <source>No case %1.</source>
        <translation>No case %1.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>The date range ends before it starts.</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>matches</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>ALTERED</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>A JSON document is larger than allowed.</source>
        <translation>A JSON document is larger than allowed.</translation>
    </message>
    <message>
        <source>A JSON document is not valid UTF-8.</source>
        <translation>A JSON document is not valid UTF-8.</translation>
    </message>
    <message>
        <source>A JSON string holds an unpaired surrogate escape.</source>
        <translation>A JSON string holds an unpaired surrogate escape.</translation>
    </message>
    <message>
        <source>A JSON document is nested too deeply.</source>
        <translation>A JSON document is nested too deeply.</translation>
    </message>
    <message>
        <source>A JSON document is malformed.</source>
        <translation>A JSON document is malformed.</translation>
    </message>
    <message>
        <source>A JSON object repeats a key.</source>
        <translation>A JSON object repeats a key.</translation>
    </message>
    <message>
        <source>A JSON object key is not printable ASCII.</source>
        <translation>A JSON object key is not printable ASCII.</translation>
    </message>
    <message>
        <source>A JSON number has a fraction or exponent; only integers are allowed.</source>
        <translation>A JSON number has a fraction or exponent; only integers are allowed.</translation>
    </message>
    <message>
        <source>A JSON integer is outside ±(2^53−1).</source>
        <translation>A JSON integer is outside ±(2^53−1).</translation>
    </message>
    <message>
        <source>A JSON document is not an object.</source>
        <translation>A JSON document is not an object.</translation>
    </message>
    <message>
        <source>A JSON document is not in canonical form.</source>
        <translation>A JSON document is not in canonical form.</translation>
    </message>
    <message>
        <source>An NDJSON file does not end with a newline.</source>
        <translation>An NDJSON file does not end with a newline.</translation>
    </message>
    <message>
        <source>An NDJSON line is longer than allowed.</source>
        <translation>An NDJSON line is longer than allowed.</translation>
    </message>
    <message>
        <source>An NDJSON file holds an empty line.</source>
        <translation>An NDJSON file holds an empty line.</translation>
    </message>
    <message>
        <source>An NDJSON file holds too many lines.</source>
        <translation>An NDJSON file holds too many lines.</translation>
    </message>
</context>
<context>
    <name>FundReports</name>
    <message>
        <source>The month is not valid.</source>
        <translation>The month is not valid.</translation>
    </message>
</context>
<context>
    <name>InspectionReports</name>
    <message>
        <source>No household visit</source>
        <translation>No household visit</translation>
    </message>
    <message>
        <source>No visit by the confirming authority</source>
        <translation>No visit by the confirming authority</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Near relative of staff</source>
        <translation>Near relative of staff</translation>
    </message>
    <message>
        <source>Complaint during confirmation</source>
        <translation>Complaint during confirmation</translation>
    </message>
    <message>
        <source>%1 is not a township code.</source>
        <translation>%1 is not a township code.</translation>
    </message>
    <message>
        <source>%1 is outside this database&apos;s jurisdiction.</source>
        <translation>%1 is outside this database&apos;s jurisdiction.</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>The period is not valid.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Urban</source>
        <translation>Urban</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>Rural</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>No tier</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>The month is not valid.</source>
        <translation>The month is not valid.</translation>
    </message>
    <message>
        <source>(no village)</source>
        <translation>(no village)</translation>
    </message>
    <message>
        <source>The months are not valid.</source>
        <translation>The months are not valid.</translation>
    </message>
    <message>
        <source>At most ten years of months can be compared at once.</source>
        <translation>At most ten years of months can be compared at once.</translation>
    </message>
</context>
<context>
    <name>dibao::AckSigner</name>
    <message>
        <source>An acknowledgement is invalid: %1</source>
        <translation>An acknowledgement is invalid: %1</translation>
    </message>
    <message>
        <source>A signed acknowledgement is malformed.</source>
        <translation>A signed acknowledgement is malformed.</translation>
    </message>
    <message>
        <source>An acknowledgement is signed by an unknown key.</source>
        <translation>An acknowledgement is signed by an unknown key.</translation>
    </message>
    <message>
        <source>An acknowledgement&apos;s signature does not match.</source>
        <translation>An acknowledgement&apos;s signature does not match.</translation>
    </message>
</context>
<context>
    <name>dibao::ActionDialog</name>
    <message>
        <source>yuan, e.g. 420.00</source>
        <translation>yuan, e.g. 420.00</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1: enter yuan with at most two decimals, e.g. 420.00.</source>
        <translation>%1: enter yuan with at most two decimals, e.g. 420.00.</translation>
    </message>
</context>
<context>
    <name>dibao::AppraisalMeetingStore</name>
    <message>
        <source>%1 of the %2 participants invited were present; at least %3/%4 must attend.</source>
        <translation>%1 of the %2 participants invited were present; at least %3/%4 must attend.</translation>
    </message>
    <message>
        <source>A correction says what it corrects and why.</source>
        <translation>A correction says what it corrects and why.</translation>
    </message>
    <message>
        <source>A correction stays in the township of the meeting.</source>
        <translation>A correction stays in the township of the meeting.</translation>
    </message>
    <message>
        <source>A meeting is recorded after it was held: %1 is in the future.</source>
        <translation>A meeting is recorded after it was held: %1 is in the future.</translation>
    </message>
    <message>
        <source>An opinion is about the facts: is the investigation true and complete (true_complete), incomplete or disputed — never &quot;%1&quot;. A meeting does not vote on eligibility.</source>
        <translation>An opinion is about the facts: is the investigation true and complete (true_complete), incomplete or disputed — never &quot;%1&quot;. A meeting does not vote on eligibility.</translation>
    </message>
    <message>
        <source>Case %1 (%2) is not waiting for an appraisal meeting: it is &quot;%3&quot;.</source>
        <translation>Case %1 (%2) is not waiting for an appraisal meeting: it is &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Case %1 belongs to township %2, not to the meeting&apos;s %3.</source>
        <translation>Case %1 belongs to township %2, not to the meeting&apos;s %3.</translation>
    </message>
    <message>
        <source>Case %1 is on the agenda twice.</source>
        <translation>Case %1 is on the agenda twice.</translation>
    </message>
    <message>
        <source>Case %1 was not on the meeting corrected and is not waiting for an appraisal.</source>
        <translation>Case %1 was not on the meeting corrected and is not waiting for an appraisal.</translation>
    </message>
    <message>
        <source>Every participant is named.</source>
        <translation>Every participant is named.</translation>
    </message>
    <message>
        <source>Meeting %1 is outside this database&apos;s area.</source>
        <translation>Meeting %1 is outside this database&apos;s area.</translation>
    </message>
    <message>
        <source>Meeting %1 was already corrected by %2: correct the latest record.</source>
        <translation>Meeting %1 was already corrected by %2: correct the latest record.</translation>
    </message>
    <message>
        <source>No appraisal meeting %1.</source>
        <translation>No appraisal meeting %1.</translation>
    </message>
    <message>
        <source>No township staff member is recorded as present: township staff must attend the meeting and draw its conclusions (at least %1).</source>
        <translation>No township staff member is recorded as present: township staff must attend the meeting and draw its conclusions (at least %1).</translation>
    </message>
    <message>
        <source>Only %1 participants were present; the meeting needs at least %2.</source>
        <translation>Only %1 participants were present; the meeting needs at least %2.</translation>
    </message>
    <message>
        <source>Participant %1 has the unknown category &quot;%2&quot;; use one of: %3.</source>
        <translation>Participant %1 has the unknown category &quot;%2&quot;; use one of: %3.</translation>
    </message>
    <message>
        <source>The conclusion on case %1 is drawn by one of the township staff present, not &quot;%2&quot;.</source>
        <translation>The conclusion on case %1 is drawn by one of the township staff present, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The conclusion on case %1 must be true_complete, incomplete or disputed.</source>
        <translation>The conclusion on case %1 must be true_complete, incomplete or disputed.</translation>
    </message>
    <message>
        <source>The correction changes the conclusion on case %1, which has already moved on; take the case back through the workflow instead.</source>
        <translation>The correction changes the conclusion on case %1, which has already moved on; take the case back through the workflow instead.</translation>
    </message>
    <message>
        <source>The meeting has no case on its agenda.</source>
        <translation>The meeting has no case on its agenda.</translation>
    </message>
    <message>
        <source>The meeting needs its chair.</source>
        <translation>The meeting needs its chair.</translation>
    </message>
    <message>
        <source>The meeting needs its date.</source>
        <translation>The meeting needs its date.</translation>
    </message>
    <message>
        <source>The meeting needs its minutes.</source>
        <translation>The meeting needs its minutes.</translation>
    </message>
    <message>
        <source>The meeting needs its place.</source>
        <translation>The meeting needs its place.</translation>
    </message>
    <message>
        <source>The meeting needs its recorder.</source>
        <translation>The meeting needs its recorder.</translation>
    </message>
    <message>
        <source>Township %1 is outside this database&apos;s area.</source>
        <translation>Township %1 is outside this database&apos;s area.</translation>
    </message>
    <message>
        <source>Village representatives are %1 of the %2 participants present; they must be at least %3/%4 of them.</source>
        <translation>Village representatives are %1 of the %2 participants present; they must be at least %3/%4 of them.</translation>
    </message>
</context>
<context>
    <name>dibao::AttachmentPanel</name>
    <message>
        <source>Photos of the signed form and scans (drag files here):</source>
        <translation>Photos of the signed form and scans (drag files here):</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <source>%1 — attached when the visit is recorded</source>
        <translation>%1 — attached when the visit is recorded</translation>
    </message>
    <message>
        <source>%1, %2 KB, attached by %3 at %4 (UTC)
SHA-256 %5</source>
        <translation>%1, %2 KB, attached by %3 at %4 (UTC)
SHA-256 %5</translation>
    </message>
    <message>
        <source>%1 cannot be read; it is not attached.</source>
        <translation>%1 cannot be read; it is not attached.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an attachment may be at most %3 MB. It is not attached.</source>
        <translation>%1 is %2 MB; an attachment may be at most %3 MB. It is not attached.</translation>
    </message>
    <message>
        <source>%1 is empty; it is not attached.</source>
        <translation>%1 is empty; it is not attached.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)</source>
        <translation>Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>dibao::AttachmentStore</name>
    <message>
        <source>%1 cannot be attached: there is no such file.</source>
        <translation>%1 cannot be attached: there is no such file.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an attachment may be at most %3 MB. Scan or photograph it at a lower resolution, or split it into several files.</source>
        <translation>%1 is %2 MB; an attachment may be at most %3 MB. Scan or photograph it at a lower resolution, or split it into several files.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to attach.</source>
        <translation>%1 is empty: there is nothing to attach.</translation>
    </message>
    <message>
        <source>Cannot create the attachments folder %1.</source>
        <translation>Cannot create the attachments folder %1.</translation>
    </message>
    <message>
        <source>Cannot store the attachment in %1: %2</source>
        <translation>Cannot store the attachment in %1: %2</translation>
    </message>
    <message>
        <source>Files are attached to a visit or a case, not to &quot;%1&quot;.</source>
        <translation>Files are attached to a visit or a case, not to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No attachment %1.</source>
        <translation>No attachment %1.</translation>
    </message>
    <message>
        <source>No visit %1 to attach the file to.</source>
        <translation>No visit %1 to attach the file to.</translation>
    </message>
    <message>
        <source>The file of attachment %1 (%2) has been changed since it was attached: its content no longer matches the recorded SHA-256. Restore it from a backup.</source>
        <translation>The file of attachment %1 (%2) has been changed since it was attached: its content no longer matches the recorded SHA-256. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The file of attachment %1 (%2) is missing from %3; restore it from a backup.</source>
        <translation>The file of attachment %1 (%2) is missing from %3; restore it from a backup.</translation>
    </message>
    <message>
        <source>An attachment&apos;s content does not match its hash %1.</source>
        <translation>An attachment&apos;s content does not match its hash %1.</translation>
    </message>
</context>
<context>
    <name>dibao::AuditAnchors</name>
    <message>
        <source>Audit entry %1 no longer has the hash the hub acknowledged with bundle %2 on %3: the trail was rewritten.</source>
        <translation>Audit entry %1 no longer has the hash the hub acknowledged with bundle %2 on %3: the trail was rewritten.</translation>
    </message>
    <message>
        <source>The hub&apos;s acknowledgement of bundle %1 does not verify or does not match its manifest.</source>
        <translation>The hub&apos;s acknowledgement of bundle %1 does not verify or does not match its manifest.</translation>
    </message>
</context>
<context>
    <name>dibao::AuditLog</name>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation>Audit entries %1 to %2 are missing.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it (removed, inserted or reordered).</source>
        <translation>Audit entry %1 does not follow the entry before it (removed, inserted or reordered).</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: its content no longer matches its hash.</source>
        <translation>Audit entry %1 was altered: its content no longer matches its hash.</translation>
    </message>
    <message>
        <source>Record %1 in %2 no longer matches its last audited state.</source>
        <translation>Record %1 in %2 no longer matches its last audited state.</translation>
    </message>
    <message>
        <source>Record %1 in %2 was written outside the audit trail.</source>
        <translation>Record %1 in %2 was written outside the audit trail.</translation>
    </message>
    <message>
        <source>The audit check was cancelled.</source>
        <translation>The audit check was cancelled.</translation>
    </message>
    <message>
        <source>Payroll line %1 no longer matches roll part %2, which was audited when the roll was issued.</source>
        <translation>Payroll line %1 no longer matches roll part %2, which was audited when the roll was issued.</translation>
    </message>
    <message>
        <source>Payroll line %1 of roll part %2 is missing.</source>
        <translation>Payroll line %1 of roll part %2 is missing.</translation>
    </message>
</context>
<context>
    <name>dibao::AuditModel</name>
    <message>
        <source>matches</source>
        <translation>matches</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>altered</translation>
    </message>
    <message>
        <source>This entry&apos;s content no longer matches its hash: it was changed outside the product.</source>
        <translation>This entry&apos;s content no longer matches its hash: it was changed outside the product.</translation>
    </message>
</context>
<context>
    <name>dibao::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Case id (empty: the whole trail)</source>
        <translation>Case id (empty: the whole trail)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Any record type</source>
        <translation>Any record type</translation>
    </message>
    <message>
        <source>Action (insert, update, read, confirm ...)</source>
        <translation>Action (insert, update, read, confirm ...)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Check the chain</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entries</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1, %2, %3 on device %4: %5 %6 %7</source>
        <translation>Entry %1, %2, %3 on device %4: %5 %6 %7</translation>
    </message>
    <message>
        <source>This entry&apos;s content no longer matches its hash: it was changed outside the product.</source>
        <translation>This entry&apos;s content no longer matches its hash: it was changed outside the product.</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>After:</translation>
    </message>
    <message>
        <source>Checking the audit chain...</source>
        <translation>Checking the audit chain...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries, %2 records match their last audited state.</source>
        <translation>Audit trail intact: %1 entries, %2 records match their last audited state.</translation>
    </message>
    <message>
        <source>The audit trail is NOT intact:</source>
        <translation>The audit trail is NOT intact:</translation>
    </message>
    <message>
        <source>... and %1 more problems.</source>
        <translation>... and %1 more problems.</translation>
    </message>
    <message>
        <source>Choose a file ending in .xlsx or .csv.</source>
        <translation>Choose a file ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Wrote %1 entries to %2</source>
        <translation>Wrote %1 entries to %2</translation>
    </message>
    <message>
        <source>Export the audit entries</source>
        <translation>Export the audit entries</translation>
    </message>
    <message>
        <source>audit.xlsx</source>
        <translation>audit.xlsx</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>dibao::AuditTrail</name>
    <message>
        <source>ALTERED</source>
        <translation>ALTERED</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Entry hash</translation>
    </message>
    <message>
        <source>No case %1.</source>
        <translation>No case %1.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>The date range ends before it starts.</translation>
    </message>
    <message>
        <source>Time (China)</source>
        <translation>Time (China)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>matches</translation>
    </message>
</context>
<context>
    <name>dibao::Backup</name>
    <message>
        <source>%1 already exists; a restore never overwrites a database.</source>
        <translation>%1 already exists; a restore never overwrites a database.</translation>
    </message>
    <message>
        <source>%1 cannot open this backup: ask a user who synced on that device.</source>
        <translation>%1 cannot open this backup: ask a user who synced on that device.</translation>
    </message>
    <message>
        <source>%1 is not a dibao backup.</source>
        <translation>%1 is not a dibao backup.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The backup holds an unexpected entry.</source>
        <translation>The backup holds an unexpected entry.</translation>
    </message>
    <message>
        <source>The backup is damaged or truncated.</source>
        <translation>The backup is damaged or truncated.</translation>
    </message>
    <message>
        <source>The backup&apos;s key is damaged.</source>
        <translation>The backup&apos;s key is damaged.</translation>
    </message>
    <message>
        <source>The online backup of the database failed (%1).</source>
        <translation>The online backup of the database failed (%1).</translation>
    </message>
    <message>
        <source>This backup is sealed to another hub key.</source>
        <translation>This backup is sealed to another hub key.</translation>
    </message>
    <message>
        <source>This backup was made by a newer dibao.</source>
        <translation>This backup was made by a newer dibao.</translation>
    </message>
</context>
<context>
    <name>dibao::BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Backup folder (e.g. a USB drive)</source>
        <translation>Backup folder (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>Only when I choose Back up now</source>
        <translation>Only when I choose Back up now</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Schedule:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <source>Backups are encrypted: any user of this device opens one with their password. Restoring is done with dibao-cli restore (docs/client.md).</source>
        <translation>Backups are encrypted: any user of this device opens one with their password. Restoring is done with dibao-cli restore (docs/client.md).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Choose an existing folder for scheduled backups.</source>
        <translation>Choose an existing folder for scheduled backups.</translation>
    </message>
</context>
<context>
    <name>dibao::BankFileWriter</name>
    <message>
        <source>Payment %1: the account number must be 6 to 32 digits.</source>
        <translation>Payment %1: the account number must be 6 to 32 digits.</translation>
    </message>
    <message>
        <source>Payment %1: the account holder&apos;s name is empty or holds characters a bank file cannot carry.</source>
        <translation>Payment %1: the account holder&apos;s name is empty or holds characters a bank file cannot carry.</translation>
    </message>
    <message>
        <source>Payment %1: the amount must be more than zero.</source>
        <translation>Payment %1: the amount must be more than zero.</translation>
    </message>
    <message>
        <source>Payment %1: the ID number must be 18 characters.</source>
        <translation>Payment %1: the ID number must be 18 characters.</translation>
    </message>
    <message>
        <source>Payment %1: the memo holds characters a bank file cannot carry, or is longer than 60 characters.</source>
        <translation>Payment %1: the memo holds characters a bank file cannot carry, or is longer than 60 characters.</translation>
    </message>
    <message>
        <source>Payment %1: the total overflows.</source>
        <translation>Payment %1: the total overflows.</translation>
    </message>
</context>
<context>
    <name>dibao::BundleManifest</name>
    <message>
        <source>The bundle manifest is invalid: %1</source>
        <translation>The bundle manifest is invalid: %1</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of dibao; upgrade this program to read it.</source>
        <translation>This bundle was made by a newer version of dibao; upgrade this program to read it.</translation>
    </message>
    <message>
        <source>The bundle manifest lists an entry name this format does not allow.</source>
        <translation>The bundle manifest lists an entry name this format does not allow.</translation>
    </message>
    <message>
        <source>The bundle manifest does not list changes.ndjson.enc.</source>
        <translation>The bundle manifest does not list changes.ndjson.enc.</translation>
    </message>
</context>
<context>
    <name>dibao::BundleWriter</name>
    <message>
        <source>A key for the bundle is malformed.</source>
        <translation>A key for the bundle is malformed.</translation>
    </message>
</context>
<context>
    <name>dibao::CanonicalJson</name>
    <message>
        <source>A JSON document is larger than allowed.</source>
        <translation>A JSON document is larger than allowed.</translation>
    </message>
    <message>
        <source>A JSON document is malformed.</source>
        <translation>A JSON document is malformed.</translation>
    </message>
    <message>
        <source>A JSON document is nested too deeply.</source>
        <translation>A JSON document is nested too deeply.</translation>
    </message>
    <message>
        <source>A JSON document is not an object.</source>
        <translation>A JSON document is not an object.</translation>
    </message>
    <message>
        <source>A JSON document is not in canonical form.</source>
        <translation>A JSON document is not in canonical form.</translation>
    </message>
    <message>
        <source>A JSON document is not valid UTF-8.</source>
        <translation>A JSON document is not valid UTF-8.</translation>
    </message>
    <message>
        <source>A JSON integer is outside ±(2^53−1).</source>
        <translation>A JSON integer is outside ±(2^53−1).</translation>
    </message>
    <message>
        <source>A JSON number has a fraction or exponent; only integers are allowed.</source>
        <translation>A JSON number has a fraction or exponent; only integers are allowed.</translation>
    </message>
    <message>
        <source>A JSON object key is not printable ASCII.</source>
        <translation>A JSON object key is not printable ASCII.</translation>
    </message>
    <message>
        <source>A JSON object repeats a key.</source>
        <translation>A JSON object repeats a key.</translation>
    </message>
    <message>
        <source>A JSON string holds an unpaired surrogate escape.</source>
        <translation>A JSON string holds an unpaired surrogate escape.</translation>
    </message>
    <message>
        <source>An NDJSON file does not end with a newline.</source>
        <translation>An NDJSON file does not end with a newline.</translation>
    </message>
    <message>
        <source>An NDJSON file holds an empty line.</source>
        <translation>An NDJSON file holds an empty line.</translation>
    </message>
    <message>
        <source>An NDJSON file holds too many lines.</source>
        <translation>An NDJSON file holds too many lines.</translation>
    </message>
    <message>
        <source>An NDJSON line is longer than allowed.</source>
        <translation>An NDJSON line is longer than allowed.</translation>
    </message>
</context>
<context>
    <name>dibao::CardCustody</name>
    <message>
        <source>A card-custody agreement names who holds the card, from when and why.</source>
        <translation>A card-custody agreement names who holds the card, from when and why.</translation>
    </message>
    <message>
        <source>An agreement ends on a date after it began.</source>
        <translation>An agreement ends on a date after it began.</translation>
    </message>
    <message>
        <source>Card-custody agreements are recorded by the township or a county reviewer.</source>
        <translation>Card-custody agreements are recorded by the township or a county reviewer.</translation>
    </message>
    <message>
        <source>No card-custody agreement %1.</source>
        <translation>No card-custody agreement %1.</translation>
    </message>
    <message>
        <source>No household %1 here.</source>
        <translation>No household %1 here.</translation>
    </message>
    <message>
        <source>The agreement already ended.</source>
        <translation>The agreement already ended.</translation>
    </message>
</context>
<context>
    <name>dibao::CaseListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Submitted on %1</source>
        <translation>Submitted on %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
</context>
<context>
    <name>dibao::CaseListPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name, ID number or address (Ctrl+F)</source>
        <translation>Name, ID number or address (Ctrl+F)</translation>
    </message>
    <message>
        <source>A name from its first character, a full ID number, or 3+ characters of an address</source>
        <translation>A name from its first character, a full ID number, or 3+ characters of an address</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 cases</source>
        <translation>More than %1 cases</translation>
    </message>
</context>
<context>
    <name>dibao::CaseState</name>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Appraisal meeting</source>
        <translation>Appraisal meeting</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>Awaiting documents</translation>
    </message>
    <message>
        <source>Closed as ineligible</source>
        <translation>Closed as ineligible</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>County notice</source>
        <translation>County notice</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Review decided</source>
        <translation>Review decided</translation>
    </message>
    <message>
        <source>Review open</source>
        <translation>Review open</translation>
    </message>
    <message>
        <source>Review reported</source>
        <translation>Review reported</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Told ineligible</source>
        <translation>Told ineligible</translation>
    </message>
    <message>
        <source>Township review</source>
        <translation>Township review</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>dibao::CaseStore</name>
    <message>
        <source>%1 (%2) is already a counted member of open case %3; a person is counted in one open case only. Close or correct that case first.</source>
        <translation>%1 (%2) is already a counted member of open case %3; a person is counted in one open case only. Close or correct that case first.</translation>
    </message>
    <message>
        <source>A household visit needs at least two named investigators.</source>
        <translation>A household visit needs at least two named investigators.</translation>
    </message>
    <message>
        <source>A visit by phone or video is allowed only in a declared major emergency: name it.</source>
        <translation>A visit by phone or video is allowed only in a declared major emergency: name it.</translation>
    </message>
    <message>
        <source>A visit needs its date, not in the future.</source>
        <translation>A visit needs its date, not in the future.</translation>
    </message>
    <message>
        <source>An entrusted application names the entrusted person.</source>
        <translation>An entrusted application names the entrusted person.</translation>
    </message>
    <message>
        <source>Case %1 is outside this database&apos;s area.</source>
        <translation>Case %1 is outside this database&apos;s area.</translation>
    </message>
    <message>
        <source>No case %1.</source>
        <translation>No case %1.</translation>
    </message>
    <message>
        <source>Only an enrolled household has periodic reviews.</source>
        <translation>Only an enrolled household has periodic reviews.</translation>
    </message>
    <message>
        <source>The applicant must be a member of the household (any co-resident member may apply).</source>
        <translation>The applicant must be a member of the household (any co-resident member may apply).</translation>
    </message>
    <message>
        <source>The member applying alone (单人保) must belong to the household.</source>
        <translation>The member applying alone (单人保) must belong to the household.</translation>
    </message>
    <message>
        <source>This household already has open case %1.</source>
        <translation>This household already has open case %1.</translation>
    </message>
    <message>
        <source>Unknown application channel &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown application channel &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>Unknown document &quot;%1&quot; or status &quot;%2&quot;.</source>
        <translation>Unknown document &quot;%1&quot; or status &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown visit kind &quot;%1&quot;.</source>
        <translation>Unknown visit kind &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>dibao::CaseView</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>This case cannot be shown</source>
        <translation>This case cannot be shown</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>Periodic review</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>submitted %1</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>accepted %1</translation>
    </message>
    <message>
        <source>near relative of staff declared</source>
        <translation>near relative of staff declared</translation>
    </message>
    <message>
        <source>45 working days: %1</source>
        <translation>45 working days: %1</translation>
    </message>
    <message>
        <source>decided %1 yuan/month from %2</source>
        <translation>decided %1 yuan/month from %2</translation>
    </message>
    <message>
        <source>proposed %1 yuan/month</source>
        <translation>proposed %1 yuan/month</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>closed: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Record a &amp;visit…</source>
        <translation>Record a &amp;visit…</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>The application form, or the visit record on the Visits tab (Ctrl+P)</source>
        <translation>The application form, or the visit record on the Visits tab (Ctrl+P)</translation>
    </message>
    <message>
        <source>This case is closed; its history stays as evidence.</source>
        <translation>This case is closed; its history stays as evidence.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Work ability</source>
        <translation>Work ability</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source> (%1 grade %2)</source>
        <translation> (%1 grade %2)</translation>
    </message>
    <message>
        <source>, serious illness</source>
        <translation>, serious illness</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Age %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Deductions (yuan)</source>
        <translation>Deductions (yuan)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Work costs %1, taxes %2, social insurance %3, support paid %4</source>
        <translation>Work costs %1, taxes %2, social insurance %3, support paid %4</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>%1 house(s), %2 m²</source>
        <translation>%1 house(s), %2 m²</translation>
    </message>
    <message>
        <source>bought %1</source>
        <translation>bought %1</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Yes: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Investigators</translation>
    </message>
    <message>
        <source>Members seen</source>
        <translation>Members seen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source> (remote: %1)</source>
        <translation> (remote: %1)</translation>
    </message>
    <message>
        <source> (confirming authority)</source>
        <translation> (confirming authority)</translation>
    </message>
    <message>
        <source>Food: %1
Clothing: %2
Housing: %3
Daily necessities: %4
Evidence: %5</source>
        <translation>Food: %1
Clothing: %2
Housing: %3
Daily necessities: %4
Evidence: %5</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Recorded at %1 (UTC)</source>
        <translation>Recorded at %1 (UTC)</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>Actual address</translation>
    </message>
    <message>
        <source>Registered and actual residence differ</source>
        <translation>Registered and actual residence differ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Stable household (reviewed every 12 months)</source>
        <translation>Stable household (reviewed every 12 months)</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>Next periodic review</source>
        <translation>Next periodic review</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <source>The visit is recorded.</source>
        <translation>The visit is recorded.</translation>
    </message>
    <message>
        <source>No visit is recorded.</source>
        <translation>No visit is recorded.</translation>
    </message>
    <message>
        <source>Edit &amp;household…</source>
        <translation>Edit &amp;household…</translation>
    </message>
    <message>
        <source>Correct the household&apos;s address, phone, members, income or assets (recorded in the audit trail). After a decision, open a periodic review first.</source>
        <translation>Correct the household&apos;s address, phone, members, income or assets (recorded in the audit trail). After a decision, open a periodic review first.</translation>
    </message>
</context>
<context>
    <name>dibao::CaseworkCommon</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>All shown</source>
        <translation>All shown</translation>
    </message>
    <message>
        <source>Show %1 more</source>
        <translation>Show %1 more</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>All townships</translation>
    </message>
</context>
<context>
    <name>dibao::CaseworkPrint</name>
    <message>
        <source>True and complete</source>
        <translation>True and complete</translation>
    </message>
    <message>
        <source>Incomplete: back to investigation</source>
        <translation>Incomplete: back to investigation</translation>
    </message>
    <message>
        <source>Disputed: back to investigation</source>
        <translation>Disputed: back to investigation</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Household size</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>No case is waiting.</source>
        <translation>No case is waiting.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Village: %1</source>
        <translation>Village: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>(seal of the confirming authority)</source>
        <translation>(seal of the confirming authority)</translation>
    </message>
    <message>
        <source>Received by (signature):</source>
        <translation>Received by (signature):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>The meeting hears, for each case, whether the household investigation is true and complete. It is an opinion on the facts, not a vote on eligibility; a case found incomplete or disputed goes back to investigation. The township staff present draw the conclusion.</source>
        <translation>The meeting hears, for each case, whether the household investigation is true and complete. It is an opinion on the facts, not a vote on eligibility; a case found incomplete or disputed goes back to investigation. The township staff present draw the conclusion.</translation>
    </message>
    <message>
        <source>Cases on the agenda</source>
        <translation>Cases on the agenda</translation>
    </message>
    <message>
        <source>Appraisal meeting agenda</source>
        <translation>Appraisal meeting agenda</translation>
    </message>
    <message>
        <source>Township staff</source>
        <translation>Township staff</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>Recorder:</translation>
    </message>
    <message>
        <source>Appraisal meeting signature sheet</source>
        <translation>Appraisal meeting signature sheet</translation>
    </message>
    <message>
        <source>This record corrects an earlier record of the meeting. Reason: %1</source>
        <translation>This record corrects an earlier record of the meeting. Reason: %1</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>Township staff present</source>
        <translation>Township staff present</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Present: %1</translation>
    </message>
    <message>
        <source>absent: %1</source>
        <translation>absent: %1</translation>
    </message>
    <message>
        <source>Participants present</source>
        <translation>Participants present</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Cases, opinions and conclusions</source>
        <translation>Cases, opinions and conclusions</translation>
    </message>
    <message>
        <source>Opinions heard</source>
        <translation>Opinions heard</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>drawn by %1</source>
        <translation>drawn by %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person(s)</numerusform>
            <numerusform>%n person(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Township staff:</source>
        <translation>Township staff:</translation>
    </message>
    <message>
        <source>Minutes of the appraisal meeting</source>
        <translation>Minutes of the appraisal meeting</translation>
    </message>
    <message>
        <source>The following households have applied for the minimum living allowance. After household investigation and review, the proposed monthly amounts are published for public supervision.</source>
        <translation>The following households have applied for the minimum living allowance. After household investigation and review, the proposed monthly amounts are published for public supervision.</translation>
    </message>
    <message>
        <source>Notice period:</source>
        <translation>Notice period:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Proposed amount (yuan/month)</source>
        <translation>Proposed amount (yuan/month)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>ID number (masked)</source>
        <translation>ID number (masked)</translation>
    </message>
    <message>
        <source>Anyone who objects to a household on this notice may report it, in person or in writing, to %1 before the notice period ends. Objections are investigated and the objector&apos;s identity is kept confidential.</source>
        <translation>Anyone who objects to a household on this notice may report it, in person or in writing, to %1 before the notice period ends. Objections are investigated and the objector&apos;s identity is kept confidential.</translation>
    </message>
    <message>
        <source>Public notice of approval of the minimum living allowance</source>
        <translation>Public notice of approval of the minimum living allowance</translation>
    </message>
    <message>
        <source>Public notice of the minimum living allowance</source>
        <translation>Public notice of the minimum living allowance</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Your household&apos;s application for the minimum living allowance, accepted on %1, has been confirmed. Your household receives %2 yuan a month from %3.</source>
        <translation>Your household&apos;s application for the minimum living allowance, accepted on %1, has been confirmed. Your household receives %2 yuan a month from %3.</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <source>Certificate number: %1</source>
        <translation>Certificate number: %1</translation>
    </message>
    <message>
        <source>Report any change in your household&apos;s members, income or assets to the township within one month. The household is reviewed periodically; an allowance obtained by false declaration is recovered.</source>
        <translation>Report any change in your household&apos;s members, income or assets to the township within one month. The household is reviewed periodically; an allowance obtained by false declaration is recovered.</translation>
    </message>
    <message>
        <source>Notice of confirmation of the minimum living allowance</source>
        <translation>Notice of confirmation of the minimum living allowance</translation>
    </message>
    <message>
        <source>Your household&apos;s application for the minimum living allowance, accepted on %1, is not confirmed, for the following reasons:</source>
        <translation>Your household&apos;s application for the minimum living allowance, accepted on %1, is not confirmed, for the following reasons:</translation>
    </message>
    <message>
        <source>If you disagree with this decision you may apply for administrative review to the people&apos;s government at the same level or to the authority above within 60 days of receiving this notice, or bring an administrative lawsuit before the people&apos;s court within 6 months.</source>
        <translation>If you disagree with this decision you may apply for administrative review to the people&apos;s government at the same level or to the authority above within 60 days of receiving this notice, or bring an administrative lawsuit before the people&apos;s court within 6 months.</translation>
    </message>
    <message>
        <source>Notice of refusal of the minimum living allowance</source>
        <translation>Notice of refusal of the minimum living allowance</translation>
    </message>
</context>
<context>
    <name>dibao::Change</name>
    <message>
        <source>A change line is invalid: %1</source>
        <translation>A change line is invalid: %1</translation>
    </message>
</context>
<context>
    <name>dibao::ChangeApplier</name>
    <message>
        <source>A policy row conflicts with one here that cannot be found.</source>
        <translation>A policy row conflicts with one here that cannot be found.</translation>
    </message>
    <message>
        <source>The change is stamped %1, in the future of this machine&apos;s clock.</source>
        <translation>The change is stamped %1, in the future of this machine&apos;s clock.</translation>
    </message>
    <message>
        <source>The same ID number is a member of household %1 in another township.</source>
        <translation>The same ID number is a member of household %1 in another township.</translation>
    </message>
</context>
<context>
    <name>dibao::ColumnMapping</name>
    <message>
        <source>%1: unknown key &quot;%2&quot;.</source>
        <translation>%1: unknown key &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing.</source>
        <translation>%1: &quot;%2&quot; is missing.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation>%1: &quot;%2&quot; must be text.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1: &quot;%2&quot; must be true or false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a source: use 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&quot;%1&quot; cannot name a source: use 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Unknown encoding.</source>
        <translation>Unknown encoding.</translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a tab or a semicolon.</source>
        <translation>The delimiter must be a comma, a tab or a semicolon.</translation>
    </message>
    <message>
        <source>The mapping has no fields.</source>
        <translation>The mapping has no fields.</translation>
    </message>
    <message>
        <source>A field has no name.</source>
        <translation>A field has no name.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is mapped twice.</source>
        <translation>Field &quot;%1&quot; is mapped twice.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; needs a column header or a column number.</source>
        <translation>Field &quot;%1&quot; needs a column header or a column number.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; names both a header and a column number; give one.</source>
        <translation>Field &quot;%1&quot; names both a header and a column number; give one.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: column number %2 is beyond any spreadsheet.</source>
        <translation>Field &quot;%1&quot;: column number %2 is beyond any spreadsheet.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is found by its header, but the file has no header row.</source>
        <translation>Field &quot;%1&quot; is found by its header, but the file has no header row.</translation>
    </message>
    <message>
        <source>The mapping is not a JSON object: %1</source>
        <translation>The mapping is not a JSON object: %1</translation>
    </message>
    <message>
        <source>This is not a dibao column mapping (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>This is not a dibao column mapping (&quot;format&quot; is not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Unsupported mapping version; this program reads version %1.</source>
        <translation>Unsupported mapping version; this program reads version %1.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot; (use detect, utf-8 or gb18030).</source>
        <translation>Unknown encoding &quot;%1&quot; (use detect, utf-8 or gb18030).</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot; (use detect, &quot;,&quot;, &quot;;&quot; or tab).</source>
        <translation>Unknown delimiter &quot;%1&quot; (use detect, &quot;,&quot;, &quot;;&quot; or tab).</translation>
    </message>
    <message>
        <source>mapping: &quot;fields&quot; must be a list.</source>
        <translation>mapping: &quot;fields&quot; must be a list.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 must be an object.</translation>
    </message>
    <message>
        <source>%1: &quot;column_number&quot; must be a whole number from 1 (column A).</source>
        <translation>%1: &quot;column_number&quot; must be a whole number from 1 (column A).</translation>
    </message>
    <message>
        <source>%1: unknown type &quot;%2&quot;.</source>
        <translation>%1: unknown type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a column mapping.</source>
        <translation>%1 is too large to be a column mapping.</translation>
    </message>
    <message>
        <source>No column mapping is saved for &quot;%1&quot;.</source>
        <translation>No column mapping is saved for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 holds the mapping of &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>%1 holds the mapping of &quot;%2&quot;, not &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>dibao::ConfirmationPage</name>
    <message>
        <source>elderly</source>
        <translation>elderly</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>severe disability</source>
        <translation>severe disability</translation>
    </message>
    <message>
        <source>serious illness</source>
        <translation>serious illness</translation>
    </message>
    <message>
        <source>near relative of staff or a village cadre</source>
        <translation>near relative of staff or a village cadre</translation>
    </message>
    <message>
        <source>a complaint received during confirmation</source>
        <translation>a complaint received during confirmation</translation>
    </message>
    <message>
        <source>red flags (county policy)</source>
        <translation>red flags (county policy)</translation>
    </message>
    <message>
        <source>near relative</source>
        <translation>near relative</translation>
    </message>
    <message>
        <source>own visit required, missing</source>
        <translation>own visit required, missing</translation>
    </message>
    <message>
        <source>own visit recorded</source>
        <translation>own visit recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s)</source>
        <translation>
            <numerusform>%n objection(s)</numerusform>
            <numerusform>%n objection(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint(s)</numerusform>
            <numerusform>%n complaint(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>delegated</source>
        <translation>delegated</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) awaiting the decision · opinion overdue: %1</source>
        <translation>
            <numerusform>%n case(s) awaiting the decision · opinion overdue: %1</numerusform>
            <numerusform>%n case(s) awaiting the decision · opinion overdue: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is waiting for the decision.</source>
        <translation>No case is waiting for the decision.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (included in the eligibility amount %2 yuan)</source>
        <translation>%1 (included in the eligibility amount %2 yuan)</translation>
    </message>
    <message>
        <source>A periodic review is decided in its case (keep, raise, lower or stop).</source>
        <translation>A periodic review is decided in its case (keep, raise, lower or stop).</translation>
    </message>
    <message>
        <source>%1 (the month after the decision)</source>
        <translation>%1 (the month after the decision)</translation>
    </message>
    <message>
        <source>The confirming authority&apos;s own home visit must be recorded first.</source>
        <translation>The confirming authority&apos;s own home visit must be recorded first.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, household of %n</source>
        <translation>
            <numerusform>%1 — %2, household of %n</numerusform>
            <numerusform>%1 — %2, household of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted on %1 · proposed %2 yuan/month · tier %3</source>
        <translation>Accepted on %1 · proposed %2 yuan/month · tier %3</translation>
    </message>
    <message>
        <source>Own home visit required (%1): recorded.</source>
        <translation>Own home visit required (%1): recorded.</translation>
    </message>
    <message>
        <source>Own home visit required (%1): NOT recorded yet — the case cannot be confirmed.</source>
        <translation>Own home visit required (%1): NOT recorded yet — the case cannot be confirmed.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source> (the confirming authority)</source>
        <translation> (the confirming authority)</translation>
    </message>
    <message>
        <source>Appraisal meetings</source>
        <translation>Appraisal meetings</translation>
    </message>
    <message>
        <source>true and complete</source>
        <translation>true and complete</translation>
    </message>
    <message>
        <source>back to investigation</source>
        <translation>back to investigation</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source> (during confirmation)</source>
        <translation> (during confirmation)</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation>No case is selected.</translation>
    </message>
    <message>
        <source>Enter the monthly amount in yuan, e.g. 420.00.</source>
        <translation>Enter the monthly amount in yuan, e.g. 420.00.</translation>
    </message>
    <message>
        <source>Confirm %1&apos;s household with %2 yuan a month from %3? The decision cannot be changed here.</source>
        <translation>Confirm %1&apos;s household with %2 yuan a month from %3? The decision cannot be changed here.</translation>
    </message>
    <message>
        <source>Refuse %1&apos;s application with the reasons given? The township delivers the notice within 3 working days.</source>
        <translation>Refuse %1&apos;s application with the reasons given? The township delivers the notice within 3 working days.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Decided. Print the notice for the household now?</source>
        <translation>Decided. Print the notice for the household now?</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Opinion (10 WD)</source>
        <translation>Opinion (10 WD)</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>Whole case</translation>
    </message>
    <message>
        <source>Proposed (yuan)</source>
        <translation>Proposed (yuan)</translation>
    </message>
    <message>
        <source>Visits (all / own)</source>
        <translation>Visits (all / own)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Decision &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan/month):</source>
        <translation>&amp;Amount (yuan/month):</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>Supplements:</source>
        <translation>Supplements:</translation>
    </message>
    <message>
        <source>Certificate &amp;number:</source>
        <translation>Certificate &amp;number:</translation>
    </message>
    <message>
        <source>Payment starts:</source>
        <translation>Payment starts:</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>&amp;Confirm…</translation>
    </message>
    <message>
        <source>Written reasons for the household (required)</source>
        <translation>Written reasons for the household (required)</translation>
    </message>
    <message>
        <source>The refusal notice tells the household it may apply for administrative review within 60 days or bring a lawsuit within 6 months; the township delivers it within 3 working days.</source>
        <translation>The refusal notice tells the household it may apply for administrative review within 60 days or bring a lawsuit within 6 months; the township delivers it within 3 working days.</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuse…</translation>
    </message>
    <message>
        <source>&amp;Print notice…</source>
        <translation>&amp;Print notice…</translation>
    </message>
    <message>
        <source>Notice as P&amp;DF…</source>
        <translation>Notice as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
</context>
<context>
    <name>dibao::ConfirmationQueue</name>
    <message>
        <source>Complaints are recorded by the township or a county reviewer.</source>
        <translation>Complaints are recorded by the township or a county reviewer.</translation>
    </message>
    <message>
        <source>Record what the complaint says.</source>
        <translation>Record what the complaint says.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown channel &quot;%1&quot;; use one of: %2.</translation>
    </message>
</context>
<context>
    <name>dibao::ConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2, field %3</source>
        <translation>%1 %2, field %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value in force</source>
        <translation>Value in force</translation>
    </message>
    <message>
        <source>Written by, when</source>
        <translation>Written by, when</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
</context>
<context>
    <name>dibao::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>dibao::ConflictsPanel</name>
    <message>
        <source>Two people changed the same field before their changes met. The later change is in force; choose which value is right. Your choice is saved as a normal change and goes to the hub with the next sync.</source>
        <translation>Two people changed the same field before their changes met. The later change is in force; choose which value is right. Your choice is saved as a normal change and goes to the hub with the next sync.</translation>
    </message>
    <message>
        <source>&amp;Keep the value in force</source>
        <translation>&amp;Keep the value in force</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Use the other value</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>No conflicts are waiting.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>dibao::Crypto</name>
    <message>
        <source>The sealed bundle key is malformed.</source>
        <translation>The sealed bundle key is malformed.</translation>
    </message>
    <message>
        <source>The bundle key cannot be opened with this device&apos;s key.</source>
        <translation>The bundle key cannot be opened with this device&apos;s key.</translation>
    </message>
    <message>
        <source>An encrypted bundle entry does not decrypt: it was altered or is not meant for this device.</source>
        <translation>An encrypted bundle entry does not decrypt: it was altered or is not meant for this device.</translation>
    </message>
    <message>
        <source>The key derivation parameters are invalid.</source>
        <translation>The key derivation parameters are invalid.</translation>
    </message>
    <message>
        <source>Out of memory while deriving a key.</source>
        <translation>Out of memory while deriving a key.</translation>
    </message>
</context>
<context>
    <name>dibao::CsvReader</name>
    <message>
        <source>A quoted field starting at line %1 is never closed.</source>
        <translation>A quoted field starting at line %1 is never closed.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte: this is not a text file (or it is UTF-16).</source>
        <translation>Line %1 contains a NUL byte: this is not a text file (or it is UTF-16).</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes.</source>
        <translation>Line %1 is longer than %2 bytes.</translation>
    </message>
    <message>
        <source>Line %1 is not valid GB18030 text.</source>
        <translation>Line %1 is not valid GB18030 text.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8, although the start of the file is. The file mixes encodings; choose GB18030 if it was saved by Excel or WPS on Chinese Windows.</source>
        <translation>Line %1 is not valid UTF-8, although the start of the file is. The file mixes encodings; choose GB18030 if it was saved by Excel or WPS on Chinese Windows.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8. Choose GB18030 if the file was saved by Excel or WPS on Chinese Windows.</source>
        <translation>Line %1 is not valid UTF-8. Choose GB18030 if the file was saved by Excel or WPS on Chinese Windows.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is followed by text before the next delimiter.</source>
        <translation>Line %1: a quoted field is followed by text before the next delimiter.</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Reading the file failed: %1</translation>
    </message>
    <message>
        <source>The file could not be read past line %1.</source>
        <translation>The file could not be read past line %1.</translation>
    </message>
    <message>
        <source>The file is UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Save it as CSV in UTF-8 or GB18030.</source>
        <translation>The file is UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Save it as CSV in UTF-8 or GB18030.</translation>
    </message>
    <message>
        <source>The file starts with a %1 byte-order mark but %2 was chosen.</source>
        <translation>The file starts with a %1 byte-order mark but %2 was chosen.</translation>
    </message>
    <message>
        <source>The record at line %1 has more than %2 fields.</source>
        <translation>The record at line %1 has more than %2 fields.</translation>
    </message>
    <message>
        <source>The record starting at line %1 is longer than %2 bytes; a quote is probably not closed.</source>
        <translation>The record starting at line %1 is longer than %2 bytes; a quote is probably not closed.</translation>
    </message>
</context>
<context>
    <name>dibao::CsvWriter</name>
    <message>
        <source>Field %1 holds broken text (a lone surrogate).</source>
        <translation>Field %1 holds broken text (a lone surrogate).</translation>
    </message>
    <message>
        <source>A field cannot be written in %1.</source>
        <translation>A field cannot be written in %1.</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Writing the file failed: %1</translation>
    </message>
</context>
<context>
    <name>dibao::Database</name>
    <message>
        <source>%1 is not a dibao database (%2).</source>
        <translation>%1 is not a dibao database (%2).</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
    <message>
        <source>Injected database fault.</source>
        <translation>Injected database fault.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this program knows (%2). Install a newer dibao to open it.</source>
        <translation>This database has schema version %1, newer than this program knows (%2). Install a newer dibao to open it.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>opening %1</translation>
    </message>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation>preparing &quot;%1&quot;</translation>
    </message>
    <message>
        <source>running &quot;%1&quot;</source>
        <translation>running &quot;%1&quot;</translation>
    </message>
    <message>
        <source>copying the WAL into the database</source>
        <translation>copying the WAL into the database</translation>
    </message>
</context>
<context>
    <name>dibao::DemoGenerator</name>
    <message>
        <source>A demo has 1 to 2,000,000 households over 1 to 120 months.</source>
        <translation>A demo has 1 to 2,000,000 households over 1 to 120 months.</translation>
    </message>
    <message>
        <source>Demo application on %1 failed: %2</source>
        <translation>Demo application on %1 failed: %2</translation>
    </message>
    <message>
        <source>Demo household %1 failed: %2</source>
        <translation>Demo household %1 failed: %2</translation>
    </message>
    <message>
        <source>Demo review on %1 failed: %2</source>
        <translation>Demo review on %1 failed: %2</translation>
    </message>
    <message>
        <source>Demo step %1 on %2 (case %3) failed: %4</source>
        <translation>Demo step %1 on %2 (case %3) failed: %4</translation>
    </message>
    <message>
        <source>Demo visit on %1 (case %2) failed: %3</source>
        <translation>Demo visit on %1 (case %2) failed: %3</translation>
    </message>
    <message>
        <source>The database&apos;s division %1 has no townships to fill.</source>
        <translation>The database&apos;s division %1 has no townships to fill.</translation>
    </message>
</context>
<context>
    <name>dibao::Department</name>
    <message>
        <source>Banks</source>
        <translation>Banks</translation>
    </message>
    <message>
        <source>Civil affairs</source>
        <translation>Civil affairs</translation>
    </message>
    <message>
        <source>Housing provident fund</source>
        <translation>Housing provident fund</translation>
    </message>
    <message>
        <source>Human resources and social security</source>
        <translation>Human resources and social security</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Market regulation</source>
        <translation>Market regulation</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>Public security</translation>
    </message>
    <message>
        <source>Real-estate registration</source>
        <translation>Real-estate registration</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>Securities</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
</context>
<context>
    <name>dibao::DepartmentBatchImport</name>
    <message>
        <source>A department mapping must map the required fields id_number (type id_number) and name.</source>
        <translation>A department mapping must map the required fields id_number (type id_number) and name.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>No verification is in progress: start the requested ones first (verify-run). A department&apos;s data may only be matched against members who authorized it.</source>
        <translation>No verification is in progress: start the requested ones first (verify-run). A department&apos;s data may only be matched against members who authorized it.</translation>
    </message>
    <message>
        <source>Unknown department %1; one of: %2.</source>
        <translation>Unknown department %1; one of: %2.</translation>
    </message>
    <message>
        <source>The import was cancelled after %1 rows; nothing was kept.</source>
        <translation>The import was cancelled after %1 rows; nothing was kept.</translation>
    </message>
</context>
<context>
    <name>dibao::DeviceKeys</name>
    <message>
        <source>%1 cannot sync on this device yet: a user who can must grant access first (dibao-cli key-grant %1).</source>
        <translation>%1 cannot sync on this device yet: a user who can must grant access first (dibao-cli key-grant %1).</translation>
    </message>
    <message>
        <source>A device key cannot be opened: the key table was altered.</source>
        <translation>A device key cannot be opened: the key table was altered.</translation>
    </message>
    <message>
        <source>A key rotation is already waiting to be sent to the hub.</source>
        <translation>A key rotation is already waiting to be sent to the hub.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Only a user of this database can make its device keys.</source>
        <translation>Only a user of this database can make its device keys.</translation>
    </message>
    <message>
        <source>That is not %1&apos;s password.</source>
        <translation>That is not %1&apos;s password.</translation>
    </message>
    <message>
        <source>The bundle is sealed to a key this device does not have.</source>
        <translation>The bundle is sealed to a key this device does not have.</translation>
    </message>
    <message>
        <source>The device keys are locked: sign in with a password first.</source>
        <translation>The device keys are locked: sign in with a password first.</translation>
    </message>
    <message>
        <source>The device keys cannot be opened with this password.</source>
        <translation>The device keys cannot be opened with this password.</translation>
    </message>
    <message>
        <source>The user&apos;s password hash is not an Argon2id hash.</source>
        <translation>The user&apos;s password hash is not an Argon2id hash.</translation>
    </message>
    <message>
        <source>There is no active user named %1.</source>
        <translation>There is no active user named %1.</translation>
    </message>
    <message>
        <source>This database has no device keys yet.</source>
        <translation>This database has no device keys yet.</translation>
    </message>
</context>
<context>
    <name>dibao::DisplayText</name>
    <message>
        <source>Notice of missing items</source>
        <translation>Notice of missing items</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Start investigation</source>
        <translation>Start investigation</translation>
    </message>
    <message>
        <source>Request economic verification</source>
        <translation>Request economic verification</translation>
    </message>
    <message>
        <source>Start economic verification</source>
        <translation>Start economic verification</translation>
    </message>
    <message>
        <source>Tell the household it looks ineligible</source>
        <translation>Tell the household it looks ineligible</translation>
    </message>
    <message>
        <source>Record the household&apos;s objection</source>
        <translation>Record the household&apos;s objection</translation>
    </message>
    <message>
        <source>Re-check: continue the investigation</source>
        <translation>Re-check: continue the investigation</translation>
    </message>
    <message>
        <source>Re-check: close as ineligible</source>
        <translation>Re-check: close as ineligible</translation>
    </message>
    <message>
        <source>Record a ground for 45 working days</source>
        <translation>Record a ground for 45 working days</translation>
    </message>
    <message>
        <source>Finish investigation</source>
        <translation>Finish investigation</translation>
    </message>
    <message>
        <source>Record the appraisal conclusion</source>
        <translation>Record the appraisal conclusion</translation>
    </message>
    <message>
        <source>Township review and public notice</source>
        <translation>Township review and public notice</translation>
    </message>
    <message>
        <source>Record an objection to the notice</source>
        <translation>Record an objection to the notice</translation>
    </message>
    <message>
        <source>Resolve the objection</source>
        <translation>Resolve the objection</translation>
    </message>
    <message>
        <source>Close the public notice</source>
        <translation>Close the public notice</translation>
    </message>
    <message>
        <source>Close the county notice</source>
        <translation>Close the county notice</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Deliver the refusal</source>
        <translation>Deliver the refusal</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Termination</translation>
    </message>
    <message>
        <source>Report the periodic review</source>
        <translation>Report the periodic review</translation>
    </message>
    <message>
        <source>Decide the periodic review</source>
        <translation>Decide the periodic review</translation>
    </message>
    <message>
        <source>List everything missing at once: this notice is issued only once (一次性告知).</source>
        <translation>List everything missing at once: this notice is issued only once (一次性告知).</translation>
    </message>
    <message>
        <source>Acceptance starts the clocks: the investigation must start within 3 working days.</source>
        <translation>Acceptance starts the clocks: the investigation must start within 3 working days.</translation>
    </message>
    <message>
        <source>Needs a household visit by at least two named investigators.</source>
        <translation>Needs a household visit by at least two named investigators.</translation>
    </message>
    <message>
        <source>The township&apos;s opinion is posted in the village for 7 calendar days.</source>
        <translation>The township&apos;s opinion is posted in the village for 7 calendar days.</translation>
    </message>
    <message>
        <source>Payment starts the month after the decision, never backdated.</source>
        <translation>Payment starts the month after the decision, never backdated.</translation>
    </message>
    <message>
        <source>Write the reasons; the refusal is delivered through the township within 3 working days.</source>
        <translation>Write the reasons; the refusal is delivered through the township within 3 working days.</translation>
    </message>
    <message>
        <source>Nothing is deleted: the case closes with the reason you give here.</source>
        <translation>Nothing is deleted: the case closes with the reason you give here.</translation>
    </message>
    <message>
        <source>Investigation to start</source>
        <translation>Investigation to start</translation>
    </message>
    <message>
        <source>Economic verification to start</source>
        <translation>Economic verification to start</translation>
    </message>
    <message>
        <source>Public notice ending</source>
        <translation>Public notice ending</translation>
    </message>
    <message>
        <source>County notice ending</source>
        <translation>County notice ending</translation>
    </message>
    <message>
        <source>Confirmation opinion due</source>
        <translation>Confirmation opinion due</translation>
    </message>
    <message>
        <source>Refusal to deliver</source>
        <translation>Refusal to deliver</translation>
    </message>
    <message>
        <source>Whole case due</source>
        <translation>Whole case due</translation>
    </message>
    <message>
        <source>Periodic review due</source>
        <translation>Periodic review due</translation>
    </message>
    <message>
        <source>New investigation</source>
        <translation>New investigation</translation>
    </message>
    <message>
        <source>Appraisal meeting</source>
        <translation>Appraisal meeting</translation>
    </message>
    <message>
        <source>The investigation is true and complete</source>
        <translation>The investigation is true and complete</translation>
    </message>
    <message>
        <source>The investigation is not true or not complete</source>
        <translation>The investigation is not true or not complete</translation>
    </message>
    <message>
        <source>Keep the amount</source>
        <translation>Keep the amount</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>Raise</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Lower</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Gradual exit</source>
        <translation>Gradual exit</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Registered and actual residence differ (人户分离)</source>
        <translation>Registered and actual residence differ (人户分离)</translation>
    </message>
    <message>
        <source>Application away from home (异地申办)</source>
        <translation>Application away from home (异地申办)</translation>
    </message>
    <message>
        <source>Investigation is hard</source>
        <translation>Investigation is hard</translation>
    </message>
    <message>
        <source>Household register (户口簿)</source>
        <translation>Household register (户口簿)</translation>
    </message>
    <message>
        <source>ID cards</source>
        <translation>ID cards</translation>
    </message>
    <message>
        <source>Income proofs</source>
        <translation>Income proofs</translation>
    </message>
    <message>
        <source>Declaration of income and assets</source>
        <translation>Declaration of income and assets</translation>
    </message>
    <message>
        <source>Signed promise of truthfulness</source>
        <translation>Signed promise of truthfulness</translation>
    </message>
    <message>
        <source>Verification consent signed by every member</source>
        <translation>Verification consent signed by every member</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>Disability certificate</translation>
    </message>
    <message>
        <source>Medical records</source>
        <translation>Medical records</translation>
    </message>
    <message>
        <source>Letter of entrustment</source>
        <translation>Letter of entrustment</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Provided</translation>
    </message>
    <message>
        <source>Promised (告知承诺)</source>
        <translation>Promised (告知承诺)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Held by the government</source>
        <translation>Held by the government</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Entrusted person</source>
        <translation>Entrusted person</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Township outreach</source>
        <translation>Township outreach</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Wages</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>Business income</translation>
    </message>
    <message>
        <source>Farming income</source>
        <translation>Farming income</translation>
    </message>
    <message>
        <source>Property income</source>
        <translation>Property income</translation>
    </message>
    <message>
        <source>Transfer income</source>
        <translation>Transfer income</translation>
    </message>
    <message>
        <source>Basic pension (residents&apos; scheme)</source>
        <translation>Basic pension (residents&apos; scheme)</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Preferential care (优待抚恤金)</source>
        <translation>Preferential care (优待抚恤金)</translation>
    </message>
    <message>
        <source>Family-planning awards</source>
        <translation>Family-planning awards</translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation>Scholarship</translation>
    </message>
    <message>
        <source>Reward for bravery (见义勇为)</source>
        <translation>Reward for bravery (见义勇为)</translation>
    </message>
    <message>
        <source>Social assistance payments</source>
        <translation>Social assistance payments</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>Securities</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Commercial insurance</source>
        <translation>Commercial insurance</translation>
    </message>
    <message>
        <source>Internet financial assets</source>
        <translation>Internet financial assets</translation>
    </message>
    <message>
        <source>Debts owed to the household</source>
        <translation>Debts owed to the household</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Ship</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Trees and fixtures</source>
        <translation>Trees and fixtures</translation>
    </message>
    <message>
        <source>Registered business</source>
        <translation>Registered business</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Truck</translation>
    </message>
    <message>
        <source>Ordinary motorcycle</source>
        <translation>Ordinary motorcycle</translation>
    </message>
    <message>
        <source>Disability vehicle</source>
        <translation>Disability vehicle</translation>
    </message>
    <message>
        <source>Farm machine</source>
        <translation>Farm machine</translation>
    </message>
    <message>
        <source>Household visit</source>
        <translation>Household visit</translation>
    </message>
    <message>
        <source>Neighbour visit</source>
        <translation>Neighbour visit</translation>
    </message>
    <message>
        <source>Evidence letter</source>
        <translation>Evidence letter</translation>
    </message>
    <message>
        <source>Township staff</source>
        <translation>Township staff</translation>
    </message>
    <message>
        <source>Village official</source>
        <translation>Village official</translation>
    </message>
    <message>
        <source>County staff</source>
        <translation>County staff</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>Application submitted</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>Urban</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>Rural</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Chronic illness</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Severely disabled</source>
        <translation>Severely disabled</translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation>Able to work</translation>
    </message>
    <message>
        <source>Partly unable to work</source>
        <translation>Partly unable to work</translation>
    </message>
    <message>
        <source>Unable to work</source>
        <translation>Unable to work</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation>Son- or daughter-in-law</translation>
    </message>
    <message>
        <source>Not a student</source>
        <translation>Not a student</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Junior secondary</source>
        <translation>Junior secondary</translation>
    </message>
    <message>
        <source>Senior secondary</source>
        <translation>Senior secondary</translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation>Vocational</translation>
    </message>
    <message>
        <source>Bachelor or college</source>
        <translation>Bachelor or college</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>Postgraduate</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Religious staff away 3+ years</source>
        <translation>Religious staff away 3+ years</translation>
    </message>
    <message>
        <source>In prison</source>
        <translation>In prison</translation>
    </message>
    <message>
        <source>In compulsory rehabilitation</source>
        <translation>In compulsory rehabilitation</translation>
    </message>
    <message>
        <source>Declared missing</source>
        <translation>Declared missing</translation>
    </message>
    <message>
        <source>Named by the province</source>
        <translation>Named by the province</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Exited</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Due on %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <source>Periodic review opened</source>
        <translation>Periodic review opened</translation>
    </message>
    <message>
        <source>Letter or complaint to acknowledge</source>
        <translation>Letter or complaint to acknowledge</translation>
    </message>
    <message>
        <source>Letter or complaint to conclude</source>
        <translation>Letter or complaint to conclude</translation>
    </message>
</context>
<context>
    <name>dibao::Division</name>
    <message>
        <source>Division list, line %1: %2</source>
        <translation>Division list, line %1: %2</translation>
    </message>
    <message>
        <source>expected 4 columns</source>
        <translation>expected 4 columns</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;</source>
        <translation>unknown level &quot;%1&quot;</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; is not %2 digits</source>
        <translation>code &quot;%1&quot; is not %2 digits</translation>
    </message>
    <message>
        <source>empty name</source>
        <translation>empty name</translation>
    </message>
    <message>
        <source>duplicate code %1</source>
        <translation>duplicate code %1</translation>
    </message>
    <message>
        <source>Division list: %1 has unknown parent %2</source>
        <translation>Division list: %1 has unknown parent %2</translation>
    </message>
    <message>
        <source>A village code has 12 digits; &quot;%1&quot; does not.</source>
        <translation>A village code has 12 digits; &quot;%1&quot; does not.</translation>
    </message>
    <message>
        <source>Village code %1 does not start with a known township code.</source>
        <translation>Village code %1 does not start with a known township code.</translation>
    </message>
    <message>
        <source>Village code %1 ends in 000, which is the township itself.</source>
        <translation>Village code %1 ends in 000, which is the township itself.</translation>
    </message>
</context>
<context>
    <name>dibao::Eligibility</name>
    <message>
        <source>No policy row %1/%2 is in force on %3; enter it before deciding.</source>
        <translation>No policy row %1/%2 is in force on %3; enter it before deciding.</translation>
    </message>
    <message>
        <source>not counted: religious staff away for 3 years or more (57号 Art 7)</source>
        <translation>not counted: religious staff away for 3 years or more (57号 Art 7)</translation>
    </message>
    <message>
        <source>not counted: serving a prison sentence (57号 Art 7)</source>
        <translation>not counted: serving a prison sentence (57号 Art 7)</translation>
    </message>
    <message>
        <source>not counted: in compulsory drug rehabilitation (57号 Art 7)</source>
        <translation>not counted: in compulsory drug rehabilitation (57号 Art 7)</translation>
    </message>
    <message>
        <source>not counted: declared missing by a court (57号 Art 7)</source>
        <translation>not counted: declared missing by a court (57号 Art 7)</translation>
    </message>
    <message>
        <source>not counted: a category the province excludes (57号 Art 7)</source>
        <translation>not counted: a category the province excludes (57号 Art 7)</translation>
    </message>
    <message>
        <source>counted: the applicant</source>
        <translation>counted: the applicant</translation>
    </message>
    <message>
        <source>counted: spouse (57号 Art 7(1))</source>
        <translation>counted: spouse (57号 Art 7(1))</translation>
    </message>
    <message>
        <source>counted: minor child (57号 Art 7(2))</source>
        <translation>counted: minor child (57号 Art 7(2))</translation>
    </message>
    <message>
        <source>counted: adult child in full-time education at bachelor level or below (57号 Art 7(3))</source>
        <translation>counted: adult child in full-time education at bachelor level or below (57号 Art 7(3))</translation>
    </message>
    <message>
        <source>counted: adult child who cannot live independently (57号 Art 7(3))</source>
        <translation>counted: adult child who cannot live independently (57号 Art 7(3))</translation>
    </message>
    <message>
        <source>counted: has a legal duty of support and lives with the household long-term (57号 Art 7(4))</source>
        <translation>counted: has a legal duty of support and lives with the household long-term (57号 Art 7(4))</translation>
    </message>
    <message>
        <source>not counted: no legal duty of support within the household or not living together long-term</source>
        <translation>not counted: no legal duty of support within the household or not living together long-term</translation>
    </message>
    <message>
        <source>The age of %1 is unknown (no birth date or valid ID number): check whether a minor child.</source>
        <translation>The age of %1 is unknown (no birth date or valid ID number): check whether a minor child.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Registered residence: %1 (%2) — within this area.</source>
        <translation>Registered residence: %1 (%2) — within this area.</translation>
    </message>
    <message>
        <source>Registered residence: %1 is not a township of this area; the household applies where its residence is registered (57号 Art 5 for residence-permit cases).</source>
        <translation>Registered residence: %1 is not a township of this area; the household applies where its residence is registered (57号 Art 5 for residence-permit cases).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The village code %1 does not belong to township %2.</source>
        <translation>The village code %1 does not belong to township %2.</translation>
    </message>
    <message>
        <source>Income %1 (%2): its months are missing or reversed — correct the item.</source>
        <translation>Income %1 (%2): its months are missing or reversed — correct the item.</translation>
    </message>
    <message>
        <source>Income %1 (%2, %3 yuan): belongs to a member who is not counted.</source>
        <translation>Income %1 (%2, %3 yuan): belongs to a member who is not counted.</translation>
    </message>
    <message>
        <source>Income %1 (%2): outside the averaging window.</source>
        <translation>Income %1 (%2): outside the averaging window.</translation>
    </message>
    <message>
        <source>Income %1 (%2, %3 yuan): not counted under %4 %5.</source>
        <translation>Income %1 (%2, %3 yuan): not counted under %4 %5.</translation>
    </message>
    <message>
        <source>Income %1 (%2): %3 yuan less %4 yuan deductions over %5 months; %6 of them in the window: %7 yuan counted.</source>
        <translation>Income %1 (%2): %3 yuan less %4 yuan deductions over %5 months; %6 of them in the window: %7 yuan counted.</translation>
    </message>
    <message>
        <source>Expense %1 (%2): its months are missing or reversed — correct the item.</source>
        <translation>Expense %1 (%2): its months are missing or reversed — correct the item.</translation>
    </message>
    <message>
        <source>Expense %1 (%2): belongs to a member who is not counted.</source>
        <translation>Expense %1 (%2): belongs to a member who is not counted.</translation>
    </message>
    <message>
        <source>Expense %1 (%2): outside the averaging window.</source>
        <translation>Expense %1 (%2): outside the averaging window.</translation>
    </message>
    <message>
        <source>Expense %1 (%2): %3 yuan deducted from income.</source>
        <translation>Expense %1 (%2): %3 yuan deducted from income.</translation>
    </message>
    <message>
        <source>Expense %1 (%2): no policy row in force makes it deductible.</source>
        <translation>Expense %1 (%2): no policy row in force makes it deductible.</translation>
    </message>
    <message>
        <source>Losses and deductions exceed income; income is taken as 0.</source>
        <translation>Losses and deductions exceed income; income is taken as 0.</translation>
    </message>
    <message>
        <source>Counted income over %1 to %2 (%3 months): %4 yuan; monthly %5 yuan for %6 person(s) against a standard of %7 yuan per person (household threshold %8 yuan).</source>
        <translation>Counted income over %1 to %2 (%3 months): %4 yuan; monthly %5 yuan for %6 person(s) against a standard of %7 yuan per person (household threshold %8 yuan).</translation>
    </message>
    <message>
        <source>Income test: passed (below the standard).</source>
        <translation>Income test: passed (below the standard).</translation>
    </message>
    <message>
        <source>Income test: not passed (not below the standard).</source>
        <translation>Income test: not passed (not below the standard).</translation>
    </message>
    <message>
        <source>Asset %1 (%2): exempt as a necessary production or living asset: %3</source>
        <translation>Asset %1 (%2): exempt as a necessary production or living asset: %3</translation>
    </message>
    <message>
        <source>Asset %1 (%2): %3 yuan counted as financial assets.</source>
        <translation>Asset %1 (%2): %3 yuan counted as financial assets.</translation>
    </message>
    <message>
        <source>Asset %1 (%2, %3): a kind the policy allows.</source>
        <translation>Asset %1 (%2, %3): a kind the policy allows.</translation>
    </message>
    <message>
        <source>Asset %1 (%2, %3): not a kind the policy allows and not exempted.</source>
        <translation>Asset %1 (%2, %3): not a kind the policy allows and not exempted.</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>unspecified</translation>
    </message>
    <message>
        <source>Asset %1 (house): %2 house(s), %3 m².</source>
        <translation>Asset %1 (house): %2 house(s), %3 m².</translation>
    </message>
    <message>
        <source>Asset %1 (%2): no automatic rule; assessed in the investigation.</source>
        <translation>Asset %1 (%2): no automatic rule; assessed in the investigation.</translation>
    </message>
    <message>
        <source>Financial assets %1 yuan against a limit of %2 yuan (%3 months of the standard per person): %4.</source>
        <translation>Financial assets %1 yuan against a limit of %2 yuan (%3 months of the standard per person): %4.</translation>
    </message>
    <message>
        <source>within the limit</source>
        <translation>within the limit</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>over the limit</translation>
    </message>
    <message>
        <source>Houses: %1 not exempted, more than the %2 the policy allows.</source>
        <translation>Houses: %1 not exempted, more than the %2 the policy allows.</translation>
    </message>
    <message>
        <source>More houses than the policy allows.</source>
        <translation>More houses than the policy allows.</translation>
    </message>
    <message>
        <source>Houses: %1 m² per person, more than the %2 m² the policy allows.</source>
        <translation>Houses: %1 m² per person, more than the %2 m² the policy allows.</translation>
    </message>
    <message>
        <source>More housing area per person than the policy allows.</source>
        <translation>More housing area per person than the policy allows.</translation>
    </message>
    <message>
        <source>Asset test: not evaluated (see problems).</source>
        <translation>Asset test: not evaluated (see problems).</translation>
    </message>
    <message>
        <source>Asset test: passed.</source>
        <translation>Asset test: passed.</translation>
    </message>
    <message>
        <source>Asset test: not passed.</source>
        <translation>Asset test: not passed.</translation>
    </message>
    <message>
        <source>%1 refused suitable work %2 times and loses their own share (Measures Art 45; 57号 Art 34).</source>
        <translation>%1 refused suitable work %2 times and loses their own share (Measures Art 45; 57号 Art 34).</translation>
    </message>
    <message>
        <source>Gap payment: %1 yuan × %2 person(s) − %3 yuan monthly income = %4 yuan%5.</source>
        <translation>Gap payment: %1 yuan × %2 person(s) − %3 yuan monthly income = %4 yuan%5.</translation>
    </message>
    <message>
        <source>, × %1/%2 paid members = %3 yuan</source>
        <translation>, × %1/%2 paid members = %3 yuan</translation>
    </message>
    <message>
        <source>The amount method is tiers: assign tier A, B or C.</source>
        <translation>The amount method is tiers: assign tier A, B or C.</translation>
    </message>
    <message>
        <source>No policy row tier/%1 is in force on %2.</source>
        <translation>No policy row tier/%1 is in force on %2.</translation>
    </message>
    <message>
        <source>Tier %1: %2 yuan per person × %3 person(s) = %4 yuan.</source>
        <translation>Tier %1: %2 yuan per person × %3 person(s) = %4 yuan.</translation>
    </message>
    <message>
        <source>Supplement %1 for %2: %3 yuan.</source>
        <translation>Supplement %1 for %2: %3 yuan.</translation>
    </message>
    <message>
        <source>Amount: %1 yuan before rounding, rounded (%2) to %3 yuan%4; paid %5 yuan per month.</source>
        <translation>Amount: %1 yuan before rounding, rounded (%2) to %3 yuan%4; paid %5 yuan per month.</translation>
    </message>
    <message>
        <source>, raised to the floor of %1 yuan</source>
        <translation>, raised to the floor of %1 yuan</translation>
    </message>
    <message>
        <source>A vehicle (%1) is recorded: investigate its use and value.</source>
        <translation>A vehicle (%1) is recorded: investigate its use and value.</translation>
    </message>
    <message>
        <source>A registered business is recorded: investigate whether it operates and what it earns.</source>
        <translation>A registered business is recorded: investigate whether it operates and what it earns.</translation>
    </message>
    <message>
        <source>A house was bought on %1, within %2 months: investigate how it was paid.</source>
        <translation>A house was bought on %1, within %2 months: investigate how it was paid.</translation>
    </message>
    <message>
        <source>%1&apos;s occupation (%2) requires a recorded finding; an occupation alone never refuses a household.</source>
        <translation>%1&apos;s occupation (%2) requires a recorded finding; an occupation alone never refuses a household.</translation>
    </message>
    <message>
        <source>Financial assets of %1 yuan are close to the limit of %2 yuan: verify with the banks.</source>
        <translation>Financial assets of %1 yuan are close to the limit of %2 yuan: verify with the banks.</translation>
    </message>
    <message>
        <source>Red flag (investigate and record a finding; never a refusal by itself): %1</source>
        <translation>Red flag (investigate and record a finding; never a refusal by itself): %1</translation>
    </message>
    <message>
        <source>Member %1 is not in this household.</source>
        <translation>Member %1 is not in this household.</translation>
    </message>
    <message>
        <source>The household qualifies as a whole: enrol the whole household, not %1 alone.</source>
        <translation>The household qualifies as a whole: enrol the whole household, not %1 alone.</translation>
    </message>
    <message>
        <source>%1 has no ground for individual enrolment (disability grade 1–2, grade 3 intellectual or mental, a serious illness, religious staff, or named by the county).</source>
        <translation>%1 has no ground for individual enrolment (disability grade 1–2, grade 3 intellectual or mental, a serious illness, religious staff, or named by the county).</translation>
    </message>
    <message>
        <source>Individual enrolment is for a member of a low-income margin household; this household is not one.</source>
        <translation>Individual enrolment is for a member of a low-income margin household; this household is not one.</translation>
    </message>
    <message>
        <source>%1&apos;s own income is not below the standard.</source>
        <translation>%1&apos;s own income is not below the standard.</translation>
    </message>
    <message>
        <source>%1 qualifies for individual enrolment (%2).</source>
        <translation>%1 qualifies for individual enrolment (%2).</translation>
    </message>
    <message>
        <source>No member of the household is counted.</source>
        <translation>No member of the household is counted.</translation>
    </message>
    <message>
        <source>Low-income margin: monthly income is below %1/%2 × the standard (%3 yuan); the household may apply for margin status.</source>
        <translation>Low-income margin: monthly income is below %1/%2 × the standard (%3 yuan); the household may apply for margin status.</translation>
    </message>
    <message>
        <source>Low-income margin: monthly income is not below %1/%2 × the standard.</source>
        <translation>Low-income margin: monthly income is not below %1/%2 × the standard.</translation>
    </message>
    <message>
        <source>Result: eligible; %1 yuan per month.</source>
        <translation>Result: eligible; %1 yuan per month.</translation>
    </message>
    <message>
        <source>Result: not eligible.</source>
        <translation>Result: not eligible.</translation>
    </message>
    <message>
        <source>Result: undetermined until the problems above are resolved.</source>
        <translation>Result: undetermined until the problems above are resolved.</translation>
    </message>
    <message>
        <source>The figures are too large to compute exactly; check the amounts entered.</source>
        <translation>The figures are too large to compute exactly; check the amounts entered.</translation>
    </message>
</context>
<context>
    <name>dibao::EligibilityReport</name>
    <message>
        <source>not evaluated</source>
        <translation>not evaluated</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>fails</translation>
    </message>
    <message>
        <source>Eligible: %1 yuan per month</source>
        <translation>Eligible: %1 yuan per month</translation>
    </message>
    <message>
        <source>Not eligible; a low-income margin household (低保边缘)</source>
        <translation>Not eligible; a low-income margin household (低保边缘)</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Cannot be determined yet</source>
        <translation>Cannot be determined yet</translation>
    </message>
    <message>
        <source>Assessed as of %1 under the policy rows in force that day. This is the rules&apos; arithmetic to inform the township&apos;s opinion; a person decides.</source>
        <translation>Assessed as of %1 under the policy rows in force that day. This is the rules&apos; arithmetic to inform the township&apos;s opinion; a person decides.</translation>
    </message>
    <message>
        <source>To complete first</source>
        <translation>To complete first</translation>
    </message>
    <message>
        <source>1. Registered residence</source>
        <translation>1. Registered residence</translation>
    </message>
    <message>
        <source>2. Income</source>
        <translation>2. Income</translation>
    </message>
    <message>
        <source>Averaging window</source>
        <translation>Averaging window</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 months)</source>
        <translation>%1 to %2 (%3 months)</translation>
    </message>
    <message>
        <source>Counted members</source>
        <translation>Counted members</translation>
    </message>
    <message>
        <source>Counted income over the window (yuan)</source>
        <translation>Counted income over the window (yuan)</translation>
    </message>
    <message>
        <source>Monthly household income (yuan)</source>
        <translation>Monthly household income (yuan)</translation>
    </message>
    <message>
        <source>Per person per month (yuan)</source>
        <translation>Per person per month (yuan)</translation>
    </message>
    <message>
        <source>Standard per person per month (yuan)</source>
        <translation>Standard per person per month (yuan)</translation>
    </message>
    <message>
        <source>3. Assets</source>
        <translation>3. Assets</translation>
    </message>
    <message>
        <source>Financial assets %1 yuan against a limit of %2 yuan.</source>
        <translation>Financial assets %1 yuan against a limit of %2 yuan.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>age unknown</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>counted</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>loses their own share (refused suitable work 3 times)</source>
        <translation>loses their own share (refused suitable work 3 times)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Individual enrolment (单人保)</source>
        <translation>Individual enrolment (单人保)</translation>
    </message>
    <message>
        <source>Red flags to investigate</source>
        <translation>Red flags to investigate</translation>
    </message>
    <message>
        <source>Each needs investigation and a recorded finding; none is a reason to refuse by itself.</source>
        <translation>Each needs investigation and a recorded finding; none is a reason to refuse by itself.</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <source>Policy rows used</source>
        <translation>Policy rows used</translation>
    </message>
    <message>
        <source>example row shipped with the product: confirm before use</source>
        <translation>example row shipped with the product: confirm before use</translation>
    </message>
    <message>
        <source>disability costs</source>
        <translation>disability costs</translation>
    </message>
    <message>
        <source>medical costs</source>
        <translation>medical costs</translation>
    </message>
    <message>
        <source>the household</source>
        <translation>the household</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>a member</translation>
    </message>
    <message>
        <source>(unnamed item)</source>
        <translation>(unnamed item)</translation>
    </message>
    <message>
        <source>Urban standard per person per month</source>
        <translation>Urban standard per person per month</translation>
    </message>
    <message>
        <source>Rural standard per person per month</source>
        <translation>Rural standard per person per month</translation>
    </message>
    <message>
        <source>Housing area per person at most (m²)</source>
        <translation>Housing area per person at most (m²)</translation>
    </message>
    <message>
        <source>Number of houses at most</source>
        <translation>Number of houses at most</translation>
    </message>
    <message>
        <source>Financial assets per person at most (months of the standard)</source>
        <translation>Financial assets per person at most (months of the standard)</translation>
    </message>
    <message>
        <source>Vehicles allowed</source>
        <translation>Vehicles allowed</translation>
    </message>
    <message>
        <source>Months over which income is averaged</source>
        <translation>Months over which income is averaged</translation>
    </message>
    <message>
        <source>How the amount is computed</source>
        <translation>How the amount is computed</translation>
    </message>
    <message>
        <source>Rounding of the amount</source>
        <translation>Rounding of the amount</translation>
    </message>
    <message>
        <source>Low-income margin (multiple of the standard)</source>
        <translation>Low-income margin (multiple of the standard)</translation>
    </message>
    <message>
        <source>Minimum amount per household</source>
        <translation>Minimum amount per household</translation>
    </message>
    <message>
        <source>Minimum amount per person</source>
        <translation>Minimum amount per person</translation>
    </message>
    <message>
        <source>Income not counted: %1</source>
        <translation>Income not counted: %1</translation>
    </message>
    <message>
        <source>Expense deducted: %1</source>
        <translation>Expense deducted: %1</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Supplement: %1</source>
        <translation>Supplement: %1</translation>
    </message>
    <message>
        <source>Red flag: occupations of cadres</source>
        <translation>Red flag: occupations of cadres</translation>
    </message>
    <message>
        <source>Red flag: financial assets near the limit</source>
        <translation>Red flag: financial assets near the limit</translation>
    </message>
    <message>
        <source>Red flag: a house bought recently (months)</source>
        <translation>Red flag: a house bought recently (months)</translation>
    </message>
    <message>
        <source>%1: %2 %3, in force from %4</source>
        <translation>%1: %2 %3, in force from %4</translation>
    </message>
</context>
<context>
    <name>dibao::FieldLabels</name>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>To month</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Urban or rural</source>
        <translation>Urban or rural</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>Actual address</translation>
    </message>
    <message>
        <source>Separated residence (人户分离)</source>
        <translation>Separated residence (人户分离)</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Stable household (12-month reviews)</source>
        <translation>Stable household (12-month reviews)</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>Monthly amount in force</source>
        <translation>Monthly amount in force</translation>
    </message>
    <message>
        <source>Tier in force</source>
        <translation>Tier in force</translation>
    </message>
    <message>
        <source>Enrolled since</source>
        <translation>Enrolled since</translation>
    </message>
    <message>
        <source>Next periodic review</source>
        <translation>Next periodic review</translation>
    </message>
    <message>
        <source>From the earlier roster</source>
        <translation>From the earlier roster</translation>
    </message>
    <message>
        <source>Earlier roster reference</source>
        <translation>Earlier roster reference</translation>
    </message>
    <message>
        <source>Earlier roster approval date</source>
        <translation>Earlier roster approval date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name (search form)</source>
        <translation>Name (search form)</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Relation to the applicant</source>
        <translation>Relation to the applicant</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Disability category</source>
        <translation>Disability category</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>Serious illness</translation>
    </message>
    <message>
        <source>Work ability</source>
        <translation>Work ability</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Student level</source>
        <translation>Student level</translation>
    </message>
    <message>
        <source>Full-time student</source>
        <translation>Full-time student</translation>
    </message>
    <message>
        <source>Lives in the household</source>
        <translation>Lives in the household</translation>
    </message>
    <message>
        <source>Support duty</source>
        <translation>Support duty</translation>
    </message>
    <message>
        <source>Cannot live independently</source>
        <translation>Cannot live independently</translation>
    </message>
    <message>
        <source>Not counted as a member</source>
        <translation>Not counted as a member</translation>
    </message>
    <message>
        <source>Why not counted</source>
        <translation>Why not counted</translation>
    </message>
    <message>
        <source>Suitable work refused</source>
        <translation>Suitable work refused</translation>
    </message>
    <message>
        <source>Left the household</source>
        <translation>Left the household</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <source>Work costs</source>
        <translation>Work costs</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <source>Support paid to others</source>
        <translation>Support paid to others</translation>
    </message>
    <message>
        <source>Monthly expense</source>
        <translation>Monthly expense</translation>
    </message>
    <message>
        <source>Sub-kind</source>
        <translation>Sub-kind</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Bought on</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Why exempt</source>
        <translation>Why exempt</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <source>Applicant name (search form)</source>
        <translation>Applicant name (search form)</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Household size</translation>
    </message>
    <message>
        <source>Entrusted applicant</source>
        <translation>Entrusted applicant</translation>
    </message>
    <message>
        <source>Near relative declared</source>
        <translation>Near relative declared</translation>
    </message>
    <message>
        <source>Near-relative note</source>
        <translation>Near-relative note</translation>
    </message>
    <message>
        <source>Individual enrolment for</source>
        <translation>Individual enrolment for</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>Missing items notified on</source>
        <translation>Missing items notified on</translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation>Missing items</translation>
    </message>
    <message>
        <source>After an objection</source>
        <translation>After an objection</translation>
    </message>
    <message>
        <source>Ground for the extension</source>
        <translation>Ground for the extension</translation>
    </message>
    <message>
        <source>Confirmation delegated</source>
        <translation>Confirmation delegated</translation>
    </message>
    <message>
        <source>Proposed amount</source>
        <translation>Proposed amount</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>Proposed tier</translation>
    </message>
    <message>
        <source>Decided amount</source>
        <translation>Decided amount</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Payment starts</source>
        <translation>Payment starts</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Reasons given</translation>
    </message>
    <message>
        <source>Refusal delivered on</source>
        <translation>Refusal delivered on</translation>
    </message>
    <message>
        <source>Review outcome</source>
        <translation>Review outcome</translation>
    </message>
    <message>
        <source>Gradual exit months</source>
        <translation>Gradual exit months</translation>
    </message>
    <message>
        <source>Intake the decision was based on</source>
        <translation>Intake the decision was based on</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Next deadline kind</source>
        <translation>Next deadline kind</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Counted in</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Card held by</source>
        <translation>Card held by</translation>
    </message>
    <message>
        <source>Custodian role</source>
        <translation>Custodian role</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <source>Reason for custody</source>
        <translation>Reason for custody</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Real-name complaint</source>
        <translation>Real-name complaint</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Township concerned</source>
        <translation>Township concerned</translation>
    </message>
    <message>
        <source>Staff member concerned</source>
        <translation>Staff member concerned</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Received by (account)</source>
        <translation>Received by (account)</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>First-contact owner (account)</source>
        <translation>First-contact owner (account)</translation>
    </message>
    <message>
        <source>First-contact owner</source>
        <translation>First-contact owner</translation>
    </message>
    <message>
        <source>Owner office</source>
        <translation>Owner office</translation>
    </message>
    <message>
        <source>Acknowledgement due</source>
        <translation>Acknowledgement due</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Acknowledged on</translation>
    </message>
    <message>
        <source>Handling deadline</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>Extended on</source>
        <translation>Extended on</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>Concluded on</translation>
    </message>
    <message>
        <source>Concluded by</source>
        <translation>Concluded by</translation>
    </message>
    <message>
        <source>Deciding office</source>
        <translation>Deciding office</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Complaint on the case</source>
        <translation>Complaint on the case</translation>
    </message>
    <message>
        <source>Check case</source>
        <translation>Check case</translation>
    </message>
    <message>
        <source>Feedback on</source>
        <translation>Feedback on</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Reward on</source>
        <translation>Reward on</translation>
    </message>
    <message>
        <source>Reward note</source>
        <translation>Reward note</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Forwarded on</source>
        <translation>Forwarded on</translation>
    </message>
    <message>
        <source>From office</source>
        <translation>From office</translation>
    </message>
    <message>
        <source>To office</source>
        <translation>To office</translation>
    </message>
    <message>
        <source>Higher body</source>
        <translation>Higher body</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation>Outcome on</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Outcome note</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Card custody</source>
        <translation>Card custody</translation>
    </message>
    <message>
        <source>Petition forwarding</source>
        <translation>Petition forwarding</translation>
    </message>
</context>
<context>
    <name>dibao::FindingResolution</name>
    <message>
        <source>Asset added to the case</source>
        <translation>Asset added to the case</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>Income added to the case</source>
        <translation>Income added to the case</translation>
    </message>
    <message>
        <source>Review opened</source>
        <translation>Review opened</translation>
    </message>
</context>
<context>
    <name>dibao::FundReports</name>
    <message>
        <source>The month is not valid.</source>
        <translation>The month is not valid.</translation>
    </message>
</context>
<context>
    <name>dibao::HouseholdImport</name>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message>
        <source>%1[%2]: must be an object</source>
        <translation>%1[%2]: must be an object</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>The file is not valid JSON (at byte %1: %2).</translation>
    </message>
    <message>
        <source>The file must be a JSON object with &quot;format&quot; and &quot;households&quot;.</source>
        <translation>The file must be a JSON object with &quot;format&quot; and &quot;households&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; is not one of: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by two members</source>
        <translation>&quot;%1&quot; is used by two members</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <source>lists no household</source>
        <translation>lists no household</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>must be 1</translation>
    </message>
    <message>
        <source>must be &quot;dibao-households&quot;</source>
        <translation>must be &quot;dibao-households&quot;</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>must be a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>must be a month YYYY-MM</source>
        <translation>must be a month YYYY-MM</translation>
    </message>
    <message>
        <source>must be a whole number of fen, 0 or more</source>
        <translation>must be a whole number of fen, 0 or more</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>no member has ref &quot;%1&quot;</source>
        <translation>no member has ref &quot;%1&quot;</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>required: the ref of the applying member</source>
        <translation>required: the ref of the applying member</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
</context>
<context>
    <name>dibao::HouseholdStore</name>
    <message>
        <source>%1 is not a known township code.</source>
        <translation>%1 is not a known township code.</translation>
    </message>
    <message>
        <source>%1: the months covered must run from an earlier to a later month (YYYY-MM).</source>
        <translation>%1: the months covered must run from an earlier to a later month (YYYY-MM).</translation>
    </message>
    <message>
        <source>A household needs at least one member.</source>
        <translation>A household needs at least one member.</translation>
    </message>
    <message>
        <source>An income item names a member who is not in the household.</source>
        <translation>An income item names a member who is not in the household.</translation>
    </message>
    <message>
        <source>Asset values, counts and areas cannot be negative.</source>
        <translation>Asset values, counts and areas cannot be negative.</translation>
    </message>
    <message>
        <source>Every member needs a name.</source>
        <translation>Every member needs a name.</translation>
    </message>
    <message>
        <source>Expense %1</source>
        <translation>Expense %1</translation>
    </message>
    <message>
        <source>Expense amounts cannot be negative.</source>
        <translation>Expense amounts cannot be negative.</translation>
    </message>
    <message>
        <source>Household %1 is outside this database&apos;s area.</source>
        <translation>Household %1 is outside this database&apos;s area.</translation>
    </message>
    <message>
        <source>Income %1</source>
        <translation>Income %1</translation>
    </message>
    <message>
        <source>Income amounts and deductions cannot be negative.</source>
        <translation>Income amounts and deductions cannot be negative.</translation>
    </message>
    <message>
        <source>Member %1: %2</source>
        <translation>Member %1: %2</translation>
    </message>
    <message>
        <source>Member %1: refusals of work cannot be negative.</source>
        <translation>Member %1: refusals of work cannot be negative.</translation>
    </message>
    <message>
        <source>Member %1: the disability grade is 1 to 4, or 0 for none.</source>
        <translation>Member %1: the disability grade is 1 to 4, or 0 for none.</translation>
    </message>
    <message>
        <source>No household %1.</source>
        <translation>No household %1.</translation>
    </message>
    <message>
        <source>The ID number %1 appears twice in this household.</source>
        <translation>The ID number %1 appears twice in this household.</translation>
    </message>
    <message>
        <source>Township %1 (%2) is outside this database&apos;s area.</source>
        <translation>Township %1 (%2) is outside this database&apos;s area.</translation>
    </message>
    <message>
        <source>Township %1 is outside this database&apos;s area.</source>
        <translation>Township %1 is outside this database&apos;s area.</translation>
    </message>
    <message>
        <source>Unknown asset kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown asset kind &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>Unknown expense kind &quot;%1&quot;; use disability_cost or illness_cost.</source>
        <translation>Unknown expense kind &quot;%1&quot;; use disability_cost or illness_cost.</translation>
    </message>
    <message>
        <source>Unknown income kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown income kind &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> on %1</translation>
    </message>
    <message>
        <source>A member is never removed from the file: record why they left (moved out, died, married out) instead.</source>
        <translation>A member is never removed from the file: record why they left (moved out, died, married out) instead.</translation>
    </message>
    <message>
        <source>An income, expense or asset item is never removed from the file: correct its figures or months instead (e.g. an amount of 0).</source>
        <translation>An income, expense or asset item is never removed from the file: correct its figures or months instead (e.g. an amount of 0).</translation>
    </message>
    <message>
        <source>This household&apos;s case was decided%1; its file is changed through a periodic review now. Open a review (or report the change), then edit the household.</source>
        <translation>This household&apos;s case was decided%1; its file is changed through a periodic review now. Open a review (or report the change), then edit the household.</translation>
    </message>
</context>
<context>
    <name>dibao::HubClient</name>
    <message>
        <source>The hub answered %1 without an acknowledgement.</source>
        <translation>The hub answered %1 without an acknowledgement.</translation>
    </message>
    <message>
        <source>The hub answered %1: %2</source>
        <translation>The hub answered %1: %2</translation>
    </message>
    <message>
        <source>The hub at %1 does not answer: %2</source>
        <translation>The hub at %1 does not answer: %2</translation>
    </message>
    <message>
        <source>The hub card has no address to reach the hub at.</source>
        <translation>The hub card has no address to reach the hub at.</translation>
    </message>
    <message>
        <source>The hub refused bundle %1 as too large.</source>
        <translation>The hub refused bundle %1 as too large.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match the pin on its card.</source>
        <translation>The hub&apos;s certificate does not match the pin on its card.</translation>
    </message>
    <message>
        <source>This device has not joined a hub yet (dibao-cli join --hub-card FILE).</source>
        <translation>This device has not joined a hub yet (dibao-cli join --hub-card FILE).</translation>
    </message>
</context>
<context>
    <name>dibao::HubKeys</name>
    <message>
        <source>%1 is not a dibao hub key file.</source>
        <translation>%1 is not a dibao hub key file.</translation>
    </message>
    <message>
        <source>Cannot create the hub key file %1.</source>
        <translation>Cannot create the hub key file %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the hub key file %1.</source>
        <translation>Cannot write the hub key file %1.</translation>
    </message>
    <message>
        <source>The hub key file %1 does not exist (dibao-cli --db HUB hub-card creates it).</source>
        <translation>The hub key file %1 does not exist (dibao-cli --db HUB hub-card creates it).</translation>
    </message>
    <message>
        <source>The hub key file %1 may be read by other users: chmod 600 it.</source>
        <translation>The hub key file %1 may be read by other users: chmod 600 it.</translation>
    </message>
</context>
<context>
    <name>dibao::HubService</name>
    <message>
        <source>Bundles are fetched with GET.</source>
        <translation>Bundles are fetched with GET.</translation>
    </message>
    <message>
        <source>Bundles are uploaded with PUT.</source>
        <translation>Bundles are uploaded with PUT.</translation>
    </message>
    <message>
        <source>GET …/bundles needs after=N (the last bundle applied).</source>
        <translation>GET …/bundles needs after=N (the last bundle applied).</translation>
    </message>
    <message>
        <source>No such resource.</source>
        <translation>No such resource.</translation>
    </message>
    <message>
        <source>The request is not signed by the device.</source>
        <translation>The request is not signed by the device.</translation>
    </message>
    <message>
        <source>The request is signed by an unknown key.</source>
        <translation>The request is signed by an unknown key.</translation>
    </message>
    <message>
        <source>The request&apos;s date is more than %1 seconds from the hub&apos;s clock.</source>
        <translation>The request&apos;s date is more than %1 seconds from the hub&apos;s clock.</translation>
    </message>
    <message>
        <source>The request&apos;s nonce is malformed.</source>
        <translation>The request&apos;s nonce is malformed.</translation>
    </message>
    <message>
        <source>The request&apos;s signature does not verify.</source>
        <translation>The request&apos;s signature does not verify.</translation>
    </message>
    <message>
        <source>This device is revoked.</source>
        <translation>This device is revoked.</translation>
    </message>
    <message>
        <source>This request was already made once.</source>
        <translation>This request was already made once.</translation>
    </message>
</context>
<context>
    <name>dibao::IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>The ID number is empty.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (or 15 for an old card); this one has %1.</source>
        <translation>An ID number has 18 characters (or 15 for an old card); this one has %1.</translation>
    </message>
    <message>
        <source>A 15-character ID number has digits only.</source>
        <translation>A 15-character ID number has digits only.</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X.</source>
        <translation>An ID number has 17 digits followed by a digit or X.</translation>
    </message>
    <message>
        <source>The address code %1 at the start of the ID number is not a possible county code.</source>
        <translation>The address code %1 at the start of the ID number is not a possible county code.</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is not a real date.</source>
        <translation>The birth date %1 in the ID number is not a real date.</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is in the future.</source>
        <translation>The birth date %1 in the ID number is in the future.</translation>
    </message>
    <message>
        <source>The last character of the ID number should be %1, not %2: check the digits.</source>
        <translation>The last character of the ID number should be %1, not %2: check the digits.</translation>
    </message>
</context>
<context>
    <name>dibao::ImportBundlesDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>Choose the bundle files (dibao_….zip) or a folder holding them.</source>
        <translation>Choose the bundle files (dibao_….zip) or a folder holding them.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Bundle files</source>
        <translation>Bundle files</translation>
    </message>
    <message>
        <source>dibao bundles (dibao_*.zip);;All files (*)</source>
        <translation>dibao bundles (dibao_*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>A folder of bundle files</source>
        <translation>A folder of bundle files</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import.</source>
        <translation>
            <numerusform>%n file(s) to import.</numerusform>
            <numerusform>%n file(s) to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <source>Applied %1, duplicate %2, held %3, rejected %4; %n change(s) refused.</source>
        <translation>
            <numerusform>Applied %1, duplicate %2, held %3, rejected %4; %n change(s) refused.</numerusform>
            <numerusform>Applied %1, duplicate %2, held %3, rejected %4; %n change(s) refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Stopping after the current file…</translation>
    </message>
</context>
<context>
    <name>dibao::ImportVerdictModel</name>
    <message>
        <source>a field only the confirming authority writes</source>
        <translation>a field only the confirming authority writes</translation>
    </message>
    <message>
        <source>a household outside the sender&apos;s township</source>
        <translation>a household outside the sender&apos;s township</translation>
    </message>
    <message>
        <source>a change to a record that may only be added to</source>
        <translation>a change to a record that may only be added to</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 from %2, %n change(s)</source>
        <translation>
            <numerusform>Bundle %1 from %2, %n change(s)</numerusform>
            <numerusform>Bundle %1 from %2, %n change(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes refused (listed in the acknowledgement):</source>
        <translation>Changes refused (listed in the acknowledgement):</translation>
    </message>
    <message>
        <source>  change %1 of %2: %3</source>
        <translation>  change %1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept for a person (Sync ▸ Conflicts…)</source>
        <translation>
            <numerusform>%n conflict(s) kept for a person (Sync ▸ Conflicts…)</numerusform>
            <numerusform>%n conflict(s) kept for a person (Sync ▸ Conflicts…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>dibao::InspectionDocument</name>
    <message>
        <source>Period: %1 to %2. Clocks are judged as of %2.</source>
        <translation>Period: %1 to %2. Clocks are judged as of %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Clocks kept</source>
        <translation>Clocks kept</translation>
    </message>
    <message>
        <source>Clocks missed</source>
        <translation>Clocks missed</translation>
    </message>
    <message>
        <source>Cases without a required visit</source>
        <translation>Cases without a required visit</translation>
    </message>
    <message>
        <source>Unresolved flags and conflicts</source>
        <translation>Unresolved flags and conflicts</translation>
    </message>
    <message>
        <source>Decisions in the period</source>
        <translation>Decisions in the period</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Clocks</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>Overdue, open</source>
        <translation>Overdue, open</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Decisions by named person</source>
        <translation>Decisions by named person</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Township in charge</source>
        <translation>Township in charge</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Inspection report</translation>
    </message>
</context>
<context>
    <name>dibao::InspectionPage</name>
    <message>
        <source>Save the inspection report</source>
        <translation>Save the inspection report</translation>
    </message>
    <message>
        <source>inspection.xlsx</source>
        <translation>inspection.xlsx</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the inspection report as PDF</source>
        <translation>Save the inspection report as PDF</translation>
    </message>
    <message>
        <source>inspection.pdf</source>
        <translation>inspection.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Fund report</source>
        <translation>Fund report</translation>
    </message>
    <message>
        <source>Month (YYYY-MM):</source>
        <translation>Month (YYYY-MM):</translation>
    </message>
    <message>
        <source>Save the fund report</source>
        <translation>Save the fund report</translation>
    </message>
    <message>
        <source>fund-report-%1.xlsx</source>
        <translation>fund-report-%1.xlsx</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Build the report</source>
        <translation>Build the report</translation>
    </message>
    <message>
        <source>Workbook (.xlsx)...</source>
        <translation>Workbook (.xlsx)...</translation>
    </message>
    <message>
        <source>PDF...</source>
        <translation>PDF...</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Fund report...</source>
        <translation>Fund report...</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Clocks</translation>
    </message>
    <message>
        <source>Cases without visits</source>
        <translation>Cases without visits</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>Overdue, open</source>
        <translation>Overdue, open</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Sync conflict</translation>
    </message>
    <message>
        <source>Sync flag</source>
        <translation>Sync flag</translation>
    </message>
    <message>
        <source>%1 %2: clocks kept %3, missed %4; cases without a required visit %5; unresolved %6.</source>
        <translation>%1 %2: clocks kept %3, missed %4; cases without a required visit %5; unresolved %6.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>dibao::InspectionReports</name>
    <message>
        <source>%1 is not a township code.</source>
        <translation>%1 is not a township code.</translation>
    </message>
    <message>
        <source>%1 is outside this database&apos;s jurisdiction.</source>
        <translation>%1 is outside this database&apos;s jurisdiction.</translation>
    </message>
    <message>
        <source>Complaint during confirmation</source>
        <translation>Complaint during confirmation</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Near relative of staff</source>
        <translation>Near relative of staff</translation>
    </message>
    <message>
        <source>No household visit</source>
        <translation>No household visit</translation>
    </message>
    <message>
        <source>No visit by the confirming authority</source>
        <translation>No visit by the confirming authority</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>The period is not valid.</translation>
    </message>
</context>
<context>
    <name>dibao::IntakeForm</name>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>New application: %1</source>
        <translation>New application: %1</translation>
    </message>
    <message>
        <source>(no member yet)</source>
        <translation>(no member yet)</translation>
    </message>
    <message>
        <source>%1 — %2, saved %3</source>
        <translation>%1 — %2, saved %3</translation>
    </message>
    <message>
        <source>1. Application</source>
        <translation>1. Application</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Entrusted person:</source>
        <translation>&amp;Entrusted person:</translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation>&amp;Submitted on:</translation>
    </message>
    <message>
        <source>2. Household</source>
        <translation>2. Household</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>Township:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Registered address:</source>
        <translation>&amp;Registered address:</translation>
    </message>
    <message>
        <source>Ac&amp;tual address:</source>
        <translation>Ac&amp;tual address:</translation>
    </message>
    <message>
        <source>Registered and actual residence differ:</source>
        <translation>Registered and actual residence differ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Bank:</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>Account &amp;number:</translation>
    </message>
    <message>
        <source>Stable household (reviewed every 12 months):</source>
        <translation>Stable household (reviewed every 12 months):</translation>
    </message>
    <message>
        <source>3. Members</source>
        <translation>3. Members</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>Re&amp;lation to applicant:</source>
        <translation>Re&amp;lation to applicant:</translation>
    </message>
    <message>
        <source>&amp;Health:</source>
        <translation>&amp;Health:</translation>
    </message>
    <message>
        <source>Disability category:</source>
        <translation>Disability category:</translation>
    </message>
    <message>
        <source>Disability grade (0: none):</source>
        <translation>Disability grade (0: none):</translation>
    </message>
    <message>
        <source>Serious illness:</source>
        <translation>Serious illness:</translation>
    </message>
    <message>
        <source>&amp;Work ability:</source>
        <translation>&amp;Work ability:</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Occupation:</translation>
    </message>
    <message>
        <source>School level:</source>
        <translation>School level:</translation>
    </message>
    <message>
        <source>Full-time student:</source>
        <translation>Full-time student:</translation>
    </message>
    <message>
        <source>Counted:</source>
        <translation>Counted:</translation>
    </message>
    <message>
        <source>A&amp;pplicant:</source>
        <translation>A&amp;pplicant:</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, born %2</translation>
    </message>
    <message>
        <source>Invalid ID number: %1</source>
        <translation>Invalid ID number: %1</translation>
    </message>
    <message>
        <source>4. Income (the months it covers, and its deductions)</source>
        <translation>4. Income (the months it covers, and its deductions)</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Total over the months (yuan):</source>
        <translation>Total over the months (yuan):</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>Months:</translation>
    </message>
    <message>
        <source>Work costs (yuan):</source>
        <translation>Work costs (yuan):</translation>
    </message>
    <message>
        <source>Taxes (yuan):</source>
        <translation>Taxes (yuan):</translation>
    </message>
    <message>
        <source>Own social insurance (yuan):</source>
        <translation>Own social insurance (yuan):</translation>
    </message>
    <message>
        <source>Support paid to others (yuan):</source>
        <translation>Support paid to others (yuan):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>5. Assets</source>
        <translation>5. Assets</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Held by:</translation>
    </message>
    <message>
        <source>Vehicle kind:</source>
        <translation>Vehicle kind:</translation>
    </message>
    <message>
        <source>Value (yuan):</source>
        <translation>Value (yuan):</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Count:</translation>
    </message>
    <message>
        <source>Floor area (m²):</source>
        <translation>Floor area (m²):</translation>
    </message>
    <message>
        <source>Exempt (necessary for living or production):</source>
        <translation>Exempt (necessary for living or production):</translation>
    </message>
    <message>
        <source>Why exempt:</source>
        <translation>Why exempt:</translation>
    </message>
    <message>
        <source>6. Documents checklist</source>
        <translation>6. Documents checklist</translation>
    </message>
    <message>
        <source>The checklist informs; it never blocks acceptance. A signed promise may stand in for proofs (告知承诺制), and documents the government already holds are not demanded again.</source>
        <translation>The checklist informs; it never blocks acceptance. A signed promise may stand in for proofs (告知承诺制), and documents the government already holds are not demanded again.</translation>
    </message>
    <message>
        <source>7. Near relatives among township staff or village cadres</source>
        <translation>7. Near relatives among township staff or village cadres</translation>
    </message>
    <message>
        <source>A near relative is declared:</source>
        <translation>A near relative is declared:</translation>
    </message>
    <message>
        <source>Who, and their post:</source>
        <translation>Who, and their post:</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>Remove selected member</source>
        <translation>Remove selected member</translation>
    </message>
    <message>
        <source>Add &amp;income</source>
        <translation>Add &amp;income</translation>
    </message>
    <message>
        <source>Remove selected income</source>
        <translation>Remove selected income</translation>
    </message>
    <message>
        <source>Add a&amp;sset</source>
        <translation>Add a&amp;sset</translation>
    </message>
    <message>
        <source>Remove selected asset</source>
        <translation>Remove selected asset</translation>
    </message>
    <message>
        <source>Save the application (Ctrl+S)</source>
        <translation>Save the application (Ctrl+S)</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>Village or community</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>The household</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Sex, born</source>
        <translation>Sex, born</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Work ability</source>
        <translation>Work ability</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Deductions (yuan)</source>
        <translation>Deductions (yuan)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>%1 house(s), %2 m²</source>
        <translation>%1 house(s), %2 m²</translation>
    </message>
    <message>
        <source>Every member needs a name.</source>
        <translation>Every member needs a name.</translation>
    </message>
    <message>
        <source>Type the member&apos;s ID number.</source>
        <translation>Type the member&apos;s ID number.</translation>
    </message>
    <message>
        <source>%1 is already a member with this ID number.</source>
        <translation>%1 is already a member with this ID number.</translation>
    </message>
    <message>
        <source>%1 added as a member.</source>
        <translation>%1 added as a member.</translation>
    </message>
    <message>
        <source>Add the members first: income belongs to a member.</source>
        <translation>Add the members first: income belongs to a member.</translation>
    </message>
    <message>
        <source>Write the income in yuan with at most two decimals, e.g. 13200.00.</source>
        <translation>Write the income in yuan with at most two decimals, e.g. 13200.00.</translation>
    </message>
    <message>
        <source>The last month comes before the first.</source>
        <translation>The last month comes before the first.</translation>
    </message>
    <message numerus="yes">
        <source>Income added: %1 yuan over %n month(s).</source>
        <translation>
            <numerusform>Income added: %1 yuan over %n month.</numerusform>
            <numerusform>Income added: %1 yuan over %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the value in yuan with at most two decimals.</source>
        <translation>Write the value in yuan with at most two decimals.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>Draft saved automatically at %1 (not yet an application)</source>
        <translation>Draft saved automatically at %1 (not yet an application)</translation>
    </message>
    <message>
        <source>Add at least one member: the applicant.</source>
        <translation>Add at least one member: the applicant.</translation>
    </message>
    <message>
        <source>Choose the applicant among the members.</source>
        <translation>Choose the applicant among the members.</translation>
    </message>
    <message>
        <source>The application of %1 is saved.</source>
        <translation>The application of %1 is saved.</translation>
    </message>
    <message>
        <source>Unsaved application</source>
        <translation>Unsaved application</translation>
    </message>
    <message>
        <source>The application of %1 is not saved yet.</source>
        <translation>The application of %1 is not saved yet.</translation>
    </message>
    <message>
        <source>a new household</source>
        <translation>a new household</translation>
    </message>
    <message>
        <source>Save it now, keep it as a draft to finish later, or discard it?</source>
        <translation>Save it now, keep it as a draft to finish later, or discard it?</translation>
    </message>
    <message>
        <source>Save the application</source>
        <translation>Save the application</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Editing the household of case %1: each change is recorded in the audit trail.</source>
        <translation>Editing the household of case %1: each change is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>Household of %1</translation>
    </message>
    <message>
        <source>The household of %1 is saved.</source>
        <translation>The household of %1 is saved.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The changes to the household of %1 are not saved.</source>
        <translation>The changes to the household of %1 are not saved.</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Save the changes</translation>
    </message>
</context>
<context>
    <name>dibao::MainWindow</name>
    <message>
        <source>dibao — minimum living allowance casework</source>
        <translation>dibao — minimum living allowance casework</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <source>Resume a &amp;draft…</source>
        <translation>Resume a &amp;draft…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>You have no saved drafts.</source>
        <translation>You have no saved drafts.</translation>
    </message>
    <message>
        <source>Resume which draft?</source>
        <translation>Resume which draft?</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Payroll</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>dibao::MeetingCategory</name>
    <message>
        <source>CPPCC member</source>
        <translation>CPPCC member</translation>
    </message>
    <message>
        <source>People&apos;s Congress deputy</source>
        <translation>People&apos;s Congress deputy</translation>
    </message>
    <message>
        <source>Veteran Party member</source>
        <translation>Veteran Party member</translation>
    </message>
    <message>
        <source>Village committee member</source>
        <translation>Village committee member</translation>
    </message>
    <message>
        <source>Village representative</source>
        <translation>Village representative</translation>
    </message>
</context>
<context>
    <name>dibao::MeetingPage</name>
    <message>
        <source>True and complete</source>
        <translation>True and complete</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>The record meets the county&apos;s composition and quorum rules.</source>
        <translation>The record meets the county&apos;s composition and quorum rules.</translation>
    </message>
    <message>
        <source>No case of this township is waiting for a meeting.</source>
        <translation>No case of this township is waiting for a meeting.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting for the meeting.</source>
        <translation>
            <numerusform>%n case(s) waiting for the meeting.</numerusform>
            <numerusform>%n case(s) waiting for the meeting.</numerusform>
        </translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>Opinions heard</source>
        <translation>Opinions heard</translation>
    </message>
    <message>
        <source>Opinions heard on %1</source>
        <translation>Opinions heard on %1</translation>
    </message>
    <message>
        <source>Meeting recorded. Its record is read-only; print the minutes from the recorded meetings.</source>
        <translation>Meeting recorded. Its record is read-only; print the minutes from the recorded meetings.</translation>
    </message>
    <message>
        <source>Record the meeting</source>
        <translation>Record the meeting</translation>
    </message>
    <message numerus="yes">
        <source>Record the meeting of %1 with %n case(s)? A recorded meeting cannot be changed; a mistake is corrected by a new record.</source>
        <translation>
            <numerusform>Record the meeting of %1 with %n case(s)? A recorded meeting cannot be changed; a mistake is corrected by a new record.</numerusform>
            <numerusform>Record the meeting of %1 with %n case(s)? A recorded meeting cannot be changed; a mistake is corrected by a new record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correcting the record of %1: say why, fix the record and record it as a new record.</source>
        <translation>Correcting the record of %1: say why, fix the record and record it as a new record.</translation>
    </message>
    <message>
        <source>Photos of the signed sheet</source>
        <translation>Photos of the signed sheet</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Images (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>corrected by a later record</source>
        <translation>corrected by a later record</translation>
    </message>
    <message>
        <source>corrects an earlier record</source>
        <translation>corrects an earlier record</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>Record a meeting</translation>
    </message>
    <message>
        <source>Recorded meetings</source>
        <translation>Recorded meetings</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>&amp;Township:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>all villages</source>
        <translation>all villages</translation>
    </message>
    <message>
        <source>&amp;Load agenda</source>
        <translation>&amp;Load agenda</translation>
    </message>
    <message>
        <source>Print a&amp;genda…</source>
        <translation>Print a&amp;genda…</translation>
    </message>
    <message>
        <source>Print signat&amp;ure sheet…</source>
        <translation>Print signat&amp;ure sheet…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <source>Rec&amp;order:</source>
        <translation>Rec&amp;order:</translation>
    </message>
    <message>
        <source>Township &amp;staff present:</source>
        <translation>Township &amp;staff present:</translation>
    </message>
    <message>
        <source>names separated by 、 — they draw the conclusions</source>
        <translation>names separated by 、 — they draw the conclusions</translation>
    </message>
    <message>
        <source>Partic&amp;ipants</source>
        <translation>Partic&amp;ipants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Add participant</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>&amp;Cases on the agenda (an opinion on whether the investigation is true and complete — never a vote on eligibility)</source>
        <translation>&amp;Cases on the agenda (an opinion on whether the investigation is true and complete — never a vote on eligibility)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Household size</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>Drawn by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Add opi&amp;nion</source>
        <translation>Add opi&amp;nion</translation>
    </message>
    <message>
        <source>Remove opinion</source>
        <translation>Remove opinion</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <source>Signed sheet:</source>
        <translation>Signed sheet:</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>Add &amp;photo…</translation>
    </message>
    <message>
        <source>Corr&amp;ection reason:</source>
        <translation>Corr&amp;ection reason:</translation>
    </message>
    <message>
        <source>Chec&amp;k rules</source>
        <translation>Chec&amp;k rules</translation>
    </message>
    <message>
        <source>&amp;Record meeting…</source>
        <translation>&amp;Record meeting…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Print &amp;minutes…</source>
        <translation>Print &amp;minutes…</translation>
    </message>
    <message>
        <source>Minutes as P&amp;DF…</source>
        <translation>Minutes as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Correct with a new record…</source>
        <translation>&amp;Correct with a new record…</translation>
    </message>
</context>
<context>
    <name>dibao::MergePolicy</name>
    <message>
        <source>No merge policy for %1: every synced record type needs a row in the merge-policy table (core/sync/MergePolicy.cpp).</source>
        <translation>No merge policy for %1: every synced record type needs a row in the merge-policy table (core/sync/MergePolicy.cpp).</translation>
    </message>
    <message>
        <source>The record this change belongs to (%1) is unknown here.</source>
        <translation>The record this change belongs to (%1) is unknown here.</translation>
    </message>
</context>
<context>
    <name>dibao::NearRelativeRegister</name>
    <message>
        <source>Give the staff member&apos;s and the relative&apos;s names.</source>
        <translation>Give the staff member&apos;s and the relative&apos;s names.</translation>
    </message>
    <message>
        <source>No register entry %1.</source>
        <translation>No register entry %1.</translation>
    </message>
    <message>
        <source>Relative&apos;s ID number: %1</source>
        <translation>Relative&apos;s ID number: %1</translation>
    </message>
    <message>
        <source>Staff ID number: %1</source>
        <translation>Staff ID number: %1</translation>
    </message>
    <message>
        <source>The entry has already ended.</source>
        <translation>The entry has already ended.</translation>
    </message>
    <message>
        <source>The near-relative register is kept by the county.</source>
        <translation>The near-relative register is kept by the county.</translation>
    </message>
    <message>
        <source>The staff member and the relative are the same person.</source>
        <translation>The staff member and the relative are the same person.</translation>
    </message>
    <message>
        <source>This relative of %1 is already on the register (%2).</source>
        <translation>This relative of %1 is already on the register (%2).</translation>
    </message>
    <message>
        <source>Unknown staff role &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown staff role &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a near relation; use one of: %2.</source>
        <translation>&quot;%1&quot; is not a near relation; use one of: %2.</translation>
    </message>
</context>
<context>
    <name>dibao::NoticeCandidateModel</name>
    <message>
        <source>No proposal yet and the household is not found eligible: enter the proposed amount.</source>
        <translation>No proposal yet and the household is not found eligible: enter the proposed amount.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Household size</translation>
    </message>
    <message>
        <source>Proposed amount (yuan/month)</source>
        <translation>Proposed amount (yuan/month)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
</context>
<context>
    <name>dibao::NoticeExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>dibao::NoticePage</name>
    <message>
        <source>County (approval)</source>
        <translation>County (approval)</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>No case of this township is ready for a notice.</source>
        <translation>No case of this township is ready for a notice.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) ready for a notice. Uncheck a case to leave it off; edit the proposed amount or tier where the township proposes another.</source>
        <translation>
            <numerusform>%n case(s) ready for a notice. Uncheck a case to leave it off; edit the proposed amount or tier where the township proposes another.</numerusform>
            <numerusform>%n case(s) ready for a notice. Uncheck a case to leave it off; edit the proposed amount or tier where the township proposes another.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post notice</source>
        <translation>Post notice</translation>
    </message>
    <message numerus="yes">
        <source>Post a notice of %n case(s) at &quot;%1&quot; from %2? The 7-day notice period starts and the notice cannot be changed afterwards.</source>
        <translation>
            <numerusform>Post a notice of %n case(s) at &quot;%1&quot; from %2? The 7-day notice period starts and the notice cannot be changed afterwards.</numerusform>
            <numerusform>Post a notice of %n case(s) at &quot;%1&quot; from %2? The 7-day notice period starts and the notice cannot be changed afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notice posted: %n case(s), until %1. Print it or save the PDF for posting.</source>
        <translation>
            <numerusform>Notice posted: %n case(s), until %1. Print it or save the PDF for posting.</numerusform>
            <numerusform>Notice posted: %n case(s), until %1. Print it or save the PDF for posting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Household size</translation>
    </message>
    <message>
        <source>Proposed amount (yuan/month)</source>
        <translation>Proposed amount (yuan/month)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>ID number (masked)</source>
        <translation>ID number (masked)</translation>
    </message>
    <message>
        <source>No notice is selected.</source>
        <translation>No notice is selected.</translation>
    </message>
    <message>
        <source>Export the notice list</source>
        <translation>Export the notice list</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Record an objection</source>
        <translation>Record an objection</translation>
    </message>
    <message>
        <source>Select the case the objection is about.</source>
        <translation>Select the case the objection is about.</translation>
    </message>
    <message>
        <source>The objection is recorded and the case awaits the township&apos;s choice: re-investigation or an appraisal meeting. Open the case to choose.</source>
        <translation>The objection is recorded and the case awaits the township&apos;s choice: re-investigation or an appraisal meeting. Open the case to choose.</translation>
    </message>
    <message>
        <source>Build a notice</source>
        <translation>Build a notice</translation>
    </message>
    <message>
        <source>Posted notices</source>
        <translation>Posted notices</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>&amp;Township:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>all villages</source>
        <translation>all villages</translation>
    </message>
    <message>
        <source>&amp;Load cases</source>
        <translation>&amp;Load cases</translation>
    </message>
    <message>
        <source>Posted &amp;at:</source>
        <translation>Posted &amp;at:</translation>
    </message>
    <message>
        <source>e.g. the village&apos;s public notice board</source>
        <translation>e.g. the village&apos;s public notice board</translation>
    </message>
    <message>
        <source>Posted &amp;on:</source>
        <translation>Posted &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Post notice…</source>
        <translation>&amp;Post notice…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Export &amp;workbook…</translation>
    </message>
    <message>
        <source>Record an &amp;objection…</source>
        <translation>Record an &amp;objection…</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>Open &amp;case</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>dibao::ObjectionDialog</name>
    <message>
        <source>Objection about %1</source>
        <translation>Objection about %1</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>empty: anonymous</source>
        <translation>empty: anonymous</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;What is objected:</source>
        <translation>&amp;What is objected:</translation>
    </message>
    <message>
        <source>The objector (seen by county roles only):</source>
        <translation>The objector (seen by county roles only):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Record what the objection says.</source>
        <translation>Record what the objection says.</translation>
    </message>
</context>
<context>
    <name>dibao::PayrollExport</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The bank file&apos;s total does not match the roll&apos;s.</source>
        <translation>The bank file&apos;s total does not match the roll&apos;s.</translation>
    </message>
</context>
<context>
    <name>dibao::PayrollPage</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>raised</translation>
    </message>
    <message>
        <source>lowered</source>
        <translation>lowered</translation>
    </message>
    <message>
        <source>individual share reduced</source>
        <translation>individual share reduced</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>carried or adjusted only</source>
        <translation>carried or adjusted only</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>urban</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>rural</translation>
    </message>
    <message>
        <source>none: held</source>
        <translation>none: held</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Payroll</translation>
    </message>
    <message>
        <source>Choose a month and preview its roll.</source>
        <translation>Choose a month and preview its roll.</translation>
    </message>
    <message>
        <source>Roll of %1, issued on %2 by %3 (locked).</source>
        <translation>Roll of %1, issued on %2 by %3 (locked).</translation>
    </message>
    <message>
        <source>Preview of %1: not issued.</source>
        <translation>Preview of %1: not issued.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s), %1 yuan; to the bank %2 yuan; held (no account): %3.</source>
        <translation>
            <numerusform>%n household(s), %1 yuan; to the bank %2 yuan; held (no account): %3.</numerusform>
            <numerusform>%n household(s), %1 yuan; to the bank %2 yuan; held (no account): %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to resolve first.</source>
        <translation>
            <numerusform>%n problem(s) to resolve first.</numerusform>
            <numerusform>%n problem(s) to resolve first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>no tier (gap)</source>
        <translation>no tier (gap)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>blocks issuing</source>
        <translation>blocks issuing</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Issue the roll</source>
        <translation>Issue the roll</translation>
    </message>
    <message numerus="yes">
        <source>Issue the roll of %1: %n household(s), %2 yuan? Issuing locks it; corrections go into a later month as adjustments.</source>
        <translation>
            <numerusform>Issue the roll of %1: %n household(s), %2 yuan? Issuing locks it; corrections go into a later month as adjustments.</numerusform>
            <numerusform>Issue the roll of %1: %n household(s), %2 yuan? Issuing locks it; corrections go into a later month as adjustments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the bank file and the workbook to</source>
        <translation>Export the bank file and the workbook to</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Written:
%1
%2</source>
        <translation>Written:
%1
%2</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>Bank file &amp;encoding:</source>
        <translation>Bank file &amp;encoding:</translation>
    </message>
    <message>
        <source>&amp;Export bank file and workbook…</source>
        <translation>&amp;Export bank file and workbook…</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Changes against last month</source>
        <translation>Changes against last month</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <source>Adjusted / carried</source>
        <translation>Adjusted / carried</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The payroll is still working on the last request.</source>
        <translation>The payroll is still working on the last request.</translation>
    </message>
    <message>
        <source>Computing the roll…</source>
        <translation>Computing the roll…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>The preview was cancelled.</translation>
    </message>
    <message>
        <source>Issuing the roll…</source>
        <translation>Issuing the roll…</translation>
    </message>
    <message>
        <source>Writing the bank file and the workbook…</source>
        <translation>Writing the bank file and the workbook…</translation>
    </message>
    <message>
        <source>The export was cancelled: no file was kept.</source>
        <translation>The export was cancelled: no file was kept.</translation>
    </message>
</context>
<context>
    <name>dibao::PayrollRollParts</name>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Part %1 of a payroll roll is not valid: %2</source>
        <translation>Part %1 of a payroll roll is not valid: %2</translation>
    </message>
    <message>
        <source>it holds %1 lines and says %2</source>
        <translation>it holds %1 lines and says %2</translation>
    </message>
    <message>
        <source>its lines add up to %1 fen, not the %2 it says</source>
        <translation>its lines add up to %1 fen, not the %2 it says</translation>
    </message>
    <message>
        <source>its lines are longer than %1 bytes</source>
        <translation>its lines are longer than %1 bytes</translation>
    </message>
    <message>
        <source>its lines are not a JSON array</source>
        <translation>its lines are not a JSON array</translation>
    </message>
    <message>
        <source>line %1 does not have exactly the fields of a line</source>
        <translation>line %1 does not have exactly the fields of a line</translation>
    </message>
    <message>
        <source>line %1 has a wrong value in %2</source>
        <translation>line %1 has a wrong value in %2</translation>
    </message>
    <message>
        <source>line %1 has no %2</source>
        <translation>line %1 has no %2</translation>
    </message>
    <message>
        <source>line %1 is not an object</source>
        <translation>line %1 is not an object</translation>
    </message>
    <message>
        <source>line %1 is paid by another township</source>
        <translation>line %1 is paid by another township</translation>
    </message>
</context>
<context>
    <name>dibao::PayrollService</name>
    <message>
        <source>%1 appears twice.</source>
        <translation>%1 appears twice.</translation>
    </message>
    <message>
        <source>%1 is a counted member of %2 households paid this month (%3): a person is paid once. Resolve the transfer or duplicate before issuing.</source>
        <translation>%1 is a counted member of %2 households paid this month (%3): a person is paid once. Resolve the transfer or duplicate before issuing.</translation>
    </message>
    <message>
        <source>%1: a failed payment needs the bank&apos;s reason.</source>
        <translation>%1: a failed payment needs the bank&apos;s reason.</translation>
    </message>
    <message>
        <source>%1: account or amount differs from the line paid (%2, %3 yuan).</source>
        <translation>%1: account or amount differs from the line paid (%2, %3 yuan).</translation>
    </message>
    <message>
        <source>%1: the %2 bank file has no such line.</source>
        <translation>%1: the %2 bank file has no such line.</translation>
    </message>
    <message>
        <source>%1: the bank&apos;s result for this line was already recorded as %2.</source>
        <translation>%1: the bank&apos;s result for this line was already recorded as %2.</translation>
    </message>
    <message>
        <source>A deduction of %1 yuan is larger than this month&apos;s payment of %2 yuan: it waits for a later roll.</source>
        <translation>A deduction of %1 yuan is larger than this month&apos;s payment of %2 yuan: it waits for a later roll.</translation>
    </message>
    <message>
        <source>An adjustment is a non-zero amount.</source>
        <translation>An adjustment is a non-zero amount.</translation>
    </message>
    <message>
        <source>An adjustment needs written reasons.</source>
        <translation>An adjustment needs written reasons.</translation>
    </message>
    <message>
        <source>Name the month of the roll (YYYY-MM).</source>
        <translation>Name the month of the roll (YYYY-MM).</translation>
    </message>
    <message>
        <source>No household %1.</source>
        <translation>No household %1.</translation>
    </message>
    <message>
        <source>The %1 roll cannot be issued on %2: at most next month&apos;s roll is issued ahead.</source>
        <translation>The %1 roll cannot be issued on %2: at most next month&apos;s roll is issued ahead.</translation>
    </message>
    <message>
        <source>The %1 roll is already issued: an adjustment goes into a later roll.</source>
        <translation>The %1 roll is already issued: an adjustment goes into a later roll.</translation>
    </message>
    <message>
        <source>The %1 roll is already issued; an earlier month cannot follow it.</source>
        <translation>The %1 roll is already issued; an earlier month cannot follow it.</translation>
    </message>
    <message>
        <source>The %1 roll was already issued and cannot change; corrections go into a later roll as adjustments.</source>
        <translation>The %1 roll was already issued and cannot change; corrections go into a later roll as adjustments.</translation>
    </message>
    <message>
        <source>The last roll issued is %1: issue %2 first (no month is skipped).</source>
        <translation>The last roll issued is %1: issue %2 first (no month is skipped).</translation>
    </message>
    <message>
        <source>The lines of the %1 roll no longer match the digest recorded when it was issued.</source>
        <translation>The lines of the %1 roll no longer match the digest recorded when it was issued.</translation>
    </message>
    <message>
        <source>The roll cannot be issued: %1</source>
        <translation>The roll cannot be issued: %1</translation>
    </message>
    <message>
        <source>There is no issued %1 roll to match the bank&apos;s result to.</source>
        <translation>There is no issued %1 roll to match the bank&apos;s result to.</translation>
    </message>
    <message>
        <source>adjusted %1 yuan; </source>
        <translation>adjusted %1 yuan; </translation>
    </message>
    <message>
        <source>carried %1 yuan; </source>
        <translation>carried %1 yuan; </translation>
    </message>
    <message>
        <source>row %1 (序号 %2)</source>
        <translation>row %1 (序号 %2)</translation>
    </message>
    <message>
        <source>Issuing was cancelled: nothing was written.</source>
        <translation>Issuing was cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1.</source>
        <translation>Cannot write into the folder %1.</translation>
    </message>
    <message>
        <source>The %1 roll was issued, but its files could not be written: %2</source>
        <translation>The %1 roll was issued, but its files could not be written: %2</translation>
    </message>
</context>
<context>
    <name>dibao::PeriodicReview</name>
    <message>
        <source>A change happened before it was reported, and neither is in the future.</source>
        <translation>A change happened before it was reported, and neither is in the future.</translation>
    </message>
    <message>
        <source>A change is reported by the household or discovered.</source>
        <translation>A change is reported by the household or discovered.</translation>
    </message>
    <message>
        <source>A review category is stable or other.</source>
        <translation>A review category is stable or other.</translation>
    </message>
    <message>
        <source>A transfer is a move or a relocation (易地搬迁).</source>
        <translation>A transfer is a move or a relocation (易地搬迁).</translation>
    </message>
    <message>
        <source>An earlier transfer takes effect in %1: a new one starts later.</source>
        <translation>An earlier transfer takes effect in %1: a new one starts later.</translation>
    </message>
    <message>
        <source>Both townships must be in this database&apos;s area (a county database).</source>
        <translation>Both townships must be in this database&apos;s area (a county database).</translation>
    </message>
    <message>
        <source>Death of a member</source>
        <translation>Death of a member</translation>
    </message>
    <message>
        <source>Name the new township (9 digits), not the current one.</source>
        <translation>Name the new township (9 digits), not the current one.</translation>
    </message>
    <message>
        <source>No household %1 here.</source>
        <translation>No household %1 here.</translation>
    </message>
    <message>
        <source>No household %1.</source>
        <translation>No household %1.</translation>
    </message>
    <message>
        <source>Only an enrolled household has periodic reviews.</source>
        <translation>Only an enrolled household has periodic reviews.</translation>
    </message>
    <message>
        <source>Say what changed.</source>
        <translation>Say what changed.</translation>
    </message>
    <message>
        <source>The %1 roll is already issued by the old township: the new one pays from %2 on.</source>
        <translation>The %1 roll is already issued by the old township: the new one pays from %2 on.</translation>
    </message>
    <message>
        <source>The member has already left the household.</source>
        <translation>The member has already left the household.</translation>
    </message>
    <message>
        <source>The member is not in this household.</source>
        <translation>The member is not in this household.</translation>
    </message>
    <message>
        <source>Unknown change &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown change &quot;%1&quot;; use one of: %2.</translation>
    </message>
</context>
<context>
    <name>dibao::PetitionPage</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>handed over</translation>
    </message>
    <message>
        <source>extended by 30 days</source>
        <translation>extended by 30 days</translation>
    </message>
    <message>
        <source>concluded</source>
        <translation>concluded</translation>
    </message>
    <message>
        <source>forwarded to the higher body</source>
        <translation>forwarded to the higher body</translation>
    </message>
    <message>
        <source>outcome of the higher body</source>
        <translation>outcome of the higher body</translation>
    </message>
    <message>
        <source>feedback to the reporter</source>
        <translation>feedback to the reporter</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>reward</translation>
    </message>
    <message>
        <source>check opened</source>
        <translation>check opened</translation>
    </message>
    <message>
        <source>Re-examination (复查)</source>
        <translation>Re-examination (复查)</translation>
    </message>
    <message>
        <source>Review (复核)</source>
        <translation>Review (复核)</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Letter or visit (信访)</source>
        <translation>Letter or visit (信访)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Report (举报)</source>
        <translation>Report (举报)</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Visit in person</source>
        <translation>Visit in person</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <translation>Partly upheld</translation>
    </message>
    <message>
        <source>Not upheld</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Pointed to administrative review</source>
        <translation>Pointed to administrative review</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Grandparent (祖父母)</source>
        <translation>Grandparent (祖父母)</translation>
    </message>
    <message>
        <source>Maternal grandparent (外祖父母)</source>
        <translation>Maternal grandparent (外祖父母)</translation>
    </message>
    <message>
        <source>Grandchild (孙子女)</source>
        <translation>Grandchild (孙子女)</translation>
    </message>
    <message>
        <source>Daughter&apos;s child (外孙子女)</source>
        <translation>Daughter&apos;s child (外孙子女)</translation>
    </message>
    <message>
        <source>The staff member himself or herself</source>
        <translation>The staff member himself or herself</translation>
    </message>
    <message>
        <source>Township staff</source>
        <translation>Township staff</translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation>Village cadre</translation>
    </message>
    <message>
        <source>County staff</source>
        <translation>County staff</translation>
    </message>
    <message>
        <source>Open the check</source>
        <translation>Open the check</translation>
    </message>
    <message>
        <source>Open the check (a periodic review) of this enrolled household now?</source>
        <translation>Open the check (a periodic review) of this enrolled household now?</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Concluded %1: %2</source>
        <translation>Concluded %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>OVERDUE by %n day</numerusform>
            <numerusform>OVERDUE by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>To acknowledge by %1</source>
        <translation>To acknowledge by %1</translation>
    </message>
    <message>
        <source>To conclude by %1</source>
        <translation>To conclude by %1</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> (extended)</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Real name</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) and complaint(s) listed · overdue: %1</source>
        <translation>
            <numerusform>%n letter and complaint listed · overdue: %1</numerusform>
            <numerusform>%n letters and complaints listed · overdue: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a letter or complaint, or register a new one.</source>
        <translation>Select a letter or complaint, or register a new one.</translation>
    </message>
    <message>
        <source>Received %1 by %2; owner (首问负责): %3</source>
        <translation>Received %1 by %2; owner (首问负责): %3</translation>
    </message>
    <message>
        <source>Real name: the reporter&apos;s identity is kept apart and shown to county roles only.</source>
        <translation>Real name: the reporter&apos;s identity is kept apart and shown to county roles only.</translation>
    </message>
    <message>
        <source>Anonymous.</source>
        <translation>Anonymous.</translation>
    </message>
    <message>
        <source>Kept at the county: it never reaches a township.</source>
        <translation>Kept at the county: it never reaches a township.</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>Township: %1</translation>
    </message>
    <message>
        <source>Clocks (calendar days)</source>
        <translation>Clocks (calendar days)</translation>
    </message>
    <message>
        <source>Acknowledge within 15 days (by %1): acknowledged %2</source>
        <translation>Acknowledge within 15 days (by %1): acknowledged %2</translation>
    </message>
    <message>
        <source>Acknowledge within 15 days: by %1</source>
        <translation>Acknowledge within 15 days: by %1</translation>
    </message>
    <message>
        <source>Conclude within 60 days (by %1): concluded %2</source>
        <translation>Conclude within 60 days (by %1): concluded %2</translation>
    </message>
    <message>
        <source>Conclude within 60 days: by %1</source>
        <translation>Conclude within 60 days: by %1</translation>
    </message>
    <message>
        <source>Extended by 30 days on %1: %2</source>
        <translation>Extended by 30 days on %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left on the running clock</source>
        <translation>
            <numerusform>%n day left on the running clock</numerusform>
            <numerusform>%n days left on the running clock</numerusform>
        </translation>
    </message>
    <message>
        <source>About a refusal: answered by pointing the household to administrative review or litigation; never forwarded for re-examination.</source>
        <translation>About a refusal: answered by pointing the household to administrative review or litigation; never forwarded for re-examination.</translation>
    </message>
    <message>
        <source>Recorded on the case as a complaint (the confirming authority&apos;s own visit may be required).</source>
        <translation>Recorded on the case as a complaint (the confirming authority&apos;s own visit may be required).</translation>
    </message>
    <message>
        <source>A check (periodic review) of the household was opened.</source>
        <translation>A check (periodic review) of the household was opened.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>%1 on %2 by %3 (office %4)%5</source>
        <translation>%1 on %2 by %3 (office %4)%5</translation>
    </message>
    <message>
        <source>; the report was found true</source>
        <translation>; the report was found true</translation>
    </message>
    <message>
        <source>Feedback to the reporter on %1: %2</source>
        <translation>Feedback to the reporter on %1: %2</translation>
    </message>
    <message>
        <source>Feedback to the real-name reporter is still due.</source>
        <translation>Feedback to the real-name reporter is still due.</translation>
    </message>
    <message>
        <source>Reward of %1 yuan on %2: %3</source>
        <translation>Reward of %1 yuan on %2: %3</translation>
    </message>
    <message>
        <source>Re-examination and review</source>
        <translation>Re-examination and review</translation>
    </message>
    <message>
        <source>%1: forwarded %2 to %3 (%4), answer due %5 — %6</source>
        <translation>%1: forwarded %2 to %3 (%4), answer due %5 — %6</translation>
    </message>
    <message>
        <source>awaiting the outcome</source>
        <translation>awaiting the outcome</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 on %2 %3</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Reporter: %1</source>
        <translation>Reporter: %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>phone %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>address %1</translation>
    </message>
    <message>
        <source>ID number %1</source>
        <translation>ID number %1</translation>
    </message>
    <message>
        <source>Confidential: never tell the household or office reported. This read was logged.</source>
        <translation>Confidential: never tell the household or office reported. This read was logged.</translation>
    </message>
    <message>
        <source>Hous&amp;ehold:</source>
        <translation>Hous&amp;ehold:</translation>
    </message>
    <message>
        <source>Cas&amp;e:</source>
        <translation>Cas&amp;e:</translation>
    </message>
    <message>
        <source>Find the case or household concerned: type a member&apos;s name or ID number and choose it.</source>
        <translation>Find the case or household concerned: type a member&apos;s name or ID number and choose it.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Tell the person it was received (within 15 calendar days).</source>
        <translation>Tell the person it was received (within 15 calendar days).</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>首问负责: the owner keeps it until a recorded hand-over to someone who may handle it.</source>
        <translation>首问负责: the owner keeps it until a recorded hand-over to someone who may handle it.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Choose whom to hand it over to.</source>
        <translation>Choose whom to hand it over to.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Once, by 30 days, with reasons, before the 60 days end.</source>
        <translation>Once, by 30 days, with reasons, before the 60 days end.</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>Conclude</translation>
    </message>
    <message>
        <source>Record the outcome and the findings; concluding also acknowledges.</source>
        <translation>Record the outcome and the findings; concluding also acknowledges.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <source>The report was found &amp;true (a reward may follow)</source>
        <translation>The report was found &amp;true (a reward may follow)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>What the real-name reporter was told, once, after the conclusion.</source>
        <translation>What the real-name reporter was told, once, after the conclusion.</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;What was said:</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Once, for a verified report by a named reporter.</source>
        <translation>Once, for a verified report by a named reporter.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Forward to the higher body</source>
        <translation>Forward to the higher body</translation>
    </message>
    <message>
        <source>A re-examination or review is decided by the next-higher body, never by the office that decided.</source>
        <translation>A re-examination or review is decided by the next-higher body, never by the office that decided.</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>Higher &amp;body:</source>
        <translation>Higher &amp;body:</translation>
    </message>
    <message>
        <source>e.g. 昭阳区民政局</source>
        <translation>e.g. 昭阳区民政局</translation>
    </message>
    <message>
        <source>Its &amp;division code:</source>
        <translation>Its &amp;division code:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Requested on:</translation>
    </message>
    <message>
        <source>&amp;Forwarded on:</source>
        <translation>&amp;Forwarded on:</translation>
    </message>
    <message>
        <source>Outcome of the higher body</source>
        <translation>Outcome of the higher body</translation>
    </message>
    <message>
        <source>Record the outcome as the higher body sent it.</source>
        <translation>Record the outcome as the higher body sent it.</translation>
    </message>
    <message>
        <source>Decided by (division code):</source>
        <translation>Decided by (division code):</translation>
    </message>
    <message>
        <source>Near-relative register</source>
        <translation>Near-relative register</translation>
    </message>
    <message>
        <source>A staff member or village cadre and one near relative, both by ID number.</source>
        <translation>A staff member or village cadre and one near relative, both by ID number.</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Staff member:</translation>
    </message>
    <message>
        <source>Staff &amp;ID number:</source>
        <translation>Staff &amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>township or village</source>
        <translation>township or village</translation>
    </message>
    <message>
        <source>&amp;Relative:</source>
        <translation>&amp;Relative:</translation>
    </message>
    <message>
        <source>Relative&apos;s I&amp;D number:</source>
        <translation>Relative&apos;s I&amp;D number:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>Re&amp;lation:</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>ended %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>declared by the applicant</source>
        <translation>declared by the applicant</translation>
    </message>
    <message>
        <source>%1 is %2 of %3 (%4)</source>
        <translation>%1 is %2 of %3 (%4)</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>&amp;Open only</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>O&amp;verdue only</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Letters and complaints</source>
        <translation>Letters and complaints</translation>
    </message>
    <message>
        <source>Register new</source>
        <translation>Register new</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <source>Con&amp;clude…</source>
        <translation>Con&amp;clude…</translation>
    </message>
    <message>
        <source>&amp;Feedback…</source>
        <translation>&amp;Feedback…</translation>
    </message>
    <message>
        <source>Re&amp;ward…</source>
        <translation>Re&amp;ward…</translation>
    </message>
    <message>
        <source>Open chec&amp;k…</source>
        <translation>Open chec&amp;k…</translation>
    </message>
    <message>
        <source>For&amp;ward…</source>
        <translation>For&amp;ward…</translation>
    </message>
    <message>
        <source>Record o&amp;utcome…</source>
        <translation>Record o&amp;utcome…</translation>
    </message>
    <message>
        <source>Show re&amp;porter</source>
        <translation>Show re&amp;porter</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>Open &amp;case</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Recei&amp;ved on:</translation>
    </message>
    <message>
        <source>Real &amp;name (otherwise anonymous)</source>
        <translation>Real &amp;name (otherwise anonymous)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>The reporter&apos;s identity is kept apart from the record, readable by county roles only, and never reaches the household or office reported.</source>
        <translation>The reporter&apos;s identity is kept apart from the record, readable by county roles only, and never reaches the household or office reported.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Find applicant:</source>
        <translation>&amp;Find applicant:</translation>
    </message>
    <message>
        <source>name, ID number or address</source>
        <translation>name, ID number or address</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>S&amp;taff member:</source>
        <translation>S&amp;taff member:</translation>
    </message>
    <message>
        <source>What it says (su&amp;mmary):</source>
        <translation>What it says (su&amp;mmary):</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>近亲属备案: staff and village cadres with their near relatives. An application with a member on the register, or whose applicant declared one, needs the confirming authority&apos;s own home visit. ID numbers are shown masked; opening this tab is logged.</source>
        <translation>近亲属备案: staff and village cadres with their near relatives. An application with a member on the register, or whose applicant declared one, needs the confirming authority&apos;s own home visit. ID numbers are shown masked; opening this tab is logged.</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open near-relative cases:</source>
        <translation>Open near-relative cases:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Authority&apos;s own visit</source>
        <translation>Authority&apos;s own visit</translation>
    </message>
    <message>
        <source>&amp;Add to the register…</source>
        <translation>&amp;Add to the register…</translation>
    </message>
    <message>
        <source>Reload the re&amp;gister</source>
        <translation>Reload the re&amp;gister</translation>
    </message>
</context>
<context>
    <name>dibao::PetitionStore</name>
    <message>
        <source>%1 already owns it.</source>
        <translation>%1 already owns it.</translation>
    </message>
    <message>
        <source>%1 cannot handle letters and complaints in their role.</source>
        <translation>%1 cannot handle letters and complaints in their role.</translation>
    </message>
    <message>
        <source>%1 owns this letter or complaint (首问负责) until a recorded hand-over; ask them to hand it over first.</source>
        <translation>%1 owns this letter or complaint (首问负责) until a recorded hand-over; ask them to hand it over first.</translation>
    </message>
    <message>
        <source>A complaint about a refusal goes to administrative review or litigation, not to re-examination.</source>
        <translation>A complaint about a refusal goes to administrative review or litigation, not to re-examination.</translation>
    </message>
    <message>
        <source>A complaint naming a township office or its staff is registered at the county, so the office reported never learns who reported it. Pass it to the county.</source>
        <translation>A complaint naming a township office or its staff is registered at the county, so the office reported never learns who reported it. Pass it to the county.</translation>
    </message>
    <message>
        <source>A complaint naming a township or its staff stays with the county.</source>
        <translation>A complaint naming a township or its staff stays with the county.</translation>
    </message>
    <message>
        <source>A forward is a reexamination (复查) or a review (复核).</source>
        <translation>A forward is a reexamination (复查) or a review (复核).</translation>
    </message>
    <message>
        <source>A re-examination follows the conclusion; it is not concluded yet.</source>
        <translation>A re-examination follows the conclusion; it is not concluded yet.</translation>
    </message>
    <message>
        <source>A re-examination or review goes to the next-higher body of %1, which is %2.</source>
        <translation>A re-examination or review goes to the next-higher body of %1, which is %2.</translation>
    </message>
    <message>
        <source>A re-examination or review is requested within 30 days of the answer (%1); this request came on %2.</source>
        <translation>A re-examination or review is requested within 30 days of the answer (%1); this request came on %2.</translation>
    </message>
    <message>
        <source>A real-name letter or complaint needs the reporter&apos;s name (kept confidential).</source>
        <translation>A real-name letter or complaint needs the reporter&apos;s name (kept confidential).</translation>
    </message>
    <message>
        <source>A review (复核) follows the outcome of the re-examination (复查).</source>
        <translation>A review (复核) follows the outcome of the re-examination (复查).</translation>
    </message>
    <message>
        <source>A reward follows a report concluded as verified.</source>
        <translation>A reward follows a report concluded as verified.</translation>
    </message>
    <message>
        <source>A reward is a positive amount.</source>
        <translation>A reward is a positive amount.</translation>
    </message>
    <message>
        <source>A reward was recorded on %1.</source>
        <translation>A reward was recorded on %1.</translation>
    </message>
    <message>
        <source>An anonymous report has no reporter&apos;s name or ID number; register it as real-name instead.</source>
        <translation>An anonymous report has no reporter&apos;s name or ID number; register it as real-name instead.</translation>
    </message>
    <message>
        <source>An extension needs its reasons (信访工作条例 Art 34).</source>
        <translation>An extension needs its reasons (信访工作条例 Art 34).</translation>
    </message>
    <message>
        <source>Check after a complaint (%1): %2</source>
        <translation>Check after a complaint (%1): %2</translation>
    </message>
    <message>
        <source>Feedback follows the conclusion; conclude it first.</source>
        <translation>Feedback follows the conclusion; conclude it first.</translation>
    </message>
    <message>
        <source>Feedback was given on %1.</source>
        <translation>Feedback was given on %1.</translation>
    </message>
    <message>
        <source>It cannot be concluded before %1, when it was received.</source>
        <translation>It cannot be concluded before %1, when it was received.</translation>
    </message>
    <message>
        <source>It was concluded on %1.</source>
        <translation>It was concluded on %1.</translation>
    </message>
    <message>
        <source>It was forwarded to %1 (%2), which decides it.</source>
        <translation>It was forwarded to %1 (%2), which decides it.</translation>
    </message>
    <message>
        <source>Name the body it is forwarded to.</source>
        <translation>Name the body it is forwarded to.</translation>
    </message>
    <message>
        <source>Name the staff member the complaint is about.</source>
        <translation>Name the staff member the complaint is about.</translation>
    </message>
    <message>
        <source>Name the township (9 digits) or county office (6 digits) concerned, within this county.</source>
        <translation>Name the township (9 digits) or county office (6 digits) concerned, within this county.</translation>
    </message>
    <message>
        <source>No %1 was forwarded for it.</source>
        <translation>No %1 was forwarded for it.</translation>
    </message>
    <message>
        <source>No active user named %1.</source>
        <translation>No active user named %1.</translation>
    </message>
    <message>
        <source>No household %1 here.</source>
        <translation>No household %1 here.</translation>
    </message>
    <message>
        <source>No letter or complaint %1 here.</source>
        <translation>No letter or complaint %1 here.</translation>
    </message>
    <message>
        <source>Only a complaint about a household opens a check.</source>
        <translation>Only a complaint about a household opens a check.</translation>
    </message>
    <message>
        <source>Only a complaint about a refusal is pointed to administrative review.</source>
        <translation>Only a complaint about a refusal is pointed to administrative review.</translation>
    </message>
    <message>
        <source>Only an upheld report is verified.</source>
        <translation>Only an upheld report is verified.</translation>
    </message>
    <message>
        <source>Receipt cannot be acknowledged before %1, when it was received.</source>
        <translation>Receipt cannot be acknowledged before %1, when it was received.</translation>
    </message>
    <message>
        <source>Receipt was already acknowledged on %1.</source>
        <translation>Receipt was already acknowledged on %1.</translation>
    </message>
    <message>
        <source>Record what the letter, visit or call says.</source>
        <translation>Record what the letter, visit or call says.</translation>
    </message>
    <message>
        <source>Record what the reporter was told.</source>
        <translation>Record what the reporter was told.</translation>
    </message>
    <message>
        <source>Say why it is handed over.</source>
        <translation>Say why it is handed over.</translation>
    </message>
    <message>
        <source>The %1 was already forwarded to %2 on %3.</source>
        <translation>The %1 was already forwarded to %2 on %3.</translation>
    </message>
    <message>
        <source>The %1 was decided on %2.</source>
        <translation>The %1 was decided on %2.</translation>
    </message>
    <message>
        <source>The 60 days ended on %1: an extension is decided before then.</source>
        <translation>The 60 days ended on %1: an extension is decided before then.</translation>
    </message>
    <message>
        <source>The conclusion was already extended once, on %1; a second extension is not allowed (信访工作条例 Art 34).</source>
        <translation>The conclusion was already extended once, on %1; a second extension is not allowed (信访工作条例 Art 34).</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <source>The office that decided (%1) may not decide its own re-examination or review: forward it to the next-higher body (%2).</source>
        <translation>The office that decided (%1) may not decide its own re-examination or review: forward it to the next-higher body (%2).</translation>
    </message>
    <message>
        <source>The office that decided (%1) may not decide its own re-examination or review; the next-higher body (%2) decides it.</source>
        <translation>The office that decided (%1) may not decide its own re-examination or review; the next-higher body (%2) decides it.</translation>
    </message>
    <message>
        <source>The outcome follows the forward of %1.</source>
        <translation>The outcome follows the forward of %1.</translation>
    </message>
    <message>
        <source>The report was anonymous: a reward is paid to a named reporter.</source>
        <translation>The report was anonymous: a reward is paid to a named reporter.</translation>
    </message>
    <message>
        <source>The report was anonymous: no identity is kept.</source>
        <translation>The report was anonymous: no identity is kept.</translation>
    </message>
    <message>
        <source>The report was anonymous: there is no one to tell. The conclusion stays on file.</source>
        <translation>The report was anonymous: there is no one to tell. The conclusion stays on file.</translation>
    </message>
    <message>
        <source>The reporter&apos;s identity is confidential: only county staff may read it.</source>
        <translation>The reporter&apos;s identity is confidential: only county staff may read it.</translation>
    </message>
    <message>
        <source>The reporter&apos;s identity is not held in this database.</source>
        <translation>The reporter&apos;s identity is not held in this database.</translation>
    </message>
    <message>
        <source>The request follows the decision of %1 and the forward follows the request.</source>
        <translation>The request follows the decision of %1 and the forward follows the request.</translation>
    </message>
    <message>
        <source>This complaint is about a refusal: it is answered by pointing the household to administrative review or litigation (outcome administrative_review).</source>
        <translation>This complaint is about a refusal: it is answered by pointing the household to administrative review or litigation (outcome administrative_review).</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown channel &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown kind &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown outcome &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>Unknown subject &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown subject &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>Write the findings or the answer given.</source>
        <translation>Write the findings or the answer given.</translation>
    </message>
</context>
<context>
    <name>dibao::PolicyJson</name>
    <message>
        <source>Policy rows[%1]</source>
        <translation>Policy rows[%1]</translation>
    </message>
    <message>
        <source>Policy rows[%1] (%2/%3)</source>
        <translation>Policy rows[%1] (%2/%3)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The policy file is not valid JSON (at byte %1: %2).</source>
        <translation>The policy file is not valid JSON (at byte %1: %2).</translation>
    </message>
    <message>
        <source>The policy file must be a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;rows&quot;.</source>
        <translation>The policy file must be a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;rows&quot;.</translation>
    </message>
    <message>
        <source>The policy file has an unknown field &quot;%1&quot;.</source>
        <translation>The policy file has an unknown field &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The policy file&apos;s &quot;format&quot; must be &quot;dibao-policy&quot;.</source>
        <translation>The policy file&apos;s &quot;format&quot; must be &quot;dibao-policy&quot;.</translation>
    </message>
    <message>
        <source>The policy file&apos;s &quot;version&quot; must be %1; upgrade the software for newer files.</source>
        <translation>The policy file&apos;s &quot;version&quot; must be %1; upgrade the software for newer files.</translation>
    </message>
    <message>
        <source>The policy file&apos;s &quot;rows&quot; must be an array.</source>
        <translation>The policy file&apos;s &quot;rows&quot; must be an array.</translation>
    </message>
    <message>
        <source>each row must be a JSON object</source>
        <translation>each row must be a JSON object</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>missing or not a string</source>
        <translation>missing or not a string</translation>
    </message>
    <message>
        <source>field &quot;kind&quot;: unknown kind &quot;%1&quot;</source>
        <translation>field &quot;kind&quot;: unknown kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;effective_from&quot;: expected a date YYYY-MM-DD</source>
        <translation>field &quot;effective_from&quot;: expected a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>field &quot;effective_until&quot;: expected a date YYYY-MM-DD or null</source>
        <translation>field &quot;effective_until&quot;: expected a date YYYY-MM-DD or null</translation>
    </message>
    <message>
        <source>field &quot;effective_until&quot;: %1 is before effective_from %2</source>
        <translation>field &quot;effective_until&quot;: %1 is before effective_from %2</translation>
    </message>
    <message>
        <source>field &quot;issuer&quot;: the issuing body is required</source>
        <translation>field &quot;issuer&quot;: the issuing body is required</translation>
    </message>
    <message>
        <source>field &quot;document_number&quot;: the document number is required</source>
        <translation>field &quot;document_number&quot;: the document number is required</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>field &quot;value&quot;: missing</source>
        <translation>field &quot;value&quot;: missing</translation>
    </message>
    <message>
        <source>field &quot;effective_from&quot;: rows[%1] already sets %2/%3 from %4</source>
        <translation>field &quot;effective_from&quot;: rows[%1] already sets %2/%3 from %4</translation>
    </message>
    <message>
        <source>field &quot;key&quot;: rows[%1] makes the same date a holiday</source>
        <translation>field &quot;key&quot;: rows[%1] makes the same date a holiday</translation>
    </message>
</context>
<context>
    <name>dibao::PolicySchema</name>
    <message>
        <source>field &quot;value&quot;: expected %1</source>
        <translation>field &quot;value&quot;: expected %1</translation>
    </message>
    <message>
        <source>a whole number of fen, 0 or more</source>
        <translation>a whole number of fen, 0 or more</translation>
    </message>
    <message>
        <source>a whole number, 0 or more</source>
        <translation>a whole number, 0 or more</translation>
    </message>
    <message>
        <source>a whole number of months from 1 to 60</source>
        <translation>a whole number of months from 1 to 60</translation>
    </message>
    <message>
        <source>a whole number of days from 1 to 60</source>
        <translation>a whole number of days from 1 to 60</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>an object {&quot;num&quot;: n, &quot;den&quot;: d} with whole numbers, d above 0</source>
        <translation>an object {&quot;num&quot;: n, &quot;den&quot;: d} with whole numbers, d above 0</translation>
    </message>
    <message>
        <source>a share {&quot;num&quot;: n, &quot;den&quot;: d} not above 1</source>
        <translation>a share {&quot;num&quot;: n, &quot;den&quot;: d} not above 1</translation>
    </message>
    <message>
        <source>an object with either &quot;fen&quot; or &quot;num&quot; and &quot;den&quot;, optionally &quot;min_age&quot; or &quot;below_age&quot;</source>
        <translation>an object with either &quot;fen&quot; or &quot;num&quot; and &quot;den&quot;, optionally &quot;min_age&quot; or &quot;below_age&quot;</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>a non-empty name</source>
        <translation>a non-empty name</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>an array of strings</translation>
    </message>
    <message>
        <source>an array of lower-case tokens such as &quot;ordinary_motorcycle&quot;</source>
        <translation>an array of lower-case tokens such as &quot;ordinary_motorcycle&quot;</translation>
    </message>
    <message>
        <source>an array of non-empty strings</source>
        <translation>an array of non-empty strings</translation>
    </message>
    <message>
        <source>a known value type</source>
        <translation>a known value type</translation>
    </message>
    <message>
        <source>field &quot;kind&quot;: unknown kind &quot;%1&quot;</source>
        <translation>field &quot;kind&quot;: unknown kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;key&quot;: &quot;%1&quot; is not a key of kind %2 (expected one of %3)</source>
        <translation>field &quot;key&quot;: &quot;%1&quot; is not a key of kind %2 (expected one of %3)</translation>
    </message>
    <message>
        <source>field &quot;key&quot;: &quot;%1&quot; is not a lower-case token such as basic_pension</source>
        <translation>field &quot;key&quot;: &quot;%1&quot; is not a lower-case token such as basic_pension</translation>
    </message>
    <message>
        <source>field &quot;key&quot;: &quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation>field &quot;key&quot;: &quot;%1&quot; is not a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a whole number, 1 or more</source>
        <translation>a whole number, 1 or more</translation>
    </message>
    <message>
        <source>an array of distinct values, each one of %1</source>
        <translation>an array of distinct values, each one of %1</translation>
    </message>
</context>
<context>
    <name>dibao::PrintDocuments</name>
    <message>
        <source>Applicant: %1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation>Submitted: %1</translation>
    </message>
    <message>
        <source>1. Household</source>
        <translation>1. Household</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>Actual address</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Entrusted person</source>
        <translation>Entrusted person</translation>
    </message>
    <message>
        <source>2. Members</source>
        <translation>2. Members</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Work ability</source>
        <translation>Work ability</translation>
    </message>
    <message>
        <source>Occupation / school</source>
        <translation>Occupation / school</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>3. Income declared</source>
        <translation>3. Income declared</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Deductions (yuan)</source>
        <translation>Deductions (yuan)</translation>
    </message>
    <message>
        <source>None declared</source>
        <translation>None declared</translation>
    </message>
    <message>
        <source>4. Assets declared</source>
        <translation>4. Assets declared</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>5. Documents</source>
        <translation>5. Documents</translation>
    </message>
    <message>
        <source>6. Near relatives among staff and village cadres</source>
        <translation>6. Near relatives among staff and village cadres</translation>
    </message>
    <message>
        <source>Declared: %1</source>
        <translation>Declared: %1</translation>
    </message>
    <message>
        <source>None declared.</source>
        <translation>None declared.</translation>
    </message>
    <message>
        <source>7. Promise and consent</source>
        <translation>7. Promise and consent</translation>
    </message>
    <message>
        <source>We promise that everything declared here is true and complete, and we authorise the civil-affairs department to verify our household&apos;s economic situation. Every co-resident member signs above; guardians sign for minors.</source>
        <translation>We promise that everything declared here is true and complete, and we authorise the civil-affairs department to verify our household&apos;s economic situation. Every co-resident member signs above; guardians sign for minors.</translation>
    </message>
    <message>
        <source>Applicant&apos;s signature:</source>
        <translation>Applicant&apos;s signature:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Received by (township):</source>
        <translation>Received by (township):</translation>
    </message>
    <message>
        <source>Application for the minimum living allowance</source>
        <translation>Application for the minimum living allowance</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source> — by phone or video under the declared emergency: %1</source>
        <translation> — by phone or video under the declared emergency: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Investigators</translation>
    </message>
    <message>
        <source>Members seen</source>
        <translation>Members seen</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Daily necessities</source>
        <translation>Daily necessities</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>Evidence seen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Investigator %1</source>
        <translation>Investigator %1</translation>
    </message>
    <message>
        <source>Family member %1</source>
        <translation>Family member %1</translation>
    </message>
    <message>
        <source>Household visit record</source>
        <translation>Household visit record</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>The PDF %1 could not be written.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Sent to and asked</source>
        <translation>Sent to and asked</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>The above household has applied for the minimum living allowance. Under the Measures for the Examination and Confirmation of Minimum Living Allowances, we ask your unit to confirm the facts above in writing and return this letter with your seal.</source>
        <translation>The above household has applied for the minimum living allowance. Under the Measures for the Examination and Confirmation of Minimum Living Allowances, we ask your unit to confirm the facts above in writing and return this letter with your seal.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Sending office (seal), date</source>
        <translation>Sending office (seal), date</translation>
    </message>
    <message>
        <source>Replying unit (seal), date</source>
        <translation>Replying unit (seal), date</translation>
    </message>
    <message>
        <source>Evidence letter (信函索证)</source>
        <translation>Evidence letter (信函索证)</translation>
    </message>
    <message>
        <source>Neighbours asked</source>
        <translation>Neighbours asked</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>What they said</translation>
    </message>
    <message>
        <source>Neighbour %1</source>
        <translation>Neighbour %1</translation>
    </message>
    <message>
        <source>Neighbour visit record (邻里访问)</source>
        <translation>Neighbour visit record (邻里访问)</translation>
    </message>
</context>
<context>
    <name>dibao::PublicNoticeStore</name>
    <message>
        <source>A notice lists at least one case.</source>
        <translation>A notice lists at least one case.</translation>
    </message>
    <message>
        <source>Case %1 (%2) has no proposed amount and the household is not found eligible on the data held: give the amount the township proposes.</source>
        <translation>Case %1 (%2) has no proposed amount and the household is not found eligible on the data held: give the amount the township proposes.</translation>
    </message>
    <message>
        <source>Case %1 (%2) is not in the county&apos;s notice: it is &quot;%3&quot;.</source>
        <translation>Case %1 (%2) is not in the county&apos;s notice: it is &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Case %1 (%2) is not ready for a notice: it is &quot;%3&quot;.</source>
        <translation>Case %1 (%2) is not ready for a notice: it is &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Case %1 belongs to township %2, not %3.</source>
        <translation>Case %1 belongs to township %2, not %3.</translation>
    </message>
    <message>
        <source>Case %1 is back from an objection: its conclusion goes on to confirmation without a second notice (take the step submit_review).</source>
        <translation>Case %1 is back from an objection: its conclusion goes on to confirmation without a second notice (take the step submit_review).</translation>
    </message>
    <message>
        <source>Case %1 is listed twice.</source>
        <translation>Case %1 is listed twice.</translation>
    </message>
    <message>
        <source>No notice %1.</source>
        <translation>No notice %1.</translation>
    </message>
    <message>
        <source>No objection %1.</source>
        <translation>No objection %1.</translation>
    </message>
    <message>
        <source>Record what the objection says.</source>
        <translation>Record what the objection says.</translation>
    </message>
    <message>
        <source>Say where the notice is posted.</source>
        <translation>Say where the notice is posted.</translation>
    </message>
    <message>
        <source>The objector&apos;s identity is confidential: only county staff may read it.</source>
        <translation>The objector&apos;s identity is confidential: only county staff may read it.</translation>
    </message>
    <message>
        <source>Township %1 is outside this database&apos;s area.</source>
        <translation>Township %1 is outside this database&apos;s area.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown channel &quot;%1&quot;; use one of: %2.</translation>
    </message>
</context>
<context>
    <name>dibao::RecordWriter</name>
    <message>
        <source>A record has no id.</source>
        <translation>A record has no id.</translation>
    </message>
    <message>
        <source>No record %1 in %2.</source>
        <translation>No record %1 in %2.</translation>
    </message>
    <message>
        <source>Unknown field %1 of %2.</source>
        <translation>Unknown field %1 of %2.</translation>
    </message>
    <message>
        <source>Unknown record type %1.</source>
        <translation>Unknown record type %1.</translation>
    </message>
    <message>
        <source>The new record of %1 could not be read back.</source>
        <translation>The new record of %1 could not be read back.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
</context>
<context>
    <name>dibao::RecoveryLedger</name>
    <message>
        <source>%1 yuan is more than the %2 yuan still owed.</source>
        <translation>%1 yuan is more than the %2 yuan still owed.</translation>
    </message>
    <message>
        <source>A payment cannot be received in the future.</source>
        <translation>A payment cannot be received in the future.</translation>
    </message>
    <message>
        <source>A payment received is recorded with its receipt number.</source>
        <translation>A payment received is recorded with its receipt number.</translation>
    </message>
    <message>
        <source>A recovery has an amount obtained by fraud or a fine.</source>
        <translation>A recovery has an amount obtained by fraud or a fine.</translation>
    </message>
    <message>
        <source>A recovery names its finding and decision document.</source>
        <translation>A recovery names its finding and decision document.</translation>
    </message>
    <message>
        <source>A recovery needs its decision date, not in the future.</source>
        <translation>A recovery needs its decision date, not in the future.</translation>
    </message>
    <message>
        <source>An entry has a date and an amount above zero.</source>
        <translation>An entry has a date and an amount above zero.</translation>
    </message>
    <message>
        <source>An entry is an instalment, a repayment or a fine payment.</source>
        <translation>An entry is an instalment, a repayment or a fine payment.</translation>
    </message>
    <message>
        <source>No household %1.</source>
        <translation>No household %1.</translation>
    </message>
    <message>
        <source>No recovery %1.</source>
        <translation>No recovery %1.</translation>
    </message>
    <message>
        <source>The months obtained run from the first to the last.</source>
        <translation>The months obtained run from the first to the last.</translation>
    </message>
    <message>
        <source>The schedule would exceed the amount owed.</source>
        <translation>The schedule would exceed the amount owed.</translation>
    </message>
</context>
<context>
    <name>dibao::ReviewsPage</name>
    <message>
        <source>The review is open: record the visit in the case, then report it.</source>
        <translation>The review is open: record the visit in the case, then report it.</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>not opened</translation>
    </message>
    <message>
        <source>Stable (12 months)</source>
        <translation>Stable (12 months)</translation>
    </message>
    <message>
        <source>Other (6 months)</source>
        <translation>Other (6 months)</translation>
    </message>
    <message>
        <source>Gradual exit</source>
        <translation>Gradual exit</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Due %1, extended (emergency) to %2</source>
        <translation>Due %1, extended (emergency) to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) due for review</source>
        <translation>
            <numerusform>%n household due for review</numerusform>
            <numerusform>%n households due for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n households due for review</source>
        <translation>
            <numerusform>The first %n households due for review</numerusform>
            <numerusform>The first %n households due for review</numerusform>
        </translation>
    </message>
    <message>
        <source>No household is selected.</source>
        <translation>No household is selected.</translation>
    </message>
    <message>
        <source>No review is open for this household yet.</source>
        <translation>No review is open for this household yet.</translation>
    </message>
    <message>
        <source>Review opened %1, now: %2.</source>
        <translation>Review opened %1, now: %2.</translation>
    </message>
    <message>
        <source>Periodic review due %1</source>
        <translation>Periodic review due %1</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <source>Periodic reviews</source>
        <translation>Periodic reviews</translation>
    </message>
    <message>
        <source>Due &amp;by:</source>
        <translation>Due &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>&amp;Township:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Open the &amp;review</source>
        <translation>Open the &amp;review</translation>
    </message>
    <message>
        <source>Re&amp;port the review…</source>
        <translation>Re&amp;port the review…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>Keep, raise, lower or stop, with written reasons to the family</source>
        <translation>Keep, raise, lower or stop, with written reasons to the family</translation>
    </message>
</context>
<context>
    <name>dibao::Role</name>
    <message>
        <source>Township administrator</source>
        <translation>Township administrator</translation>
    </message>
    <message>
        <source>Township assistant</source>
        <translation>Township assistant</translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation>Village cadre</translation>
    </message>
    <message>
        <source>County reviewer</source>
        <translation>County reviewer</translation>
    </message>
    <message>
        <source>County administrator</source>
        <translation>County administrator</translation>
    </message>
    <message>
        <source>Verification officer</source>
        <translation>Verification officer</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>dibao::RosterImport</name>
    <message>
        <source>%1 (%2) is already in the database: household %3 (township %4), %5.</source>
        <translation>%1 (%2) is already in the database: household %3 (township %4), %5.</translation>
    </message>
    <message>
        <source>A roster mapping must map the fields %1 (missing: %2).</source>
        <translation>A roster mapping must map the fields %1 (missing: %2).</translation>
    </message>
    <message>
        <source>Household %1 must have exactly one applicant (户主/本人), not %2.</source>
        <translation>Household %1 must have exactly one applicant (户主/本人), not %2.</translation>
    </message>
    <message>
        <source>Household %1: %2 differs from its first row (line %3: %4).</source>
        <translation>Household %1: %2 differs from its first row (line %3: %4).</translation>
    </message>
    <message>
        <source>Household %1: %2</source>
        <translation>Household %1: %2</translation>
    </message>
    <message>
        <source>In a roster mapping id_number has type id_number, amount money and approval_date date.</source>
        <translation>In a roster mapping id_number has type id_number, amount money and approval_date date.</translation>
    </message>
    <message>
        <source>The ID number %1 is already on line %2 of this file.</source>
        <translation>The ID number %1 is already on line %2 of this file.</translation>
    </message>
    <message>
        <source>The amount in force must be more than zero.</source>
        <translation>The amount in force must be more than zero.</translation>
    </message>
    <message>
        <source>The approval date %1 is in the future.</source>
        <translation>The approval date %1 is in the future.</translation>
    </message>
    <message>
        <source>Unknown area &quot;%1&quot; (城市 or 农村, urban or rural).</source>
        <translation>Unknown area &quot;%1&quot; (城市 or 农村, urban or rural).</translation>
    </message>
    <message>
        <source>Unknown relation &quot;%1&quot; (户主, 配偶, 子, 女, 父亲, 母亲, … or a token such as self, spouse, child).</source>
        <translation>Unknown relation &quot;%1&quot; (户主, 配偶, 子, 女, 父亲, 母亲, … or a token such as self, spouse, child).</translation>
    </message>
    <message>
        <source>%1 (%2) may check a roster here but not import it: the households arrive enrolled with their amount, which only the confirming authority writes. Import it at the county (or in a township where confirmation is delegated).</source>
        <translation>%1 (%2) may check a roster here but not import it: the households arrive enrolled with their amount, which only the confirming authority writes. Import it at the county (or in a township where confirmation is delegated).</translation>
    </message>
</context>
<context>
    <name>dibao::SafeZipReader</name>
    <message>
        <source>The archive is larger than allowed.</source>
        <translation>The archive is larger than allowed.</translation>
    </message>
    <message>
        <source>A zip entry cannot be decompressed.</source>
        <translation>A zip entry cannot be decompressed.</translation>
    </message>
    <message>
        <source>A zip entry inflates to more than it declares.</source>
        <translation>A zip entry inflates to more than it declares.</translation>
    </message>
    <message>
        <source>A zip entry has bytes after its compressed data.</source>
        <translation>A zip entry has bytes after its compressed data.</translation>
    </message>
    <message>
        <source>A zip entry inflates to less than it declares.</source>
        <translation>A zip entry inflates to less than it declares.</translation>
    </message>
</context>
<context>
    <name>dibao::Session</name>
    <message>
        <source>The default policy resource is missing.</source>
        <translation>The default policy resource is missing.</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: %3.</source>
        <translation>%1 (%2) may not do this: %3.</translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a database.</source>
        <translation>%1 already exists; init never overwrites a database.</translation>
    </message>
    <message>
        <source>%1 is not a known county (6 digits) or township (9 digits) code.</source>
        <translation>%1 is not a known county (6 digits) or township (9 digits) code.</translation>
    </message>
    <message>
        <source>%1 is not an initialised dibao database.</source>
        <translation>%1 is not an initialised dibao database.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Sign-in failed: unknown user or wrong password.</source>
        <translation>Sign-in failed: unknown user or wrong password.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>The account %1 is disabled.</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it with &quot;dibao-cli --db %1 init&quot;.</source>
        <translation>The database %1 does not exist. Create it with &quot;dibao-cli --db %1 init&quot;.</translation>
    </message>
</context>
<context>
    <name>dibao::SessionTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be kept.</source>
        <translation>Cancelling… nothing will be kept.</translation>
    </message>
    <message>
        <source>%1
%2 rows read</source>
        <translation>%1
%2 rows read</translation>
    </message>
</context>
<context>
    <name>dibao::SetupWizard</name>
    <message>
        <source>Set up dibao</source>
        <translation>Set up dibao</translation>
    </message>
    <message>
        <source>There is no database at %1 yet. Create it for your township (or county) and its first administrator.</source>
        <translation>There is no database at %1 yet. Create it for your township (or county) and its first administrator.</translation>
    </message>
    <message>
        <source>The county hub card and this device&apos;s key are set up with synchronisation, which is not available in this version yet.</source>
        <translation>The county hub card and this device&apos;s key are set up with synchronisation, which is not available in this version yet.</translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation>&amp;County:</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>&amp;Township:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>Administrator&apos;s &amp;user name:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name:</source>
        <translation>Administrator&apos;s &amp;full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation>Create the database</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The whole county (a county database)</source>
        <translation>The whole county (a county database)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>dibao::SignInDialog</name>
    <message>
        <source>Sign in — dibao</source>
        <translation>Sign in — dibao</translation>
    </message>
    <message>
        <source>%1
Database: %2</source>
        <translation>%1
Database: %2</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>dibao::Statistics</name>
    <message>
        <source>(no village)</source>
        <translation>(no village)</translation>
    </message>
    <message>
        <source>At most ten years of months can be compared at once.</source>
        <translation>At most ten years of months can be compared at once.</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>No tier</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>Rural</translation>
    </message>
    <message>
        <source>The month is not valid.</source>
        <translation>The month is not valid.</translation>
    </message>
    <message>
        <source>The months are not valid.</source>
        <translation>The months are not valid.</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>Urban</translation>
    </message>
</context>
<context>
    <name>dibao::StatisticsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Urban households</source>
        <translation>Urban households</translation>
    </message>
    <message>
        <source>Rural households</source>
        <translation>Rural households</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Exited</translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation>Overdue work</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Verification findings</source>
        <translation>Verification findings</translation>
    </message>
</context>
<context>
    <name>dibao::StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>By township</source>
        <translation>By township</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>By village</translation>
    </message>
    <message>
        <source>By area (urban / rural)</source>
        <translation>By area (urban / rural)</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>By tier</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>12-month trend</source>
        <translation>12-month trend</translation>
    </message>
    <message>
        <source>Monthly report (.xlsx)...</source>
        <translation>Monthly report (.xlsx)...</translation>
    </message>
    <message>
        <source>The month counted</source>
        <translation>The month counted</translation>
    </message>
    <message>
        <source>Allowances in force in %1; overdue work as of %2.</source>
        <translation>Allowances in force in %1; overdue work as of %2.</translation>
    </message>
    <message>
        <source>No verification findings are recorded in this database yet: the column shows 0.</source>
        <translation>No verification findings are recorded in this database yet: the column shows 0.</translation>
    </message>
    <message>
        <source>Complaints are those about cases awaiting confirmation (no general complaints register yet).</source>
        <translation>Complaints are those about cases awaiting confirmation (no general complaints register yet).</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Households and persons, %1</source>
        <translation>Households and persons, %1</translation>
    </message>
    <message>
        <source>Counting 12 months...</source>
        <translation>Counting 12 months...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Exited</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Households by month</source>
        <translation>Households by month</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Save the monthly report</translation>
    </message>
    <message>
        <source>monthly-report-%1.xlsx</source>
        <translation>monthly-report-%1.xlsx</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Counting %1...</source>
        <translation>Counting %1...</translation>
    </message>
</context>
<context>
    <name>dibao::SyncConflicts</name>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>That conflict does not exist.</source>
        <translation>That conflict does not exist.</translation>
    </message>
    <message>
        <source>That conflict has already been resolved.</source>
        <translation>That conflict has already been resolved.</translation>
    </message>
    <message>
        <source>The record of that conflict does not exist here.</source>
        <translation>The record of that conflict does not exist here.</translation>
    </message>
    <message>
        <source>Your role may not resolve conflicts: ask someone who records households.</source>
        <translation>Your role may not resolve conflicts: ask someone who records households.</translation>
    </message>
</context>
<context>
    <name>dibao::SyncController</name>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Duplicate (already imported)</source>
        <translation>Duplicate (already imported)</translation>
    </message>
    <message>
        <source>Held (waiting for an earlier bundle)</source>
        <translation>Held (waiting for an earlier bundle)</translation>
    </message>
    <message>
        <source>Quarantined (stream frozen)</source>
        <translation>Quarantined (stream frozen)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>The county hub cannot be reached: check the network. Changes wait here and go out at the next sync.</source>
        <translation>The county hub cannot be reached: check the network. Changes wait here and go out at the next sync.</translation>
    </message>
    <message>
        <source>This device syncs by USB only: the hub card gives no address.</source>
        <translation>This device syncs by USB only: the hub card gives no address.</translation>
    </message>
    <message>
        <source>Enter your password to open this device&apos;s sync keys.</source>
        <translation>Enter your password to open this device&apos;s sync keys.</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>Sync: county hub</source>
        <translation>Sync: county hub</translation>
    </message>
    <message>
        <source>Sync: locked</source>
        <translation>Sync: locked</translation>
    </message>
    <message>
        <source>Sync: syncing…</source>
        <translation>Sync: syncing…</translation>
    </message>
    <message>
        <source>Sync: hub unreachable</source>
        <translation>Sync: hub unreachable</translation>
    </message>
    <message>
        <source>Sync: by USB</source>
        <translation>Sync: by USB</translation>
    </message>
    <message>
        <source>Sync: never</source>
        <translation>Sync: never</translation>
    </message>
    <message>
        <source>Sync: last %1</source>
        <translation>Sync: last %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) pending</source>
        <translation>
            <numerusform>%n bundle(s) pending</numerusform>
            <numerusform>%n bundle(s) pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting</source>
        <translation>
            <numerusform>%n conflict(s) waiting</numerusform>
            <numerusform>%n conflict(s) waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) held</source>
        <translation>
            <numerusform>%n bundle(s) held</numerusform>
            <numerusform>%n bundle(s) held</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation with the county hub is not set up on this device yet.</source>
        <translation>Synchronisation with the county hub is not set up on this device yet.</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Last successful sync: never</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Last attempt: %1</translation>
    </message>
    <message>
        <source>Sync is locked: choose Sync ▸ Sync now and enter your password.</source>
        <translation>Sync is locked: choose Sync ▸ Sync now and enter your password.</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged by the hub: %1</source>
        <translation>Changes not yet acknowledged by the hub: %1</translation>
    </message>
    <message>
        <source>Conflicts waiting for a person: Sync ▸ Conflicts…</source>
        <translation>Conflicts waiting for a person: Sync ▸ Conflicts…</translation>
    </message>
</context>
<context>
    <name>dibao::SyncExporter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Device %1 is revoked: nothing is sent to it any more.</source>
        <translation>Device %1 is revoked: nothing is sent to it any more.</translation>
    </message>
    <message>
        <source>No enrolled device %1.</source>
        <translation>No enrolled device %1.</translation>
    </message>
    <message>
        <source>Only the hub exports bundles for a device.</source>
        <translation>Only the hub exports bundles for a device.</translation>
    </message>
    <message>
        <source>This device has not joined a hub yet (dibao-cli join --hub-card FILE).</source>
        <translation>This device has not joined a hub yet (dibao-cli join --hub-card FILE).</translation>
    </message>
</context>
<context>
    <name>dibao::SyncImporter</name>
    <message>
        <source>%1 is not a peer of this database.</source>
        <translation>%1 is not a peer of this database.</translation>
    </message>
    <message>
        <source>A change line claims another origin (%1).</source>
        <translation>A change line claims another origin (%1).</translation>
    </message>
    <message>
        <source>A key rotation carries malformed keys.</source>
        <translation>A key rotation carries malformed keys.</translation>
    </message>
    <message>
        <source>Bundle %1 does not follow the bundle applied before it.</source>
        <translation>Bundle %1 does not follow the bundle applied before it.</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 differs from the one already applied: quarantined, the stream is frozen until a person unfreezes it.</source>
        <translation>Bundle %1 from %2 differs from the one already applied: quarantined, the stream is frozen until a person unfreezes it.</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 waits for bundle %3 (the stream is at %4).</source>
        <translation>Bundle %1 from %2 waits for bundle %3 (the stream is at %4).</translation>
    </message>
    <message>
        <source>Change %1 is stamped after the bundle was cut.</source>
        <translation>Change %1 is stamped after the bundle was cut.</translation>
    </message>
    <message>
        <source>Change %1&apos;s clock is before changes already applied from %2.</source>
        <translation>Change %1&apos;s clock is before changes already applied from %2.</translation>
    </message>
    <message>
        <source>Change %1&apos;s clock is not after the change before it.</source>
        <translation>Change %1&apos;s clock is not after the change before it.</translation>
    </message>
    <message>
        <source>Changes %1 to %2 of %3 are missing.</source>
        <translation>Changes %1 to %2 of %3 are missing.</translation>
    </message>
    <message>
        <source>Device %1 is not enrolled at this hub.</source>
        <translation>Device %1 is not enrolled at this hub.</translation>
    </message>
    <message>
        <source>Device %1 was revoked after bundle %2.</source>
        <translation>Device %1 was revoked after bundle %2.</translation>
    </message>
    <message>
        <source>The bundle from %1 is signed with the key of %2.</source>
        <translation>The bundle from %1 is signed with the key of %2.</translation>
    </message>
    <message>
        <source>The bundle is addressed to %1, not to this database (%2).</source>
        <translation>The bundle is addressed to %1, not to this database (%2).</translation>
    </message>
    <message>
        <source>The bundle is too large.</source>
        <translation>The bundle is too large.</translation>
    </message>
    <message>
        <source>The change lines are not in order.</source>
        <translation>The change lines are not in order.</translation>
    </message>
    <message>
        <source>The change lines do not match the manifest&apos;s range.</source>
        <translation>The change lines do not match the manifest&apos;s range.</translation>
    </message>
    <message>
        <source>The signing key %1 is not valid for bundle %2 (rotated out).</source>
        <translation>The signing key %1 is not valid for bundle %2 (rotated out).</translation>
    </message>
    <message>
        <source>The stream from %1 is frozen (%2): nothing is applied until a person unfreezes it.</source>
        <translation>The stream from %1 is frozen (%2): nothing is applied until a person unfreezes it.</translation>
    </message>
    <message>
        <source>The stream&apos;s clock went backwards (%1 after %2).</source>
        <translation>The stream&apos;s clock went backwards (%1 after %2).</translation>
    </message>
    <message>
        <source>This device has not joined a hub.</source>
        <translation>This device has not joined a hub.</translation>
    </message>
    <message>
        <source>Unknown signing key.</source>
        <translation>Unknown signing key.</translation>
    </message>
    <message>
        <source>bundle %1 arrived twice with different content</source>
        <translation>bundle %1 arrived twice with different content</translation>
    </message>
    <message>
        <source>replaced by the hub&apos;s new stream %1</source>
        <translation>replaced by the hub&apos;s new stream %1</translation>
    </message>
</context>
<context>
    <name>dibao::SyncMenu</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>This device has not joined a county hub yet. Ask the county administrator for the hub card (dibao-cli join --hub-card FILE).</source>
        <translation>This device has not joined a county hub yet. Ask the county administrator for the hub card (dibao-cli join --hub-card FILE).</translation>
    </message>
    <message>
        <source>This device syncs by USB: use Export bundles to USB and Import bundles.</source>
        <translation>This device syncs by USB: use Export bundles to USB and Import bundles.</translation>
    </message>
    <message>
        <source>Export bundles to a folder (e.g. a USB drive)</source>
        <translation>Export bundles to a folder (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>Back up to a folder (e.g. a USB drive)</source>
        <translation>Back up to a folder (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>The scheduled backup failed: %1</translation>
    </message>
    <message>
        <source>Your password opens this device&apos;s sync keys:</source>
        <translation>Your password opens this device&apos;s sync keys:</translation>
    </message>
    <message>
        <source>Export bundles</source>
        <translation>Export bundles</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent: no file was written.</source>
        <translation>Nothing is waiting to be sent: no file was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle file(s) written to %1:

%2</source>
        <translation>
            <numerusform>%n bundle file(s) written to %1:

%2</numerusform>
            <numerusform>%n bundle file(s) written to %1:

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up the database and its attachments…</source>
        <translation>Backing up the database and its attachments…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Backup written:
%1

Keep it apart from this computer.</source>
        <translation>Backup written:
%1

Keep it apart from this computer.</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Export bundles to USB…</source>
        <translation>&amp;Export bundles to USB…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Import bundles…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Backup se&amp;ttings…</source>
        <translation>Backup se&amp;ttings…</translation>
    </message>
</context>
<context>
    <name>dibao::SyncNode</name>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 holds no certificate.</translation>
    </message>
    <message>
        <source>%1 is a county database: it is the hub, not a device.</source>
        <translation>%1 is a county database: it is the hub, not a device.</translation>
    </message>
    <message>
        <source>%1 is a township database: only the county database is a hub.</source>
        <translation>%1 is a township database: only the county database is a hub.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Device %1 is already enrolled with other keys.</source>
        <translation>Device %1 is already enrolled with other keys.</translation>
    </message>
    <message>
        <source>Device %1&apos;s stream is not frozen (%2).</source>
        <translation>Device %1&apos;s stream is not frozen (%2).</translation>
    </message>
    <message>
        <source>No enrolled device %1.</source>
        <translation>No enrolled device %1.</translation>
    </message>
    <message>
        <source>Only a hub has a hub card.</source>
        <translation>Only a hub has a hub card.</translation>
    </message>
    <message>
        <source>Only the county administrator enrols, revokes and unfreezes devices.</source>
        <translation>Only the county administrator enrols, revokes and unfreezes devices.</translation>
    </message>
    <message>
        <source>The bundle is sealed to a key this hub does not have.</source>
        <translation>The bundle is sealed to a key this hub does not have.</translation>
    </message>
    <message>
        <source>The card&apos;s keys differ from the hub this device joined.</source>
        <translation>The card&apos;s keys differ from the hub this device joined.</translation>
    </message>
    <message>
        <source>The device&apos;s fingerprint is %1, not the one expected: do not enrol this key.</source>
        <translation>The device&apos;s fingerprint is %1, not the one expected: do not enrol this key.</translation>
    </message>
    <message>
        <source>The hub key file %1 belongs to another hub.</source>
        <translation>The hub key file %1 belongs to another hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s fingerprint is %1, not the one expected.</source>
        <translation>The hub&apos;s fingerprint is %1, not the one expected.</translation>
    </message>
    <message>
        <source>This device already syncs with hub %1.</source>
        <translation>This device already syncs with hub %1.</translation>
    </message>
    <message>
        <source>This township (%1) is not in the hub&apos;s county %2.</source>
        <translation>This township (%1) is not in the hub&apos;s county %2.</translation>
    </message>
    <message>
        <source>Township %1 is not in this county.</source>
        <translation>Township %1 is not in this county.</translation>
    </message>
    <message>
        <source>revoked after bundle %1</source>
        <translation>revoked after bundle %1</translation>
    </message>
</context>
<context>
    <name>dibao::SyncPage</name>
    <message numerus="yes">
        <source>This database is the county hub: %n device(s) enrolled.</source>
        <translation>
            <numerusform>This database is the county hub: %n device enrolled.</numerusform>
            <numerusform>This database is the county hub: %n devices enrolled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not joined to a county hub yet: ask the county administrator for the hub card.</source>
        <translation>Not joined to a county hub yet: ask the county administrator for the hub card.</translation>
    </message>
    <message>
        <source>County hub %1, by USB only (the hub card gives no address).</source>
        <translation>County hub %1, by USB only (the hub card gives no address).</translation>
    </message>
    <message>
        <source>County hub %1 at %2.</source>
        <translation>County hub %1 at %2.</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Last successful sync: never</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>Last attempt %1 failed: %2</source>
        <translation>Last attempt %1 failed: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting to be sent</source>
        <translation>
            <numerusform>%n bundle waiting to be sent</numerusform>
            <numerusform>%n bundles waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n change not yet acknowledged</numerusform>
            <numerusform>%n changes not yet acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) held for a missing one</source>
        <translation>
            <numerusform>%n bundle held for a missing one</numerusform>
            <numerusform>%n bundles held for a missing one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for a person</source>
        <translation>
            <numerusform>%n conflict waiting for a person</numerusform>
            <numerusform>%n conflicts waiting for a person</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>Pending:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <source>Conflicts waiting for a person</source>
        <translation>Conflicts waiting for a person</translation>
    </message>
</context>
<context>
    <name>dibao::SyncPeers</name>
    <message>
        <source>No box key is known for %1.</source>
        <translation>No box key is known for %1.</translation>
    </message>
    <message>
        <source>The card is invalid: %1.</source>
        <translation>The card is invalid: %1.</translation>
    </message>
</context>
<context>
    <name>dibao::TabularMapper</name>
    <message>
        <source>The file has two columns headed &quot;%1&quot;; map field &quot;%2&quot; by column number.</source>
        <translation>The file has two columns headed &quot;%1&quot;; map field &quot;%2&quot; by column number.</translation>
    </message>
    <message>
        <source>The file has no column headed %1. Its columns are: %2.</source>
        <translation>The file has no column headed %1. Its columns are: %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>The cell holds the formula error %1.</source>
        <translation>The cell holds the formula error %1.</translation>
    </message>
    <message>
        <source>The ID number was stored as a number and has lost its last digits; format the column as text in the spreadsheet and enter it again.</source>
        <translation>The ID number was stored as a number and has lost its last digits; format the column as text in the spreadsheet and enter it again.</translation>
    </message>
    <message>
        <source>Not a valid ID number (&quot;%1&quot;): %2</source>
        <translation>Not a valid ID number (&quot;%1&quot;): %2</translation>
    </message>
</context>
<context>
    <name>dibao::TabularSource</name>
    <message>
        <source>This is an Excel 97-2003 (.xls) or WPS (.et) file; save it as .xlsx or CSV and try again.</source>
        <translation>This is an Excel 97-2003 (.xls) or WPS (.et) file; save it as .xlsx or CSV and try again.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>The file has no rows, not even a header.</source>
        <translation>The file has no rows, not even a header.</translation>
    </message>
    <message>
        <source>xlsx, sheet &quot;%1&quot;</source>
        <translation>xlsx, sheet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>ASCII so far</source>
        <translation>ASCII so far</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter %2</source>
        <translation>CSV, %1, delimiter %2</translation>
    </message>
</context>
<context>
    <name>dibao::TabularValues</name>
    <message>
        <source>The cell holds the formula error %1.</source>
        <translation>The cell holds the formula error %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (e.g. 1234.50).</source>
        <translation>&quot;%1&quot; is not an amount in yuan (e.g. 1234.50).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals; amounts are in yuan and fen.</source>
        <translation>&quot;%1&quot; has more than two decimals; amounts are in yuan and fen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>&quot;%1&quot; is too large an amount.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>The number %1 is not a date.</source>
        <translation>The number %1 is not a date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write a real date year first, e.g. 2026-11-29, 2026/11/29 or 2026年11月29日.</source>
        <translation>&quot;%1&quot; is not a date: write a real date year first, e.g. 2026-11-29, 2026/11/29 or 2026年11月29日.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (write it year first, e.g. 2026-11 or 2026年11月).</source>
        <translation>&quot;%1&quot; is not a month (write it year first, e.g. 2026-11 or 2026年11月).</translation>
    </message>
</context>
<context>
    <name>dibao::TodayModel</name>
    <message>
        <source>%1 (%2, %3 overdue)</source>
        <translation>%1 (%2, %3 overdue)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no applicant)</source>
        <translation>(no applicant)</translation>
    </message>
    <message>
        <source>Work / applicant</source>
        <translation>Work / applicant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Show %1 more (of %2 not shown)…</source>
        <translation>Show %1 more (of %2 not shown)…</translation>
    </message>
</context>
<context>
    <name>dibao::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Due within 5 working days: %1 · overdue: %2 · today %3</source>
        <translation>Due within 5 working days: %1 · overdue: %2 · today %3</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>Periodic review</translation>
    </message>
    <message>
        <source>Open the periodic review of %1&apos;s household now?</source>
        <translation>Open the periodic review of %1&apos;s household now?</translation>
    </message>
    <message>
        <source>Periodic review falling due</source>
        <translation>Periodic review falling due</translation>
    </message>
</context>
<context>
    <name>dibao::TransitionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Case of %1, now: %2</source>
        <translation>Case of %1, now: %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Ground:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Missing items:</source>
        <translation>&amp;Missing items:</translation>
    </message>
    <message>
        <source>Anything else, separated by ；</source>
        <translation>Anything else, separated by ；</translation>
    </message>
    <message>
        <source>&amp;Also missing:</source>
        <translation>&amp;Also missing:</translation>
    </message>
    <message>
        <source>yuan per month, e.g. 400.00</source>
        <translation>yuan per month, e.g. 400.00</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan/month):</source>
        <translation>&amp;Amount (yuan/month):</translation>
    </message>
    <message>
        <source>&amp;Proposed amount (yuan/month):</source>
        <translation>&amp;Proposed amount (yuan/month):</translation>
    </message>
    <message>
        <source>No tier (gap payment)</source>
        <translation>No tier (gap payment)</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Gradual exit &amp;length:</source>
        <translation>Gradual exit &amp;length:</translation>
    </message>
    <message>
        <source>Required: the written reasons the household will read</source>
        <translation>Required: the written reasons the household will read</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Reasons (required):</source>
        <translation>&amp;Reasons (required):</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write the amount in yuan with at most two decimals, e.g. 400.00.</source>
        <translation>Write the amount in yuan with at most two decimals, e.g. 400.00.</translation>
    </message>
</context>
<context>
    <name>dibao::UserStore</name>
    <message>
        <source>A password needs at least 4 characters.</source>
        <translation>A password needs at least 4 characters.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit: &quot;%1&quot; is not one.</source>
        <translation>A user name has 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit: &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>A user named %1 already exists.</translation>
    </message>
    <message>
        <source>The role %1 belongs to a %2 database.</source>
        <translation>The role %1 belongs to a %2 database.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>There is no user named %1.</translation>
    </message>
    <message>
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <source>township</source>
        <translation>township</translation>
    </message>
</context>
<context>
    <name>dibao::VerificationPage</name>
    <message>
        <source>Requested, not started</source>
        <translation>Requested, not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Other name on the ID number</source>
        <translation>Other name on the ID number</translation>
    </message>
    <message>
        <source>ID number and name agree</source>
        <translation>ID number and name agree</translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation>Start verification</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Complete this verification? Its household&apos;s members are no longer matched against department data afterwards.</source>
        <translation>Complete this verification? Its household&apos;s members are no longer matched against department data afterwards.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Column mapping (*.json)</source>
        <translation>Column mapping (*.json)</translation>
    </message>
    <message>
        <source>Department file</source>
        <translation>Department file</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx)</source>
        <translation>Tables (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n household(s) checked, enrolled and marked migrated, in one transaction?</source>
        <translation>
            <numerusform>Import the %n household checked, enrolled and marked migrated, in one transaction?</numerusform>
            <numerusform>Import the %n households checked, enrolled and marked migrated, in one transaction?</numerusform>
        </translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>started %1</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 open)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) · not started: %1 (late: %2) · open findings: %3</source>
        <translation>
            <numerusform>%n request · not started: %1 (late: %2) · open findings: %3</numerusform>
            <numerusform>%n requests · not started: %1 (late: %2) · open findings: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n verification(s) started.</source>
        <translation>
            <numerusform>%n verification started.</numerusform>
            <numerusform>%n verifications started.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Not started: %1</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Verification report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>More problems are not listed.</source>
        <translation>More problems are not listed.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) read cleanly. Importing checks every row again; only rows matching an authorized member are kept.</source>
        <translation>
            <numerusform>The first %n row read cleanly. Importing checks every row again; only rows matching an authorized member are kept.</numerusform>
            <numerusform>The first %n rows read cleanly. Importing checks every row again; only rows matching an authorized member are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the first rows: a file with any bad row is not imported.</source>
        <translation>Problems in the first rows: a file with any bad row is not imported.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Streaming %1 against the authorized members…</source>
        <translation>Streaming %1 against the authorized members…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems: nothing was kept. Correct the file and import it again.</source>
        <translation>
            <numerusform>%n row with problems: nothing was kept. Correct the file and import it again.</numerusform>
            <numerusform>%n rows with problems: nothing was kept. Correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 rows read; %3 findings kept (%4 matching, %5 under another name), every other row discarded.</source>
        <translation>%1: %2 rows read; %3 findings kept (%4 matching, %5 under another name), every other row discarded.</translation>
    </message>
    <message>
        <source>Resolve the finding</source>
        <translation>Resolve the finding</translation>
    </message>
    <message>
        <source>Say how the department&apos;s record bears on the case. Income or an asset is added to the member&apos;s household file; a review brings an enrolled household&apos;s review forward to today.</source>
        <translation>Say how the department&apos;s record bears on the case. Income or an asset is added to the member&apos;s household file; a review brings an enrolled household&apos;s review forward to today.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Income kind:</source>
        <translation>&amp;Income kind:</translation>
    </message>
    <message>
        <source>Income over the months (&amp;yuan):</source>
        <translation>Income over the months (&amp;yuan):</translation>
    </message>
    <message>
        <source>&amp;From month:</source>
        <translation>&amp;From month:</translation>
    </message>
    <message>
        <source>&amp;To month:</source>
        <translation>&amp;To month:</translation>
    </message>
    <message>
        <source>&amp;Asset kind:</source>
        <translation>&amp;Asset kind:</translation>
    </message>
    <message>
        <source>Asset &amp;sub-kind:</source>
        <translation>Asset &amp;sub-kind:</translation>
    </message>
    <message>
        <source>Asset &amp;value (yuan):</source>
        <translation>Asset &amp;value (yuan):</translation>
    </message>
    <message>
        <source>Enter the income found, in yuan over the months.</source>
        <translation>Enter the income found, in yuan over the months.</translation>
    </message>
    <message>
        <source>The first month comes before the last.</source>
        <translation>The first month comes before the last.</translation>
    </message>
    <message>
        <source>Enter the asset&apos;s value in yuan.</source>
        <translation>Enter the asset&apos;s value in yuan.</translation>
    </message>
    <message>
        <source>Check the roster first (dry run); import it only when the check found no problem.</source>
        <translation>Check the roster first (dry run); import it only when the check found no problem.</translation>
    </message>
    <message>
        <source>Checking the roster…</source>
        <translation>Checking the roster…</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>Importing the roster…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems: nothing was imported.</source>
        <translation>
            <numerusform>%n row with problems: nothing was imported.</numerusform>
            <numerusform>%n rows with problems: nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: %1 households with %2 members would be imported, marked migrated. Nothing was written.</source>
        <translation>Checked: %1 households with %2 members would be imported, marked migrated. Nothing was written.</translation>
    </message>
    <message>
        <source>Imported %1 households with %2 members, marked migrated.</source>
        <translation>Imported %1 households with %2 members, marked migrated.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Start by</source>
        <translation>Start by</translation>
    </message>
    <message>
        <source>Start clock (3 WD)</source>
        <translation>Start clock (3 WD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Departments with findings</source>
        <translation>Departments with findings</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>What the department recorded</source>
        <translation>What the department recorded</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Household key</source>
        <translation>Household key</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Approval document</source>
        <translation>Approval document</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>First review due</source>
        <translation>First review due</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Department batch</source>
        <translation>Department batch</translation>
    </message>
    <message>
        <source>&amp;Start requested verifications</source>
        <translation>&amp;Start requested verifications</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Complete…</translation>
    </message>
    <message>
        <source>Report as P&amp;DF…</source>
        <translation>Report as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>A department&apos;s file is streamed against the members of the verifications in progress: only rows matching an authorized member are kept, as findings; every other row is discarded as it is read. A file with any bad row stores nothing.</source>
        <translation>A department&apos;s file is streamed against the members of the verifications in progress: only rows matching an authorized member are kept, as findings; every other row is discarded as it is read. A file with any bad row stores nothing.</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>Column &amp;mapping:</translation>
    </message>
    <message>
        <source>Department &amp;file:</source>
        <translation>Department &amp;file:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Open findings &amp;only</source>
        <translation>Open findings &amp;only</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>Re&amp;solve…</translation>
    </message>
    <message>
        <source>The spreadsheet of current recipients, one row per member: households arrive enrolled with their amount and marked migrated with their original approval — no procedure is invented. Check it first; only the confirming authority (the county, or a delegated township) may import it.</source>
        <translation>The spreadsheet of current recipients, one row per member: households arrive enrolled with their amount and marked migrated with their original approval — no procedure is invented. Check it first; only the confirming authority (the county, or a delegated township) may import it.</translation>
    </message>
    <message>
        <source>&amp;Roster file:</source>
        <translation>&amp;Roster file:</translation>
    </message>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Check (dry run)</translation>
    </message>
    <message>
        <source>&amp;Import checked roster…</source>
        <translation>&amp;Import checked roster…</translation>
    </message>
</context>
<context>
    <name>dibao::VerificationReportPdf</name>
    <message>
        <source>Household economic verification report</source>
        <translation>Household economic verification report</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Village and address</source>
        <translation>Village and address</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Verification started on</source>
        <translation>Verification started on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No department data has been checked yet.</source>
        <translation>No department data has been checked yet.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Only rows matching a member who signed the verification consent were kept; every other row was discarded as it was read.</source>
        <translation>Only rows matching a member who signed the verification consent were kept; every other row was discarded as it was read.</translation>
    </message>
    <message>
        <source>Findings and resolutions</source>
        <translation>Findings and resolutions</translation>
    </message>
    <message>
        <source>No department record matched a member of this household.</source>
        <translation>No department record matched a member of this household.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Department record</source>
        <translation>Department record</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>ID number and name agree</source>
        <translation>ID number and name agree</translation>
    </message>
    <message>
        <source>Same ID number, name recorded as %1</source>
        <translation>Same ID number, name recorded as %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, line %1</translation>
    </message>
    <message>
        <source>Verification officer (signature): ____________</source>
        <translation>Verification officer (signature): ____________</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Printed %1 by %2</translation>
    </message>
</context>
<context>
    <name>dibao::VerificationStore</name>
    <message>
        <source>Case %1 has no verification request.</source>
        <translation>Case %1 has no verification request.</translation>
    </message>
    <message>
        <source>Case %1 is closed (%2): its verification is not started.</source>
        <translation>Case %1 is closed (%2): its verification is not started.</translation>
    </message>
    <message>
        <source>Case %1 still has %2 open findings: resolve them first.</source>
        <translation>Case %1 still has %2 open findings: resolve them first.</translation>
    </message>
    <message>
        <source>Case %1: the verification consent signed by every member is no longer recorded as provided.</source>
        <translation>Case %1: the verification consent signed by every member is no longer recorded as provided.</translation>
    </message>
    <message>
        <source>Finding %1 is already resolved (%2).</source>
        <translation>Finding %1 is already resolved (%2).</translation>
    </message>
    <message>
        <source>No finding %1.</source>
        <translation>No finding %1.</translation>
    </message>
    <message>
        <source>Only an enrolled household has periodic reviews: resolve a finding on an application as explained, income added or asset added.</source>
        <translation>Only an enrolled household has periodic reviews: resolve a finding on an application as explained, income added or asset added.</translation>
    </message>
    <message>
        <source>Resolve a finding as one of: %1.</source>
        <translation>Resolve a finding as one of: %1.</translation>
    </message>
    <message>
        <source>The verification of case %1 is not in progress.</source>
        <translation>The verification of case %1 is not in progress.</translation>
    </message>
    <message>
        <source>Write down how the finding was resolved.</source>
        <translation>Write down how the finding was resolved.</translation>
    </message>
</context>
<context>
    <name>dibao::VisitDialog</name>
    <message>
        <source>Investigators (at least two, each named)</source>
        <translation>Investigators (at least two, each named)</translation>
    </message>
    <message>
        <source>Add an &amp;investigator</source>
        <translation>Add an &amp;investigator</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>By phone or video (only in a declared major emergency)</source>
        <translation>By phone or video (only in a declared major emergency)</translation>
    </message>
    <message>
        <source>The declared emergency, e.g. its notice number</source>
        <translation>The declared emergency, e.g. its notice number</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Members seen:</source>
        <translation>&amp;Members seen:</translation>
    </message>
    <message>
        <source>&amp;Food:</source>
        <translation>&amp;Food:</translation>
    </message>
    <message>
        <source>&amp;Clothing:</source>
        <translation>&amp;Clothing:</translation>
    </message>
    <message>
        <source>&amp;Housing:</source>
        <translation>&amp;Housing:</translation>
    </message>
    <message>
        <source>Daily &amp;necessities:</source>
        <translation>Daily &amp;necessities:</translation>
    </message>
    <message>
        <source>&amp;Evidence seen:</source>
        <translation>&amp;Evidence seen:</translation>
    </message>
    <message>
        <source>F&amp;indings:</source>
        <translation>F&amp;indings:</translation>
    </message>
    <message>
        <source>Record the visit</source>
        <translation>Record the visit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Tick the members you saw: a household visit sees the family (入户必见人).</source>
        <translation>Tick the members you saw: a household visit sees the family (入户必见人).</translation>
    </message>
    <message>
        <source>Emer&amp;gency:</source>
        <translation>Emer&amp;gency:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sent by (each named)</source>
        <translation>Sent by (each named)</translation>
    </message>
    <message>
        <source>&amp;Date sent:</source>
        <translation>&amp;Date sent:</translation>
    </message>
    <message>
        <source>&amp;Sent to and asked:</source>
        <translation>&amp;Sent to and asked:</translation>
    </message>
    <message>
        <source>The unit written to (e.g. the county housing authority) and what it is asked to confirm</source>
        <translation>The unit written to (e.g. the county housing authority) and what it is asked to confirm</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Reply:</translation>
    </message>
    <message>
        <source>The unit&apos;s reply, its date and reference, when it arrives</source>
        <translation>The unit&apos;s reply, its date and reference, when it arrives</translation>
    </message>
    <message>
        <source>Investigators (each named)</source>
        <translation>Investigators (each named)</translation>
    </message>
    <message>
        <source>&amp;Neighbours asked:</source>
        <translation>&amp;Neighbours asked:</translation>
    </message>
    <message>
        <source>Names and addresses of the neighbours spoken to</source>
        <translation>Names and addresses of the neighbours spoken to</translation>
    </message>
    <message>
        <source>What they &amp;said:</source>
        <translation>What they &amp;said:</translation>
    </message>
    <message>
        <source>What the neighbours say about the family&apos;s living conditions</source>
        <translation>What the neighbours say about the family&apos;s living conditions</translation>
    </message>
    <message>
        <source>The visit is recorded, but not every file could be attached:
%1</source>
        <translation>The visit is recorded, but not every file could be attached:
%1</translation>
    </message>
</context>
<context>
    <name>dibao::VisitsPage</name>
    <message>
        <source>Periodic review</source>
        <translation>Periodic review</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>More than %1 cases await a visit</source>
        <translation>More than %1 cases await a visit</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) await a visit</source>
        <translation>
            <numerusform>%n case awaits a visit</numerusform>
            <numerusform>%n cases await a visit</numerusform>
        </translation>
    </message>
    <message>
        <source>the confirming authority&apos;s own visit</source>
        <translation>the confirming authority&apos;s own visit</translation>
    </message>
    <message>
        <source>remote (declared emergency)</source>
        <translation>remote (declared emergency)</translation>
    </message>
    <message>
        <source>Household visits</source>
        <translation>Household visits</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>&amp;Township:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Waiting for a visit (nearest deadline first)</source>
        <translation>&amp;Waiting for a visit (nearest deadline first)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Visits recorded &amp;last</source>
        <translation>Visits recorded &amp;last</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Investigators</translation>
    </message>
    <message>
        <source>Case state</source>
        <translation>Case state</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Record a &amp;visit…</source>
        <translation>Record a &amp;visit…</translation>
    </message>
    <message>
        <source>Opens the case and its visit form</source>
        <translation>Opens the case and its visit form</translation>
    </message>
</context>
<context>
    <name>dibao::Workflow</name>
    <message>
        <source>A case cannot be accepted before it was submitted (%1).</source>
        <translation>A case cannot be accepted before it was submitted (%1).</translation>
    </message>
    <message>
        <source>A case in state &quot;%1&quot; cannot take the step &quot;%2&quot;.</source>
        <translation>A case in state &quot;%1&quot; cannot take the step &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A gradual exit lasts 1 to %1 months.</source>
        <translation>A gradual exit lasts 1 to %1 months.</translation>
    </message>
    <message>
        <source>A near-relative case cannot be confirmed until the confirming authority&apos;s own home visit is recorded.</source>
        <translation>A near-relative case cannot be confirmed until the confirming authority&apos;s own home visit is recorded.</translation>
    </message>
    <message>
        <source>A review ends in one of: %1.</source>
        <translation>A review ends in one of: %1.</translation>
    </message>
    <message>
        <source>After an objection the township chooses a new investigation (reinvestigate) or an appraisal meeting (appraisal).</source>
        <translation>After an objection the township chooses a new investigation (reinvestigate) or an appraisal meeting (appraisal).</translation>
    </message>
    <message>
        <source>An appraisal concludes whether the investigation is true and complete (true_complete) or not (incomplete).</source>
        <translation>An appraisal concludes whether the investigation is true and complete (true_complete) or not (incomplete).</translation>
    </message>
    <message>
        <source>Confirmation is delegated to the township: the township administrator confirms.</source>
        <translation>Confirmation is delegated to the township: the township administrator confirms.</translation>
    </message>
    <message>
        <source>Confirming needs the monthly amount.</source>
        <translation>Confirming needs the monthly amount.</translation>
    </message>
    <message>
        <source>Delivery cannot precede the decision.</source>
        <translation>Delivery cannot precede the decision.</translation>
    </message>
    <message>
        <source>Economic verification needs the verification consent signed by every member (guardians for minors): record it in the documents first.</source>
        <translation>Economic verification needs the verification consent signed by every member (guardians for minors): record it in the documents first.</translation>
    </message>
    <message>
        <source>List every missing item in the one notice.</source>
        <translation>List every missing item in the one notice.</translation>
    </message>
    <message>
        <source>Lowering, stopping or a gradual exit needs written reasons for the family.</source>
        <translation>Lowering, stopping or a gradual exit needs written reasons for the family.</translation>
    </message>
    <message>
        <source>Name the ground for 45 working days: %1.</source>
        <translation>Name the ground for 45 working days: %1.</translation>
    </message>
    <message>
        <source>No household visit is recorded: at least two named investigators must visit the household before the investigation ends.</source>
        <translation>No household visit is recorded: at least two named investigators must visit the household before the investigation ends.</translation>
    </message>
    <message>
        <source>Raising or lowering needs the new amount.</source>
        <translation>Raising or lowering needs the new amount.</translation>
    </message>
    <message>
        <source>The county confirms: only a county reviewer may confirm, refuse or decide.</source>
        <translation>The county confirms: only a county reviewer may confirm, refuse or decide.</translation>
    </message>
    <message>
        <source>The date %1 is before the acceptance on %2.</source>
        <translation>The date %1 is before the acceptance on %2.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <source>The notice of missing items was already issued on %1: it lists everything at once, and only once.</source>
        <translation>The notice of missing items was already issued on %1: it lists everything at once, and only once.</translation>
    </message>
    <message>
        <source>The notice runs for its full days until %1; it cannot close earlier.</source>
        <translation>The notice runs for its full days until %1; it cannot close earlier.</translation>
    </message>
    <message>
        <source>The refusal was already delivered on %1.</source>
        <translation>The refusal was already delivered on %1.</translation>
    </message>
    <message>
        <source>This step needs written reasons.</source>
        <translation>This step needs written reasons.</translation>
    </message>
    <message>
        <source>Tiers are A, B or C.</source>
        <translation>Tiers are A, B or C.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;; the steps are: %2.</source>
        <translation>Unknown step &quot;%1&quot;; the steps are: %2.</translation>
    </message>
    <message>
        <source>A complaint was received on %1 while the case awaited confirmation: it cannot be confirmed until the confirming authority&apos;s own home visit on or after that day is recorded.</source>
        <translation>A complaint was received on %1 while the case awaited confirmation: it cannot be confirmed until the confirming authority&apos;s own home visit on or after that day is recorded.</translation>
    </message>
    <message>
        <source>The county&apos;s policy requires the confirming authority&apos;s own home visit for a case with red flags before it is confirmed.</source>
        <translation>The county&apos;s policy requires the confirming authority&apos;s own home visit for a case with red flags before it is confirmed.</translation>
    </message>
    <message>
        <source>A raise needs a new amount above the current one: %1 is not above %2.</source>
        <translation>A raise needs a new amount above the current one: %1 is not above %2.</translation>
    </message>
    <message>
        <source>Lowering needs a new amount below the current one: %1 is not below %2.</source>
        <translation>Lowering needs a new amount below the current one: %1 is not below %2.</translation>
    </message>
</context>
<context>
    <name>dibao::XlsxReader</name>
    <message>
        <source>%1 declares a DOCTYPE, which spreadsheets never do; the file is refused.</source>
        <translation>%1 declares a DOCTYPE, which spreadsheets never do; the file is refused.</translation>
    </message>
    <message>
        <source>%1 uses an undeclared entity.</source>
        <translation>%1 uses an undeclared entity.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2): %3</source>
        <translation>%1 is not well-formed XML (line %2): %3</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>The workbook has no part %1.</translation>
    </message>
    <message>
        <source>The workbook part %1 is larger than allowed.</source>
        <translation>The workbook part %1 is larger than allowed.</translation>
    </message>
    <message>
        <source>The workbook has more than %1 distinct strings.</source>
        <translation>The workbook has more than %1 distinct strings.</translation>
    </message>
    <message>
        <source>Shared string %1 is longer than %2 characters.</source>
        <translation>Shared string %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>%1 has too many cell formats.</source>
        <translation>%1 has too many cell formats.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>The workbook has no sheets.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; it has: %2.</source>
        <translation>The workbook has no sheet named &quot;%1&quot;; it has: %2.</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has no worksheet part.</source>
        <translation>Sheet &quot;%1&quot; has no worksheet part.</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 (.xls) or WPS (.et) file; save it as .xlsx (or CSV) and try again.</source>
        <translation>This is an Excel 97-2003 (.xls) or WPS (.et) file; save it as .xlsx (or CSV) and try again.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook.</source>
        <translation>This is not an .xlsx workbook.</translation>
    </message>
    <message>
        <source>This zip file is not an .xlsx workbook (no [Content_Types].xml).</source>
        <translation>This zip file is not an .xlsx workbook (no [Content_Types].xml).</translation>
    </message>
    <message>
        <source>This zip file is not an .xlsx workbook (no workbook part).</source>
        <translation>This zip file is not an .xlsx workbook (no workbook part).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>The sheet could not be read past row %1.</source>
        <translation>The sheet could not be read past row %1.</translation>
    </message>
    <message>
        <source>Row number &quot;%1&quot; after row %2: rows must be numbered upwards from 1.</source>
        <translation>Row number &quot;%1&quot; after row %2: rows must be numbered upwards from 1.</translation>
    </message>
    <message>
        <source>Row %1 holds a cell with the reference &quot;%2&quot;.</source>
        <translation>Row %1 holds a cell with the reference &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Row %1 has cells out of order or twice (at &quot;%2&quot;).</source>
        <translation>Row %1 has cells out of order or twice (at &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>Row %1 has more than %2 columns.</translation>
    </message>
    <message>
        <source>A cell in row %1 is longer than %2 characters.</source>
        <translation>A cell in row %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>Row %1 refers to a shared string that does not exist.</source>
        <translation>Row %1 refers to a shared string that does not exist.</translation>
    </message>
    <message>
        <source>Row %1 holds a boolean that is neither 0 nor 1.</source>
        <translation>Row %1 holds a boolean that is neither 0 nor 1.</translation>
    </message>
    <message>
        <source>Row %1 holds a number that is not a number.</source>
        <translation>Row %1 holds a number that is not a number.</translation>
    </message>
    <message>
        <source>Row %1 holds a cell of unknown type &quot;%2&quot;.</source>
        <translation>Row %1 holds a cell of unknown type &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>dibao::XlsxWriter</name>
    <message>
        <source>A cell in sheet &quot;%1&quot; holds broken text (a lone surrogate).</source>
        <translation>A cell in sheet &quot;%1&quot; holds broken text (a lone surrogate).</translation>
    </message>
    <message>
        <source>A cell in sheet &quot;%1&quot; is longer than %2 characters, more than spreadsheets hold.</source>
        <translation>A cell in sheet &quot;%1&quot; is longer than %2 characters, more than spreadsheets hold.</translation>
    </message>
    <message>
        <source>A row of sheet &quot;%1&quot; has more than %2 columns.</source>
        <translation>A row of sheet &quot;%1&quot; has more than %2 columns.</translation>
    </message>
    <message>
        <source>A workbook needs at least one sheet.</source>
        <translation>A workbook needs at least one sheet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; would have more than %2 rows.</source>
        <translation>Sheet &quot;%1&quot; would have more than %2 rows.</translation>
    </message>
    <message>
        <source>The workbook already has a sheet named &quot;%1&quot;.</source>
        <translation>The workbook already has a sheet named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no sheet %1 in this workbook.</source>
        <translation>There is no sheet %1 in this workbook.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a sheet name: 1 to 31 characters, none of [ ] : * ? / \, not starting or ending with an apostrophe.</source>
        <translation>&quot;%1&quot; cannot be a sheet name: 1 to 31 characters, none of [ ] : * ? / \, not starting or ending with an apostrophe.</translation>
    </message>
    <message>
        <source>A number in sheet &quot;%1&quot; has more than the 15 digits a spreadsheet shows.</source>
        <translation>A number in sheet &quot;%1&quot; has more than the 15 digits a spreadsheet shows.</translation>
    </message>
    <message>
        <source>A date in sheet &quot;%1&quot; is missing or before March 1900.</source>
        <translation>A date in sheet &quot;%1&quot; is missing or before March 1900.</translation>
    </message>
</context>
<context>
    <name>dibao::cli</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 is too large.</translation>
    </message>
    <message>
        <source>this command needs --db FILE</source>
        <translation>this command needs --db FILE</translation>
    </message>
    <message>
        <source>%1 (%2 working days left)</source>
        <translation>%1 (%2 working days left)</translation>
    </message>
    <message>
        <source>%1 (overdue by %2 working days)</source>
        <translation>%1 (overdue by %2 working days)</translation>
    </message>
    <message>
        <source>id-check needs at least one ID number</source>
        <translation>id-check needs at least one ID number</translation>
    </message>
    <message>
        <source>%1: valid (%2, born %3, %4)</source>
        <translation>%1: valid (%2, born %3, %4)</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>%1: invalid: %2</source>
        <translation>%1: invalid: %2</translation>
    </message>
    <message>
        <source>init needs --db FILE --division CODE --admin NAME</source>
        <translation>init needs --db FILE --division CODE --admin NAME</translation>
    </message>
    <message>
        <source>Password for the new administrator: </source>
        <translation>Password for the new administrator: </translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3); administrator: %4</source>
        <translation>Created %1 for %2 (%3); administrator: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>policy-import needs exactly one FILE</source>
        <translation>policy-import needs exactly one FILE</translation>
    </message>
    <message>
        <source>Policy rows: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Policy rows: %1 added, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>household-import needs exactly one FILE</source>
        <translation>household-import needs exactly one FILE</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; the states are: %2</source>
        <translation>unknown state &quot;%1&quot;; the states are: %2</translation>
    </message>
    <message>
        <source>--limit takes a whole number</source>
        <translation>--limit takes a whole number</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>--until takes a date YYYY-MM-DD</source>
        <translation>--until takes a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>eligibility needs exactly one CASE id</source>
        <translation>eligibility needs exactly one CASE id</translation>
    </message>
    <message>
        <source>--as-of takes a date YYYY-MM-DD</source>
        <translation>--as-of takes a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Case %1, applicant %2, as of %3</source>
        <translation>Case %1, applicant %2, as of %3</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries, %2 records match their last audited state.</source>
        <translation>Audit trail intact: %1 entries, %2 records match their last audited state.</translation>
    </message>
    <message>
        <source>transition needs CASE and STEP; the steps are: %1</source>
        <translation>transition needs CASE and STEP; the steps are: %1</translation>
    </message>
    <message>
        <source>--date takes a date YYYY-MM-DD</source>
        <translation>--date takes a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--amount takes whole fen, 0 or more</source>
        <translation>--amount takes whole fen, 0 or more</translation>
    </message>
    <message>
        <source>--months takes a whole number</source>
        <translation>--months takes a whole number</translation>
    </message>
    <message>
        <source>Case %1 is now: %2</source>
        <translation>Case %1 is now: %2</translation>
    </message>
    <message>
        <source>visit-add needs exactly one CASE id</source>
        <translation>visit-add needs exactly one CASE id</translation>
    </message>
    <message>
        <source>user-add needs NAME and --role ROLE (%1)</source>
        <translation>user-add needs NAME and --role ROLE (%1)</translation>
    </message>
    <message>
        <source>unknown role; the roles are: %1</source>
        <translation>unknown role; the roles are: %1</translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation>Password for the new user: </translation>
    </message>
    <message>
        <source>Created user %1 (%2).</source>
        <translation>Created user %1 (%2).</translation>
    </message>
    <message>
        <source>demo needs --db FILE --households N</source>
        <translation>demo needs --db FILE --households N</translation>
    </message>
    <message>
        <source>--households takes a number from 1 to 1000000</source>
        <translation>--households takes a number from 1 to 1000000</translation>
    </message>
    <message>
        <source>--months takes a number from 1 to 240</source>
        <translation>--months takes a number from 1 to 240</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed takes a whole number</translation>
    </message>
    <message>
        <source>demo: %1 of %2 households</source>
        <translation>demo: %1 of %2 households</translation>
    </message>
    <message>
        <source>Demo data: %1 households, %2 persons, %3 cases.</source>
        <translation>Demo data: %1 households, %2 persons, %3 cases.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>payroll needs --month YYYY-MM</source>
        <translation>payroll needs --month YYYY-MM</translation>
    </message>
    <message>
        <source>payroll needs --out DIR</source>
        <translation>payroll needs --out DIR</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or gb18030</source>
        <translation>--encoding takes utf-8 or gb18030</translation>
    </message>
    <message>
        <source>Issued roll %1: %2 lines, %3 yuan; to the bank %4 lines, %5 yuan; held %6.</source>
        <translation>Issued roll %1: %2 lines, %3 yuan; to the bank %4 lines, %5 yuan; held %6.</translation>
    </message>
    <message>
        <source>Preview of the %1 roll: %2 lines, %3 yuan; to the bank %4 lines, %5 yuan; held %6.</source>
        <translation>Preview of the %1 roll: %2 lines, %3 yuan; to the bank %4 lines, %5 yuan; held %6.</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>bank-return needs --month YYYY-MM and one FILE</source>
        <translation>bank-return needs --month YYYY-MM and one FILE</translation>
    </message>
    <message>
        <source>Line %1: expected 序号,账号,户名,金额,结果[,原因].</source>
        <translation>Line %1: expected 序号,账号,户名,金额,结果[,原因].</translation>
    </message>
    <message>
        <source>Line %1: 序号 must be a number, 金额 yuan with 2 decimals, 结果 成功/失败.</source>
        <translation>Line %1: 序号 must be a number, 金额 yuan with 2 decimals, 结果 成功/失败.</translation>
    </message>
    <message>
        <source>Bank result for %1: %2 paid, %3 failed (%4 yuan carried to the next roll), %5 already known.</source>
        <translation>Bank result for %1: %2 paid, %3 failed (%4 yuan carried to the next roll), %5 already known.</translation>
    </message>
    <message>
        <source>adjustment-add needs HOUSEHOLD --amount FEN --reason TEXT</source>
        <translation>adjustment-add needs HOUSEHOLD --amount FEN --reason TEXT</translation>
    </message>
    <message>
        <source>--amount takes whole fen (negative to pay less)</source>
        <translation>--amount takes whole fen (negative to pay less)</translation>
    </message>
    <message>
        <source>--month takes YYYY-MM</source>
        <translation>--month takes YYYY-MM</translation>
    </message>
    <message>
        <source>own visit required</source>
        <translation>own visit required</translation>
    </message>
    <message>
        <source> (objection)</source>
        <translation> (objection)</translation>
    </message>
    <message>
        <source>complaint-add needs CASE --reason TEXT</source>
        <translation>complaint-add needs CASE --reason TEXT</translation>
    </message>
    <message>
        <source>notice-post needs --place TEXT and at least one CASE (CASE=FEN to give the amount)</source>
        <translation>notice-post needs --place TEXT and at least one CASE (CASE=FEN to give the amount)</translation>
    </message>
    <message>
        <source>CASE=FEN takes whole fen</source>
        <translation>CASE=FEN takes whole fen</translation>
    </message>
    <message>
        <source>Notice %1 posted at %2 from %3 until %4: %5 cases.</source>
        <translation>Notice %1 posted at %2 from %3 until %4: %5 cases.</translation>
    </message>
    <message>
        <source>standing-list needs --out FILE (.csv or .xlsx)</source>
        <translation>standing-list needs --out FILE (.csv or .xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 households)</source>
        <translation>Wrote %1 (%2 households)</translation>
    </message>
    <message>
        <source>objection-add needs CASE --reason TEXT</source>
        <translation>objection-add needs CASE --reason TEXT</translation>
    </message>
    <message>
        <source>meeting-record needs one FILE (JSON, docs/cli.md)</source>
        <translation>meeting-record needs one FILE (JSON, docs/cli.md)</translation>
    </message>
    <message>
        <source>The meeting file is not JSON: %1</source>
        <translation>The meeting file is not JSON: %1</translation>
    </message>
    <message>
        <source>transfer needs HOUSEHOLD --division CODE</source>
        <translation>transfer needs HOUSEHOLD --division CODE</translation>
    </message>
    <message>
        <source>This command needs --db FILE.</source>
        <translation>This command needs --db FILE.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Only the county administrator or a county reviewer imports bundles at the hub.</source>
        <translation>Only the county administrator or a county reviewer imports bundles at the hub.</translation>
    </message>
    <message>
        <source>hub-card needs --out FILE</source>
        <translation>hub-card needs --out FILE</translation>
    </message>
    <message>
        <source>Only the county database is a hub.</source>
        <translation>Only the county database is a hub.</translation>
    </message>
    <message>
        <source>Only the county administrator issues the hub card.</source>
        <translation>Only the county administrator issues the hub card.</translation>
    </message>
    <message>
        <source>Hub %1 (county %2), fingerprint %3</source>
        <translation>Hub %1 (county %2), fingerprint %3</translation>
    </message>
    <message>
        <source>join needs --hub-card FILE</source>
        <translation>join needs --hub-card FILE</translation>
    </message>
    <message>
        <source>The county database is the hub; only township databases join it.</source>
        <translation>The county database is the hub; only township databases join it.</translation>
    </message>
    <message>
        <source>Joined hub %1 (county %2). Compare its fingerprint with the county: %3</source>
        <translation>Joined hub %1 (county %2). Compare its fingerprint with the county: %3</translation>
    </message>
    <message>
        <source>The county database is the hub: its public keys are on the hub card.</source>
        <translation>The county database is the hub: its public keys are on the hub card.</translation>
    </message>
    <message>
        <source>Device:      %1</source>
        <translation>Device:      %1</translation>
    </message>
    <message>
        <source>Township:    %1</source>
        <translation>Township:    %1</translation>
    </message>
    <message>
        <source>Signing key: %1 (Ed25519)</source>
        <translation>Signing key: %1 (Ed25519)</translation>
    </message>
    <message>
        <source>Box key:     %1 (X25519)</source>
        <translation>Box key:     %1 (X25519)</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>enroll needs --device-key FILE</source>
        <translation>enroll needs --device-key FILE</translation>
    </message>
    <message>
        <source>Devices are enrolled at the hub.</source>
        <translation>Devices are enrolled at the hub.</translation>
    </message>
    <message>
        <source>Enrolled device %1 of township %2, fingerprint %3</source>
        <translation>Enrolled device %1 of township %2, fingerprint %3</translation>
    </message>
    <message>
        <source>The fingerprint was not compared (--expect-fingerprint): check it with the township.</source>
        <translation>The fingerprint was not compared (--expect-fingerprint): check it with the township.</translation>
    </message>
    <message>
        <source>Devices are listed at the hub.</source>
        <translation>Devices are listed at the hub.</translation>
    </message>
    <message>
        <source>in %1, out %2 (acked %3)</source>
        <translation>in %1, out %2 (acked %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>revoke needs DEVICE and --after-seq N (0 or more)</source>
        <translation>revoke needs DEVICE and --after-seq N (0 or more)</translation>
    </message>
    <message>
        <source>Device %1 is revoked: its bundles after %2 are rejected.</source>
        <translation>Device %1 is revoked: its bundles after %2 are rejected.</translation>
    </message>
    <message>
        <source>unfreeze needs DEVICE</source>
        <translation>unfreeze needs DEVICE</translation>
    </message>
    <message>
        <source>The stream of device %1 runs again.</source>
        <translation>The stream of device %1 runs again.</translation>
    </message>
    <message>
        <source>key-rotate is for devices.</source>
        <translation>key-rotate is for devices.</translation>
    </message>
    <message>
        <source>New keys made (signing key %1). They take over after the next bundle, which announces them to the hub signed by the old key.</source>
        <translation>New keys made (signing key %1). They take over after the next bundle, which announces them to the hub signed by the old key.</translation>
    </message>
    <message>
        <source>key-grant needs USER</source>
        <translation>key-grant needs USER</translation>
    </message>
    <message>
        <source>key-grant is for devices.</source>
        <translation>key-grant is for devices.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>%1 can now sync on this device.</source>
        <translation>%1 can now sync on this device.</translation>
    </message>
    <message>
        <source>bundle-export needs --out DIR</source>
        <translation>bundle-export needs --out DIR</translation>
    </message>
    <message>
        <source>at the hub, bundle-export needs --device ID</source>
        <translation>at the hub, bundle-export needs --device ID</translation>
    </message>
    <message>
        <source>--device is for the hub; a device exports its own bundles</source>
        <translation>--device is for the hub; a device exports its own bundles</translation>
    </message>
    <message>
        <source>bundle-import needs at least one FILE</source>
        <translation>bundle-import needs at least one FILE</translation>
    </message>
    <message numerus="yes">
        <source> (bundle %1 from %2, %n change(s)</source>
        <translation>
            <numerusform> (bundle %1 from %2, %n change</numerusform>
            <numerusform> (bundle %1 from %2, %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n refused</numerusform>
            <numerusform>, %n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s) kept for a person</source>
        <translation>
            <numerusform>, %n conflict kept for a person</numerusform>
            <numerusform>, %n conflicts kept for a person</numerusform>
        </translation>
    </message>
    <message>
        <source>  refused change %1 of %2: %3</source>
        <translation>  refused change %1 of %2: %3</translation>
    </message>
    <message>
        <source>bundle-inspect needs exactly one FILE</source>
        <translation>bundle-inspect needs exactly one FILE</translation>
    </message>
    <message>
        <source>File:      %1 (%2 bytes)</source>
        <translation>File:      %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Verdict:   %1</source>
        <translation>Verdict:   %1</translation>
    </message>
    <message>
        <source>Reason:    %1 — %2</source>
        <translation>Reason:    %1 — %2</translation>
    </message>
    <message>
        <source>Signature: %1 (key %2)</source>
        <translation>Signature: %1 (key %2)</translation>
    </message>
    <message>
        <source>Bundle:    %1, %2 → %3, bundle %4, prev %5</source>
        <translation>Bundle:    %1, %2 → %3, bundle %4, prev %5</translation>
    </message>
    <message>
        <source>Changes:   %1 (%2–%3), HLC %4, ack_down %5</source>
        <translation>Changes:   %1 (%2–%3), HLC %4, ack_down %5</translation>
    </message>
    <message>
        <source>Sealed to: %1</source>
        <translation>Sealed to: %1</translation>
    </message>
    <message>
        <source>sync is for devices; the hub serves them (dibao-hub).</source>
        <translation>sync is for devices; the hub serves them (dibao-hub).</translation>
    </message>
    <message>
        <source>Sent %1 bundle(s), %2 acknowledged; received %3 bundle(s).</source>
        <translation>Sent %1 bundle(s), %2 acknowledged; received %3 bundle(s).</translation>
    </message>
    <message>
        <source>Bundle %1 from the hub: %2 %3</source>
        <translation>Bundle %1 from the hub: %2 %3</translation>
    </message>
    <message>
        <source>backup needs --out DIR</source>
        <translation>backup needs --out DIR</translation>
    </message>
    <message>
        <source>restore needs --db NEW_FILE and the backup FILE</source>
        <translation>restore needs --db NEW_FILE and the backup FILE</translation>
    </message>
    <message>
        <source>Password of a user of the backed-up device: </source>
        <translation>Password of a user of the backed-up device: </translation>
    </message>
    <message>
        <source>Restored the hub as epoch %1 (stream %2). Devices resynchronise from its snapshots at their next sync.</source>
        <translation>Restored the hub as epoch %1 (stream %2). Devices resynchronise from its snapshots at their next sync.</translation>
    </message>
    <message>
        <source>Restored as a new device %1 (was %2), with new keys. Enrol it at the county: key-show --out FILE, then enroll there; its first bundle from the hub brings back what others wrote since.</source>
        <translation>Restored as a new device %1 (was %2), with new keys. Enrol it at the county: key-show --out FILE, then enroll there; its first bundle from the hub brings back what others wrote since.</translation>
    </message>
    <message>
        <source>Casework (docs/casework.md, docs/payroll.md):
  --db FILE payroll --month YYYY-MM --out DIR [--issue] [--encoding gb18030|utf-8] [--date D]
  --db FILE bank-return --month YYYY-MM FILE [--date D]
  --db FILE adjustment-add HOUSEHOLD --amount FEN --reason TEXT [--month YYYY-MM]
  --db FILE confirmation-queue [--division CODE] [--limit N]
  --db FILE complaint-add CASE --reason TEXT [--channel C] [--date D]
  --db FILE notice-post --place TEXT [--division CODE] [--village V] [--date D] [--out FILE]
            CASE[=FEN]...
  --db FILE standing-list --out FILE [--division CODE] [--village V]
  --db FILE objection-add CASE --reason TEXT [--channel C] [--objector NAME] [--date D]
  --db FILE meeting-record FILE
  --db FILE reviews-due [--until D] [--category stable|other] [--division CODE] [--limit N]
  --db FILE transfer HOUSEHOLD --division CODE [--village V] [--month YYYY-MM]
            [--kind move|relocation] [--date D]

</source>
        <translation>Casework (docs/casework.md, docs/payroll.md):
  --db FILE payroll --month YYYY-MM --out DIR [--issue] [--encoding gb18030|utf-8] [--date D]
  --db FILE bank-return --month YYYY-MM FILE [--date D]
  --db FILE adjustment-add HOUSEHOLD --amount FEN --reason TEXT [--month YYYY-MM]
  --db FILE confirmation-queue [--division CODE] [--limit N]
  --db FILE complaint-add CASE --reason TEXT [--channel C] [--date D]
  --db FILE notice-post --place TEXT [--division CODE] [--village V] [--date D] [--out FILE]
            CASE[=FEN]...
  --db FILE standing-list --out FILE [--division CODE] [--village V]
  --db FILE objection-add CASE --reason TEXT [--channel C] [--objector NAME] [--date D]
  --db FILE meeting-record FILE
  --db FILE reviews-due [--until D] [--category stable|other] [--division CODE] [--limit N]
  --db FILE transfer HOUSEHOLD --division CODE [--village V] [--month YYYY-MM]
            [--kind move|relocation] [--date D]

</translation>
    </message>
    <message>
        <source>Sync, keys and backups (docs/sync.md):
  --db HUB hub-card --out FILE [--address URL] [--tls-cert FILE]
  --db DEV join --hub-card FILE [--expect-fingerprint FP]
  --db DEV key-show [--out FILE]
  --db HUB enroll --device-key FILE [--expect-fingerprint FP]
  --db HUB devices
  --db HUB revoke DEVICE --after-seq N
  --db HUB unfreeze DEVICE
  --db DEV key-rotate
  --db DEV key-grant USER
  --db DEV bundle-export --out DIR
  --db HUB bundle-export --device ID --out DIR
  --db ANY bundle-import FILE|DIR...
  [--db ANY] bundle-inspect FILE
  --db DEV sync [--hub URL]
  --db FILE backup --out DIR
  --db NEW_FILE restore BACKUP [--user NAME] [--hub-keys FILE]

</source>
        <translation>Sync, keys and backups (docs/sync.md):
  --db HUB hub-card --out FILE [--address URL] [--tls-cert FILE]
  --db DEV join --hub-card FILE [--expect-fingerprint FP]
  --db DEV key-show [--out FILE]
  --db HUB enroll --device-key FILE [--expect-fingerprint FP]
  --db HUB devices
  --db HUB revoke DEVICE --after-seq N
  --db HUB unfreeze DEVICE
  --db DEV key-rotate
  --db DEV key-grant USER
  --db DEV bundle-export --out DIR
  --db HUB bundle-export --device ID --out DIR
  --db ANY bundle-import FILE|DIR...
  [--db ANY] bundle-inspect FILE
  --db DEV sync [--hub URL]
  --db FILE backup --out DIR
  --db NEW_FILE restore BACKUP [--user NAME] [--hub-keys FILE]

</translation>
    </message>
    <message>
        <source>Most commands also take --json (stable English tokens, schemas in docs/).
Every command with --db signs in as --user NAME (default: the administrator made by init) with
the password in DIBAO_PASSWORD, or asks for it. Exit codes: 0 ok, 1 invalid or rejected, 2 usage,
3 permission denied, 4 held.
</source>
        <translation>Most commands also take --json (stable English tokens, schemas in docs/).
Every command with --db signs in as --user NAME (default: the administrator made by init) with
the password in DIBAO_PASSWORD, or asks for it. Exit codes: 0 ok, 1 invalid or rejected, 2 usage,
3 permission denied, 4 held.
</translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation>line %1: %2 (%3)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3 (%4)</source>
        <translation>line %1, column %2: %3 (%4)</translation>
    </message>
    <message>
        <source>(more problems not listed)</source>
        <translation>(more problems not listed)</translation>
    </message>
    <message>
        <source>verify-import needs --department NAME --mapping FILE and one DATA file</source>
        <translation>verify-import needs --department NAME --mapping FILE and one DATA file</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD</source>
        <translation>--date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>error: the batch has %1 rows with problems; nothing was kept.</source>
        <translation>error: the batch has %1 rows with problems; nothing was kept.</translation>
    </message>
    <message>
        <source>%1: %2 rows read (%3); %4 findings kept (%5 matching, %6 with another name), every other row discarded; batch %7.</source>
        <translation>%1: %2 rows read (%3); %4 findings kept (%5 matching, %6 with another name), every other row discarded; batch %7.</translation>
    </message>
    <message>
        <source>verify-run takes no arguments</source>
        <translation>verify-run takes no arguments</translation>
    </message>
    <message>
        <source>Started %1 verifications; %2 refused.</source>
        <translation>Started %1 verifications; %2 refused.</translation>
    </message>
    <message>
        <source>  refused %1: %2</source>
        <translation>  refused %1: %2</translation>
    </message>
    <message>
        <source>%1  %2  %3  requested %4  findings %5 (%6 open)</source>
        <translation>%1  %2  %3  requested %4  findings %5 (%6 open)</translation>
    </message>
    <message>
        <source>open finding %1: case %2, %3, %4 line %5, %6</source>
        <translation>open finding %1: case %2, %3, %4 line %5, %6</translation>
    </message>
    <message>
        <source>verify-resolve needs FINDING and --resolution explained|income_added|asset_added|review_opened</source>
        <translation>verify-resolve needs FINDING and --resolution explained|income_added|asset_added|review_opened</translation>
    </message>
    <message>
        <source>--amount is in fen, a whole number</source>
        <translation>--amount is in fen, a whole number</translation>
    </message>
    <message>
        <source>Finding %1 resolved: %2.</source>
        <translation>Finding %1 resolved: %2.</translation>
    </message>
    <message>
        <source>roster-import needs --mapping FILE and one DATA file</source>
        <translation>roster-import needs --mapping FILE and one DATA file</translation>
    </message>
    <message>
        <source>%1 (line %2): %3, %4 members, %5 yuan/month, township %6, approved %7 %8, migrated</source>
        <translation>%1 (line %2): %3, %4 members, %5 yuan/month, township %6, approved %7 %8, migrated</translation>
    </message>
    <message>
        <source>error: %1 rows with problems; nothing was imported.</source>
        <translation>error: %1 rows with problems; nothing was imported.</translation>
    </message>
    <message>
        <source>Dry run: %1 households with %2 members would be imported; nothing was written.</source>
        <translation>Dry run: %1 households with %2 members would be imported; nothing was written.</translation>
    </message>
    <message>
        <source>Imported %1 households with %2 members, marked migrated.</source>
        <translation>Imported %1 households with %2 members, marked migrated.</translation>
    </message>
    <message>
        <source>Letters, visits, complaints and the near-relative register (docs/complaints.md):
  --db FILE petition-add --kind KIND --channel CHANNEL --summary TEXT (--anonymous | --reporter NAME
            [--phone P] [--address A] [--reporter-id N]) [--household ID | --case ID |
            --staff NAME --about CODE | --office CODE] [--date D]
  --db FILE petitions [--overdue] [--open] [--mine]
  --db FILE petition-show PETITION
  --db FILE petition-reporter PETITION
  --db FILE petition-ack PETITION [--date D] [--note TEXT]
  --db FILE petition-handover PETITION --to USER --reason TEXT [--date D]
  --db FILE petition-extend PETITION --reason TEXT [--date D]
  --db FILE petition-conclude PETITION --outcome OUTCOME --findings TEXT [--verified] [--date D]
  --db FILE petition-feedback PETITION --note TEXT [--date D]
  --db FILE petition-reward PETITION --amount FEN [--note TEXT] [--date D]
  --db FILE petition-check PETITION
  --db FILE petition-forward PETITION --stage reexamination|review --body NAME [--to CODE]
            [--requested D] [--date D]
  --db FILE petition-outcome PETITION --stage STAGE --outcome upheld|changed|revoked [--by CODE]
            [--note TEXT] [--date D]
  --db FILE relative-add --staff NAME --staff-id N --staff-role ROLE --relative NAME --relative-id N
            --relation RELATION [--unit TEXT] [--note TEXT]
  --db FILE relatives
  --db FILE relatives-flagged [--division CODE]

</source>
        <translation>Letters, visits, complaints and the near-relative register (docs/complaints.md):
  --db FILE petition-add --kind KIND --channel CHANNEL --summary TEXT (--anonymous | --reporter NAME
            [--phone P] [--address A] [--reporter-id N]) [--household ID | --case ID |
            --staff NAME --about CODE | --office CODE] [--date D]
  --db FILE petitions [--overdue] [--open] [--mine]
  --db FILE petition-show PETITION
  --db FILE petition-reporter PETITION
  --db FILE petition-ack PETITION [--date D] [--note TEXT]
  --db FILE petition-handover PETITION --to USER --reason TEXT [--date D]
  --db FILE petition-extend PETITION --reason TEXT [--date D]
  --db FILE petition-conclude PETITION --outcome OUTCOME --findings TEXT [--verified] [--date D]
  --db FILE petition-feedback PETITION --note TEXT [--date D]
  --db FILE petition-reward PETITION --amount FEN [--note TEXT] [--date D]
  --db FILE petition-check PETITION
  --db FILE petition-forward PETITION --stage reexamination|review --body NAME [--to CODE]
            [--requested D] [--date D]
  --db FILE petition-outcome PETITION --stage STAGE --outcome upheld|changed|revoked [--by CODE]
            [--note TEXT] [--date D]
  --db FILE relative-add --staff NAME --staff-id N --staff-role ROLE --relative NAME --relative-id N
            --relation RELATION [--unit TEXT] [--note TEXT]
  --db FILE relatives
  --db FILE relatives-flagged [--division CODE]

</translation>
    </message>
    <message>
        <source>petition-add needs --kind KIND --channel CHANNEL --summary TEXT, --anonymous or --reporter NAME, and at most one subject (--household ID, --case ID, --staff NAME --about CODE, --office CODE)</source>
        <translation>petition-add needs --kind KIND --channel CHANNEL --summary TEXT, --anonymous or --reporter NAME, and at most one subject (--household ID, --case ID, --staff NAME --about CODE, --office CODE)</translation>
    </message>
    <message>
        <source>--anonymous takes no reporter details</source>
        <translation>--anonymous takes no reporter details</translation>
    </message>
    <message>
        <source>--staff NAME needs --about CODE (the township or office the staff member works in)</source>
        <translation>--staff NAME needs --about CODE (the township or office the staff member works in)</translation>
    </message>
    <message>
        <source>--about goes with --staff NAME</source>
        <translation>--about goes with --staff NAME</translation>
    </message>
    <message>
        <source>acknowledge by %1, conclude by %2</source>
        <translation>acknowledge by %1, conclude by %2</translation>
    </message>
    <message>
        <source>about a refusal: point the household to administrative review or litigation</source>
        <translation>about a refusal: point the household to administrative review or litigation</translation>
    </message>
    <message>
        <source>check opened: %1</source>
        <translation>check opened: %1</translation>
    </message>
    <message>
        <source>petition-ack needs PETITION [--date D] [--note TEXT]</source>
        <translation>petition-ack needs PETITION [--date D] [--note TEXT]</translation>
    </message>
    <message>
        <source>petition-handover needs PETITION --to USER --reason TEXT</source>
        <translation>petition-handover needs PETITION --to USER --reason TEXT</translation>
    </message>
    <message>
        <source>petition-extend needs PETITION --reason TEXT</source>
        <translation>petition-extend needs PETITION --reason TEXT</translation>
    </message>
    <message>
        <source>petition-conclude needs PETITION --outcome OUTCOME --findings TEXT [--verified]</source>
        <translation>petition-conclude needs PETITION --outcome OUTCOME --findings TEXT [--verified]</translation>
    </message>
    <message>
        <source>petition-forward needs PETITION --stage reexamination|review --body NAME [--to CODE]</source>
        <translation>petition-forward needs PETITION --stage reexamination|review --body NAME [--to CODE]</translation>
    </message>
    <message>
        <source>--date and --requested take a date YYYY-MM-DD</source>
        <translation>--date and --requested take a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>petition-outcome needs PETITION --stage reexamination|review --outcome upheld|changed|revoked</source>
        <translation>petition-outcome needs PETITION --stage reexamination|review --outcome upheld|changed|revoked</translation>
    </message>
    <message>
        <source>petition-feedback needs PETITION --note TEXT</source>
        <translation>petition-feedback needs PETITION --note TEXT</translation>
    </message>
    <message>
        <source>petition-reward needs PETITION --amount FEN</source>
        <translation>petition-reward needs PETITION --amount FEN</translation>
    </message>
    <message>
        <source>petition-reward needs PETITION --amount FEN (whole fen)</source>
        <translation>petition-reward needs PETITION --amount FEN (whole fen)</translation>
    </message>
    <message>
        <source>petition-check needs PETITION</source>
        <translation>petition-check needs PETITION</translation>
    </message>
    <message>
        <source>petition-show needs PETITION</source>
        <translation>petition-show needs PETITION</translation>
    </message>
    <message>
        <source>real-name</source>
        <translation>real-name</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>owner: %1; received %2; acknowledge by %3 (%4); conclude by %5</source>
        <translation>owner: %1; received %2; acknowledge by %3 (%4); conclude by %5</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>concluded %1: %2 — %3</source>
        <translation>concluded %1: %2 — %3</translation>
    </message>
    <message>
        <source>answer due %1</source>
        <translation>answer due %1</translation>
    </message>
    <message>
        <source>petition-reporter needs PETITION</source>
        <translation>petition-reporter needs PETITION</translation>
    </message>
    <message>
        <source>petitions takes no arguments: [--overdue] [--open] [--mine] [--json]</source>
        <translation>petitions takes no arguments: [--overdue] [--open] [--mine] [--json]</translation>
    </message>
    <message>
        <source>concluded %1 (%2)</source>
        <translation>concluded %1 (%2)</translation>
    </message>
    <message>
        <source>%1 overdue by %2 days</source>
        <translation>%1 overdue by %2 days</translation>
    </message>
    <message>
        <source>%1 by %2 (%3 days left)</source>
        <translation>%1 by %2 (%3 days left)</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) and complaint(s)</source>
        <translation>
            <numerusform>%n letter(s) and complaint(s)</numerusform>
            <numerusform>%n letter(s) and complaint(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>relative-add needs --staff NAME --staff-id NUMBER --staff-role ROLE --relative NAME --relative-id NUMBER --relation RELATION [--unit TEXT]</source>
        <translation>relative-add needs --staff NAME --staff-id NUMBER --staff-role ROLE --relative NAME --relative-id NUMBER --relation RELATION [--unit TEXT]</translation>
    </message>
    <message>
        <source>relatives takes no arguments</source>
        <translation>relatives takes no arguments</translation>
    </message>
    <message>
        <source>  ended %1</source>
        <translation>  ended %1</translation>
    </message>
    <message>
        <source>relatives-flagged takes no arguments: [--division CODE] [--json]</source>
        <translation>relatives-flagged takes no arguments: [--division CODE] [--json]</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>declared</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>authority visit recorded</source>
        <translation>authority visit recorded</translation>
    </message>
    <message>
        <source>authority visit required</source>
        <translation>authority visit required</translation>
    </message>
    <message numerus="yes">
        <source>%n near-relative case(s)</source>
        <translation>
            <numerusform>%n near-relative case(s)</numerusform>
            <numerusform>%n near-relative case(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision, read-only (docs/supervision.md):
  --db FILE stats --month YYYY-MM [--by township|village|area|tier] [--xlsx FILE]
  --db FILE audit-export --out FILE.xlsx|FILE.csv [--case ID] [--from D] [--to D]
            [--by-user NAME] [--entity TABLE] [--action A]
  --db FILE inspection-report --township CODE --out FILE.xlsx [--from D] [--to D]
  --db FILE fund-report --month YYYY-MM --out FILE.xlsx

</source>
        <translation>Supervision, read-only (docs/supervision.md):
  --db FILE stats --month YYYY-MM [--by township|village|area|tier] [--xlsx FILE]
  --db FILE audit-export --out FILE.xlsx|FILE.csv [--case ID] [--from D] [--to D]
            [--by-user NAME] [--entity TABLE] [--action A]
  --db FILE inspection-report --township CODE --out FILE.xlsx [--from D] [--to D]
  --db FILE fund-report --month YYYY-MM --out FILE.xlsx

</translation>
    </message>
    <message>
        <source>stats needs --month YYYY-MM</source>
        <translation>stats needs --month YYYY-MM</translation>
    </message>
    <message>
        <source>--by takes township, village, area or tier</source>
        <translation>--by takes township, village, area or tier</translation>
    </message>
    <message>
        <source>Statistics for %1 (overdue work as of %2)</source>
        <translation>Statistics for %1 (overdue work as of %2)</translation>
    </message>
    <message>
        <source>row	households	persons	amount (yuan)	new	exited	overdue	complaints	findings</source>
        <translation>row	households	persons	amount (yuan)	new	exited	overdue	complaints	findings</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>note: this database has no verification findings yet; findings are 0.</source>
        <translation>note: this database has no verification findings yet; findings are 0.</translation>
    </message>
    <message>
        <source>note: this database has no general complaints register yet; complaints are those about cases awaiting confirmation.</source>
        <translation>note: this database has no general complaints register yet; complaints are those about cases awaiting confirmation.</translation>
    </message>
    <message>
        <source>audit-export needs --out FILE.xlsx or FILE.csv</source>
        <translation>audit-export needs --out FILE.xlsx or FILE.csv</translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD</source>
        <translation>--%1 takes a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Wrote %1 audit entries to %2</source>
        <translation>Wrote %1 audit entries to %2</translation>
    </message>
    <message>
        <source>inspection-report needs --township CODE --out FILE.xlsx (the PDF is printed from the client)</source>
        <translation>inspection-report needs --township CODE --out FILE.xlsx (the PDF is printed from the client)</translation>
    </message>
    <message>
        <source>--from and --to take a date YYYY-MM-DD</source>
        <translation>--from and --to take a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 %2, %3 to %4: clocks kept %5, missed %6; cases without a required visit %7; unresolved flags and conflicts %8.</source>
        <translation>%1 %2, %3 to %4: clocks kept %5, missed %6; cases without a required visit %7; unresolved flags and conflicts %8.</translation>
    </message>
    <message>
        <source>fund-report needs --month YYYY-MM --out FILE.xlsx</source>
        <translation>fund-report needs --month YYYY-MM --out FILE.xlsx</translation>
    </message>
    <message>
        <source>%1: %2 rolls (%3 late, %4 not balanced)%5; %6 households, %7 yuan; paid %8, failed %9, awaiting the bank %10, held %11; recovery outstanding %12 yuan.</source>
        <translation>%1: %2 rolls (%3 late, %4 not balanced)%5; %6 households, %7 yuan; paid %8, failed %9, awaiting the bank %10, held %11; recovery outstanding %12 yuan.</translation>
    </message>
    <message>
        <source>, NO ROLL ISSUED</source>
        <translation>, NO ROLL ISSUED</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification and the roster (docs/verification.md):
  --db FILE verify-import --department NAME --mapping FILE DATA
  --db FILE verify-run [--date D]
  --db FILE verify-resolve FINDING --resolution R --note TEXT [...]
  --db FILE verify-complete CASE [--date D]
  --db FILE roster-import --mapping FILE DATA [--dry-run]

</source>
        <translation>Verification and the roster (docs/verification.md):
  --db FILE verify-import --department NAME --mapping FILE DATA
  --db FILE verify-run [--date D]
  --db FILE verify-resolve FINDING --resolution R --note TEXT [...]
  --db FILE verify-complete CASE [--date D]
  --db FILE roster-import --mapping FILE DATA [--dry-run]

</translation>
    </message>
    <message>
        <source>verify-complete needs the CASE whose verification is complete</source>
        <translation>verify-complete needs the CASE whose verification is complete</translation>
    </message>
    <message>
        <source>Verification of case %1 (%2) completed on %3: %4 findings, all resolved.</source>
        <translation>Verification of case %1 (%2) completed on %3: %4 findings, all resolved.</translation>
    </message>
    <message>
        <source>dibao-cli: the dibao case register from the command line (docs/cli.md).

  id-check NUMBER...
  --db FILE init --division CODE --admin NAME
  --db FILE demo --households N [--months M] [--seed S]
  --db FILE policy-export [--out FILE]
  --db FILE policy-import FILE
  --db FILE household-import FILE
  --db FILE cases [--state S] [--overdue] [--search TEXT] [--limit N] [--json]
  --db FILE due [--until YYYY-MM-DD] [--json]
  --db FILE eligibility CASE [--as-of YYYY-MM-DD] [--json]
  --db FILE audit-verify [--json]
  --db FILE transition CASE STEP [--date D] [--reason R] [--choice C] [--amount FEN] [--tier T]
            [--months N] [--missing ITEM]... [--certificate NUMBER]
  --db FILE visit-add CASE --date D --investigator NAME --investigator NAME [--findings TEXT]
            [--kind household|neighbour|evidence_letter] [--emergency REF --remote]
  --db FILE user-add NAME --role ROLE [--display-name NAME]
  help

</source>
        <translation>dibao-cli: the dibao case register from the command line (docs/cli.md).

  id-check NUMBER...
  --db FILE init --division CODE --admin NAME
  --db FILE demo --households N [--months M] [--seed S]
  --db FILE policy-export [--out FILE]
  --db FILE policy-import FILE
  --db FILE household-import FILE
  --db FILE cases [--state S] [--overdue] [--search TEXT] [--limit N] [--json]
  --db FILE due [--until YYYY-MM-DD] [--json]
  --db FILE eligibility CASE [--as-of YYYY-MM-DD] [--json]
  --db FILE audit-verify [--json]
  --db FILE transition CASE STEP [--date D] [--reason R] [--choice C] [--amount FEN] [--tier T]
            [--months N] [--missing ITEM]... [--certificate NUMBER]
  --db FILE visit-add CASE --date D --investigator NAME --investigator NAME [--findings TEXT]
            [--kind household|neighbour|evidence_letter] [--emergency REF --remote]
  --db FILE user-add NAME --role ROLE [--display-name NAME]
  help

</translation>
    </message>
    <message>
        <source>--certificate is taken by the confirm step only</source>
        <translation>--certificate is taken by the confirm step only</translation>
    </message>
    <message>
        <source>--certificate takes the certificate number</source>
        <translation>--certificate takes the certificate number</translation>
    </message>
</context>
<context>
    <name>dibao::cli::Context</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation>usage error: %1</translation>
    </message>
    <message>
        <source>Run &quot;dibao-cli help&quot; for the commands.</source>
        <translation>Run &quot;dibao-cli help&quot; for the commands.</translation>
    </message>
    <message>
        <source>A password is needed: set %1 or run at a terminal.</source>
        <translation>A password is needed: set %1 or run at a terminal.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>No password was given.</translation>
    </message>
    <message>
        <source>This command needs --db FILE.</source>
        <translation>This command needs --db FILE.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>dibao — minimum living allowance casework</source>
        <translation>dibao — minimum living allowance casework</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>The database file to open.</translation>
    </message>
    <message>
        <source>Sign in as this user (with DIBAO_PASSWORD set, without asking).</source>
        <translation>Sign in as this user (with DIBAO_PASSWORD set, without asking).</translation>
    </message>
    <message>
        <source>Open a dibao database</source>
        <translation>Open a dibao database</translation>
    </message>
    <message>
        <source>dibao databases (*.db *.sqlite);;All files (*)</source>
        <translation>dibao databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>dibao</source>
        <translation>dibao</translation>
    </message>
    <message>
        <source>Save PNGs of the main screens into DIR and quit (tools/screenshots).</source>
        <translation>Save PNGs of the main screens into DIR and quit (tools/screenshots).</translation>
    </message>
</context>
</TS>
