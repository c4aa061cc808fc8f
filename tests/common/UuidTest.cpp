#include "common/Uuid.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

using namespace dibao;

TEST(NewId, IsAVersion7UuidCarryingTheTimeItWasMade)
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString id = newId();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    EXPECT_TRUE(shape.match(id).hasMatch()) << id.toStdString();
    const QUuid uuid(id);
    EXPECT_FALSE(uuid.isNull());
    EXPECT_EQ(uuid.variant(), QUuid::DCE); // Qt 6.4 knows no version 7: the shape above checks its nibble
    const qint64 millis = QStringView(id).left(8).toString().append(QStringView(id).mid(9, 4)).toLongLong(nullptr, 16);
    EXPECT_GE(millis, before);
    EXPECT_LE(millis, after + 1); // at most ahead by the counter's overflow
}

TEST(NewId, IdsMadeOneAfterAnotherAreUniqueAndSortInTheOrderTheyWereMade)
{
    // More than 4,096 within a millisecond overflows the counter into the next millisecond: still in order.
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 200000; ++i) {
        const QString id = newId();
        ASSERT_LT(previous, id) << i;
        seen.insert(id);
        previous = id;
    }
    EXPECT_EQ(seen.size(), 200000);
}

TEST(NewId, TheRandomPartDiffersBetweenIdsOfTheSameMillisecond)
{
    // Two devices making ids in the same millisecond with the same counter still differ: 62 random bits.
    QSet<QString> tails;
    for (int i = 0; i < 1000; ++i)
        tails.insert(newId().right(12));
    EXPECT_GT(tails.size(), 990);
}
