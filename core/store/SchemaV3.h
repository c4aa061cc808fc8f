#pragma once

namespace dibao {

// Schema version 3: casework from appraisal to payment (appraisal meetings, public notices and objections,
// complaints during confirmation, payroll, bank returns, adjustments, card custody, recovery, transfers and change
// reports). Listed in schemaMigrations() (store/Schema.cpp).
const char *schemaV3Sql();

} // namespace dibao
