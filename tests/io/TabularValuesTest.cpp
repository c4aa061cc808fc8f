#include "io/TabularValues.h"

#include <gtest/gtest.h>

using namespace dibao;

namespace {

TabularCell number(const char *lexical, bool dateStyled = false)
{
    TabularCell c;
    c.kind = TabularCell::Kind::Number;
    c.text = QString::fromLatin1(lexical);
    c.dateStyled = dateStyled;
    return c;
}

TabularCell text(const QString &t)
{
    return TabularCell::fromText(t);
}

// The fen of a text, or a failure naming the text (and a value no test expects).
qint64 yuan(const QString &t)
{
    auto r = parseYuanToFen(t);
    if (!r.ok()) {
        ADD_FAILURE() << t.toStdString() << ": " << r.error().message.toStdString();
        return -424242;
    }
    return *r;
}

qint64 yuan(const TabularCell &cell)
{
    auto r = parseYuanToFen(cell);
    if (!r.ok()) {
        ADD_FAILURE() << cell.text.toStdString() << ": " << r.error().message.toStdString();
        return -424242;
    }
    return *r;
}

QString moneyError(const TabularCell &cell)
{
    auto r = parseYuanToFen(cell);
    return r.ok() ? QStringLiteral("ok") : r.error().code;
}

} // namespace

TEST(TabularValues, MoneyFromTextIsExact)
{
    EXPECT_EQ(yuan(QStringLiteral("1,234.50")), 123450);
    EXPECT_EQ(yuan(QStringLiteral("1234.5")), 123450);
    EXPECT_EQ(yuan(QStringLiteral("1234")), 123400);
    EXPECT_EQ(yuan(QStringLiteral("0.01")), 1);
    EXPECT_EQ(yuan(QStringLiteral(".5")), 50);
    EXPECT_EQ(yuan(QStringLiteral("-12.3")), -1230);
    EXPECT_EQ(yuan(QStringLiteral(" ¥1,000,000.00 ")), 100000000);
    EXPECT_EQ(yuan(QStringLiteral("￥88.8")), 8880);
    EXPECT_EQ(yuan(QStringLiteral("620元")), 62000);
    EXPECT_EQ(yuan(QStringLiteral("１，２３４．５０")), 123450); // full-width, as typed with a Chinese IME
    EXPECT_EQ(yuan(QStringLiteral("0.30")), 30);
    // 0.1 + 0.2 in a double is not 0.3; in decimal text it is, and no double is involved.
    EXPECT_EQ(yuan(QStringLiteral("0.1")) + yuan(QStringLiteral("0.2")), 30);
    EXPECT_EQ(yuan(QStringLiteral("92233720368547758.07")), std::numeric_limits<qint64>::max());

    for (const char *bad : {"", "abc", "1.234", "12.345", "1,23.00", "1234,50", "12,34", "1.2.3", "1e3", "- 5", "5-",
                            "1,2345", "0x10", "92233720368547758.08", "1234567890123456789"})
        EXPECT_EQ(moneyError(text(QString::fromLatin1(bad))), QStringLiteral("map_money")) << bad;
}

TEST(TabularValues, MoneyFromXlsxNumbers)
{
    EXPECT_EQ(yuan(number("1234.5")), 123450);
    EXPECT_EQ(yuan(number("4.6E+3")), 460000);
    EXPECT_EQ(yuan(number("1.2E-1")), 12);
    EXPECT_EQ(yuan(number("-0")), 0);
    // Binary residue of spreadsheet arithmetic rounds to the fen it is within a millionth of.
    EXPECT_EQ(yuan(number("0.30000000000000004")), 30);
    EXPECT_EQ(yuan(number("1234.4999999999998")), 123450);
    EXPECT_EQ(yuan(number("88.80000000000001")), 8880);
    // Real sub-fen amounts are refused, as in text.
    EXPECT_EQ(moneyError(number("1.25E-1")), QStringLiteral("map_money"));
    EXPECT_EQ(moneyError(number("12.345")), QStringLiteral("map_money"));
    EXPECT_EQ(moneyError(number("0.0049")), QStringLiteral("map_money"));
    // Text never gets the noise allowance: someone typed those digits.
    EXPECT_EQ(moneyError(text(QStringLiteral("0.30000000000000004"))), QStringLiteral("map_money"));
    TabularCell error;
    error.kind = TabularCell::Kind::Error;
    error.text = QStringLiteral("#N/A");
    EXPECT_EQ(moneyError(error), QStringLiteral("map_cell_error"));
}

