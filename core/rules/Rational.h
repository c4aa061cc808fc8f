#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>
#include <numeric>
#include <stdexcept>

namespace dibao {

// 128-bit intermediates for exact cross-multiplication (__extension__ keeps -Wpedantic quiet).
__extension__ typedef __int128 Int128;

// An exact fraction of fen. Income is prorated by months and divided among members, so figures such as
// 110000/3 fen appear; rounding them early turns 400.00 yuan into 399.99. Rational keeps them exact until the one
// rounding the policy prescribes. Always reduced, denominator > 0. Products go through __int128 and overflow
// throws std::overflow_error (a broken invariant: fen amounts of a household never come near 2^63).
class Rational {
public:
    constexpr Rational() = default;
    constexpr Rational(qint64 whole) : m_num(whole), m_den(1) {} // NOLINT: a whole number of fen is a Rational
    Rational(qint64 num, qint64 den) { assign(num, den); }

    qint64 num() const { return m_num; }
    qint64 den() const { return m_den; }
    bool isInteger() const { return m_den == 1; }
    int sign() const { return m_num > 0 ? 1 : (m_num < 0 ? -1 : 0); }

    friend Rational operator+(const Rational &a, const Rational &b)
    {
        const Int128 g = std::gcd(a.m_den, b.m_den);
        const Int128 den = Int128(a.m_den) / g * b.m_den;
        const Int128 num = Int128(a.m_num) * (b.m_den / g) + Int128(b.m_num) * (a.m_den / g);
        return fromWide(num, den);
    }
    friend Rational operator-(const Rational &a, const Rational &b) { return a + Rational(-b.m_num, b.m_den); }
    friend Rational operator*(const Rational &a, const Rational &b)
    {
        return fromWide(Int128(a.m_num) * b.m_num, Int128(a.m_den) * b.m_den);
    }
    friend Rational operator/(const Rational &a, const Rational &b)
    {
        if (b.m_num == 0)
            throw std::domain_error("dibao::Rational: division by zero");
        return fromWide(Int128(a.m_num) * b.m_den, Int128(a.m_den) * b.m_num);
    }
    Rational &operator+=(const Rational &o) { return *this = *this + o; }
    Rational &operator-=(const Rational &o) { return *this = *this - o; }

    // Cross-multiplication: a/b < c/d  <=>  a·d < c·b (denominators positive), exact in 128 bits.
    friend int compare(const Rational &a, const Rational &b)
    {
        const Int128 l = Int128(a.m_num) * b.m_den;
        const Int128 r = Int128(b.m_num) * a.m_den;
        return l < r ? -1 : (l > r ? 1 : 0);
    }
    friend bool operator==(const Rational &a, const Rational &b) { return a.m_num == b.m_num && a.m_den == b.m_den; }
    friend bool operator<(const Rational &a, const Rational &b) { return compare(a, b) < 0; }
    friend bool operator<=(const Rational &a, const Rational &b) { return compare(a, b) <= 0; }
    friend bool operator>(const Rational &a, const Rational &b) { return compare(a, b) > 0; }
    friend bool operator>=(const Rational &a, const Rational &b) { return compare(a, b) >= 0; }

    // Largest integer <= value / smallest integer >= value.
    qint64 floor() const
    {
        qint64 q = m_num / m_den;
        if ((m_num % m_den != 0) && (m_num < 0))
            --q;
        return q;
    }
    qint64 ceil() const
    {
        qint64 q = m_num / m_den;
        if ((m_num % m_den != 0) && (m_num > 0))
            ++q;
        return q;
    }
    // Rounds to a multiple of `unit`: up (towards +infinity) or to the nearest with halves up.
    qint64 roundUpTo(qint64 unit) const { return (*this / Rational(unit)).ceil() * unit; }
    qint64 roundHalfUpTo(qint64 unit) const { return ((*this / Rational(unit)) + Rational(1, 2)).floor() * unit; }

    // "110000/3", or "40000" when whole.
    QString toString() const
    {
        return m_den == 1 ? QString::number(m_num) : QString::number(m_num) + QLatin1Char('/') + QString::number(m_den);
    }

private:
    static Int128 gcdWide(Int128 a, Int128 b)
    {
        if (a < 0)
            a = -a;
        if (b < 0)
            b = -b;
        while (b != 0) {
            const Int128 t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
    static Rational fromWide(Int128 num, Int128 den)
    {
        if (den == 0)
            throw std::domain_error("dibao::Rational: zero denominator");
        if (den < 0) {
            num = -num;
            den = -den;
        }
        const Int128 g = gcdWide(num, den);
        if (g > 1) {
            num /= g;
            den /= g;
        }
        constexpr Int128 kMax = std::numeric_limits<qint64>::max();
        if (num > kMax || num < -kMax || den > kMax)
            throw std::overflow_error("dibao::Rational: overflow");
        Rational r;
        r.m_num = qint64(num);
        r.m_den = qint64(den);
        return r;
    }
    void assign(qint64 num, qint64 den) { *this = fromWide(num, den); }

    qint64 m_num = 0;
    qint64 m_den = 1;
};

} // namespace dibao
