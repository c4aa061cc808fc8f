#include "supervision/MonthlyReport.h"

#include "common/ChinaDate.h"
#include "io/XlsxWriter.h"

namespace dibao {

namespace {

XlsxCell text(const QString &s, bool bold = false)
{
    return XlsxCell::fromText(s, bold);
}

XlsxRow figuresRow(const QString &code, const QString &label, const StatisticsFigures &f, bool bold)
{
    return {text(code, bold),
            text(label, bold),
            XlsxCell::fromInteger(f.urbanHouseholds, bold),
            XlsxCell::fromInteger(f.urbanPersons, bold),
            XlsxCell::fromFen(f.urbanAmount, bold),
            XlsxCell::fromInteger(f.ruralHouseholds, bold),
            XlsxCell::fromInteger(f.ruralPersons, bold),
            XlsxCell::fromFen(f.ruralAmount, bold),
            XlsxCell::fromInteger(f.households, bold),
            XlsxCell::fromInteger(f.persons, bold),
            XlsxCell::fromFen(f.amount, bold),
            XlsxCell::fromInteger(f.newHouseholds, bold),
            XlsxCell::fromInteger(f.exitedHouseholds, bold),
            XlsxCell::fromInteger(f.overdueWork, bold),
            XlsxCell::fromInteger(f.complaints, bold),
            XlsxCell::fromInteger(f.findings, bold)};
}

QString groupingText(StatisticsGrouping g)
{
    switch (g) {
    case StatisticsGrouping::Township: return QStringLiteral("按乡镇");
    case StatisticsGrouping::Village: return QStringLiteral("按村");
    case StatisticsGrouping::Area: return QStringLiteral("按城乡");
    case StatisticsGrouping::Tier: return QStringLiteral("按档次");
    }
    return {};
}

} // namespace

Status writeMonthlyReport(const StatisticsReport &report, const QString &divisionName, const QString &path)
{
    XlsxWriter x;
    XlsxSheetOptions options;
    options.columnWidths = {12, 24, 12, 12, 16, 12, 12, 16, 12, 12, 16, 12, 12, 12, 10, 10};
    auto sheet = x.addSheet(QStringLiteral("月报"), options);
    if (!sheet)
        return sheet.error();
    DIBAO_TRY(x.appendRow(*sheet, {text(QStringLiteral("代码")), text(QStringLiteral("单位")),
                                   text(QStringLiteral("城市低保户数")), text(QStringLiteral("城市低保人数")),
                                   text(QStringLiteral("城市低保金（元）")), text(QStringLiteral("农村低保户数")),
                                   text(QStringLiteral("农村低保人数")), text(QStringLiteral("农村低保金（元）")),
                                   text(QStringLiteral("合计户数")), text(QStringLiteral("合计人数")),
                                   text(QStringLiteral("合计金额（元）")), text(QStringLiteral("本月新增户数")),
                                   text(QStringLiteral("本月退出户数")), text(QStringLiteral("逾期未办")),
                                   text(QStringLiteral("投诉")), text(QStringLiteral("核对发现"))}));
    for (const StatisticsRow &r : report.rows)
        DIBAO_TRY(x.appendRow(*sheet, figuresRow(r.key, r.label, r.figures, false)));
    DIBAO_TRY(x.appendRow(*sheet, figuresRow(QString(), QStringLiteral("合计"), report.total, true)));

    XlsxSheetOptions notesOptions;
    notesOptions.columnWidths = {20, 60};
    auto notes = x.addSheet(QStringLiteral("说明"), notesOptions);
    if (!notes)
        return notes.error();
    DIBAO_TRY(x.appendRow(*notes, {text(QStringLiteral("项目")), text(QStringLiteral("内容"))}));
    DIBAO_TRY(x.appendRow(*notes, {text(QStringLiteral("填报单位")), text(divisionName)}));
    DIBAO_TRY(x.appendRow(*notes, {text(QStringLiteral("统计月份")), text(isoMonth(report.month))}));
    DIBAO_TRY(x.appendRow(*notes, {text(QStringLiteral("逾期统计日")), XlsxCell::fromDate(report.asOf)}));
    DIBAO_TRY(x.appendRow(*notes, {text(QStringLiteral("分组")), text(groupingText(report.grouping))}));
    DIBAO_TRY(x.appendRow(*notes, {text(QStringLiteral("口径")),
                                   text(QStringLiteral("户数、人数、金额：当月有效的保障决定（与发放名册同一口径）；"
                                                       "新增：当月有效、上月无；退出：上月有效、当月无。"))}));
    if (!report.complaintRegisterPresent)
        DIBAO_TRY(x.appendRow(*notes, {text(QStringLiteral("投诉")),
                                       text(QStringLiteral("本库尚无信访登记簿，仅统计审核确认期间的案件投诉。"))}));
    if (!report.findingsRegisterPresent)
        DIBAO_TRY(x.appendRow(*notes, {text(QStringLiteral("核对发现")),
                                       text(QStringLiteral("本库尚无核对发现记录，该列为 0。"))}));
    return x.save(path);
}

} // namespace dibao
