#include "CliContext.h"
#include "CommandSupport.h"

#include "common/ChinaDate.h"
#include "common/Json.h"
#include "domain/Division.h"
#include "domain/IdNumber.h"
#include "io/HouseholdJson.h"
#include "policy/PolicySet.h"
#include "policy/WorkingCalendar.h"
#include "rules/Eligibility.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "store/PolicyStore.h"
#include "store/UserStore.h"
#include "sync/AuditAnchors.h"
#include "workflow/CaseStates.h"
#include "workflow/Workflow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace dibao::cli {

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("file_unreadable"),
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    // Policy and household files are small; refuse anything absurd before reading it all.
    if (file.size() > 256ll * 1024 * 1024)
        return makeError(ErrorKind::Invalid, QStringLiteral("file_too_large"), tr("%1 is too large.").arg(path));
    return file.readAll();
}

QString deadlineText(const WorkingCalendar &calendar, const QDate &due, const QDate &today)
{
    if (!due.isValid())
        return QString();
    const int days = calendar.workingDaysBetween(today, due);
    if (days >= 0)
        return tr("%1 (%2 working days left)").arg(isoDate(due)).arg(days);
    return tr("%1 (overdue by %2 working days)").arg(isoDate(due)).arg(-days);
}

} // namespace

int cmdHelp(Context &ctx)
{
    ctx.out() << tr("dibao-cli: the dibao case register from the command line (docs/cli.md).\n"
                    "\n"
                    "  id-check NUMBER...\n"
                    "  --db FILE init --division CODE --admin NAME\n"
                    "  --db FILE demo --households N [--months M] [--seed S]\n"
                    "  --db FILE policy-export [--out FILE]\n"
                    "  --db FILE policy-import FILE\n"
                    "  --db FILE household-import FILE\n"
                    "  --db FILE cases [--state S] [--overdue] [--search TEXT] [--limit N] [--json]\n"
                    "  --db FILE due [--until YYYY-MM-DD] [--json]\n"
                    "  --db FILE eligibility CASE [--as-of YYYY-MM-DD] [--json]\n"
                    "  --db FILE audit-verify [--json]\n"
                    "  --db FILE transition CASE STEP [--date D] [--reason R] [--choice C] [--amount FEN] [--tier T]\n"
                    "            [--months N] [--missing ITEM]... [--certificate NUMBER]\n"
                    "  --db FILE visit-add CASE --date D --investigator NAME --investigator NAME [--findings TEXT]\n"
                    "            [--kind household|neighbour|evidence_letter] [--emergency REF --remote]\n"
                    "  --db FILE user-add NAME --role ROLE [--display-name NAME]\n"
                    "  help\n"
                    "\n");
    ctx.out() << tr("Casework (docs/casework.md, docs/payroll.md):\n"
                    "  --db FILE payroll --month YYYY-MM --out DIR [--issue] [--encoding gb18030|utf-8] [--date D]\n"
                    "  --db FILE bank-return --month YYYY-MM FILE [--date D]\n"
                    "  --db FILE adjustment-add HOUSEHOLD --amount FEN --reason TEXT [--month YYYY-MM]\n"
                    "  --db FILE confirmation-queue [--division CODE] [--limit N]\n"
                    "  --db FILE complaint-add CASE --reason TEXT [--channel C] [--date D]\n"
                    "  --db FILE notice-post --place TEXT [--division CODE] [--village V] [--date D] [--out FILE]\n"
                    "            CASE[=FEN]...\n"
                    "  --db FILE standing-list --out FILE [--division CODE] [--village V]\n"
                    "  --db FILE objection-add CASE --reason TEXT [--channel C] [--objector NAME] [--date D]\n"
                    "  --db FILE meeting-record FILE\n"
                    "  --db FILE reviews-due [--until D] [--category stable|other] [--division CODE] [--limit N]\n"
                    "  --db FILE transfer HOUSEHOLD --division CODE [--village V] [--month YYYY-MM]\n"
                    "            [--kind move|relocation] [--date D]\n"
                    "\n");
    ctx.out() << tr("Supervision, read-only (docs/supervision.md):\n"
                    "  --db FILE stats --month YYYY-MM [--by township|village|area|tier] [--xlsx FILE]\n"
                    "  --db FILE audit-export --out FILE.xlsx|FILE.csv [--case ID] [--from D] [--to D]\n"
                    "            [--by-user NAME] [--entity TABLE] [--action A]\n"
                    "  --db FILE inspection-report --township CODE --out FILE.xlsx [--from D] [--to D]\n"
                    "  --db FILE fund-report --month YYYY-MM --out FILE.xlsx\n"
                    "\n");
    ctx.out() << tr("Sync, keys and backups (docs/sync.md):\n"
                    "  --db HUB hub-card --out FILE [--address URL] [--tls-cert FILE]\n"
                    "  --db DEV join --hub-card FILE [--expect-fingerprint FP]\n"
                    "  --db DEV key-show [--out FILE]\n"
                    "  --db HUB enroll --device-key FILE [--expect-fingerprint FP]\n"
                    "  --db HUB devices\n"
                    "  --db HUB revoke DEVICE --after-seq N\n"
                    "  --db HUB unfreeze DEVICE\n"
                    "  --db DEV key-rotate\n"
                    "  --db DEV key-grant USER\n"
                    "  --db DEV bundle-export --out DIR\n"
                    "  --db HUB bundle-export --device ID --out DIR\n"
                    "  --db ANY bundle-import FILE|DIR...\n"
                    "  [--db ANY] bundle-inspect FILE\n"
                    "  --db DEV sync [--hub URL]\n"
                    "  --db FILE backup --out DIR\n"
                    "  --db NEW_FILE restore BACKUP [--user NAME] [--hub-keys FILE]\n"
                    "\n");
    ctx.out() << tr("Verification and the roster (docs/verification.md):\n"
                    "  --db FILE verify-import --department NAME --mapping FILE DATA\n"
                    "  --db FILE verify-run [--date D]\n"
                    "  --db FILE verify-resolve FINDING --resolution R --note TEXT [...]\n"
                    "  --db FILE verify-complete CASE [--date D]\n"
                    "  --db FILE roster-import --mapping FILE DATA [--dry-run]\n"
                    "\n");
    ctx.out() << tr("Letters, visits, complaints and the near-relative register (docs/complaints.md):\n"
                    "  --db FILE petition-add --kind KIND --channel CHANNEL --summary TEXT (--anonymous | --reporter NAME\n"
                    "            [--phone P] [--address A] [--reporter-id N]) [--household ID | --case ID |\n"
                    "            --staff NAME --about CODE | --office CODE] [--date D]\n"
                    "  --db FILE petitions [--overdue] [--open] [--mine]\n"
                    "  --db FILE petition-show PETITION\n"
                    "  --db FILE petition-reporter PETITION\n"
                    "  --db FILE petition-ack PETITION [--date D] [--note TEXT]\n"
                    "  --db FILE petition-handover PETITION --to USER --reason TEXT [--date D]\n"
                    "  --db FILE petition-extend PETITION --reason TEXT [--date D]\n"
                    "  --db FILE petition-conclude PETITION --outcome OUTCOME --findings TEXT [--verified] [--date D]\n"
                    "  --db FILE petition-feedback PETITION --note TEXT [--date D]\n"
                    "  --db FILE petition-reward PETITION --amount FEN [--note TEXT] [--date D]\n"
                    "  --db FILE petition-check PETITION\n"
                    "  --db FILE petition-forward PETITION --stage reexamination|review --body NAME [--to CODE]\n"
                    "            [--requested D] [--date D]\n"
                    "  --db FILE petition-outcome PETITION --stage STAGE --outcome upheld|changed|revoked [--by CODE]\n"
                    "            [--note TEXT] [--date D]\n"
                    "  --db FILE relative-add --staff NAME --staff-id N --staff-role ROLE --relative NAME --relative-id N\n"
                    "            --relation RELATION [--unit TEXT] [--note TEXT]\n"
                    "  --db FILE relatives\n"
                    "  --db FILE relatives-flagged [--division CODE]\n"
                    "\n");
    ctx.out() << tr("Most commands also take --json (stable English tokens, schemas in docs/).\n"
                    "Every command with --db signs in as --user NAME (default: the administrator made by init) with\n"
                    "the password in DIBAO_PASSWORD, or asks for it. Exit codes: 0 ok, 1 invalid or rejected, 2 usage,\n"
                    "3 permission denied, 4 held.\n");
    return Ok;
}

