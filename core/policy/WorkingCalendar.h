#pragma once

#include "policy/PolicySet.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace dibao {

// Working days for the workflow clocks (受理后 3 个工作日, 审核确认 10 个工作日, 30/45/20 WD). Built from the policy's
// `holiday` and `workday` rows (key = ISO date): Monday to Friday work unless a holiday row says otherwise; a
// weekend day works when a workday row names it (调休). When several rows name the same date the one with the
// latest effective_from decides, so a correction can be published as a new row.
//
// The calendar is known for whole years: from 1 January of the earliest year any row names to 31 December of
// the latest. Outside that span Monday–Friday is assumed and beyondKnownCalendar() lets callers warn.
class WorkingCalendar {
public:
    WorkingCalendar() = default;
    explicit WorkingCalendar(const PolicySet &policy);

    bool isWorkingDay(const QDate &date) const;
    bool isHoliday(const QDate &date) const { return m_days.value(date).kind == DayKind::Holiday; }
    QString dayName(const QDate &date) const { return m_days.value(date).name; } // holiday or workday name

    // The date of the n-th working day after start (n > 0), before start (n < 0), or start itself (n == 0).
    // addWorkingDays(acceptance, 3) is the last day an investigation may start.
    QDate addWorkingDays(const QDate &start, int n) const;

    // Working days in (a, b] when b > a, minus those in (b, a] when b < a, 0 when equal; so
    // workingDaysBetween(a, addWorkingDays(a, n)) == n. With a = today and b = a deadline, a positive result is
    // "剩余 N 个工作日" and a negative one "逾期 N 个工作日".
    int workingDaysBetween(const QDate &a, const QDate &b) const;

    QDate firstKnownDate() const { return m_first; } // null when the policy has no calendar rows
    QDate lastKnownDate() const { return m_last; }
    bool beyondKnownCalendar(const QDate &date) const;

private:
    enum class DayKind { Normal, Holiday, Workday };
    struct Day {
        DayKind kind = DayKind::Normal;
        QString name;
        QDate effectiveFrom;
    };
    QHash<QDate, Day> m_days;
    QDate m_first;
    QDate m_last;
};

} // namespace dibao
