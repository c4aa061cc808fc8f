#include "policy/PolicyJson.h"

#include "common/ChinaDate.h"
#include "policy/PolicySchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace dibao {
namespace {

const QLatin1String kFormat("dibao-policy");
constexpr int kVersion = 1;

Error rowError(const QString &code, int index, const PolicyRow &row, const QString &detail)
{
    const QString where = row.kind.isEmpty()
        ? QCoreApplication::translate("dibao::PolicyJson", "Policy rows[%1]").arg(index)
        : QCoreApplication::translate("dibao::PolicyJson", "Policy rows[%1] (%2/%3)").arg(index).arg(row.kind, row.key);
    return makeError(ErrorKind::Invalid, code, where + QStringLiteral(": ") + detail);
}

Error fieldError(int index, const PolicyRow &row, const QString &field, const QString &expected)
{
    return rowError(QStringLiteral("policy_field"), index, row,
                    QCoreApplication::translate("dibao::PolicyJson", "field \"%1\": %2").arg(field, expected));
}

} // namespace

Result<QList<PolicyRow>> parsePolicyJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorKind::Invalid, QStringLiteral("policy_json"),
                         QCoreApplication::translate("dibao::PolicyJson", "The policy file is not valid JSON (at byte %1: %2).")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!doc.isObject())
        return makeError(ErrorKind::Invalid, QStringLiteral("policy_format"),
                         QCoreApplication::translate("dibao::PolicyJson", "The policy file must be a JSON object with \"format\", \"version\" and \"rows\"."));
    const QJsonObject top = doc.object();
    for (auto it = top.begin(); it != top.end(); ++it) {
        static const QStringList known{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("note"),
                                       QStringLiteral("rows")};
        if (!known.contains(it.key()))
            return makeError(ErrorKind::Invalid, QStringLiteral("policy_format"),
                             QCoreApplication::translate("dibao::PolicyJson", "The policy file has an unknown field \"%1\".").arg(it.key()));
    }
    if (top.value(QLatin1String("format")).toString() != kFormat)
        return makeError(ErrorKind::Invalid, QStringLiteral("policy_format"),
                         QCoreApplication::translate("dibao::PolicyJson", "The policy file's \"format\" must be \"dibao-policy\"."));
    if (top.value(QLatin1String("version")).toInt(-1) != kVersion)
        return makeError(ErrorKind::Invalid, QStringLiteral("policy_version"),
                         QCoreApplication::translate("dibao::PolicyJson", "The policy file's \"version\" must be %1; upgrade the software for newer files.")
                             .arg(kVersion));
    if (!top.value(QLatin1String("rows")).isArray())
        return makeError(ErrorKind::Invalid, QStringLiteral("policy_format"),
                         QCoreApplication::translate("dibao::PolicyJson", "The policy file's \"rows\" must be an array."));

    static const QStringList kRowFields{QStringLiteral("kind"),          QStringLiteral("key"),
                                        QStringLiteral("effective_from"), QStringLiteral("effective_until"),
                                        QStringLiteral("issuer"),        QStringLiteral("document_number"),
                                        QStringLiteral("example"),       QStringLiteral("value"),
                                        QStringLiteral("note")};

    QList<PolicyRow> rows;
    QHash<QString, int> firstIndex; // kind \x1f key \x1f from -> index
    const QJsonArray array = top.value(QLatin1String("rows")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        PolicyRow row;
        if (!array.at(i).isObject())
            return fieldError(i, row, QStringLiteral("*"), QCoreApplication::translate("dibao::PolicyJson", "each row must be a JSON object"));
        const QJsonObject o = array.at(i).toObject();
        // Read kind and key first so later messages can name the row.
        if (o.value(QLatin1String("kind")).isString())
            row.kind = o.value(QLatin1String("kind")).toString();
        if (o.value(QLatin1String("key")).isString())
            row.key = o.value(QLatin1String("key")).toString();

        for (auto it = o.begin(); it != o.end(); ++it)
            if (!kRowFields.contains(it.key()))
                return fieldError(i, row, it.key(), QCoreApplication::translate("dibao::PolicyJson", "unknown field"));
        if (!o.value(QLatin1String("kind")).isString() || row.kind.isEmpty())
            return fieldError(i, row, QStringLiteral("kind"), QCoreApplication::translate("dibao::PolicyJson", "missing or not a string"));
        if (!PolicySchema::isKnownKind(row.kind))
            return rowError(QStringLiteral("policy_kind"), i, row,
                            QCoreApplication::translate("dibao::PolicyJson", "field \"kind\": unknown kind \"%1\"").arg(row.kind));
        if (!o.value(QLatin1String("key")).isString() || row.key.isEmpty())
            return fieldError(i, row, QStringLiteral("key"), QCoreApplication::translate("dibao::PolicyJson", "missing or not a string"));

        const QJsonValue from = o.value(QLatin1String("effective_from"));
        row.effectiveFrom = parseIsoDate(from.toString());
        if (!from.isString() || !row.effectiveFrom.isValid())
            return rowError(QStringLiteral("policy_date"), i, row,
                            QCoreApplication::translate("dibao::PolicyJson", "field \"effective_from\": expected a date YYYY-MM-DD"));
        const QJsonValue until = o.value(QLatin1String("effective_until"));
        if (!until.isUndefined() && !until.isNull()) {
            row.effectiveUntil = parseIsoDate(until.toString());
            if (!until.isString() || !row.effectiveUntil.isValid())
                return rowError(QStringLiteral("policy_date"), i, row,
                                QCoreApplication::translate("dibao::PolicyJson", "field \"effective_until\": expected a date YYYY-MM-DD or null"));
            if (row.effectiveUntil < row.effectiveFrom)
                return rowError(QStringLiteral("policy_date"), i, row,
                                QCoreApplication::translate("dibao::PolicyJson", "field \"effective_until\": %1 is before effective_from %2")
                                    .arg(isoDate(row.effectiveUntil), isoDate(row.effectiveFrom)));
        }

        row.issuer = o.value(QLatin1String("issuer")).toString().trimmed();
        if (row.issuer.isEmpty())
            return rowError(QStringLiteral("policy_issuer"), i, row,
                            QCoreApplication::translate("dibao::PolicyJson", "field \"issuer\": the issuing body is required"));
        row.documentNumber = o.value(QLatin1String("document_number")).toString().trimmed();
        if (row.documentNumber.isEmpty())
            return rowError(QStringLiteral("policy_document"), i, row,
                            QCoreApplication::translate("dibao::PolicyJson", "field \"document_number\": the document number is required"));

        const QJsonValue example = o.value(QLatin1String("example"));
        if (!example.isUndefined() && !example.isBool())
            return fieldError(i, row, QStringLiteral("example"), QCoreApplication::translate("dibao::PolicyJson", "expected true or false"));
        row.example = example.toBool(false);
        const QJsonValue note = o.value(QLatin1String("note"));
        if (!note.isUndefined() && !note.isString())
            return fieldError(i, row, QStringLiteral("note"), QCoreApplication::translate("dibao::PolicyJson", "expected a string"));
        row.note = note.toString();

        if (!o.contains(QLatin1String("value")))
            return rowError(QStringLiteral("policy_value"), i, row, QCoreApplication::translate("dibao::PolicyJson", "field \"value\": missing"));
        row.value = o.value(QLatin1String("value"));

        const Status keyAndValue = PolicySchema::validateKeyAndValue(row);
        if (!keyAndValue.ok())
            return rowError(keyAndValue.error().code, i, row, keyAndValue.error().message);

        const QString identity = row.kind + QChar(0x1f) + row.key + QChar(0x1f) + isoDate(row.effectiveFrom);
        if (firstIndex.contains(identity))
            return rowError(QStringLiteral("policy_duplicate"), i, row,
                            QCoreApplication::translate("dibao::PolicyJson", "field \"effective_from\": rows[%1] already sets %2/%3 from %4")
                                .arg(firstIndex.value(identity))
                                .arg(row.kind, row.key, isoDate(row.effectiveFrom)));
        firstIndex.insert(identity, i);
        rows << row;
    }

    // A date that is both a holiday and a swapped working day from the same effective date is a contradiction.
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).kind != QLatin1String("workday"))
            continue;
        const QString clash = QStringLiteral("holiday") + QChar(0x1f) + rows.at(i).key + QChar(0x1f)
            + isoDate(rows.at(i).effectiveFrom);
        if (firstIndex.contains(clash))
            return rowError(QStringLiteral("policy_duplicate"), i, rows.at(i),
                            QCoreApplication::translate("dibao::PolicyJson", "field \"key\": rows[%1] makes the same date a holiday").arg(firstIndex.value(clash)));
    }
    return rows;
}

