#include "VerificationReportPdf.h"

#include "DisplayText.h"
#include "PrintDocuments.h"
#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "verification/Departments.h"

#include <QJsonObject>

namespace dibao {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

// What the department recorded, besides the ID number and name: "item: 商铺一套; amount: 350000.00".
QString VerificationReportPdf::recordText(const VerificationFinding &f)
{
    QStringList parts;
    for (auto it = f.record.constBegin(); it != f.record.constEnd(); ++it) {
        if (it.key() == QLatin1String("id_number") || it.key() == QLatin1String("name") || it.value().isNull())
            continue;
        const QString value = it.value().isDouble() && it.key().contains(QLatin1String("amount"))
            ? DisplayText::yuan(qint64(it.value().toDouble()))
            : it.value().toVariant().toString();
        parts << it.key() + QStringLiteral(": ") + value;
    }
    return parts.join(QStringLiteral("; "));
}

QString VerificationReportPdf::html(const VerificationReportData &d)
{
    const VerificationRequest &r = d.request;
    QString b;
    b += QStringLiteral("<html><head><style>"
                        "body { font-family: 'Noto Sans CJK SC'; font-size: 10pt; }"
                        "h1 { font-size: 16pt; text-align: center; margin: 4px 0 2px 0; }"
                        "h2 { font-size: 12pt; margin: 12px 0 4px 0; }"
                        "p.header { text-align: center; color: #333; margin: 0; }"
                        "table.grid { border-collapse: collapse; width: 100%; }"
                        "table.grid td, table.grid th { border: 1px solid #555; padding: 3px; }"
                        "table.grid th { background: #eeeeee; }"
                        "</style></head><body>");
    b += QStringLiteral("<p class='header'>%1</p><h1>%2</h1>")
             .arg(esc(DivisionRegistry::instance().fullName(r.divisionCode)), esc(tr("Household economic verification report")));
    b += QStringLiteral("<table width='100%'>");
    auto line = [&b](const QString &label, const QString &value) {
        b += QStringLiteral("<tr><td width='30%'>%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    line(tr("Applicant"), r.applicantName);
    line(tr("Village and address"), d.villageName + QLatin1Char(' ') + d.householdAddress);
    line(tr("Case"), r.caseId);
    line(tr("Requested on"), DisplayText::date(r.requestedOn));
    line(tr("Verification started on"), DisplayText::date(r.startedOn));
    line(tr("Status"), r.status == QLatin1String("completed") ? tr("Completed")
                       : r.status == QLatin1String("in_progress") ? tr("In progress")
                                                                  : tr("Pending"));
    b += QStringLiteral("</table>");

    b += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Sources")));
    if (d.sources.isEmpty()) {
        b += QStringLiteral("<p>%1</p>").arg(esc(tr("No department data has been checked yet.")));
    } else {
        b += QStringLiteral("<table class='grid'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(esc(tr("Department")), esc(tr("File")), esc(tr("Checked on")), esc(tr("Rows read")),
                      esc(tr("SHA-256")));
        for (const VerificationBatch &s : d.sources)
            b += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(esc(Department::displayName(s.department)), esc(s.fileName), esc(DisplayText::date(s.importedOn)))
                     .arg(s.rowsRead)
                     .arg(esc(s.fileSha256.left(16)));
        b += QStringLiteral("</table>");
        b += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Only rows matching a member who signed the verification consent were kept; every other "
                             "row was discarded as it was read.")));
    }

    b += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Findings and resolutions")));
    if (d.findings.isEmpty()) {
        b += QStringLiteral("<p>%1</p>").arg(esc(tr("No department record matched a member of this household.")));
    } else {
        b += QStringLiteral("<table class='grid'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(esc(tr("Member")), esc(tr("Department")), esc(tr("Department record")), esc(tr("Match")),
                      esc(tr("Resolution")));
        for (const VerificationFinding &f : d.findings) {
            const QString match = f.match == FindingMatch::Match
                ? tr("ID number and name agree")
                : tr("Same ID number, name recorded as %1").arg(f.recordName);
            const QString resolution = f.status == QLatin1String("resolved")
                ? tr("%1 (%2, %3): %4")
                      .arg(FindingResolutionKind::displayName(f.resolution), f.resolvedBy,
                           DisplayText::date(f.resolvedOn), f.resolutionNote)
                : tr("Open");
            b += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(esc(f.memberName), esc(Department::displayName(f.department) + tr(", line %1").arg(f.line)),
                          esc(recordText(f)), esc(match), esc(resolution));
        }
        b += QStringLiteral("</table>");
    }
    b += QStringLiteral("<p>&nbsp;</p><table width='100%'><tr><td>%1</td><td align='right'>%2</td></tr></table>")
             .arg(esc(tr("Verification officer (signature): ____________")),
                  esc(tr("Printed %1 by %2").arg(DisplayText::date(d.printedOn), d.printedBy)));
    b += QStringLiteral("</body></html>");
    return b;
}

Status VerificationReportPdf::write(Session &session, const QString &caseId, const QString &path)
{
    VerificationStore store(session);
    auto data = store.report(caseId);
    if (!data)
        return data.error();
    QString error;
    if (!PrintDocuments::toPdf(html(*data), path, &error))
        return makeError(ErrorKind::Io, QStringLiteral("io_write"), error);
    return {};
}

} // namespace dibao
