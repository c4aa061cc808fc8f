#include "payroll/RecoveryLedger.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "store/Session.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dibao {

namespace {
QString trRecovery(const char *text)
{
    return QCoreApplication::translate("dibao::RecoveryLedger", text);
}

Error refused(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

Fen sumOf(const QList<RecoveryEntry> &entries, const QString &kind, const QDate &until = QDate())
{
    Fen total = 0;
    for (const RecoveryEntry &e : entries)
        if (e.kind == kind && (!until.isValid() || e.onDate <= until))
            total += e.amount;
    return total;
}
} // namespace

Fen RecoveryCase::repaid() const
{
    return sumOf(entries, QStringLiteral("repayment"));
}

Fen RecoveryCase::finePaid() const
{
    return sumOf(entries, QStringLiteral("fine_payment"));
}

Fen RecoveryCase::scheduled() const
{
    return sumOf(entries, QStringLiteral("instalment"));
}

Fen RecoveryCase::outstanding() const
{
    return amountDue + fine - repaid() - finePaid();
}

Fen RecoveryCase::overdue(const QDate &on) const
{
    const Fen due = sumOf(entries, QStringLiteral("instalment"), on);
    const Fen paid = sumOf(entries, QStringLiteral("repayment"), on) + sumOf(entries, QStringLiteral("fine_payment"), on);
    return due > paid ? due - paid : 0;
}

QJsonObject RecoveryCase::toJson(const QDate &on) const
{
    QJsonArray list;
    for (const RecoveryEntry &e : entries)
        list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                {QStringLiteral("kind"), e.kind},
                                {QStringLiteral("date"), isoDate(e.onDate)},
                                {QStringLiteral("amount_fen"), e.amount},
                                {QStringLiteral("receipt"), e.receiptNumber},
                                {QStringLiteral("note"), e.note}});
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("household"), householdId},
                       {QStringLiteral("decided_on"), isoDate(decidedOn)},
                       {QStringLiteral("basis"), basis},
                       {QStringLiteral("from_month"), isoMonth(fromMonth)},
                       {QStringLiteral("to_month"), isoMonth(toMonth)},
                       {QStringLiteral("amount_due_fen"), amountDue},
                       {QStringLiteral("fine_fen"), fine},
                       {QStringLiteral("repaid_fen"), repaid()},
                       {QStringLiteral("fine_paid_fen"), finePaid()},
                       {QStringLiteral("outstanding_fen"), outstanding()},
                       {QStringLiteral("overdue_fen"), overdue(on)},
                       {QStringLiteral("entries"), list}};
}

Status RecoveryLedger::open(RecoveryCase &r)
{
    Workflow flow(m_session);
    DIBAO_TRY(flow.mayConfirm(chinaToday()));
    if (r.basis.trimmed().isEmpty())
        return refused("recovery_basis", trRecovery("A recovery names its finding and decision document."));
    if (r.amountDue < 0 || r.fine < 0 || r.amountDue + r.fine <= 0)
        return refused("recovery_amount", trRecovery("A recovery has an amount obtained by fraud or a fine."));
    if (!r.decidedOn.isValid() || r.decidedOn > chinaToday())
        return refused("recovery_date", trRecovery("A recovery needs its decision date, not in the future."));
    if (r.fromMonth.isValid() && r.toMonth.isValid() && r.toMonth < r.fromMonth)
        return refused("recovery_months", trRecovery("The months obtained run from the first to the last."));
    auto household = m_session.writer().read(QStringLiteral("households"), r.householdId);
    if (!household)
        return household.error();
    if (!*household)
        return makeError(ErrorKind::NotFound, QStringLiteral("household_not_found"),
                         trRecovery("No household %1.").arg(r.householdId));
    r.id = newId();
    return m_session.writer().insert(m_session.writeContext(), QStringLiteral("recovery_cases"),
                                     Row{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("household_id"), r.householdId},
                                         {QStringLiteral("decided_on"), isoDate(r.decidedOn)},
                                         {QStringLiteral("basis"), r.basis.trimmed()},
                                         {QStringLiteral("from_month"), r.fromMonth.isValid() ? isoMonth(r.fromMonth) : QString()},
                                         {QStringLiteral("to_month"), r.toMonth.isValid() ? isoMonth(r.toMonth) : QString()},
                                         {QStringLiteral("amount_due"), r.amountDue},
                                         {QStringLiteral("fine"), r.fine}});
}

