#include "sync/Hlc.h"

#include <QDateTime>

#include <algorithm>

namespace dibao {

QString Hlc::toString() const
{
    // Written by hand (this runs several times for every change a bundle applies); the same text as
    // "%1-%2".arg(millis, 13, 10, '0').arg(counter, 5, 10, '0'), which stays the path for values out of range.
    if (millis < 0 || millis > kMaxMillis || counter < 0 || counter > kMaxCounter)
        return QStringLiteral("%1-%2").arg(millis, 13, 10, QLatin1Char('0')).arg(counter, 5, 10, QLatin1Char('0'));
    QString out(19, Qt::Uninitialized);
    QChar *d = out.data();
    qint64 m = millis;
    for (int i = 12; i >= 0; --i, m /= 10)
        d[i] = QChar(u'0' + char16_t(m % 10));
    d[13] = QLatin1Char('-');
    int c = counter;
    for (int i = 18; i >= 14; --i, c /= 10)
        d[i] = QChar(u'0' + char16_t(c % 10));
    return out;
}

std::optional<Hlc> Hlc::parse(const QString &text)
{
    // ^([0-9]{13})-([0-9]{5})\z, checked by hand (once per change line of every bundle): ASCII digits only.
    if (text.size() != 19 || text.at(13) != QLatin1Char('-'))
        return std::nullopt;
    qint64 m = 0;
    int c = 0;
    for (int i = 0; i < 19; ++i) {
        if (i == 13)
            continue;
        const char16_t u = text.at(i).unicode();
        if (u < u'0' || u > u'9')
            return std::nullopt;
        if (i < 13)
            m = m * 10 + (u - u'0');
        else
            c = c * 10 + (u - u'0');
    }
    return Hlc{m, c};
}

static Hlc bump(Hlc h)
{
    if (h.counter >= Hlc::kMaxCounter)
        return Hlc{std::min(h.millis + 1, Hlc::kMaxMillis), 0};
    return Hlc{h.millis, h.counter + 1};
}

Hlc Hlc::tick(const Hlc &last, qint64 wallMillis)
{
    if (wallMillis > last.millis)
        return Hlc{std::min(wallMillis, kMaxMillis), 0};
    return bump(last);
}

Hlc Hlc::receive(const Hlc &last, const Hlc &remote, qint64 wallMillis, qint64 maxAheadMillis)
{
    const Hlc bound{wallMillis + maxAheadMillis, kMaxCounter};
    const Hlc seen = std::min(remote, bound);
    return std::max(last, seen);
}

qint64 Hlc::wallMillis()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace dibao
