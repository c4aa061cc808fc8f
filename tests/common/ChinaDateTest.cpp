#include "common/ChinaDate.h"
#include "common/Money.h"

#include <gtest/gtest.h>

using namespace dibao;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

TEST(ChinaDate, BusinessDatesAreChinaLocalAcrossTheUtcDateLine)
{
    // 07:00 Beijing time on 29 November is 23:00 UTC on the 28th: the business date is the 29th.
    EXPECT_EQ(chinaDate(utc("2026-11-28T23:00:00")), QDate(2026, 11, 29));
    EXPECT_EQ(chinaDate(utc("2026-11-28T16:00:00")), QDate(2026, 11, 29)); // 00:00 Beijing
    EXPECT_EQ(chinaDate(utc("2026-11-28T15:59:59")), QDate(2026, 11, 28)); // 23:59:59 Beijing
    EXPECT_EQ(chinaDate(utc("2026-12-31T16:30:00")), QDate(2027, 1, 1));   // the year turns in Beijing first
    // An instant given with another offset means the same moment.
    QDateTime newYork = QDateTime::fromString(QStringLiteral("2026-11-28T10:00:00-05:00"), Qt::ISODate);
    EXPECT_EQ(chinaDate(newYork), QDate(2026, 11, 28)); // 15:00 UTC = 23:00 Beijing on the 28th
    EXPECT_EQ(chinaDate(newYork.addSecs(2 * 3600)), QDate(2026, 11, 29)); // 01:00 Beijing on the 29th
}

TEST(ChinaDate, MonthsAndIsoForms)
{
    EXPECT_EQ(parseIsoDate(QStringLiteral("2026-02-29")), QDate());
    EXPECT_EQ(parseIsoDate(QStringLiteral("2026-2-1")), QDate());
    EXPECT_EQ(parseIsoMonth(QStringLiteral("2026-13")), QDate());
    EXPECT_EQ(parseIsoMonth(QStringLiteral("2026-11")), QDate(2026, 11, 1));
    // ASCII digits only, exact widths, nothing around.
    EXPECT_EQ(parseIsoDate(QStringLiteral("２０２６-11-01")), QDate());
    EXPECT_EQ(parseIsoDate(QStringLiteral("2026-11-01 ")), QDate());
    EXPECT_EQ(parseIsoDate(QStringLiteral("2026/11/01")), QDate());
    EXPECT_EQ(parseIsoDate(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
    EXPECT_EQ(parseIsoMonth(QStringLiteral("2026-00")), QDate());
    EXPECT_EQ(parseIsoMonth(QStringLiteral("2026-1")), QDate());
    EXPECT_EQ(monthsInclusive(QDate(2025, 11, 1), QDate(2026, 10, 1)), 12);
    EXPECT_EQ(monthsInclusive(QDate(2026, 10, 1), QDate(2025, 11, 1)), 0);
    EXPECT_EQ(isoMonth(firstOfMonth(QDate(2026, 12, 31))), QStringLiteral("2026-12"));
}

TEST(Money, YuanWithTwoDecimals)
{
    EXPECT_EQ(formatYuan(40000), QStringLiteral("400.00"));
    EXPECT_EQ(formatYuan(5), QStringLiteral("0.05"));
    EXPECT_EQ(formatYuan(-12345), QStringLiteral("-123.45"));
    EXPECT_EQ(formatYuan(0), QStringLiteral("0.00"));
}

} // namespace
