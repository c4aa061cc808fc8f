// Supervision commands: statistics and the monthly report (docs/cli.md "Supervision commands",
// docs/supervision.md). Read-only.
#include "CliContext.h"
#include "CommandSupport.h"

#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "supervision/AuditTrail.h"
#include "supervision/FundReport.h"
#include "supervision/InspectionReport.h"
#include "supervision/MonthlyReport.h"
#include "supervision/Statistics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dibao::cli {

namespace {

QJsonObject figuresJson(const StatisticsFigures &f)
{
    return QJsonObject{{QStringLiteral("households"), f.households},
                       {QStringLiteral("persons"), f.persons},
                       {QStringLiteral("amount_fen"), f.amount},
                       {QStringLiteral("urban_households"), f.urbanHouseholds},
                       {QStringLiteral("urban_persons"), f.urbanPersons},
                       {QStringLiteral("urban_amount_fen"), f.urbanAmount},
                       {QStringLiteral("rural_households"), f.ruralHouseholds},
                       {QStringLiteral("rural_persons"), f.ruralPersons},
                       {QStringLiteral("rural_amount_fen"), f.ruralAmount},
                       {QStringLiteral("new"), f.newHouseholds},
                       {QStringLiteral("exited"), f.exitedHouseholds},
                       {QStringLiteral("overdue"), f.overdueWork},
                       {QStringLiteral("complaints"), f.complaints},
                       {QStringLiteral("findings"), f.findings}};
}

QString divisionTitle(Session &session)
{
    const QString name = DivisionRegistry::instance().fullName(session.divisionCode());
    return name.isEmpty() ? session.divisionCode() : name;
}

} // namespace

int cmdStats(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("month"), QStringLiteral("by"), QStringLiteral("xlsx")}), {});
    const QDate month = parseIsoMonth(ctx.args().option(QStringLiteral("month")));
    if (!month.isValid())
        return ctx.usage(tr("stats needs --month YYYY-MM"));
    StatisticsGrouping grouping = StatisticsGrouping::Township;
    if (ctx.args().hasOption(QStringLiteral("by"))) {
        const auto g = statisticsGroupingFromToken(ctx.args().option(QStringLiteral("by")));
        if (!g)
            return ctx.usage(tr("--by takes township, village, area or tier"));
        grouping = *g;
    }
    OPEN_SESSION(session);
    Statistics statistics(session);
    auto report = statistics.compute(month, grouping);
    if (!report)
        return ctx.fail(report.error());
    const QString xlsx = ctx.args().option(QStringLiteral("xlsx"));
    if (!xlsx.isEmpty()) {
        if (Status st = writeMonthlyReport(*report, divisionTitle(session), xlsx); !st)
            return ctx.fail(st.error());
    }
    if (ctx.json()) {
        QJsonArray rows;
        for (const StatisticsRow &r : report->rows) {
            QJsonObject o = figuresJson(r.figures);
            o.insert(QStringLiteral("key"), r.key);
            o.insert(QStringLiteral("label"), r.label);
            rows.append(o);
        }
        QJsonObject o{{QStringLiteral("month"), isoMonth(report->month)},
                      {QStringLiteral("by"), toToken(report->grouping)},
                      {QStringLiteral("as_of"), isoDate(report->asOf)},
                      {QStringLiteral("rows"), rows},
                      {QStringLiteral("total"), figuresJson(report->total)},
                      {QStringLiteral("complaint_register"), report->complaintRegisterPresent},
                      {QStringLiteral("findings_register"), report->findingsRegisterPresent}};
        if (!xlsx.isEmpty())
            o.insert(QStringLiteral("xlsx"), xlsx);
        printJson(ctx, o);
        return Ok;
    }
    ctx.out() << tr("Statistics for %1 (overdue work as of %2)").arg(isoMonth(report->month), isoDate(report->asOf))
              << Qt::endl;
    ctx.out() << tr("row\thouseholds\tpersons\tamount (yuan)\tnew\texited\toverdue\tcomplaints\tfindings") << Qt::endl;
    auto line = [&](const QString &label, const StatisticsFigures &f) {
        ctx.out() << label << '\t' << f.households << '\t' << f.persons << '\t' << formatYuan(f.amount) << '\t'
                  << f.newHouseholds << '\t' << f.exitedHouseholds << '\t' << f.overdueWork << '\t' << f.complaints
                  << '\t' << f.findings << Qt::endl;
    };
    for (const StatisticsRow &r : report->rows)
        line(r.label, r.figures);
    line(tr("Total"), report->total);
    if (!report->findingsRegisterPresent)
        ctx.out() << tr("note: this database has no verification findings yet; findings are 0.") << Qt::endl;
    if (!report->complaintRegisterPresent)
        ctx.out() << tr("note: this database has no general complaints register yet; complaints are those about "
                        "cases awaiting confirmation.")
                  << Qt::endl;
    if (!xlsx.isEmpty())
        ctx.out() << tr("Wrote %1").arg(xlsx) << Qt::endl;
    return Ok;
}

