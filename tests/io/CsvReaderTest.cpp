#include "io/CsvReader.h"

#include "support/TestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace dibao;

namespace {

QList<CsvRecord> readAll(const QByteArray &data, const CsvOptions &options = {}, Error *error = nullptr)
{
    CsvReader reader = CsvReader::fromBytes(data, options);
    QList<CsvRecord> out;
    CsvRecord record;
    for (;;) {
        auto got = reader.next(record);
        if (!got) {
            if (error)
                *error = got.error();
            return out;
        }
        if (!*got)
            return out;
        out.append(record);
    }
}

QString errorOf(const QByteArray &data, const CsvOptions &options = {}, qint64 *line = nullptr)
{
    CsvReader reader = CsvReader::fromBytes(data, options);
    CsvRecord record;
    for (;;) {
        auto got = reader.next(record);
        if (!got) {
            if (line)
                *line = reader.errorLine();
            return got.error().code;
        }
        if (!*got)
            return QStringLiteral("ok");
    }
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QByteArray fileBytes(const QString &name)
{
    QFile f(test::dataPath(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return f.readAll();
}

} // namespace

TEST(CsvReader, Gb18030IsAvailableInThisQt)
{
    // Qt 6.4 knows GB18030 only through ICU: encodingForName() says no, the named decoder works.
    QStringDecoder decoder("GB18030");
    ASSERT_TRUE(decoder.isValid());
    EXPECT_EQ(decoder.decode(QByteArray("\xD5\xC5\xC8\xFD")), QStringLiteral("张三"));
    // A character outside GBK takes four bytes in GB18030 and must survive the round trip.
    EXPECT_EQ(QStringDecoder("GB18030").decode(gb18030(QStringLiteral("𠀀䶮"))), QStringLiteral("𠀀䶮"));
}

TEST(CsvReader, QuotingPerRfc4180)
{
    const QByteArray data = "a,\"b,c\",\"say \"\"hi\"\"\",\"\"\r\n"
                            "\"multi\r\nline\",x,,\"end\"\r\n"
                            "\"lf\nonly\",5'6\" tall,\" spaced \"\n";
    Error error;
    const auto rows = readAll(data, {}, &error);
    ASSERT_EQ(rows.size(), 3) << error.message.toStdString();
    EXPECT_EQ(rows[0].line, 1);
    EXPECT_EQ(rows[0].fields,
              (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""), QString()}));
    EXPECT_EQ(rows[1].line, 2);
    EXPECT_EQ(rows[1].fields,
              (QStringList{QStringLiteral("multi\r\nline"), QStringLiteral("x"), QString(), QStringLiteral("end")}));
    EXPECT_EQ(rows[2].line, 4); // the record before spans physical lines 2 and 3
    EXPECT_EQ(rows[2].fields,
              (QStringList{QStringLiteral("lf\nonly"), QStringLiteral("5'6\" tall"), QStringLiteral(" spaced ")}));
}

TEST(CsvReader, BlankLinesSkippedLineNumbersKept)
{
    const auto rows = readAll("h1,h2\n\n\r\n1,2\n,\n3,4");
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0].line, 1);
    EXPECT_EQ(rows[1].line, 4);
    EXPECT_EQ(rows[2].line, 5); // "," is a record of two empty fields, not a blank line
    EXPECT_EQ(rows[2].fields, (QStringList{QString(), QString()}));
    EXPECT_EQ(rows[3].line, 6);
    EXPECT_EQ(rows[3].fields, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
}

TEST(CsvReader, DelimiterDetectedOrGiven)
{
    CsvReader tab = CsvReader::fromBytes("姓名\t金额\t备注\n张三\t1,5\t\"x;y\"\n");
    CsvRecord r;
    ASSERT_TRUE(*tab.next(r));
    ASSERT_TRUE(*tab.next(r));
    EXPECT_EQ(tab.delimiter(), QLatin1Char('\t'));
    EXPECT_EQ(r.fields, (QStringList{QStringLiteral("张三"), QStringLiteral("1,5"), QStringLiteral("x;y")}));

    CsvReader semicolon = CsvReader::fromBytes("a;b;\"c;d\"\n1,5;2;3\n");
    ASSERT_TRUE(*semicolon.next(r));
    EXPECT_EQ(semicolon.delimiter(), QLatin1Char(';'));
    EXPECT_EQ(r.fields, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c;d")}));
    ASSERT_TRUE(*semicolon.next(r));
    EXPECT_EQ(r.fields.first(), QStringLiteral("1,5"));

    CsvOptions given;
    given.delimiter = QLatin1Char(';');
    const auto rows = readAll("a,b;c\n", given);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].fields, (QStringList{QStringLiteral("a,b"), QStringLiteral("c")}));

    EXPECT_EQ(readAll("single\nrow\n")[1].fields, QStringList{QStringLiteral("row")});
}