int cmdIdCheck(Context &ctx)
{
    CHECK_OPTIONS({}, {});
    if (ctx.args().positional().isEmpty())
        return ctx.usage(tr("id-check needs at least one ID number"));
    bool allValid = true;
    QJsonArray results;
    for (const QString &number : ctx.args().positional()) {
        auto parsed = parseIdNumber(number);
        allValid = allValid && parsed.ok();
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("input"), number}, {QStringLiteral("valid"), parsed.ok()}};
            if (parsed) {
                o.insert(QStringLiteral("normalized"), parsed->normalized);
                o.insert(QStringLiteral("birth_date"), isoDate(parsed->birthDate));
                o.insert(QStringLiteral("sex"), parsed->sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female"));
                o.insert(QStringLiteral("legacy15"), parsed->legacy15);
            } else {
                o.insert(QStringLiteral("error"), parsed.error().code);
                o.insert(QStringLiteral("message"), parsed.error().message);
            }
            results.append(o);
        } else if (parsed) {
            ctx.out() << tr("%1: valid (%2, born %3, %4)")
                             .arg(number, parsed->normalized, isoDate(parsed->birthDate),
                                  parsed->sex == Sex::Male ? tr("male") : tr("female"))
                      << Qt::endl;
        } else {
            ctx.out() << tr("%1: invalid: %2").arg(number, parsed.error().message) << Qt::endl;
        }
    }
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("all_valid"), allValid}});
    return allValid ? Ok : Rejected;
}

