#include "sync/Change.h"

#include "common/JsonWriter.h"
#include "sync/BundleManifest.h"
#include "sync/CanonicalJson.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace dibao {

namespace {
Error invalid(const QString &what)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("change_invalid"),
                     QCoreApplication::translate("dibao::Change", "A change line is invalid: %1").arg(what));
}
} // namespace

QJsonObject Change::toJson() const
{
    return QJsonObject{{QStringLiteral("change_seq"), changeSeq},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("entity_id"), entityId},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("hlc"), hlc.toString()},
                       {QStringLiteral("op"), op},
                       {QStringLiteral("origin"), origin},
                       {QStringLiteral("user"), user}};
}

QByteArray Change::canonicalFields() const
{
    return fieldsJson.isEmpty() ? CanonicalJson::serialize(fields) : fieldsJson;
}

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// ^[a-z][a-z0-9_]{0,63}$ (Change::fromJson's isName) on ASCII bytes.
bool isNameBytes(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 64 || !(s.front() >= 'a' && s.front() <= 'z'))
        return false;
    for (char c : s)
        if (!isNameChar(c))
            return false;
    return true;
}

// ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$ (fromJson's isId) on bytes.
bool isIdBytes(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 128)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s.at(i);
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || !(c == '.' || c == '_' || c == ':' || c == '-')))
            return false;
    }
    return true;
}

// Reads the plain layout of a canonical change line,
//   {"change_seq":N,"entity":"E","entity_id":"I","fields":{...},"hlc":"H","op":"O","origin":"G","user":"U"}
// where no top-level string holds an escape and every field is a plain name with a string, integer or null value.
// Nothing when the line is laid out otherwise or any check fails: readObject() then reads it (and says why).
class LineReader {
public:
    explicit LineReader(const QByteArray &line) : m_p(line.constData()), m_end(line.constData() + line.size()) {}

    bool literal(const char *text)
    {
        for (; *text; ++text, ++m_p)
            if (m_p == m_end || *m_p != *text)
                return false;
        return true;
    }
    // A string without escapes, up to its closing quote (consumed).
    std::optional<QByteArrayView> plainString()
    {
        const char *start = m_p;
        for (; m_p != m_end; ++m_p) {
            if (*m_p == '"')
                return QByteArrayView(start, m_p++ - start);
            if (*m_p == '\\')
                return std::nullopt;
        }
        return std::nullopt;
    }
    std::optional<qint64> positive()
    {
        qint64 n = 0;
        const char *start = m_p;
        for (; m_p != m_end && *m_p >= '0' && *m_p <= '9' && m_p - start < 16; ++m_p)
            n = n * 10 + (*m_p - '0');
        if (m_p == start || *start == '0')
            return std::nullopt;
        return n;
    }
    // The fields object (from its '{' to its '}'): plain names, each with a string, an integer or null.
    bool fields()
    {
        if (!literal("{"))
            return false;
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!literal("\""))
                return false;
            const auto name = plainString();
            if (!name || !isNameBytes(*name) || !literal(":") || m_p == m_end)
                return false;
            if (*m_p == '"') { // a string, escapes and all (the line is canonical: it ends where it should)
                for (++m_p; m_p != m_end && *m_p != '"'; ++m_p)
                    if (*m_p == '\\' && ++m_p == m_end)
                        return false;
                if (m_p == m_end)
                    return false;
                ++m_p;
            } else if (*m_p == 'n') {
                if (!literal("null"))
                    return false;
            } else if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) {
                for (++m_p; m_p != m_end && *m_p >= '0' && *m_p <= '9'; ++m_p) {
                }
            } else {
                return false;
            }
            if (m_p == m_end)
                return false;
            if (*m_p++ == '}')
                return true;
            if (m_p[-1] != ',')
                return false;
        }
    }
    const char *at() const { return m_p; }
    bool atEnd() const { return m_p == m_end; }

