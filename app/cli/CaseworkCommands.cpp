// Casework commands: appraisal meetings, notices and objections, the confirmation queue, complaints, payroll, bank
// returns, adjustments, the review due list and transfers (docs/cli.md "Casework commands").
#include "CliContext.h"
#include "CommandSupport.h"

#include "casework/AppraisalMeetingStore.h"
#include "casework/ConfirmationQueue.h"
#include "casework/NoticeExport.h"
#include "casework/PeriodicReview.h"
#include "casework/PublicNoticeStore.h"
#include "common/ChinaDate.h"
#include "io/CsvReader.h"
#include "payroll/PayrollExport.h"
#include "payroll/PayrollService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dibao::cli {

namespace {

// --date D (default today); false if given and malformed.
bool dateOption(Context &ctx, const char *name, QDate &out)
{
    const QString key = QString::fromLatin1(name);
    if (!ctx.args().hasOption(key)) {
        out = chinaToday();
        return true;
    }
    out = parseIsoDate(ctx.args().option(key));
    return out.isValid();
}

bool monthOption(Context &ctx, QDate &out)
{
    out = parseIsoMonth(ctx.args().option(QStringLiteral("month")));
    return out.isValid();
}

QString yuan(Fen f)
{
    return f < 0 ? QStringLiteral("-") : formatYuan(f);
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("file_unreadable"),
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > 16ll * 1024 * 1024)
        return makeError(ErrorKind::Invalid, QStringLiteral("file_too_large"), tr("%1 is too large.").arg(path));
    return file.readAll();
}

// Yuan with at most two decimals ("400", "400.5", "400.50") as fen; -1 if malformed.
Fen parseYuan(const QString &text)
{
    const QString t = text.trimmed();
    const int dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    QString frac = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() || frac.size() > 2)
        return -1;
    for (const QChar c : whole + frac)
        if (!c.isDigit())
            return -1;
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    return whole.toLongLong() * 100 + frac.toLongLong();
}

} // namespace

int cmdPayroll(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("month"), QStringLiteral("out"), QStringLiteral("encoding"),
                               QStringLiteral("date")}),
                  {QStringLiteral("issue")});
    QDate month;
    if (!monthOption(ctx, month))
        return ctx.usage(tr("payroll needs --month YYYY-MM"));
    const QString out = ctx.args().option(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usage(tr("payroll needs --out DIR"));
    PayrollExportOptions options;
    if (ctx.args().hasOption(QStringLiteral("encoding"))) {
        const auto encoding = textEncodingFromName(ctx.args().option(QStringLiteral("encoding")));
        if (!encoding || *encoding == TextEncoding::Detect)
            return ctx.usage(tr("--encoding takes utf-8 or gb18030"));
        options.encoding = *encoding;
    }
    QDate on;
    if (!dateOption(ctx, "date", on))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    PayrollService payroll(session);
    const bool issue = ctx.args().flag(QStringLiteral("issue"));
    // Issuing writes the files while the lines are written to the database (they appear once it commits).
    Result<PayrollService::Issued> done = issue ? payroll.issueWithFiles(month, on, out, options)
                                                : [&]() -> Result<PayrollService::Issued> {
        auto preview = payroll.preview(month);
        if (!preview)
            return preview.error();
        auto written = exportPayroll(*preview, out, options);
        if (!written)
            return written.error();
        return PayrollService::Issued{std::move(*preview), *written};
    }();
    if (!done)
        return ctx.fail(done.error());
    const PayrollRoll *roll = &done->roll;
    const PayrollExportFiles *files = &done->files;
    if (ctx.json()) {
        QJsonObject o = roll->summaryJson();
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("bank_file"), files->bankFile);
        o.insert(QStringLiteral("workbook"), files->workbook);
        printJson(ctx, o);
        return Ok;
    }
    ctx.out() << (roll->issued ? tr("Issued roll %1: %2 lines, %3 yuan; to the bank %4 lines, %5 yuan; held %6.")
                               : tr("Preview of the %1 roll: %2 lines, %3 yuan; to the bank %4 lines, %5 yuan; held %6."))
                     .arg(isoMonth(roll->month))
                     .arg(roll->lines.size())
                     .arg(formatYuan(roll->total.amount))
                     .arg(roll->bankTotal.households)
                     .arg(formatYuan(roll->bankTotal.amount))
                     .arg(roll->heldCount)
              << Qt::endl;
    for (const PayrollProblem &p : roll->problems)
        ctx.out() << (p.blocksIssue ? tr("problem: %1") : tr("note: %1")).arg(p.text) << Qt::endl;
    ctx.out() << tr("Wrote %1").arg(files->bankFile) << Qt::endl << tr("Wrote %1").arg(files->workbook) << Qt::endl;
    return Ok;
}

