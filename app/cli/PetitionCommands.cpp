// Letters, visits, complaints and enquiries (信访) and the near-relative register (近亲属备案): docs/cli.md
// "Letters, visits and complaints", docs/complaints.md.
#include "CliContext.h"
#include "CommandSupport.h"

#include "common/ChinaDate.h"
#include "complaints/NearRelativeRegister.h"
#include "complaints/PetitionStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dibao::cli {

namespace {

// --NAME D: a null date when absent; false if given and malformed.
bool optionalDate(Context &ctx, const char *name, QDate &out)
{
    const QString key = QString::fromLatin1(name);
    out = QDate();
    if (!ctx.args().hasOption(key))
        return true;
    out = parseIsoDate(ctx.args().option(key));
    return out.isValid();
}

QString opt(Context &ctx, const char *name)
{
    return ctx.args().option(QString::fromLatin1(name));
}

// Runs one step on a petition and reports "ok" (or the refusal).
int done(Context &ctx, const Status &st, const QString &id)
{
    if (!st)
        return ctx.fail(st.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("petition"), id}});
    else
        ctx.out() << id << Qt::endl;
    return Ok;
}

#define ONE_PETITION(usageText)                                                                                       \
    if (ctx.args().positional().size() != 1)                                                                          \
        return ctx.usage(usageText);                                                                                  \
    const QString id = ctx.args().positional().first()

} // namespace

int cmdPetitionAdd(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("kind"), QStringLiteral("channel"), QStringLiteral("summary"),
                               QStringLiteral("household"), QStringLiteral("case"), QStringLiteral("staff"),
                               QStringLiteral("about"), QStringLiteral("office"), QStringLiteral("reporter"),
                               QStringLiteral("phone"), QStringLiteral("address"), QStringLiteral("reporter-id"),
                               QStringLiteral("date")}),
                  (QStringList{QStringLiteral("anonymous")}));
    const auto usage = tr("petition-add needs --kind KIND --channel CHANNEL --summary TEXT, --anonymous or "
                          "--reporter NAME, and at most one subject (--household ID, --case ID, --staff NAME --about "
                          "CODE, --office CODE)");
    if (!ctx.args().positional().isEmpty() || !ctx.args().hasOption(QStringLiteral("kind"))
        || !ctx.args().hasOption(QStringLiteral("channel")) || !ctx.args().hasOption(QStringLiteral("summary")))
        return ctx.usage(usage);
    const bool anonymous = ctx.args().flag(QStringLiteral("anonymous"));
    if (anonymous == ctx.args().hasOption(QStringLiteral("reporter")))
        return ctx.usage(usage);
    PetitionInput in;
    in.kind = opt(ctx, "kind");
    in.channel = opt(ctx, "channel");
    in.summary = opt(ctx, "summary");
    in.realName = !anonymous;
    in.reporterName = opt(ctx, "reporter");
    in.reporterPhone = opt(ctx, "phone");
    in.reporterAddress = opt(ctx, "address");
    in.reporterIdNumber = opt(ctx, "reporter-id");
    if (anonymous && (ctx.args().hasOption(QStringLiteral("phone")) || ctx.args().hasOption(QStringLiteral("address"))
                      || ctx.args().hasOption(QStringLiteral("reporter-id"))))
        return ctx.usage(tr("--anonymous takes no reporter details"));
    int subjects = 0;
    in.subjectKind = QStringLiteral("none");
    if (ctx.args().hasOption(QStringLiteral("household"))) {
        ++subjects;
        in.subjectKind = QStringLiteral("household");
        in.householdId = opt(ctx, "household");
    }
    if (ctx.args().hasOption(QStringLiteral("case"))) {
        ++subjects;
        in.subjectKind = QStringLiteral("case");
        in.caseId = opt(ctx, "case");
    }
    if (ctx.args().hasOption(QStringLiteral("staff"))) {
        ++subjects;
        if (!ctx.args().hasOption(QStringLiteral("about")))
            return ctx.usage(tr("--staff NAME needs --about CODE (the township or office the staff member works in)"));
        in.subjectKind = QStringLiteral("staff");
        in.staffName = opt(ctx, "staff");
        in.subjectDivision = opt(ctx, "about");
    } else if (ctx.args().hasOption(QStringLiteral("about"))) {
        return ctx.usage(tr("--about goes with --staff NAME"));
    }
    if (ctx.args().hasOption(QStringLiteral("office"))) {
        ++subjects;
        in.subjectKind = QStringLiteral("office");
        in.subjectDivision = opt(ctx, "office");
    }
    if (subjects > 1)
        return ctx.usage(usage);
    if (!optionalDate(ctx, "date", in.receivedOn))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    PetitionStore store(session);
    auto id = store.registerPetition(in);
    if (!id)
        return ctx.fail(id.error());
    auto p = store.get(*id);
    if (!p)
        return ctx.fail(p.error());
    if (ctx.json()) {
        QJsonObject o = p->toJson(chinaToday());
        o.insert(QStringLiteral("ok"), true);
        printJson(ctx, o);
    } else {
        ctx.out() << *id << Qt::endl;
        ctx.out() << tr("acknowledge by %1, conclude by %2").arg(isoDate(p->acknowledgeDue), isoDate(p->concludeDue))
                  << Qt::endl;
        if (p->route == QLatin1String("administrative_review"))
            ctx.out() << tr("about a refusal: point the household to administrative review or litigation")
                      << Qt::endl;
        if (!p->checkCaseId.isEmpty())
            ctx.out() << tr("check opened: %1").arg(p->checkCaseId) << Qt::endl;
    }
    return Ok;
}

