#include "sync/CanonicalJson.h"

#include "common/Parallel.h"

#include "common/Utf8.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dibao {

namespace {

Error jsonError(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("dibao::CanonicalJson", text);
}

// A small validating scanner. Qt's parser cannot tell us about duplicate keys (it keeps the last), lone surrogate
// escapes, floats vs integers or nesting, so we walk the text ourselves first and let Qt build the object afterwards.
class Scanner {
public:
    Scanner(QByteArrayView text, int maxDepth) : m_text(text), m_maxDepth(maxDepth) {}

    enum class Fatal { None, Syntax, TooDeep };

    Fatal run()
    {
        skipWhitespace();
        if (!value(1))
            return m_fatal == Fatal::None ? Fatal::Syntax : m_fatal;
        skipWhitespace();
        if (m_pos != m_text.size())
            return Fatal::Syntax;
        return Fatal::None;
    }

    bool duplicateKey = false;
    bool keyNotAscii = false;
    bool sawFloat = false;
    bool integerOutOfRange = false;

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool literal(const char *word)
    {
        for (const char *c = word; *c; ++c) {
            if (peek() != *c)
                return false;
            ++m_pos;
        }
        return true;
    }

    bool value(int depth)
    {
        switch (peek()) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"': {
            std::string ignored;
            return string(ignored);
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool enter(int depth)
    {
        if (depth > m_maxDepth) {
            m_fatal = Fatal::TooDeep;
            return false;
        }
        return true;
    }

    bool object(int depth)
    {
        if (!enter(depth))
            return false;
        ++m_pos; // '{'
        // Duplicate keys: while the keys come in strictly increasing order (as in every canonical object) none can
        // repeat, and comparing with the previous key is enough; from the first key out of order on, a set of all.
        std::vector<std::string> ordered;
        bool inOrder = true;
        std::set<std::string> keys;
        skipWhitespace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (peek() != '"')
                return false;
            std::string key;
            if (!string(key))
                return false;
            for (const char k : key) {
                if (k < 0x20 || k > 0x7E)
                    keyNotAscii = true;
            }
            if (inOrder && (ordered.empty() || ordered.back() < key)) {
                ordered.push_back(std::move(key));
            } else {
                if (inOrder) {
                    inOrder = false;
                    keys.insert(ordered.begin(), ordered.end());
                    ordered.clear();
                }
                if (!keys.insert(std::move(key)).second)
                    duplicateKey = true;
            }
            skipWhitespace();
            if (peek() != ':')
                return false;
            ++m_pos;
            skipWhitespace();
            if (!value(depth + 1))
                return false;
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return false;
        }
    }

    bool array(int depth)
    {
        if (!enter(depth))
            return false;
        ++m_pos; // '['
        skipWhitespace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (!value(depth + 1))
                return false;
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return false;
        }
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(unsigned &out)
    {
        if (m_pos + 4 > m_text.size())
            return false;
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int v = hexValue(m_text[m_pos + i]);
            if (v < 0)
                return false;
            out = out * 16 + unsigned(v);
        }
        m_pos += 4;
        return true;
    }

