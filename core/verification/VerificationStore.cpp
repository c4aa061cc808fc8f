#include "verification/VerificationStore.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "db/Database.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"
#include "verification/Departments.h"
#include "workflow/CaseStates.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dibao {

namespace {

QString trVerify(const char *text)
{
    return QCoreApplication::translate("dibao::VerificationStore", text);
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

// The request list: every case with a verification_start clock, with its verification if one was started.
const char *kRequestSelect =
    "SELECT c.id, c.household_id, c.division_code, c.applicant_name, c.state, k.started_on, k.due_on, "
    " v.id, v.status, v.started_on, v.departments, v.findings_total, v.findings_open "
    "FROM case_clocks k JOIN cases c ON c.id = k.case_id "
    "LEFT JOIN verifications v ON v.case_id = c.id "
    "WHERE k.clock = 'verification_start' ";

VerificationRequest requestFrom(const Statement &st)
{
    VerificationRequest r;
    r.caseId = st.text(0);
    r.householdId = st.text(1);
    r.divisionCode = st.text(2);
    r.applicantName = st.text(3);
    r.caseState = st.text(4);
    r.requestedOn = parseIsoDate(st.text(5));
    r.dueOn = parseIsoDate(st.text(6));
    r.verificationId = st.text(7);
    r.status = r.verificationId.isEmpty() ? QStringLiteral("pending") : st.text(8);
    r.startedOn = parseIsoDate(st.text(9));
    r.departments = st.text(10).split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.findingsTotal = st.integer(11);
    r.findingsOpen = st.integer(12);
    return r;
}

const char *kFindingSelect =
    "SELECT f.id, f.verification_id, f.case_id, f.household_id, f.member_id, m.name, f.batch_id, f.department, "
    " f.line, f.match, f.record_name, f.record, f.status, f.resolution, f.resolution_note, f.resolution_ref, "
    " f.resolved_on, f.resolved_by "
    "FROM verification_findings f JOIN members m ON m.id = f.member_id ";

VerificationFinding findingFrom(const Statement &st)
{
    VerificationFinding f;
    f.id = st.text(0);
    f.verificationId = st.text(1);
    f.caseId = st.text(2);
    f.householdId = st.text(3);
    f.memberId = st.text(4);
    f.memberName = st.text(5);
    f.batchId = st.text(6);
    f.department = st.text(7);
    f.line = st.int64(8);
    f.match = st.text(9);
    f.recordName = st.text(10);
    f.record = QJsonDocument::fromJson(st.text(11).toUtf8()).object();
    f.status = st.text(12);
    f.resolution = st.text(13);
    f.resolutionNote = st.text(14);
    f.resolutionRef = st.text(15);
    f.resolvedOn = parseIsoDate(st.text(16));
    f.resolvedBy = st.text(17);
    return f;
}

const char *kBatchSelect = "SELECT id, department, file_name, file_sha256, source_format, imported_on, rows_read, "
                           "rows_matched, rows_name_mismatch, verifications_open FROM verification_batches ";

VerificationBatch batchFrom(const Statement &st)
{
    return VerificationBatch{st.text(0), st.text(1),  st.text(2),  st.text(3),  st.text(4),
                             parseIsoDate(st.text(5)), st.int64(6), st.int64(7), st.int64(8), st.int64(9)};
}

} // namespace

const QStringList &FindingResolutionKind::all()
{
    static const QStringList kinds{Explained, IncomeAdded, AssetAdded, ReviewOpened};
    return kinds;
}

QString FindingResolutionKind::displayName(const QString &token)
{
    const char *context = "dibao::FindingResolution";
    if (token == Explained)
        return QCoreApplication::translate(context, "Explained");
    if (token == IncomeAdded)
        return QCoreApplication::translate(context, "Income added to the case");
    if (token == AssetAdded)
        return QCoreApplication::translate(context, "Asset added to the case");
    if (token == ReviewOpened)
        return QCoreApplication::translate(context, "Review opened");
    return token;
}

Result<QList<VerificationRequest>> VerificationStore::requests()
{
    DIBAO_TRY(m_session.require(Action::Verify));
    auto st = m_session.db().prepare(QString::fromLatin1(kRequestSelect) + QStringLiteral("ORDER BY k.due_on, c.id"));
    if (!st)
        return st.error();
    QList<VerificationRequest> out;
    DIBAO_TRY(st->forEachRow([&] { out << requestFrom(*st); }));
    return out;
}

Result<VerificationRequest> VerificationStore::request(const QString &caseId)
{
    DIBAO_TRY(m_session.require(Action::Verify));
    auto st = m_session.db().prepare(QString::fromLatin1(kRequestSelect) + QStringLiteral("AND c.id = ?"));
    if (!st)
        return st.error();
    st->bind(1, caseId);
    auto r = st->step();
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorKind::NotFound, QStringLiteral("verification_not_requested"),
                         trVerify("Case %1 has no verification request.").arg(caseId));
    return requestFrom(*st);
}