int cmdPetitionAck(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("date"), QStringLiteral("note")}), {});
    ONE_PETITION(tr("petition-ack needs PETITION [--date D] [--note TEXT]"));
    QDate on;
    if (!optionalDate(ctx, "date", on))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    return done(ctx, PetitionStore(session).acknowledge(id, on, opt(ctx, "note")), id);
}

int cmdPetitionHandover(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("to"), QStringLiteral("reason"), QStringLiteral("date")}), {});
    ONE_PETITION(tr("petition-handover needs PETITION --to USER --reason TEXT"));
    if (!ctx.args().hasOption(QStringLiteral("to")) || !ctx.args().hasOption(QStringLiteral("reason")))
        return ctx.usage(tr("petition-handover needs PETITION --to USER --reason TEXT"));
    QDate on;
    if (!optionalDate(ctx, "date", on))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    return done(ctx, PetitionStore(session).handOver(id, opt(ctx, "to"), opt(ctx, "reason"), on), id);
}

int cmdPetitionExtend(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("reason"), QStringLiteral("date")}), {});
    ONE_PETITION(tr("petition-extend needs PETITION --reason TEXT"));
    if (!ctx.args().hasOption(QStringLiteral("reason")))
        return ctx.usage(tr("petition-extend needs PETITION --reason TEXT"));
    QDate on;
    if (!optionalDate(ctx, "date", on))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    return done(ctx, PetitionStore(session).extend(id, opt(ctx, "reason"), on), id);
}

int cmdPetitionConclude(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("outcome"), QStringLiteral("findings"), QStringLiteral("date")}),
                  (QStringList{QStringLiteral("verified")}));
    ONE_PETITION(tr("petition-conclude needs PETITION --outcome OUTCOME --findings TEXT [--verified]"));
    if (!ctx.args().hasOption(QStringLiteral("outcome")) || !ctx.args().hasOption(QStringLiteral("findings")))
        return ctx.usage(tr("petition-conclude needs PETITION --outcome OUTCOME --findings TEXT [--verified]"));
    PetitionConclusion c;
    c.outcome = opt(ctx, "outcome");
    c.findings = opt(ctx, "findings");
    c.verified = ctx.args().flag(QStringLiteral("verified"));
    if (!optionalDate(ctx, "date", c.on))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    return done(ctx, PetitionStore(session).conclude(id, c), id);
}

