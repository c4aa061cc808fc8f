#include "sync/BundleManifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace dibao {

namespace {

Error invalid(const QString &what)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("manifest_invalid"),
                     QCoreApplication::translate("dibao::BundleManifest", "The bundle manifest is invalid: %1")
                         .arg(what));
}

// Every pattern ends in \z, not $: PCRE's $ also matches before a final newline ("abc\n").
bool matches(const QString &text, const QRegularExpression &re)
{
    return re.match(text).hasMatch();
}

// Canonical parsing already guarantees integers are integers; this only checks presence, type and range.
bool intField(const QJsonObject &o, const QString &key, qint64 minimum, qint64 &out)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return false;
    out = v.toInteger(minimum - 1);
    return out >= minimum;
}

bool stringField(const QJsonObject &o, const QString &key, QString &out)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return false;
    out = v.toString();
    return true;
}

bool strictBase64(const QString &text, QByteArray &out)
{
    const QByteArray ascii = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != ascii)
        return false;
    out = decoded.decoded;
    return true;
}

const QSet<QString> &v1Keys()
{
    static const QSet<QString> keys{
        QStringLiteral("format"),   QStringLiteral("format_version"), QStringLiteral("schema_version"),
        QStringLiteral("stream"),   QStringLiteral("bundle_seq"),     QStringLiteral("prev"),
        QStringLiteral("changes"),  QStringLiteral("entries"),        QStringLiteral("hlc"),
        QStringLiteral("ack_down"), QStringLiteral("audit_head"),     QStringLiteral("sealed_key"),
        QStringLiteral("key_id"),   QStringLiteral("created")};
    return keys;
}

bool exactKeys(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    if (o.size() != qsizetype(keys.size()))
        return false;
    for (const char *k : keys) {
        if (!o.contains(QLatin1String(k)))
            return false;
    }
    return true;
}

} // namespace

QJsonObject BundleManifest::toJson() const
{
    QJsonArray entryArray;
    for (const BundleEntryRef &e : entries) {
        entryArray.append(QJsonObject{{QStringLiteral("name"), e.name},
                                      {QStringLiteral("sha256"), e.sha256},
                                      {QStringLiteral("size"), e.size}});
    }
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), formatVersion},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("stream"),
         QJsonObject{{QStringLiteral("origin"), origin}, {QStringLiteral("audience"), audience}}},
        {QStringLiteral("bundle_seq"), bundleSeq},
        {QStringLiteral("prev"), prev},
        {QStringLiteral("changes"),
         QJsonObject{{QStringLiteral("count"), changeCount},
                     {QStringLiteral("first"), changeFirst},
                     {QStringLiteral("last"), changeLast}}},
        {QStringLiteral("entries"), entryArray},
        {QStringLiteral("hlc"), hlc},
        {QStringLiteral("ack_down"), ackDown},
        {QStringLiteral("audit_head"), auditHead},
        {QStringLiteral("sealed_key"),
         QJsonObject{{QStringLiteral("recipient_key_id"), recipientKeyId},
                     {QStringLiteral("sealed"), QString::fromLatin1(sealedKey.toBase64())}}},
        {QStringLiteral("key_id"), keyId},
        {QStringLiteral("created"), created},
    };
}

