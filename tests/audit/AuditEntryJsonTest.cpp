// The audit entry's hashed text is written directly (a hot path of every write and of sync import); it must stay
// byte for byte what QJsonDocument::Compact makes of the same QJsonObject, or every existing chain would break.
#include "audit/AuditLog.h"
#include "audit/CanonicalText.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace dibao;

namespace {

QByteArray fast(const QString &text, const QByteArray &after, qint64 seq = 7)
{
    return auditEntryJson(seq, QStringLiteral("2026-11-29T04:00:00.123Z"), text, QStringLiteral("王小明"),
                               QStringLiteral("dev-1"), QStringLiteral("households"), text, QStringLiteral("update"),
                               QByteArray("{\"a\":1}"), after);
}

QByteArray slow(const QString &text, const QByteArray &after, qint64 seq = 7)
{
    return auditEntryJson(seq, QStringLiteral("2026-11-29T04:00:00.123Z"), text, QStringLiteral("王小明"),
                               QStringLiteral("dev-1"), QStringLiteral("households"), text, QStringLiteral("update"),
                               QByteArray("{\"a\":1}"), after, true);
}

} // namespace

TEST(AuditEntryJson, EveryBmpCharacterIsWrittenAsQtWritesIt)
{
    int compared = 0;
    for (char32_t u = 0; u < 0x10000; ++u) {
        const QString text = QStringLiteral("a") + QChar(char16_t(u)) + QStringLiteral("b");
        const QByteArray after = text.toUtf8();
        ASSERT_EQ(fast(text, after), slow(text, after)) << "U+" << std::hex << unsigned(u);
        ++compared;
    }
    EXPECT_EQ(compared, 0x10000);
}

TEST(AuditEntryJson, RecordsNullsSurrogatePairsAndBadUtf8MatchQt)
{
    const QString record = QStringLiteral("{\"address\":\"昭阳区旧圃镇\\\"新村\\\"3组\",\"note\":\"line1\\nline2\\t\\\\\"}");
    EXPECT_EQ(fast(record, record.toUtf8()), slow(record, record.toUtf8()));
    EXPECT_EQ(fast(record, QByteArray()), slow(record, QByteArray()));
    EXPECT_EQ(auditEntryJson(1, QString(), QString(), QString(), QString(), QStringLiteral("x"), QString(),
                                  QStringLiteral("insert"), QByteArray(), QByteArray()),
              auditEntryJson(1, QString(), QString(), QString(), QString(), QStringLiteral("x"), QString(),
                                  QStringLiteral("insert"), QByteArray(), QByteArray(), true));
    const QString emoji = QStringLiteral("名字😀𠀀") + QChar(char16_t(0xd800)) + QStringLiteral("x");
    EXPECT_EQ(fast(emoji, emoji.toUtf8()), slow(emoji, emoji.toUtf8()));
    const QByteArray badUtf8("\xff\xfe{\"a\":\"\xe4\xb8\"}");
    EXPECT_EQ(fast(QStringLiteral("x"), badUtf8), slow(QStringLiteral("x"), badUtf8));
    EXPECT_EQ(fast(QStringLiteral("x"), QByteArray("{}"), 9007199254740000LL),
              slow(QStringLiteral("x"), QByteArray("{}"), 9007199254740000LL));
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 2000; ++i) {
        QString s;
        const int n = int(rng->bounded(40));
        for (int k = 0; k < n; ++k)
            s += QChar(char16_t(rng->bounded(3) == 0 ? rng->bounded(0x80) : rng->bounded(0xd7ff)));
        const qint64 seq = qint64(rng->bounded(1000000));
        ASSERT_EQ(fast(s, s.toUtf8(), seq), slow(s, s.toUtf8(), seq)) << i;
    }
}

TEST(AuditEntryJson, CanonicalRecordMatchesTheQJsonObjectWay)
{
    Row row{{QStringLiteral("id"), QStringLiteral("0b9f3c1e-0000-4000-8000-000000000001")},
            {QStringLiteral("division_code"), QStringLiteral("530602101")},
            {QStringLiteral("registered_address"), QStringLiteral("昭阳区\"旧圃镇\"\n新村3组\\12号")},
            {QStringLiteral("current_amount"), qint64(123456)},
            {QStringLiteral("big"), qint64(9007199254740993LL)},
            {QStringLiteral("negative"), -42},
            {QStringLiteral("separated_residence"), true},
            {QStringLiteral("a_b"), QStringLiteral("x")},
            {QStringLiteral("ab"), QStringLiteral("y")},
            {QStringLiteral("a"), QVariant()},
            {QStringLiteral("null_text"), QVariant(QString())},
            {QStringLiteral("empty_text"), QVariant(QStringLiteral(""))},
            {QStringLiteral("blob"), QVariant(QByteArray("\xe7\x8e\x8b"))},
            {QStringLiteral("real"), QVariant(2.5)}};
    EXPECT_EQ(RecordWriter::canonicalRecord(QStringLiteral("households"), row),
              canonicalRecordText(QStringLiteral("households"), row, true));
    Row user{{QStringLiteral("id"), QStringLiteral("u1")}, {QStringLiteral("pw_hash"), QStringLiteral("$argon2id$v=19$x")},
             {QStringLiteral("name"), QStringLiteral("李秀英")}};
    const QByteArray fastUser = RecordWriter::canonicalRecord(QStringLiteral("users"), user);
    EXPECT_EQ(fastUser, canonicalRecordText(QStringLiteral("users"), user, true));
    EXPECT_FALSE(fastUser.contains("argon2id")) << "the secret appears as its digest";
    Row odd{{QStringLiteral("名"), QStringLiteral("x")}, {QStringLiteral("emoji"), QStringLiteral("😀")}};
    EXPECT_EQ(RecordWriter::canonicalRecord(QStringLiteral("members"), odd),
              canonicalRecordText(QStringLiteral("members"), odd, true));
    EXPECT_EQ(RecordWriter::canonicalRecord(QStringLiteral("members"), Row()),
              canonicalRecordText(QStringLiteral("members"), Row(), true));
}

TEST(AuditEntryJson, EntryHashIsSha256OfPrevHashNewlineAndTheEntryText)
{
    // entryHash uses libsodium's SHA-256; the chain is defined as SHA-256 over prev_hash "\n" entry JSON, so it must
    // equal what QCryptographicHash gives (existing chains keep verifying).
    const QString prev = QStringLiteral("ab12").repeated(16);
    for (int n = 0; n < 50; ++n) {
        const QByteArray after = QStringLiteral("{\"id\":\"h%1\",\"name\":\"王%2\"}").arg(n).arg(QString(n, QLatin1Char('x'))).toUtf8();
        const QByteArray before = n % 2 ? QByteArray() : QByteArray("{\"id\":\"old\"}");
        const QString at = QStringLiteral("2026-12-06T15:00:00.%1Z").arg(n, 3, 10, QLatin1Char('0'));
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(prev.toLatin1());
        h.addData("\n");
        h.addData(auditEntryJson(n + 1, at, QStringLiteral("u1"), QStringLiteral("张三"), QStringLiteral("dev"),
                                 QStringLiteral("households"), QStringLiteral("h%1").arg(n), QStringLiteral("sync_insert"),
                                 before, after));
        EXPECT_EQ(AuditLog::entryHash(prev, n + 1, at, QStringLiteral("u1"), QStringLiteral("张三"), QStringLiteral("dev"),
                                      QStringLiteral("households"), QStringLiteral("h%1").arg(n),
                                      QStringLiteral("sync_insert"), before, after),
                  QString::fromLatin1(h.result().toHex()));
    }
}
