// Economic verification (核对) and the roster import: verify-import, verify-run, verify-resolve, verify-complete,
// roster-import
// (docs/cli.md "Verification and the roster", docs/verification.md).
#include "CliContext.h"
#include "CommandSupport.h"

#include "common/ChinaDate.h"
#include "io/ColumnMapping.h"
#include "verification/DepartmentBatchImport.h"
#include "verification/Departments.h"
#include "verification/RosterImport.h"
#include "verification/VerificationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dibao::cli {

namespace {

bool dateOption(Context &ctx, QDate &out)
{
    if (!ctx.args().hasOption(QStringLiteral("date"))) {
        out = chinaToday();
        return true;
    }
    out = parseIsoDate(ctx.args().option(QStringLiteral("date")));
    return out.isValid();
}

// Prints a report's problems, one line each, for people.
void printErrors(Context &ctx, const MappingReport &report)
{
    for (const RowError &e : report.errors) {
        if (e.column.isEmpty())
            ctx.err() << tr("line %1: %2 (%3)").arg(e.line).arg(e.message, e.code) << Qt::endl;
        else
            ctx.err() << tr("line %1, column %2: %3 (%4)").arg(e.line).arg(e.column, e.message, e.code) << Qt::endl;
    }
    if (report.truncated)
        ctx.err() << tr("(more problems not listed)") << Qt::endl;
}

QJsonObject requestJson(const VerificationRequest &r)
{
    return QJsonObject{{QStringLiteral("case_id"), r.caseId},
                       {QStringLiteral("household_id"), r.householdId},
                       {QStringLiteral("township"), r.divisionCode},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("requested_on"), isoDate(r.requestedOn)},
                       {QStringLiteral("due_on"), isoDate(r.dueOn)},
                       {QStringLiteral("started_on"), r.startedOn.isValid() ? QJsonValue(isoDate(r.startedOn)) : QJsonValue()},
                       {QStringLiteral("findings_total"), r.findingsTotal},
                       {QStringLiteral("findings_open"), r.findingsOpen}};
}

QJsonObject findingJson(const VerificationFinding &f)
{
    return QJsonObject{{QStringLiteral("id"), f.id},
                       {QStringLiteral("case_id"), f.caseId},
                       {QStringLiteral("member_id"), f.memberId},
                       {QStringLiteral("department"), f.department},
                       {QStringLiteral("line"), f.line},
                       {QStringLiteral("match"), f.match},
                       {QStringLiteral("status"), f.status},
                       {QStringLiteral("resolution"), f.resolution.isEmpty() ? QJsonValue() : QJsonValue(f.resolution)}};
}

} // namespace

int cmdVerifyImport(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("department"), QStringLiteral("mapping"), QStringLiteral("date")}), {});
    if (ctx.args().positional().size() != 1 || !ctx.args().hasOption(QStringLiteral("department"))
        || !ctx.args().hasOption(QStringLiteral("mapping")))
        return ctx.usage(tr("verify-import needs --department NAME --mapping FILE and one DATA file"));
    DepartmentBatchOptions options;
    options.department = ctx.args().option(QStringLiteral("department"));
    options.path = ctx.args().positional().first();
    if (!dateOption(ctx, options.on))
        return ctx.usage(tr("--date must be YYYY-MM-DD"));
    auto mapping = ColumnMapping::loadFile(ctx.args().option(QStringLiteral("mapping")));
    if (!mapping)
        return ctx.fail(mapping.error());
    options.mapping = *mapping;
    OPEN_SESSION(session);
    auto result = DepartmentBatchImport::run(session, options);
    if (!result)
        return ctx.fail(result.error());
    const MappingReport &report = result->report;
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("ok"), result->stored},
                      {QStringLiteral("department"), options.department},
                      {QStringLiteral("batch_id"), result->stored ? QJsonValue(result->batchId) : QJsonValue()},
                      {QStringLiteral("source"), result->sourceFormat},
                      {QStringLiteral("verifications_open"), result->verificationsOpen},
                      {QStringLiteral("authorized_members"), result->authorizedMembers},
                      {QStringLiteral("matched"), result->matched},
                      {QStringLiteral("name_mismatch"), result->nameMismatch},
                      {QStringLiteral("report"), report.toJson()}};
        if (!result->stored)
            o.insert(QStringLiteral("error"), QStringLiteral("verify_batch_invalid"));
        printJson(ctx, o);
    }
    if (!result->stored) {
        printErrors(ctx, report);
        ctx.err() << tr("error: the batch has %1 rows with problems; nothing was kept.").arg(report.rowsWithErrors)
                  << Qt::endl;
        return Rejected;
    }
    if (!ctx.json())
        ctx.out() << tr("%1: %2 rows read (%3); %4 findings kept (%5 matching, %6 with another name), every other row "
                        "discarded; batch %7.")
                         .arg(Department::displayName(options.department))
                         .arg(report.rowsRead)
                         .arg(result->sourceFormat)
                         .arg(result->matched + result->nameMismatch)
                         .arg(result->matched)
                         .arg(result->nameMismatch)
                         .arg(result->batchId)
                  << Qt::endl;
    return Ok;
}