int cmdBankReturn(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("month"), QStringLiteral("date")}), {});
    QDate month;
    if (!monthOption(ctx, month) || ctx.args().positional().size() != 1)
        return ctx.usage(tr("bank-return needs --month YYYY-MM and one FILE"));
    QDate on;
    if (!dateOption(ctx, "date", on))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    auto bytes = readSmallFile(ctx.args().positional().first());
    if (!bytes)
        return ctx.fail(bytes.error());
    // 序号,账号,户名,金额,结果,原因 (docs/payroll.md); header row required.
    CsvReader reader = CsvReader::fromBytes(*bytes);
    CsvRecord record;
    QList<BankReturnRecord> records;
    bool header = true;
    while (true) {
        auto more = reader.next(record);
        if (!more)
            return ctx.fail(more.error());
        if (!*more)
            break;
        if (header) {
            header = false;
            continue;
        }
        if (record.fields.size() < 5)
            return ctx.fail(makeError(ErrorKind::Invalid, QStringLiteral("bank_return_format"),
                                      tr("Line %1: expected 序号,账号,户名,金额,结果[,原因].").arg(record.line)));
        BankReturnRecord r;
        bool ok = false;
        r.sequence = record.fields.at(0).trimmed().toInt(&ok);
        r.account = record.fields.at(1).trimmed();
        r.amount = parseYuan(record.fields.at(3));
        const QString result = record.fields.at(4).trimmed().toLower();
        const bool paid = result == QLatin1String("paid") || result == QStringLiteral("成功");
        const bool failed = result == QLatin1String("failed") || result == QStringLiteral("失败");
        if (!ok || r.amount < 0 || (!paid && !failed))
            return ctx.fail(makeError(ErrorKind::Invalid, QStringLiteral("bank_return_format"),
                                      tr("Line %1: 序号 must be a number, 金额 yuan with 2 decimals, 结果 成功/失败.")
                                          .arg(record.line)));
        r.paid = paid;
        r.reason = record.fields.value(5).trimmed();
        records << r;
    }
    OPEN_SESSION(session);
    PayrollService payroll(session);
    auto summary = payroll.importBankReturns(month, records, on);
    if (!summary)
        return ctx.fail(summary.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true},
                                   {QStringLiteral("paid"), summary->paid},
                                   {QStringLiteral("failed"), summary->failed},
                                   {QStringLiteral("unchanged"), summary->unchanged},
                                   {QStringLiteral("failed_fen"), summary->failedAmount}});
    else
        ctx.out() << tr("Bank result for %1: %2 paid, %3 failed (%4 yuan carried to the next roll), %5 already known.")
                         .arg(isoMonth(month))
                         .arg(summary->paid)
                         .arg(summary->failed)
                         .arg(formatYuan(summary->failedAmount))
                         .arg(summary->unchanged)
                  << Qt::endl;
    return Ok;
}

int cmdAdjustmentAdd(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("amount"), QStringLiteral("reason"), QStringLiteral("month")}), {});
    if (ctx.args().positional().size() != 1 || !ctx.args().hasOption(QStringLiteral("amount")))
        return ctx.usage(tr("adjustment-add needs HOUSEHOLD --amount FEN --reason TEXT"));
    PayrollAdjustmentInput in;
    in.householdId = ctx.args().positional().first();
    bool ok = false;
    in.amount = ctx.args().option(QStringLiteral("amount")).toLongLong(&ok);
    if (!ok)
        return ctx.usage(tr("--amount takes whole fen (negative to pay less)"));
    in.reason = ctx.args().option(QStringLiteral("reason"));
    if (ctx.args().hasOption(QStringLiteral("month")) && !monthOption(ctx, in.forMonth))
        return ctx.usage(tr("--month takes YYYY-MM"));
    OPEN_SESSION(session);
    PayrollService payroll(session);
    auto id = payroll.addAdjustment(in);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("adjustment"), *id}});
    else
        ctx.out() << *id << Qt::endl;
    return Ok;
}

