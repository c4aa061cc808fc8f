#include "policy/WorkingCalendar.h"

#include "common/ChinaDate.h"

namespace dibao {

WorkingCalendar::WorkingCalendar(const PolicySet &policy)
{
    for (const QString &kindName : {QStringLiteral("holiday"), QStringLiteral("workday")}) {
        const DayKind kind = kindName == QLatin1String("holiday") ? DayKind::Holiday : DayKind::Workday;
        for (const PolicyRow *row : policy.rowsOfKind(kindName)) {
            const QDate date = parseIsoDate(row->key);
            if (!date.isValid())
                continue;
            const auto existing = m_days.constFind(date);
            if (existing == m_days.cend() || existing->effectiveFrom <= row->effectiveFrom)
                m_days.insert(date, Day{kind, row->value.toString(), row->effectiveFrom});
            if (!m_first.isValid() || date < m_first)
                m_first = date;
            if (!m_last.isValid() || date > m_last)
                m_last = date;
        }
    }
    if (m_first.isValid()) {
        m_first = QDate(m_first.year(), 1, 1);
        m_last = QDate(m_last.year(), 12, 31);
    }
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    const auto it = m_days.constFind(date);
    if (it != m_days.cend() && it->kind != DayKind::Normal)
        return it->kind == DayKind::Workday;
    return date.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(const QDate &start, int n) const
{
    if (!start.isValid())
        return {};
    QDate date = start;
    const int step = n >= 0 ? 1 : -1;
    int remaining = n >= 0 ? n : -n;
    while (remaining > 0) {
        date = date.addDays(step);
        if (isWorkingDay(date))
            --remaining;
    }
    return date;
}

int WorkingCalendar::workingDaysBetween(const QDate &a, const QDate &b) const
{
    if (!a.isValid() || !b.isValid() || a == b)
        return 0;
    const bool forward = b > a;
    const QDate from = forward ? a : b;
    const QDate to = forward ? b : a;
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        if (isWorkingDay(d))
            ++count;
    return forward ? count : -count;
}

bool WorkingCalendar::beyondKnownCalendar(const QDate &date) const
{
    if (!m_first.isValid())
        return true;
    return date < m_first || date > m_last;
}

} // namespace dibao
