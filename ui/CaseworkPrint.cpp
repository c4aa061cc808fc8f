#include "CaseworkPrint.h"

#include "DisplayText.h"
#include "common/ChinaDate.h"
#include "domain/Division.h"

namespace dibao {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString multiline(const QString &s)
{
    return esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// The same layout as PrintDocuments (A4 through QTextDocument); `large` is the posting size of the notice.
QString page(const QString &divisionCode, const QString &title, const QString &body, bool large = false)
{
    const QString township = DivisionRegistry::instance().fullName(divisionCode);
    const QString style = QStringLiteral(
                              "<style>"
                              "body { font-family: 'Noto Sans CJK SC'; font-size: %1pt; }"
                              "h1 { font-size: %2pt; text-align: center; margin: 4px 0 6px 0; }"
                              "h2 { font-size: %3pt; margin: 12px 0 4px 0; }"
                              "p.header { text-align: center; color: #333; margin: 0; }"
                              "table.grid { border-collapse: collapse; width: 100%; }"
                              "table.grid td, table.grid th { border: 1px solid #555; padding: %4px; }"
                              "table.grid th { background: #eeeeee; }"
                              "td.sign { height: 34px; }"
                              "</style>")
                              .arg(large ? 16 : 10.5)
                              .arg(large ? 26 : 16)
                              .arg(large ? 18 : 12)
                              .arg(large ? 6 : 4);
    return QStringLiteral("<html><head>") + style + QStringLiteral("</head><body>")
        + QStringLiteral("<p class='header'>%1</p><h1>%2</h1>").arg(esc(township), esc(title)) + body
        + QStringLiteral("</body></html>");
}

QString viewText(const QString &token)
{
    if (token == AppraisalView::TrueComplete)
        return CaseworkPrint::tr("True and complete");
    if (token == AppraisalView::Incomplete)
        return CaseworkPrint::tr("Incomplete: back to investigation");
    if (token == AppraisalView::Disputed)
        return CaseworkPrint::tr("Disputed: back to investigation");
    return token;
}

QString agendaTable(const AppraisalAgenda &agenda)
{
    QString b = QStringLiteral("<table class='grid'><tr><th width='8%'>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                               "<th>%5</th></tr>")
                    .arg(esc(CaseworkPrint::tr("No.")), esc(CaseworkPrint::tr("Village")),
                         esc(CaseworkPrint::tr("Applicant")), esc(CaseworkPrint::tr("Household size")),
                         esc(CaseworkPrint::tr("Accepted on")));
    int i = 0;
    for (const AppraisalAgenda::Case &c : agenda.cases)
        b += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td><td>%5</td></tr>")
                 .arg(++i)
                 .arg(esc(c.villageName), esc(c.applicantName))
                 .arg(c.householdSize)
                 .arg(esc(DisplayText::date(c.acceptedOn)));
    if (agenda.cases.isEmpty())
        b += QStringLiteral("<tr><td colspan='5'>%1</td></tr>").arg(esc(CaseworkPrint::tr("No case is waiting.")));
    return b + QStringLiteral("</table>");
}

QString meetingHead(const QDate &date, const QString &place, const QString &village)
{
    return QStringLiteral("<table width='100%'><tr><td>%1</td><td>%2</td><td align='right'>%3</td></tr></table>")
        .arg(esc(CaseworkPrint::tr("Date: %1").arg(date.isValid() ? DisplayText::date(date)
                                                                  : QStringLiteral("________"))),
             esc(CaseworkPrint::tr("Place: %1").arg(place.isEmpty() ? QStringLiteral("____________") : place)),
             esc(CaseworkPrint::tr("Village: %1").arg(village.isEmpty() ? QStringLiteral("________") : village)));
}

QString signatureLines(const QString &label, int lines)
{
    QString b = QStringLiteral("<h2>%1</h2><table class='grid'><tr><th width='8%'>%2</th><th width='30%'>%3</th>"
                               "<th width='34%'>%4</th><th>%5</th></tr>")
                    .arg(esc(label), esc(CaseworkPrint::tr("No.")), esc(CaseworkPrint::tr("Name")),
                         esc(CaseworkPrint::tr("Signature")), esc(CaseworkPrint::tr("Present")));
    for (int i = 1; i <= lines; ++i)
        b += QStringLiteral("<tr><td>%1</td><td class='sign'></td><td></td><td></td></tr>").arg(i);
    return b + QStringLiteral("</table>");
}

QString decisionFooter(const CaseRecord &c)
{
    return QStringLiteral("<br/><br/><table width='100%'><tr><td></td><td align='right'>%1<br/><br/>%2</td></tr>"
                          "</table><br/><table width='100%'><tr><td>%3 ____________________</td>"
                          "<td>%4 ____________________</td></tr></table>")
        .arg(esc(CaseworkPrint::tr("(seal of the confirming authority)")),
             esc(DisplayText::date(c.decidedOn.isValid() ? c.decidedOn : chinaToday())),
             esc(CaseworkPrint::tr("Received by (signature):")), esc(CaseworkPrint::tr("Date:")));
}

} // namespace

QString CaseworkPrint::agendaHtml(const AppraisalAgenda &agenda, const QDate &meetingDate, const QString &place)
{
    QString b = meetingHead(meetingDate, place, agenda.villageName);
    b += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("The meeting hears, for each case, whether the household investigation is true and complete. "
                         "It is an opinion on the facts, not a vote on eligibility; a case found incomplete or "
                         "disputed goes back to investigation. The township staff present draw the conclusion.")));
    b += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Cases on the agenda")));
    b += agendaTable(agenda);
    return page(agenda.divisionCode, tr("Appraisal meeting agenda"), b);
}

