#include "EligibilityReport.h"

#include "DisplayText.h"
#include "common/ChinaDate.h"

namespace dibao {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString passText(bool evaluated, bool pass)
{
    if (!evaluated)
        return EligibilityReport::tr("not evaluated");
    return pass ? EligibilityReport::tr("passes") : EligibilityReport::tr("fails");
}
} // namespace

QString EligibilityReport::yuan(const Rational &fen)
{
    if (fen.isInteger())
        return formatYuan(fen.num());
    const qint64 num = fen.num();
    const qint64 den = fen.den();
    const qint64 rounded = num >= 0 ? (2 * num + den) / (2 * den) : -((-2 * num + den) / (2 * den));
    return QStringLiteral("≈ ") + formatYuan(rounded);
}

QString EligibilityReport::verdictText(const EligibilityResult &r)
{
    switch (r.verdict) {
    case EligibilityVerdict::Eligible:
        return tr("Eligible: %1 yuan per month").arg(formatYuan(r.amount.amount));
    case EligibilityVerdict::NotEligible:
        return r.margin ? tr("Not eligible; a low-income margin household (低保边缘)") : tr("Not eligible");
    case EligibilityVerdict::Undetermined:
        return tr("Cannot be determined yet");
    }
    return QString();
}

QString EligibilityReport::html(const EligibilityResult &r, const QHash<QString, QString> &names)
{
    QString h;
    const QString colour = r.verdict == EligibilityVerdict::Eligible
        ? QStringLiteral("#1e6b34")
        : (r.verdict == EligibilityVerdict::NotEligible ? QStringLiteral("#b3261e") : QStringLiteral("#7a5a00"));
    h += QStringLiteral("<h3 style='color:%1'>%2</h3>").arg(colour, esc(verdictText(r)));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("Assessed as of %1 under the policy rows in force that day. This is the "
                                               "rules' arithmetic to inform the township's opinion; a person decides.")
                                                .arg(DisplayText::date(r.asOf))));

    if (!r.problems.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("To complete first")));
        for (const EligibilityProblem &p : r.problems)
            h += QStringLiteral("<li>%1</li>").arg(esc(p.text));
        h += QStringLiteral("</ul>");
    }

    h += QStringLiteral("<h4>%1 — %2</h4>").arg(esc(tr("1. Registered residence")),
                                                  esc(r.residence.pass ? tr("passes") : tr("fails")));
    h += QStringLiteral("<p>%1</p>").arg(esc(r.residence.text));

    const IncomeTest &in = r.income;
    h += QStringLiteral("<h4>%1 — %2</h4>").arg(esc(tr("2. Income")), esc(passText(in.evaluated, in.pass)));
    if (!in.text.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(in.text));
    if (in.evaluated) {
        h += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        auto row = [&h](const QString &k, const QString &v) {
            h += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(esc(k), esc(v));
        };
        row(tr("Averaging window"), tr("%1 to %2 (%3 months)")
                                        .arg(isoMonth(in.windowFrom), isoMonth(in.windowTo))
                                        .arg(in.averagingMonths));
        row(tr("Counted members"), QString::number(in.countedMembers));
        row(tr("Counted income over the window (yuan)"), yuan(in.windowIncome));
        row(tr("Monthly household income (yuan)"), yuan(in.monthlyIncome));
        row(tr("Per person per month (yuan)"), yuan(in.perCapitaIncome));
        row(tr("Standard per person per month (yuan)"), formatYuan(in.standard));
        h += QStringLiteral("</table>");
        if (!in.incomes.isEmpty() || !in.expenses.isEmpty()) {
            h += QStringLiteral("<ul>");
            for (const IncomeLine &l : in.incomes)
                h += QStringLiteral("<li>%1</li>").arg(esc(l.text));
            for (const ExpenseLine &l : in.expenses)
                h += QStringLiteral("<li>%1</li>").arg(esc(l.text));
            h += QStringLiteral("</ul>");
        }
    }

    const AssetTest &as = r.assets;
    h += QStringLiteral("<h4>%1 — %2</h4>").arg(esc(tr("3. Assets")), esc(passText(as.evaluated, as.pass)));
    if (!as.text.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(as.text));
    if (as.evaluated && as.financialLimit >= 0)
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Financial assets %1 yuan against a limit of %2 yuan.")
                              .arg(formatYuan(as.financialTotal), formatYuan(as.financialLimit))));
    if (!as.findings.isEmpty()) {
        h += QStringLiteral("<ul>");
        for (const AssetFinding &f : as.findings)
            h += QStringLiteral("<li>%1</li>").arg(esc(f.text));
        h += QStringLiteral("</ul>");
    }

    h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Members")));
    for (const MemberAssessment &m : r.members) {
        const QString who = m.name.isEmpty() ? names.value(m.memberId) : m.name;
        QString line = tr("%1 (%2, %3): %4")
                           .arg(who, DisplayText::relation(m.relation),
                                m.age >= 0 ? tr("%n year(s)", nullptr, m.age) : tr("age unknown"),
                                m.counted ? tr("counted") : tr("not counted"));
        if (!m.reasonText.isEmpty())
            line += QStringLiteral(" — ") + m.reasonText;
        if (m.losesOwnShare)
            line += QStringLiteral(" — ") + tr("loses their own share (refused suitable work 3 times)");
        h += QStringLiteral("<li>%1</li>").arg(esc(line));
    }
    h += QStringLiteral("</ul>");

    if (!r.amount.text.isEmpty() || !r.amount.method.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Amount")));
        for (const QString &t : r.amount.text)
            h += QStringLiteral("<li>%1</li>").arg(esc(t));
        for (const SupplementLine &s : r.amount.supplements)
            h += QStringLiteral("<li>%1</li>").arg(esc(s.text));
        h += QStringLiteral("</ul>");
    }

    if (r.individual.requested) {
        h += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(esc(tr("Individual enrolment (单人保)")), esc(r.individual.text));
    }

    if (!r.redFlags.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><p>%2</p><ul>")
                 .arg(esc(tr("Red flags to investigate")),
                      esc(tr("Each needs investigation and a recorded finding; none is a reason to refuse by itself.")));
        for (const RedFlag &f : r.redFlags)
            h += QStringLiteral("<li>%1</li>").arg(esc(f.text));
        h += QStringLiteral("</ul>");
    }

    if (!r.explanation.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ol>").arg(esc(tr("Step by step")));
        for (const QString &e : r.explanation)
            h += QStringLiteral("<li>%1</li>").arg(esc(e));
        h += QStringLiteral("</ol>");
    }

    if (!r.policyUsed.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Policy rows used")));
        for (const PolicyReference &p : r.policyUsed) {
            QString line = tr("%1 / %2: %3 %4, in force from %5")
                               .arg(p.kind, p.key, p.issuer, p.documentNumber, DisplayText::date(p.effectiveFrom));
            if (p.example)
                line += QStringLiteral(" — ") + tr("example row shipped with the product: confirm before use");
            h += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace dibao
