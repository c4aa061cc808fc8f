#include "supervision/FundReport.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "domain/Division.h"
#include "io/XlsxWriter.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QMap>

namespace dibao {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dibao::FundReports", text);
}

Result<Statement> prepared(Database &db, const char *sql)
{
    return db.prepare(sql);
}

XlsxCell text(const QString &s, bool bold = false)
{
    return XlsxCell::fromText(s, bold);
}

} // namespace

Result<FundReport> FundReports::compute(const QDate &monthIn)
{
    DIBAO_TRY(m_session.require(Action::Inspect));
    if (!monthIn.isValid())
        return makeError(ErrorKind::Invalid, QStringLiteral("fund_month"), tr("The month is not valid."));
    Database &db = m_session.db();
    FundReport report;
    report.month = firstOfMonth(monthIn);
    const QDate last = report.month.addMonths(1).addDays(-1);
    const QString m = isoMonth(report.month);

    // Rolls: issued in their month? Do their totals agree with their lines?
    {
        auto st = prepared(db,
            "SELECT r.id, r.division_code, r.issued_on, r.line_count, r.total_fen, r.bank_total_fen,"
            " (SELECT COALESCE(sum(l.amount), 0) FROM payroll_lines l WHERE l.roll_id = r.id),"
            " (SELECT COALESCE(sum(l.amount), 0) FROM payroll_lines l WHERE l.roll_id = r.id AND l.held = 0) "
            "FROM payroll_rolls r WHERE r.month = ? ORDER BY r.division_code");
        if (!st)
            return st.error();
        st->bind(1, m);
        DIBAO_TRY(st->forEachRow([&] {
            FundRoll r;
            r.rollId = st->text(0);
            r.divisionCode = st->text(1);
            r.issuedOn = parseIsoDate(st->text(2));
            r.onTime = r.issuedOn.isValid() && r.issuedOn <= last;
            r.daysLate = r.onTime || !r.issuedOn.isValid() ? 0 : int(last.daysTo(r.issuedOn));
            r.lines = st->int64(3);
            r.total = st->int64(4);
            r.bankTotal = st->int64(5);
            r.linesTotal = st->int64(6);
            r.linesBankTotal = st->int64(7);
            report.rolls << r;
        }));
    }
    if (report.rolls.isEmpty() && report.month <= firstOfMonth(chinaToday())) {
        auto st = prepared(db, "SELECT EXISTS (SELECT 1 FROM households WHERE enrolment IN ('enrolled', 'gradual_exit'))");
        if (!st)
            return st.error();
        auto row = st->step();
        if (!row)
            return row.error();
        report.rollMissing = *row && st->int64(0) != 0;
    }

    // Per township: lines, what the bank returned, what is still out.
    QMap<QString, FundTownship> townships;
    {
        auto st = prepared(db,
            "SELECT l.division_code, count(*), sum(l.amount),"
            " sum(l.held), sum(CASE WHEN l.held = 1 THEN l.amount ELSE 0 END),"
            " sum(b.result = 'paid'), sum(CASE WHEN b.result = 'paid' THEN l.amount ELSE 0 END),"
            " sum(b.result = 'failed'), sum(CASE WHEN b.result = 'failed' THEN l.amount ELSE 0 END),"
            " sum(l.held = 0 AND b.id IS NULL), sum(CASE WHEN l.held = 0 AND b.id IS NULL THEN l.amount ELSE 0 END),"
            " sum(l.adjustment_amount) "
            "FROM payroll_rolls r JOIN payroll_lines l ON l.roll_id = r.id LEFT JOIN bank_returns b ON b.line_id = l.id "
            "WHERE r.month = ? GROUP BY l.division_code");
        if (!st)
            return st.error();
        st->bind(1, m);
        DIBAO_TRY(st->forEachRow([&] {
            FundTownship &t = townships[st->text(0)];
            t.code = st->text(0);
            t.households = st->int64(1);
            t.amount = st->int64(2);
            t.heldLines = st->int64(3);
            t.heldAmount = st->int64(4);
            t.paidLines = st->int64(5);
            t.paidAmount = st->int64(6);
            t.failedLines = st->int64(7);
            t.failedAmount = st->int64(8);
            t.awaitingLines = st->int64(9);
            t.awaitingAmount = st->int64(10);
            t.adjustments = st->int64(11);
        }));
    }
    {
        auto st = prepared(db,
            "SELECT h.division_code, sum(e.amount) FROM recovery_entries e JOIN households h ON h.id = e.household_id "
            "WHERE e.kind IN ('repayment', 'fine_payment') AND e.on_date >= ? AND e.on_date <= ? GROUP BY 1");
        if (!st)
            return st.error();
        st->bind(1, isoDate(report.month)).bind(2, isoDate(last));
        DIBAO_TRY(st->forEachRow([&] {
            FundTownship &t = townships[st->text(0)];
            t.code = st->text(0);
            t.recovered = st->int64(1);
        }));
    }
    for (auto it = townships.begin(); it != townships.end(); ++it) {
        it->name = DivisionRegistry::instance().name(it->code);
        FundTownship &t = report.total;
        t.households += it->households;
        t.amount += it->amount;
        t.heldLines += it->heldLines;
        t.heldAmount += it->heldAmount;
        t.paidLines += it->paidLines;
        t.paidAmount += it->paidAmount;
        t.failedLines += it->failedLines;
        t.failedAmount += it->failedAmount;
        t.awaitingLines += it->awaitingLines;
        t.awaitingAmount += it->awaitingAmount;
        t.adjustments += it->adjustments;
        t.recovered += it->recovered;
    }
    report.townships = townships.values();

    {
        auto st = prepared(db, "SELECT count(*), COALESCE(sum(amount), 0) FROM payroll_adjustments WHERE for_month = ?");
        if (!st)
            return st.error();
        st->bind(1, m);
        auto row = st->step();
        if (!row)
            return row.error();
        report.adjustmentCount = st->int64(0);
        report.adjustmentsDueForMonth = st->int64(1);
    }
    {
        auto st = prepared(db,
            "SELECT (SELECT COALESCE(sum(amount_due + fine), 0) FROM recovery_cases WHERE decided_on <= ?1),"
            " (SELECT COALESCE(sum(amount), 0) FROM recovery_entries WHERE kind IN ('repayment', 'fine_payment')"
            "  AND on_date <= ?1)");
        if (!st)
            return st.error();
        st->bind(1, isoDate(last));
        auto row = st->step();
        if (!row)
            return row.error();
        report.recoveryDue = st->int64(0);
        report.recoveryReceived = st->int64(1);
    }
    return report;
}