QString CaseworkPrint::signatureSheetHtml(const AppraisalAgenda &agenda, const QDate &meetingDate,
                                          const QString &place)
{
    QString b = meetingHead(meetingDate, place, agenda.villageName);
    b += signatureLines(tr("Township staff"), 3);
    b += QStringLiteral("<table width='100%'><tr><td>%1 ____________________</td><td>%2 ____________________</td>"
                        "</tr></table>")
             .arg(esc(tr("Chair:")), esc(tr("Recorder:")));
    for (const QString &category : MeetingCategory::all())
        b += signatureLines(MeetingCategory::displayName(category),
                            category == MeetingCategory::VillageRepresentative ? 12 : 4);
    b += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Cases on the agenda")));
    b += agendaTable(agenda);
    return page(agenda.divisionCode, tr("Appraisal meeting signature sheet"), b);
}

QString CaseworkPrint::minutesHtml(const AppraisalMeeting &m)
{
    QString b = meetingHead(m.meetingDate, m.place, m.villageName);
    if (!m.correctsMeetingId.isEmpty())
        b += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(tr("This record corrects an earlier record of the meeting. Reason: %1")
                              .arg(m.correctionReason)));
    b += QStringLiteral("<table class='grid'>");
    auto row = [&b](const QString &k, const QString &v) {
        b += QStringLiteral("<tr><th width='22%'>%1</th><td>%2</td></tr>").arg(esc(k), multiline(v));
    };
    row(tr("Chair"), m.chair);
    row(tr("Recorder"), m.recorder);
    QStringList staff;
    for (const TownshipStaffMember &s : m.townshipStaff)
        staff << s.name;
    row(tr("Township staff present"), staff.join(QStringLiteral("、")));
    for (const QString &category : MeetingCategory::all()) {
        QStringList present;
        QStringList absent;
        for (const MeetingParticipant &p : m.participants)
            if (p.category == category)
                (p.present ? present : absent) << p.name;
        if (present.isEmpty() && absent.isEmpty())
            continue;
        QString text = tr("Present: %1").arg(present.join(QStringLiteral("、")));
        if (!absent.isEmpty())
            text += QStringLiteral("；") + tr("absent: %1").arg(absent.join(QStringLiteral("、")));
        row(MeetingCategory::displayName(category), text);
    }
    row(tr("Participants present"), tr("%1 of %2").arg(m.presentCount()).arg(m.participants.size()));
    b += QStringLiteral("</table>");

    b += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Cases, opinions and conclusions")));
    b += QStringLiteral("<table class='grid'><tr><th width='14%'>%1</th><th>%2</th><th width='26%'>%3</th></tr>")
             .arg(esc(tr("Applicant")), esc(tr("Opinions heard")), esc(tr("Conclusion")));
    for (const AppraisalAgendaItem &item : m.items) {
        QStringList opinions;
        for (const AppraisalOpinion &o : item.opinions)
            opinions << esc(tr("%1 (%2): %3").arg(o.speaker, MeetingCategory::displayName(o.category),
                                                   viewText(o.view)))
                            + (o.note.isEmpty() ? QString() : QStringLiteral(" — ") + esc(o.note));
        QString conclusion = esc(viewText(item.conclusion));
        if (!item.conclusionNote.isEmpty())
            conclusion += QStringLiteral("<br/>") + esc(item.conclusionNote);
        conclusion += QStringLiteral("<br/>") + esc(tr("drawn by %1").arg(item.concludedBy));
        b += QStringLiteral("<tr><td>%1<br/>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(item.applicantName), esc(tr("%n person(s)", nullptr, item.householdSize)),
                      opinions.join(QStringLiteral("<br/>")), conclusion);
    }
    b += QStringLiteral("</table>");
    b += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(tr("Minutes")), multiline(m.minutes));
    b += QStringLiteral("<br/><table width='100%'><tr><td>%1 ____________________</td><td>%2 ____________________</td>"
                        "</tr><tr><td><br/>%3 ____________________</td><td><br/>%4 ____________________</td></tr>"
                        "</table>")
             .arg(esc(tr("Chair:")), esc(tr("Recorder:")), esc(tr("Township staff:")), esc(tr("Date:")));
    return page(m.divisionCode, tr("Minutes of the appraisal meeting"), b);
}

