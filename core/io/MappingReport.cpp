#include "io/MappingReport.h"

#include <QJsonArray>

namespace dibao {

QJsonObject RowError::toJson() const
{
    QJsonObject o{{QStringLiteral("line"), line}, {QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (columnNumber > 0) {
        o.insert(QStringLiteral("column_number"), columnNumber);
        o.insert(QStringLiteral("column"), column);
    }
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    return o;
}

QJsonObject MappingReport::toJson() const
{
    QJsonArray list;
    for (const RowError &e : errors)
        list.append(e.toJson());
    return QJsonObject{{QStringLiteral("rows_read"), rowsRead},
                       {QStringLiteral("rows_valid"), rowsValid},
                       {QStringLiteral("rows_with_errors"), rowsWithErrors},
                       {QStringLiteral("complete"), complete},
                       {QStringLiteral("truncated"), truncated},
                       {QStringLiteral("ok"), ok()},
                       {QStringLiteral("errors"), list}};
}

} // namespace dibao