TEST(CsvReader, EncodingDetectedFromContent)
{
    const QString text = QStringLiteral("姓名,地址\n张三丰,云南省昭通市昭阳区\n䶮,𠀀\n");
    CsvRecord r;

    CsvReader utf8 = CsvReader::fromBytes(text.toUtf8());
    ASSERT_TRUE(*utf8.next(r));
    EXPECT_EQ(utf8.encoding(), TextEncoding::Utf8);
    EXPECT_FALSE(utf8.hadByteOrderMark());
    EXPECT_EQ(r.fields, (QStringList{QStringLiteral("姓名"), QStringLiteral("地址")}));

    CsvReader gb = CsvReader::fromBytes(gb18030(text));
    ASSERT_TRUE(*gb.next(r));
    EXPECT_EQ(gb.encoding(), TextEncoding::Gb18030);
    EXPECT_EQ(r.fields, (QStringList{QStringLiteral("姓名"), QStringLiteral("地址")}));
    ASSERT_TRUE(*gb.next(r));
    ASSERT_TRUE(*gb.next(r));
    EXPECT_EQ(r.fields, (QStringList{QStringLiteral("䶮"), QStringLiteral("𠀀")}));

    // ASCII first: undecided until the first non-ASCII line, and nothing read so far changes.
    CsvReader late = CsvReader::fromBytes("id,name\n1,x\n" + gb18030(QStringLiteral("2,李四\n")));
    ASSERT_TRUE(*late.next(r));
    EXPECT_EQ(late.encoding(), TextEncoding::Detect);
    ASSERT_TRUE(*late.next(r));
    ASSERT_TRUE(*late.next(r));
    EXPECT_EQ(late.encoding(), TextEncoding::Gb18030);
    EXPECT_EQ(r.fields.last(), QStringLiteral("李四"));
}

TEST(CsvReader, ByteOrderMarks)
{
    CsvRecord r;
    CsvReader utf8 = CsvReader::fromBytes("\xEF\xBB\xBF" + QStringLiteral("名,值\n").toUtf8());
    ASSERT_TRUE(*utf8.next(r));
    EXPECT_TRUE(utf8.hadByteOrderMark());
    EXPECT_EQ(utf8.encoding(), TextEncoding::Utf8);
    EXPECT_EQ(r.fields.first(), QStringLiteral("名")); // no U+FEFF glued to the first header

    CsvReader gb = CsvReader::fromBytes("\x84\x31\x95\x33" + gb18030(QStringLiteral("名,值\n")));
    ASSERT_TRUE(*gb.next(r));
    EXPECT_EQ(gb.encoding(), TextEncoding::Gb18030);
    EXPECT_EQ(r.fields.first(), QStringLiteral("名"));

    CsvOptions chosen;
    chosen.encoding = TextEncoding::Gb18030;
    EXPECT_EQ(errorOf("\xEF\xBB\xBF"
                      "a,b\n",
                      chosen),
              QStringLiteral("csv_bom_mismatch"));
    EXPECT_EQ(errorOf("\xFF\xFE"
                      "a\0,\0b\0",
                      {}),
              QStringLiteral("csv_utf16"));
    qint64 line = 0;
    EXPECT_EQ(errorOf(QByteArray("a,b\nc\0d,e\n", 10), {}, &line), QStringLiteral("csv_nul_byte"));
    EXPECT_EQ(line, 2);
}

TEST(CsvReader, ChosenEncodingAndBadEncodingLine)
{
    CsvOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    qint64 line = 0;
    EXPECT_EQ(errorOf(fileBytes(QStringLiteral("io/mixed-encoding.csv")), utf8, &line),
              QStringLiteral("csv_bad_encoding"));
    EXPECT_EQ(line, 4);

    CsvOptions gb;
    gb.encoding = TextEncoding::Gb18030;
    EXPECT_EQ(errorOf("ok\n\x81\x30\n", gb, &line), QStringLiteral("csv_bad_encoding")); // a cut 4-byte sequence
    EXPECT_EQ(line, 2);
    EXPECT_EQ(errorOf("ok\nab\xD5", gb, &line), QStringLiteral("csv_bad_encoding")); // cut at the end of the file
    EXPECT_EQ(line, 2);

    // Detection looks at the first megabyte; a GB18030 line after a megabyte of UTF-8 is reported with its line.
    QByteArray big;
    for (int i = 0; i < 40000; ++i)
        big += QStringLiteral("%1,张三丰,云南省昭通市\n").arg(i).toUtf8();
    ASSERT_GT(big.size(), 1 << 20);
    big += gb18030(QStringLiteral("40000,李四,昭阳区\n"));
    Error error;
    const auto rows = readAll(big, {}, &error);
    EXPECT_EQ(rows.size(), 40000);
    EXPECT_EQ(error.code, QStringLiteral("csv_bad_encoding"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("40001"))) << error.message.toStdString();

    // Overlong and surrogate forms are not UTF-8.
    EXPECT_EQ(errorOf("a\n\xC0\xAF\n", utf8), QStringLiteral("csv_bad_encoding"));
    EXPECT_EQ(errorOf("a\n\xED\xA0\x80\n", utf8), QStringLiteral("csv_bad_encoding"));
}

