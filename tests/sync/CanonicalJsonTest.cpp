#include "sync/CanonicalJson.h"

#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>

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

TEST(CanonicalJson, NdjsonOfManyLinesReportsTheFirstFailureInLineOrder)
{
    // A large file is parsed in two halves at once: whichever half finishes first, the failure reported is the one a
    // single pass would meet first, and every line comes back in its place.
    const auto file = [](int lines, const QMap<int, QByteArray> &replaced) {
        QByteArray text;
        for (int i = 0; i < lines; ++i)
            text += replaced.value(i, "{\"n\":" + QByteArray::number(i) + "}") + '\n';
        return text;
    };
    const auto code = [](const QByteArray &t, qsizetype lines = 5000) {
        auto r = CanonicalJson::parseNdjson(t, 100, lines);
        return r.ok() ? QStringLiteral("ok") : r.error().code;
    };
    QList<QByteArray> raw;
    auto all = CanonicalJson::parseNdjson(file(3001, {}), 100, 5000, &raw);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3001);
    ASSERT_EQ(raw.size(), 3001);
    for (int i : {0, 1499, 1500, 1501, 3000}) {
        EXPECT_EQ(all->at(i).value(QStringLiteral("n")).toInt(), i);
        EXPECT_EQ(raw.at(i), "{\"n\":" + QByteArray::number(i) + "}");
    }
    // Failures in the second half only, in both, in the first only, and a bad line before an over-long one.
    EXPECT_EQ(code(file(3000, {{2500, "{\"n\":1,\"n\":1}"}})), QStringLiteral("json_duplicate_key"));
    EXPECT_EQ(code(file(3000, {{100, "{\"b\":1,\"a\":2}"}, {2500, "{\"n\":1,\"n\":1}"}})),
              QStringLiteral("json_not_canonical"));
    EXPECT_EQ(code(file(3000, {{1400, "{\"n\":1,\"n\":1}"}, {1450, "{\"b\":1,\"a\":2}"}})),
              QStringLiteral("json_duplicate_key"));
    EXPECT_EQ(code(file(3000, {{2000, "{\"b\":1,\"a\":2}"}, {2600, QByteArray(200, 'x')}})),
              QStringLiteral("json_not_canonical"));
    EXPECT_EQ(code(file(3000, {{2600, QByteArray(200, 'x')}, {2900, "{\"n\":1,\"n\":1}"}})),
              QStringLiteral("ndjson_line_too_long"));
    EXPECT_EQ(code(file(3000, {}), 2999), QStringLiteral("ndjson_too_many_lines"));
}

namespace {

// Random objects of every kind the bundles carry (and some they do not), serialized canonically.
QJsonValue randomValue(QRandomGenerator &rng, int depth)
{
    const auto randomString = [&rng] {
        QString s;
        const int n = int(rng.bounded(12));
        for (int i = 0; i < n; ++i) {
            switch (rng.bounded(6)) {
            case 0: s += QChar(char16_t(rng.bounded(0x80))); break;          // ASCII, controls and escapes included
            case 1: s += QChar(char16_t(0x80 + rng.bounded(0x780))); break;  // two bytes in UTF-8
            case 2: {
                const char16_t u = char16_t(0x800 + rng.bounded(0xd800 - 0x800)); // three bytes, below the surrogates
                s += QChar(u);
                break;
            }
            case 3: s += QChar(char16_t(0xe000 + rng.bounded(0x2000))); break; // three bytes, above them
            case 4: s += QString::fromUcs4(U"😀𠀀\U0010FFFF" + rng.bounded(3), 1); break; // four bytes
            default: s += QStringLiteral("昭阳区\"旧圃镇\"\\\n\t/"); break;
            }
        }
        return s;
    };
    const int kind = int(rng.bounded(depth > 3 ? 5 : 7));
    switch (kind) {
    case 0: return QJsonValue(QJsonValue::Null);
    case 1: return QJsonValue(rng.bounded(2) == 0);
    case 2: {
        static const qint64 edges[] = {0, 1, -1, 9, 10, -10, 999999999999999LL, 1000000000000000LL,
                                       9007199254740991LL, -9007199254740991LL, 1234567890123456LL};
        if (rng.bounded(2) == 0)
            return QJsonValue(edges[rng.bounded(int(std::size(edges)))]);
        return QJsonValue(qint64(rng.bounded(2000001)) - 1000000);
    }
    case 3:
    case 4: return QJsonValue(randomString());
    case 5: {
        QJsonArray a;
        for (int i = int(rng.bounded(4)); i > 0; --i)
            a.append(randomValue(rng, depth + 1));
        return a;
    }
    default: {
        QJsonObject o;
        for (int i = int(rng.bounded(5)); i > 0; --i) {
            QString key;
            for (int k = int(rng.bounded(6)); k > 0; --k) {
                const char16_t c = char16_t(0x20 + rng.bounded(0x5f));
                key += QChar(c == u'"' || c == u'\\' ? u'_' : c); // a key needing an escape takes the long way
            }
            o.insert(key, randomValue(rng, depth + 1));
        }
        return o;
    }
    }
}

// Both ways must agree: the same object, or the same refusal; and canonical text is read the fast way.
void expectSameAsReference(const QByteArray &text)
{
    const auto fast = CanonicalJson::parse(text, 1 << 20);
    const auto reference = CanonicalJson::parse(text, 1 << 20, CanonicalJson::kMaxDepth, true);
    ASSERT_EQ(fast.ok(), reference.ok()) << text.toStdString();
    if (fast.ok()) {
        ASSERT_EQ(*fast, *reference) << text.toStdString();
        ASSERT_TRUE(CanonicalJson::readCanonical(text).has_value()) << text.toStdString();
    } else {
        ASSERT_EQ(fast.error().code, reference.error().code) << text.toStdString();
        ASSERT_FALSE(CanonicalJson::readCanonical(text).has_value()) << text.toStdString();
    }
}

} // namespace