    static void appendUtf8(std::string &out, unsigned cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    // Decodes a string into UTF-8 so keys compare the way Qt will see them ("a" and "\u0061" are the same key).
    bool string(std::string &decoded)
    {
        ++m_pos; // '"'
        while (!atEnd()) {
            const unsigned char c = static_cast<unsigned char>(peek());
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != '\\') {
                decoded += char(c);
                ++m_pos;
                continue;
            }
            ++m_pos;
            const char e = peek();
            ++m_pos;
            switch (e) {
            case '"': decoded += '"'; break;
            case '\\': decoded += '\\'; break;
            case '/': decoded += '/'; break;
            case 'b': decoded += '\b'; break;
            case 'f': decoded += '\f'; break;
            case 'n': decoded += '\n'; break;
            case 'r': decoded += '\r'; break;
            case 't': decoded += '\t'; break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    m_loneSurrogate = true;
                    return false;
                }
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned low = 0;
                    if (peek() != '\\' || m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != 'u') {
                        m_loneSurrogate = true;
                        return false;
                    }
                    m_pos += 2;
                    if (!hex4(low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF) {
                        m_loneSurrogate = true;
                        return false;
                    }
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(decoded, cp);
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool number()
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (!isDigit(peek()))
            return false;
        if (peek() == '0') {
            ++m_pos;
        } else {
            while (isDigit(peek()))
                ++m_pos;
        }
        const qsizetype intEnd = m_pos;
        if (peek() == '.') {
            ++m_pos;
            if (!isDigit(peek()))
                return false;
            while (isDigit(peek()))
                ++m_pos;
            sawFloat = true;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!isDigit(peek()))
                return false;
            while (isDigit(peek()))
                ++m_pos;
            sawFloat = true;
        }
        if (!sawFloat) {
            const qsizetype digitsStart = m_text[start] == '-' ? start + 1 : start;
            const qsizetype digits = intEnd - digitsStart;
            if (digits > 16) {
                integerOutOfRange = true;
            } else {
                qint64 magnitude = 0;
                for (qsizetype i = digitsStart; i < intEnd; ++i)
                    magnitude = magnitude * 10 + (m_text[i] - '0');
                if (magnitude > CanonicalJson::kMaxSafeInteger)
                    integerOutOfRange = true;
            }
        }
        return true;
    }

public:
    bool loneSurrogate() const { return m_loneSurrogate; }

private:
    QByteArrayView m_text;
    int m_maxDepth;
    qsizetype m_pos = 0;
    Fatal m_fatal = Fatal::None;
    bool m_loneSurrogate = false;
};

// The fast path of parse(): one pass that accepts only text that is already exactly canonical (what serialize()
// writes: no whitespace, keys of printable ASCII without escapes in strictly increasing order, strings escaped only
// where Qt escapes them and as Qt does, integers in shortest form within ±(2^53−1), valid UTF-8); Qt's parser then
// builds the object (faster than inserting key by key), and the second serialization is not needed. Anything else
// — including valid JSON that is merely not canonical — is declined and goes through the validating scanner, Qt's
// parser and the second serialization, which name what is wrong. The two paths are compared on canonical and
// mutated text (CanonicalJsonTest).
class CanonicalReader {
public:
    CanonicalReader(QByteArrayView text, int maxDepth)
        : m_p(text.data()), m_end(text.data() + text.size()), m_maxDepth(maxDepth)
    {
    }

    bool run()
    {
        if (m_p == m_end || *m_p != '{')
            return false;
        return readObject(1) && m_p == m_end;
    }

private:
    bool readObject(int depth)
    {
        if (depth > m_maxDepth)
            return false;
        ++m_p; // '{'
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        QLatin1StringView previous;
        bool first = true;
        for (;;) {
            if (m_p == m_end || *m_p != '"')
                return false;
            const char *keyStart = ++m_p;
            while (m_p < m_end && *m_p != '"') {
                const unsigned char c = static_cast<unsigned char>(*m_p);
                if (c < 0x20 || c > 0x7e || c == '\\')
                    return false;
                ++m_p;
            }
            if (m_p == m_end)
                return false;
            const QLatin1StringView key(keyStart, m_p - keyStart);
            ++m_p; // '"'
            if (!first && !(QByteArrayView(previous.data(), previous.size()) < QByteArrayView(key.data(), key.size())))
                return false;
            first = false;
            previous = key;
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            if (!readValue(depth + 1))
                return false;
            if (m_p == m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            return false;
        }
    }

    bool readArray(int depth)
    {
        if (depth > m_maxDepth)
            return false;
        ++m_p; // '['
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!readValue(depth + 1))
                return false;
            if (m_p == m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            return false;
        }
    }