Result<StartOutcome> VerificationStore::startPending(const QDate &onDate)
{
    DIBAO_TRY(m_session.require(Action::Verify));
    const QDate on = onDate.isValid() ? onDate : chinaToday();
    auto all = requests();
    if (!all)
        return all.error();
    StartOutcome outcome;
    CaseStore cases(m_session);
    Workflow flow(m_session);
    for (const VerificationRequest &r : std::as_const(*all)) {
        if (r.status != QLatin1String("pending"))
            continue;
        auto refuse = [&](const Error &e) { outcome.refused.append({r.caseId, e}); };
        if (CaseState::isFinal(r.caseState)) {
            refuse(Error{ErrorKind::Invalid, QStringLiteral("case_closed"),
                         trVerify("Case %1 is closed (%2): its verification is not started.")
                             .arg(r.caseId, CaseState::displayName(r.caseState))});
            continue;
        }
        auto docs = cases.documents(r.caseId);
        if (!docs)
            return docs.error();
        bool consent = false;
        for (const CaseDocument &d : std::as_const(*docs))
            consent = consent || (d.kind == QLatin1String("verification_consent") && d.status == QLatin1String("provided"));
        if (!consent) {
            refuse(Error{ErrorKind::Invalid, QStringLiteral("verification_consent_missing"),
                         trVerify("Case %1: the verification consent signed by every member is no longer recorded as "
                                  "provided.")
                             .arg(r.caseId)});
            continue;
        }
        auto clocks = cases.clocks(r.caseId);
        if (!clocks)
            return clocks.error();
        bool running = false;
        for (const ClockRecord &k : std::as_const(*clocks))
            running = running || (k.clock == QLatin1String("verification_start") && !k.doneOn.isValid());
        auto memberIds = m_session.db().prepare(
            "SELECT id FROM members WHERE household_id = ? AND left_reason IS NULL ORDER BY id");
        if (!memberIds)
            return memberIds.error();
        memberIds->bind(1, r.householdId);
        QJsonArray covered;
        DIBAO_TRY(memberIds->forEachRow([&] { covered.append(memberIds->text(0)); }));
        Transaction tx(m_session.db());
        DIBAO_TRY(tx.begun());
        if (running) {
            TransitionInput in;
            in.onDate = on;
            const Status st = flow.apply(r.caseId, QStringLiteral("start_verification"), in);
            if (!st.ok()) {
                if (st.error().kind == ErrorKind::Permission)
                    return st.error();
                refuse(st.error());
                continue;
            }
        }
        DIBAO_TRY(m_session.writer().insert(m_session.writeContext(), QStringLiteral("verifications"),
                                            Row{{QStringLiteral("id"), newId()},
                                                {QStringLiteral("case_id"), r.caseId},
                                                {QStringLiteral("household_id"), r.householdId},
                                                {QStringLiteral("requested_on"), isoDate(r.requestedOn)},
                                                {QStringLiteral("started_on"), isoDate(on)},
                                                {QStringLiteral("status"), QStringLiteral("in_progress")},
                                                {QStringLiteral("member_ids"),
                                                 QString::fromUtf8(QJsonDocument(covered).toJson(QJsonDocument::Compact))},
                                                {QStringLiteral("findings_total"), qint64(0)},
                                                {QStringLiteral("findings_open"), qint64(0)}}));
        DIBAO_TRY(tx.commit());
        outcome.started << r.caseId;
    }
    return outcome;
}