TEST(TabularValues, WholeNumbers)
{
    EXPECT_EQ(*parseWholeNumber(text(QStringLiteral("42"))), 42);
    EXPECT_EQ(*parseWholeNumber(text(QStringLiteral("-7"))), -7);
    EXPECT_EQ(*parseWholeNumber(text(QStringLiteral("1,234"))), 1234);
    EXPECT_EQ(*parseWholeNumber(text(QStringLiteral("12.0"))), 12);
    EXPECT_EQ(*parseWholeNumber(text(QStringLiteral("３"))), 3);
    EXPECT_EQ(*parseWholeNumber(number("1.2E+3")), 1200);
    for (const char *bad : {"1.5", "x", "", "1e3", "12 3"})
        EXPECT_EQ(parseWholeNumber(text(QString::fromLatin1(bad))).error().code, QStringLiteral("map_integer")) << bad;
    EXPECT_FALSE(parseWholeNumber(number("1.5")).ok());
}

TEST(TabularValues, DatesYearFirst)
{
    const QDate expected(2026, 11, 29);
    for (const QString &t :
         {QStringLiteral("2026-11-29"), QStringLiteral("2026/11/29"), QStringLiteral("2026.11.29"),
          QStringLiteral("2026年11月29日"), QStringLiteral("2026 年 11 月 29 日"), QStringLiteral("2026年11月29"),
          QStringLiteral("20261129"), QStringLiteral("2026/11/29 0:00:00"), QStringLiteral("2026-11-29T08:30:00"),
          QStringLiteral("2026-11-29 08:30"), QStringLiteral("２０２６－１１－２９"), QStringLiteral(" 2026/11/29 ")}) {
        auto d = parseFlexibleDate(text(t));
        ASSERT_TRUE(d.ok()) << t.toStdString() << ": " << d.error().message.toStdString();
        EXPECT_EQ(*d, expected) << t.toStdString();
    }
    EXPECT_EQ(*parseFlexibleDate(text(QStringLiteral("2026-1-5"))), QDate(2026, 1, 5));
    EXPECT_EQ(*parseFlexibleDate(text(QStringLiteral("2026年1月5日"))), QDate(2026, 1, 5));
    for (const QString &bad : {QStringLiteral("29/11/2026"), QStringLiteral("11/29/2026"), QStringLiteral("2026-02-30"),
                               QStringLiteral("2026-11/29"), QStringLiteral("26-11-29"), QStringLiteral("1899-12-31"),
                               QStringLiteral("2026-13-01"), QStringLiteral("tomorrow"), QStringLiteral("2026-11-29x")})
        EXPECT_EQ(parseFlexibleDate(text(bad)).error().code, QStringLiteral("map_date")) << bad.toStdString();
}

TEST(TabularValues, DatesFromSerialNumbers)
{
    EXPECT_EQ(*parseFlexibleDate(number("46355", true)), QDate(2026, 11, 29));
    EXPECT_EQ(*parseFlexibleDate(number("46355.75", true)), QDate(2026, 11, 29)); // the time is dropped
    EXPECT_EQ(*parseFlexibleDate(number("46355")), QDate(2026, 11, 29)); // unformatted serial
    EXPECT_EQ(*parseFlexibleDate(number("61")), QDate(1900, 3, 1));
    EXPECT_EQ(*parseFlexibleDate(number("59")), QDate(1900, 2, 28));
    EXPECT_EQ(*parseFlexibleDate(number("1")), QDate(1900, 1, 1));
    EXPECT_FALSE(parseFlexibleDate(number("60")).ok()); // Lotus's 1900-02-29
    EXPECT_EQ(*parseFlexibleDate(number("44893", true), true), QDate(2026, 11, 29)); // 1904 system
    EXPECT_EQ(*parseFlexibleDate(number("20261129")), QDate(2026, 11, 29)); // yyyymmdd typed as a number
    EXPECT_FALSE(parseFlexibleDate(number("-3")).ok());
    EXPECT_FALSE(parseFlexibleDate(number("99999999")).ok());
}

TEST(TabularValues, Months)
{
    const QDate november(2026, 11, 1);
    for (const QString &t : {QStringLiteral("2026-11"), QStringLiteral("2026/11"), QStringLiteral("2026.11"),
                             QStringLiteral("2026年11月"), QStringLiteral("2026年11月份"), QStringLiteral("202611"),
                             QStringLiteral("2026-11-29"), QStringLiteral("2026年11月29日")})
        EXPECT_EQ(*parseFlexibleMonth(text(t)), november) << t.toStdString();
    EXPECT_EQ(*parseFlexibleMonth(number("46355", true)), november);
    EXPECT_EQ(*parseFlexibleMonth(number("202611")), november);
    for (const QString &bad :
         {QStringLiteral("2026-13"), QStringLiteral("11/2026"), QStringLiteral("2026"), QStringLiteral("十一月")})
        EXPECT_EQ(parseFlexibleMonth(text(bad)).error().code, QStringLiteral("map_month")) << bad.toStdString();
}
