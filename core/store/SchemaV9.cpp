#include "store/SchemaParts.h"

namespace dibao {

// Schema version 9: client additions.
//
// attachments: files attached to a record (photos of the signed visit form, scans), as metadata. The content is
// stored content-addressed beside the database, "<database>.att/<sha256>" (flat, as backups and restores expect;
// store/AttachmentStore.h), written once however often it is attached. case_id is the case the owner belongs to,
// so sync finds the township through it (merge policy: append-only by the creating device, like visits).
const char *schemaV9Sql()
{
    return R"SQL(
CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  owner_entity TEXT NOT NULL,         -- visits | cases
  owner_id TEXT NOT NULL,
  sha256 TEXT NOT NULL,               -- 64 lower-case hex digits of the content
  size INTEGER NOT NULL,              -- bytes
  media_type TEXT NOT NULL,           -- e.g. image/jpeg, application/pdf
  original_name TEXT NOT NULL,        -- the file's name where it came from, without its folder
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT
);
CREATE INDEX attachments_owner ON attachments(owner_entity, owner_id);
CREATE INDEX attachments_case ON attachments(case_id);
CREATE INDEX attachments_sha256 ON attachments(sha256);
)SQL";
}

} // namespace dibao