    bool literal(const char *word, qsizetype length)
    {
        if (m_end - m_p < length || std::memcmp(m_p, word, std::size_t(length)) != 0)
            return false;
        m_p += length;
        return true;
    }

    bool readValue(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{': return readObject(depth);
        case '[': return readArray(depth);
        case '"': return readString();
        case 't': return literal("true", 4);
        case 'f': return literal("false", 5);
        case 'n': return literal("null", 4);
        default: return readInteger();
        }
    }

    bool readInteger()
    {
        const bool negative = *m_p == '-';
        if (negative)
            ++m_p;
        if (m_p == m_end || *m_p < '0' || *m_p > '9')
            return false;
        qint64 magnitude = 0;
        if (*m_p == '0') {
            ++m_p;
            if (negative) // "-0" is written "0"
                return false;
        } else {
            int digits = 0;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
                if (++digits > 16)
                    return false;
                magnitude = magnitude * 10 + (*m_p - '0');
                ++m_p;
            }
            if (magnitude > CanonicalJson::kMaxSafeInteger)
                return false;
        }
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        return true;
    }

    // A string as Qt writes it: '"', '\\' and control characters escaped (\b \f \n \r \t, the others \u00xx in
    // lowercase hex), everything else itself in well-formed UTF-8.
    bool readString()
    {
        ++m_p; // '"'
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c == '\\') {
                if (!skipEscape())
                    return false;
                continue;
            }
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            const int length = utf8SequenceLength(reinterpret_cast<const unsigned char *>(m_p), m_end - m_p);
            if (length == 0)
                return false;
            m_p += length;
        }
        if (m_p == m_end)
            return false;
        ++m_p; // '"'
        return true;
    }

    static int hexValue(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

    bool skipEscape()
    {
        if (m_end - m_p < 2)
            return false;
        switch (m_p[1]) {
        case '"':
        case '\\':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            m_p += 2;
            return true;
        case 'u': {
            if (m_end - m_p < 6 || m_p[2] != '0' || m_p[3] != '0')
                return false;
            const char hi = m_p[4], lo = m_p[5];
            if (hi != '0' && hi != '1')
                return false;
            if (!((lo >= '0' && lo <= '9') || (lo >= 'a' && lo <= 'f')))
                return false;
            const int code = hexValue(hi) * 16 + hexValue(lo);
            if (code == 0x8 || code == 0x9 || code == 0xa || code == 0xc || code == 0xd)
                return false; // written in the short form
            m_p += 6;
            return true;
        }
        default:
            return false;
        }
    }

    const char *m_p;
    const char *m_end;
    int m_maxDepth;
};

} // namespace

