#include "rules/Rational.h"

#include <gtest/gtest.h>

using namespace dibao;

TEST(Rational, ReducesAndCompares)
{
    EXPECT_EQ(Rational(6, 4), Rational(3, 2));
    EXPECT_EQ(Rational(3, -6), Rational(-1, 2));
    EXPECT_LT(Rational(110000, 3), Rational(36667));
    EXPECT_GT(Rational(110000, 3), Rational(36666));
    EXPECT_EQ(Rational(150000) - Rational(110000), Rational(40000));
    EXPECT_EQ((Rational(110000, 3) * Rational(3)), Rational(110000));
}

TEST(Rational, Rounding)
{
    EXPECT_EQ(Rational(80000, 3).roundHalfUpTo(1), 26667);
    EXPECT_EQ(Rational(1, 2).roundHalfUpTo(1), 1);
    EXPECT_EQ(Rational(149, 1).roundHalfUpTo(100), 100);
    EXPECT_EQ(Rational(150, 1).roundHalfUpTo(100), 200);
    EXPECT_EQ(Rational(101, 1).roundUpTo(100), 200);
    EXPECT_EQ(Rational(100, 1).roundUpTo(100), 100);
    EXPECT_EQ(Rational(1, 3).roundUpTo(10), 10);
    EXPECT_EQ(Rational(-1, 3).floor(), -1);
    EXPECT_EQ(Rational(-1, 3).ceil(), 0);
}

TEST(Rational, LargeCrossMultiplicationDoesNotOverflow)
{
    // Products beyond 2^63 are compared exactly through 128 bits.
    const Rational a(Q_INT64_C(4000000000000000000), 3);
    const Rational b(Q_INT64_C(4000000000000000001), 3);
    EXPECT_LT(a, b);
    EXPECT_THROW(Rational(std::numeric_limits<qint64>::max()) * Rational(2), std::overflow_error);
}
