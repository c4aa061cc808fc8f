#include "UiFixture.h"

#include "domain/IdNumber.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "workflow/Workflow.h"

namespace dibao::uitest {

namespace {
const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"};
const char *const kGiven[] = {"明", "芳", "强", "丽", "军", "秀英", "伟", "敏", "静", "磊", "洋", "艳", "勇", "娟", "杰"};
const char *const kVillages[] = {"新村", "凤凰社区", "龙泉村", "太平村", "北闸村", "青岗岭村", "永丰村", "大寨村"};
} // namespace

QString idNumberFor(const QString &township, int n, bool male)
{
    const QDate birth = QDate(1940, 1, 1).addDays((n * 37) % 25000);
    const int seq = 2 * ((n / 25000) % 499) + (male ? 1 : 2); // odd = male
    const QString first17 = township.left(6) + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(seq % 1000, 3, 10, QLatin1Char('0'));
    return first17 + idNumberCheckCharacter(first17);
}

HouseholdFile householdFor(const QString &township, int n, const QDate &asOf)
{
    HouseholdFile f;
    f.household.divisionCode = township;
    f.household.villageName = QString::fromUtf8(kVillages[n % 8]);
    f.household.area = n % 5 == 0 ? Area::Urban : Area::Rural;
    f.household.registeredAddress =
        QStringLiteral("%1%2组%3号").arg(f.household.villageName).arg(n % 9 + 1).arg(n % 97 + 1);
    f.household.actualAddress = f.household.registeredAddress;
    f.household.phone = QStringLiteral("1380870%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
    const int size = 1 + n % 4;
    const QString surname = QString::fromUtf8(kSurnames[n % 14]);
    for (int k = 0; k < size; ++k) {
        Member m;
        m.id = QStringLiteral("m-%1-%2").arg(n).arg(k);
        m.name = (k == 1 ? QString::fromUtf8(kSurnames[(n + 3) % 14]) : surname)
            + QString::fromUtf8(kGiven[(n + k * 5) % 15]);
        // Members of one household get numbers from disjoint ranges of n.
        m.idNumber = idNumberFor(township, n * 4 + k, (n + k) % 2 == 0);
        m.relation = k == 0 ? Relation::Self : (k == 1 ? Relation::Spouse : Relation::Child);
        m.health = n % 7 == 0 && k == 0 ? Health::ChronicIllness : Health::Healthy;
        f.members << m;
    }
    IncomeItem wage;
    wage.memberId = f.members.first().id;
    wage.kind = QStringLiteral("wage");
    wage.fromMonth = QDate(asOf.year(), asOf.month(), 1).addMonths(-12);
    wage.toMonth = QDate(asOf.year(), asOf.month(), 1).addMonths(-1);
    wage.amount = Fen(30000 + (n % 11) * 10000) * 12;
    f.incomes << wage;
    return f;
}

QString addApplication(Session &session, int n, const QDate &asOf, QString *error)
{
    HouseholdFile f = householdFor(session.divisionCode().size() == 9 ? session.divisionCode()
                                                                       : session.divisionCode() + QStringLiteral("001"),
                                   n, asOf);
    HouseholdStore households(session);
    if (Status st = households.create(f); !st) {
        if (error)
            *error = st.error().message;
        return QString();
    }
    ApplicationInput input;
    input.householdId = f.household.id;
    input.applicantMemberId = f.members.first().id;
    input.submittedOn = asOf.addDays(-(n % 20));
    input.documents << CaseDocument{QString(), QStringLiteral("hukou_book"), QStringLiteral("provided"), QString()}
                    << CaseDocument{QString(), QStringLiteral("verification_consent"),
                                    n % 3 == 0 ? QStringLiteral("missing") : QStringLiteral("provided"), QString()};
    CaseStore cases(session);
    auto id = cases.createApplication(input);
    if (!id) {
        if (error)
            *error = id.error().message;
        return QString();
    }
    return *id;
}

bool populate(Session &session, int first, int count, const QDate &asOf, QString *error)
{
    Transaction tx(session.db());
    if (!tx.begun()) {
        if (error)
            *error = tx.begun().error().message;
        return false;
    }
    Workflow workflow(session);
    for (int n = first; n < first + count; ++n) {
        const QString id = addApplication(session, n, asOf, error);
        if (id.isEmpty())
            return false;
        // Half are accepted (investigation clock running, some overdue); a quarter also under investigation.
        if (n % 2 == 0) {
            TransitionInput in;
            in.onDate = asOf.addDays(-(n % 20));
            if (Status st = workflow.apply(id, QStringLiteral("accept"), in); !st) {
                if (error)
                    *error = st.error().message;
                return false;
            }
            if (n % 4 == 0)
                (void)workflow.apply(id, QStringLiteral("start_investigation"), in);
        }
    }
    if (Status st = tx.commit(); !st) {
        if (error)
            *error = st.error().message;
        return false;
    }
    return true;
}

} // namespace dibao::uitest
