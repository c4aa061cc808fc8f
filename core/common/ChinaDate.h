#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dibao {

// Business dates and clocks are China-local calendar dates (UTC+08:00): an acceptance at 07:00 Beijing time
// is that day, not the day before in UTC.
constexpr int kChinaOffsetSeconds = 8 * 3600;

QDate chinaDate(const QDateTime &instant);

// Today's China-local date. DIBAO_TODAY=YYYY-MM-DD overrides it, for tests, demos and reproducible scripts.
QDate chinaToday();
// Sets (or, with an invalid date, clears) that override in this process, whatever DIBAO_TODAY said: for tests that
// run many fixtures with different days in one process. DIBAO_TODAY is read once, at the first date asked.
void setTodayOverride(const QDate &date);

// Now, in UTC (instants are stored in UTC). DIBAO_TODAY, when set, moves it to 12:00 China time that day.
QDateTime nowUtc();
// nowUtc().toString(Qt::ISODateWithMs), formatted once per millisecond (every audited write stamps it twice).
QString nowUtcIsoMs();

// ISO date "2026-11-29" or empty for a null date; parse returns a null QDate on anything else.
QString isoDate(const QDate &date);
QDate parseIsoDate(const QString &text);

// Months as "YYYY-MM"; a month is represented by the QDate of its first day.
QString isoMonth(const QDate &firstOfMonth);
QDate parseIsoMonth(const QString &text);
QDate firstOfMonth(const QDate &date);
// Months in [from, to] inclusive, both firsts of months; 0 when to < from.
int monthsInclusive(const QDate &from, const QDate &to);

} // namespace dibao