int cmdPetitionForward(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("stage"), QStringLiteral("body"), QStringLiteral("to"),
                               QStringLiteral("requested"), QStringLiteral("date")}),
                  {});
    ONE_PETITION(tr("petition-forward needs PETITION --stage reexamination|review --body NAME [--to CODE]"));
    if (!ctx.args().hasOption(QStringLiteral("stage")) || !ctx.args().hasOption(QStringLiteral("body")))
        return ctx.usage(tr("petition-forward needs PETITION --stage reexamination|review --body NAME [--to CODE]"));
    PetitionForwardInput in;
    in.stage = opt(ctx, "stage");
    in.toBody = opt(ctx, "body");
    in.toOffice = opt(ctx, "to");
    if (!optionalDate(ctx, "date", in.forwardedOn) || !optionalDate(ctx, "requested", in.requestedOn))
        return ctx.usage(tr("--date and --requested take a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    auto forwarded = PetitionStore(session).forward(id, in);
    if (!forwarded)
        return ctx.fail(forwarded.error());
    return done(ctx, Status(), id);
}

int cmdPetitionOutcome(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("stage"), QStringLiteral("outcome"), QStringLiteral("by"),
                               QStringLiteral("note"), QStringLiteral("date")}),
                  {});
    ONE_PETITION(tr("petition-outcome needs PETITION --stage reexamination|review --outcome upheld|changed|revoked"));
    if (!ctx.args().hasOption(QStringLiteral("stage")) || !ctx.args().hasOption(QStringLiteral("outcome")))
        return ctx.usage(tr("petition-outcome needs PETITION --stage reexamination|review --outcome "
                            "upheld|changed|revoked"));
    QDate on;
    if (!optionalDate(ctx, "date", on))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    return done(ctx,
                PetitionStore(session).recordForwardOutcome(id, opt(ctx, "stage"), opt(ctx, "outcome"),
                                                            opt(ctx, "note"), opt(ctx, "by"), on),
                id);
}

int cmdPetitionFeedback(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("note"), QStringLiteral("date")}), {});
    ONE_PETITION(tr("petition-feedback needs PETITION --note TEXT"));
    if (!ctx.args().hasOption(QStringLiteral("note")))
        return ctx.usage(tr("petition-feedback needs PETITION --note TEXT"));
    QDate on;
    if (!optionalDate(ctx, "date", on))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    return done(ctx, PetitionStore(session).feedback(id, opt(ctx, "note"), on), id);
}

int cmdPetitionReward(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("amount"), QStringLiteral("note"), QStringLiteral("date")}), {});
    ONE_PETITION(tr("petition-reward needs PETITION --amount FEN"));
    bool ok = false;
    const qint64 fen = opt(ctx, "amount").toLongLong(&ok);
    if (!ok)
        return ctx.usage(tr("petition-reward needs PETITION --amount FEN (whole fen)"));
    QDate on;
    if (!optionalDate(ctx, "date", on))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    return done(ctx, PetitionStore(session).reward(id, fen, opt(ctx, "note"), on), id);
}

int cmdPetitionCheck(Context &ctx)
{
    CHECK_OPTIONS({}, {});
    ONE_PETITION(tr("petition-check needs PETITION"));
    OPEN_SESSION(session);
    auto review = PetitionStore(session).openCheck(id);
    if (!review)
        return ctx.fail(review.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("review_case"), *review}});
    else
        ctx.out() << *review << Qt::endl;
    return Ok;
}