int cmdAuditExport(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("out"), QStringLiteral("case"), QStringLiteral("from"), QStringLiteral("to"),
                               QStringLiteral("by-user"), QStringLiteral("entity"),
                               QStringLiteral("action")}),
                  {});
    const QString out = ctx.args().option(QStringLiteral("out"));
    const auto format = AuditTrail::formatForPath(out);
    if (out.isEmpty() || !format)
        return ctx.usage(tr("audit-export needs --out FILE.xlsx or FILE.csv"));
    AuditFilter filter;
    filter.caseId = ctx.args().option(QStringLiteral("case"));
    filter.userName = ctx.args().option(QStringLiteral("by-user"));
    filter.entity = ctx.args().option(QStringLiteral("entity"));
    filter.action = ctx.args().option(QStringLiteral("action"));
    for (const auto &[name, date] : {std::pair{"from", &filter.from}, std::pair{"to", &filter.to}}) {
        const QString key = QString::fromLatin1(name);
        if (!ctx.args().hasOption(key))
            continue;
        *date = parseIsoDate(ctx.args().option(key));
        if (!date->isValid())
            return ctx.usage(tr("--%1 takes a date YYYY-MM-DD").arg(key));
    }
    OPEN_SESSION(session);
    AuditTrail trail(session);
    auto written = trail.exportTo(filter, out, *format);
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("out"), out},
                                   {QStringLiteral("entries"), *written}});
    else
        ctx.out() << tr("Wrote %1 audit entries to %2").arg(*written).arg(out) << Qt::endl;
    return Ok;
}

int cmdInspectionReport(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("township"), QStringLiteral("out"), QStringLiteral("from"),
                               QStringLiteral("to")}),
                  {});
    const QString township = ctx.args().option(QStringLiteral("township"));
    const QString out = ctx.args().option(QStringLiteral("out"));
    if (township.isEmpty() || !out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return ctx.usage(tr("inspection-report needs --township CODE --out FILE.xlsx (the PDF is printed from the "
                            "client)"));
    QDate to = chinaToday();
    QDate from = QDate(to.year(), 1, 1);
    if (ctx.args().hasOption(QStringLiteral("from")))
        from = parseIsoDate(ctx.args().option(QStringLiteral("from")));
    if (ctx.args().hasOption(QStringLiteral("to")))
        to = parseIsoDate(ctx.args().option(QStringLiteral("to")));
    if (!from.isValid() || !to.isValid())
        return ctx.usage(tr("--from and --to take a date YYYY-MM-DD"));
    OPEN_SESSION(session);
    InspectionReports reports(session);
    auto report = reports.compute(township, from, to);
    if (!report)
        return ctx.fail(report.error());
    if (Status st = InspectionReports::writeXlsx(*report, out); !st)
        return ctx.fail(st.error());
    if (ctx.json()) {
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true},
                                   {QStringLiteral("out"), out},
                                   {QStringLiteral("township"), township},
                                   {QStringLiteral("from"), isoDate(from)},
                                   {QStringLiteral("to"), isoDate(to)},
                                   {QStringLiteral("clocks_kept"), report->clocksKept()},
                                   {QStringLiteral("clocks_missed"), report->clocksMissed()},
                                   {QStringLiteral("cases_without_visits"), report->casesWithoutVisits.size()},
                                   {QStringLiteral("unresolved"), report->unresolved.size()}});
        return Ok;
    }
    ctx.out() << tr("%1 %2, %3 to %4: clocks kept %5, missed %6; cases without a required visit %7; unresolved "
                    "flags and conflicts %8.")
                     .arg(township, report->townshipName, isoDate(from), isoDate(to))
                     .arg(report->clocksKept())
                     .arg(report->clocksMissed())
                     .arg(report->casesWithoutVisits.size())
                     .arg(report->unresolved.size())
              << Qt::endl
              << tr("Wrote %1").arg(out) << Qt::endl;
    return Ok;
}

