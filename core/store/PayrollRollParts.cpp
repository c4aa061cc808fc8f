#include "store/PayrollRollParts.h"

#include "audit/CanonicalText.h"
#include "common/JsonWriter.h"
#include "common/Money.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <future>
#include <stdexcept>

namespace dibao::PayrollRollParts {

namespace {

QString trParts(const char *text)
{
    return QCoreApplication::translate("dibao::PayrollRollParts", text);
}

// What a line takes from its part rather than from its own text.
const QStringList &fromPart()
{
    static const QStringList columns{QStringLiteral("roll_id"), QStringLiteral("month"), QStringLiteral("created_at"),
                                     QStringLiteral("updated_at"), QStringLiteral("created_by"),
                                     QStringLiteral("updated_by")};
    return columns;
}

const QSet<QString> &omittedFromText()
{
    static const QSet<QString> omitted(fromPart().cbegin(), fromPart().cend());
    return omitted;
}

enum class Kind { Key, Text, OptionalText, Integer, OptionalInteger }; // Key: a text that is never empty

// Each line field with what its JSON value must be (payroll_lines in store/SchemaV3.cpp).
const QList<std::pair<QString, Kind>> &fieldKinds()
{
    static const QList<std::pair<QString, Kind>> kinds{
        {QStringLiteral("adjustment_amount"), Kind::Integer},     {QStringLiteral("adjustment_ids"), Kind::OptionalText},
        {QStringLiteral("amount"), Kind::Integer},                {QStringLiteral("area"), Kind::Text},
        {QStringLiteral("bank_account"), Kind::OptionalText},     {QStringLiteral("bank_name"), Kind::OptionalText},
        {QStringLiteral("base_amount"), Kind::Integer},           {QStringLiteral("carried_amount"), Kind::Integer},
        {QStringLiteral("carried_line_ids"), Kind::OptionalText}, {QStringLiteral("change_kind"), Kind::Text},
        {QStringLiteral("custody"), Kind::Integer},               {QStringLiteral("division_code"), Kind::Key},
        {QStringLiteral("held"), Kind::Integer},                  {QStringLiteral("household_id"), Kind::Key},
        {QStringLiteral("id"), Kind::Key},                         {QStringLiteral("members"), Kind::Integer},
        {QStringLiteral("payee_id_number"), Kind::OptionalText},  {QStringLiteral("payee_name"), Kind::Text},
        {QStringLiteral("previous_amount"), Kind::OptionalInteger}, {QStringLiteral("tier"), Kind::OptionalText},
        {QStringLiteral("village_name"), Kind::OptionalText},
    };
    return kinds;
}

Error invalid(const QString &partId, const QString &what)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("payroll_part_invalid"),
                     trParts("Part %1 of a payroll roll is not valid: %2").arg(partId, what));
}

// A JSON integer within what canonical JSON carries.
bool integral(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d == double(qint64(d)) && d >= -9007199254740991.0 && d <= 9007199254740991.0;
}

const QString &insertSql()
{
    static const QString sql = [] {
        QStringList columns = lineFields();
        columns += fromPart();
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        return QStringLiteral("INSERT INTO payroll_lines(%1) VALUES (%2)")
            .arg(columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    }();
    return sql;
}

// Binds the part's columns after the line's own (insertSql's order) once per part.
void bindPartColumns(Statement &st, const Row &part)
{
    int index = int(lineFields().size());
    for (const QString &c : fromPart())
        st.bind(++index, part.value(c));
}

// Appends a line's values in lineFields() order to `values` and, if `json` is given, its JSON object (its
// lineFields(), keys sorted, as QJsonDocument::Compact writes it) to `json`.
void appendLine(QList<LineValue> &values, const Row &line, QByteArray *json = nullptr)
{
    const QStringList &fields = lineFields();
    const QSet<QString> &omitted = omittedFromText();
    if (json)
        *json += '{';
    qsizetype k = 0;
    for (auto it = line.constBegin(); it != line.constEnd(); ++it) {
        if (omitted.contains(it.key()))
            continue;
        if (k >= fields.size() || it.key() != fields.at(k))
            throw std::logic_error("payroll line with a column other than a line's: " + it.key().toStdString());
        LineValue value;
        const QVariant &v = it.value();
        const bool null = v.isNull() || !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isNull());
        if (!null && (v.typeId() == QMetaType::QString || v.typeId() == QMetaType::QByteArray)) {
            value.kind = LineValue::Text;
            value.text = v.toString().toUtf8();
            if (value.text.isNull())
                value.text = QByteArray("", 0); // an empty text, not NULL
        } else if (!null) {
            value.kind = LineValue::Integer;
            value.integer = v.toLongLong();
        }
        if (json) {
            if (k > 0)
                *json += ',';
            *json += '"';
            *json += it.key().toLatin1();
            *json += "\":";
            switch (value.kind) {
            case LineValue::Null: *json += "null"; break;
            case LineValue::Integer: *json += QByteArray::number(value.integer); break;
            case LineValue::Text:
                if (!appendQtJsonStringUtf8(*json, value.text)) // beyond the BMP, or not UTF-8: as Qt writes it
                    *json += QJsonDocument(QJsonArray{v.toString()}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
                break;
            }
        }
        ++k;
        values.append(std::move(value));
    }
    if (k != fields.size())
        throw std::logic_error("payroll line without every column of a line");
    if (json)
        *json += '}';
}

} // namespace