private:
    const char *m_p;
    const char *m_end;
};

} // namespace

std::optional<Change> Change::readPlain(const QJsonObject &json, const QByteArray &line)
{
    LineReader r(line);
    Change c;
    if (!r.literal("{\"change_seq\":"))
        return std::nullopt;
    const std::optional<qint64> seq = r.positive();
    if (!seq || !r.literal(",\"entity\":\""))
        return std::nullopt;
    const auto entity = r.plainString();
    if (!entity || !isNameBytes(*entity) || !r.literal(",\"entity_id\":\""))
        return std::nullopt;
    const auto entityId = r.plainString();
    if (!entityId || !isIdBytes(*entityId) || !r.literal(",\"fields\":"))
        return std::nullopt;
    const char *fieldsStart = r.at();
    if (!r.fields())
        return std::nullopt;
    const qsizetype fieldsLength = r.at() - fieldsStart;
    if (!r.literal(",\"hlc\":\""))
        return std::nullopt;
    const auto hlcText = r.plainString();
    if (!hlcText || !r.literal(",\"op\":\""))
        return std::nullopt;
    const auto op = r.plainString();
    if (!op || !r.literal(",\"origin\":\""))
        return std::nullopt;
    const auto origin = r.plainString();
    if (!origin || !r.literal(",\"user\":\""))
        return std::nullopt;
    const auto user = r.plainString();
    if (!user || !r.literal("}") || !r.atEnd())
        return std::nullopt;

    if (*op == QByteArrayView("upsert"))
        c.op = Change::kUpsert;
    else if (*op == QByteArrayView("tombstone"))
        c.op = Change::kTombstone;
    else
        return std::nullopt;
    const auto hlc = Hlc::parse(QString::fromLatin1(*hlcText));
    if (!hlc || hlc->isNull())
        return std::nullopt;
    c.origin = QString::fromUtf8(*origin);
    if (!BundleManifest::isStreamId(c.origin))
        return std::nullopt;
    // A character beyond the BMP (four UTF-8 bytes, a surrogate pair in Qt) is left to readObject, which then does
    // not slice the fields (appendQtJsonString leaves surrogates to Qt).
    for (char b : *user)
        if (uchar(b) >= 0xF0)
            return std::nullopt;
    c.user = QString::fromUtf8(*user);
    if (c.user.size() > 128)
        return std::nullopt;
    const QJsonValue fields = json.value(QLatin1StringView("fields"));
    if (!fields.isObject())
        return std::nullopt;
    c.changeSeq = *seq;
    c.entity = QString::fromLatin1(*entity);
    c.entityId = QString::fromLatin1(*entityId);
    c.fields = fields.toObject();
    c.hlc = *hlc;
    c.fieldsJson = line.mid(fieldsStart - line.constData(), fieldsLength);
    return c;
}

Result<Change> Change::fromLine(const QJsonObject &json, const QByteArray &line)
{
    // Object lookups, key strings and values converted one by one cost more than reading the bytes once.
    if (std::optional<Change> plain = readPlain(json, line))
        return std::move(*plain);
    return readObject(json, line);
}

Result<Change> Change::readObject(const QJsonObject &json, const QByteArray &line)
{
    auto c = fromJson(json);
    if (!c)
        return c;
    // The canonical line is {"change_seq":N,"entity":E,"entity_id":I,"fields":{...},"hlc":H,"op":O,"origin":G,"user":U}
    // (keys sorted, written by Qt as appendQtJsonString writes them); rebuilt around the fields and compared.
    QByteArray prefix = "{\"change_seq\":" + QByteArray::number(c->changeSeq) + ",\"entity\":";
    bool ok = appendQtJsonString(prefix, c->entity);
    prefix += ",\"entity_id\":";
    ok = ok && appendQtJsonString(prefix, c->entityId);
    prefix += ",\"fields\":";
    QByteArray suffix = ",\"hlc\":";
    ok = ok && appendQtJsonString(suffix, c->hlc.toString());
    suffix += ",\"op\":";
    ok = ok && appendQtJsonString(suffix, c->op);
    suffix += ",\"origin\":";
    ok = ok && appendQtJsonString(suffix, c->origin);
    suffix += ",\"user\":";
    ok = ok && appendQtJsonString(suffix, c->user);
    suffix += '}';
    if (ok && line.size() >= prefix.size() + suffix.size() + 2 && line.startsWith(prefix) && line.endsWith(suffix)) {
        QByteArray fields = line.mid(prefix.size(), line.size() - prefix.size() - suffix.size());
        if (fields.startsWith('{') && fields.endsWith('}'))
            c->fieldsJson = std::move(fields);
    }
    return c;
}