Status VerificationStore::complete(const QString &caseId, const QDate &onDate)
{
    auto r = request(caseId);
    if (!r)
        return r.error();
    if (r->status != QLatin1String("in_progress"))
        return makeError(ErrorKind::Invalid, QStringLiteral("verification_not_in_progress"),
                         trVerify("The verification of case %1 is not in progress.").arg(caseId));
    if (r->findingsOpen > 0)
        return makeError(ErrorKind::Invalid, QStringLiteral("findings_open"),
                         trVerify("Case %1 still has %2 open findings: resolve them first.")
                             .arg(caseId)
                             .arg(r->findingsOpen));
    const QDate on = onDate.isValid() ? onDate : chinaToday();
    return m_session.writer().update(m_session.writeContext(), QStringLiteral("verifications"), r->verificationId,
                                     Row{{QStringLiteral("status"), QStringLiteral("completed")},
                                         {QStringLiteral("completed_on"), isoDate(on)}},
                                     QStringLiteral("complete_verification"));
}

Result<QList<VerificationFinding>> VerificationStore::findings(const QString &caseId, bool openOnly)
{
    DIBAO_TRY(m_session.require(Action::Verify));
    QString sql = QString::fromLatin1(kFindingSelect) + QStringLiteral("WHERE 1 = 1 ");
    if (!caseId.isEmpty())
        sql += QStringLiteral("AND f.case_id = ?1 ");
    if (openOnly)
        sql += QStringLiteral("AND f.status = 'open' ");
    sql += QStringLiteral("ORDER BY f.case_id, f.department, f.line, f.id");
    auto st = m_session.db().prepare(sql);
    if (!st)
        return st.error();
    if (!caseId.isEmpty())
        st->bind(1, caseId);
    QList<VerificationFinding> out;
    DIBAO_TRY(st->forEachRow([&] { out << findingFrom(*st); }));
    return out;
}

Result<VerificationFinding> VerificationStore::finding(const QString &findingId)
{
    DIBAO_TRY(m_session.require(Action::Verify));
    auto st = m_session.db().prepare(QString::fromLatin1(kFindingSelect) + QStringLiteral("WHERE f.id = ?"));
    if (!st)
        return st.error();
    st->bind(1, findingId);
    auto r = st->step();
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorKind::NotFound, QStringLiteral("finding_unknown"),
                         trVerify("No finding %1.").arg(findingId));
    return findingFrom(*st);
}