int cmdInit(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("division"), QStringLiteral("admin"), QStringLiteral("display-name")}),
                  {});
    const QString path = ctx.args().option(QStringLiteral("db"));
    if (path.isEmpty() || !ctx.args().hasOption(QStringLiteral("division")) || !ctx.args().hasOption(QStringLiteral("admin")))
        return ctx.usage(tr("init needs --db FILE --division CODE --admin NAME"));
    auto pw = ctx.password(tr("Password for the new administrator: "));
    if (!pw)
        return ctx.fail(pw.error());
    Session::InitOptions options;
    options.divisionCode = ctx.args().option(QStringLiteral("division"));
    options.adminName = ctx.args().option(QStringLiteral("admin"));
    options.adminDisplayName = ctx.args().option(QStringLiteral("display-name"));
    options.adminPassword = *pw;
    auto session = Session::create(path, options);
    if (!session)
        return ctx.fail(session.error());
    const QString name = DivisionRegistry::instance().fullName(options.divisionCode);
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true},
                                   {QStringLiteral("db"), path},
                                   {QStringLiteral("division_code"), options.divisionCode},
                                   {QStringLiteral("level"), (*session)->isCounty() ? QStringLiteral("county") : QStringLiteral("township")},
                                   {QStringLiteral("device_id"), (*session)->deviceId()},
                                   {QStringLiteral("admin"), options.adminName}});
    else
        ctx.out() << tr("Created %1 for %2 (%3); administrator: %4").arg(path, name, options.divisionCode, options.adminName)
                  << Qt::endl;
    return Ok;
}

