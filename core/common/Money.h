#pragma once

#include <QString>
#include <QtGlobal>

namespace dibao {

// Money is integer fen (1 yuan = 100 fen) everywhere: storage, arithmetic, JSON.
using Fen = qint64;

// "1234.50" — yuan with two decimals, no grouping, a leading '-' for negatives.
inline QString formatYuan(Fen fen)
{
    const bool negative = fen < 0;
    const qint64 abs = negative ? -fen : fen;
    return (negative ? QStringLiteral("-") : QString())
        + QString::number(abs / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

} // namespace dibao
