#include "PrintDocuments.h"

#include "ClientSetup.h"
#include "DisplayText.h"
#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "store/Session.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace dibao {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const char *kStyle = "<style>"
                     "body { font-family: 'Noto Sans CJK SC'; font-size: 10.5pt; }"
                     "h1 { font-size: 16pt; text-align: center; margin: 4px 0 2px 0; }"
                     "h2 { font-size: 12pt; margin: 12px 0 4px 0; }"
                     "p.header { text-align: center; color: #333; margin: 0; }"
                     "table.grid { border-collapse: collapse; width: 100%; }"
                     "table.grid td, table.grid th { border: 1px solid #555; padding: 4px; }"
                     "table.grid th { background: #eeeeee; }"
                     "td.sign { height: 34px; }"
                     "</style>";

QString page(const QString &township, const QString &title, const QString &body)
{
    return QStringLiteral("<html><head>") + QString::fromLatin1(kStyle) + QStringLiteral("</head><body>")
        + QStringLiteral("<p class='header'>%1</p><h1>%2</h1>").arg(esc(township), esc(title)) + body
        + QStringLiteral("</body></html>");
}

QString memberName(const HouseholdFile &file, const QString &id)
{
    for (const Member &m : file.members)
        if (m.id == id)
            return m.name;
    return QString();
}
} // namespace

QString PrintDocuments::applicationFormHtml(Session &session, const CaseRecord &c, const HouseholdFile &file,
                                            const QList<CaseDocument> &documents)
{
    const QString township = DivisionRegistry::instance().fullName(c.divisionCode.isEmpty() ? session.divisionCode()
                                                                                            : c.divisionCode);
    const Household &h = file.household;
    QString b;
    b += QStringLiteral("<table width='100%'><tr><td>%1</td><td align='right'>%2</td></tr></table>")
             .arg(esc(tr("Applicant: %1").arg(c.applicantName)),
                  esc(tr("Submitted: %1").arg(DisplayText::date(c.submittedOn))));

    b += QStringLiteral("<h2>%1</h2><table class='grid'>").arg(esc(tr("1. Household")));
    auto row2 = [&b](const QString &k1, const QString &v1, const QString &k2, const QString &v2) {
        b += QStringLiteral("<tr><th width='18%'>%1</th><td width='32%'>%2</td><th width='18%'>%3</th><td>%4</td></tr>")
                 .arg(esc(k1), esc(v1), esc(k2), esc(v2));
    };
    row2(tr("Township"), township, tr("Village"), h.villageName);
    row2(tr("Area"), DisplayText::area(h.area), tr("Phone"), h.phone);
    row2(tr("Registered address"), h.registeredAddress, tr("Actual address"), h.actualAddress);
    row2(tr("Channel"), DisplayText::channel(c.channel), tr("Entrusted person"), c.entrustedName);
    b += QStringLiteral("</table>");

    b += QStringLiteral("<h2>%1</h2><table class='grid'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th>"
                        "<th>%7</th><th width='16%'>%8</th></tr>")
             .arg(esc(tr("2. Members")), esc(tr("Name")), esc(tr("Relation")), esc(tr("ID number")), esc(tr("Health")),
                  esc(tr("Work ability")), esc(tr("Occupation / school")), esc(tr("Signature")));
    for (const Member &m : file.members)
        b += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td class='sign'>"
                            "</td></tr>")
                 .arg(esc(m.name), esc(DisplayText::relation(m.relation)), esc(m.idNumber),
                      esc(DisplayText::health(m.health)), esc(DisplayText::workAbility(m.workAbility)),
                      esc(m.occupation.isEmpty() ? DisplayText::studentLevel(m.studentLevel) : m.occupation));
    b += QStringLiteral("</table>");

    b += QStringLiteral("<h2>%1</h2><table class='grid'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th>"
                        "</tr>")
             .arg(esc(tr("3. Income declared")), esc(tr("Member")), esc(tr("Kind")), esc(tr("Months")),
                  esc(tr("Amount (yuan)")), esc(tr("Deductions (yuan)")));
    if (file.incomes.isEmpty())
        b += QStringLiteral("<tr><td colspan='5'>%1</td></tr>").arg(esc(tr("None declared")));
    for (const IncomeItem &i : file.incomes)
        b += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td><td align='right'>%5</td>"
                            "</tr>")
                 .arg(esc(memberName(file, i.memberId)), esc(DisplayText::incomeKind(i.kind)),
                      esc(isoMonth(i.fromMonth) + QStringLiteral(" — ") + isoMonth(i.toMonth)), formatYuan(i.amount),
                      formatYuan(i.workCosts + i.taxes + i.socialInsurance + i.supportPaid));
    b += QStringLiteral("</table>");

    b += QStringLiteral("<h2>%1</h2><table class='grid'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(esc(tr("4. Assets declared")), esc(tr("Held by")), esc(tr("Kind")), esc(tr("Value (yuan)")),
                  esc(tr("Note")));
    if (file.assets.isEmpty())
        b += QStringLiteral("<tr><td colspan='4'>%1</td></tr>").arg(esc(tr("None declared")));
    for (const AssetItem &a : file.assets)
        b += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                 .arg(esc(a.memberId.isEmpty() ? tr("Household") : memberName(file, a.memberId)),
                      esc(DisplayText::assetKind(a.kind)), formatYuan(a.value), esc(a.note));
    b += QStringLiteral("</table>");

    b += QStringLiteral("<h2>%1</h2><table class='grid'>").arg(esc(tr("5. Documents")));
    for (const CaseDocument &d : documents)
        b += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(esc(DisplayText::documentKind(d.kind)), esc(DisplayText::documentStatus(d.status)));
    b += QStringLiteral("</table>");

    b += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(esc(tr("6. Near relatives among staff and village cadres")),
                  esc(c.nearRelativeDeclared ? tr("Declared: %1").arg(c.nearRelativeNote) : tr("None declared.")));
    b += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(esc(tr("7. Promise and consent")),
                  esc(tr("We promise that everything declared here is true and complete, and we authorise the "
                         "civil-affairs department to verify our household's economic situation. Every co-resident "
                         "member signs above; guardians sign for minors.")));
    b += QStringLiteral("<br/><table width='100%'><tr><td>%1 ____________________</td><td>%2 ____________________</td>"
                        "</tr><tr><td><br/>%3 ____________________</td><td><br/>%4 ____________________</td></tr>"
                        "</table>")
             .arg(esc(tr("Applicant's signature:")), esc(tr("Date:")), esc(tr("Received by (township):")),
                  esc(tr("Date:")));
    return page(township, tr("Application for the minimum living allowance"), b);
}