int cmdPolicyExport(Context &ctx)
{
    CHECK_OPTIONS({QStringLiteral("out")}, {});
    OPEN_SESSION(session);
    PolicyStore store(session);
    auto json = store.exportJson();
    if (!json)
        return ctx.fail(json.error());
    const QString out = ctx.args().option(QStringLiteral("out"));
    if (out.isEmpty()) {
        ctx.out() << QString::fromUtf8(*json);
        return Ok;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit())
        return ctx.fail(makeError(ErrorKind::Io, QStringLiteral("file_unwritable"),
                                  tr("Cannot write %1: %2").arg(out, file.errorString())));
    ctx.err() << tr("Wrote %1").arg(out) << Qt::endl;
    return Ok;
}

int cmdPolicyImport(Context &ctx)
{
    CHECK_OPTIONS({}, {});
    if (ctx.args().positional().size() != 1)
        return ctx.usage(tr("policy-import needs exactly one FILE"));
    OPEN_SESSION(session);
    auto bytes = readFile(ctx.args().positional().first());
    if (!bytes)
        return ctx.fail(bytes.error());
    PolicyStore store(session);
    auto summary = store.importJson(*bytes);
    if (!summary)
        return ctx.fail(summary.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true},
                                   {QStringLiteral("added"), summary->added},
                                   {QStringLiteral("updated"), summary->updated},
                                   {QStringLiteral("unchanged"), summary->unchanged}});
    else
        ctx.out() << tr("Policy rows: %1 added, %2 updated, %3 unchanged.")
                         .arg(summary->added)
                         .arg(summary->updated)
                         .arg(summary->unchanged)
                  << Qt::endl;
    return Ok;
}

int cmdHouseholdImport(Context &ctx)
{
    CHECK_OPTIONS({}, {});
    if (ctx.args().positional().size() != 1)
        return ctx.usage(tr("household-import needs exactly one FILE"));
    OPEN_SESSION(session);
    auto bytes = readFile(ctx.args().positional().first());
    if (!bytes)
        return ctx.fail(bytes.error());
    auto ids = importHouseholds(session, *bytes);
    if (!ids)
        return ctx.fail(ids.error());
    if (ctx.json()) {
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("cases"), QJsonArray::fromStringList(*ids)}});
    } else {
        for (const QString &id : *ids)
            ctx.out() << id << Qt::endl;
    }
    return Ok;
}

int cmdCases(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("state"), QStringLiteral("search"), QStringLiteral("limit")}),
                  {QStringLiteral("overdue")});
    const QString state = ctx.args().option(QStringLiteral("state"));
    if (!state.isEmpty() && !CaseState::isKnown(state))
        return ctx.usage(tr("unknown state \"%1\"; the states are: %2").arg(state, CaseState::all().join(QStringLiteral(", "))));
    OPEN_SESSION(session);
    if (Status st = session.require(Action::ViewCases); !st)
        return ctx.fail(st.error());
    CaseFilter filter;
    filter.state = state;
    filter.overdue = ctx.args().flag(QStringLiteral("overdue"));
    filter.search = ctx.args().option(QStringLiteral("search"));
    if (ctx.args().hasOption(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = ctx.args().option(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 0)
            return ctx.usage(tr("--limit takes a whole number"));
    }
    CaseStore cases(session);
    auto list = cases.list(filter);
    if (!list)
        return ctx.fail(list.error());
    const QDate today = chinaToday();
    if (ctx.json()) {
        QJsonArray rows;
        for (const CaseSummary &c : *list) {
            rows.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("kind"), c.kind},
                                    {QStringLiteral("state"), c.state},
                                    {QStringLiteral("division_code"), c.divisionCode},
                                    {QStringLiteral("village"), c.villageName},
                                    {QStringLiteral("applicant"), c.applicantName},
                                    {QStringLiteral("members"), c.memberCount},
                                    {QStringLiteral("amount_fen"), c.amount >= 0 ? QJsonValue(c.amount) : QJsonValue()},
                                    {QStringLiteral("submitted_on"), isoDate(c.submittedOn)},
                                    {QStringLiteral("next_due"), c.nextDue.isValid() ? QJsonValue(isoDate(c.nextDue)) : QJsonValue()},
                                    {QStringLiteral("next_clock"), c.nextClock.isEmpty() ? QJsonValue() : QJsonValue(c.nextClock)},
                                    {QStringLiteral("overdue"), c.nextDue.isValid() && c.nextDue < today}});
        }
        printJson(ctx, QJsonObject{{QStringLiteral("count"), rows.size()}, {QStringLiteral("cases"), rows}});
        return Ok;
    }
    const WorkingCalendar calendar(session.policy());
    for (const CaseSummary &c : *list) {
        ctx.out() << c.id << QLatin1Char('\t') << CaseState::displayName(c.state) << QLatin1Char('\t')
                  << c.applicantName << QLatin1Char('\t') << tr("%n member(s)", nullptr, c.memberCount)
                  << QLatin1Char('\t') << (c.amount >= 0 ? formatYuan(c.amount) : QStringLiteral("-"))
                  << QLatin1Char('\t') << deadlineText(calendar, c.nextDue, today) << Qt::endl;
    }
    ctx.err() << tr("%n case(s)", nullptr, int(list->size())) << Qt::endl;
    return Ok;
}