Status VerificationStore::resolve(const QString &findingId, FindingResolution res)
{
    auto f = finding(findingId);
    if (!f)
        return f.error();
    if (f->status != QLatin1String("open"))
        return makeError(ErrorKind::Conflict, QStringLiteral("finding_resolved"),
                         trVerify("Finding %1 is already resolved (%2).")
                             .arg(findingId, FindingResolutionKind::displayName(f->resolution)));
    if (!FindingResolutionKind::all().contains(res.kind))
        return makeError(ErrorKind::Invalid, QStringLiteral("resolution_unknown"),
                         trVerify("Resolve a finding as one of: %1.")
                             .arg(FindingResolutionKind::all().join(QStringLiteral(", "))));
    res.note = res.note.trimmed();
    if (res.note.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("reason_required"),
                         trVerify("Write down how the finding was resolved."));
    const QDate on = res.on.isValid() ? res.on : chinaToday();
    RecordWriter &w = m_session.writer();
    const WriteContext who = m_session.writeContext();
    const QString action = QStringLiteral("resolve_finding");
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    QString ref;
    HouseholdStore households(m_session);
    if (res.kind == FindingResolutionKind::IncomeAdded || res.kind == FindingResolutionKind::AssetAdded) {
        // The item goes into the household file under the household store's own checks (kinds, amounts, months,
        // member), written by the verifier: the county adds what the department's data showed.
        auto file = households.load(f->householdId);
        if (!file)
            return file.error();
        HouseholdFile probe = *file;
        Row row;
        ref = newId();
        if (res.kind == FindingResolutionKind::IncomeAdded) {
            IncomeItem &i = res.income;
            i.id = ref;
            i.memberId = f->memberId;
            probe.incomes << i;
            DIBAO_TRY(households.validate(probe));
            row = Row{{QStringLiteral("id"), ref},
                      {QStringLiteral("household_id"), f->householdId},
                      {QStringLiteral("member_id"), f->memberId},
                      {QStringLiteral("kind"), i.kind},
                      {QStringLiteral("amount"), i.amount},
                      {QStringLiteral("from_month"), isoMonth(i.fromMonth)},
                      {QStringLiteral("to_month"), isoMonth(i.toMonth)},
                      {QStringLiteral("work_costs"), i.workCosts},
                      {QStringLiteral("taxes"), i.taxes},
                      {QStringLiteral("social_insurance"), i.socialInsurance},
                      {QStringLiteral("support_paid"), i.supportPaid},
                      {QStringLiteral("note"), nullIfEmpty(i.note.isEmpty() ? res.note : i.note)}};
            DIBAO_TRY(w.insert(who, QStringLiteral("income_items"), row));
        } else {
            AssetItem &a = res.asset;
            a.id = ref;
            a.memberId = f->memberId;
            probe.assets << a;
            DIBAO_TRY(households.validate(probe));
            row = Row{{QStringLiteral("id"), ref},
                      {QStringLiteral("household_id"), f->householdId},
                      {QStringLiteral("member_id"), f->memberId},
                      {QStringLiteral("kind"), a.kind},
                      {QStringLiteral("sub_kind"), nullIfEmpty(a.subKind)},
                      {QStringLiteral("value"), a.value},
                      {QStringLiteral("count"), qint64(a.count)},
                      {QStringLiteral("floor_area_centi_sqm"), a.floorAreaCentiSqm},
                      {QStringLiteral("purchase_date"), a.purchaseDate.isValid() ? isoDate(a.purchaseDate) : QString()},
                      {QStringLiteral("exempt"), qint64(a.exempt ? 1 : 0)},
                      {QStringLiteral("exempt_reason"), nullIfEmpty(a.exemptReason)},
                      {QStringLiteral("note"), nullIfEmpty(a.note.isEmpty() ? res.note : a.note)}};
            DIBAO_TRY(w.insert(who, QStringLiteral("asset_items"), row));
        }
    } else if (res.kind == FindingResolutionKind::ReviewOpened) {
        auto h = households.household(f->householdId);
        if (!h)
            return h.error();
        if (h->enrolment != EnrolmentStatus::Enrolled && h->enrolment != EnrolmentStatus::GradualExit)
            return makeError(ErrorKind::Invalid, QStringLiteral("not_enrolled"),
                             trVerify("Only an enrolled household has periodic reviews: resolve a finding on an "
                                      "application as explained, income added or asset added."));
        DIBAO_TRY(w.update(who, QStringLiteral("households"), f->householdId,
                           Row{{QStringLiteral("next_review_due"), isoDate(on)}}, action));
        ref = f->householdId;
    }
    DIBAO_TRY(w.update(who, QStringLiteral("verification_findings"), findingId,
                       Row{{QStringLiteral("status"), QStringLiteral("resolved")},
                           {QStringLiteral("resolution"), res.kind},
                           {QStringLiteral("resolution_note"), res.note},
                           {QStringLiteral("resolution_ref"), nullIfEmpty(ref)},
                           {QStringLiteral("resolved_on"), isoDate(on)},
                           {QStringLiteral("resolved_by"), m_session.actor().name}},
                       action));
    DIBAO_TRY(refreshSummary(f->verificationId));
    return tx.commit();
}