QByteArray policyToJson(const QList<PolicyRow> &rows, const QString &fileNote)
{
    QList<PolicyRow> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), [](const PolicyRow &a, const PolicyRow &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.key != b.key)
            return a.key < b.key;
        if (a.effectiveFrom != b.effectiveFrom)
            return a.effectiveFrom < b.effectiveFrom;
        if (a.effectiveUntil != b.effectiveUntil)
            return a.effectiveUntil < b.effectiveUntil;
        if (a.documentNumber != b.documentNumber)
            return a.documentNumber < b.documentNumber;
        return a.issuer < b.issuer;
    });
    QJsonArray array;
    for (const PolicyRow &row : sorted) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), row.kind);
        o.insert(QStringLiteral("key"), row.key);
        o.insert(QStringLiteral("effective_from"), isoDate(row.effectiveFrom));
        o.insert(QStringLiteral("effective_until"),
                 row.effectiveUntil.isValid() ? QJsonValue(isoDate(row.effectiveUntil)) : QJsonValue());
        o.insert(QStringLiteral("issuer"), row.issuer);
        o.insert(QStringLiteral("document_number"), row.documentNumber);
        o.insert(QStringLiteral("example"), row.example);
        o.insert(QStringLiteral("value"), row.value);
        if (!row.note.isEmpty())
            o.insert(QStringLiteral("note"), row.note);
        array.append(o);
    }
    QJsonObject top;
    top.insert(QStringLiteral("format"), QString(kFormat));
    top.insert(QStringLiteral("version"), kVersion);
    if (!fileNote.isEmpty())
        top.insert(QStringLiteral("note"), fileNote);
    top.insert(QStringLiteral("rows"), array);
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

} // namespace dibao
