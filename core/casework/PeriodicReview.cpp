#include "casework/PeriodicReview.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "payroll/PayrollService.h"
#include "policy/PolicySet.h"
#include "store/CaseStore.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>

namespace dibao {

namespace {

QString trReview(const char *text)
{
    return QCoreApplication::translate("dibao::PeriodicReview", text);
}

Error refused(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

const QStringList &changeKinds()
{
    static const QStringList kinds{QStringLiteral("income"), QStringLiteral("members"), QStringLiteral("residence"),
                                   QStringLiteral("assets"), QStringLiteral("work"),    QStringLiteral("death"),
                                   QStringLiteral("other")};
    return kinds;
}

// The months after a change within which it must be reported (2022 notice 五(五)).
constexpr int kReportMonths = 3;
// A death is processed within 3 months (2022 notice 一(三)).
constexpr int kDeathMonths = 3;

// The open case of a household (at most one: CaseStore enforces it), or an empty string.
Result<QString> openCaseOf(Session &session, const QString &householdId)
{
    auto st = session.db().prepare(QStringLiteral("SELECT id FROM cases WHERE household_id = ? AND state NOT IN (%1) "
                                                  "LIMIT 1")
                                       .arg(CaseState::finalsSqlList()));
    if (!st)
        return st.error();
    st->bind(1, householdId);
    auto r = st->step();
    if (!r)
        return r.error();
    return *r ? st->text(0) : QString();
}

} // namespace

int PeriodicReview::extensionMonths(const QDate &on) const
{
    // Policy kind "review_extension" (key "default", months; docs/policy.md). No row in force: no extension.
    return int(m_session.policy().integer(QStringLiteral("review_extension"), QStringLiteral("default"), on).value_or(0));
}

Result<QList<ReviewDueItem>> PeriodicReview::dueList(const QDate &until, const QString &category,
                                                     const QString &divisionCode, int limit, int offset)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    if (!category.isEmpty() && category != QLatin1String("stable") && category != QLatin1String("other"))
        return refused("review_category", trReview("A review category is stable or other."));
    const int extension = extensionMonths(until);
    const QDate cutoff = until.addMonths(-extension);
    QString sql = QStringLiteral(
        "SELECT h.id, h.division_code, h.village_name,"
        " (SELECT m.name FROM members m WHERE m.household_id = h.id AND m.relation = 'self' AND m.left_reason IS NULL"
        "  LIMIT 1),"
        " h.stable_category, h.enrolment, h.next_review_due,"
        " (SELECT r.id FROM cases r WHERE r.household_id = h.id AND r.kind = 'review' AND r.state NOT IN (%1) LIMIT 1) "
        "FROM households h WHERE h.next_review_due IS NOT NULL AND h.next_review_due <= ?1"
        " AND h.enrolment IN ('enrolled', 'gradual_exit') AND (?2 IS NULL OR h.stable_category = ?2)"
        " AND (?3 IS NULL OR h.division_code = ?3) ORDER BY h.next_review_due, h.id")
                      .arg(CaseState::finalsSqlList());
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    auto st = m_session.db().cached(sql);
    if (!st)
        return st.error();
    Statement &s = **st;
    s.bind(1, isoDate(cutoff));
    if (category.isEmpty())
        s.bindNull(2);
    else
        s.bind(2, qint64(category == QLatin1String("stable") ? 1 : 0));
    s.bind(3, nullIfEmpty(divisionCode));
    QList<ReviewDueItem> out;
    DIBAO_TRY(s.forEachRow([&] {
        ReviewDueItem i;
        i.householdId = s.text(0);
        i.divisionCode = s.text(1);
        i.villageName = s.text(2);
        i.applicantName = s.text(3);
        i.category = s.int64(4) != 0 ? QStringLiteral("stable") : QStringLiteral("other");
        i.enrolment = s.text(5);
        i.dueOn = parseIsoDate(s.text(6));
        i.dueWithExtension = i.dueOn.addMonths(extension);
        i.openCaseId = s.text(7);
        out << i;
    }));
    return out;
}

Result<ChangeReport> PeriodicReview::reportChange(const ChangeReportInput &input)
{
    if (input.kind == QLatin1String("death"))
        return recordDeath(input.householdId, input.memberId, input.changedOn, input.reportedOn);
    return record(input, false);
}

Result<ChangeReport> PeriodicReview::recordDeath(const QString &householdId, const QString &memberId,
                                                 const QDate &diedOn, const QDate &reportedOn)
{
    ChangeReportInput in;
    in.householdId = householdId;
    in.memberId = memberId;
    in.kind = QStringLiteral("death");
    in.changedOn = diedOn;
    in.reportedOn = reportedOn;
    in.source = QStringLiteral("household");
    in.details = trReview("Death of a member");
    return record(in, true);
}

Result<ChangeReport> PeriodicReview::record(const ChangeReportInput &in, bool death)
{
    DIBAO_TRY(m_session.require(Action::OpenReview));
    if (!changeKinds().contains(in.kind))
        return refused("change_kind", trReview("Unknown change \"%1\"; use one of: %2.")
                                          .arg(in.kind, changeKinds().join(QStringLiteral(", "))));
    if (in.source != QLatin1String("household") && in.source != QLatin1String("discovered"))
        return refused("change_source", trReview("A change is reported by the household or discovered."));
    if (in.details.trimmed().isEmpty())
        return refused("change_details", trReview("Say what changed."));
    const QDate reported = in.reportedOn.isValid() ? in.reportedOn : chinaToday();
    if (!in.changedOn.isValid() || in.changedOn > reported || reported > chinaToday())
        return refused("change_dates", trReview("A change happened before it was reported, and neither is in the "
                                                "future."));
    auto household = m_session.writer().read(QStringLiteral("households"), in.householdId);
    if (!household)
        return household.error();
    if (!*household || !m_session.inJurisdiction((**household).value(QStringLiteral("division_code")).toString()))
        return makeError(ErrorKind::NotFound, QStringLiteral("household_not_found"),
                         trReview("No household %1 here.").arg(in.householdId));
    const QString enrolment = (**household).value(QStringLiteral("enrolment")).toString();
    if (enrolment != QLatin1String("enrolled") && enrolment != QLatin1String("gradual_exit"))
        return refused("not_enrolled", trReview("Only an enrolled household has periodic reviews."));
    if (!in.memberId.isEmpty() || death) {
        auto member = m_session.writer().read(QStringLiteral("members"), in.memberId);
        if (!member)
            return member.error();
        if (!*member || (**member).value(QStringLiteral("household_id")).toString() != in.householdId)
            return refused("member_not_in_household", trReview("The member is not in this household."));
        if (death && !(**member).value(QStringLiteral("left_reason")).isNull())
            return refused("member_already_left", trReview("The member has already left the household."));
    }

    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    RecordWriter &w = m_session.writer();
    const WriteContext who = m_session.writeContext();
    if (death)
        DIBAO_TRY(w.update(who, QStringLiteral("members"), in.memberId,
                           Row{{QStringLiteral("left_reason"), QStringLiteral("death")}}, QStringLiteral("record_death")));
    auto open = openCaseOf(m_session, in.householdId);
    if (!open)
        return open.error();
    QString caseId = *open;
    CaseStore cases(m_session);
    if (caseId.isEmpty()) {
        auto opened = cases.openReview(in.householdId, reported, in.details.trimmed());
        if (!opened)
            return opened.error();
        caseId = *opened;
    }
    ChangeReport r;
    r.id = newId();
    r.householdId = in.householdId;
    r.memberId = in.memberId;
    r.kind = in.kind;
    r.changedOn = in.changedOn;
    r.reportedOn = reported;
    r.source = in.source;
    r.details = in.details.trimmed();
    r.late = reported > in.changedOn.addMonths(kReportMonths);
    r.reviewCaseId = caseId;
    r.divisionCode = (**household).value(QStringLiteral("division_code")).toString();
    DIBAO_TRY(w.insert(who, QStringLiteral("change_reports"),
                       Row{{QStringLiteral("id"), r.id},
                           {QStringLiteral("household_id"), r.householdId},
                           {QStringLiteral("member_id"), nullIfEmpty(r.memberId)},
                           {QStringLiteral("kind"), r.kind},
                           {QStringLiteral("changed_on"), isoDate(r.changedOn)},
                           {QStringLiteral("reported_on"), isoDate(r.reportedOn)},
                           {QStringLiteral("source"), r.source},
                           {QStringLiteral("details"), r.details},
                           {QStringLiteral("late"), qint64(r.late ? 1 : 0)},
                           {QStringLiteral("review_case_id"), caseId}}));
    if (death) {
        // The clock runs from the death, not from the report: a late report is already late.
        const QDate due = in.changedOn.addMonths(kDeathMonths);
        const QString clockId = caseId + QStringLiteral(":death_processing");
        auto existing = w.read(QStringLiteral("case_clocks"), clockId);
        if (!existing)
            return existing.error();
        Row clock{{QStringLiteral("case_id"), caseId},
                  {QStringLiteral("clock"), QStringLiteral("death_processing")},
                  {QStringLiteral("unit"), QStringLiteral("months")},
                  {QStringLiteral("length"), qint64(kDeathMonths)},
                  {QStringLiteral("started_on"), isoDate(in.changedOn)},
                  {QStringLiteral("due_on"), isoDate(due)},
                  {QStringLiteral("done_on"), QString()}};
        if (*existing) {
            DIBAO_TRY(w.update(who, QStringLiteral("case_clocks"), clockId, clock));
        } else {
            clock.insert(QStringLiteral("id"), clockId);
            DIBAO_TRY(w.insert(who, QStringLiteral("case_clocks"), clock));
        }
        auto c = cases.get(caseId);
        if (!c)
            return c.error();
        if (!c->nextDue.isValid() || due < c->nextDue)
            DIBAO_TRY(w.update(who, QStringLiteral("cases"), caseId,
                               Row{{QStringLiteral("next_due"), isoDate(due)},
                                   {QStringLiteral("next_clock"), QStringLiteral("death_processing")}},
                               QStringLiteral("record_death")));
    }
    DIBAO_TRY(tx.commit());
    return r;
}

Result<QList<ChangeReport>> PeriodicReview::lateChanges(const QString &divisionCode, int limit)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    QString sql = QStringLiteral(
        "SELECT r.id, r.household_id, r.member_id, r.kind, r.changed_on, r.reported_on, r.source, r.details,"
        " r.review_case_id, h.division_code,"
        " (SELECT m.name FROM members m WHERE m.household_id = h.id AND m.relation = 'self' LIMIT 1) "
        "FROM change_reports r JOIN households h ON h.id = r.household_id "
        "WHERE r.late = 1 AND (?1 IS NULL OR h.division_code = ?1) ORDER BY r.reported_on DESC, r.rowid DESC");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto st = m_session.db().prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, nullIfEmpty(divisionCode));
    QList<ChangeReport> out;
    DIBAO_TRY(st->forEachRow([&] {
        ChangeReport r;
        r.id = st->text(0);
        r.householdId = st->text(1);
        r.memberId = st->text(2);
        r.kind = st->text(3);
        r.changedOn = parseIsoDate(st->text(4));
        r.reportedOn = parseIsoDate(st->text(5));
        r.source = st->text(6);
        r.details = st->text(7);
        r.late = true;
        r.reviewCaseId = st->text(8);
        r.divisionCode = st->text(9);
        r.applicantName = st->text(10);
        out << r;
    }));
    return out;
}

