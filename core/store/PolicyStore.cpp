#include "store/PolicyStore.h"

#include "common/ChinaDate.h"
#include "common/Json.h"
#include "common/Uuid.h"
#include "policy/PolicyJson.h"
#include "policy/PolicySet.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QFile>

namespace dibao {

namespace {

QString valueText(const QJsonValue &value)
{
    // Wrap in an array so scalars serialize too; the stored text is the JSON of the value alone.
    const QByteArray text = compactJson(QJsonArray{value});
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonValue valueFromText(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]");
    return doc.array().isEmpty() ? QJsonValue() : doc.array().at(0);
}

Row toRow(const PolicyRow &p)
{
    return Row{{QStringLiteral("kind"), p.kind},
               {QStringLiteral("key"), p.key},
               {QStringLiteral("effective_from"), isoDate(p.effectiveFrom)},
               {QStringLiteral("effective_until"), p.effectiveUntil.isValid() ? isoDate(p.effectiveUntil) : QString()},
               {QStringLiteral("issuer"), p.issuer},
               {QStringLiteral("document_number"), p.documentNumber},
               {QStringLiteral("example"), qint64(p.example ? 1 : 0)},
               {QStringLiteral("value"), valueText(p.value)},
               {QStringLiteral("note"), p.note.isEmpty() ? QString() : p.note}};
}

} // namespace

Result<QList<PolicyRow>> PolicyStore::rows()
{
    auto st = m_session.db().prepare("SELECT kind, key, effective_from, effective_until, issuer, document_number, "
                                     "example, value, note FROM policy_rows ORDER BY kind, key, effective_from");
    if (!st)
        return st.error();
    QList<PolicyRow> out;
    DIBAO_TRY(st->forEachRow([&] {
        PolicyRow p;
        p.kind = st->text(0);
        p.key = st->text(1);
        p.effectiveFrom = parseIsoDate(st->text(2));
        p.effectiveUntil = parseIsoDate(st->text(3));
        p.issuer = st->text(4);
        p.documentNumber = st->text(5);
        p.example = st->int64(6) != 0;
        p.value = valueFromText(st->text(7));
        p.note = st->text(8);
        out << p;
    }));
    return out;
}

Result<PolicyImportSummary> PolicyStore::upsert(const QList<PolicyRow> &incoming)
{
    PolicyImportSummary summary;
    Database &db = m_session.db();
    Transaction tx(db);
    DIBAO_TRY(tx.begun());
    for (const PolicyRow &p : incoming) {
        auto st = db.cached("SELECT id FROM policy_rows WHERE kind = ? AND key = ? AND effective_from = ?");
        if (!st)
            return st.error();
        (*st)->bind(1, p.kind).bind(2, p.key).bind(3, isoDate(p.effectiveFrom));
        auto found = (*st)->step();
        if (!found)
            return found.error();
        const QString existingId = *found ? (*st)->text(0) : QString();
        (*st)->reset();
        Row row = toRow(p);
        if (existingId.isEmpty()) {
            row.insert(QStringLiteral("id"), newId());
            DIBAO_TRY(m_session.writer().insert(m_session.writeContext(), QStringLiteral("policy_rows"), row));
            ++summary.added;
        } else {
            auto before = m_session.writer().read(QStringLiteral("policy_rows"), existingId);
            if (!before)
                return before.error();
            DIBAO_TRY(m_session.writer().update(m_session.writeContext(), QStringLiteral("policy_rows"), existingId, row));
            auto after = m_session.writer().read(QStringLiteral("policy_rows"), existingId);
            if (!after)
                return after.error();
            if (**before == **after)
                ++summary.unchanged;
            else
                ++summary.updated;
        }
    }
    DIBAO_TRY(tx.commit());
    m_session.invalidatePolicy();
    return summary;
}

Result<PolicyImportSummary> PolicyStore::importJson(const QByteArray &json)
{
    DIBAO_TRY(m_session.require(Action::ImportPolicy));
    auto parsed = parsePolicyJson(json);
    if (!parsed)
        return parsed.error();
    return upsert(*parsed);
}

Result<QByteArray> PolicyStore::exportJson()
{
    DIBAO_TRY(m_session.require(Action::ExportPolicy));
    auto all = rows();
    if (!all)
        return all.error();
    return policyToJson(*all);
}

// --- Session's policy members live here, beside the store they read.

const PolicySet &Session::policy()
{
    if (!m_policy) {
        PolicyStore store(*this);
        auto all = store.rows();
        m_policy = std::make_unique<PolicySet>(all ? *all : QList<PolicyRow>());
    }
    return *m_policy;
}

void Session::invalidatePolicy()
{
    m_policy.reset();
}

Status Session::installDefaultPolicy()
{
    QFile file(QStringLiteral(":/dibao/policy-default.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Internal, QStringLiteral("policy_default_missing"),
                         QCoreApplication::translate("dibao::Session", "The default policy resource is missing."));
    auto parsed = parsePolicyJson(file.readAll());
    if (!parsed)
        return parsed.error();
    PolicyStore store(*this);
    auto summary = store.upsert(*parsed);
    if (!summary)
        return summary.error();
    return {};
}

} // namespace dibao