QString CaseworkPrint::noticeHtml(const PublicNotice &n)
{
    const bool county = n.kind == QLatin1String("county");
    const QString township = DivisionRegistry::instance().fullName(n.divisionCode);
    QString b;
    b += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("The following households have applied for the minimum living allowance. After household "
                         "investigation and review, the proposed monthly amounts are published for public "
                         "supervision.")));
    // The dates in cells of their own: run into a Latin sentence ("Notice period: 2026-09-03 to ..."), the digits came
    // out of Qt's PDF without their Unicode mapping (pdftotext read "- -"), and the period must read back.
    b += QStringLiteral("<table cellpadding='4'><tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr></table>")
             .arg(esc(tr("Notice period:")), esc(DisplayText::date(n.postedOn)), esc(tr("to")),
                  esc(DisplayText::date(n.endsOn)));
    b += QStringLiteral("<table class='grid'><tr><th width='8%'>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>")
             .arg(esc(tr("No.")), esc(tr("Village")), esc(tr("Applicant")), esc(tr("Household size")),
                  esc(tr("Proposed amount (yuan/month)")));
    if (n.showsTier())
        b += QStringLiteral("<th>%1</th>").arg(esc(tr("Tier")));
    if (n.showMaskedId)
        b += QStringLiteral("<th>%1</th>").arg(esc(tr("ID number (masked)")));
    b += QStringLiteral("</tr>");
    int i = 0;
    for (const NoticeLine &l : n.lines) {
        // Numbers never wrap (a wrapped amount or masked number would be misread on the board).
        b += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td>"
                            "<td align='right' style='white-space: nowrap'>%5</td>")
                 .arg(++i)
                 .arg(esc(l.villageName), esc(l.applicantName))
                 .arg(l.householdSize)
                 .arg(esc(DisplayText::yuan(l.amount)));
        if (n.showsTier())
            b += QStringLiteral("<td>%1</td>").arg(esc(l.tier));
        if (n.showMaskedId)
            b += QStringLiteral("<td style='white-space: nowrap'>%1</td>").arg(esc(l.maskedId));
        b += QStringLiteral("</tr>");
    }
    b += QStringLiteral("</table>");
    b += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Anyone who objects to a household on this notice may report it, in person or in writing, "
                         "to %1 before the notice period ends. Objections are investigated and the objector's "
                         "identity is kept confidential.")
                          .arg(township)));
    b += QStringLiteral("<br/><table width='100%'><tr><td></td><td align='right'>%1<br/>%2</td></tr></table>")
             .arg(esc(township), esc(DisplayText::date(n.postedOn)));
    return page(n.divisionCode, county ? tr("Public notice of approval of the minimum living allowance")
                                       : tr("Public notice of the minimum living allowance"),
                b, true);
}

QString CaseworkPrint::confirmationNoticeHtml(const CaseRecord &c)
{
    QString b;
    b += QStringLiteral("<p>%1</p>").arg(esc(tr("%1:").arg(c.applicantName)));
    b += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Your household's application for the minimum living allowance, accepted on %1, has been "
                         "confirmed. Your household receives %2 yuan a month from %3.")
                          .arg(DisplayText::date(c.acceptedOn), DisplayText::yuan(c.amount),
                               QStringLiteral("%1-%2").arg(c.effectiveMonth.year()).arg(c.effectiveMonth.month(), 2,
                                                                                         10, QLatin1Char('0')))));
    if (!c.tier.isEmpty())
        b += QStringLiteral("<p>%1</p>").arg(esc(tr("Tier: %1").arg(c.tier)));
    if (!c.certificateNumber.isEmpty())
        b += QStringLiteral("<p>%1</p>").arg(esc(tr("Certificate number: %1").arg(c.certificateNumber)));
    b += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Report any change in your household's members, income or assets to the township within "
                         "one month. The household is reviewed periodically; an allowance obtained by false "
                         "declaration is recovered.")));
    return page(c.divisionCode, tr("Notice of confirmation of the minimum living allowance"),
                b + decisionFooter(c));
}

QString CaseworkPrint::refusalNoticeHtml(const CaseRecord &c)
{
    QString b;
    b += QStringLiteral("<p>%1</p>").arg(esc(tr("%1:").arg(c.applicantName)));
    b += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Your household's application for the minimum living allowance, accepted on %1, is not "
                         "confirmed, for the following reasons:")
                          .arg(DisplayText::date(c.acceptedOn))));
    b += QStringLiteral("<p style='margin-left: 24px'>%1</p>").arg(multiline(c.decisionReason));
    b += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("If you disagree with this decision you may apply for administrative review to the people's "
                         "government at the same level or to the authority above within 60 days of receiving this "
                         "notice, or bring an administrative lawsuit before the people's court within 6 months.")));
    return page(c.divisionCode, tr("Notice of refusal of the minimum living allowance"), b + decisionFooter(c));
}

} // namespace dibao
