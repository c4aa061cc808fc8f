#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace dibao {

// A hybrid logical clock value: wall milliseconds plus a logical counter, written "1717171717171-00003"
// (13 digits, '-', 5 digits) so that text order is time order (docs/bundle-format.md §3).
struct Hlc {
    static constexpr qint64 kMaxMillis = 9999999999999LL;
    static constexpr int kMaxCounter = 99999;

    qint64 millis = 0;
    int counter = 0;

    QString toString() const;
    static std::optional<Hlc> parse(const QString &text);
    bool isNull() const { return millis == 0 && counter == 0; }

    friend auto operator<=>(const Hlc &, const Hlc &) = default;
    friend bool operator==(const Hlc &, const Hlc &) = default;

    // The next value for a local event: later than `last` and not earlier than the wall clock. A counter that would
    // overflow moves the clock one millisecond ahead instead.
    static Hlc tick(const Hlc &last, qint64 wallMillis);
    // Merges a remote value into `last` on receipt. The remote value is taken at most up to wall + maxAheadMillis, so
    // a device stamping the future cannot drag this clock along (docs/sync.md).
    static Hlc receive(const Hlc &last, const Hlc &remote, qint64 wallMillis, qint64 maxAheadMillis);

    // Milliseconds since the epoch, from the system clock (not DIBAO_TODAY, which fixes business dates only).
    static qint64 wallMillis();
};

} // namespace dibao
