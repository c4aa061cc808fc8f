#include "common/ChinaDate.h"

#include <atomic>
#include <limits>

#include <QStringView>
#include <QTimeZone>

namespace dibao {

QDate chinaDate(const QDateTime &instant)
{
    return instant.toUTC().addSecs(kChinaOffsetSeconds).date();
}

namespace {

// The override as a Julian day (0: none), readable from any thread; DIBAO_TODAY fills it at the first use.
constexpr qint64 kNoOverride = 0;

std::atomic<qint64> &overrideDay()
{
    static std::atomic<qint64> day = [] {
        const QDate fromEnvironment = parseIsoDate(qEnvironmentVariable("DIBAO_TODAY"));
        return fromEnvironment.isValid() ? fromEnvironment.toJulianDay() : kNoOverride;
    }();
    return day;
}

QDate todayOverride()
{
    const qint64 day = overrideDay().load(std::memory_order_relaxed);
    return day == kNoOverride ? QDate() : QDate::fromJulianDay(day);
}

} // namespace

void setTodayOverride(const QDate &date)
{
    overrideDay().store(date.isValid() ? date.toJulianDay() : kNoOverride, std::memory_order_relaxed);
}

QDate chinaToday()
{
    const QDate forced = todayOverride();
    return forced.isValid() ? forced : chinaDate(QDateTime::currentDateTimeUtc());
}

QDateTime nowUtc()
{
    const QDate forced = todayOverride();
    if (forced.isValid())
        return QDateTime(forced, QTime(4, 0), Qt::UTC); // 12:00 in China
    return QDateTime::currentDateTimeUtc();
}

QString nowUtcIsoMs()
{
    // The clock read as a number (no QDateTime) and the text made once per millisecond: every audited write asks.
    thread_local qint64 lastMs = std::numeric_limits<qint64>::min();
    thread_local QString lastText;
    const QDate forced = todayOverride();
    const qint64 ms = forced.isValid() ? nowUtc().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    if (ms != lastMs) {
        lastText = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        lastMs = ms;
    }
    return lastText;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

namespace {

// Hand-written scanners rather than regular expressions: a county's pass over every household parses a million
// dates. ASCII digits only.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDate parseIsoDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d); // an impossible date is a null QDate
}

QString isoMonth(const QDate &firstOfMonth)
{
    return firstOfMonth.isValid() ? firstOfMonth.toString(QStringLiteral("yyyy-MM")) : QString();
}

QDate parseIsoMonth(const QString &text)
{
    if (text.size() != 7 || text.at(4) != u'-')
        return {};
    const int y = digits(text, 0, 4), m = digits(text, 5, 2);
    return y < 0 || m < 0 ? QDate() : QDate(y, m, 1);
}

QDate firstOfMonth(const QDate &date)
{
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

int monthsInclusive(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const int months = (to.year() - from.year()) * 12 + (to.month() - from.month()) + 1;
    return months > 0 ? months : 0;
}

} // namespace dibao
