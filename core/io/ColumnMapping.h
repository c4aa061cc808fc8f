#pragma once

#include "common/Result.h"
#include "io/TextEncoding.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dibao {

// How a source column becomes a value of the register.
enum class FieldType {
    Text, // trimmed text
    IdNumber, // a resident ID number, validated and normalized (domain/IdNumber)
    Integer,
    Money, // yuan in the file, fen in the value
    Date,
    Month, // the first day of the month
};

QString fieldTypeName(FieldType type); // "text", "id_number", "integer", "money", "date", "month"
std::optional<FieldType> fieldTypeFromName(const QString &name);

// One target field and where it comes from: a column found by its header text, or by position (A = 1).
struct FieldMapping {
    QString field;
    QString header; // matched ignoring white space and Latin case; used when not empty
    int columnNumber = 0; // 1-based; used when header is empty
    FieldType type = FieldType::Text;
    bool required = true; // a blank cell is an error; otherwise the value is null
};

// Everything needed to read one department's (or one roster's) files, saved per source so the officer maps the
// columns once: encoding and delimiter (or detection), the sheet, whether row 1 is a header, the fields. The JSON
// layout is in docs/tabular-io.md. Tokens: mapping_invalid, mapping_json, mapping_source_name, io_open, io_write.
struct ColumnMapping {
    QString source; // e.g. "public_security"; also the saved file's name
    TextEncoding encoding = TextEncoding::Detect;
    QChar delimiter; // null: detect
    QString sheet; // xlsx; empty: the first visible sheet
    bool headerRow = true;
    QList<FieldMapping> fields;

    // Field names unique and non-empty, each with a header or a column number, the source name usable as a file
    // name; columns found by number need no header row, but by header do.
    Status validate() const;
    qsizetype indexOf(const QString &field) const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented, for people who open the file
    // Strict: unknown keys, wrong types and a wrong "format" are refused, then validate() runs.
    static Result<ColumnMapping> fromJson(const QByteArray &json);

    // <directory>/<source>.json, written atomically.
    Status save(const QString &directory) const;
    static Result<ColumnMapping> load(const QString &directory, const QString &source);
    static Result<ColumnMapping> loadFile(const QString &path);

    // Letters, digits (any script), '_' and '-', 1-64 characters, so it is a safe file name everywhere.
    static bool isValidSourceName(const QString &source);
};

} // namespace dibao
