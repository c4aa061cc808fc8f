#include "InspectionDocument.h"

#include "common/ChinaDate.h"
#include "workflow/CaseStates.h"

namespace dibao {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QStringList &cells, bool header = false)
{
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells)
        out += (header ? QStringLiteral("<th>%1</th>") : QStringLiteral("<td>%1</td>")).arg(esc(c));
    return out + QStringLiteral("</tr>");
}

} // namespace

QString InspectionDocument::html(const InspectionReport &r, const QString &inspector)
{
    QString body;
    body += QStringLiteral("<p>%1</p>").arg(esc(tr("Period: %1 to %2. Clocks are judged as of %2.")
                                                    .arg(isoDate(r.from), isoDate(r.to))));
    body += QStringLiteral("<h2>%1</h2><table class='grid'>").arg(esc(tr("Summary")));
    qint64 decided = 0;
    for (const InspectionDecision &d : r.decisions)
        decided += d.count;
    body += row({tr("Clocks kept"), QString::number(r.clocksKept())});
    body += row({tr("Clocks missed"), QString::number(r.clocksMissed())});
    body += row({tr("Cases without a required visit"), QString::number(r.casesWithoutVisits.size())});
    body += row({tr("Unresolved flags and conflicts"), QString::number(r.unresolved.size())});
    body += row({tr("Decisions in the period"), QString::number(decided)});
    body += QStringLiteral("</table>");

    body += QStringLiteral("<h2>%1</h2><table class='grid'>").arg(esc(tr("Clocks")));
    body += row({tr("Clock"), tr("Kept"), tr("Done late"), tr("Overdue, open")}, true);
    for (const InspectionClock &c : r.clocks)
        body += row({c.clock, QString::number(c.kept), QString::number(c.missedLate), QString::number(c.missedOpen)});
    body += QStringLiteral("</table>");

    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Cases without a required visit")));
    if (r.casesWithoutVisits.isEmpty()) {
        body += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        body += QStringLiteral("<table class='grid'>");
        body += row({tr("Applicant"), tr("Village"), tr("State"), tr("Missing"), tr("Ground")}, true);
        for (const InspectionCase &c : r.casesWithoutVisits)
            body += row({c.applicantName, c.villageName, CaseState::displayName(c.state),
                         InspectionReports::missingText(c.missing), InspectionReports::groundText(c.ground)});
        body += QStringLiteral("</table>");
    }

    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Unresolved flags and conflicts")));
    if (r.unresolved.isEmpty()) {
        body += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        body += QStringLiteral("<table class='grid'>");
        body += row({tr("Kind"), tr("Record"), tr("Detail"), tr("Since")}, true);
        for (const InspectionFlag &f : r.unresolved)
            body += row({f.kind, f.entity + QLatin1Char(' ') + f.entityId.left(8), f.detail.left(200), f.at.left(10)});
        body += QStringLiteral("</table>");
    }

    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Decisions by named person")));
    body += QStringLiteral("<table class='grid'>");
    body += row({tr("Decided by"), tr("Decision"), tr("Cases")}, true);
    for (const InspectionDecision &d : r.decisions)
        body += row({d.decidedBy, d.decision, QString::number(d.count)});
    body += QStringLiteral("</table>");

    body += QStringLiteral("<h2>%1</h2><table class='grid'>").arg(esc(tr("Signatures")));
    body += row({tr("Inspector"), inspector, tr("Date"), QString()});
    body += QStringLiteral("<tr><td class='sign'>%1</td><td></td><td class='sign'>%2</td><td></td></tr>")
                .arg(esc(tr("Township in charge")), esc(tr("Date")));
    body += QStringLiteral("</table>");

    const QString style = QStringLiteral(
        "<style>body { font-family: 'Noto Sans CJK SC'; font-size: 10.5pt; }"
        "h1 { font-size: 16pt; text-align: center; margin: 4px 0 2px 0; }"
        "h2 { font-size: 12pt; margin: 12px 0 4px 0; }"
        "p.header { text-align: center; color: #333; margin: 0; }"
        "table.grid { border-collapse: collapse; width: 100%; }"
        "table.grid td, table.grid th { border: 1px solid #555; padding: 4px; }"
        "table.grid th { background: #eeeeee; } td.sign { height: 34px; }</style>");
    return QStringLiteral("<html><head>") + style + QStringLiteral("</head><body>")
        + QStringLiteral("<p class='header'>%1</p><h1>%2</h1>")
              .arg(esc(r.townshipCode + QLatin1Char(' ') + r.townshipName), esc(tr("Inspection report")))
        + body + QStringLiteral("</body></html>");
}

} // namespace dibao