int cmdVerifyRun(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("date")}), {});
    if (!ctx.args().positional().isEmpty())
        return ctx.usage(tr("verify-run takes no arguments"));
    QDate on;
    if (!dateOption(ctx, on))
        return ctx.usage(tr("--date must be YYYY-MM-DD"));
    OPEN_SESSION(session);
    VerificationStore store(session);
    auto started = store.startPending(on);
    if (!started)
        return ctx.fail(started.error());
    auto requests = store.requests();
    if (!requests)
        return ctx.fail(requests.error());
    auto findings = store.findings(QString(), true);
    if (!findings)
        return ctx.fail(findings.error());
    if (ctx.json()) {
        QJsonArray refused, reqs, open;
        for (const auto &r : std::as_const(started->refused))
            refused.append(QJsonObject{{QStringLiteral("case_id"), r.first},
                                       {QStringLiteral("error"), r.second.code},
                                       {QStringLiteral("message"), r.second.message}});
        for (const VerificationRequest &r : std::as_const(*requests))
            reqs.append(requestJson(r));
        for (const VerificationFinding &f : std::as_const(*findings))
            open.append(findingJson(f));
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true},
                                   {QStringLiteral("started"), QJsonArray::fromStringList(started->started)},
                                   {QStringLiteral("refused"), refused},
                                   {QStringLiteral("requests"), reqs},
                                   {QStringLiteral("open_findings"), open}});
        return Ok;
    }
    ctx.out() << tr("Started %1 verifications; %2 refused.").arg(started->started.size()).arg(started->refused.size())
              << Qt::endl;
    for (const auto &r : std::as_const(started->refused))
        ctx.out() << tr("  refused %1: %2").arg(r.first, r.second.message) << Qt::endl;
    for (const VerificationRequest &r : std::as_const(*requests))
        ctx.out() << tr("%1  %2  %3  requested %4  findings %5 (%6 open)")
                         .arg(r.caseId, r.status, r.applicantName, isoDate(r.requestedOn))
                         .arg(r.findingsTotal)
                         .arg(r.findingsOpen)
                  << Qt::endl;
    for (const VerificationFinding &f : std::as_const(*findings))
        ctx.out() << tr("open finding %1: case %2, %3, %4 line %5, %6")
                         .arg(f.id, f.caseId, f.memberName, f.department)
                         .arg(f.line)
                         .arg(f.match)
                  << Qt::endl;
    return Ok;
}

int cmdVerifyResolve(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("resolution"), QStringLiteral("note"), QStringLiteral("kind"),
                               QStringLiteral("sub-kind"), QStringLiteral("amount"), QStringLiteral("from-month"),
                               QStringLiteral("to-month"), QStringLiteral("date")}),
                  {});
    if (ctx.args().positional().size() != 1 || !ctx.args().hasOption(QStringLiteral("resolution")))
        return ctx.usage(tr("verify-resolve needs FINDING and --resolution explained|income_added|asset_added|"
                            "review_opened"));
    FindingResolution res;
    res.kind = ctx.args().option(QStringLiteral("resolution"));
    res.note = ctx.args().option(QStringLiteral("note"));
    if (!dateOption(ctx, res.on))
        return ctx.usage(tr("--date must be YYYY-MM-DD"));
    bool amountOk = true;
    const qint64 amount = ctx.args().hasOption(QStringLiteral("amount"))
        ? ctx.args().option(QStringLiteral("amount")).toLongLong(&amountOk) : 0;
    if (!amountOk)
        return ctx.usage(tr("--amount is in fen, a whole number"));
    if (res.kind == FindingResolutionKind::IncomeAdded) {
        res.income.kind = ctx.args().option(QStringLiteral("kind"));
        res.income.amount = amount;
        res.income.fromMonth = parseIsoMonth(ctx.args().option(QStringLiteral("from-month")));
        res.income.toMonth = parseIsoMonth(ctx.args().option(QStringLiteral("to-month")));
    } else if (res.kind == FindingResolutionKind::AssetAdded) {
        res.asset.kind = ctx.args().option(QStringLiteral("kind"));
        res.asset.subKind = ctx.args().option(QStringLiteral("sub-kind"));
        res.asset.value = amount;
    }
    OPEN_SESSION(session);
    VerificationStore store(session);
    const Status st = store.resolve(ctx.args().positional().first(), res);
    if (!st)
        return ctx.fail(st.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true},
                                   {QStringLiteral("finding"), ctx.args().positional().first()},
                                   {QStringLiteral("resolution"), res.kind}});
    else
        ctx.out() << tr("Finding %1 resolved: %2.")
                         .arg(ctx.args().positional().first(), FindingResolutionKind::displayName(res.kind))
                  << Qt::endl;
    return Ok;
}