int cmdConfirmationQueue(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("division"), QStringLiteral("limit")}), {});
    ConfirmationQueueFilter filter;
    filter.divisionCode = ctx.args().option(QStringLiteral("division"));
    if (ctx.args().hasOption(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = ctx.args().option(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 0)
            return ctx.usage(tr("--limit takes a whole number"));
    }
    OPEN_SESSION(session);
    ConfirmationQueue queue(session);
    auto items = queue.list(filter);
    if (!items)
        return ctx.fail(items.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const ConfirmationQueueItem &i : *items)
            list.append(i.toJson());
        printJson(ctx, QJsonObject{{QStringLiteral("count"), int(items->size())}, {QStringLiteral("queue"), list}});
        return Ok;
    }
    for (const ConfirmationQueueItem &i : *items)
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7%8")
                         .arg(i.caseId, i.opinionDue.isValid() ? isoDate(i.opinionDue) : QStringLiteral("-"),
                              i.applicantName, tr("%n person(s)", nullptr, int(i.householdSize)))
                         .arg(yuan(i.proposedAmount), i.villageName,
                              i.blocked ? tr("own visit required") : QString(),
                              i.objections > 0 ? tr(" (objection)") : QString())
                  << Qt::endl;
    return Ok;
}

int cmdComplaintAdd(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("reason"), QStringLiteral("date"), QStringLiteral("channel")}), {});
    if (ctx.args().positional().size() != 1)
        return ctx.usage(tr("complaint-add needs CASE --reason TEXT"));
    QDate on;
    if (!dateOption(ctx, "date", on))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    const QString channel = ctx.args().hasOption(QStringLiteral("channel")) ? ctx.args().option(QStringLiteral("channel"))
                                                                            : QStringLiteral("in_person");
    OPEN_SESSION(session);
    ConfirmationQueue queue(session);
    auto id = queue.recordComplaint(ctx.args().positional().first(), on, channel, ctx.args().option(QStringLiteral("reason")));
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("complaint"), *id}});
    else
        ctx.out() << *id << Qt::endl;
    return Ok;
}

int cmdNoticePost(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("division"), QStringLiteral("village"), QStringLiteral("place"),
                               QStringLiteral("date"), QStringLiteral("out")}),
                  {});
    if (ctx.args().positional().isEmpty() || !ctx.args().hasOption(QStringLiteral("place")))
        return ctx.usage(tr("notice-post needs --place TEXT and at least one CASE (CASE=FEN to give the amount)"));
    NoticePosting p;
    p.place = ctx.args().option(QStringLiteral("place"));
    p.villageName = ctx.args().option(QStringLiteral("village"));
    if (!dateOption(ctx, "date", p.postedOn))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    for (const QString &arg : ctx.args().positional()) {
        NoticeProposal proposal;
        const int eq = arg.indexOf(QLatin1Char('='));
        proposal.caseId = eq < 0 ? arg : arg.left(eq);
        if (eq >= 0) {
            bool ok = false;
            proposal.amount = arg.mid(eq + 1).toLongLong(&ok);
            if (!ok || proposal.amount < 0)
                return ctx.usage(tr("CASE=FEN takes whole fen"));
        }
        p.cases << proposal;
    }
    OPEN_SESSION(session);
    p.divisionCode = ctx.args().hasOption(QStringLiteral("division")) ? ctx.args().option(QStringLiteral("division"))
                                                                      : session.divisionCode();
    PublicNoticeStore store(session);
    auto notice = store.post(p);
    if (!notice)
        return ctx.fail(notice.error());
    const QString out = ctx.args().option(QStringLiteral("out"));
    if (!out.isEmpty()) {
        const Status written = out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? writeNoticeXlsx(*notice, out)
                                                                                         : writeNoticeCsv(*notice, out);
        if (!written)
            return ctx.fail(written.error());
    }
    if (ctx.json()) {
        QJsonObject o = notice->toJson();
        o.insert(QStringLiteral("ok"), true);
        printJson(ctx, o);
    } else {
        ctx.out() << tr("Notice %1 posted at %2 from %3 until %4: %5 cases.")
                         .arg(notice->id, notice->place, isoDate(notice->postedOn), isoDate(notice->endsOn))
                         .arg(notice->lines.size())
                  << Qt::endl;
    }
    return Ok;
}

