#pragma once

namespace dibao {

// Schema versions 5 to 17, one file each so the work that owns a version edits only its file. Listed in
// schemaMigrations() (store/Schema.cpp). A version with nothing to add yet is a comment: migrating through it is a
// no-op that still records the version.
const char *schemaV5Sql(); // economic verification (核对) and the migrated roster   — store/SchemaV5.cpp
const char *schemaV6Sql(); // letters, visits, complaints (信访) and the near-relative register — store/SchemaV6.cpp
const char *schemaV7Sql(); // supervision: statistics, inspections, fund management — store/SchemaV7.cpp
const char *schemaV8Sql(); // casework additions (meetings, notices, confirmation) — store/SchemaV8.cpp
const char *schemaV9Sql(); // client additions (visit attachments)                  — store/SchemaV9.cpp
const char *schemaV10Sql(); // the case list's name keys for 1-2 character searches — store/SchemaV10.cpp
const char *schemaV11Sql(); // payroll                                              — store/SchemaV11.cpp
const char *schemaV12Sql(); // sync import                                          — store/SchemaV12.cpp
const char *schemaV13Sql(); // client: verification and complaints pages            — store/SchemaV13.cpp
const char *schemaV14Sql(); // client: visits, reviews and sync pages               — store/SchemaV14.cpp
const char *schemaV15Sql(); // supervision: the decisions index covers the statistics — store/SchemaV15.cpp
const char *schemaV16Sql(); // payroll: an issued roll in audited parts, its lines derived — store/SchemaV16.cpp
const char *schemaV17Sql(); // households: addresses indexed once per transaction  — store/SchemaV17.cpp

} // namespace dibao