int cmdVerifyComplete(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("date")}), {});
    if (ctx.args().positional().size() != 1)
        return ctx.usage(tr("verify-complete needs the CASE whose verification is complete"));
    QDate on;
    if (!dateOption(ctx, on))
        return ctx.usage(tr("--date must be YYYY-MM-DD"));
    const QString caseId = ctx.args().positional().first();
    OPEN_SESSION(session);
    VerificationStore store(session);
    if (const Status st = store.complete(caseId, on); !st)
        return ctx.fail(st.error());
    auto r = store.request(caseId);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json()) {
        QJsonObject o = requestJson(*r);
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("completed_on"), isoDate(on));
        printJson(ctx, o);
    } else {
        ctx.out() << tr("Verification of case %1 (%2) completed on %3: %4 findings, all resolved.")
                         .arg(caseId, r->applicantName, isoDate(on))
                         .arg(r->findingsTotal)
                  << Qt::endl;
    }
    return Ok;
}

int cmdRosterImport(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("mapping")}), {QStringLiteral("dry-run")});
    if (ctx.args().positional().size() != 1 || !ctx.args().hasOption(QStringLiteral("mapping")))
        return ctx.usage(tr("roster-import needs --mapping FILE and one DATA file"));
    auto mapping = ColumnMapping::loadFile(ctx.args().option(QStringLiteral("mapping")));
    if (!mapping)
        return ctx.fail(mapping.error());
    const bool dryRun = ctx.args().flag(QStringLiteral("dry-run"));
    OPEN_SESSION(session);
    auto result = RosterImport::run(session, *mapping, ctx.args().positional().first(), dryRun);
    if (!result)
        return ctx.fail(result.error());
    const bool ok = result->report.ok();
    if (ctx.json()) {
        QJsonArray households;
        for (const RosterHousehold &h : std::as_const(result->households))
            households.append(QJsonObject{
                {QStringLiteral("key"), h.key},
                {QStringLiteral("line"), h.line},
                {QStringLiteral("household_id"), h.householdId.isEmpty() ? QJsonValue() : QJsonValue(h.householdId)},
                {QStringLiteral("township"), h.divisionCode},
                {QStringLiteral("applicant"), h.applicantName},
                {QStringLiteral("members"), h.members},
                {QStringLiteral("amount"), h.amount},
                {QStringLiteral("approval_document"), h.approvalDocument},
                {QStringLiteral("approval_date"), isoDate(h.approvedOn)},
                {QStringLiteral("enrolled_since"), isoMonth(h.enrolledSince)},
                {QStringLiteral("next_review_due"), isoDate(h.nextReviewDue)}});
        QJsonObject o{{QStringLiteral("ok"), ok},
                      {QStringLiteral("dry_run"), dryRun},
                      {QStringLiteral("committed"), result->committed},
                      {QStringLiteral("households"), households},
                      {QStringLiteral("member_count"), result->memberCount},
                      {QStringLiteral("report"), result->report.toJson()}};
        if (!ok)
            o.insert(QStringLiteral("error"), QStringLiteral("roster_invalid"));
        printJson(ctx, o);
    } else {
        for (const RosterHousehold &h : std::as_const(result->households))
            ctx.out() << tr("%1 (line %2): %3, %4 members, %5 yuan/month, township %6, approved %7 %8, migrated")
                             .arg(h.key)
                             .arg(h.line)
                             .arg(h.applicantName)
                             .arg(h.members)
                             .arg(formatYuan(h.amount), h.divisionCode, h.approvalDocument, isoDate(h.approvedOn))
                      << Qt::endl;
    }
    if (!ok) {
        printErrors(ctx, result->report);
        ctx.err() << tr("error: %1 rows with problems; nothing was imported.").arg(result->report.rowsWithErrors)
                  << Qt::endl;
        return Rejected;
    }
    if (!ctx.json())
        ctx.out() << (dryRun ? tr("Dry run: %1 households with %2 members would be imported; nothing was written.")
                             : tr("Imported %1 households with %2 members, marked migrated."))
                             .arg(result->households.size())
                             .arg(result->memberCount)
                  << Qt::endl;
    return Ok;
}

} // namespace dibao::cli
