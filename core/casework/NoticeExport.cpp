#include "casework/NoticeExport.h"

#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace dibao {

namespace {

QString trNoticeExport(const char *text)
{
    return QCoreApplication::translate("dibao::NoticeExport", text);
}

QStringList noticeHeader(const PublicNotice &n)
{
    QStringList h{QStringLiteral("序号"), QStringLiteral("村"), QStringLiteral("申请人"), QStringLiteral("家庭人口"),
                  QStringLiteral("拟保障金额(元/月)")};
    if (n.showsTier())
        h << QStringLiteral("档次");
    if (n.showMaskedId)
        h << QStringLiteral("身份证号(部分隐藏)");
    return h;
}

QString yuanOrEmpty(Fen f)
{
    return f < 0 ? QString() : formatYuan(f);
}

template <typename WriteRows>
Status writeCsv(const QString &path, TextEncoding encoding, WriteRows rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io, QStringLiteral("io_write"),
                         trNoticeExport("Cannot write %1: %2").arg(path, file.errorString()));
    CsvWriteOptions options;
    options.encoding = encoding;
    CsvWriter csv(&file, options);
    DIBAO_TRY(rows(csv));
    if (!file.commit())
        return makeError(ErrorKind::Io, QStringLiteral("io_write"),
                         trNoticeExport("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Status writeNoticeCsv(const PublicNotice &n, const QString &path, TextEncoding encoding)
{
    return writeCsv(path, encoding, [&](CsvWriter &csv) -> Status {
        DIBAO_TRY(csv.writeRow(noticeHeader(n)));
        int i = 0;
        for (const NoticeLine &l : n.lines) {
            QStringList row{QString::number(++i), l.villageName, l.applicantName, QString::number(l.householdSize),
                            yuanOrEmpty(l.amount)};
            if (n.showsTier())
                row << l.tier;
            if (n.showMaskedId)
                row << l.maskedId;
            DIBAO_TRY(csv.writeRow(row));
        }
        return {};
    });
}

Status writeNoticeXlsx(const PublicNotice &n, const QString &path)
{
    XlsxWriter x;
    XlsxSheetOptions options;
    options.columnWidths = {6, 14, 12, 10, 18, n.showsTier() ? 8.0 : 22.0, 22};
    auto sheet = x.addSheet(n.kind == QLatin1String("county") ? QStringLiteral("审批公示") : QStringLiteral("公示"),
                            options);
    if (!sheet)
        return sheet.error();
    XlsxRow header;
    for (const QString &h : noticeHeader(n))
        header << XlsxCell::fromText(h);
    DIBAO_TRY(x.appendRow(*sheet, header));
    int i = 0;
    for (const NoticeLine &l : n.lines) {
        XlsxRow row{XlsxCell::fromInteger(++i), XlsxCell::fromText(l.villageName), XlsxCell::fromText(l.applicantName),
                    XlsxCell::fromInteger(l.householdSize),
                    l.amount < 0 ? XlsxCell::empty() : XlsxCell::fromFen(l.amount)};
        if (n.showsTier())
            row << XlsxCell::fromText(l.tier);
        if (n.showMaskedId)
            row << XlsxCell::fromText(l.maskedId);
        DIBAO_TRY(x.appendRow(*sheet, row));
    }
    return x.save(path);
}

Status writeStandingCsv(const QList<StandingEntry> &entries, const QString &path, TextEncoding encoding)
{
    return writeCsv(path, encoding, [&](CsvWriter &csv) -> Status {
        DIBAO_TRY(csv.writeRow({QStringLiteral("乡镇"), QStringLiteral("村"), QStringLiteral("申请人"),
                                QStringLiteral("家庭人口"), QStringLiteral("保障金额(元/月)")}));
        for (const StandingEntry &e : entries)
            DIBAO_TRY(csv.writeRow({DivisionRegistry::instance().name(e.divisionCode), e.villageName, e.applicantName,
                                    QString::number(e.householdSize), formatYuan(e.amount)}));
        return {};
    });
}

Status writeStandingXlsx(const QList<StandingEntry> &entries, const QString &path)
{
    XlsxWriter x;
    XlsxSheetOptions options;
    options.columnWidths = {14, 14, 12, 10, 16};
    auto sheet = x.addSheet(QStringLiteral("长期公示"), options);
    if (!sheet)
        return sheet.error();
    DIBAO_TRY(x.appendRow(*sheet, {XlsxCell::fromText(QStringLiteral("乡镇")), XlsxCell::fromText(QStringLiteral("村")),
                                   XlsxCell::fromText(QStringLiteral("申请人")),
                                   XlsxCell::fromText(QStringLiteral("家庭人口")),
                                   XlsxCell::fromText(QStringLiteral("保障金额(元/月)"))}));
    for (const StandingEntry &e : entries)
        DIBAO_TRY(x.appendRow(*sheet, {XlsxCell::fromText(DivisionRegistry::instance().name(e.divisionCode)),
                                       XlsxCell::fromText(e.villageName), XlsxCell::fromText(e.applicantName),
                                       XlsxCell::fromInteger(e.householdSize), XlsxCell::fromFen(e.amount)}));
    return x.save(path);
}

} // namespace dibao