bool CanonicalJson::isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(p + i, n - i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

QByteArray CanonicalJson::serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace {

std::optional<QJsonObject> readCanonicalText(const QByteArray &text, int maxDepth)
{
    if (!CanonicalReader(text, maxDepth).run())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

std::optional<QJsonObject> CanonicalJson::readCanonical(QByteArrayView text, int maxDepth)
{
    return readCanonicalText(text.toByteArray(), maxDepth);
}

Result<QJsonObject> CanonicalJson::parse(const QByteArray &bytes, qsizetype maxBytes, int maxDepth, bool reference)
{
    if (bytes.size() > maxBytes)
        return jsonError("json_too_large", tr("A JSON document is larger than allowed."));
    if (!reference) {
        if (auto canonical = readCanonicalText(bytes, maxDepth))
            return std::move(*canonical);
    }
    if (!isValidUtf8(bytes))
        return jsonError("json_bad_utf8", tr("A JSON document is not valid UTF-8."));

    Scanner scanner(bytes, maxDepth);
    const Scanner::Fatal fatal = scanner.run();
    if (scanner.loneSurrogate())
        return jsonError("json_bad_utf8", tr("A JSON string holds an unpaired surrogate escape."));
    if (fatal == Scanner::Fatal::TooDeep)
        return jsonError("json_too_deep", tr("A JSON document is nested too deeply."));
    if (fatal == Scanner::Fatal::Syntax)
        return jsonError("json_syntax", tr("A JSON document is malformed."));
    if (scanner.duplicateKey)
        return jsonError("json_duplicate_key", tr("A JSON object repeats a key."));
    if (scanner.keyNotAscii)
        return jsonError("json_key_not_ascii", tr("A JSON object key is not printable ASCII."));
    if (scanner.sawFloat)
        return jsonError("json_float", tr("A JSON number has a fraction or exponent; only integers are allowed."));
    if (scanner.integerOutOfRange)
        return jsonError("json_integer_range", tr("A JSON integer is outside ±(2^53−1)."));

    // Qt 6.4 refuses top-level scalars with a generic error; say what is wrong instead.
    qsizetype first = 0;
    while (first < bytes.size() && (bytes[first] == ' ' || bytes[first] == '\t' || bytes[first] == '\n' || bytes[first] == '\r'))
        ++first;
    if (first >= bytes.size() || bytes[first] != '{')
        return jsonError("json_not_object", tr("A JSON document is not an object."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return jsonError("json_syntax", tr("A JSON document is malformed."));
    QJsonObject object = document.object();
    if (serialize(object) != bytes)
        return jsonError("json_not_canonical", tr("A JSON document is not in canonical form."));
    return object;
}

Result<QByteArray> CanonicalJson::serializeChecked(const QJsonObject &object, qsizetype maxBytes)
{
    QByteArray bytes = serialize(object);
    auto reparsed = parse(bytes, maxBytes);
    if (!reparsed.ok())
        return reparsed.error();
    return bytes;
}

Result<QList<QJsonObject>> CanonicalJson::parseNdjson(const QByteArray &bytes, qsizetype maxLineBytes,
                                                      qsizetype maxLines, QList<QByteArray> *rawLines)
{
    QList<QJsonObject> objects;
    if (bytes.isEmpty())
        return objects;
    if (!bytes.endsWith('\n'))
        return jsonError("ndjson_syntax", tr("An NDJSON file does not end with a newline."));
    // The lines' bounds first (cheap), then the lines parsed in two halves at once; the failure reported is the
    // first in line order, as one pass would find it.
    QList<std::pair<qsizetype, qsizetype>> spans; // start, length
    std::optional<Error> bounds;
    for (qsizetype start = 0; start < bytes.size();) {
        const qsizetype end = bytes.indexOf('\n', start);
        const qsizetype length = end - start;
        if (length > maxLineBytes) {
            bounds = jsonError("ndjson_line_too_long", tr("An NDJSON line is longer than allowed."));
            break;
        }
        if (length == 0) {
            bounds = jsonError("ndjson_syntax", tr("An NDJSON file holds an empty line."));
            break;
        }
        if (spans.size() >= maxLines) {
            bounds = jsonError("ndjson_too_many_lines", tr("An NDJSON file holds too many lines."));
            break;
        }
        spans.append({start, length});
        start = end + 1;
    }
    objects.resize(spans.size());
    QList<QByteArray> lines(spans.size());
    QJsonObject *object = objects.data();
    QByteArray *line = lines.data();
    const Status parsed = eachInTwoHalves(spans.size(), 512, [&](qsizetype i) -> Status {
        line[i] = bytes.mid(spans.at(i).first, spans.at(i).second);
        auto read = parse(line[i], maxLineBytes);
        if (!read.ok())
            return read.error();
        object[i] = std::move(read).value();
        return {};
    });
    if (!parsed)
        return parsed.error();
    if (bounds)
        return *bounds;
    if (rawLines)
        *rawLines += std::move(lines);
    return objects;
}

QByteArray CanonicalJson::serializeNdjson(const QList<QJsonObject> &objects)
{
    QByteArray out;
    for (const QJsonObject &object : objects) {
        out += serialize(object);
        out += '\n';
    }
    return out;
}

} // namespace dibao