TEST(CsvReader, UnterminatedQuoteReportsWhereItOpened)
{
    qint64 line = 0;
    EXPECT_EQ(errorOf(fileBytes(QStringLiteral("io/unterminated-quote.csv")), {}, &line),
              QStringLiteral("csv_unterminated_quote"));
    EXPECT_EQ(line, 3);
    EXPECT_EQ(errorOf("a,\"b\"c\n", {}, &line), QStringLiteral("csv_quote"));
    EXPECT_EQ(line, 1);

    // An open quote swallowing the file stops at the record cap, naming the line where the record began.
    CsvOptions small;
    small.maxRecordBytes = 1000;
    QByteArray data = "h\n\"";
    for (int i = 0; i < 200; ++i)
        data += "line of text\n";
    EXPECT_EQ(errorOf(data, small, &line), QStringLiteral("csv_record_too_long"));
    EXPECT_EQ(line, 2);
    EXPECT_EQ(errorOf("h\n" + QByteArray(5000, 'x') + "\n", small, &line), QStringLiteral("csv_record_too_long"));
    EXPECT_EQ(line, 2);

    CsvOptions fewFields;
    fewFields.maxFields = 3;
    EXPECT_EQ(errorOf("a,b,c\n1,2,3,4\n", fewFields, &line), QStringLiteral("csv_too_many_fields"));
    EXPECT_EQ(line, 2);
}

TEST(CsvReader, AfterAnErrorNothingMore)
{
    CsvReader reader = CsvReader::fromBytes("a\n\"open\n");
    CsvRecord r;
    ASSERT_TRUE(*reader.next(r));
    EXPECT_FALSE(reader.next(r).ok());
    EXPECT_FALSE(reader.next(r).ok());
}

TEST(CsvReader, LongLinesAcrossBufferBoundaries)
{
    // Records straddling the 1 MiB read chunk, quoted fields with line breaks among them.
    QByteArray data;
    QList<QString> expected;
    for (int i = 0; i < 3000; ++i) {
        const QString value = QStringLiteral("值%1").arg(i) + QString(i % 700, QLatin1Char('x'));
        expected.append(value);
        data += QStringLiteral("%1,\"%2\nsecond\"\n").arg(i).arg(value).toUtf8();
    }
    const auto rows = readAll(data);
    ASSERT_EQ(rows.size(), 3000);
    for (int i = 0; i < 3000; ++i) {
        ASSERT_EQ(rows[i].line, 2 * i + 1);
        ASSERT_EQ(rows[i].fields.at(1), expected.at(i) + QStringLiteral("\nsecond"));
    }
}

TEST(CsvReader, FixturesInBothEncodingsReadAlike)
{
    auto read = [](const QString &name) {
        auto reader = CsvReader::openFile(test::dataPath(name));
        EXPECT_TRUE(reader.ok());
        QList<QStringList> rows;
        CsvRecord r;
        while (*reader->next(r))
            rows.append(r.fields);
        return rows;
    };
    const auto bom = read(QStringLiteral("io/roster-utf8-bom.csv"));
    const auto gb = read(QStringLiteral("io/roster-gb18030.csv"));
    const auto tab = read(QStringLiteral("io/roster-utf8-tab.csv"));
    ASSERT_EQ(bom.size(), 4);
    EXPECT_EQ(bom, gb);
    EXPECT_EQ(bom, tab);
    EXPECT_EQ(bom[1].at(7), QStringLiteral("村东头, \"老宅\""));
    EXPECT_EQ(bom[3].at(7), QStringLiteral("多行\n备注"));

    EXPECT_EQ(CsvReader::openFile(QStringLiteral("/nonexistent/x.csv")).error().code, QStringLiteral("io_open"));
}

TEST(CsvReader, NeverCrashesOrLoopsOnRandomBytes)
{
    // Random bytes biased towards the characters the parser cares about; every run must end (in rows or an error)
    // with line numbers that never go backwards.
    QRandomGenerator random(20261129);
    const char alphabet[]
        = {',',    ';',    '\t',   '"',    '"',    '\r',   '\n',   '\n',   'a',    '1',    ' ',  '\xD5', '\xC5',
           '\xE5', '\xBC', '\xA0', '\x84', '\x31', '\x95', '\x33', '\xEF', '\xBB', '\xBF', '\0', '\xFF'};
    for (int run = 0; run < 300; ++run) {
        QByteArray data;
        const int size = random.bounded(1, 400);
        for (int i = 0; i < size; ++i)
            data += random.bounded(4) == 0 ? char(random.bounded(256)) : alphabet[random.bounded(int(sizeof alphabet))];
        CsvOptions options;
        options.maxRecordBytes = 64;
        options.encoding = TextEncoding(random.bounded(3));
        CsvReader reader = CsvReader::fromBytes(data, options);
        CsvRecord record;
        qint64 lastLine = 0;
        for (int guard = 0; guard <= size + 1; ++guard) {
            auto got = reader.next(record);
            if (!got || !*got)
                break;
            ASSERT_GT(record.line, lastLine) << run;
            lastLine = record.line;
            ASSERT_LT(guard, size + 1) << "no progress, run " << run;
        }
    }
}
