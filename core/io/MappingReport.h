#pragma once

#include "common/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace dibao {

// A row after mapping: the values of the mapping's fields in the mapping's order (null for a blank optional
// cell). Text and id_number are QString, integer and money qint64 (money in fen), date and month QDate.
struct MappedRow {
    qint64 line = 0;
    QStringList fields;
    QVariantList values;

    QVariant value(const QString &field) const
    {
        const qsizetype i = fields.indexOf(field);
        return i < 0 ? QVariant() : values.at(i);
    }
    QString text(const QString &field) const { return value(field).toString(); }
    qint64 integer(const QString &field) const { return value(field).toLongLong(); }
    Fen fen(const QString &field) const { return value(field).toLongLong(); }
    QDate date(const QString &field) const { return value(field).toDate(); }
    bool isNull(const QString &field) const { return value(field).isNull(); }
};

// One problem, where people can find it: the file's line (CSV) or row number (xlsx), the column as the file
// names it (its header, or its letter when there is none), the target field, a stable token and a sentence.
// A problem with the file itself (bad encoding, unclosed quote, broken sheet XML) has no column and no field.
struct RowError {
    qint64 line = 0;
    int columnNumber = 0; // 1-based, 0 when not about one column
    QString column;
    QString field;
    QString code;
    QString message;

    QJsonObject toJson() const;
};

struct MappingReport {
    qint64 rowsRead = 0; // data rows seen (not counting the header or blank rows)
    qint64 rowsValid = 0; // of those, rows that mapped without an error
    qint64 rowsWithErrors = 0;
    QList<MappedRow> preview; // previews only: the first rows, mapped (rows with errors are left out)
    QList<RowError> errors; // capped; see truncated
    bool truncated = false; // more errors than the cap
    bool complete = false; // read to the end of the file (false after a file-level error or a stop)

    bool ok() const { return complete && errors.isEmpty() && rowsWithErrors == 0; }
    QJsonObject toJson() const;
};

} // namespace dibao
