#include "supervision/SchemaProbe.h"

#include "db/Database.h"

namespace dibao {

Result<SchemaProbe> SchemaProbe::load(Database &db)
{
    SchemaProbe probe;
    auto st = db.prepare("SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p "
                         "WHERE m.type = 'table'");
    if (!st)
        return st.error();
    DIBAO_TRY(st->forEachRow([&] { probe.m_columns[st->text(0)].insert(st->text(1)); }));
    return probe;
}

bool SchemaProbe::hasColumns(const QString &table, const QStringList &columns) const
{
    auto it = m_columns.constFind(table);
    if (it == m_columns.constEnd())
        return false;
    for (const QString &c : columns)
        if (!it->contains(c))
            return false;
    return true;
}

} // namespace dibao
