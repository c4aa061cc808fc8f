#include "verification/AuthorizedMembers.h"

#include "db/Database.h"

#include <QSet>

namespace dibao {

Result<AuthorizedMembers> AuthorizedMembers::load(Database &db)
{
    // The consent covers the members of the household when the verification started (verifications.member_ids): a
    // member added afterwards has not signed it, and one who has left is no longer a member of the household.
    auto st = db.prepare(
        "SELECT m.id_number, m.id, m.name, m.name_norm, v.id, v.case_id, v.household_id "
        "FROM verifications v, json_each(v.member_ids) j JOIN members m ON m.id = j.value "
        "WHERE v.status = 'in_progress' AND m.household_id = v.household_id AND m.left_reason IS NULL");
    if (!st)
        return st.error();
    AuthorizedMembers set;
    set.m_byId.reserve(1024);
    QSet<QString> verifications;
    DIBAO_TRY(st->forEachRow([&] {
        AuthorizedMember m{st->text(1), st->text(2), st->text(3), st->text(4), st->text(5), st->text(6)};
        const QString idNumber = st->text(0);
        if (!verifications.contains(m.verificationId))
            verifications.insert(m.verificationId);
        if (set.m_byId.contains(idNumber))
            set.m_more.insert(idNumber, std::move(m));
        else
            set.m_byId.insert(idNumber, std::move(m));
        ++set.m_count;
    }));
    set.m_verifications = verifications.size();
    return set;
}

QList<const AuthorizedMember *> AuthorizedMembers::find(const QString &idNumber) const
{
    QList<const AuthorizedMember *> found;
    const auto it = m_byId.constFind(idNumber);
    if (it == m_byId.constEnd())
        return found;
    found << &*it;
    if (!m_more.isEmpty())
        for (auto more = m_more.constFind(idNumber); more != m_more.constEnd() && more.key() == idNumber; ++more)
            found << &*more;
    return found;
}

} // namespace dibao
