#include "sync/CanonicalJson.h"

#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace dibao;

namespace {

QString codeOf(const QByteArray &text, qsizetype maxBytes = 1 << 20)
{
    auto r = CanonicalJson::parse(text, maxBytes);
    return r.ok() ? QStringLiteral("ok") : r.error().code;
}

QJsonObject goldenObject()
{
    QJsonObject nested;
    nested.insert(QStringLiteral("z"), QJsonArray{1, -2, 0, true, false, QJsonValue::Null, QStringLiteral("x")});
    nested.insert(QStringLiteral("a"), QJsonObject());
    QJsonObject o;
    o.insert(QStringLiteral("name"), QStringLiteral("张三丰"));
    o.insert(QStringLiteral("escapes"), QStringLiteral("q\"b\\s/\b\f\n\r\t\x01\x1f\x7f\u2028😀"));
    o.insert(QStringLiteral("max"), qint64(9007199254740991LL));
    o.insert(QStringLiteral("min"), qint64(-9007199254740991LL));
    o.insert(QStringLiteral("fen"), 123456);
    o.insert(QStringLiteral("nested"), nested);
    o.insert(QStringLiteral("B"), QStringLiteral("upper sorts first"));
    o.insert(QStringLiteral("_"), QStringLiteral("ａ and 😀 as values"));
    o.insert(QStringLiteral("a b~"), QStringLiteral("any printable ASCII key"));
    return o;
}

} // namespace

TEST(CanonicalJson, GoldenFile)
{
    QFile golden(test::dataPath(QStringLiteral("bundles/json/golden.json")));
    ASSERT_TRUE(golden.open(QIODevice::ReadOnly));
    const QByteArray expected = golden.readAll();
    // The golden file has no trailing newline: it is the exact canonical bytes.
    EXPECT_EQ(CanonicalJson::serialize(goldenObject()).toStdString(), expected.toStdString());
    auto parsed = CanonicalJson::parse(expected, 1 << 20);
    ASSERT_TRUE(parsed.ok()) << parsed.error().code.toStdString();
    EXPECT_EQ(*parsed, goldenObject());
}

TEST(CanonicalJson, AcceptsCanonical)
{
    EXPECT_EQ(codeOf("{}"), QStringLiteral("ok"));
    EXPECT_EQ(codeOf(R"({"a":[],"b":{"c":null}})"), QStringLiteral("ok"));
    EXPECT_EQ(codeOf(R"({"a":-9007199254740991})"), QStringLiteral("ok"));
}

TEST(CanonicalJson, Refusals)
{
    EXPECT_EQ(codeOf(R"({"a":1})", 3), QStringLiteral("json_too_large"));
    EXPECT_EQ(codeOf("{\"a\":\"\xff\"}"), QStringLiteral("json_bad_utf8"));
    EXPECT_EQ(codeOf("{\"a\":\"\xc0\xaf\"}"), QStringLiteral("json_bad_utf8"));       // overlong '/'
    EXPECT_EQ(codeOf("{\"a\":\"\xed\xa0\x80\"}"), QStringLiteral("json_bad_utf8"));   // UTF-8 surrogate
    EXPECT_EQ(codeOf("{\"a\":\"\xf4\x90\x80\x80\"}"), QStringLiteral("json_bad_utf8")); // > U+10FFFF
    EXPECT_EQ(codeOf("{\"a\":\"\xe5\xbc\"}"), QStringLiteral("json_bad_utf8"));       // truncated sequence
    EXPECT_EQ(codeOf(R"({"a":"\ud800"})"), QStringLiteral("json_bad_utf8"));
    EXPECT_EQ(codeOf(R"({"a":"\udc00"})"), QStringLiteral("json_bad_utf8"));
    EXPECT_EQ(codeOf(R"({"a":1,})"), QStringLiteral("json_syntax"));
    EXPECT_EQ(codeOf(R"({"a":01})"), QStringLiteral("json_syntax"));
    EXPECT_EQ(codeOf("{\"a\":\"\n\"}"), QStringLiteral("json_syntax"));
    EXPECT_EQ(codeOf(R"({"a":1}{)"), QStringLiteral("json_syntax"));
    EXPECT_EQ(codeOf(""), QStringLiteral("json_syntax"));
    EXPECT_EQ(codeOf(R"({"a":1,"a":2})"), QStringLiteral("json_duplicate_key"));
    EXPECT_EQ(codeOf(R"({"a":1,"\u0061":2})"), QStringLiteral("json_duplicate_key"));
    EXPECT_EQ(codeOf(R"({"a":{"b":1,"b":1}})"), QStringLiteral("json_duplicate_key"));
    // Out of order first, then a repeat of a key seen while the keys were still in order (and the other way round).
    EXPECT_EQ(codeOf(R"({"a":1,"c":2,"b":3,"a":4})"), QStringLiteral("json_duplicate_key"));
    EXPECT_EQ(codeOf(R"({"b":1,"a":2,"c":3,"b":4})"), QStringLiteral("json_duplicate_key"));
    EXPECT_EQ(codeOf(R"({"a":1,"b":2,"c":3,"b":4})"), QStringLiteral("json_duplicate_key"));
    EXPECT_EQ(codeOf(R"({"c":{"x":1},"b":{"x":1},"a":{"y":1,"x":2,"y":3}})"), QStringLiteral("json_duplicate_key"));
    EXPECT_EQ(codeOf(R"({"b":1,"a":2})"), QStringLiteral("json_not_canonical")); // unsorted, no repeat
    EXPECT_EQ(codeOf("{\"\xef\xbd\x81\":1}"), QStringLiteral("json_key_not_ascii"));
    EXPECT_EQ(codeOf(R"({"\u0001":1})"), QStringLiteral("json_key_not_ascii"));
    EXPECT_EQ(codeOf(R"({"a":1.5})"), QStringLiteral("json_float"));
    EXPECT_EQ(codeOf(R"({"a":1.0})"), QStringLiteral("json_float"));
    EXPECT_EQ(codeOf(R"({"a":1e2})"), QStringLiteral("json_float"));
    EXPECT_EQ(codeOf(R"({"a":9007199254740992})"), QStringLiteral("json_integer_range"));
    EXPECT_EQ(codeOf(R"({"a":-123456789012345678901})"), QStringLiteral("json_integer_range"));
    EXPECT_EQ(codeOf("[1]"), QStringLiteral("json_not_object"));
    EXPECT_EQ(codeOf("\"s\""), QStringLiteral("json_not_object"));
    EXPECT_EQ(codeOf(R"({"b":1,"a":2})"), QStringLiteral("json_not_canonical"));
    EXPECT_EQ(codeOf(R"({"a": 1})"), QStringLiteral("json_not_canonical"));
    EXPECT_EQ(codeOf("{\"a\":1}\n"), QStringLiteral("json_not_canonical"));
    EXPECT_EQ(codeOf(R"({"a":"\u0041"})"), QStringLiteral("json_not_canonical"));
    EXPECT_EQ(codeOf(R"({"a":"\/"})"), QStringLiteral("json_not_canonical"));
    EXPECT_EQ(codeOf(R"({"a":"\u001F"})"), QStringLiteral("json_not_canonical"));
    EXPECT_EQ(codeOf(R"({"a":-0})"), QStringLiteral("json_not_canonical"));
    EXPECT_EQ(codeOf("\xef\xbb\xbf{}"), QStringLiteral("json_syntax")); // BOM
}