QString PrintDocuments::visitRecordHtml(Session &session, const CaseRecord &c, const HouseholdFile &file,
                                        const HouseholdVisit &v)
{
    const QString township = DivisionRegistry::instance().fullName(c.divisionCode.isEmpty() ? session.divisionCode()
                                                                                            : c.divisionCode);
    QString b;
    b += QStringLiteral("<table class='grid'>");
    auto row = [&b](const QString &k, const QString &val) {
        b += QStringLiteral("<tr><th width='22%'>%1</th><td>%2</td></tr>").arg(esc(k), esc(val).replace(
                                                                                         QLatin1Char('\n'),
                                                                                         QStringLiteral("<br/>")));
    };
    row(tr("Applicant"), c.applicantName);
    row(tr("Village"), file.household.villageName);
    row(tr("Address"), file.household.actualAddress.isEmpty() ? file.household.registeredAddress
                                                              : file.household.actualAddress);
    if (v.kind == QLatin1String("evidence_letter")) {
        // 信函索证: a letter to a unit asking it to confirm facts about the family, with room for its reply and seal.
        row(tr("Date sent"), DisplayText::date(v.visitDate));
        QStringList members;
        for (const Member &m : file.members)
            members << tr("%1 (%2)").arg(m.name, DisplayText::relation(m.relation));
        row(tr("Household members"), members.join(QStringLiteral("、")));
        row(tr("Sent to and asked"), v.evidence);
        QStringList senders;
        for (const Investigator &i : v.investigators)
            senders << i.name;
        row(tr("Sent by"), senders.join(QStringLiteral("、")));
        b += QStringLiteral("</table>");
        b += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("The above household has applied for the minimum living allowance. Under the Measures "
                             "for the Examination and Confirmation of Minimum Living Allowances, we ask your unit to "
                             "confirm the facts above in writing and return this letter with your seal.")));
        b += QStringLiteral("<h2>%1</h2><table class='grid'><tr><td height='120'>%2</td></tr></table>")
                 .arg(esc(tr("Reply")), esc(v.findings).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
        b += QStringLiteral("<table class='grid'><tr><th width='50%'>%1</th><th>%2</th></tr>"
                            "<tr><td class='sign'></td><td class='sign'></td></tr></table>")
                 .arg(esc(tr("Sending office (seal), date")), esc(tr("Replying unit (seal), date")));
        return page(township, tr("Evidence letter (信函索证)"), b);
    }
    row(tr("Date"), DisplayText::date(v.visitDate));
    QString kind = DisplayText::visitKind(v.kind);
    if (v.remote)
        kind += tr(" — by phone or video under the declared emergency: %1").arg(v.emergencyReference);
    row(tr("Kind"), kind);
    QStringList investigators;
    for (const Investigator &i : v.investigators)
        investigators << tr("%1 (%2)").arg(i.name, DisplayText::investigatorRole(i.role));
    row(tr("Investigators"), investigators.join(QStringLiteral("、")));
    if (v.kind == QLatin1String("neighbour")) {
        // 邻里访问: the neighbours asked sign what they said.
        row(tr("Neighbours asked"), v.evidence);
        row(tr("What they said"), v.findings);
        b += QStringLiteral("</table>");
        b += QStringLiteral("<h2>%1</h2><table class='grid'><tr><th>%2</th><th width='40%'>%3</th><th>%4</th></tr>")
                 .arg(esc(tr("Signatures")), esc(tr("Name")), esc(tr("Signature")), esc(tr("Date")));
        for (const Investigator &i : v.investigators)
            b += QStringLiteral("<tr><td>%1</td><td class='sign'></td><td></td></tr>")
                     .arg(esc(tr("Investigator %1").arg(i.name)));
        for (int n = 1; n <= 3; ++n)
            b += QStringLiteral("<tr><td>%1</td><td class='sign'></td><td></td></tr>")
                     .arg(esc(tr("Neighbour %1").arg(n)));
        b += QStringLiteral("</table>");
        return page(township, tr("Neighbour visit record (邻里访问)"), b);
    }
    QStringList seen;
    for (const QString &id : v.membersSeen)
        seen << memberName(file, id);
    row(tr("Members seen"), seen.join(QStringLiteral("、")));
    row(tr("Food"), v.food);
    row(tr("Clothing"), v.clothing);
    row(tr("Housing"), v.housing);
    row(tr("Daily necessities"), v.necessities);
    row(tr("Evidence seen"), v.evidence);
    row(tr("Findings"), v.findings);
    b += QStringLiteral("</table>");
    b += QStringLiteral("<h2>%1</h2><table class='grid'><tr><th>%2</th><th width='40%'>%3</th><th>%4</th></tr>")
             .arg(esc(tr("Signatures")), esc(tr("Name")), esc(tr("Signature")), esc(tr("Date")));
    for (const Investigator &i : v.investigators)
        b += QStringLiteral("<tr><td>%1</td><td class='sign'></td><td></td></tr>")
                 .arg(esc(tr("Investigator %1").arg(i.name)));
    for (const QString &id : v.membersSeen)
        b += QStringLiteral("<tr><td>%1</td><td class='sign'></td><td></td></tr>")
                 .arg(esc(tr("Family member %1").arg(memberName(file, id))));
    b += QStringLiteral("</table>");
    return page(township, tr("Household visit record"), b);
}

bool PrintDocuments::toPdf(const QString &html, const QString &path, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    printer.setCreator(QStringLiteral("dibao"));
    QTextDocument doc;
    doc.setDefaultFont(ClientSetup::uiFont());
    doc.setHtml(html);
    doc.print(&printer);
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("The PDF %1 could not be written.").arg(path);
        return false;
    }
    return true;
}

void PrintDocuments::preview(const QString &html, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&html](QPrinter *p) {
        QTextDocument doc;
        doc.setDefaultFont(ClientSetup::uiFont());
        doc.setHtml(html);
        doc.print(p);
    });
    dialog.exec();
}

} // namespace dibao
