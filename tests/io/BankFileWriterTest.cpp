#include "io/BankFileWriter.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QStringDecoder>

#include <gtest/gtest.h>

using namespace dibao;

namespace {

BankPayment payment(const QString &name, Fen amount)
{
    return BankPayment{QStringLiteral("6217000010012345678"), name, QStringLiteral("530602198001011234"), amount,
                       QStringLiteral("2026年11月低保金")};
}

QList<QStringList> readBack(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Detect)
{
    CsvOptions options;
    options.encoding = encoding;
    CsvReader reader = CsvReader::fromBytes(bytes, options);
    QList<QStringList> rows;
    CsvRecord r;
    for (;;) {
        auto got = reader.next(r);
        EXPECT_TRUE(got.ok()) << got.error().message.toStdString();
        if (!got.ok() || !*got)
            return rows;
        rows.append(r.fields);
    }
}

} // namespace

TEST(CsvWriter, QuotesOnlyWhatNeedsIt)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    ASSERT_TRUE(
        writer
            .writeRow({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                       QStringLiteral("two\nlines"), QStringLiteral(" padded"), QString(), QStringLiteral("张三")})
            .ok());
    EXPECT_EQ(buffer.data(),
              QStringLiteral("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",,张三\r\n").toUtf8());
    EXPECT_EQ(writer.writeRow({QString(QChar(0xDC00))}).error().code, QStringLiteral("csv_text_invalid"));
    EXPECT_EQ(writer.rowsWritten(), 1);
}

TEST(CsvWriter, RoundTripsThroughTheReaderInEveryEncoding)
{
    const QList<QStringList> rows = {
        {QStringLiteral("姓名"), QStringLiteral("备注")},
        {QStringLiteral("䶮"), QStringLiteral("𠀀, \"quoted\"\r\nnext")},
        {QStringLiteral("€"), QString()},
    };
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Gb18030}) {
        for (bool bom : {false, true}) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            CsvWriter writer(&buffer, CsvWriteOptions{encoding, bom, QLatin1Char(','), true});
            for (const QStringList &row : rows)
                ASSERT_TRUE(writer.writeRow(row).ok());
            EXPECT_EQ(readBack(buffer.data()), rows) << int(encoding) << bom;
            if (encoding == TextEncoding::Gb18030 && !bom) {
                EXPECT_TRUE(buffer.data().startsWith("\xD0\xD5\xC3\xFB")); // 姓名 in GB18030
            }
        }
    }
}

TEST(BankFileWriter, LayoutInGb18030WithCrlf)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BankFileWriter writer(&buffer);
    ASSERT_TRUE(writer.add(payment(QStringLiteral("张三丰"), 123450)).ok());
    BankPayment second = payment(QStringLiteral("李䶮"), 5);
    second.idNumber.clear();
    second.memo.clear();
    ASSERT_TRUE(writer.add(second).ok());
    EXPECT_EQ(writer.count(), 2);
    EXPECT_EQ(writer.total(), 123455);

    const QString expected
        = QStringLiteral("序号,账号,户名,金额,证件号码,摘要\r\n"
                         "1,6217000010012345678,张三丰,1234.50,530602198001011234,2026年11月低保金\r\n"
                         "2,6217000010012345678,李䶮,0.05,,\r\n");
    EXPECT_EQ(QStringDecoder("GB18030").decode(buffer.data()), expected);
    EXPECT_FALSE(buffer.data().startsWith("\x84\x31\x95\x33"));
    EXPECT_EQ(readBack(buffer.data(), TextEncoding::Gb18030).size(), 3);
}

TEST(BankFileWriter, Utf8WithBomAndWithoutHeader)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BankFileWriter writer(&buffer, BankFileOptions{TextEncoding::Utf8, true, false});
    ASSERT_TRUE(writer.add(payment(QStringLiteral("张三丰"), 62000)).ok());
    EXPECT_EQ(
        buffer.data(),
        "\xEF\xBB\xBF"
            + QStringLiteral("1,6217000010012345678,张三丰,620.00,530602198001011234,2026年11月低保金\r\n").toUtf8());

    QBuffer empty;
    empty.open(QIODevice::WriteOnly);
    BankFileWriter none(&empty, BankFileOptions{TextEncoding::Utf8, false, true});
    ASSERT_TRUE(none.finish().ok());
    ASSERT_TRUE(none.finish().ok());
    EXPECT_EQ(empty.data(), QStringLiteral("序号,账号,户名,金额,证件号码,摘要\r\n").toUtf8());
}

TEST(BankFileWriter, RefusesWhatABankFileCannotCarry)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BankFileWriter writer(&buffer);
    auto code = [&writer](const BankPayment &p) {
        const Status s = writer.add(p);
        return s.ok() ? QStringLiteral("ok") : s.error().code;
    };
    BankPayment p = payment(QStringLiteral("张三"), 100);
    p.accountNumber = QStringLiteral("6217 0000 1001");
    EXPECT_EQ(code(p), QStringLiteral("bank_account"));
    p.accountNumber = QStringLiteral("12345");
    EXPECT_EQ(code(p), QStringLiteral("bank_account"));
    p = payment(QStringLiteral("张,三"), 100);
    EXPECT_EQ(code(p), QStringLiteral("bank_name"));
    p = payment(QStringLiteral("=HYPERLINK(\"x\")"), 100);
    EXPECT_EQ(code(p), QStringLiteral("bank_name"));
    p = payment(QStringLiteral(" 张三"), 100);
    EXPECT_EQ(code(p), QStringLiteral("bank_name"));
    p = payment(QString(), 100);
    EXPECT_EQ(code(p), QStringLiteral("bank_name"));
    EXPECT_EQ(code(payment(QStringLiteral("张三"), 0)), QStringLiteral("bank_amount"));
    EXPECT_EQ(code(payment(QStringLiteral("张三"), -5)), QStringLiteral("bank_amount"));
    p = payment(QStringLiteral("张三"), 100);
    p.idNumber = QStringLiteral("53060219800101123");
    EXPECT_EQ(code(p), QStringLiteral("bank_id_number"));
    p = payment(QStringLiteral("张三"), 100);
    p.memo = QStringLiteral("-1");
    EXPECT_EQ(code(p), QStringLiteral("bank_field"));
    p.memo = QStringLiteral("a\nb");
    EXPECT_EQ(code(p), QStringLiteral("bank_field"));
    EXPECT_EQ(writer.count(), 0);
    EXPECT_TRUE(buffer.data().isEmpty()); // nothing, not even the header, for refused payments
}
