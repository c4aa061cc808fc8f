#include "verification/AuthorizedMembers.h"

#include "db/Database.h"

#include <QSet>

namespace dibao {

Result<AuthorizedMembers> AuthorizedMembers::load(Database &db)
{
    // The consent covers the members of the household when the verification started (verifications.member_ids): a
    // member added afterwards has not signed it, and one who has left is no longer a member of the household. Rows
    // come grouped by verification: its strings are read once and shared by its members (this runs for 400,000
    // persons before a batch, so each row converts only the member's own three columns).
    auto st = db.prepare(
        "SELECT v.rowid, v.id, v.case_id, v.household_id, v.member_ids, m.id, m.id_number, m.name_norm "
        "FROM verifications v JOIN members m ON m.household_id = v.household_id "
        "WHERE v.status = 'in_progress' AND m.left_reason IS NULL");
    if (!st)
        return st.error();
    AuthorizedMembers set;
    qint64 current = -1;
    QSet<qint64> verifications;
    QString verificationId, caseId, householdId, covered;
    DIBAO_TRY(st->forEachRow([&] {
        const qint64 rowid = st->int64(0);
        if (rowid != current) {
            current = rowid;
            verificationId = st->text(1);
            caseId = st->text(2);
            householdId = st->text(3);
            covered = st->text(4);
            verifications.insert(rowid);
        }
        AuthorizedMember m{st->text(5), QString(), st->text(7), verificationId, caseId, householdId};
        if (!covered.contains(m.memberId))
            return; // joined the household after the consent
        const qint64 k = key(st->text(6));
        if (k < 0)
            return; // not a normalized ID number: no department row can match it
        if (set.m_byId.contains(k))
            set.m_more.insert(k, std::move(m));
        else
            set.m_byId.insert(k, std::move(m));
        ++set.m_count;
    }));
    set.m_verifications = verifications.size();
    return set;
}

qint64 AuthorizedMembers::key(QStringView idNumber)
{
    if (idNumber.size() != 18)
        return -1;
    qint64 k = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const char16_t c = idNumber[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        k = k * 10 + (c - u'0');
    }
    return k;
}

QList<const AuthorizedMember *> AuthorizedMembers::find(const QString &idNumber) const
{
    QList<const AuthorizedMember *> found;
    const qint64 k = key(idNumber);
    const auto it = m_byId.constFind(k);
    if (it == m_byId.constEnd())
        return found;
    found << &*it;
    if (!m_more.isEmpty())
        for (auto more = m_more.constFind(k); more != m_more.constEnd() && more.key() == k; ++more)
            found << &*more;
    return found;
}

} // namespace dibao