TEST(CanonicalJson, OnePassReaderAgreesWithTheValidatingPathOnCanonicalAndMutatedText)
{
    QRandomGenerator rng(20261206);
    QList<QByteArray> corpus;
    QFile golden(test::dataPath(QStringLiteral("bundles/json/golden.json")));
    ASSERT_TRUE(golden.open(QIODevice::ReadOnly));
    corpus << golden.readAll();
    for (int i = 0; i < 3000; ++i) {
        QJsonObject o;
        for (int k = int(rng.bounded(8)); k > 0; --k)
            o.insert(QStringLiteral("k%1").arg(rng.bounded(20)), randomValue(rng, 1));
        corpus << CanonicalJson::serialize(o);
    }
    int accepted = 0;
    for (const QByteArray &text : std::as_const(corpus)) {
        expectSameAsReference(text);
        if (CanonicalJson::readCanonical(text))
            ++accepted;
        else
            ADD_FAILURE() << "not read in one pass: " << text.toStdString();
    }
    // Every canonical serialization is read the fast way (objects whose keys repeat after insert() are not
    // generated: insert() replaces).
    EXPECT_EQ(accepted, corpus.size());
    // Mutations: a byte replaced, inserted or removed, whitespace, reordered escapes, numbers made non-canonical.
    static const char interesting[] = "{}[]\",:\\ \t\n0123456789-+.eEtrufalsn/u\x01\x7f\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\xed\xa0\x80\xc0\xff";
    int refused = 0;
    for (int i = 0; i < 60000; ++i) {
        QByteArray text = corpus.at(int(rng.bounded(int(corpus.size()))));
        for (int m = int(rng.bounded(3)) + 1; m > 0; --m) {
            const int at = int(rng.bounded(int(text.size()) + 1));
            const char c = interesting[rng.bounded(int(sizeof(interesting) - 1))];
            switch (rng.bounded(3)) {
            case 0: if (at < text.size()) text[at] = c; break;
            case 1: text.insert(at, c); break;
            default: if (at < text.size()) text.remove(at, 1); break;
            }
        }
        expectSameAsReference(text);
        if (::testing::Test::HasFatalFailure())
            return;
        refused += CanonicalJson::parse(text, 1 << 20).ok() ? 0 : 1;
    }
    EXPECT_GT(refused, 30000); // most mutations break the text; the rest are read both ways alike
    for (const char *text : {"{\"a\":-0}", "{\"a\":01}", "{\"a\":1.0}", "{\"a\":1e3}", "{\"a\":9007199254740992}",
                             "{\"a\":\"\\u0041\"}", "{\"a\":\"\\u000a\"}", "{\"a\":\"\\u001F\"}", "{\"a\":\"\\/\"}",
                             "{\"a\":\"\\u001f\"}", "{\"b\":1,\"a\":2}", "{\"a\":1,\"a\":1}", "{\"\\u0061\":1}",
                             "{\"a\":\"\xed\xa0\x80\"}", "{\"a\":\"\xf4\x90\x80\x80\"}", "{\"a\":\"\xe0\x80\x80\"}",
                             "{\"a\":\"\x7f\"}", "{\"a\":tru}", "{\"a\":[1,]}", "{\"a\":{}}x", " {}", "{}\n"}) {
        expectSameAsReference(QByteArray(text));
    }
}