int cmdFundReport(Context &ctx)
{
    CHECK_OPTIONS((QStringList{QStringLiteral("month"), QStringLiteral("out")}), {});
    const QDate month = parseIsoMonth(ctx.args().option(QStringLiteral("month")));
    const QString out = ctx.args().option(QStringLiteral("out"));
    if (!month.isValid() || !out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return ctx.usage(tr("fund-report needs --month YYYY-MM --out FILE.xlsx"));
    OPEN_SESSION(session);
    FundReports reports(session);
    auto report = reports.compute(month);
    if (!report)
        return ctx.fail(report.error());
    if (Status st = FundReports::writeXlsx(*report, divisionTitle(session), out); !st)
        return ctx.fail(st.error());
    int late = 0, unbalanced = 0;
    for (const FundRoll &r : report->rolls) {
        late += r.onTime ? 0 : 1;
        unbalanced += r.balanced() ? 0 : 1;
    }
    if (ctx.json()) {
        printJson(ctx, QJsonObject{{QStringLiteral("ok"), true},
                                   {QStringLiteral("out"), out},
                                   {QStringLiteral("month"), isoMonth(report->month)},
                                   {QStringLiteral("rolls"), report->rolls.size()},
                                   {QStringLiteral("rolls_late"), late},
                                   {QStringLiteral("rolls_unbalanced"), unbalanced},
                                   {QStringLiteral("roll_missing"), report->rollMissing},
                                   {QStringLiteral("households"), report->total.households},
                                   {QStringLiteral("amount_fen"), report->total.amount},
                                   {QStringLiteral("paid_fen"), report->total.paidAmount},
                                   {QStringLiteral("failed_fen"), report->total.failedAmount},
                                   {QStringLiteral("awaiting_fen"), report->total.awaitingAmount},
                                   {QStringLiteral("held_fen"), report->total.heldAmount},
                                   {QStringLiteral("recovery_due_fen"), report->recoveryDue},
                                   {QStringLiteral("recovery_received_fen"), report->recoveryReceived}});
        return Ok;
    }
    ctx.out() << tr("%1: %2 rolls (%3 late, %4 not balanced)%5; %6 households, %7 yuan; paid %8, failed %9, "
                    "awaiting the bank %10, held %11; recovery outstanding %12 yuan.")
                     .arg(isoMonth(report->month))
                     .arg(report->rolls.size())
                     .arg(late)
                     .arg(unbalanced)
                     .arg(report->rollMissing ? tr(", NO ROLL ISSUED") : QString())
                     .arg(report->total.households)
                     .arg(formatYuan(report->total.amount), formatYuan(report->total.paidAmount),
                          formatYuan(report->total.failedAmount), formatYuan(report->total.awaitingAmount),
                          formatYuan(report->total.heldAmount), formatYuan(report->recoveryOutstanding()))
              << Qt::endl
              << tr("Wrote %1").arg(out) << Qt::endl;
    return Ok;
}

} // namespace dibao::cli