Result<QList<VerificationBatch>> VerificationStore::batches()
{
    DIBAO_TRY(m_session.require(Action::Verify));
    auto st = m_session.db().prepare(QString::fromLatin1(kBatchSelect) + QStringLiteral("ORDER BY created_at, id"));
    if (!st)
        return st.error();
    QList<VerificationBatch> out;
    DIBAO_TRY(st->forEachRow([&] { out << batchFrom(*st); }));
    return out;
}

Result<VerificationReportData> VerificationStore::report(const QString &caseId)
{
    auto r = request(caseId);
    if (!r)
        return r.error();
    VerificationReportData data;
    data.request = *r;
    data.printedOn = chinaToday();
    data.printedBy = m_session.actor().displayName.isEmpty() ? m_session.actor().name : m_session.actor().displayName;
    HouseholdStore households(m_session);
    auto h = households.household(r->householdId);
    if (!h)
        return h.error();
    data.householdAddress = h->registeredAddress;
    data.villageName = h->villageName;
    DIBAO_TRY(m_session.logSensitiveRead(QStringLiteral("verifications"), r->verificationId.isEmpty() ? caseId : r->verificationId,
                                         QStringLiteral("verification_report")));
    if (!r->verificationId.isEmpty()) {
        // Sources: every batch streamed while this verification was in progress (matched or not).
        auto st = m_session.db().prepare(
            QString::fromLatin1(kBatchSelect)
            + QStringLiteral("WHERE created_at >= (SELECT created_at FROM verifications WHERE id = ?1) "
                             "AND ((SELECT completed_on FROM verifications WHERE id = ?1) IS NULL "
                             "     OR imported_on <= (SELECT completed_on FROM verifications WHERE id = ?1)) "
                             "ORDER BY created_at, id"));
        if (!st)
            return st.error();
        st->bind(1, r->verificationId);
        DIBAO_TRY(st->forEachRow([&] { data.sources << batchFrom(*st); }));
        auto f = findings(caseId);
        if (!f)
            return f.error();
        data.findings = *f;
    }
    return data;
}

Status VerificationStore::refreshSummary(const QString &verificationId)
{
    // By case (indexed, one verification per case): a batch touching 10,000 households runs this 10,000 times.
    auto st = m_session.db().cached(
        "SELECT COUNT(*), COALESCE(SUM(f.status = 'open'), 0), "
        " (SELECT group_concat(department) FROM (SELECT DISTINCT d.department FROM verification_findings d "
        "   WHERE d.case_id = v.case_id ORDER BY d.department)) "
        "FROM verifications v JOIN verification_findings f ON f.case_id = v.case_id WHERE v.id = ?1");
    if (!st)
        return st.error();
    (*st)->bind(1, verificationId);
    auto r = (*st)->step();
    if (!r) {
        (*st)->reset();
        return r.error();
    }
    const Row changes{{QStringLiteral("findings_total"), (*st)->int64(0)},
                      {QStringLiteral("findings_open"), (*st)->int64(1)},
                      {QStringLiteral("departments"), nullIfEmpty((*st)->text(2))}};
    (*st)->reset();
    return m_session.writer().update(m_session.writeContext(), QStringLiteral("verifications"), verificationId, changes,
                                     QStringLiteral("verification_summary"));
}

} // namespace dibao
