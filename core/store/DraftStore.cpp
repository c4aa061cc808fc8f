#include "store/DraftStore.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "store/Session.h"

namespace dibao {

Result<QString> DraftStore::save(const QString &id, const QString &kind, const QByteArray &payload)
{
    if (!m_session.signedIn())
        return makeError(ErrorKind::Permission, QStringLiteral("not_signed_in"), QStringLiteral("not signed in"));
    const QString draftId = id.isEmpty() ? newId() : id;
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    auto st = m_session.db().cached("INSERT INTO drafts(id, kind, payload, user_id, updated_at) VALUES (?, ?, ?, ?, ?) "
                                    "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, "
                                    "user_id = excluded.user_id, updated_at = excluded.updated_at");
    if (!st)
        return st.error();
    (*st)->bind(1, draftId)
        .bind(2, kind)
        .bind(3, QString::fromUtf8(payload))
        .bind(4, m_session.actor().userId)
        .bind(5, nowUtc().toString(Qt::ISODateWithMs));
    DIBAO_TRY((*st)->run());
    DIBAO_TRY(tx.commit());
    return draftId;
}

Result<std::optional<Draft>> DraftStore::load(const QString &id)
{
    auto st = m_session.db().cached("SELECT id, kind, payload, user_id, updated_at FROM drafts WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    std::optional<Draft> out;
    if (*r)
        out = Draft{(*st)->text(0), (*st)->text(1), (*st)->text(2).toUtf8(), (*st)->text(3), (*st)->text(4)};
    (*st)->reset();
    return out;
}

Result<QList<Draft>> DraftStore::list(const QString &kind)
{
    auto st = m_session.db().cached("SELECT id, kind, payload, user_id, updated_at FROM drafts WHERE kind = ? AND "
                                    "user_id = ? ORDER BY updated_at DESC, id");
    if (!st)
        return st.error();
    (*st)->bind(1, kind).bind(2, m_session.actor().userId);
    QList<Draft> out;
    for (;;) {
        auto r = (*st)->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        out << Draft{(*st)->text(0), (*st)->text(1), (*st)->text(2).toUtf8(), (*st)->text(3), (*st)->text(4)};
    }
    (*st)->reset();
    return out;
}

Status DraftStore::remove(const QString &id)
{
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    auto st = m_session.db().cached("DELETE FROM drafts WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    DIBAO_TRY((*st)->run());
    return tx.commit();
}

} // namespace dibao
