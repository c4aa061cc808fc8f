#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "io/TabularRow.h"

#include <QDate>
#include <QString>

namespace dibao {

// Converters from what a department's spreadsheet or CSV holds to the register's types. Exact: money is parsed as
// decimal text into fen and never passes through a double. Full-width digits and punctuation (１２３，．) are
// read as ASCII. Errors carry a stable token and an English-source translated sentence without a place; the
// mapping report adds line, column and field. Tokens: map_integer, map_money, map_date, map_month, map_cell_error.

// "1,234.50", "1234.5", "¥1234.50", "1234.50元", "-3": at most two decimals. A Number cell from xlsx may carry
// binary noise from a formula ("0.30000000000000004", "1234.4999999999998"): within a millionth of a fen it is
// rounded to that fen; anything else with more than two decimals is refused.
Result<Fen> parseYuanToFen(const TabularCell &cell);
Result<Fen> parseYuanToFen(const QString &text);

// "42", "-7", "1,234", "12.0"; a Number cell such as "1.2E+3" if it is whole.
Result<qint64> parseWholeNumber(const TabularCell &cell);

// Year first, always: 2026-11-29, 2026/11/29, 2026.11.29, 2026-1-5, 2026年11月29日, 20261129, each optionally
// followed by a time of day that is ignored ("2026/11/29 0:00:00", "2026-11-29T08:00:00"); an xlsx serial day
// number (1900 or 1904 system). Day-first and month-first forms are refused: 03/04/2026 means two different days.
Result<QDate> parseFlexibleDate(const TabularCell &cell, bool date1904 = false);

// 2026-11, 2026/11, 2026.11, 2026年11月, 202611, or any date above (its month). Returns the first of the month.
Result<QDate> parseFlexibleMonth(const TabularCell &cell, bool date1904 = false);

// Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space to their ASCII forms; other text unchanged.
QString foldFullWidth(const QString &text);

} // namespace dibao