int cmdPetitionShow(Context &ctx)
{
    CHECK_OPTIONS({}, {});
    ONE_PETITION(tr("petition-show needs PETITION"));
    OPEN_SESSION(session);
    PetitionStore store(session);
    auto p = store.get(id);
    if (!p)
        return ctx.fail(p.error());
    auto events = store.events(id);
    if (!events)
        return ctx.fail(events.error());
    auto forwards = store.forwards(id);
    if (!forwards)
        return ctx.fail(forwards.error());
    QJsonObject o = p->toJson(chinaToday());
    QJsonArray history;
    for (const PetitionEvent &e : *events)
        history.append(QJsonObject{{QStringLiteral("action"), e.action},
                                   {QStringLiteral("on"), isoDate(e.onDate)},
                                   {QStringLiteral("by"), e.byName},
                                   {QStringLiteral("to"), e.toName.isEmpty() ? QJsonValue() : QJsonValue(e.toName)},
                                   {QStringLiteral("note"), e.note.isEmpty() ? QJsonValue() : QJsonValue(e.note)}});
    QJsonArray fw;
    for (const PetitionForward &f : *forwards)
        fw.append(f.toJson());
    o.insert(QStringLiteral("history"), history);
    o.insert(QStringLiteral("forwards"), fw);
    if (ctx.json()) {
        printJson(ctx, o);
        return Ok;
    }
    ctx.out() << p->id << "  " << p->kind << "  " << p->channel << "  "
              << (p->realName ? tr("real-name") : tr("anonymous")) << Qt::endl;
    ctx.out() << p->summary << Qt::endl;
    ctx.out() << tr("owner: %1; received %2; acknowledge by %3 (%4); conclude by %5")
                     .arg(p->ownerName, isoDate(p->receivedOn), isoDate(p->acknowledgeDue),
                          p->acknowledgedOn.isValid() ? isoDate(p->acknowledgedOn) : tr("not yet"),
                          isoDate(p->concludeDue))
              << Qt::endl;
    if (p->concluded())
        ctx.out() << tr("concluded %1: %2 — %3").arg(isoDate(p->concludedOn), p->outcome, p->findings) << Qt::endl;
    for (const PetitionEvent &e : *events)
        ctx.out() << "  " << isoDate(e.onDate) << "  " << e.action << "  " << e.byName
                  << (e.toName.isEmpty() ? QString() : QStringLiteral(" → ") + e.toName)
                  << (e.note.isEmpty() ? QString() : QStringLiteral("  ") + e.note) << Qt::endl;
    for (const PetitionForward &f : *forwards)
        ctx.out() << "  " << f.stage << " → " << f.toBody << " (" << f.toOffice << ") "
                  << tr("answer due %1").arg(isoDate(f.answerDue))
                  << (f.outcome.isEmpty() ? QString() : QStringLiteral(": ") + f.outcome) << Qt::endl;
    return Ok;
}

int cmdPetitionReporter(Context &ctx)
{
    CHECK_OPTIONS({}, {});
    ONE_PETITION(tr("petition-reporter needs PETITION"));
    OPEN_SESSION(session);
    auto who = PetitionStore(session).reporter(id);
    if (!who)
        return ctx.fail(who.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("name"), who->name},
                                   {QStringLiteral("phone"), who->phone},
                                   {QStringLiteral("address"), who->address},
                                   {QStringLiteral("id_number"), who->idNumber}});
    else
        ctx.out() << who->name << "  " << who->phone << "  " << who->address << "  " << who->idNumber << Qt::endl;
    return Ok;
}

int cmdPetitions(Context &ctx)
{
    CHECK_OPTIONS({}, (QStringList{QStringLiteral("overdue"), QStringLiteral("open"), QStringLiteral("mine")}));
    if (!ctx.args().positional().isEmpty())
        return ctx.usage(tr("petitions takes no arguments: [--overdue] [--open] [--mine] [--json]"));
    OPEN_SESSION(session);
    PetitionFilter filter;
    filter.overdueOnly = ctx.args().flag(QStringLiteral("overdue"));
    filter.openOnly = ctx.args().flag(QStringLiteral("open"));
    if (ctx.args().flag(QStringLiteral("mine")))
        filter.ownerId = session.actor().userId;
    auto list = PetitionStore(session).list(filter);
    if (!list)
        return ctx.fail(list.error());
    const QDate today = chinaToday();
    if (ctx.json()) {
        QJsonArray rows;
        for (const Petition &p : *list)
            rows.append(p.toJson(today));
        printJson(ctx, QJsonObject{{QStringLiteral("today"), isoDate(today)},
                                   {QStringLiteral("count"), rows.size()},
                                   {QStringLiteral("petitions"), rows}});
        return Ok;
    }
    for (const Petition &p : *list) {
        QString clock;
        if (p.concluded())
            clock = tr("concluded %1 (%2)").arg(isoDate(p.concludedOn), p.outcome);
        else if (p.overdue(today))
            clock = tr("%1 overdue by %2 days").arg(p.runningClock()).arg(-p.daysLeft(today));
        else
            clock = tr("%1 by %2 (%3 days left)").arg(p.runningClock(), isoDate(p.runningDue())).arg(p.daysLeft(today));
        ctx.out() << p.id << "  " << p.kind << "  " << p.ownerName << "  " << clock << "  " << p.summary.left(40)
                  << Qt::endl;
    }
    ctx.out() << QCoreApplication::translate("dibao::cli", "%n letter(s) and complaint(s)", nullptr, int(list->size())) << Qt::endl;
    return Ok;
}