Result<Change> Change::fromJson(const QJsonObject &json)
{
    static const QSet<QString> keys{QStringLiteral("change_seq"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                                    QStringLiteral("fields"),     QStringLiteral("hlc"),    QStringLiteral("op"),
                                    QStringLiteral("origin"),     QStringLiteral("user")};
    // Hand-written checks: this runs for every field of every change of every bundle.
    auto isName = [](const QString &s) { // ^[a-z][a-z0-9_]{0,63}$
        if (s.isEmpty() || s.size() > 64 || !(s.at(0) >= QLatin1Char('a') && s.at(0) <= QLatin1Char('z')))
            return false;
        for (QChar c : s)
            if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                  || c == QLatin1Char('_')))
                return false;
        return true;
    };
    auto isId = [](const QString &s) { // ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$
        if (s.isEmpty() || s.size() > 128)
            return false;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
            if (!alnum && (i == 0 || !(c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char(':') || c == QLatin1Char('-'))))
                return false;
        }
        return true;
    };
    // The same keys as `keys` (an object's keys are unique: as many, and each of them present).
    if (json.size() != keys.size())
        return invalid(QStringLiteral("fields of the line"));
    for (const QString &key : keys)
        if (!json.contains(key))
            return invalid(QStringLiteral("fields of the line"));
    Change c;
    const QJsonValue seq = json.value(QStringLiteral("change_seq"));
    if (!seq.isDouble() || seq.toInteger(-1) < 1)
        return invalid(QStringLiteral("change_seq"));
    c.changeSeq = seq.toInteger();
    c.entity = json.value(QStringLiteral("entity")).toString();
    if (!isName(c.entity))
        return invalid(QStringLiteral("entity"));
    c.entityId = json.value(QStringLiteral("entity_id")).toString();
    if (!isId(c.entityId))
        return invalid(QStringLiteral("entity_id"));
    if (!json.value(QStringLiteral("fields")).isObject())
        return invalid(QStringLiteral("fields"));
    c.fields = json.value(QStringLiteral("fields")).toObject();
    for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
        if (!isName(it.key()))
            return invalid(QStringLiteral("field name"));
        const QJsonValue v = it.value();
        if (!(v.isNull() || v.isString() || v.isDouble()))
            return invalid(QStringLiteral("field value"));
    }
    const auto hlc = Hlc::parse(json.value(QStringLiteral("hlc")).toString());
    if (!hlc || hlc->isNull())
        return invalid(QStringLiteral("hlc"));
    c.hlc = *hlc;
    c.op = json.value(QStringLiteral("op")).toString();
    if (c.op != kUpsert && c.op != kTombstone)
        return invalid(QStringLiteral("op"));
    c.origin = json.value(QStringLiteral("origin")).toString();
    if (!BundleManifest::isStreamId(c.origin))
        return invalid(QStringLiteral("origin"));
    if (!json.value(QStringLiteral("user")).isString())
        return invalid(QStringLiteral("user"));
    c.user = json.value(QStringLiteral("user")).toString();
    if (c.user.size() > 128)
        return invalid(QStringLiteral("user"));
    return c;
}

} // namespace dibao
