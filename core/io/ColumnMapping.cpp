#include "io/ColumnMapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace dibao {

namespace {

constexpr const char *kFormat = "dibao-column-mapping";
constexpr int kVersion = 1;

Error mappingError(const QString &message)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("mapping_invalid"), message);
}

Error jsonError(const QString &message)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("mapping_json"), message);
}

Status onlyKeys(const QJsonObject &object, std::initializer_list<const char *> keys, const QString &where)
{
    QSet<QString> allowed;
    for (const char *k : keys)
        allowed.insert(QString::fromLatin1(k));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            return jsonError(
                QCoreApplication::translate("dibao::ColumnMapping", "%1: unknown key \"%2\".").arg(where, it.key()));
    return {};
}

Result<QString> stringAt(const QJsonObject &object, const char *key, const QString &where, bool required)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            return jsonError(QCoreApplication::translate("dibao::ColumnMapping", "%1: \"%2\" is missing.")
                                 .arg(where, QLatin1String(key)));
        return QString();
    }
    if (!v.isString())
        return jsonError(QCoreApplication::translate("dibao::ColumnMapping", "%1: \"%2\" must be text.")
                             .arg(where, QLatin1String(key)));
    return v.toString();
}

Result<bool> boolAt(const QJsonObject &object, const char *key, const QString &where, bool fallback)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        return jsonError(QCoreApplication::translate("dibao::ColumnMapping", "%1: \"%2\" must be true or false.")
                             .arg(where, QLatin1String(key)));
    return v.toBool();
}

QString delimiterName(QChar delimiter)
{
    if (delimiter.isNull())
        return QStringLiteral("detect");
    if (delimiter == QLatin1Char('\t'))
        return QStringLiteral("tab");
    return QString(delimiter);
}

} // namespace

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::IdNumber:
        return QStringLiteral("id_number");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Money:
        return QStringLiteral("money");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    for (FieldType t : {FieldType::Text, FieldType::IdNumber, FieldType::Integer, FieldType::Money, FieldType::Date,
                        FieldType::Month})
        if (fieldTypeName(t) == name)
            return t;
    return std::nullopt;
}

bool ColumnMapping::isValidSourceName(const QString &source)
{
    if (source.isEmpty() || source.size() > 64 || !source.isValidUtf16())
        return false;
    for (const QChar c : source)
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return false;
    return true;
}

qsizetype ColumnMapping::indexOf(const QString &field) const
{
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (fields.at(i).field == field)
            return i;
    return -1;
}

