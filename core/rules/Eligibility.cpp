#include "rules/Eligibility.h"

#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "domain/IdNumber.h"
#include "domain/Tokens.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <stdexcept>

namespace dibao {
namespace {

QString yuan(const Rational &fen)
{
    // For people: exact when whole fen, otherwise the fraction is shown to the fen with a "≈".
    if (fen.isInteger())
        return formatYuan(fen.num());
    return QStringLiteral("≈") + formatYuan(fen.roundHalfUpTo(1));
}

QString yuan(Fen fen)
{
    return formatYuan(fen);
}

const QSet<QString> &financialKinds()
{
    static const QSet<QString> kinds{QStringLiteral("deposit"),          QStringLiteral("securities"),
                                     QStringLiteral("fund"),             QStringLiteral("commercial_insurance"),
                                     QStringLiteral("internet_finance"), QStringLiteral("receivable")};
    return kinds;
}

// Evaluation state shared by the steps; keeps the public function readable.
class Evaluator {
public:
    Evaluator(const HouseholdFile &file, const PolicySet &policy, QDate asOf, const EligibilityOptions &options)
        : m_file(file), m_policy(policy), m_asOf(asOf), m_options(options)
    {
    }

    EligibilityResult run();

private:
    const PolicyRow *use(const QString &kind, const QString &key)
    {
        const PolicyRow *row = m_policy.rowInForce(kind, key, m_asOf);
        if (row && !m_used.contains(row)) {
            m_used.insert(row);
            m_usedOrder << row;
        }
        return row;
    }
    std::optional<qint64> integer(const QString &kind, const QString &key)
    {
        return use(kind, key) ? m_policy.integer(kind, key, m_asOf) : std::nullopt;
    }
    void problem(const QString &code, const QString &text, bool blocking = true)
    {
        m_result.problems << EligibilityProblem{code, text, blocking};
    }
    void missingPolicy(const QString &kind, const QString &key, bool blocking = true)
    {
        problem(QStringLiteral("policy_missing"),
                QCoreApplication::translate("dibao::Eligibility", "No policy row %1/%2 is in force on %3; enter it before deciding.")
                    .arg(kind, key, isoDate(m_asOf)),
                blocking);
    }
    void say(const QString &line) { m_result.explanation << line; }

    void assessMembers();
    void residenceTest();
    IncomeTest incomeTest(const QSet<QString> &memberIds, bool householdItems, int persons);
    void assetTest();
    void amount(const QList<const Member *> &paidFrom, const IncomeTest &income, const QString &method);
    void redFlags();
    void individual();
    Rational perPerson(const PolicyAmount &amount) const { return perPersonAmount(amount, m_standard); }
    static Rational perPersonAmount(const PolicyAmount &amount, Fen standard)
    {
        return amount.isShare ? Rational(standard) * Rational(amount.share.num, amount.share.den)
                              : Rational(amount.fen);
    }
    bool blocked() const
    {
        return std::any_of(m_result.problems.cbegin(), m_result.problems.cend(),
                           [](const EligibilityProblem &p) { return p.blocking; });
    }
    const Member *member(const QString &id) const
    {
        for (const Member &m : m_file.members)
            if (m.id == id)
                return &m;
        return nullptr;
    }
    int age(const Member &m) const
    {
        QDate birth = m.birthDate;
        if (!birth.isValid() && !m.idNumber.isEmpty()) {
            const auto parsed = parseIdNumber(m.idNumber, m_asOf);
            if (parsed)
                birth = parsed->birthDate;
        }
        return ageOn(birth, m_asOf);
    }

