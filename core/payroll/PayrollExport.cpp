#include "payroll/PayrollExport.h"

#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "io/BankFileWriter.h"
#include "io/XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace dibao {

namespace {

QString trExport(const char *text)
{
    return QCoreApplication::translate("dibao::PayrollExport", text);
}

QString townshipName(const QString &code)
{
    const QString name = DivisionRegistry::instance().name(code);
    return name.isEmpty() ? code : name;
}

QString changeText(const QString &kind)
{
    if (kind == PayrollChangeKind::New) return QStringLiteral("新增");
    if (kind == PayrollChangeKind::Raised) return QStringLiteral("增发");
    if (kind == PayrollChangeKind::Lowered) return QStringLiteral("减发");
    if (kind == PayrollChangeKind::ShareReduced) return QStringLiteral("减发(个人份额)");
    if (kind == PayrollChangeKind::Stopped) return QStringLiteral("停发");
    if (kind == PayrollChangeKind::CarriedOnly) return QStringLiteral("仅补发/调整");
    return QStringLiteral("不变");
}

QString areaText(const QString &area)
{
    return area == QLatin1String("urban") ? QStringLiteral("城市") : area == QLatin1String("rural") ? QStringLiteral("农村") : area;
}

XlsxCell text(const QString &t) { return XlsxCell::fromText(t); }
XlsxCell money(Fen f) { return XlsxCell::fromFen(f); }
XlsxCell integer(qint64 n) { return XlsxCell::fromInteger(n); }

Status writeBankFile(const PayrollRoll &roll, const QString &path, const PayrollExportOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io, QStringLiteral("io_write"),
                         trExport("Cannot write %1: %2").arg(path, file.errorString()));
    BankFileOptions bankOptions;
    bankOptions.encoding = options.encoding;
    bankOptions.byteOrderMark = options.byteOrderMark;
    BankFileWriter writer(&file, bankOptions);
    const QString memo = payrollMemo(roll);
    for (const PayrollLine &l : roll.lines) {
        if (!l.sentToBank())
            continue;
        BankPayment p;
        p.accountNumber = l.bankAccount;
        p.accountName = l.payeeName;
        p.idNumber = l.payeeIdNumber.size() == 18 ? l.payeeIdNumber : QString();
        p.amount = l.amount;
        p.memo = memo;
        DIBAO_TRY(writer.add(p));
    }
    DIBAO_TRY(writer.finish());
    if (writer.count() != roll.bankTotal.households || writer.total() != roll.bankTotal.amount)
        return makeError(ErrorKind::Internal, QStringLiteral("payroll_bank_total"),
                         trExport("The bank file's total does not match the roll's."));
    if (!file.commit())
        return makeError(ErrorKind::Io, QStringLiteral("io_write"),
                         trExport("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status writeWorkbook(const PayrollRoll &roll, const QString &path)
{
    XlsxWriter x;
    XlsxSheetOptions linesOptions;
    linesOptions.columnWidths = {6, 11, 12, 12, 10, 21, 6, 6, 6, 14, 22, 11, 10, 10, 11, 8, 6, 12, 11};
    auto lines = x.addSheet(QStringLiteral("发放明细"), linesOptions);
    if (!lines)
        return lines.error();
    DIBAO_TRY(x.appendRow(*lines, {text(QStringLiteral("序号")), text(QStringLiteral("乡镇代码")),
                                   text(QStringLiteral("乡镇")), text(QStringLiteral("村")),
                                   text(QStringLiteral("户名")), text(QStringLiteral("证件号码")),
                                   text(QStringLiteral("人口")), text(QStringLiteral("档次")),
                                   text(QStringLiteral("城乡")), text(QStringLiteral("开户行")),
                                   text(QStringLiteral("账号")), text(QStringLiteral("保障金")),
                                   text(QStringLiteral("调整")), text(QStringLiteral("补发")),
                                   text(QStringLiteral("实发金额")), text(QStringLiteral("状态")),
                                   text(QStringLiteral("代管")), text(QStringLiteral("变动")),
                                   text(QStringLiteral("上月保障金"))}));
    for (const PayrollLine &l : roll.lines) {
        const QString status = l.sentToBank() ? QStringLiteral("发送银行")
                                              : (l.held ? QStringLiteral("暂缓(无账户)") : QStringLiteral("无需发放"));
        DIBAO_TRY(x.appendRow(*lines, {l.bankSequence > 0 ? integer(l.bankSequence) : XlsxCell::empty(),
                                       text(l.divisionCode), text(townshipName(l.divisionCode)), text(l.villageName),
                                       text(l.payeeName), text(l.payeeIdNumber), integer(l.members), text(l.tier),
                                       text(areaText(l.area)), text(l.bankName), text(l.bankAccount),
                                       money(l.baseAmount), money(l.adjustmentAmount), money(l.carriedAmount),
                                       money(l.amount), text(status), text(l.custody ? QStringLiteral("是") : QString()),
                                       text(changeText(l.changeKind)),
                                       l.previousAmount >= 0 ? money(l.previousAmount) : XlsxCell::empty()}));
    }

    XlsxSheetOptions totalsOptions;
    totalsOptions.columnWidths = {10, 22, 10, 14};
    auto totals = x.addSheet(QStringLiteral("合计"), totalsOptions);
    if (!totals)
        return totals.error();
    DIBAO_TRY(x.appendRow(*totals, {text(QStringLiteral("分类")), text(QStringLiteral("项目")),
                                    text(QStringLiteral("户数")), text(QStringLiteral("金额"))}));
    DIBAO_TRY(x.appendRow(*totals, {text(QStringLiteral("总计")), text(isoMonth(roll.month)),
                                    integer(roll.total.households), money(roll.total.amount)}));
    DIBAO_TRY(x.appendRow(*totals, {text(QStringLiteral("银行")), text(QStringLiteral("发送银行")),
                                    integer(roll.bankTotal.households), money(roll.bankTotal.amount)}));
    for (auto it = roll.byTownship.cbegin(); it != roll.byTownship.cend(); ++it)
        DIBAO_TRY(x.appendRow(*totals, {text(QStringLiteral("乡镇")), text(it.key() + QLatin1Char(' ') + townshipName(it.key())),
                                        integer(it->households), money(it->amount)}));
    for (auto it = roll.byArea.cbegin(); it != roll.byArea.cend(); ++it)
        DIBAO_TRY(x.appendRow(*totals, {text(QStringLiteral("城乡")), text(areaText(it.key())),
                                        integer(it->households), money(it->amount)}));
    for (auto it = roll.byTier.cbegin(); it != roll.byTier.cend(); ++it)
        DIBAO_TRY(x.appendRow(*totals, {text(QStringLiteral("档次")),
                                        text(it.key().isEmpty() ? QStringLiteral("差额") : it.key()),
                                        integer(it->households), money(it->amount)}));

    XlsxSheetOptions changesOptions;
    changesOptions.columnWidths = {11, 12, 12, 10, 14, 11, 11, 30};
    auto changes = x.addSheet(QStringLiteral("变动"), changesOptions);
    if (!changes)
        return changes.error();
    DIBAO_TRY(x.appendRow(*changes, {text(QStringLiteral("乡镇代码")), text(QStringLiteral("乡镇")),
                                     text(QStringLiteral("村")), text(QStringLiteral("户名")),
                                     text(QStringLiteral("变动")), text(QStringLiteral("上月保障金")),
                                     text(QStringLiteral("本月保障金")), text(QStringLiteral("说明"))}));
    for (const PayrollChange &c : roll.changes)
        DIBAO_TRY(x.appendRow(*changes, {text(c.divisionCode), text(townshipName(c.divisionCode)), text(c.villageName),
                                         text(c.payeeName), text(changeText(c.kind)),
                                         c.previousAmount >= 0 ? money(c.previousAmount) : XlsxCell::empty(),
                                         c.amount >= 0 ? money(c.amount) : XlsxCell::empty(), text(c.note)}));
    return x.save(path);
}

} // namespace

QString payrollFileBase(const PayrollRoll &roll)
{
    return QStringLiteral("dibao-payroll-%1-%2%3")
        .arg(roll.divisionCode, isoMonth(roll.month), roll.issued ? QString() : QStringLiteral("-preview"));
}

QString payrollMemo(const PayrollRoll &roll)
{
    return QStringLiteral("%1年%2月低保金").arg(roll.month.year()).arg(roll.month.month());
}

Result<PayrollExportFiles> exportPayroll(const PayrollRoll &roll, const QString &directory,
                                         const PayrollExportOptions &options)
{
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return makeError(ErrorKind::Io, QStringLiteral("io_write"), trExport("Cannot create %1.").arg(directory));
    PayrollExportFiles files;
    files.bankFile = dir.filePath(payrollFileBase(roll) + QStringLiteral("-bank.csv"));
    files.workbook = dir.filePath(payrollFileBase(roll) + QStringLiteral(".xlsx"));
    DIBAO_TRY(writeBankFile(roll, files.bankFile, options));
    DIBAO_TRY(writeWorkbook(roll, files.workbook));
    return files;
}

} // namespace dibao