Status ColumnMapping::validate() const
{
    if (!isValidSourceName(source))
        return makeError(
            ErrorKind::Invalid, QStringLiteral("mapping_source_name"),
            QCoreApplication::translate("dibao::ColumnMapping",
                                        "\"%1\" cannot name a source: use 1 to 64 letters, digits, '_' or '-'.")
                .arg(source));
    if (encoding != TextEncoding::Detect && encoding != TextEncoding::Utf8 && encoding != TextEncoding::Gb18030)
        return mappingError(QCoreApplication::translate("dibao::ColumnMapping", "Unknown encoding."));
    if (!delimiter.isNull() && delimiter != QLatin1Char(',') && delimiter != QLatin1Char('\t')
        && delimiter != QLatin1Char(';'))
        return mappingError(QCoreApplication::translate("dibao::ColumnMapping",
                                                        "The delimiter must be a comma, a tab or a semicolon."));
    if (fields.isEmpty())
        return mappingError(QCoreApplication::translate("dibao::ColumnMapping", "The mapping has no fields."));
    QSet<QString> seen;
    for (const FieldMapping &f : fields) {
        if (f.field.trimmed().isEmpty())
            return mappingError(QCoreApplication::translate("dibao::ColumnMapping", "A field has no name."));
        if (seen.contains(f.field))
            return mappingError(
                QCoreApplication::translate("dibao::ColumnMapping", "Field \"%1\" is mapped twice.").arg(f.field));
        seen.insert(f.field);
        if (f.header.trimmed().isEmpty() && f.columnNumber <= 0)
            return mappingError(QCoreApplication::translate("dibao::ColumnMapping",
                                                            "Field \"%1\" needs a column header or a column number.")
                                    .arg(f.field));
        if (!f.header.trimmed().isEmpty() && f.columnNumber > 0)
            return mappingError(
                QCoreApplication::translate("dibao::ColumnMapping",
                                            "Field \"%1\" names both a header and a column number; give one.")
                    .arg(f.field));
        if (f.columnNumber > 16384)
            return mappingError(QCoreApplication::translate("dibao::ColumnMapping",
                                                            "Field \"%1\": column number %2 is beyond any spreadsheet.")
                                    .arg(f.field)
                                    .arg(f.columnNumber));
        if (!f.header.trimmed().isEmpty() && !headerRow)
            return mappingError(
                QCoreApplication::translate("dibao::ColumnMapping",
                                            "Field \"%1\" is found by its header, but the file has no header row.")
                    .arg(f.field));
    }
    return {};
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray list;
    for (const FieldMapping &f : fields) {
        QJsonObject o{{QStringLiteral("field"), f.field},
                      {QStringLiteral("type"), fieldTypeName(f.type)},
                      {QStringLiteral("required"), f.required}};
        if (!f.header.isEmpty())
            o.insert(QStringLiteral("header"), f.header);
        else
            o.insert(QStringLiteral("column_number"), f.columnNumber);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                       {QStringLiteral("version"), kVersion},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("encoding"), textEncodingName(encoding)},
                       {QStringLiteral("delimiter"), delimiterName(delimiter)},
                       {QStringLiteral("sheet"), sheet},
                       {QStringLiteral("header_row"), headerRow},
                       {QStringLiteral("fields"), list}};
}

QByteArray ColumnMapping::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return jsonError(QCoreApplication::translate("dibao::ColumnMapping", "The mapping is not a JSON object: %1")
                             .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    const QString top = QStringLiteral("mapping");
    DIBAO_TRY(
        onlyKeys(root, {"format", "version", "source", "encoding", "delimiter", "sheet", "header_row", "fields"}, top));
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return jsonError(QCoreApplication::translate("dibao::ColumnMapping",
                                                     "This is not a dibao column mapping (\"format\" is not \"%1\").")
                             .arg(QLatin1String(kFormat)));
    if (root.value(QLatin1String("version")).toInt(-1) != kVersion)
        return jsonError(QCoreApplication::translate("dibao::ColumnMapping",
                                                     "Unsupported mapping version; this program reads version %1.")
                             .arg(kVersion));

    ColumnMapping m;
    auto source = stringAt(root, "source", top, true);
    if (!source)
        return source.error();
    m.source = *source;

    auto encoding = stringAt(root, "encoding", top, false);
    if (!encoding)
        return encoding.error();
    if (!encoding->isEmpty()) {
        const auto e = textEncodingFromName(*encoding);
        if (!e)
            return jsonError(QCoreApplication::translate("dibao::ColumnMapping",
                                                         "Unknown encoding \"%1\" (use detect, utf-8 or gb18030).")
                                 .arg(*encoding));
        m.encoding = *e;
    }
    auto delimiter = stringAt(root, "delimiter", top, false);
    if (!delimiter)
        return delimiter.error();
    if (*delimiter == QLatin1String("tab") || *delimiter == QLatin1String("\t"))
        m.delimiter = QLatin1Char('\t');
    else if (*delimiter == QLatin1String(",") || *delimiter == QLatin1String(";"))
        m.delimiter = delimiter->at(0);
    else if (!delimiter->isEmpty() && *delimiter != QLatin1String("detect"))
        return jsonError(QCoreApplication::translate("dibao::ColumnMapping",
                                                     "Unknown delimiter \"%1\" (use detect, \",\", \";\" or tab).")
                             .arg(*delimiter));
    auto sheet = stringAt(root, "sheet", top, false);
    if (!sheet)
        return sheet.error();
    m.sheet = *sheet;
    auto headerRow = boolAt(root, "header_row", top, true);
    if (!headerRow)
        return headerRow.error();
    m.headerRow = *headerRow;

    const QJsonValue fields = root.value(QLatin1String("fields"));
    if (!fields.isArray())
        return jsonError(QCoreApplication::translate("dibao::ColumnMapping", "mapping: \"fields\" must be a list."));
    const QJsonArray list = fields.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("fields[%1]").arg(i);
        if (!list.at(i).isObject())
            return jsonError(QCoreApplication::translate("dibao::ColumnMapping", "%1 must be an object.").arg(where));
        const QJsonObject o = list.at(i).toObject();
        DIBAO_TRY(onlyKeys(o, {"field", "header", "column_number", "type", "required"}, where));
        FieldMapping f;
        auto field = stringAt(o, "field", where, true);
        if (!field)
            return field.error();
        f.field = *field;
        auto header = stringAt(o, "header", where, false);
        if (!header)
            return header.error();
        f.header = *header;
        const QJsonValue number = o.value(QLatin1String("column_number"));
        if (!number.isUndefined()) {
            const double n = number.toDouble(-1);
            if (!number.isDouble() || n != double(int(n)) || n < 1)
                return jsonError(
                    QCoreApplication::translate("dibao::ColumnMapping",
                                                "%1: \"column_number\" must be a whole number from 1 (column A).")
                        .arg(where));
            f.columnNumber = int(n);
        }
        auto type = stringAt(o, "type", where, false);
        if (!type)
            return type.error();
        if (!type->isEmpty()) {
            const auto t = fieldTypeFromName(*type);
            if (!t)
                return jsonError(
                    QCoreApplication::translate("dibao::ColumnMapping", "%1: unknown type \"%2\".").arg(where, *type));
            f.type = *t;
        }
        auto required = boolAt(o, "required", where, true);
        if (!required)
            return required.error();
        f.required = *required;
        m.fields.append(f);
    }
    DIBAO_TRY(m.validate());
    return m;
}