QString partsTable()
{
    return QStringLiteral("payroll_roll_parts");
}

QString linesTable()
{
    return QStringLiteral("payroll_lines");
}

const QStringList &lineFields()
{
    static const QStringList fields = [] {
        QStringList out;
        for (const auto &[name, kind] : fieldKinds())
            out << name;
        return out;
    }();
    return fields;
}

Part cutFrom(const QString &rollId, const QString &month, qint64 partNo, qsizetype begin, qsizetype count,
             const LineAt &lineAt, const std::function<QString()> &newId)
{
    const qsizetype fields = lineFields().size();
    Part part;
    part.begin = begin;
    part.values.reserve(fields * std::min(count - begin, kMaxLines));
    QString township;
    QByteArray text = "[";
    qsizetype textBytes = 2;
    QByteArray one;
    Fen total = 0;
    qsizetype end = begin;
    for (; end < count && end - begin < kMaxLines; ++end) {
        const Row line = lineAt(end);
        const QString division = line.value(QStringLiteral("division_code")).toString();
        if (end == begin)
            township = division;
        else if (division != township)
            break;
        const qsizetype valuesBefore = part.values.size();
        one.clear();
        appendLine(part.values, line, &one);
        // What the text takes inside a change line, where each '"' and '\\' is escaped once more.
        const qsizetype escaped = one.size() + one.count('"') + one.count('\\');
        if (end > begin && textBytes + escaped + 2 > kMaxLinesBytes) {
            part.values.resize(valuesBefore);
            break;
        }
        if (end > begin)
            text += ',';
        text += one;
        textBytes += escaped + 1;
        total += line.value(QStringLiteral("amount")).toLongLong();
    }
    text += ']';
    part.end = end;
    part.record = Row{{QStringLiteral("id"), newId()},
                      {QStringLiteral("roll_id"), rollId},
                      {QStringLiteral("month"), month},
                      {QStringLiteral("division_code"), township},
                      {QStringLiteral("part_no"), partNo},
                      {QStringLiteral("line_count"), qint64(end - begin)},
                      {QStringLiteral("total_fen"), total},
                      {QStringLiteral("lines"), QString::fromUtf8(text)}};
    return part;
}

QList<Part> cut(const QString &rollId, const QString &month, const QList<Row> &lines,
                const std::function<QString()> &newId)
{
    QList<Part> parts;
    const LineAt lineAt = [&lines](qsizetype i) { return lines.at(i); };
    for (qsizetype begin = 0; begin < lines.size(); begin = parts.last().end)
        parts << cutFrom(rollId, month, parts.size() + 1, begin, lines.size(), lineAt, newId);
    return parts;
}

