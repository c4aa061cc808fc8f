#include "store/VillageList.h"

#include "store/Session.h"

namespace dibao {

Result<QStringList> VillageList::names(Session &session)
{
    auto st = session.db().cached("SELECT DISTINCT village_name FROM households WHERE village_name IS NOT NULL "
                                  "AND village_name <> '' ORDER BY village_name");
    if (!st)
        return st.error();
    QStringList out;
    for (;;) {
        auto r = (*st)->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        out << (*st)->text(0);
    }
    (*st)->reset();
    return out;
}

} // namespace dibao