int cmdRelativeAdd(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("staff"), QStringLiteral("staff-id"), QStringLiteral("staff-role"),
                               QStringLiteral("unit"), QStringLiteral("relative"), QStringLiteral("relative-id"),
                               QStringLiteral("relation"), QStringLiteral("note")}),
                  {});
    const auto usage = tr("relative-add needs --staff NAME --staff-id NUMBER --staff-role ROLE --relative NAME "
                          "--relative-id NUMBER --relation RELATION [--unit TEXT]");
    for (const char *required : {"staff", "staff-id", "staff-role", "relative", "relative-id", "relation"})
        if (!ctx.args().hasOption(QString::fromLatin1(required)))
            return ctx.usage(usage);
    if (!ctx.args().positional().isEmpty())
        return ctx.usage(usage);
    NearRelativeEntry e;
    e.staffName = opt(ctx, "staff");
    e.staffIdNumber = opt(ctx, "staff-id");
    e.staffRole = opt(ctx, "staff-role");
    e.staffUnit = opt(ctx, "unit");
    e.relativeName = opt(ctx, "relative");
    e.relativeIdNumber = opt(ctx, "relative-id");
    e.relation = opt(ctx, "relation");
    e.note = opt(ctx, "note");
    OPEN_SESSION(session);
    auto id = NearRelativeRegister(session).add(e);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("entry"), *id}});
    else
        ctx.out() << *id << Qt::endl;
    return Ok;
}

int cmdRelatives(Context &ctx)
{
    CHECK_OPTIONS({}, {});
    if (!ctx.args().positional().isEmpty())
        return ctx.usage(tr("relatives takes no arguments"));
    OPEN_SESSION(session);
    auto list = NearRelativeRegister(session).entries();
    if (!list)
        return ctx.fail(list.error());
    QJsonArray rows;
    for (const NearRelativeEntry &e : *list) {
        rows.append(e.toJson());
        if (!ctx.json())
            ctx.out() << e.staffName << " (" << e.staffRole << ")  " << e.relation << "  " << e.relativeName << "  "
                      << rows.last().toObject().value(QStringLiteral("relative_id_number")).toString()
                      << (e.endedOn.isValid() ? tr("  ended %1").arg(isoDate(e.endedOn)) : QString()) << Qt::endl;
    }
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("entries"), rows}});
    return Ok;
}

int cmdRelativesFlagged(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("division")}), {});
    if (!ctx.args().positional().isEmpty())
        return ctx.usage(tr("relatives-flagged takes no arguments: [--division CODE] [--json]"));
    OPEN_SESSION(session);
    auto list = NearRelativeRegister(session).flagged(opt(ctx, "division"));
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json()) {
        QJsonArray rows;
        for (const NearRelativeFlag &f : *list)
            rows.append(f.toJson());
        printJson(ctx, QJsonObject{{QStringLiteral("count"), rows.size()}, {QStringLiteral("cases"), rows}});
        return Ok;
    }
    for (const NearRelativeFlag &f : *list) {
        QStringList why;
        if (f.declared)
            why << tr("declared");
        for (const NearRelativeMatch &m : f.matches)
            why << tr("%1: %2 of %3").arg(m.memberName, m.relation, m.staffName);
        ctx.out() << f.caseId << "  " << f.divisionCode << "  " << f.applicantName << "  " << f.state << "  "
                  << why.join(QStringLiteral("; ")) << "  "
                  << (f.authorityVisitRecorded ? tr("authority visit recorded") : tr("authority visit required"))
                  << Qt::endl;
    }
    ctx.out() << QCoreApplication::translate("dibao::cli", "%n near-relative case(s)", nullptr, int(list->size())) << Qt::endl;
    return Ok;
}

} // namespace dibao::cli
