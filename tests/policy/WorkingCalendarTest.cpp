#include "policy/WorkingCalendar.h"

#include <gtest/gtest.h>

using namespace dibao;

namespace {

const WorkingCalendar &calendar()
{
    static const WorkingCalendar instance = [] {
        auto policy = PolicySet::loadDefault();
        if (!policy)
            throw std::runtime_error("default policy does not load");
        return WorkingCalendar(*policy);
    }();
    return instance;
}

} // namespace

TEST(WorkingCalendar, OrdinaryWeek)
{
    // 2025-03-10 is a Monday with no holiday nearby.
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(calendar().isWorkingDay(QDate(2025, 3, 10).addDays(i)));
    EXPECT_FALSE(calendar().isWorkingDay(QDate(2025, 3, 15)));
    EXPECT_FALSE(calendar().isWorkingDay(QDate(2025, 3, 16)));
    EXPECT_EQ(calendar().addWorkingDays(QDate(2025, 3, 14), 1), QDate(2025, 3, 17)); // Fri -> Mon
    EXPECT_EQ(calendar().addWorkingDays(QDate(2025, 3, 15), 1), QDate(2025, 3, 17)); // Sat -> Mon
    EXPECT_EQ(calendar().addWorkingDays(QDate(2025, 3, 10), 0), QDate(2025, 3, 10));
}

TEST(WorkingCalendar, NationalDayHolidaysAndSwappedWeekends)
{
    for (QDate d(2025, 10, 1); d <= QDate(2025, 10, 8); d = d.addDays(1))
        EXPECT_FALSE(calendar().isWorkingDay(d)) << d.toString(Qt::ISODate).toStdString();
    EXPECT_EQ(QDate(2025, 9, 28).dayOfWeek(), 7);
    EXPECT_TRUE(calendar().isWorkingDay(QDate(2025, 9, 28)));  // a Sunday that works
    EXPECT_EQ(QDate(2025, 10, 11).dayOfWeek(), 6);
    EXPECT_TRUE(calendar().isWorkingDay(QDate(2025, 10, 11))); // a Saturday that works
    EXPECT_TRUE(calendar().isHoliday(QDate(2025, 10, 1)));
}

TEST(WorkingCalendar, AddWorkingDaysAcrossNationalDay)
{
    // Accepted on Tuesday 30 September 2025: the 1st working day after is Thursday 9 October.
    EXPECT_EQ(calendar().addWorkingDays(QDate(2025, 9, 30), 1), QDate(2025, 10, 9));
    // 3 WD: 9 Oct, 10 Oct, then the swapped Saturday 11 Oct.
    EXPECT_EQ(calendar().addWorkingDays(QDate(2025, 9, 30), 3), QDate(2025, 10, 11));
    // From Friday 26 September: Sunday 28 (swapped), Monday 29, Tuesday 30.
    EXPECT_EQ(calendar().addWorkingDays(QDate(2025, 9, 26), 3), QDate(2025, 9, 30));
    // 10 WD from 30 September: 9,10,11,13,14,15,16,17,20,21 October.
    EXPECT_EQ(calendar().addWorkingDays(QDate(2025, 9, 30), 10), QDate(2025, 10, 21));
    EXPECT_EQ(calendar().addWorkingDays(QDate(2025, 10, 9), -1), QDate(2025, 9, 30));
}

TEST(WorkingCalendar, SpringFestival2026)
{
    EXPECT_EQ(QDate(2026, 2, 14).dayOfWeek(), 6);
    EXPECT_TRUE(calendar().isWorkingDay(QDate(2026, 2, 14)));
    for (QDate d(2026, 2, 15); d <= QDate(2026, 2, 23); d = d.addDays(1))
        EXPECT_FALSE(calendar().isWorkingDay(d));
    EXPECT_EQ(calendar().addWorkingDays(QDate(2026, 2, 13), 1), QDate(2026, 2, 14));
    EXPECT_EQ(calendar().addWorkingDays(QDate(2026, 2, 14), 1), QDate(2026, 2, 24));
}

TEST(WorkingCalendar, SignedWorkingDaysBetween)
{
    const QDate accepted(2025, 9, 30);
    const QDate deadline = calendar().addWorkingDays(accepted, 10);
    EXPECT_EQ(calendar().workingDaysBetween(accepted, deadline), 10);
    EXPECT_EQ(calendar().workingDaysBetween(deadline, accepted), -10);
    EXPECT_EQ(calendar().workingDaysBetween(accepted, accepted), 0);
    // Today 17 Oct, deadline 21 Oct: 2 working days left (20, 21).
    EXPECT_EQ(calendar().workingDaysBetween(QDate(2025, 10, 17), deadline), 2);
    // Today 24 Oct, deadline 21 Oct: 3 working days late (22, 23, 24).
    EXPECT_EQ(calendar().workingDaysBetween(QDate(2025, 10, 24), deadline), -3);
    // Over the whole holiday week nothing counts.
    EXPECT_EQ(calendar().workingDaysBetween(QDate(2025, 9, 30), QDate(2025, 10, 8)), 0);
}

TEST(WorkingCalendar, BeyondTheKnownCalendarMondayToFridayIsAssumed)
{
    EXPECT_EQ(calendar().lastKnownDate(), QDate(2026, 12, 31));
    EXPECT_EQ(calendar().firstKnownDate(), QDate(2025, 1, 1));
    EXPECT_FALSE(calendar().beyondKnownCalendar(QDate(2026, 12, 31)));
    EXPECT_TRUE(calendar().beyondKnownCalendar(QDate(2027, 1, 1)));
    EXPECT_TRUE(calendar().beyondKnownCalendar(QDate(2024, 12, 31)));
    // 2027-10-01 is a Friday: without rows it is a working day.
    EXPECT_TRUE(calendar().isWorkingDay(QDate(2027, 10, 1)));

    const WorkingCalendar empty;
    EXPECT_TRUE(empty.beyondKnownCalendar(QDate(2025, 1, 1)));
    EXPECT_TRUE(empty.isWorkingDay(QDate(2025, 10, 1)));
}

TEST(WorkingCalendar, LaterRowCorrectsAnEarlierOne)
{
    PolicyRow holiday;
    holiday.kind = QStringLiteral("holiday");
    holiday.key = QStringLiteral("2030-05-06");
    holiday.effectiveFrom = QDate(2029, 11, 1);
    holiday.issuer = QStringLiteral("x");
    holiday.documentNumber = QStringLiteral("y");
    holiday.value = QStringLiteral("holiday");
    PolicyRow correction = holiday;
    correction.kind = QStringLiteral("workday");
    correction.effectiveFrom = QDate(2029, 12, 1);
    const WorkingCalendar calendar(PolicySet({correction, holiday}));
    EXPECT_TRUE(calendar.isWorkingDay(QDate(2030, 5, 6)));
}