TEST(CanonicalJson, Depth)
{
    QByteArray ok = "{\"a\":";
    QByteArray tooDeep = "{\"a\":";
    for (int i = 0; i < 30; ++i)
        ok += '[';
    ok += QByteArray(30, ']') + '}';
    for (int i = 0; i < 40; ++i)
        tooDeep += '[';
    tooDeep += QByteArray(40, ']') + '}';
    EXPECT_EQ(codeOf(ok), QStringLiteral("ok"));
    EXPECT_EQ(codeOf(tooDeep), QStringLiteral("json_too_deep"));
    // Far beyond any stack: refused, not crashed.
    QByteArray abyss = QByteArray(1000000, '[');
    EXPECT_EQ(codeOf(abyss, 2 << 20), QStringLiteral("json_too_deep"));
}

TEST(CanonicalJson, SerializeChecked)
{
    QJsonObject o;
    o.insert(QStringLiteral("x"), 0.5);
    auto r = CanonicalJson::serializeChecked(o, 1024);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("json_float"));
    o.insert(QStringLiteral("x"), 3);
    EXPECT_TRUE(CanonicalJson::serializeChecked(o, 1024).ok());
}

TEST(CanonicalJson, Ndjson)
{
    QJsonObject a{{QStringLiteral("n"), 1}};
    QJsonObject b{{QStringLiteral("n"), 2}};
    const QByteArray text = CanonicalJson::serializeNdjson({a, b});
    EXPECT_EQ(text, QByteArray("{\"n\":1}\n{\"n\":2}\n"));
    auto parsed = CanonicalJson::parseNdjson(text, 100, 10);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->size(), 2);
    EXPECT_TRUE(CanonicalJson::parseNdjson(QByteArray(), 100, 10)->isEmpty());

    const auto code = [](const QByteArray &t, qsizetype line = 100, qsizetype lines = 10) {
        auto r = CanonicalJson::parseNdjson(t, line, lines);
        return r.ok() ? QStringLiteral("ok") : r.error().code;
    };
    EXPECT_EQ(code("{\"n\":1}"), QStringLiteral("ndjson_syntax"));
    EXPECT_EQ(code("{\"n\":1}\n\n"), QStringLiteral("ndjson_syntax"));
    EXPECT_EQ(code("{\"n\":1}\r\n"), QStringLiteral("json_not_canonical"));
    EXPECT_EQ(code("{\"n\":1}\n", 5), QStringLiteral("ndjson_line_too_long"));
    EXPECT_EQ(code(text, 100, 1), QStringLiteral("ndjson_too_many_lines"));
    EXPECT_EQ(code("{\"n\":1,\"n\":1}\n"), QStringLiteral("json_duplicate_key"));
}