int cmdDue(Context &ctx)
{
    CHECK_OPTIONS({QStringLiteral("until")}, {});
    OPEN_SESSION(session);
    const QDate until = ctx.args().hasOption(QStringLiteral("until"))
        ? parseIsoDate(ctx.args().option(QStringLiteral("until")))
        : chinaToday().addDays(7);
    if (!until.isValid())
        return ctx.usage(tr("--until takes a date YYYY-MM-DD"));
    CaseStore cases(session);
    auto due = cases.dueWork(until);
    if (!due)
        return ctx.fail(due.error());
    const QDate today = chinaToday();
    if (ctx.json()) {
        QJsonArray rows;
        for (const DueItem &d : *due)
            rows.append(QJsonObject{{QStringLiteral("case"), d.caseId.isEmpty() ? QJsonValue() : QJsonValue(d.caseId)},
                                    {QStringLiteral("household"), d.householdId},
                                    {QStringLiteral("clock"), d.clock},
                                    {QStringLiteral("due_on"), isoDate(d.dueOn)},
                                    {QStringLiteral("overdue"), d.dueOn < today},
                                    {QStringLiteral("applicant"), d.applicantName}});
        printJson(ctx, QJsonObject{{QStringLiteral("count"), rows.size()}, {QStringLiteral("due"), rows}});
        return Ok;
    }
    const WorkingCalendar calendar(session.policy());
    for (const DueItem &d : *due)
        ctx.out() << d.clock << QLatin1Char('\t') << deadlineText(calendar, d.dueOn, today) << QLatin1Char('\t')
                  << d.applicantName << QLatin1Char('\t') << (d.caseId.isEmpty() ? d.householdId : d.caseId) << Qt::endl;
    return Ok;
}

int cmdEligibility(Context &ctx)
{
    CHECK_OPTIONS({QStringLiteral("as-of")}, {});
    if (ctx.args().positional().size() != 1)
        return ctx.usage(tr("eligibility needs exactly one CASE id"));
    QDate asOf = chinaToday();
    if (ctx.args().hasOption(QStringLiteral("as-of"))) {
        asOf = parseIsoDate(ctx.args().option(QStringLiteral("as-of")));
        if (!asOf.isValid())
            return ctx.usage(tr("--as-of takes a date YYYY-MM-DD"));
    }
    OPEN_SESSION(session);
    if (Status st = session.require(Action::ViewCases); !st)
        return ctx.fail(st.error());
    CaseStore cases(session);
    auto record = cases.get(ctx.args().positional().first());
    if (!record)
        return ctx.fail(record.error());
    HouseholdStore households(session);
    auto file = households.load(record->householdId);
    if (!file)
        return ctx.fail(file.error());
    // The explanation shows members' circumstances (illness, disability, income): a logged read.
    if (Status st = session.logSensitiveRead(QStringLiteral("households"), record->householdId, QStringLiteral("eligibility"));
        !st)
        return ctx.fail(st.error());
    EligibilityOptions options;
    options.assignedTier = record->tier.isEmpty() ? record->proposedTier : record->tier;
    options.individualMemberId = record->individualMemberId;
    const EligibilityResult result = evaluateEligibility(*file, session.policy(), asOf, options);
    if (ctx.json()) {
        QJsonObject o = result.toJson();
        o.insert(QStringLiteral("case"), record->id);
        printJson(ctx, o);
        return Ok;
    }
    ctx.out() << tr("Case %1, applicant %2, as of %3").arg(record->id, record->applicantName, isoDate(asOf)) << Qt::endl;
    for (const QString &line : result.explanation)
        ctx.out() << line << Qt::endl;
    return Ok;
}

