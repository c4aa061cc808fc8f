#include "EligibilityReport.h"

#include "DisplayText.h"
#include "common/ChinaDate.h"

#include <QRegularExpression>

namespace dibao {

namespace {
QString passText(bool evaluated, bool pass)
{
    if (!evaluated)
        return EligibilityReport::tr("not evaluated");
    return pass ? EligibilityReport::tr("passes") : EligibilityReport::tr("fails");
}
using Labels = QHash<QString, QPair<QString, QPair<QString, QString>>>;

QString expenseKind(const QString &t)
{
    if (t == QLatin1String("disability_cost")) return EligibilityReport::tr("disability costs");
    if (t == QLatin1String("illness_cost")) return EligibilityReport::tr("medical costs");
    return t;
}

Labels labelsFor(const HouseholdFile &file)
{
    Labels labels;
    QHash<QString, QString> names;
    for (const Member &m : file.members) {
        names.insert(m.id, m.name);
        labels.insert(m.id, {m.name, {}});
    }
    auto owner = [&names](const QString &memberId) {
        return memberId.isEmpty() ? EligibilityReport::tr("the household")
                                  : names.value(memberId, EligibilityReport::tr("a member"));
    };
    for (const IncomeItem &i : file.incomes)
        labels.insert(i.id, {owner(i.memberId), {i.kind, DisplayText::incomeKind(i.kind)}});
    for (const ExpenseItem &e : file.expenses)
        labels.insert(e.id, {owner(e.memberId), {e.kind, expenseKind(e.kind)}});
    for (const AssetItem &a : file.assets)
        labels.insert(a.id, {owner(a.memberId), {a.kind, DisplayText::assetKind(a.kind)}});
    return labels;
}
} // namespace

QString EligibilityReport::readable(const QString &text, const Labels &labels)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    QString out;
    qsizetype from = 0;
    auto it = uuid.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < from)
            continue;
        out += text.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        const auto label = labels.constFind(m.captured());
        if (label == labels.constEnd()) {
            out += tr("(unnamed item)");
            continue;
        }
        out += label->first;
        // The kind token the core prints after the id ("<id> (wage" / "<id>（wage"): its word instead.
        const QString &token = label->second.first;
        if (!token.isEmpty()) {
            const qsizetype at = text.indexOf(token, from);
            const qsizetype end = at + token.size();
            const bool wordEnds = at >= 0
                && (end >= text.size() || (!text.at(end).isLetterOrNumber() && text.at(end) != QLatin1Char('_')));
            if (at >= 0 && at - from <= 2 && wordEnds) {
                out += text.mid(from, at - from) + label->second.second;
                from = at + token.size();
            }
        }
    }
    out += text.mid(from);
    return out;
}

QString EligibilityReport::policyRowName(const QString &kind, const QString &key)
{
    if (kind == QLatin1String("standard"))
        return key == QLatin1String("urban") ? tr("Urban standard per person per month")
                                             : tr("Rural standard per person per month");
    if (kind == QLatin1String("asset_rule")) {
        if (key == QLatin1String("house_max_area_per_capita_centi_sqm")) return tr("Housing area per person at most (m²)");
        if (key == QLatin1String("house_max_count")) return tr("Number of houses at most");
        if (key == QLatin1String("financial_per_capita_months"))
            return tr("Financial assets per person at most (months of the standard)");
        if (key == QLatin1String("vehicle_allowed_subkinds")) return tr("Vehicles allowed");
    }
    if (kind == QLatin1String("averaging_months")) return tr("Months over which income is averaged");
    if (kind == QLatin1String("amount_method")) return tr("How the amount is computed");
    if (kind == QLatin1String("rounding")) return tr("Rounding of the amount");
    if (kind == QLatin1String("margin_factor")) return tr("Low-income margin (multiple of the standard)");
    if (kind == QLatin1String("floor"))
        return key == QLatin1String("per_household") ? tr("Minimum amount per household") : tr("Minimum amount per person");
    if (kind == QLatin1String("income_excluded")) return tr("Income not counted: %1").arg(DisplayText::incomeKind(key));
    if (kind == QLatin1String("deductible_expense")) return tr("Expense deducted: %1").arg(expenseKind(key));
    if (kind == QLatin1String("tier")) return tr("Tier %1").arg(key);
    if (kind == QLatin1String("supplement")) return tr("Supplement: %1").arg(key);
    if (kind == QLatin1String("red_flag")) {
        if (key == QLatin1String("cadre_occupations")) return tr("Red flag: occupations of cadres");
        if (key == QLatin1String("financial_near_share")) return tr("Red flag: financial assets near the limit");
        if (key == QLatin1String("house_purchase_months")) return tr("Red flag: a house bought recently (months)");
    }
    return kind + QStringLiteral(" / ") + key;
}

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

QString EligibilityReport::html(const EligibilityResult &r, const HouseholdFile &file)
{
    const Labels labels = labelsFor(file);
    QHash<QString, QString> names;
    for (const Member &m : file.members)
        names.insert(m.id, m.name);
    // Every line of the core's passes through readable(): no id is shown, items are named by owner and kind.
    auto esc = [&labels](const QString &s) { return readable(s, labels).toHtmlEscaped(); };
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
        auto row = [&h, &esc](const QString &k, const QString &v) {
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
            QString line = tr("%1: %2 %3, in force from %4")
                               .arg(policyRowName(p.kind, p.key), p.issuer, p.documentNumber,
                                    DisplayText::date(p.effectiveFrom));
            if (p.example)
                line += QStringLiteral(" — ") + tr("example row shipped with the product: confirm before use");
            h += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace dibao
