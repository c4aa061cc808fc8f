#include "common/ChinaDate.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace dibao {

QDate chinaDate(const QDateTime &instant)
{
    return instant.toUTC().addSecs(kChinaOffsetSeconds).date();
}

static QDate todayOverride()
{
    static const QDate value = parseIsoDate(qEnvironmentVariable("DIBAO_TODAY"));
    return value;
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

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QString isoMonth(const QDate &firstOfMonth)
{
    return firstOfMonth.isValid() ? firstOfMonth.toString(QStringLiteral("yyyy-MM")) : QString();
}

QDate parseIsoMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
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
