#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace dibao {

class Database;

// Which tables and columns this database has. Supervision reads registers other work adds (the general complaints
// register, verification findings); where one is absent its figure is 0 and the report says so.
class SchemaProbe {
public:
    static Result<SchemaProbe> load(Database &db);
    bool hasTable(const QString &table) const { return m_columns.contains(table); }
    bool hasColumns(const QString &table, const QStringList &columns) const;

private:
    QHash<QString, QSet<QString>> m_columns;
};

} // namespace dibao