int cmdAuditVerify(Context &ctx)
{
    CHECK_OPTIONS({}, {});
    OPEN_SESSION(session);
    if (Status st = session.require(Action::VerifyAudit); !st)
        return ctx.fail(st.error());
    auto report = session.audit().verify();
    if (!report)
        return ctx.fail(report.error());
    // Sync: the audit heads the hub acknowledged must still be in the chain (docs/sync.md "Audit anchoring").
    auto anchors = AuditAnchors::check(session);
    if (!anchors)
        return ctx.fail(anchors.error());
    report->problems << anchors->problems;
    if (ctx.json()) {
        QJsonArray problems;
        for (const AuditLog::Problem &p : report->problems)
            problems.append(QJsonObject{{QStringLiteral("kind"), p.kind},
                                        {QStringLiteral("seq"), p.seq},
                                        {QStringLiteral("entity"), p.entity},
                                        {QStringLiteral("entity_id"), p.entityId},
                                        {QStringLiteral("detail"), p.detail}});
        printJson(ctx, QJsonObject{{QStringLiteral("intact"), report->intact()},
                                   {QStringLiteral("anchors"), anchors->checked},
                                   {QStringLiteral("entries"), report->entries},
                                   {QStringLiteral("records"), report->records},
                                   {QStringLiteral("problems"), problems}});
    } else if (report->intact()) {
        ctx.out() << tr("Audit trail intact: %1 entries, %2 records match their last audited state.")
                         .arg(report->entries)
                         .arg(report->records)
                  << Qt::endl;
    } else {
        for (const AuditLog::Problem &p : report->problems)
            ctx.out() << p.detail << Qt::endl;
    }
    return report->intact() ? Ok : Rejected;
}

int cmdTransition(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("date"), QStringLiteral("reason"), QStringLiteral("choice"),
                               QStringLiteral("amount"), QStringLiteral("tier"), QStringLiteral("months"),
                               QStringLiteral("missing"), QStringLiteral("certificate")}),
                  {});
    if (ctx.args().positional().size() != 2)
        return ctx.usage(tr("transition needs CASE and STEP; the steps are: %1")
                             .arg(Workflow::transitions().join(QStringLiteral(", "))));
    TransitionInput in;
    if (ctx.args().hasOption(QStringLiteral("date"))) {
        in.onDate = parseIsoDate(ctx.args().option(QStringLiteral("date")));
        if (!in.onDate.isValid())
            return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    }
    in.reason = ctx.args().option(QStringLiteral("reason"));
    in.choice = ctx.args().option(QStringLiteral("choice"));
    in.tier = ctx.args().option(QStringLiteral("tier"));
    in.missingItems = ctx.args().options(QStringLiteral("missing"));
    if (ctx.args().hasOption(QStringLiteral("certificate"))) {
        // The 低保证 number issued with a confirmation (cases.certificate_number); no other step records one.
        if (ctx.args().positional().at(1) != QLatin1String("confirm"))
            return ctx.usage(tr("--certificate is taken by the confirm step only"));
        in.certificateNumber = ctx.args().option(QStringLiteral("certificate")).trimmed();
        if (in.certificateNumber.isEmpty())
            return ctx.usage(tr("--certificate takes the certificate number"));
    }
    if (ctx.args().hasOption(QStringLiteral("amount"))) {
        bool ok = false;
        in.amount = ctx.args().option(QStringLiteral("amount")).toLongLong(&ok);
        if (!ok || in.amount < 0)
            return ctx.usage(tr("--amount takes whole fen, 0 or more"));
    }
    if (ctx.args().hasOption(QStringLiteral("months"))) {
        bool ok = false;
        in.months = ctx.args().option(QStringLiteral("months")).toInt(&ok);
        if (!ok)
            return ctx.usage(tr("--months takes a whole number"));
    }
    OPEN_SESSION(session);
    Workflow workflow(session);
    const QString caseId = ctx.args().positional().at(0);
    if (Status st = workflow.apply(caseId, ctx.args().positional().at(1), in); !st)
        return ctx.fail(st.error());
    CaseStore cases(session);
    auto record = cases.get(caseId);
    if (!record)
        return ctx.fail(record.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("case"), caseId}, {QStringLiteral("state"), record->state}});
    else
        ctx.out() << tr("Case %1 is now: %2").arg(caseId, CaseState::displayName(record->state)) << Qt::endl;
    return Ok;
}