Result<QString> PeriodicReview::transfer(const TransferInput &in)
{
    const QDate decided = in.decidedOn.isValid() ? in.decidedOn : chinaToday();
    Workflow flow(m_session);
    DIBAO_TRY(flow.mayConfirm(decided));
    if (in.reason != QLatin1String("move") && in.reason != QLatin1String("relocation"))
        return refused("transfer_reason", trReview("A transfer is a move or a relocation (易地搬迁)."));
    auto household = m_session.writer().read(QStringLiteral("households"), in.householdId);
    if (!household)
        return household.error();
    if (!*household)
        return makeError(ErrorKind::NotFound, QStringLiteral("household_not_found"),
                         trReview("No household %1.").arg(in.householdId));
    const QString from = (**household).value(QStringLiteral("division_code")).toString();
    const QString fromVillage = (**household).value(QStringLiteral("village_name")).toString();
    if (in.toDivision.size() != 9 || in.toDivision == from)
        return refused("transfer_division", trReview("Name the new township (9 digits), not the current one."));
    if (!m_session.inJurisdiction(from) || !m_session.inJurisdiction(in.toDivision))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trReview("Both townships must be in this database's area (a county database)."));
    PayrollService payroll(m_session);
    auto last = payroll.lastIssuedMonth();
    if (!last)
        return last.error();
    const QDate first = in.firstMonth.isValid() ? firstOfMonth(in.firstMonth)
                                                : (last->isValid() ? last->addMonths(1) : firstOfMonth(decided));
    if (last->isValid() && first <= *last)
        return refused("transfer_month_issued",
                       trReview("The %1 roll is already issued by the old township: the new one pays from %2 on.")
                           .arg(isoMonth(*last), isoMonth(last->addMonths(1))));
    {
        auto st = m_session.db().prepare("SELECT max(first_month) FROM household_transfers WHERE household_id = ?");
        if (!st)
            return st.error();
        st->bind(1, in.householdId);
        auto r = st->step();
        if (!r)
            return r.error();
        if (!st->isNull(0) && isoMonth(first) <= st->text(0))
            return refused("transfer_order", trReview("An earlier transfer takes effect in %1: a new one starts later.")
                                                 .arg(st->text(0)));
    }
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    RecordWriter &w = m_session.writer();
    const WriteContext who = m_session.writeContext();
    const QString id = newId();
    DIBAO_TRY(w.insert(who, QStringLiteral("household_transfers"),
                       Row{{QStringLiteral("id"), id},
                           {QStringLiteral("household_id"), in.householdId},
                           {QStringLiteral("from_division"), from},
                           {QStringLiteral("to_division"), in.toDivision},
                           {QStringLiteral("from_village"), nullIfEmpty(fromVillage)},
                           {QStringLiteral("to_village"), nullIfEmpty(in.toVillage)},
                           {QStringLiteral("first_month"), isoMonth(first)},
                           {QStringLiteral("reason"), in.reason},
                           {QStringLiteral("decided_on"), isoDate(decided)}}));
    DIBAO_TRY(w.update(who, QStringLiteral("households"), in.householdId,
                       Row{{QStringLiteral("division_code"), in.toDivision},
                           {QStringLiteral("village_name"), nullIfEmpty(in.toVillage)}},
                       QStringLiteral("transfer")));
    auto open = openCaseOf(m_session, in.householdId);
    if (!open)
        return open.error();
    if (!open->isEmpty())
        DIBAO_TRY(w.update(who, QStringLiteral("cases"), *open,
                           Row{{QStringLiteral("division_code"), in.toDivision},
                               {QStringLiteral("village_name"), nullIfEmpty(in.toVillage)}},
                           QStringLiteral("transfer")));
    DIBAO_TRY(tx.commit());
    return id;
}

} // namespace dibao