Result<QList<Row>> derivedLines(const Row &part)
{
    const QString partId = part.value(QStringLiteral("id")).toString();
    const QByteArray text = part.value(QStringLiteral("lines")).toString().toUtf8();
    if (text.size() > kMaxLinesBytes)
        return invalid(partId, trParts("its lines are longer than %1 bytes").arg(kMaxLinesBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return invalid(partId, trParts("its lines are not a JSON array"));
    const QJsonArray array = doc.array();
    const qint64 count = part.value(QStringLiteral("line_count")).toLongLong();
    if (array.size() != count || count < 1 || count > kMaxLines)
        return invalid(partId, trParts("it holds %1 lines and says %2").arg(array.size()).arg(count));
    const QString township = part.value(QStringLiteral("division_code")).toString();
    QList<Row> rows;
    rows.reserve(array.size());
    Fen total = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject())
            return invalid(partId, trParts("line %1 is not an object").arg(i + 1));
        const QJsonObject line = item.toObject();
        if (line.size() != fieldKinds().size())
            return invalid(partId, trParts("line %1 does not have exactly the fields of a line").arg(i + 1));
        Row row;
        for (const auto &[name, kind] : fieldKinds()) {
            const auto found = line.constFind(name);
            if (found == line.constEnd())
                return invalid(partId, trParts("line %1 has no %2").arg(i + 1).arg(name));
            const QJsonValue v = *found;
            const bool optional = kind == Kind::OptionalText || kind == Kind::OptionalInteger;
            if (v.isNull() && optional) {
                row.insert(name, QVariant());
            } else if (kind == Kind::Key ? v.isString() && !v.toString().isEmpty()
                                         : (kind == Kind::Text || kind == Kind::OptionalText) && v.isString()) {
                row.insert(name, v.toString()); // an empty text stays empty, as it was written (not null)
            } else if ((kind == Kind::Integer || kind == Kind::OptionalInteger) && integral(v)) {
                row.insert(name, qint64(v.toInteger()));
            } else {
                return invalid(partId, trParts("line %1 has a wrong value in %2").arg(i + 1).arg(name));
            }
        }
        if (row.value(QStringLiteral("division_code")).toString() != township)
            return invalid(partId, trParts("line %1 is paid by another township").arg(i + 1));
        total += row.value(QStringLiteral("amount")).toLongLong();
        for (const QString &c : fromPart())
            row.insert(c, part.value(c));
        rows << row;
    }
    if (total != part.value(QStringLiteral("total_fen")).toLongLong())
        return invalid(partId, trParts("its lines add up to %1 fen, not the %2 it says")
                                   .arg(total)
                                   .arg(part.value(QStringLiteral("total_fen")).toLongLong()));
    return rows;
}

Status writeLines(Database &db, const Row &stored, const Part &part)
{
    auto st = db.cached(insertSql());
    if (!st)
        return st.error();
    Statement &ins = **st;
    const qsizetype fields = lineFields().size();
    Status status;
    for (qsizetype i = 0; status && i < part.end - part.begin; ++i) {
        const LineValue *value = part.values.constData() + i * fields;
        for (int f = 1; f <= fields; ++f, ++value) {
            switch (value->kind) {
            case LineValue::Null: ins.bindNull(f); break;
            case LineValue::Integer: ins.bind(f, value->integer); break;
            case LineValue::Text: ins.bindTextUncopied(f, value->text); break;
            }
        }
        bindPartColumns(ins, stored);
        status = ins.run();
    }
    ins.reset(); // the texts were bound without a copy: their bindings go before the part does
    return status;
}

Part partOf(const QList<Row> &lines)
{
    Part part;
    part.end = lines.size();
    part.values.reserve(lineFields().size() * lines.size());
    for (const Row &line : lines)
        appendLine(part.values, line);
    return part;
}

Status writeRoll(RecordWriter &writer, Database &db, const WriteContext &who, const QString &rollId,
                 const QString &month, qsizetype count, const LineAt &lineAt,
                 const std::function<QString()> &newId, const std::function<bool(qsizetype)> &written)
{
    // The second thread cuts the part after the one written here, and frees the one written before: this thread
    // keeps every database call.
    auto next = [&](qsizetype begin, qint64 partNo, Part done) {
        done = Part();
        return cutFrom(rollId, month, partNo, begin, count, lineAt, newId);
    };
    std::future<Part> coming;
    if (count > 0)
        coming = std::async(std::launch::async, next, qsizetype(0), qint64(1), Part());
    for (qint64 partNo = 1; coming.valid(); ++partNo) {
        Part part = coming.get();
        Row stored;
        Status st = writer.insert(who, partsTable(), part.record, &stored);
        if (st)
            st = writeLines(db, stored, part);
        const qsizetype end = part.end;
        if (end < count)
            coming = std::async(std::launch::async, next, end, partNo + 1, std::move(part));
        if (!st)
            return st; // `coming` waits for its part on the way out
        if (written && !written(end))
            return makeError(ErrorKind::Invalid, QStringLiteral("cancelled"),
                             trParts("Cancelled: nothing was written."));
    }
    return {};
}

} // namespace dibao::PayrollRollParts