Status RecoveryLedger::addEntry(const QString &recoveryId, RecoveryEntry &e)
{
    Workflow flow(m_session);
    DIBAO_TRY(flow.mayConfirm(chinaToday()));
    auto r = get(recoveryId);
    if (!r)
        return r.error();
    static const QStringList kinds{QStringLiteral("instalment"), QStringLiteral("repayment"),
                                   QStringLiteral("fine_payment")};
    if (!kinds.contains(e.kind))
        return refused("recovery_entry_kind", trRecovery("An entry is an instalment, a repayment or a fine payment."));
    if (e.amount <= 0 || !e.onDate.isValid())
        return refused("recovery_entry_amount", trRecovery("An entry has a date and an amount above zero."));
    if (e.kind != QLatin1String("instalment")) {
        if (e.receiptNumber.trimmed().isEmpty())
            return refused("recovery_receipt", trRecovery("A payment received is recorded with its receipt number."));
        if (e.onDate > chinaToday())
            return refused("date_in_future", trRecovery("A payment cannot be received in the future."));
        const Fen open = e.kind == QLatin1String("repayment") ? r->amountDue - r->repaid() : r->fine - r->finePaid();
        if (e.amount > open)
            return refused("recovery_overpaid", trRecovery("%1 yuan is more than the %2 yuan still owed.")
                                                    .arg(formatYuan(e.amount), formatYuan(open)));
    } else if (r->scheduled() + e.amount > r->amountDue + r->fine) {
        return refused("recovery_schedule", trRecovery("The schedule would exceed the amount owed."));
    }
    e.id = newId();
    return m_session.writer().insert(m_session.writeContext(), QStringLiteral("recovery_entries"),
                                     Row{{QStringLiteral("id"), e.id},
                                         {QStringLiteral("recovery_id"), recoveryId},
                                         {QStringLiteral("household_id"), r->householdId},
                                         {QStringLiteral("kind"), e.kind},
                                         {QStringLiteral("on_date"), isoDate(e.onDate)},
                                         {QStringLiteral("amount"), e.amount},
                                         {QStringLiteral("receipt_number"), e.receiptNumber.trimmed().isEmpty() ? QString() : e.receiptNumber.trimmed()},
                                         {QStringLiteral("note"), e.note.isEmpty() ? QString() : e.note}});
}

Result<RecoveryCase> RecoveryLedger::get(const QString &recoveryId)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    auto row = m_session.writer().read(QStringLiteral("recovery_cases"), recoveryId);
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::NotFound, QStringLiteral("recovery_not_found"),
                         trRecovery("No recovery %1.").arg(recoveryId));
    const Row &v = **row;
    RecoveryCase r;
    r.id = recoveryId;
    r.householdId = v.value(QStringLiteral("household_id")).toString();
    r.decidedOn = parseIsoDate(v.value(QStringLiteral("decided_on")).toString());
    r.basis = v.value(QStringLiteral("basis")).toString();
    r.fromMonth = parseIsoMonth(v.value(QStringLiteral("from_month")).toString());
    r.toMonth = parseIsoMonth(v.value(QStringLiteral("to_month")).toString());
    r.amountDue = v.value(QStringLiteral("amount_due")).toLongLong();
    r.fine = v.value(QStringLiteral("fine")).toLongLong();
    auto st = m_session.db().prepare("SELECT id, kind, on_date, amount, receipt_number, note FROM recovery_entries "
                                     "WHERE recovery_id = ? ORDER BY on_date, rowid");
    if (!st)
        return st.error();
    st->bind(1, recoveryId);
    DIBAO_TRY(st->forEachRow([&] {
        r.entries << RecoveryEntry{st->text(0), st->text(1), parseIsoDate(st->text(2)), st->int64(3), st->text(4),
                                   st->text(5)};
    }));
    return r;
}

Result<QList<RecoveryCase>> RecoveryLedger::forHousehold(const QString &householdId)
{
    auto st = m_session.db().prepare("SELECT id FROM recovery_cases WHERE household_id = ? ORDER BY decided_on, rowid");
    if (!st)
        return st.error();
    st->bind(1, householdId);
    QStringList ids;
    DIBAO_TRY(st->forEachRow([&] { ids << st->text(0); }));
    QList<RecoveryCase> out;
    for (const QString &id : ids) {
        auto r = get(id);
        if (!r)
            return r.error();
        out << *r;
    }
    return out;
}

} // namespace dibao