int cmdStandingList(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("division"), QStringLiteral("village"), QStringLiteral("out")}), {});
    const QString out = ctx.args().option(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usage(tr("standing-list needs --out FILE (.csv or .xlsx)"));
    OPEN_SESSION(session);
    PublicNoticeStore store(session);
    auto list = store.standingPublication(ctx.args().option(QStringLiteral("division")),
                                          ctx.args().option(QStringLiteral("village")));
    if (!list)
        return ctx.fail(list.error());
    const Status written = out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? writeStandingXlsx(*list, out)
                                                                                     : writeStandingCsv(*list, out);
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("households"), int(list->size())},
                                   {QStringLiteral("file"), out}});
    else
        ctx.out() << tr("Wrote %1 (%2 households)").arg(out).arg(list->size()) << Qt::endl;
    return Ok;
}

int cmdObjectionAdd(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("reason"), QStringLiteral("date"), QStringLiteral("channel"),
                               QStringLiteral("objector")}),
                  {});
    if (ctx.args().positional().size() != 1)
        return ctx.usage(tr("objection-add needs CASE --reason TEXT"));
    ObjectionInput in;
    in.caseId = ctx.args().positional().first();
    in.content = ctx.args().option(QStringLiteral("reason"));
    if (ctx.args().hasOption(QStringLiteral("channel")))
        in.channel = ctx.args().option(QStringLiteral("channel"));
    in.objectorName = ctx.args().option(QStringLiteral("objector"));
    if (!dateOption(ctx, "date", in.receivedOn))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    PublicNoticeStore store(session);
    auto id = store.recordObjection(in);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("objection"), *id}});
    else
        ctx.out() << *id << Qt::endl;
    return Ok;
}

int cmdMeetingRecord(Context &ctx)
{
    CHECK_OPTIONS({}, {});
    if (ctx.args().positional().size() != 1)
        return ctx.usage(tr("meeting-record needs one FILE (JSON, docs/cli.md)"));
    auto bytes = readSmallFile(ctx.args().positional().first());
    if (!bytes)
        return ctx.fail(bytes.error());
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(*bytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return ctx.fail(makeError(ErrorKind::Invalid, QStringLiteral("meeting_json"),
                                  tr("The meeting file is not JSON: %1").arg(parseError.errorString())));
    auto str = [&o](const char *k) { return o.value(QString::fromLatin1(k)).toString(); };
    AppraisalMeeting m;
    m.divisionCode = str("division_code");
    m.villageName = str("village");
    m.meetingDate = parseIsoDate(str("date"));
    m.place = str("place");
    m.chair = str("chair");
    m.recorder = str("recorder");
    m.minutes = str("minutes");
    m.correctsMeetingId = str("corrects");
    m.correctionReason = str("correction_reason");
    for (const auto &v : o.value(QStringLiteral("township_staff")).toArray())
        m.townshipStaff << TownshipStaffMember{v.toObject().value(QStringLiteral("name")).toString(),
                                               v.toObject().value(QStringLiteral("user_id")).toString()};
    for (const auto &v : o.value(QStringLiteral("participants")).toArray()) {
        const QJsonObject p = v.toObject();
        m.participants << MeetingParticipant{p.value(QStringLiteral("name")).toString(),
                                             p.value(QStringLiteral("category")).toString(),
                                             p.value(QStringLiteral("present")).toBool(true)};
    }
    for (const auto &v : o.value(QStringLiteral("attachments")).toArray())
        m.attachments << v.toString();
    for (const auto &v : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        AppraisalAgendaItem item;
        item.caseId = i.value(QStringLiteral("case")).toString();
        item.conclusion = i.value(QStringLiteral("conclusion")).toString();
        item.conclusionNote = i.value(QStringLiteral("conclusion_note")).toString();
        item.concludedBy = i.value(QStringLiteral("concluded_by")).toString();
        for (const auto &w : i.value(QStringLiteral("opinions")).toArray()) {
            const QJsonObject op = w.toObject();
            item.opinions << AppraisalOpinion{op.value(QStringLiteral("speaker")).toString(),
                                              op.value(QStringLiteral("category")).toString(),
                                              op.value(QStringLiteral("view")).toString(),
                                              op.value(QStringLiteral("note")).toString()};
        }
        m.items << item;
    }
    OPEN_SESSION(session);
    if (m.divisionCode.isEmpty() && m.correctsMeetingId.isEmpty())
        m.divisionCode = session.divisionCode();
    AppraisalMeetingStore store(session);
    if (Status st = store.record(m); !st)
        return ctx.fail(st.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("meeting"), m.id}});
    else
        ctx.out() << m.id << Qt::endl;
    return Ok;
}