Status FundReports::writeXlsx(const FundReport &r, const QString &divisionName, const QString &path)
{
    XlsxWriter x;
    auto money = [](Fen f, bool bold = false) { return XlsxCell::fromFen(f, bold); };
    auto count = [](qint64 n, bool bold = false) { return XlsxCell::fromInteger(n, bold); };

    XlsxSheetOptions publicOptions;
    publicOptions.columnWidths = {12, 20, 12, 16, 16, 14};
    auto pub = x.addSheet(QStringLiteral("资金使用公开"), publicOptions);
    if (!pub)
        return pub.error();
    DIBAO_TRY(x.appendRow(*pub, {text(QStringLiteral("代码")), text(QStringLiteral("乡镇")), text(QStringLiteral("发放户数")),
                                 text(QStringLiteral("应发金额（元）")), text(QStringLiteral("实发金额（元）")),
                                 text(QStringLiteral("追缴到账（元）"))}));
    for (const FundTownship &t : r.townships)
        DIBAO_TRY(x.appendRow(*pub, {text(t.code), text(t.name), count(t.households), money(t.amount),
                                     money(t.paidAmount), money(t.recovered)}));
    DIBAO_TRY(x.appendRow(*pub, {text(QString()), text(QStringLiteral("合计"), true), count(r.total.households, true),
                                 money(r.total.amount, true), money(r.total.paidAmount, true),
                                 money(r.total.recovered, true)}));
    DIBAO_TRY(x.appendRow(*pub, {}));
    DIBAO_TRY(x.appendRow(*pub, {text(QStringLiteral("单位")), text(divisionName)}));
    DIBAO_TRY(x.appendRow(*pub, {text(QStringLiteral("月份")), text(isoMonth(r.month))}));

    XlsxSheetOptions rollOptions;
    rollOptions.columnWidths = {12, 12, 10, 10, 10, 16, 16, 16, 16, 10};
    auto rolls = x.addSheet(QStringLiteral("发放及时性"), rollOptions);
    if (!rolls)
        return rolls.error();
    DIBAO_TRY(x.appendRow(*rolls, {text(QStringLiteral("发放单位")), text(QStringLiteral("发放日期")),
                                   text(QStringLiteral("是否及时")), text(QStringLiteral("逾期天数")),
                                   text(QStringLiteral("行数")), text(QStringLiteral("名册合计（元）")),
                                   text(QStringLiteral("明细合计（元）")), text(QStringLiteral("送银行（元）")),
                                   text(QStringLiteral("明细送银行（元）")), text(QStringLiteral("是否平衡"))}));
    for (const FundRoll &roll : r.rolls)
        DIBAO_TRY(x.appendRow(*rolls, {text(roll.divisionCode), XlsxCell::fromDate(roll.issuedOn),
                                       text(roll.onTime ? QStringLiteral("及时") : QStringLiteral("逾期")),
                                       count(roll.daysLate), count(roll.lines), money(roll.total),
                                       money(roll.linesTotal), money(roll.bankTotal), money(roll.linesBankTotal),
                                       text(roll.balanced() ? QStringLiteral("平衡") : QStringLiteral("不平衡"))}));
    if (r.rollMissing)
        DIBAO_TRY(x.appendRow(*rolls, {text(QStringLiteral("未发放")),
                                       text(QStringLiteral("本月有在保对象，但未生成发放名册"))}));

    XlsxSheetOptions recOptions;
    recOptions.columnWidths = {12, 20, 10, 16, 10, 16, 10, 16, 10, 16, 16};
    auto rec = x.addSheet(QStringLiteral("对账"), recOptions);
    if (!rec)
        return rec.error();
    DIBAO_TRY(x.appendRow(*rec, {text(QStringLiteral("代码")), text(QStringLiteral("乡镇")), text(QStringLiteral("暂缓户数")),
                                 text(QStringLiteral("暂缓金额（元）")), text(QStringLiteral("成功户数")),
                                 text(QStringLiteral("成功金额（元）")), text(QStringLiteral("失败户数")),
                                 text(QStringLiteral("失败金额（元）")), text(QStringLiteral("待回盘户数")),
                                 text(QStringLiteral("待回盘金额（元）")), text(QStringLiteral("调整金额（元）"))}));
    auto recRow = [&](const FundTownship &t, bool bold) {
        return XlsxRow{text(t.code, bold), text(bold ? QStringLiteral("合计") : t.name, bold), count(t.heldLines, bold),
                       money(t.heldAmount, bold), count(t.paidLines, bold), money(t.paidAmount, bold),
                       count(t.failedLines, bold), money(t.failedAmount, bold), count(t.awaitingLines, bold),
                       money(t.awaitingAmount, bold), money(t.adjustments, bold)};
    };
    for (const FundTownship &t : r.townships)
        DIBAO_TRY(x.appendRow(*rec, recRow(t, false)));
    DIBAO_TRY(x.appendRow(*rec, recRow(r.total, true)));

    XlsxSheetOptions recoveryOptions;
    recoveryOptions.columnWidths = {28, 18};
    auto recovery = x.addSheet(QStringLiteral("追缴"), recoveryOptions);
    if (!recovery)
        return recovery.error();
    DIBAO_TRY(x.appendRow(*recovery, {text(QStringLiteral("项目")), text(QStringLiteral("金额（元）"))}));
    DIBAO_TRY(x.appendRow(*recovery, {text(QStringLiteral("截至月末应追缴（含罚款）")), money(r.recoveryDue)}));
    DIBAO_TRY(x.appendRow(*recovery, {text(QStringLiteral("截至月末已到账")), money(r.recoveryReceived)}));
    DIBAO_TRY(x.appendRow(*recovery, {text(QStringLiteral("未到账")), money(r.recoveryOutstanding())}));
    DIBAO_TRY(x.appendRow(*recovery, {text(QStringLiteral("本月到账")), money(r.total.recovered)}));
    DIBAO_TRY(x.appendRow(*recovery, {text(QStringLiteral("本月应调整（笔数）")), count(r.adjustmentCount)}));
    DIBAO_TRY(x.appendRow(*recovery, {text(QStringLiteral("本月应调整（金额）")), money(r.adjustmentsDueForMonth)}));
    return x.save(path);
}

} // namespace dibao