int cmdVisitAdd(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("date"), QStringLiteral("investigator"), QStringLiteral("findings"),
                               QStringLiteral("kind"), QStringLiteral("emergency")}),
                  {QStringLiteral("remote")});
    if (ctx.args().positional().size() != 1)
        return ctx.usage(tr("visit-add needs exactly one CASE id"));
    HouseholdVisit visit;
    visit.caseId = ctx.args().positional().first();
    visit.visitDate = ctx.args().hasOption(QStringLiteral("date")) ? parseIsoDate(ctx.args().option(QStringLiteral("date")))
                                                                   : chinaToday();
    if (!visit.visitDate.isValid())
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    if (ctx.args().hasOption(QStringLiteral("kind")))
        visit.kind = ctx.args().option(QStringLiteral("kind"));
    for (const QString &name : ctx.args().options(QStringLiteral("investigator")))
        visit.investigators << Investigator{name, QString(), QStringLiteral("township_staff")};
    visit.findings = ctx.args().option(QStringLiteral("findings"));
    visit.remote = ctx.args().flag(QStringLiteral("remote"));
    visit.emergencyReference = ctx.args().option(QStringLiteral("emergency"));
    OPEN_SESSION(session);
    CaseStore cases(session);
    if (Status st = cases.addVisit(visit); !st)
        return ctx.fail(st.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("visit"), visit.id}});
    else
        ctx.out() << visit.id << Qt::endl;
    return Ok;
}

int cmdUserAdd(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("role"), QStringLiteral("display-name")}), {});
    if (ctx.args().positional().size() != 1 || !ctx.args().hasOption(QStringLiteral("role")))
        return ctx.usage(tr("user-add needs NAME and --role ROLE (%1)").arg(allRoleTokens().join(QStringLiteral(", "))));
    const auto role = roleFromToken(ctx.args().option(QStringLiteral("role")));
    if (!role)
        return ctx.usage(tr("unknown role; the roles are: %1").arg(allRoleTokens().join(QStringLiteral(", "))));
    OPEN_SESSION(session);
    auto pw = ctx.password(tr("Password for the new user: "), "DIBAO_NEW_PASSWORD");
    if (!pw)
        return ctx.fail(pw.error());
    UserStore users(session);
    auto user = users.create(ctx.args().positional().first(), ctx.args().option(QStringLiteral("display-name")), *role,
                             session.divisionCode(), *pw);
    if (!user)
        return ctx.fail(user.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("user"), user->id}});
    else
        ctx.out() << tr("Created user %1 (%2).").arg(user->name, roleDisplayName(user->role)) << Qt::endl;
    return Ok;
}

} // namespace dibao::cli