int cmdReviewsDue(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("until"), QStringLiteral("category"), QStringLiteral("division"),
                               QStringLiteral("limit")}),
                  {});
    QDate until;
    if (!dateOption(ctx, "until", until))
        return ctx.usage(tr("--until takes a date YYYY-MM-DD"));
    int limit = -1;
    if (ctx.args().hasOption(QStringLiteral("limit"))) {
        bool ok = false;
        limit = ctx.args().option(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return ctx.usage(tr("--limit takes a whole number"));
    }
    OPEN_SESSION(session);
    PeriodicReview review(session);
    auto due = review.dueList(until, ctx.args().option(QStringLiteral("category")),
                              ctx.args().option(QStringLiteral("division")), limit);
    if (!due)
        return ctx.fail(due.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const ReviewDueItem &i : *due)
            list.append(QJsonObject{{QStringLiteral("household"), i.householdId},
                                    {QStringLiteral("division_code"), i.divisionCode},
                                    {QStringLiteral("village"), i.villageName},
                                    {QStringLiteral("applicant"), i.applicantName},
                                    {QStringLiteral("category"), i.category},
                                    {QStringLiteral("enrolment"), i.enrolment},
                                    {QStringLiteral("due_on"), isoDate(i.dueOn)},
                                    {QStringLiteral("due_with_extension"), isoDate(i.dueWithExtension)},
                                    {QStringLiteral("open_case"), i.openCaseId.isEmpty() ? QJsonValue() : QJsonValue(i.openCaseId)}});
        printJson(ctx, QJsonObject{{QStringLiteral("count"), int(due->size())}, {QStringLiteral("due"), list}});
        return Ok;
    }
    for (const ReviewDueItem &i : *due)
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(isoDate(i.dueWithExtension), i.category, i.applicantName, i.villageName, i.householdId,
                              i.openCaseId)
                  << Qt::endl;
    return Ok;
}

int cmdTransfer(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("division"), QStringLiteral("village"), QStringLiteral("month"),
                               QStringLiteral("kind"), QStringLiteral("date")}),
                  {});
    if (ctx.args().positional().size() != 1 || !ctx.args().hasOption(QStringLiteral("division")))
        return ctx.usage(tr("transfer needs HOUSEHOLD --division CODE"));
    TransferInput in;
    in.householdId = ctx.args().positional().first();
    in.toDivision = ctx.args().option(QStringLiteral("division"));
    in.toVillage = ctx.args().option(QStringLiteral("village"));
    if (ctx.args().hasOption(QStringLiteral("kind")))
        in.reason = ctx.args().option(QStringLiteral("kind"));
    if (ctx.args().hasOption(QStringLiteral("month")) && !monthOption(ctx, in.firstMonth))
        return ctx.usage(tr("--month takes YYYY-MM"));
    if (!dateOption(ctx, "date", in.decidedOn))
        return ctx.usage(tr("--date takes a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    PeriodicReview review(session);
    auto id = review.transfer(in);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("transfer"), *id}});
    else
        ctx.out() << *id << Qt::endl;
    return Ok;
}

} // namespace dibao::cli