    const HouseholdFile &m_file;
    const PolicySet &m_policy;
    const QDate m_asOf;
    const EligibilityOptions m_options;
    EligibilityResult m_result;
    QSet<const PolicyRow *> m_used;
    QList<const PolicyRow *> m_usedOrder;
    Fen m_standard = -1;
    QSet<QString> m_countedIds;
};

void Evaluator::assessMembers()
{
    for (const Member &m : m_file.members) {
        MemberAssessment a;
        a.memberId = m.id;
        a.name = m.name;
        a.relation = m.relation;
        a.age = age(m);
        const bool minorKnown = a.age >= 0 && a.age < 18;
        auto set = [&](bool counted, const char *reason, const QString &text) {
            a.counted = counted;
            a.reason = QString::fromLatin1(reason);
            a.reasonText = text;
        };
        if (m.notCounted != NotCountedReason::None) {
            switch (m.notCounted) {
            case NotCountedReason::ReligiousAway3Years:
                set(false, "religious_away_3y", QCoreApplication::translate("dibao::Eligibility", "not counted: religious staff away for 3 years or more (57号 Art 7)"));
                break;
            case NotCountedReason::Imprisoned:
                set(false, "imprisoned", QCoreApplication::translate("dibao::Eligibility", "not counted: serving a prison sentence (57号 Art 7)"));
                break;
            case NotCountedReason::CompulsoryRehabilitation:
                set(false, "compulsory_rehabilitation",
                    QCoreApplication::translate("dibao::Eligibility", "not counted: in compulsory drug rehabilitation (57号 Art 7)"));
                break;
            case NotCountedReason::DeclaredMissing:
                set(false, "declared_missing", QCoreApplication::translate("dibao::Eligibility", "not counted: declared missing by a court (57号 Art 7)"));
                break;
            case NotCountedReason::ProvinceNamed:
                set(false, "province_named", QCoreApplication::translate("dibao::Eligibility", "not counted: a category the province excludes (57号 Art 7)"));
                break;
            case NotCountedReason::None:
                break;
            }
        } else if (m.relation == Relation::Self) {
            set(true, "applicant", QCoreApplication::translate("dibao::Eligibility", "counted: the applicant"));
        } else if (m.relation == Relation::Spouse) {
            set(true, "spouse", QCoreApplication::translate("dibao::Eligibility", "counted: spouse (57号 Art 7(1))"));
        } else if (m.relation == Relation::Child && minorKnown) {
            set(true, "minor_child", QCoreApplication::translate("dibao::Eligibility", "counted: minor child (57号 Art 7(2))"));
        } else if (m.relation == Relation::Child && m.fullTimeStudent && m.studentLevel != StudentLevel::None
                   && m.studentLevel != StudentLevel::Postgraduate) {
            set(true, "adult_child_student",
                QCoreApplication::translate("dibao::Eligibility", "counted: adult child in full-time education at bachelor level or below (57号 Art 7(3))"));
        } else if (m.relation == Relation::Child && m.cannotLiveIndependently) {
            set(true, "adult_child_dependent", QCoreApplication::translate("dibao::Eligibility", "counted: adult child who cannot live independently (57号 Art 7(3))"));
        } else if (m.livesTogether && m.supportDuty) {
            set(true, "support_duty_co_resident",
                QCoreApplication::translate("dibao::Eligibility", "counted: has a legal duty of support and lives with the household long-term (57号 Art 7(4))"));
        } else {
            set(false, "not_co_resident_family",
                QCoreApplication::translate("dibao::Eligibility", "not counted: no legal duty of support within the household or not living together long-term"));
        }
        if (m.relation == Relation::Child && a.age < 0)
            problem(QStringLiteral("member_age_unknown"),
                    QCoreApplication::translate("dibao::Eligibility", "The age of %1 is unknown (no birth date or valid ID number): check whether a minor child.")
                        .arg(m.name),
                    false);
        a.losesOwnShare = m.workRefusals >= 3 && (a.counted || m.id == m_options.individualMemberId);
        if (a.counted)
            m_countedIds.insert(m.id);
        m_result.members << a;
        say(QCoreApplication::translate("dibao::Eligibility", "%1 (%2): %3").arg(m.name, toToken(m.relation), a.reasonText));
    }
}

void Evaluator::residenceTest()
{
    ResidenceTest &r = m_result.residence;
    r.divisionCode = m_file.household.divisionCode;
    const DivisionRegistry &divisions = DivisionRegistry::instance();
    r.divisionName = divisions.fullName(r.divisionCode);
    r.pass = divisions.isTownship(r.divisionCode);
    r.text = r.pass ? QCoreApplication::translate("dibao::Eligibility", "Registered residence: %1 (%2) — within this area.").arg(r.divisionName, r.divisionCode)
                    : QCoreApplication::translate("dibao::Eligibility", "Registered residence: %1 is not a township of this area; the household applies where "
                         "its residence is registered (57号 Art 5 for residence-permit cases).")
                          .arg(r.divisionCode.isEmpty() ? QCoreApplication::translate("dibao::Eligibility", "(none)") : r.divisionCode);
    const QString village = m_file.household.villageCode;
    if (!village.isEmpty() && (!divisions.validateVillageCode(village).ok() || !village.startsWith(r.divisionCode)))
        problem(QStringLiteral("village_code"),
                QCoreApplication::translate("dibao::Eligibility", "The village code %1 does not belong to township %2.").arg(village, r.divisionCode), false);
    say(r.text);
}

IncomeTest Evaluator::incomeTest(const QSet<QString> &memberIds, bool householdItems, int persons)
{
    IncomeTest t;
    t.countedMembers = persons;
    t.standard = m_standard;
    const auto months = integer(QStringLiteral("averaging_months"), QStringLiteral("default"));
    if (!months) {
        missingPolicy(QStringLiteral("averaging_months"), QStringLiteral("default"));
        return t;
    }
    t.averagingMonths = int(*months);
    const QDate asOfMonth = firstOfMonth(m_asOf);
    t.windowFrom = asOfMonth.addMonths(-t.averagingMonths);
    t.windowTo = asOfMonth.addMonths(-1);

    auto overlap = [&](const QDate &from, const QDate &to, int *itemMonths) {
        *itemMonths = monthsInclusive(firstOfMonth(from), firstOfMonth(to));
        const QDate a = std::max(firstOfMonth(from), t.windowFrom);
        const QDate b = std::min(firstOfMonth(to), t.windowTo);
        return monthsInclusive(a, b);
    };
    auto belongs = [&](const QString &memberId) {
        return memberId.isEmpty() ? householdItems : memberIds.contains(memberId);
    };

    Rational total;
    for (const IncomeItem &item : m_file.incomes) {
        IncomeLine line;
        line.incomeId = item.id;
        line.memberId = item.memberId;
        line.kind = item.kind;
        line.amount = item.amount;
        line.deductions = item.workCosts + item.taxes + item.socialInsurance + item.supportPaid;
        line.overlapMonths = overlap(item.fromMonth, item.toMonth, &line.itemMonths);
        const Fen net = item.amount - line.deductions;
        if (line.itemMonths <= 0) {
            line.status = QStringLiteral("invalid_months");
            line.text = QCoreApplication::translate("dibao::Eligibility", "Income %1 (%2): its months are missing or reversed — correct the item.")
                            .arg(item.id, item.kind);
            problem(QStringLiteral("invalid_months"), line.text);
        } else if (!belongs(item.memberId)) {
            line.status = QStringLiteral("member_not_counted");
            line.text = QCoreApplication::translate("dibao::Eligibility", "Income %1 (%2, %3 yuan): belongs to a member who is not counted.")
                            .arg(item.id, item.kind, yuan(item.amount));
        } else if (line.overlapMonths == 0) {
            line.status = QStringLiteral("outside_window");
            line.text = QCoreApplication::translate("dibao::Eligibility", "Income %1 (%2): outside the averaging window.").arg(item.id, item.kind);
        } else if (m_policy.boolean(QStringLiteral("income_excluded"), item.kind, m_asOf).value_or(false)) {
            use(QStringLiteral("income_excluded"), item.kind);
            const PolicyRow *row = m_policy.rowInForce(QStringLiteral("income_excluded"), item.kind, m_asOf);
            line.status = QStringLiteral("excluded_kind");
            line.text = QCoreApplication::translate("dibao::Eligibility", "Income %1 (%2, %3 yuan): not counted under %4 %5.")
                            .arg(item.id, item.kind, yuan(item.amount), row->issuer, row->documentNumber);
        } else {
            if (m_policy.rowInForce(QStringLiteral("income_excluded"), item.kind, m_asOf))
                use(QStringLiteral("income_excluded"), item.kind); // an explicit "counted" row
            line.status = QStringLiteral("counted");
            line.counted = Rational(net) * Rational(line.overlapMonths, line.itemMonths);
            total += line.counted;
            line.text = QCoreApplication::translate("dibao::Eligibility", "Income %1 (%2): %3 yuan less %4 yuan deductions over %5 months; %6 of them in the "
                           "window: %7 yuan counted.")
                            .arg(item.id, item.kind, yuan(item.amount), yuan(line.deductions))
                            .arg(line.itemMonths)
                            .arg(line.overlapMonths)
                            .arg(yuan(line.counted));
        }
        t.incomes << line;
    }
    for (const ExpenseItem &item : m_file.expenses) {
        ExpenseLine line;
        line.expenseId = item.id;
        line.memberId = item.memberId;
        line.kind = item.kind;
        line.amount = item.amount;
        line.overlapMonths = overlap(item.fromMonth, item.toMonth, &line.itemMonths);
        if (line.itemMonths <= 0) {
            line.status = QStringLiteral("invalid_months");
            line.text = QCoreApplication::translate("dibao::Eligibility", "Expense %1 (%2): its months are missing or reversed — correct the item.")
                            .arg(item.id, item.kind);
            problem(QStringLiteral("invalid_months"), line.text);
        } else if (!belongs(item.memberId)) {
            line.status = QStringLiteral("member_not_counted");
            line.text = QCoreApplication::translate("dibao::Eligibility", "Expense %1 (%2): belongs to a member who is not counted.").arg(item.id, item.kind);
        } else if (line.overlapMonths == 0) {
            line.status = QStringLiteral("outside_window");
            line.text = QCoreApplication::translate("dibao::Eligibility", "Expense %1 (%2): outside the averaging window.").arg(item.id, item.kind);
        } else if (use(QStringLiteral("deductible_expense"), item.kind)
                   && m_policy.boolean(QStringLiteral("deductible_expense"), item.kind, m_asOf).value_or(false)) {
            line.status = QStringLiteral("deducted");
            line.deducted = Rational(item.amount) * Rational(line.overlapMonths, line.itemMonths);
            total -= line.deducted;
            line.text = QCoreApplication::translate("dibao::Eligibility", "Expense %1 (%2): %3 yuan deducted from income.").arg(item.id, item.kind, yuan(line.deducted));
        } else {
            line.status = QStringLiteral("not_deductible");
            line.text = QCoreApplication::translate("dibao::Eligibility", "Expense %1 (%2): no policy row in force makes it deductible.").arg(item.id, item.kind);
        }
        t.expenses << line;
    }
    if (total.sign() < 0) {
        total = Rational(0);
        t.text = QCoreApplication::translate("dibao::Eligibility", "Losses and deductions exceed income; income is taken as 0.");
    }
    t.windowIncome = total;
    t.monthlyIncome = total / Rational(t.averagingMonths);
    if (persons <= 0 || m_standard < 0)
        return t;
    t.perCapitaIncome = t.monthlyIncome / Rational(persons);
    t.evaluated = true;
    // Cross-multiplication: monthly income < standard × persons, compared exactly (never a rounded per-capita).
    t.pass = t.monthlyIncome < Rational(m_standard) * Rational(persons);
    const QString figures = QCoreApplication::translate("dibao::Eligibility", "Counted income over %1 to %2 (%3 months): %4 yuan; monthly %5 yuan for %6 "
                               "person(s) against a standard of %7 yuan per person (household threshold %8 yuan).")
                                .arg(isoMonth(t.windowFrom), isoMonth(t.windowTo))
                                .arg(t.averagingMonths)
                                .arg(yuan(t.windowIncome), yuan(t.monthlyIncome))
                                .arg(persons)
                                .arg(yuan(m_standard), yuan(m_standard * persons));
    t.text = (t.text.isEmpty() ? QString() : t.text + QLatin1Char(' ')) + figures + QLatin1Char(' ')
        + (t.pass ? QCoreApplication::translate("dibao::Eligibility", "Income test: passed (below the standard).")
                  : QCoreApplication::translate("dibao::Eligibility", "Income test: not passed (not below the standard)."));
    return t;
}

void Evaluator::assetTest()
{
    AssetTest &t = m_result.assets;
    const int persons = m_result.income.countedMembers;
    bool pass = true;
    bool evaluated = persons > 0 && m_standard >= 0;
    Fen financial = 0;
    int houses = 0;
    qint64 houseArea = 0;
    for (const AssetItem &a : m_file.assets) {
        if (!a.memberId.isEmpty() && !m_countedIds.contains(a.memberId))
            continue; // held by a member who is not counted
        AssetFinding f;
        f.assetId = a.id;
        f.memberId = a.memberId;
        f.kind = a.kind;
        f.subKind = a.subKind;
        if (a.exempt) {
            f.verdict = QStringLiteral("exempt");
            f.code = QStringLiteral("exempt");
            f.text = QCoreApplication::translate("dibao::Eligibility", "Asset %1 (%2): exempt as a necessary production or living asset: %3")
                         .arg(a.id, a.kind, a.exemptReason);
        } else if (financialKinds().contains(a.kind)) {
            financial += a.value;
            f.verdict = QStringLiteral("counted");
            f.code = QStringLiteral("financial");
            f.text = QCoreApplication::translate("dibao::Eligibility", "Asset %1 (%2): %3 yuan counted as financial assets.").arg(a.id, a.kind, yuan(a.value));
        } else if (a.kind == QLatin1String("vehicle") || a.kind == QLatin1String("ship")) {
            const bool vehicle = a.kind == QLatin1String("vehicle");
            const QString key = vehicle ? QStringLiteral("vehicle_allowed_subkinds")
                                        : QStringLiteral("ship_allowed_subkinds");
            use(QStringLiteral("asset_rule"), key);
            const auto allowed = m_policy.stringList(QStringLiteral("asset_rule"), key, m_asOf);
            if (!allowed) {
                missingPolicy(QStringLiteral("asset_rule"), key);
                f.verdict = QStringLiteral("not_tested");
                f.code = QStringLiteral("policy_missing");
                evaluated = false;
            } else if (allowed->contains(a.subKind)) {
                f.verdict = QStringLiteral("pass");
                f.code = vehicle ? QStringLiteral("vehicle_allowed") : QStringLiteral("ship_allowed");
                f.text = QCoreApplication::translate("dibao::Eligibility", "Asset %1 (%2, %3): a kind the policy allows.").arg(a.id, a.kind, a.subKind);
            } else {
                pass = false;
                f.verdict = QStringLiteral("fail");
                f.code = vehicle ? QStringLiteral("vehicle_not_allowed") : QStringLiteral("ship_not_allowed");
                f.text = QCoreApplication::translate("dibao::Eligibility", "Asset %1 (%2, %3): not a kind the policy allows and not exempted.")
                             .arg(a.id, a.kind, a.subKind.isEmpty() ? QCoreApplication::translate("dibao::Eligibility", "unspecified") : a.subKind);
            }
        } else if (a.kind == QLatin1String("house")) {
            houses += qMax(1, a.count);
            houseArea += a.floorAreaCentiSqm;
            f.verdict = QStringLiteral("counted");
            f.code = QStringLiteral("house");
            f.text = QCoreApplication::translate("dibao::Eligibility", "Asset %1 (house): %2 house(s), %3 m².")
                         .arg(a.id)
                         .arg(qMax(1, a.count))
                         .arg(QString::number(double(a.floorAreaCentiSqm) / 100.0, 'f', 2));
        } else {
            // Trees, fixtures and registered businesses have no automatic rule: they are looked at in the visit
            // (a business raises a red flag below).
            f.verdict = QStringLiteral("not_tested");
            f.code = QStringLiteral("no_rule");
            f.text = QCoreApplication::translate("dibao::Eligibility", "Asset %1 (%2): no automatic rule; assessed in the investigation.").arg(a.id, a.kind);
        }
        t.findings << f;
    }
    t.financialTotal = financial;
    if (financial > 0 && evaluated) {
        const auto months = integer(QStringLiteral("asset_rule"), QStringLiteral("financial_per_capita_months"));
        if (!months) {
            missingPolicy(QStringLiteral("asset_rule"), QStringLiteral("financial_per_capita_months"));
            evaluated = false;
        } else {
            // Per-capita financial assets <= k × monthly standard  <=>  total <= k × standard × persons.
            t.financialLimit = *months * m_standard * persons;
            const bool ok = financial <= t.financialLimit;
            pass = pass && ok;
            say(QCoreApplication::translate("dibao::Eligibility", "Financial assets %1 yuan against a limit of %2 yuan (%3 months of the standard per person): %4.")
                    .arg(yuan(financial), yuan(t.financialLimit))
                    .arg(*months)
                    .arg(ok ? QCoreApplication::translate("dibao::Eligibility", "within the limit") : QCoreApplication::translate("dibao::Eligibility", "over the limit")));
        }
    } else if (evaluated && use(QStringLiteral("asset_rule"), QStringLiteral("financial_per_capita_months"))) {
        t.financialLimit = m_policy.integer(QStringLiteral("asset_rule"), QStringLiteral("financial_per_capita_months"),
                                            m_asOf).value_or(0)
            * m_standard * persons;
    }
    if (houses > 0 && evaluated) {
        const auto maxCount = integer(QStringLiteral("asset_rule"), QStringLiteral("house_max_count"));
        if (!maxCount) {
            missingPolicy(QStringLiteral("asset_rule"), QStringLiteral("house_max_count"));
            evaluated = false;
        } else if (houses > *maxCount) {
            pass = false;
            say(QCoreApplication::translate("dibao::Eligibility", "Houses: %1 not exempted, more than the %2 the policy allows.").arg(houses).arg(*maxCount));
            t.findings << AssetFinding{QString(), QString(), QStringLiteral("house"), QString(),
                                       QStringLiteral("fail"), QStringLiteral("house_count"),
                                       QCoreApplication::translate("dibao::Eligibility", "More houses than the policy allows.")};
        }
        const auto maxArea = integer(QStringLiteral("asset_rule"), QStringLiteral("house_max_area_per_capita_centi_sqm"));
        if (maxArea && *maxArea > 0 && houseArea > *maxArea * persons) {
            pass = false;
            say(QCoreApplication::translate("dibao::Eligibility", "Houses: %1 m² per person, more than the %2 m² the policy allows.")
                    .arg(QString::number(double(houseArea) / 100.0 / persons, 'f', 2),
                         QString::number(double(*maxArea) / 100.0, 'f', 2)));
            t.findings << AssetFinding{QString(), QString(), QStringLiteral("house"), QString(),
                                       QStringLiteral("fail"), QStringLiteral("house_area"),
                                       QCoreApplication::translate("dibao::Eligibility", "More housing area per person than the policy allows.")};
        }
    }
    for (const AssetFinding &f : std::as_const(t.findings))
        if (!f.text.isEmpty() && !f.assetId.isEmpty())
            say(f.text);
    t.evaluated = evaluated;
    t.pass = evaluated && pass;
    t.text = !evaluated ? QCoreApplication::translate("dibao::Eligibility", "Asset test: not evaluated (see problems).")
                        : (t.pass ? QCoreApplication::translate("dibao::Eligibility", "Asset test: passed.") : QCoreApplication::translate("dibao::Eligibility", "Asset test: not passed."));
    say(t.text);
}

void Evaluator::amount(const QList<const Member *> &paidFrom, const IncomeTest &income, const QString &method)
{
    AmountResult &a = m_result.amount;
    a.method = method;
    const int persons = int(paidFrom.size());
    QList<const Member *> paid;
    for (const Member *m : paidFrom) {
        if (m->workRefusals >= 3) {
            a.text << QCoreApplication::translate("dibao::Eligibility", "%1 refused suitable work %2 times and loses their own share (Measures Art 45; 57号 Art 34).")
                          .arg(m->name)
                          .arg(m->workRefusals);
            continue;
        }
        paid << m;
    }
    a.paidMembers = int(paid.size());
    if (persons == 0)
        return;

    if (method == QLatin1String("gap")) {
        // Gap for the whole household, then the refusers' shares removed: (s·n − I) × paid / n, still exact.
        const Rational gap = Rational(m_standard) * Rational(persons) - income.monthlyIncome;
        a.base = gap * Rational(a.paidMembers, persons);
        a.text << QCoreApplication::translate("dibao::Eligibility", "Gap payment: %1 yuan × %2 person(s) − %3 yuan monthly income = %4 yuan%5.")
                      .arg(yuan(m_standard))
                      .arg(persons)
                      .arg(yuan(income.monthlyIncome), yuan(gap))
                      .arg(a.paidMembers == persons ? QString()
                                                    : QCoreApplication::translate("dibao::Eligibility", ", × %1/%2 paid members = %3 yuan")
                                                          .arg(a.paidMembers)
                                                          .arg(persons)
                                                          .arg(yuan(a.base)));
    } else {
        a.tier = m_options.assignedTier;
        const auto tier = m_policy.amount(QStringLiteral("tier"), a.tier, m_asOf);
        use(QStringLiteral("tier"), a.tier);
        if (a.tier.isEmpty() || !tier) {
            problem(QStringLiteral("tier_not_assigned"),
                    a.tier.isEmpty() ? QCoreApplication::translate("dibao::Eligibility", "The amount method is tiers: assign tier A, B or C.")
                                     : QCoreApplication::translate("dibao::Eligibility", "No policy row tier/%1 is in force on %2.").arg(a.tier, isoDate(m_asOf)));
            return;
        }
        const Rational each = perPerson(*tier);
        a.base = each * Rational(a.paidMembers);
        a.text << QCoreApplication::translate("dibao::Eligibility", "Tier %1: %2 yuan per person × %3 person(s) = %4 yuan.")
                      .arg(a.tier, yuan(each))
                      .arg(a.paidMembers)
                      .arg(yuan(a.base));
    }

    Rational total = a.base;
    static const char *const kSupplements[] = {"elderly", "minor", "severe_disability", "serious_illness"};
    for (const Member *m : paid) {
        const int memberAge = age(*m);
        for (const char *kindLatin1 : kSupplements) {
            const QString kind = QString::fromLatin1(kindLatin1);
            const auto supplement = m_policy.amount(QStringLiteral("supplement"), kind, m_asOf);
            if (!supplement)
                continue;
            bool applies = false;
            if (kind == QLatin1String("elderly"))
                applies = supplement->minAge >= 0 && memberAge >= supplement->minAge;
            else if (kind == QLatin1String("minor"))
                applies = supplement->belowAge >= 0 && memberAge >= 0 && memberAge < supplement->belowAge;
            else if (kind == QLatin1String("severe_disability"))
                applies = (m->disabilityGrade == 1 || m->disabilityGrade == 2)
                    || m->health == Health::SevereDisability;
            else
                applies = m->seriousIllness;
            if (!applies)
                continue;
            use(QStringLiteral("supplement"), kind);
            SupplementLine line{m->id, kind, perPerson(*supplement), QString()};
            line.text = QCoreApplication::translate("dibao::Eligibility", "Supplement %1 for %2: %3 yuan.").arg(kind, m->name, yuan(line.amount));
            total += line.amount;
            a.supplements << line;
            a.text << line.text;
            for (MemberAssessment &ma : m_result.members)
                if (ma.memberId == m->id)
                    ma.supplements << kind;
        }
    }
    a.beforeRounding = total;

    const auto rounding = m_policy.choice(QStringLiteral("rounding"), QStringLiteral("default"), m_asOf);
    use(QStringLiteral("rounding"), QStringLiteral("default"));
    if (!rounding) {
        missingPolicy(QStringLiteral("rounding"), QStringLiteral("default"));
        return;
    }
    a.rounding = *rounding;
    // The one rounding of the whole computation.
    if (a.rounding == QLatin1String("jiao_up"))
        a.rounded = total.roundUpTo(10);
    else if (a.rounding == QLatin1String("yuan_up"))
        a.rounded = total.roundUpTo(100);
    else if (a.rounding == QLatin1String("yuan_half_up"))
        a.rounded = total.roundHalfUpTo(100);
    else
        a.rounded = total.roundHalfUpTo(1);
    a.amount = qMax<Fen>(0, a.rounded);

    Fen floor = 0;
    if (a.paidMembers > 0) {
        if (const auto perPersonFloor = integer(QStringLiteral("floor"), QStringLiteral("per_person")))
            floor = qMax(floor, *perPersonFloor * a.paidMembers);
        if (const auto perHousehold = integer(QStringLiteral("floor"), QStringLiteral("per_household")))
            floor = qMax(floor, *perHousehold);
    }
    a.floor = floor;
    if (a.amount < floor) {
        a.floorApplied = true;
        a.amount = floor;
    }
    a.text << QCoreApplication::translate("dibao::Eligibility", "Amount: %1 yuan before rounding, rounded (%2) to %3 yuan%4; paid %5 yuan per month.")
                  .arg(yuan(a.beforeRounding), a.rounding, yuan(a.rounded))
                  .arg(a.floorApplied ? QCoreApplication::translate("dibao::Eligibility", ", raised to the floor of %1 yuan").arg(yuan(floor)) : QString())
                  .arg(yuan(a.amount));
    for (const QString &line : std::as_const(a.text))
        say(line);
}

void Evaluator::redFlags()
{
    const auto allowed = m_policy.stringList(QStringLiteral("asset_rule"), QStringLiteral("vehicle_allowed_subkinds"),
                                             m_asOf);
    const auto houseMonths = integer(QStringLiteral("red_flag"), QStringLiteral("house_purchase_months"));
    for (const AssetItem &a : m_file.assets) {
        if (a.kind == QLatin1String("vehicle") && !(allowed && allowed->contains(a.subKind)))
            m_result.redFlags << RedFlag{QStringLiteral("vehicle"), a.memberId, a.id,
                                         QCoreApplication::translate("dibao::Eligibility", "A vehicle (%1) is recorded: investigate its use and value.")
                                             .arg(a.subKind.isEmpty() ? QCoreApplication::translate("dibao::Eligibility", "unspecified") : a.subKind)};
        if (a.kind == QLatin1String("business"))
            m_result.redFlags << RedFlag{QStringLiteral("registered_business"), a.memberId, a.id,
                                         QCoreApplication::translate("dibao::Eligibility", "A registered business is recorded: investigate whether it operates "
                                            "and what it earns.")};
        if (a.kind == QLatin1String("house") && houseMonths && a.purchaseDate.isValid()
            && a.purchaseDate <= m_asOf && a.purchaseDate > m_asOf.addMonths(-int(*houseMonths)))
            m_result.redFlags << RedFlag{QStringLiteral("recent_house_purchase"), a.memberId, a.id,
                                         QCoreApplication::translate("dibao::Eligibility", "A house was bought on %1, within %2 months: investigate how it was paid.")
                                             .arg(isoDate(a.purchaseDate))
                                             .arg(*houseMonths)};
    }
    if (const auto occupations = m_policy.stringList(QStringLiteral("red_flag"), QStringLiteral("cadre_occupations"),
                                                     m_asOf)) {
        use(QStringLiteral("red_flag"), QStringLiteral("cadre_occupations"));
        for (const Member &m : m_file.members)
            for (const QString &word : *occupations)
                if (!m.occupation.isEmpty() && m.occupation.contains(word)) {
                    m_result.redFlags << RedFlag{QStringLiteral("cadre_occupation"), m.id, QString(),
                                                 QCoreApplication::translate("dibao::Eligibility", "%1's occupation (%2) requires a recorded finding; an occupation "
                                                    "alone never refuses a household.")
                                                     .arg(m.name, m.occupation)};
                    break;
                }
    }
    const AssetTest &assets = m_result.assets;
    if (assets.financialLimit > 0 && assets.financialTotal <= assets.financialLimit) {
        if (const auto share = m_policy.ratio(QStringLiteral("red_flag"), QStringLiteral("financial_near_share"), m_asOf)) {
            use(QStringLiteral("red_flag"), QStringLiteral("financial_near_share"));
            // total >= limit × num/den, by cross-multiplication
            if (Rational(assets.financialTotal) * Rational(share->den)
                >= Rational(assets.financialLimit) * Rational(share->num))
                m_result.redFlags << RedFlag{QStringLiteral("financial_near_limit"), QString(), QString(),
                                             QCoreApplication::translate("dibao::Eligibility", "Financial assets of %1 yuan are close to the limit of %2 yuan: "
                                                "verify with the banks.")
                                                 .arg(yuan(assets.financialTotal), yuan(assets.financialLimit))};
        }
    }
    for (const RedFlag &flag : std::as_const(m_result.redFlags))
        say(QCoreApplication::translate("dibao::Eligibility", "Red flag (investigate and record a finding; never a refusal by itself): %1").arg(flag.text));
}

void Evaluator::individual()
{
    IndividualAssessment &ind = m_result.individual;
    ind.requested = true;
    ind.memberId = m_options.individualMemberId;
    const Member *m = member(ind.memberId);
    if (!m) {
        problem(QStringLiteral("individual_member_unknown"),
                QCoreApplication::translate("dibao::Eligibility", "Member %1 is not in this household.").arg(ind.memberId));
        return;
    }
    if (m->disabilityGrade == 1 || m->disabilityGrade == 2)
        ind.grounds << QStringLiteral("disability_grade_1_2");
    if (m->disabilityGrade == 3
        && (m->disabilityCategory == QString::fromUtf8("智力") || m->disabilityCategory == QString::fromUtf8("精神")))
        ind.grounds << QStringLiteral("disability_grade_3_intellectual_mental");
    if (m->seriousIllness)
        ind.grounds << QStringLiteral("serious_illness");
    if (m->notCounted == NotCountedReason::ReligiousAway3Years)
        ind.grounds << QStringLiteral("religious_staff");
    if (m_options.countyNamedIndividual)
        ind.grounds << QStringLiteral("county_named");
    ind.householdQualifiesWhole = m_result.verdict == EligibilityVerdict::Eligible;
    ind.householdIsMargin = m_result.margin;
    ind.income = incomeTest(QSet<QString>{m->id}, false, 1);

    if (ind.householdQualifiesWhole)
        ind.text = QCoreApplication::translate("dibao::Eligibility", "The household qualifies as a whole: enrol the whole household, not %1 alone.").arg(m->name);
    else if (ind.grounds.isEmpty())
        ind.text = QCoreApplication::translate("dibao::Eligibility", "%1 has no ground for individual enrolment (disability grade 1–2, grade 3 intellectual or "
                      "mental, a serious illness, religious staff, or named by the county).")
                       .arg(m->name);
    else if (!ind.householdIsMargin)
        ind.text = QCoreApplication::translate("dibao::Eligibility", "Individual enrolment is for a member of a low-income margin household; this household is "
                      "not one.");
    else if (!ind.income.evaluated || !ind.income.pass)
        ind.text = QCoreApplication::translate("dibao::Eligibility", "%1's own income is not below the standard.").arg(m->name);
    else {
        ind.qualifies = true;
        ind.text = QCoreApplication::translate("dibao::Eligibility", "%1 qualifies for individual enrolment (%2).").arg(m->name, ind.grounds.join(QStringLiteral(", ")));
    }
    say(ind.text);
}

EligibilityResult Evaluator::run()
{
    m_result.householdId = m_file.household.id;
    m_result.asOf = m_asOf;
    m_result.area = m_file.household.area;

    const QString areaKey = toToken(m_file.household.area);
    if (const auto standard = integer(QStringLiteral("standard"), areaKey))
        m_standard = *standard;
    else
        missingPolicy(QStringLiteral("standard"), areaKey);

    assessMembers();
    residenceTest();
    if (m_countedIds.isEmpty())
        problem(QStringLiteral("no_counted_members"), QCoreApplication::translate("dibao::Eligibility", "No member of the household is counted."));
    m_result.income = incomeTest(m_countedIds, true, int(m_countedIds.size()));
    say(m_result.income.text);
    assetTest();

    const bool allTested = m_result.income.evaluated && m_result.assets.evaluated;
    const bool pass = m_result.residence.pass && m_result.income.pass && m_result.assets.pass;
    const auto method = m_policy.choice(QStringLiteral("amount_method"), QStringLiteral("default"), m_asOf);
    use(QStringLiteral("amount_method"), QStringLiteral("default"));
    // The method matters only for a household that passes; its absence must not hide a clear "not eligible".
    if (!method && !blocked() && allTested && pass)
        missingPolicy(QStringLiteral("amount_method"), QStringLiteral("default"));

    // 低保边缘: not eligible on income, but income below factor × standard with assets passing.
    if (allTested && m_result.residence.pass && !m_result.income.pass && m_result.assets.pass) {
        if (const auto factor = m_policy.ratio(QStringLiteral("margin_factor"), QStringLiteral("default"), m_asOf)) {
            use(QStringLiteral("margin_factor"), QStringLiteral("default"));
            const Rational limit = Rational(m_standard) * Rational(m_result.income.countedMembers)
                * Rational(factor->num, factor->den);
            m_result.margin = m_result.income.monthlyIncome < limit;
            say(m_result.margin
                    ? QCoreApplication::translate("dibao::Eligibility", "Low-income margin: monthly income is below %1/%2 × the standard (%3 yuan); the household "
                         "may apply for margin status.")
                          .arg(factor->num)
                          .arg(factor->den)
                          .arg(yuan(limit))
                    : QCoreApplication::translate("dibao::Eligibility", "Low-income margin: monthly income is not below %1/%2 × the standard.")
                          .arg(factor->num)
                          .arg(factor->den));
        } else {
            missingPolicy(QStringLiteral("margin_factor"), QStringLiteral("default"), false);
        }
    }

    // A missing policy row or a broken item blocks any verdict: never decide on guessed rules.
    if (blocked() || !allTested)
        m_result.verdict = EligibilityVerdict::Undetermined;
    else
        m_result.verdict = pass ? EligibilityVerdict::Eligible : EligibilityVerdict::NotEligible;

    redFlags();

    if (!m_options.individualMemberId.isEmpty()) {
        individual();
        if (m_result.individual.qualifies && !method)
            missingPolicy(QStringLiteral("amount_method"), QStringLiteral("default"));
        if (m_result.individual.qualifies && method) {
            m_result.verdict = EligibilityVerdict::Eligible;
            amount({member(m_result.individual.memberId)}, m_result.individual.income, *method);
        } else if (!m_result.individual.householdQualifiesWhole && !blocked()) {
            m_result.verdict = EligibilityVerdict::NotEligible;
        }
    }
    if (m_result.verdict == EligibilityVerdict::Eligible && method && !m_result.individual.qualifies) {
        QList<const Member *> counted;
        for (const Member &m : m_file.members)
            if (m_countedIds.contains(m.id))
                counted << &m;
        amount(counted, m_result.income, *method);
    }
    if (blocked()) {
        m_result.verdict = EligibilityVerdict::Undetermined;
        m_result.amount.amount = 0;
    }
    if (m_result.verdict != EligibilityVerdict::Eligible)
        m_result.amount.amount = 0;

    for (const EligibilityProblem &p : std::as_const(m_result.problems))
        say(p.text);
    switch (m_result.verdict) {
    case EligibilityVerdict::Eligible:
        say(QCoreApplication::translate("dibao::Eligibility", "Result: eligible; %1 yuan per month.").arg(yuan(m_result.amount.amount)));
        break;
    case EligibilityVerdict::NotEligible:
        say(QCoreApplication::translate("dibao::Eligibility", "Result: not eligible."));
        break;
    case EligibilityVerdict::Undetermined:
        say(QCoreApplication::translate("dibao::Eligibility", "Result: undetermined until the problems above are resolved."));
        break;
    }

    std::sort(m_usedOrder.begin(), m_usedOrder.end(), [](const PolicyRow *a, const PolicyRow *b) {
        return std::tie(a->kind, a->key) < std::tie(b->kind, b->key);
    });
    for (const PolicyRow *row : std::as_const(m_usedOrder))
        m_result.policyUsed << PolicyReference{row->kind,   row->key,           row->effectiveFrom,
                                               row->effectiveUntil, row->issuer, row->documentNumber,
                                               row->example};
    return m_result;
}

} // namespace

QString toToken(EligibilityVerdict verdict)
{
    switch (verdict) {
    case EligibilityVerdict::Eligible: return QStringLiteral("eligible");
    case EligibilityVerdict::NotEligible: return QStringLiteral("not_eligible");
    case EligibilityVerdict::Undetermined: return QStringLiteral("undetermined");
    }
    return {};
}

int ageOn(const QDate &birth, const QDate &date)
{
    if (!birth.isValid() || !date.isValid() || birth > date)
        return -1;
    int years = date.year() - birth.year();
    if (date.month() < birth.month() || (date.month() == birth.month() && date.day() < birth.day()))
        --years;
    return years;
}

EligibilityResult evaluateEligibility(const HouseholdFile &file, const PolicySet &policy, QDate asOf,
                                      const EligibilityOptions &options)
{
    try {
        return Evaluator(file, policy, asOf, options).run();
    } catch (const std::exception &e) {
        // Only Rational overflow can land here: figures far beyond any household's. Report, never guess.
        EligibilityResult result;
        result.householdId = file.household.id;
        result.asOf = asOf;
        result.area = file.household.area;
        result.verdict = EligibilityVerdict::Undetermined;
        result.problems << EligibilityProblem{QStringLiteral("arithmetic_overflow"),
                                              QCoreApplication::translate("dibao::Eligibility",
                                                                          "The figures are too large to compute "
                                                                          "exactly; check the amounts entered."),
                                              true};
        result.explanation << result.problems.first().text;
        return result;
    }
}

} // namespace dibao