Status ColumnMapping::save(const QString &directory) const
{
    DIBAO_TRY(validate());
    if (!QDir().mkpath(directory))
        return makeError(ErrorKind::Io, QStringLiteral("io_write"),
                         QCoreApplication::translate("dibao::ColumnMapping", "Cannot create %1.").arg(directory));
    const QString path = QDir(directory).filePath(source + QLatin1String(".json"));
    QSaveFile file(path);
    const QByteArray bytes = toJsonBytes();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            ErrorKind::Io, QStringLiteral("io_write"),
            QCoreApplication::translate("dibao::ColumnMapping", "Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<ColumnMapping> ColumnMapping::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Io, QStringLiteral("io_open"),
            QCoreApplication::translate("dibao::ColumnMapping", "Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > (1 << 20))
        return jsonError(
            QCoreApplication::translate("dibao::ColumnMapping", "%1 is too large to be a column mapping.").arg(path));
    return fromJson(file.readAll());
}

Result<ColumnMapping> ColumnMapping::load(const QString &directory, const QString &source)
{
    if (!isValidSourceName(source))
        return makeError(
            ErrorKind::Invalid, QStringLiteral("mapping_source_name"),
            QCoreApplication::translate("dibao::ColumnMapping",
                                        "\"%1\" cannot name a source: use 1 to 64 letters, digits, '_' or '-'.")
                .arg(source));
    const QString path = QDir(directory).filePath(source + QLatin1String(".json"));
    if (!QFile::exists(path))
        return makeError(
            ErrorKind::NotFound, QStringLiteral("mapping_not_found"),
            QCoreApplication::translate("dibao::ColumnMapping", "No column mapping is saved for \"%1\".").arg(source));
    auto mapping = loadFile(path);
    if (mapping && mapping->source != source)
        return mappingError(
            QCoreApplication::translate("dibao::ColumnMapping", "%1 holds the mapping of \"%2\", not \"%3\".")
                .arg(path, mapping->source, source));
    return mapping;
}

} // namespace dibao
