#pragma once

#include "common/Result.h"
#include "supervision/Statistics.h"

#include <QString>

namespace dibao {

// The monthly civil-affairs report (民政统计月报 style) as an .xlsx workbook: sheet 月报 has one row per row of the
// report (townships for the county's report) and a 合计 row, with the columns the report form uses — urban and
// rural households, persons and amounts, their totals, new and exited households, overdue work, complaints and
// verification findings; sheet 说明 says the month, the day overdue work was counted at, the cut and which
// registers were absent. The headings are the form's own (Chinese), as on the payroll workbook.
// Money is yuan with two decimals (numbers, so the spreadsheet sums them).
Status writeMonthlyReport(const StatisticsReport &report, const QString &divisionName, const QString &path);

} // namespace dibao
