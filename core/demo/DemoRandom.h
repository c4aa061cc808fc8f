#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <random>

namespace dibao {

// The demo generator's only source of randomness. std::mt19937_64's output is fixed by the standard, but the
// std::*_distribution classes are not (libstdc++ and libc++ differ), so every draw is derived here from raw
// engine output: the same seed gives the same demo on every platform.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }

    // Uniform in [0, n) for n > 0 (Lemire's multiply-shift; the bias is far below anything a demo could show).
    int below(int n) { return n <= 1 ? 0 : int(mulHigh(next(), quint64(n))); }
    // Uniform in [low, high], inclusive.
    int between(int low, int high) { return high <= low ? low : low + below(high - low + 1); }
    qint64 between64(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        return low + qint64(mulHigh(next(), quint64(high - low + 1)));
    }
    // True with probability perMille / 1000.
    bool chance(int perMille) { return below(1000) < perMille; }

    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

    // An index drawn with the given non-negative weights (at least one positive).
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights.at(i))
                return i;
            r -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }

    // A string of `count` decimal digits.
    QString digits(int count)
    {
        QString out;
        out.reserve(count);
        for (int i = 0; i < count; ++i)
            out += QChar(u'0' + below(10));
        return out;
    }

private:
    // The high 64 bits of a 64 × 64-bit product (portable: no __int128 in ISO C++).
    static quint64 mulHigh(quint64 a, quint64 b)
    {
        const quint64 aLo = a & 0xffffffffu, aHi = a >> 32, bLo = b & 0xffffffffu, bHi = b >> 32;
        const quint64 lolo = aLo * bLo, hilo = aHi * bLo, lohi = aLo * bHi, hihi = aHi * bHi;
        const quint64 cross = (lolo >> 32) + (hilo & 0xffffffffu) + lohi;
        return hihi + (hilo >> 32) + (cross >> 32);
    }

    std::mt19937_64 m_engine;
};

} // namespace dibao
