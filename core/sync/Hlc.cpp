#include "sync/Hlc.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace dibao {

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2").arg(millis, 13, 10, QLatin1Char('0')).arg(counter, 5, 10, QLatin1Char('0'));
}

std::optional<Hlc> Hlc::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{13})-([0-9]{5})\\z"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return Hlc{m.captured(1).toLongLong(), m.captured(2).toInt()};
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