Result<BundleManifest> BundleManifest::fromJson(const QJsonObject &json, int maxFormatVersion, int maxSchemaVersion)
{
    BundleManifest m;
    QString format;
    if (!stringField(json, QStringLiteral("format"), format) || format != kFormat)
        return invalid(QStringLiteral("format"));
    qint64 formatVersion = 0;
    qint64 schemaVersion = 0;
    if (!intField(json, QStringLiteral("format_version"), 1, formatVersion))
        return invalid(QStringLiteral("format_version"));
    if (!intField(json, QStringLiteral("schema_version"), 1, schemaVersion))
        return invalid(QStringLiteral("schema_version"));
    // Versions first: a newer format may legitimately carry fields this reader has never heard of.
    if (formatVersion > maxFormatVersion || schemaVersion > maxSchemaVersion) {
        return makeError(ErrorKind::Invalid, QStringLiteral("upgrade_required"),
                         QCoreApplication::translate("dibao::BundleManifest",
                                                     "This bundle was made by a newer version of dibao; upgrade this "
                                                     "program to read it."));
    }
    m.formatVersion = int(formatVersion);
    m.schemaVersion = int(schemaVersion);

    const QStringList present = json.keys();
    const QSet<QString> keys(present.cbegin(), present.cend());
    if (keys != v1Keys())
        return invalid(QStringLiteral("unknown or missing fields"));

    const QJsonObject stream = json.value(QStringLiteral("stream")).toObject();
    if (!exactKeys(stream, {"origin", "audience"}) || !stringField(stream, QStringLiteral("origin"), m.origin)
        || !stringField(stream, QStringLiteral("audience"), m.audience) || !isStreamId(m.origin)
        || !isStreamId(m.audience)) {
        return invalid(QStringLiteral("stream"));
    }
    if (!intField(json, QStringLiteral("bundle_seq"), 1, m.bundleSeq))
        return invalid(QStringLiteral("bundle_seq"));
    if (!stringField(json, QStringLiteral("prev"), m.prev) || !isSha256Hex(m.prev))
        return invalid(QStringLiteral("prev"));

    const QJsonObject changes = json.value(QStringLiteral("changes")).toObject();
    if (!exactKeys(changes, {"count", "first", "last"}) || !intField(changes, QStringLiteral("count"), 0, m.changeCount)
        || !intField(changes, QStringLiteral("first"), 0, m.changeFirst)
        || !intField(changes, QStringLiteral("last"), 0, m.changeLast) || m.changeFirst > m.changeLast
        || (m.changeCount == 0 && (m.changeFirst != 0 || m.changeLast != 0))) {
        return invalid(QStringLiteral("changes"));
    }

    const QJsonValue entriesValue = json.value(QStringLiteral("entries"));
    if (!entriesValue.isArray())
        return invalid(QStringLiteral("entries"));
    QString previousName;
    for (const QJsonValue &v : entriesValue.toArray()) {
        const QJsonObject e = v.toObject();
        BundleEntryRef ref;
        if (!v.isObject() || !exactKeys(e, {"name", "sha256", "size"}) || !stringField(e, QStringLiteral("name"), ref.name)
            || !stringField(e, QStringLiteral("sha256"), ref.sha256) || !isSha256Hex(ref.sha256)
            || !intField(e, QStringLiteral("size"), 0, ref.size)) {
            return invalid(QStringLiteral("entries"));
        }
        if (!isV1EntryName(ref.name)) {
            return makeError(ErrorKind::Invalid, QStringLiteral("manifest_entry_name"),
                             QCoreApplication::translate("dibao::BundleManifest",
                                                         "The bundle manifest lists an entry name this format does "
                                                         "not allow."));
        }
        // Sorted and unique: one order means one manifest text for one bundle content.
        if (!previousName.isEmpty() && !(previousName.toUtf8() < ref.name.toUtf8()))
            return invalid(QStringLiteral("entries not sorted or repeated"));
        previousName = ref.name;
        m.entries.append(ref);
    }
    if (!m.entry(kChangesName)) {
        return makeError(ErrorKind::Invalid, QStringLiteral("manifest_entry_name"),
                         QCoreApplication::translate("dibao::BundleManifest",
                                                     "The bundle manifest does not list changes.ndjson.enc."));
    }

    if (!stringField(json, QStringLiteral("hlc"), m.hlc) || !isHlc(m.hlc))
        return invalid(QStringLiteral("hlc"));
    if (!intField(json, QStringLiteral("ack_down"), 0, m.ackDown))
        return invalid(QStringLiteral("ack_down"));
    if (!stringField(json, QStringLiteral("audit_head"), m.auditHead) || !isSha256Hex(m.auditHead))
        return invalid(QStringLiteral("audit_head"));

    const QJsonObject sealed = json.value(QStringLiteral("sealed_key")).toObject();
    QString sealedText;
    if (!exactKeys(sealed, {"recipient_key_id", "sealed"})
        || !stringField(sealed, QStringLiteral("recipient_key_id"), m.recipientKeyId) || !isKeyId(m.recipientKeyId)
        || !stringField(sealed, QStringLiteral("sealed"), sealedText) || !strictBase64(sealedText, m.sealedKey)
        || m.sealedKey.size() != 80) {
        return invalid(QStringLiteral("sealed_key"));
    }
    if (!stringField(json, QStringLiteral("key_id"), m.keyId) || !isKeyId(m.keyId))
        return invalid(QStringLiteral("key_id"));
    static const QRegularExpression createdRe(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\\z"));
    if (!stringField(json, QStringLiteral("created"), m.created) || !matches(m.created, createdRe))
        return invalid(QStringLiteral("created"));
    return m;
}

const BundleEntryRef *BundleManifest::entry(const QString &name) const
{
    for (const BundleEntryRef &e : entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

QString BundleManifest::attachmentEntryName(const QString &plaintextSha256)
{
    return QStringLiteral("att/") + plaintextSha256 + QStringLiteral(".enc");
}

bool BundleManifest::isV1EntryName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(changes\\.ndjson\\.enc|acks\\.ndjson\\.enc|att/[0-9a-f]{64}\\.enc)\\z"));
    return matches(name, re);
}

bool BundleManifest::isGenericEntryName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)?\\z"));
    return matches(name, re);
}

bool BundleManifest::isStreamId(const QString &id)
{
    // ^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\z by hand (checked for every change line of every bundle).
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || !(c == u'.' || c == u'_' || c == u':' || c == u'-')))
            return false;
    }
    return true;
}

bool BundleManifest::isHlc(const QString &hlc)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{13}-[0-9]{5}\\z"));
    return matches(hlc, re);
}

bool BundleManifest::isSha256Hex(const QString &hex)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}\\z"));
    return matches(hex, re);
}

bool BundleManifest::isKeyId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{16}\\z"));
    return matches(id, re);
}

} // namespace dibao
