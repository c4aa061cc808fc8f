#include "common/Uuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

namespace dibao {

QString newId()
{
    // The last time and counter used: ids never go backwards within a process, even if the clock does or more
    // than 4,096 ids are made within one millisecond (the time then runs ahead of the clock for a moment).
    static QMutex mutex;
    static quint64 lastMillis = 0;
    static quint32 counter = 0;
    quint64 millis;
    quint32 sequence;
    {
        QMutexLocker lock(&mutex);
        const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
        if (now > lastMillis) {
            lastMillis = now;
            counter = 0;
        } else if (++counter > 0xfff) {
            ++lastMillis;
            counter = 0;
        }
        millis = lastMillis;
        sequence = counter;
    }
    const quint64 random = QRandomGenerator::global()->generate64();
    uchar b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = uchar(millis >> (8 * (5 - i)));
    b[6] = uchar(0x70 | (sequence >> 8));   // version 7 and the counter's high 4 bits
    b[7] = uchar(sequence);
    b[8] = uchar(0x80 | ((random >> 56) & 0x3f)); // the variant, then 62 random bits
    for (int i = 9; i < 16; ++i)
        b[i] = uchar(random >> (8 * (15 - i)));
    static const char hex[] = "0123456789abcdef";
    QString id(36, Qt::Uninitialized);
    QChar *out = id.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = QLatin1Char('-');
        *out++ = QLatin1Char(hex[b[i] >> 4]);
        *out++ = QLatin1Char(hex[b[i] & 0xf]);
    }
    return id;
}

} // namespace dibao
