#include "casework/VisitQueue.h"

#include "common/ChinaDate.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"
#include "workflow/Permissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dibao {

namespace {

QString statesSql()
{
    QStringList quoted;
    for (const QString &s : VisitQueue::states())
        quoted << QLatin1Char('\'') + s + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

} // namespace

const QStringList &VisitQueue::states()
{
    static const QStringList states{CaseState::Accepted, CaseState::Investigating, CaseState::Rechecking,
                                    CaseState::ReviewOpen};
    return states;
}

Result<QList<VisitQueueItem>> VisitQueue::awaiting(const QString &divisionCode, int limit, int offset)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    // The nearest open clock is the case's next_due (kept by the workflow); the subqueries read only the page.
    const QString sql = QStringLiteral(
        "SELECT c.id, c.household_id, c.kind, c.state, c.applicant_name, c.village_name, c.division_code, "
        " c.submitted_on,"
        " (SELECT k.clock FROM case_clocks k WHERE k.case_id = c.id AND k.done_on IS NULL ORDER BY k.due_on, k.clock"
        "  LIMIT 1),"
        " (SELECT min(k.due_on) FROM case_clocks k WHERE k.case_id = c.id AND k.done_on IS NULL),"
        " (SELECT count(*) FROM visits v WHERE v.case_id = c.id AND v.kind = 'household'),"
        " (SELECT max(v.visit_date) FROM visits v WHERE v.case_id = c.id) "
        "FROM cases c WHERE c.state IN (%1) AND (?1 IS NULL OR c.division_code = ?1)"
        " ORDER BY c.next_due IS NULL, c.next_due, c.submitted_on, c.id LIMIT ?2 OFFSET ?3")
                            .arg(statesSql());
    auto st = m_session.db().cached(sql);
    if (!st)
        return st.error();
    Statement &s = **st;
    s.bind(1, nullIfEmpty(divisionCode));
    s.bind(2, qint64(limit < 0 ? -1 : limit));
    s.bind(3, qint64(qMax(0, offset)));
    QList<VisitQueueItem> out;
    const Status read = s.forEachRow([&] {
        VisitQueueItem i;
        i.caseId = s.text(0);
        i.householdId = s.text(1);
        i.kind = s.text(2);
        i.state = s.text(3);
        i.applicantName = s.text(4);
        i.villageName = s.text(5);
        i.divisionCode = s.text(6);
        i.submittedOn = parseIsoDate(s.text(7));
        i.clock = s.text(8);
        i.clockDue = parseIsoDate(s.text(9));
        i.householdVisits = int(s.int64(10));
        i.lastVisit = parseIsoDate(s.text(11));
        out << i;
    });
    DIBAO_TRY(read);
    return out;
}

Result<qint64> VisitQueue::awaitingCount(const QString &divisionCode, qint64 cap)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    const QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases c WHERE c.state IN (%1)"
                                       " AND (?1 IS NULL OR c.division_code = ?1) LIMIT ?2)")
                            .arg(statesSql());
    auto st = m_session.db().cached(sql);
    if (!st)
        return st.error();
    Statement &s = **st;
    s.bind(1, nullIfEmpty(divisionCode));
    s.bind(2, qint64(cap < 0 ? -1 : cap + 1));
    qint64 n = 0;
    const Status read = s.forEachRow([&] { n = s.int64(0); });
    DIBAO_TRY(read);
    return n;
}

Result<QList<RecentVisit>> VisitQueue::recent(const QString &divisionCode, int limit)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    // Newest recorded first: the visits table's own insertion order, read backwards until the page is full (no
    // sort over every visit of a county).
    auto st = m_session.db().cached(
        "SELECT v.id, v.case_id, v.kind, v.visit_date, v.by_authority, v.remote, v.investigators, c.applicant_name,"
        " c.village_name, c.state FROM visits v JOIN cases c ON c.id = v.case_id"
        " WHERE (?1 IS NULL OR c.division_code = ?1) ORDER BY v.rowid DESC LIMIT ?2");
    if (!st)
        return st.error();
    Statement &s = **st;
    s.bind(1, nullIfEmpty(divisionCode));
    s.bind(2, qint64(limit < 0 ? -1 : limit));
    QList<RecentVisit> out;
    const Status read = s.forEachRow([&] {
        RecentVisit v;
        v.visitId = s.text(0);
        v.caseId = s.text(1);
        v.kind = s.text(2);
        v.visitDate = parseIsoDate(s.text(3));
        v.byAuthority = s.int64(4) != 0;
        v.remote = s.int64(5) != 0;
        for (const QJsonValue &i : QJsonDocument::fromJson(s.text(6).toUtf8()).array())
            v.investigators << i.toObject().value(QStringLiteral("name")).toString();
        v.applicantName = s.text(7);
        v.villageName = s.text(8);
        v.caseState = s.text(9);
        out << v;
    });
    DIBAO_TRY(read);
    return out;
}

} // namespace dibao
