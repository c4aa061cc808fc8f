#include "payroll/CardCustody.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "store/Session.h"

#include <QCoreApplication>

namespace dibao {

namespace {
QString trCustody(const char *text)
{
    return QCoreApplication::translate("dibao::CardCustody", text);
}
} // namespace

Status CardCustody::mayRecord() const
{
    if (m_session.require(Action::Intake).ok())
        return {};
    if (m_session.signedIn() && m_session.actor().role == Role::CountyReviewer)
        return {};
    return makeError(ErrorKind::Permission, QStringLiteral("permission_denied"),
                     trCustody("Card-custody agreements are recorded by the township or a county reviewer."));
}

Status CardCustody::record(CardCustodyAgreement &a)
{
    DIBAO_TRY(mayRecord());
    if (a.custodianName.trimmed().isEmpty() || a.reason.trimmed().isEmpty() || !a.agreementOn.isValid())
        return makeError(ErrorKind::Invalid, QStringLiteral("custody_incomplete"),
                         trCustody("A card-custody agreement names who holds the card, from when and why."));
    auto household = m_session.writer().read(QStringLiteral("households"), a.householdId);
    if (!household)
        return household.error();
    if (!*household || !m_session.inJurisdiction((**household).value(QStringLiteral("division_code")).toString()))
        return makeError(ErrorKind::NotFound, QStringLiteral("household_not_found"),
                         trCustody("No household %1 here.").arg(a.householdId));
    a.id = newId();
    return m_session.writer().insert(m_session.writeContext(), QStringLiteral("card_custody"),
                                     Row{{QStringLiteral("id"), a.id},
                                         {QStringLiteral("household_id"), a.householdId},
                                         {QStringLiteral("custodian_name"), a.custodianName.trimmed()},
                                         {QStringLiteral("custodian_role"), a.custodianRole.isEmpty() ? QString() : a.custodianRole},
                                         {QStringLiteral("agreement_on"), isoDate(a.agreementOn)},
                                         {QStringLiteral("reason"), a.reason.trimmed()}});
}

Status CardCustody::end(const QString &agreementId, const QDate &endedOn)
{
    DIBAO_TRY(mayRecord());
    auto row = m_session.writer().read(QStringLiteral("card_custody"), agreementId);
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::NotFound, QStringLiteral("custody_not_found"),
                         trCustody("No card-custody agreement %1.").arg(agreementId));
    if (!(**row).value(QStringLiteral("ended_on")).isNull())
        return makeError(ErrorKind::Invalid, QStringLiteral("custody_ended"), trCustody("The agreement already ended."));
    if (!endedOn.isValid() || endedOn < parseIsoDate((**row).value(QStringLiteral("agreement_on")).toString()))
        return makeError(ErrorKind::Invalid, QStringLiteral("custody_end_date"),
                         trCustody("An agreement ends on a date after it began."));
    return m_session.writer().update(m_session.writeContext(), QStringLiteral("card_custody"), agreementId,
                                     Row{{QStringLiteral("ended_on"), isoDate(endedOn)}}, QStringLiteral("end_custody"));
}

Result<QList<CardCustodyAgreement>> CardCustody::forHousehold(const QString &householdId)
{
    auto st = m_session.db().prepare("SELECT id, custodian_name, custodian_role, agreement_on, reason, ended_on "
                                     "FROM card_custody WHERE household_id = ? ORDER BY agreement_on, rowid");
    if (!st)
        return st.error();
    st->bind(1, householdId);
    QList<CardCustodyAgreement> out;
    DIBAO_TRY(st->forEachRow([&] {
        out << CardCustodyAgreement{st->text(0), householdId, st->text(1), st->text(2), parseIsoDate(st->text(3)),
                                    st->text(4), parseIsoDate(st->text(5))};
    }));
    return out;
}

} // namespace dibao
