#include "demo/DemoGenerator.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "demo/DemoRandom.h"
#include "demo/DemoVocabulary.h"
#include "domain/Division.h"
#include "domain/IdNumber.h"
#include "policy/PolicySet.h"
#include "rules/Eligibility.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"
#include "store/UserStore.h"
#include "workflow/CaseStates.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace dibao {

namespace {

QString trDemo(const char *text)
{
    return QCoreApplication::translate("dibao::DemoGenerator", text);
}

constexpr int kBatchHouseholds = 500;
constexpr int kProgressEvery = 1000;

QString demoPassword()
{
    return QStringLiteral("dibao-demo");
}

// splitmix64: turns (seed, household index) into an independent stream, so a household's content does not depend
// on how many draws the households before it happened to make.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

struct Village {
    QString code;
    QString name;
    Area area = Area::Rural;
    int groups = 8;      // 村民小组 (rural) or streets (urban)
    QString official;    // the village committee member who joins household visits (no account)
};

struct Township {
    QString code;
    QString name;
    int weight = 100;
    QList<Village> villages;
    Actor assistant;
    Actor cadre;
    Actor admin;         // only where the policy delegates confirmation to the township
};

// What a household's file is built to show; the eligibility rules then have the last word.
enum class Bias { Eligible, IneligibleIncome, IneligibleAssets };

enum class Who { Assistant, Cadre, Verifier, Confirmer };

struct Step {
    enum Kind { Transition, Visit, NeighbourVisit, AuthorityVisit };
    Kind kind = Transition;
    QString transition;
    int gap = 0;          // calendar days after the previous step
    Who who = Who::Assistant;
    TransitionInput input;
    bool decision = false; // the confirming authority's decision and what follows it (replaced if the rules differ)
};

struct Assessment {
    bool eligible = false;
    Fen amount = 0;
    QString tier;
};

// The application states a demo must show, and how often each is the target. The first application households
// take them in this order, so even a small demo has every state.
struct StateWeight {
    const QString &state;
    int weight;
};
const QList<StateWeight> &applicationTargets()
{
    static const QList<StateWeight> targets{
        {CaseState::Confirmed, 620},     {CaseState::Refused, 55},         {CaseState::Withdrawn, 35},
        {CaseState::Terminated, 20},     {CaseState::ClosedIneligible, 45}, {CaseState::Submitted, 20},
        {CaseState::AwaitingDocuments, 15}, {CaseState::Accepted, 15},     {CaseState::Investigating, 30},
        {CaseState::IneligibleNotified, 7}, {CaseState::Rechecking, 5},    {CaseState::Appraisal, 20},
        {CaseState::TownshipReview, 20}, {CaseState::Notice, 25},          {CaseState::Objection, 5},
        {CaseState::CountyNotice, 20},   {CaseState::Confirmation, 25},
    };
    return targets;
}

bool isOpenTarget(const QString &state)
{
    return !CaseState::isFinal(state);
}

// Restores the signed-in user however generation ends.
class ActorRestorer {
public:
    explicit ActorRestorer(Session &session) : m_session(session), m_actor(session.actor()) {}
    ~ActorRestorer() { m_session.actAs(m_actor); }

private:
    Session &m_session;
    Actor m_actor;
};

class Generator {
public:
    Generator(Session &session, const DemoOptions &options)
        : m_session(session), m_options(options), m_setup(mix(options.seed ^ 0x5EEDull)), m_workflow(session),
          m_cases(session), m_households(session)
    {
    }

    Result<DemoSummary> run();

private:
    Status setUpTownships();
    Status setUpStaff();
    Result<Actor> staffUser(const QString &name, Role role, const QString &divisionCode);
    Status loadUsedIdNumbers();

    Status household(int index);
    HouseholdFile makeFile(DemoRandom &r, const Township &t, const Village &v, Bias bias, const QDate &reference,
                           bool migrated, bool separated);
    QList<Member> makeMembers(DemoRandom &r, const QString &familySurname);
    Member makeMember(DemoRandom &r, const QString &name, Sex sex, int age, Relation relation);
    QString idNumber(DemoRandom &r, const QDate &birth, Sex sex);
    void addIncomes(DemoRandom &r, HouseholdFile &file, Bias bias, const QDate &reference);
    void addAssets(DemoRandom &r, HouseholdFile &file, Bias bias, const QDate &reference);
    Assessment assess(const HouseholdFile &file, const QDate &asOf, DemoRandom &r);

    struct Application {
        QString target;
        bool forced = false;       // a coverage case: keeps its target whatever the rules say
        bool consent = true;       // verification consent signed by every member
        bool nearRelative = false;
        QList<Step> steps;
        QDate submitted;
    };
    Application planApplication(DemoRandom &r, const QString &target, bool forced, bool separated);
    QList<Step> decisionSteps(DemoRandom &r, bool refuse, bool nearRelative);
    Status runApplication(DemoRandom &r, const Township &t, const HouseholdFile &file, Application application,
                          const Assessment &assessment);
    Status runMigrated(DemoRandom &r, const Township &t, const HouseholdFile &file, const Assessment &assessment,
                       int forcedReview);
    // Periodic reviews from the household's next_review_due up to today. forcedEnd: 0 none, else the state
    // the last review must be left in (review_open, review_reported, review_decided) for coverage.
    Status runReviews(DemoRandom &r, const Township &t, const QString &householdId, QDate lastDecision,
                      bool ineligible, const QString &forcedEnd);
    Status apply(const Actor &who, const QString &caseId, const QString &transition, const TransitionInput &input);
    Status visit(const Actor &who, DemoRandom &r, const Township &t, const QString &caseId, const HouseholdFile &file,
                 const QString &kind, const QDate &on, bool byAuthority);
    const Actor &actor(Who who, const Township &t, const QDate &on) const;
    void countCase(const QString &state) { ++m_summary.cases, ++m_summary.casesByState[state]; }

    Session &m_session;
    DemoOptions m_options;
    DemoRandom m_setup;
    Workflow m_workflow;
    CaseStore m_cases;
    HouseholdStore m_households;
    QDate m_today;
    QDate m_start;
    QString m_countyCode;
    QString m_countyName;
    QList<Township> m_townships;
    QList<int> m_townshipWeights;
    Actor m_reviewer;
    Actor m_verifier;
    bool m_delegationPossible = false;
    QSet<QString> m_usedIds; // first 17 characters of every ID number in the database
    DemoSummary m_summary;
};

Result<DemoSummary> Generator::run()
{
    DIBAO_TRY(m_session.require(Action::GenerateDemo));
    if (m_options.households < 1 || m_options.households > 2000000 || m_options.months < 1 || m_options.months > 120)
        return makeError(ErrorKind::Invalid, QStringLiteral("demo_options"),
                         trDemo("A demo has 1 to 2,000,000 households over 1 to 120 months."));
    ActorRestorer restore(m_session);
    m_today = chinaToday();
    m_start = m_today.addMonths(-m_options.months);
    DIBAO_TRY(setUpTownships());
    DIBAO_TRY(setUpStaff());
    DIBAO_TRY(loadUsedIdNumbers());

    Database &db = m_session.db();
    const int total = m_options.households;
    std::unique_ptr<Transaction> tx;
    for (int i = 0; i < total; ++i) {
        if (!tx) {
            // Batches keep the WAL and the rollback small; nested store transactions join this one.
            tx = std::make_unique<Transaction>(db);
            DIBAO_TRY(tx->begun());
        }
        DIBAO_TRY(household(i));
        if ((i + 1) % kBatchHouseholds == 0 || i + 1 == total) {
            DIBAO_TRY(tx->commit());
            tx.reset();
        }
        if (m_options.progress && ((i + 1) % kProgressEvery == 0 || i + 1 == total))
            m_options.progress(i + 1, total);
    }
    return m_summary;
}

Status Generator::setUpTownships()
{
    const DivisionRegistry &divisions = DivisionRegistry::instance();
    const QString code = m_session.divisionCode();
    QList<Division> townships;
    if (divisions.isTownship(code))
        townships << *divisions.find(code);
    else if (divisions.isCounty(code))
        townships = divisions.townshipsOf(code);
    if (townships.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("demo_no_townships"),
                         trDemo("The database's division %1 has no townships to fill.").arg(code));
    m_countyCode = divisions.countyOf(code);
    m_countyName = divisions.name(m_countyCode);
    for (const Division &d : townships) {
        Township t;
        t.code = d.code;
        t.name = d.name;
        const bool subDistrict = d.name.endsWith(QStringLiteral("街道"));
        const bool town = d.name.endsWith(QStringLiteral("镇"));
        t.weight = m_setup.between(60, 140) / (subDistrict ? 2 : 1);
        // Communities (居委会) are numbered 001…, villages (村委会) 201… as in the statistics bureau's codes.
        const int communities = subDistrict ? m_setup.between(4, 8) : town ? m_setup.between(1, 2) : 0;
        const int villages = subDistrict ? m_setup.between(2, 5) : m_setup.between(8, 18);
        const QStringList communityNames = DemoVocabulary::communityNames(m_setup, communities);
        const QStringList villageNames = DemoVocabulary::villageNames(m_setup, villages);
        for (int i = 0; i < communityNames.size(); ++i) {
            Village v;
            v.code = t.code + QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            v.name = communityNames.at(i);
            v.area = Area::Urban;
            v.groups = m_setup.between(4, 12);
            t.villages << v;
        }
        for (int i = 0; i < villageNames.size(); ++i) {
            Village v;
            v.code = t.code + QString::number(201 + i);
            v.name = villageNames.at(i);
            v.area = Area::Rural;
            v.groups = m_setup.between(6, 20);
            t.villages << v;
        }
        for (Village &v : t.villages) {
            const Sex sex = m_setup.chance(750) ? Sex::Male : Sex::Female;
            const QString surname = DemoVocabulary::surname(m_setup);
            v.official = surname + DemoVocabulary::givenName(m_setup, sex, m_setup.between(1965, 1990));
        }
        m_townships << t;
        m_townshipWeights << t.weight;
    }
    return {};
}

Result<Actor> Generator::staffUser(const QString &name, Role role, const QString &divisionCode)
{
    UserStore users(m_session);
    auto existing = users.findByName(name);
    User user;
    if (existing) {
        user = *existing;
    } else {
        // Display names come from their own stream so the households are the same whether or not staff existed.
        const Sex sex = m_setup.chance(500) ? Sex::Male : Sex::Female;
        const QString surname = DemoVocabulary::surname(m_setup);
        const QString displayName = surname + DemoVocabulary::givenName(m_setup, sex, m_setup.between(1970, 1998));
        auto created = users.create(name, displayName, role, divisionCode, demoPassword());
        if (!created)
            return created.error();
        user = *created;
    }
    return Actor{user.id, user.name, user.displayName, user.role, user.divisionCode};
}

Status Generator::setUpStaff()
{
    // Staff are created by the signed-in administrator (ManageUsers), before anyone acts as them.
    auto reviewer = staffUser(QStringLiteral("demo.reviewer"), Role::CountyReviewer, m_countyCode);
    if (!reviewer)
        return reviewer.error();
    m_reviewer = *reviewer;
    auto verifier = staffUser(QStringLiteral("demo.verifier"), Role::VerificationOfficer, m_countyCode);
    if (!verifier)
        return verifier.error();
    m_verifier = *verifier;
    auto auditor = staffUser(QStringLiteral("demo.auditor"), Role::Auditor, m_countyCode);
    if (!auditor)
        return auditor.error();

    for (const PolicyRow *row : m_session.policy().rowsOfKind(QStringLiteral("confirmer")))
        m_delegationPossible = m_delegationPossible || row->value.toString() == QLatin1String("township");
    for (Township &t : m_townships) {
        const QString prefix = QStringLiteral("demo.") + t.code + QLatin1Char('.');
        auto assistant = staffUser(prefix + QStringLiteral("assistant"), Role::TownshipAssistant, t.code);
        if (!assistant)
            return assistant.error();
        t.assistant = *assistant;
        auto cadre = staffUser(prefix + QStringLiteral("cadre"), Role::VillageCadre, t.code);
        if (!cadre)
            return cadre.error();
        t.cadre = *cadre;
        if (m_delegationPossible) {
            auto admin = staffUser(prefix + QStringLiteral("admin"), Role::TownshipAdmin, t.code);
            if (!admin)
                return admin.error();
            t.admin = *admin;
        }
    }
    return {};
}

Status Generator::loadUsedIdNumbers()
{
    // A second demo run on the same database must not repeat anybody's ID number.
    auto st = m_session.db().prepare("SELECT id_number FROM members");
    if (!st)
        return st.error();
    for (;;) {
        auto r = st->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        m_usedIds.insert(st->text(0).left(17));
    }
    return {};
}

const Actor &Generator::actor(Who who, const Township &t, const QDate &on) const
{
    switch (who) {
    case Who::Assistant: return t.assistant;
    case Who::Cadre: return t.cadre;
    case Who::Verifier: return m_verifier;
    case Who::Confirmer:
        break;
    }
    // Who confirms is a dated county policy (57号 Art 2): the county reviewer, or the township where delegated.
    if (m_delegationPossible
        && m_session.policy().choice(QStringLiteral("confirmer"), QStringLiteral("default"), on).value_or(QString())
            == QLatin1String("township"))
        return t.admin;
    return m_reviewer;
}

// --- households and people

QString Generator::idNumber(DemoRandom &r, const QDate &birth, Sex sex)
{
    const QString prefix = m_countyCode + birth.toString(QStringLiteral("yyyyMMdd"));
    for (;;) {
        // The sequence's last digit is odd for men, even for women (GB 11643).
        const int sequence = r.below(500) * 2 + (sex == Sex::Male ? 1 : 0);
        const QString first17 = prefix + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        if (m_usedIds.contains(first17))
            continue;
        m_usedIds.insert(first17);
        return first17 + idNumberCheckCharacter(first17);
    }
}

Member Generator::makeMember(DemoRandom &r, const QString &name, Sex sex, int age, Relation relation)
{
    Member m;
    m.id = newId();
    m.name = name;
    m.relation = relation;
    // Born `age` full years before today, on a real date, never today or later.
    QDate birth = m_today.addYears(-age).addDays(-r.between(1, 364));
    if (birth >= m_today)
        birth = m_today.addDays(-1);
    m.birthDate = birth;
    m.sex = sex;
    m.idNumber = idNumber(r, birth, sex);

    const int illnessPerMille = age >= 60 ? 300 : age >= 40 ? 120 : 40;
    const int disability = r.below(1000);
    if (disability < 25) {
        m.health = Health::SevereDisability;
        m.disabilityCategory = DemoVocabulary::disabilityCategory(r);
        m.disabilityGrade = r.between(1, 2);
    } else if (disability < 85) {
        m.health = Health::Disabled;
        m.disabilityCategory = DemoVocabulary::disabilityCategory(r);
        m.disabilityGrade = r.between(3, 4);
    } else if (r.chance(illnessPerMille)) {
        m.health = Health::ChronicIllness;
        m.seriousIllness = age >= 18 && r.chance(150);
    } else if (age >= 50 && r.chance(300)) {
        m.health = Health::Fair;
    }

    if (age < 6) {
        m.workAbility = WorkAbility::None;
        m.occupation = QStringLiteral("学龄前儿童");
    } else if (age < 18) {
        m.workAbility = WorkAbility::None;
        m.fullTimeStudent = age < 16 || r.chance(850);
        m.studentLevel = !m.fullTimeStudent ? StudentLevel::None
            : age < 12                      ? StudentLevel::Primary
            : age < 15                      ? StudentLevel::Junior
            : r.chance(750)                 ? StudentLevel::Senior
                                            : StudentLevel::Vocational;
        m.occupation = m.fullTimeStudent ? QStringLiteral("学生") : QStringLiteral("务工");
    } else if (age < 23 && r.chance(350)) {
        m.fullTimeStudent = true;
        m.studentLevel = r.chance(600) ? StudentLevel::Bachelor : StudentLevel::Vocational;
        m.occupation = QStringLiteral("学生");
        m.workAbility = WorkAbility::Able;
    } else if (age < 60) {
        static const QStringList jobs{QStringLiteral("务农"), QStringLiteral("外出务工"), QStringLiteral("灵活就业"),
                                      QStringLiteral("个体经营"), QStringLiteral("无业"), QStringLiteral("村干部")};
        static const QList<int> weights{500, 300, 100, 25, 72, 3};
        m.occupation = jobs.at(r.weighted(weights));
        m.workAbility = WorkAbility::Able;
    } else if (age < 70) {
        m.occupation = r.chance(600) ? QStringLiteral("务农") : QStringLiteral("无");
        m.workAbility = WorkAbility::Partial;
    } else {
        m.occupation = QStringLiteral("无");
        m.workAbility = WorkAbility::None;
    }
    if (m.health == Health::SevereDisability || m.seriousIllness)
        m.workAbility = WorkAbility::None;
    else if ((m.health == Health::Disabled || m.health == Health::ChronicIllness) && m.workAbility == WorkAbility::Able)
        m.workAbility = WorkAbility::Partial;
    if (age >= 18 && (m.health == Health::SevereDisability || (m.health == Health::Disabled && r.chance(300))))
        m.cannotLiveIndependently = true;

    // Rare situations the rules treat specially (57号 Art 7, Measures Art 45).
    if (relation != Relation::Self && age >= 20 && age < 55 && sex == Sex::Male && r.chance(6)) {
        m.notCounted = NotCountedReason::Imprisoned;
        m.notCountedNote = QStringLiteral("服刑人员，刑期至%1年").arg(m_today.year() + r.between(1, 6));
        m.livesTogether = false;
    }
    if (m.workAbility == WorkAbility::Able && age >= 18 && age < 60 && !m.fullTimeStudent && r.chance(10))
        m.workRefusals = r.between(1, 3);
    return m;
}

QList<Member> Generator::makeMembers(DemoRandom &r, const QString &familySurname)
{
    // Household sizes of a rural dibao roster: many elderly living alone or in pairs, fewer large families.
    static const QList<int> sizeWeights{22, 22, 20, 18, 11, 7};
    const int size = 1 + r.weighted(sizeWeights);
    QList<Member> out;
    auto name = [&](const QString &surname, Sex sex, int age) {
        return surname + DemoVocabulary::givenName(r, sex, m_today.year() - age);
    };
    auto otherSurname = [&]() { return DemoVocabulary::surname(r); };
    auto person = [&](const QString &surname, Sex sex, int age, Relation relation) {
        const QString n = name(surname, sex, age);
        out << makeMember(r, n, sex, age, relation);
    };
    auto randomSex = [&]() { return r.chance(510) ? Sex::Male : Sex::Female; };
    // A couple with children: the applicant is usually the husband, the children carry his surname.
    auto family = [&](int children, int elders) {
        const int parentAge = r.between(28 + 3 * children, 52);
        const bool husbandApplies = r.chance(750);
        const QString wifeSurname = otherSurname();
        person(husbandApplies ? familySurname : wifeSurname, husbandApplies ? Sex::Male : Sex::Female, parentAge,
               Relation::Self);
        person(husbandApplies ? wifeSurname : familySurname, husbandApplies ? Sex::Female : Sex::Male,
               parentAge + r.between(-3, 4), Relation::Spouse);
        // Children two to five years apart, the eldest born when the parents were at least 20.
        QList<int> ages{r.between(0, 14)};
        for (int c = 1; c < children; ++c)
            ages.prepend(ages.first() + r.between(2, 5));
        const int excess = ages.first() - (parentAge - 20);
        for (int &age : ages)
            age = qMax(0, age - qMax(0, excess));
        for (int c = 0; c < children; ++c)
            person(familySurname, randomSex(), ages.at(c), Relation::Child);
        for (int e = 0; e < elders; ++e) {
            const bool grandfather = e == 0 && r.chance(450);
            const QString elderSurname = grandfather ? familySurname : otherSurname();
            person(elderSurname, grandfather ? Sex::Male : Sex::Female, qMin(95, parentAge + r.between(24, 32)),
                   husbandApplies ? Relation::Parent : Relation::Other);
        }
    };
    switch (size) {
    case 1:
        if (r.chance(650))
            person(familySurname, randomSex(), r.between(60, 92), Relation::Self);
        else
            person(familySurname, randomSex(), r.between(25, 59), Relation::Self);
        break;
    case 2: {
        const int kind = r.weighted({45, 30, 25});
        if (kind == 0) {
            const int age = r.between(60, 85);
            person(familySurname, Sex::Male, age, Relation::Self);
            person(otherSurname(), Sex::Female, qMax(55, age - r.between(0, 5)), Relation::Spouse);
        } else if (kind == 1) {
            const Sex parentSex = r.chance(700) ? Sex::Female : Sex::Male;
            const int age = r.between(26, 50);
            person(parentSex == Sex::Male ? familySurname : otherSurname(), parentSex, age, Relation::Self);
            person(familySurname, randomSex(), r.between(1, qMin(17, age - 20)), Relation::Child);
        } else {
            const int age = r.between(62, 86);
            person(familySurname, r.chance(500) ? Sex::Male : Sex::Female, age, Relation::Self);
            person(familySurname, randomSex(), age - r.between(24, 34), Relation::Child);
        }
        break;
    }
    case 3: {
        const int kind = r.weighted({40, 25, 15, 20});
        if (kind == 0) {
            family(1, 0);
        } else if (kind == 1) {
            const int age = r.between(30, 50);
            person(otherSurname(), Sex::Female, age, Relation::Self);
            person(familySurname, randomSex(), r.between(8, qMin(17, age - 18)), Relation::Child);
            person(familySurname, randomSex(), r.between(1, 7), Relation::Child);
        } else if (kind == 2) {
            const int age = r.between(45, 58);
            person(familySurname, Sex::Male, age, Relation::Self);
            person(otherSurname(), Sex::Female, age - r.between(0, 4), Relation::Spouse);
            person(familySurname, randomSex(), r.between(18, 22), Relation::Child);
        } else {
            // Grandparent raising left-behind grandchildren (留守儿童) whose parents work away.
            person(familySurname, r.chance(500) ? Sex::Male : Sex::Female, r.between(58, 78), Relation::Self);
            person(familySurname, randomSex(), r.between(6, 15), Relation::Grandchild);
            person(familySurname, randomSex(), r.between(2, 12), Relation::Grandchild);
        }
        break;
    }
    case 4:
        if (r.chance(600))
            family(2, 0);
        else
            family(1, 1);
        break;
    case 5:
        if (r.chance(600))
            family(2, 1);
        else
            family(3, 0);
        break;
    default:
        if (r.chance(700))
            family(2, 2);
        else
            family(3, 1);
        break;
    }
    return out;
}

HouseholdFile Generator::makeFile(DemoRandom &r, const Township &t, const Village &v, Bias bias,
                                  const QDate &reference, bool migrated, bool separated)
{
    HouseholdFile file;
    Household &h = file.household;
    h.id = newId();
    h.divisionCode = t.code;
    h.villageCode = v.code;
    h.villageName = v.name;
    h.area = v.area;
    const QString place = m_countyName + t.name + v.name;
    if (v.area == Area::Rural) {
        h.registeredAddress = place + QStringLiteral("%1组%2号").arg(r.between(1, v.groups)).arg(r.between(1, 80));
    } else {
        static const QStringList roads{QStringLiteral("人民路"), QStringLiteral("南大街"), QStringLiteral("新华路"),
                                       QStringLiteral("环城路"), QStringLiteral("建设路"), QStringLiteral("东风路")};
        const QString road = r.pick(roads);
        h.registeredAddress = place + road + QStringLiteral("%1号").arg(r.between(1, 260));
    }
    h.separatedResidence = separated;
    if (h.separatedResidence) {
        static const QStringList elsewhere{QStringLiteral("昭通市昭阳区太平街道"), QStringLiteral("昆明市官渡区"),
                                           QStringLiteral("曲靖市麒麟区"), QStringLiteral("贵州省毕节市七星关区")};
        const QString where = r.pick(elsewhere);
        h.actualAddress = where + QStringLiteral("租住房，%1号").arg(r.between(1, 300));
    } else {
        h.actualAddress = h.registeredAddress;
    }
    const DemoVocabulary::Bank &bank = DemoVocabulary::bank(r);
    h.bankName = bank.name;
    h.bankAccount = bank.prefix + r.digits(13);
    if (r.chance(880))
        h.phone = DemoVocabulary::mobilePhone(r);
    h.migrated = migrated;

    const QString familySurname = DemoVocabulary::surname(r);
    file.members = makeMembers(r, familySurname);
    for (Member &m : file.members)
        m.householdId = h.id;
    // 常补对象: nobody of working age able to work; reviewed yearly instead of half-yearly.
    bool ableAdult = false;
    for (const Member &m : file.members) {
        const int age = ageOn(m.birthDate, m_today);
        ableAdult = ableAdult || (age >= 18 && age < 60 && m.workAbility == WorkAbility::Able && !m.fullTimeStudent);
    }
    h.stableCategory = !ableAdult;

    addIncomes(r, file, bias, reference);
    addAssets(r, file, bias, reference);
    return file;
}

void Generator::addIncomes(DemoRandom &r, HouseholdFile &file, Bias bias, const QDate &reference)
{
    const PolicySet &policy = m_session.policy();
    const QDate to = firstOfMonth(reference).addMonths(-1);
    const QDate from = to.addMonths(-11);
    const QString areaKey = file.household.area == Area::Urban ? QStringLiteral("urban") : QStringLiteral("rural");
    const Fen standard = policy.integer(QStringLiteral("standard"), areaKey, reference)
                             .value_or(file.household.area == Area::Urban ? 64000 : 37500);
    auto excluded = [&](const char *kind) {
        return policy.boolean(QStringLiteral("income_excluded"), QString::fromLatin1(kind), reference).value_or(false);
    };
    int counted = 0;
    for (const Member &m : file.members)
        counted += m.notCounted == NotCountedReason::None ? 1 : 0;
    // The household's counted net income for the year, as a share of its standard (in 0.1 %).
    const int share = bias == Bias::Eligible ? r.between(250, 850)
        : bias == Bias::IneligibleIncome    ? r.between(1300, 2600)
                                            : r.between(150, 800);
    qint64 budgetYuan = standard * counted * 12 * share / 1000 / 100;

    auto add = [&](const Member &m, const QString &kind, qint64 netYuan, const QDate &f, const QDate &t,
                   const QString &note) -> IncomeItem & {
        IncomeItem i;
        i.id = newId();
        i.memberId = m.id;
        i.kind = kind;
        i.amount = netYuan * 100;
        i.fromMonth = f;
        i.toMonth = t;
        i.note = note;
        file.incomes << i;
        return file.incomes.last();
    };

    const Member *self = &file.members.first();
    QList<const Member *> workers;
    for (const Member &m : file.members) {
        const int age = ageOn(m.birthDate, reference);
        if (m.relation == Relation::Self)
            self = &m;
        if (age >= 60) {
            // 城乡居民基础养老金: excluded during the 14th Five-Year Plan, counted when the policy row ends.
            const qint64 monthly = r.between(110, 160);
            add(m, QStringLiteral("basic_pension"), monthly * 12, from, to, QStringLiteral("城乡居民基础养老金"));
            if (!excluded("basic_pension"))
                budgetYuan -= monthly * 12;
            if (r.chance(80))
                add(m, QStringLiteral("family_planning"), 80 * 12, from, to, QStringLiteral("农村计划生育家庭奖励扶助金"));
        }
        if (m.fullTimeStudent && r.chance(150))
            add(m, QStringLiteral("scholarship"), r.between(10, 25) * 100, from, to, QStringLiteral("国家助学金"));
        if (m.notCounted == NotCountedReason::None && age >= 18 && age < 60 && !m.fullTimeStudent
            && m.workAbility != WorkAbility::None)
            workers << &m;
    }
    if (r.chance(40)) {
        const QDate month = from.addMonths(r.below(12));
        add(*self, QStringLiteral("social_assistance"), r.between(5, 30) * 100, month, month, QStringLiteral("临时救助"));
    }
    if (budgetYuan <= 0)
        return;

    // Spread the counted budget over farming, wages and support from relatives, as such households live.
    qint64 remaining = budgetYuan;
    if (file.household.area == Area::Rural && (self->workAbility != WorkAbility::None || !workers.isEmpty())) {
        const qint64 farming = workers.isEmpty() ? remaining : remaining * r.between(30, 70) / 100;
        IncomeItem &i = add(workers.isEmpty() ? *self : *workers.first(), QStringLiteral("farming"), farming, from, to,
                            QStringLiteral("种植玉米、马铃薯，养猪"));
        i.workCosts = farming * r.between(20, 40);  // seed and fertiliser, in fen (×100 / 100)
        i.amount += i.workCosts;
        remaining -= farming;
    }
    if (remaining > 0 && !workers.isEmpty()) {
        const int earners = workers.size() > 1 && r.chance(400) ? 2 : 1;
        for (int e = 0; e < earners && remaining > 0; ++e) {
            const qint64 net = e + 1 == earners ? remaining : remaining * r.between(40, 70) / 100;
            const int months = r.between(3, 12);
            const QDate first = from.addMonths(r.below(12 - months + 1));
            const bool business = workers.at(e)->occupation == QLatin1String("个体经营");
            IncomeItem &i = add(*workers.at(e), business ? QStringLiteral("business") : QStringLiteral("wage"), net,
                                first, first.addMonths(months - 1),
                                business ? QStringLiteral("小卖部经营") : QStringLiteral("外出务工"));
            i.workCosts = net * r.between(8, 20);   // travel and lodging, in fen
            if (!business && r.chance(300))
                i.socialInsurance = net * r.between(5, 8);
            if (r.chance(30))
                i.supportPaid = r.between(10, 30) * 10000; // support paid to a parent living elsewhere
            i.amount += i.workCosts + i.socialInsurance + i.supportPaid;
            remaining -= net;
        }
    }
    if (remaining > 0) {
        // Nobody here earns: children living elsewhere support their parents (赡养费), a transfer income.
        add(*self, QStringLiteral("transfer"), remaining, from, to, QStringLiteral("子女赡养费"));
    }
    if (r.chance(20))
        add(*self, QStringLiteral("property"), r.between(12, 36) * 100, from, to, QStringLiteral("土地流转租金"));

    // Essential costs of illness and disability, deducted under 57号 Art 13 (only where they help a real case).
    if (bias == Bias::Eligible) {
        for (const Member &m : file.members) {
            ExpenseItem e;
            if (m.seriousIllness) {
                e.kind = QStringLiteral("illness_cost");
                e.amount = r.between(50, 300) * 10000;
                e.note = QStringLiteral("重特大疾病自付医疗费用");
            } else if (m.health == Health::ChronicIllness && r.chance(400)) {
                e.kind = QStringLiteral("illness_cost");
                e.amount = r.between(8, 50) * 10000;
                e.note = QStringLiteral("慢性病门诊自付费用");
            } else if ((m.health == Health::Disabled || m.health == Health::SevereDisability) && r.chance(400)) {
                e.kind = QStringLiteral("disability_cost");
                e.amount = r.between(5, 30) * 10000;
                e.note = QStringLiteral("康复及辅具费用");
            } else {
                continue;
            }
            e.id = newId();
            e.memberId = m.id;
            e.fromMonth = from;
            e.toMonth = to;
            file.expenses << e;
        }
    }
}

void Generator::addAssets(DemoRandom &r, HouseholdFile &file, Bias bias, const QDate &reference)
{
    const PolicySet &policy = m_session.policy();
    const bool rural = file.household.area == Area::Rural;
    const Fen standard = policy.integer(QStringLiteral("standard"), rural ? QStringLiteral("rural") : QStringLiteral("urban"),
                                        reference)
                             .value_or(rural ? 37500 : 64000);
    const qint64 months = policy.integer(QStringLiteral("asset_rule"), QStringLiteral("financial_per_capita_months"),
                                         reference)
                              .value_or(24);
    int counted = 0;
    QString self;
    const Member *disabled = nullptr;
    for (const Member &m : file.members) {
        counted += m.notCounted == NotCountedReason::None ? 1 : 0;
        if (m.relation == Relation::Self)
            self = m.id;
        if (m.health == Health::SevereDisability)
            disabled = &m;
    }
    const Fen financialLimit = standard * months * counted;
    auto add = [&](const QString &kind, const QString &subKind, Fen value, const QString &note) -> AssetItem & {
        AssetItem a;
        a.id = newId();
        a.memberId = self;
        a.kind = kind;
        a.subKind = subKind;
        a.value = value;
        a.note = note;
        file.assets << a;
        return file.assets.last();
    };
    auto yearsAgo = [&](int low, int high) {
        return QDate(m_today.year() - r.between(low, high), r.between(1, 12), r.between(1, 28));
    };

    if (rural ? r.chance(900) : r.chance(450)) {
        AssetItem &house = add(QStringLiteral("house"), QString(), r.between(20, 150) * 100000,
                               rural ? QStringLiteral("自建房") : QStringLiteral("城镇住房"));
        house.floorAreaCentiSqm = qint64(r.between(rural ? 50 : 40, rural ? 160 : 90)) * 10000;
        house.purchaseDate = yearsAgo(rural ? 3 : 2, 40);
        house.memberId.clear(); // held by the household
    }
    if (r.chance(750)) {
        // Most hold a little cash; one in twenty sits close to the limit, which the rules flag for a look.
        const int perMille = r.chance(50) ? r.between(820, 980) : r.between(5, 450);
        const Fen value = financialLimit * perMille / 1000 / 100 * 100;
        if (value > 0)
            add(QStringLiteral("deposit"), QString(), value, QStringLiteral("活期存款"));
    }
    if (rural && r.chance(300)) {
        AssetItem &a = add(QStringLiteral("vehicle"), QStringLiteral("ordinary_motorcycle"), r.between(15, 50) * 10000,
                           QStringLiteral("普通二轮摩托车"));
        a.purchaseDate = yearsAgo(1, 9);
    }
    if (rural && r.chance(120)) {
        AssetItem &a = add(QStringLiteral("vehicle"), QStringLiteral("farm_machine"), r.between(15, 40) * 10000,
                           QStringLiteral("微耕机"));
        a.exempt = true;
        a.exemptReason = QStringLiteral("生产必需");
    }
    if (disabled && r.chance(250)) {
        AssetItem &a = add(QStringLiteral("vehicle"), QStringLiteral("disability_vehicle"), r.between(30, 80) * 10000,
                           QStringLiteral("残疾人代步车"));
        a.memberId = disabled->id;
    }
    if (rural && r.chance(80))
        add(QStringLiteral("trees"), QString(), r.between(20, 200) * 10000, QStringLiteral("核桃、花椒经济林"));
    if (r.chance(40))
        add(QStringLiteral("commercial_insurance"), QString(), r.between(5, 50) * 10000, QStringLiteral("商业意外险"));
    if (r.chance(15))
        add(QStringLiteral("business"), QString(), r.between(50, 200) * 10000, QStringLiteral("个体工商户（小卖部）"));

    if (bias == Bias::IneligibleAssets) {
        // What a verification typically turns up.
        const int kind = r.weighted({60, 10, 15, 15});
        if (kind == 0) {
            AssetItem &a = add(QStringLiteral("vehicle"), QStringLiteral("car"), r.between(40, 150) * 100000,
                               QStringLiteral("小型轿车"));
            a.purchaseDate = yearsAgo(0, 6);
        } else if (kind == 1) {
            AssetItem &a = add(QStringLiteral("vehicle"), QStringLiteral("truck"), r.between(50, 200) * 100000,
                               QStringLiteral("轻型货车"));
            a.purchaseDate = yearsAgo(0, 8);
        } else if (kind == 2) {
            AssetItem &a = add(QStringLiteral("house"), QString(), r.between(200, 600) * 100000,
                               QStringLiteral("县城商品房"));
            a.floorAreaCentiSqm = qint64(r.between(80, 140)) * 10000;
            a.purchaseDate = yearsAgo(0, 5);
        } else {
            add(QStringLiteral("deposit"), QString(), financialLimit * r.between(1100, 2500) / 1000 / 100 * 100,
                QStringLiteral("定期存款"));
        }
    }
}

Assessment Generator::assess(const HouseholdFile &file, const QDate &asOf, DemoRandom &r)
{
    const PolicySet &policy = m_session.policy();
    Assessment a;
    EligibilityOptions options;
    if (policy.choice(QStringLiteral("amount_method"), QStringLiteral("default"), asOf).value_or(QString())
        == QLatin1String("tier")) {
        static const QStringList tiers{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        a.tier = tiers.at(r.weighted({20, 45, 35}));
        options.assignedTier = a.tier;
    }
    const EligibilityResult result = evaluateEligibility(file, policy, asOf, options);
    a.eligible = result.verdict == EligibilityVerdict::Eligible;
    a.amount = result.amount.amount;
    if (a.eligible && a.amount > 0)
        return a;
    // Not eligible, or the rules could not decide (a policy row missing): a plain gap payment stands in, so a case
    // that is confirmed anyway (coverage of every state) still has a sensible amount.
    const QString areaKey = file.household.area == Area::Urban ? QStringLiteral("urban") : QStringLiteral("rural");
    const Fen standard = policy.integer(QStringLiteral("standard"), areaKey, asOf).value_or(37500);
    int counted = 0;
    for (const Member &m : file.members)
        counted += m.notCounted == NotCountedReason::None ? 1 : 0;
    Fen monthly = 0;
    for (const IncomeItem &i : file.incomes)
        monthly += (i.amount - i.workCosts - i.taxes - i.socialInsurance - i.supportPaid) / 12;
    const Fen floor = policy.integer(QStringLiteral("floor"), QStringLiteral("per_person"), asOf).value_or(2000) * counted;
    a.amount = qMax(floor, standard * counted - monthly) / 100 * 100;
    return a;
}

// --- cases

Status Generator::apply(const Actor &who, const QString &caseId, const QString &transition,
                        const TransitionInput &input)
{
    m_session.actAs(who);
    Status st = m_workflow.apply(caseId, transition, input);
    if (!st) {
        Error e = st.error();
        e.message = trDemo("Demo step %1 on %2 (case %3) failed: %4")
                        .arg(transition, isoDate(input.onDate), caseId, e.message);
        return e;
    }
    return {};
}

Status Generator::visit(const Actor &who, DemoRandom &r, const Township &t, const QString &caseId,
                        const HouseholdFile &file, const QString &kind, const QDate &on, bool byAuthority)
{
    const Village *village = &t.villages.first();
    for (const Village &v : t.villages)
        if (v.code == file.household.villageCode)
            village = &v;
    HouseholdVisit v;
    v.caseId = caseId;
    v.kind = kind;
    v.visitDate = on;
    v.byAuthority = byAuthority;
    // 调查必入户、入户必见人: two named investigators, a township worker and a village official.
    if (byAuthority)
        v.investigators << Investigator{who.displayName, who.userId,
                                        isCountyRole(who.role) ? QStringLiteral("county_staff")
                                                               : QStringLiteral("township_staff")};
    v.investigators << Investigator{t.assistant.displayName, t.assistant.userId, QStringLiteral("township_staff")};
    if (who.userId == t.cadre.userId || r.chance(300))
        v.investigators << Investigator{t.cadre.displayName, t.cadre.userId, QStringLiteral("village_official")};
    else
        v.investigators << Investigator{village->official, QString(), QStringLiteral("village_official")};
    if (kind == QLatin1String("household")) {
        for (const Member &m : file.members)
            if (m.livesTogether && r.chance(850))
                v.membersSeen << m.id;
        if (v.membersSeen.isEmpty())
            v.membersSeen << file.members.first().id;
        v.food = DemoVocabulary::visitFood(r);
        v.clothing = DemoVocabulary::visitClothing(r);
        v.housing = DemoVocabulary::visitHousing(r);
        v.necessities = DemoVocabulary::visitNecessities(r);
        v.evidence = DemoVocabulary::visitEvidence(r);
        v.findings = QStringLiteral("家庭成员、收入和财产情况与申报基本一致");
    } else {
        v.evidence = QStringLiteral("走访邻居两户，了解家庭日常生活情况");
        v.findings = QStringLiteral("邻居反映家庭生活困难，情况属实");
    }
    m_session.actAs(who);
    Status st = m_cases.addVisit(v);
    if (!st) {
        Error e = st.error();
        e.message = trDemo("Demo visit on %1 (case %2) failed: %3").arg(isoDate(on), caseId, e.message);
        return e;
    }
    return {};
}

Step transitionStep(const char *transition, int gap, Who who = Who::Assistant, TransitionInput input = {})
{
    Step s;
    s.transition = QString::fromLatin1(transition);
    s.gap = gap;
    s.who = who;
    s.input = std::move(input);
    return s;
}

Step visitStep(Step::Kind kind, int gap, Who who = Who::Assistant)
{
    Step s;
    s.kind = kind;
    s.gap = gap;
    s.who = who;
    return s;
}

TransitionInput withReason(const char *text)
{
    TransitionInput in;
    in.reason = QString::fromUtf8(text);
    return in;
}

TransitionInput withChoice(const char *token)
{
    TransitionInput in;
    in.choice = QString::fromLatin1(token);
    return in;
}

QList<Step> Generator::decisionSteps(DemoRandom &r, bool refuse, bool nearRelative)
{
    QList<Step> steps;
    // A near-relative case needs the confirming authority's own home visit before the decision (57号 Art 20).
    if (nearRelative)
        steps << visitStep(Step::AuthorityVisit, r.between(1, 5), Who::Confirmer);
    // The opinion is due within 10 working days; one decision in ten comes late.
    const int gap = r.chance(900) ? r.between(2, 12) : r.between(15, 25);
    if (refuse) {
        steps << transitionStep("refuse", gap, Who::Confirmer,
                                withReason("经核对，家庭人均收入或财产超过本地低保标准，不予确认。如不服，可自收到决定"
                                           "之日起六十日内申请行政复议，或六个月内提起行政诉讼。"));
        if (r.chance(950))
            steps << transitionStep("deliver_refusal", r.between(1, 3));
    } else {
        steps << transitionStep("confirm", gap, Who::Confirmer);
    }
    for (Step &s : steps)
        s.decision = true;
    return steps;
}

Generator::Application Generator::planApplication(DemoRandom &r, const QString &target, bool forced, bool separated)
{
    Application a;
    a.target = target;
    a.forced = forced;
    a.consent = r.chance(950);
    a.nearRelative = r.chance(10);
    QList<Step> &steps = a.steps;
    auto visit = [&](int gap) { steps << visitStep(Step::Visit, gap, r.chance(200) ? Who::Cadre : Who::Assistant); };

    auto plan = [&]() {
        if (target == CaseState::Submitted)
            return;
        const bool missing = target == CaseState::AwaitingDocuments || r.chance(100);
        if (missing) {
            // 一次性告知: every missing item in the one notice.
            TransitionInput in;
            in.missingItems << QStringLiteral("income_proof");
            if (r.chance(400))
                in.missingItems << QStringLiteral("hukou_book");
            steps << transitionStep("notify_missing", r.between(0, 2), Who::Assistant, in);
            if (target == CaseState::AwaitingDocuments)
                return;
        }
        steps << transitionStep("accept", missing ? r.between(3, 12) : r.between(0, 3));
        if (separated)
            steps << transitionStep("add_ground", 0, Who::Assistant, withChoice("separated_residence"));
        else if (r.chance(30))
            steps << transitionStep("add_ground", r.between(0, 2), Who::Assistant, withChoice("hard_investigation"));
        if (target == CaseState::Accepted)
            return;
        if (target == CaseState::Withdrawn && r.chance(300)) {
            steps << transitionStep("withdraw", r.between(1, 5), Who::Assistant, withReason("申请人主动撤回申请"));
            return;
        }
        // The investigation starts within 3 working days of acceptance — nearly always.
        steps << transitionStep("start_investigation", r.chance(950) ? r.between(1, 3) : r.between(5, 9));
        if (a.consent) {
            steps << transitionStep("request_verification", r.between(0, 1));
            steps << transitionStep("start_verification", r.between(1, 3), Who::Verifier);
        }
        if (target == CaseState::Terminated) {
            steps << transitionStep("terminate", r.between(5, 15), Who::Assistant,
                                    withReason("申请人无正当理由拒不配合入户调查（57号第二十九条）"));
            return;
        }
        if (target == CaseState::Investigating) {
            if (r.chance(500))
                visit(r.between(1, 6));
            return;
        }
        visit(r.between(1, 6));
        if (r.chance(200))
            steps << visitStep(Step::NeighbourVisit, r.between(0, 2));

        if (target == CaseState::IneligibleNotified || target == CaseState::Rechecking
            || target == CaseState::ClosedIneligible) {
            steps << transitionStep("notify_ineligible", r.between(1, 4), Who::Assistant,
                                    withReason("入户调查和经济状况核对显示家庭财产状况不符合低保条件"));
            if (target == CaseState::IneligibleNotified)
                return;
            if (target == CaseState::ClosedIneligible && r.chance(600)) {
                steps << transitionStep("close_ineligible", r.between(10, 20), Who::Assistant,
                                        withReason("告知后申请人未提出异议"));
                return;
            }
            steps << transitionStep("object", r.between(2, 8), Who::Assistant,
                                    withReason("申请人对调查结论有异议，提交补充证明材料"));
            if (target == CaseState::Rechecking)
                return;
            steps << transitionStep("close_ineligible", r.between(5, 15), Who::Assistant,
                                    withReason("复查核实后家庭经济状况仍不符合低保条件"));
            return;
        }
        if (target == CaseState::Withdrawn && r.chance(400)) {
            steps << transitionStep("withdraw", r.between(1, 8), Who::Assistant,
                                    withReason("家庭成员外出务工，申请人主动撤回"));
            return;
        }
        steps << transitionStep("finish_investigation", r.between(0, 3));
        if (target == CaseState::Appraisal)
            return;
        if (r.chance(40)) {
            // The meeting finds the investigation incomplete: investigate again before concluding.
            steps << transitionStep("conclude_appraisal", r.between(3, 10), Who::Assistant, withChoice("incomplete"));
            visit(r.between(1, 5));
            steps << transitionStep("finish_investigation", r.between(0, 3));
        }
        steps << transitionStep("conclude_appraisal", r.between(3, 10), Who::Assistant, withChoice("true_complete"));
        if (target == CaseState::TownshipReview)
            return;
        steps << transitionStep("submit_review", r.between(1, 5));
        if (target == CaseState::Notice)
            return;
        const bool objection = target == CaseState::Objection || (target != CaseState::CountyNotice && r.chance(50));
        if (objection) {
            if (r.chance(300)) {
                steps << transitionStep("close_notice", r.between(7, 9));
                steps << transitionStep("record_objection", r.between(1, 6), Who::Assistant,
                                        withReason("村民反映该户子女在外务工收入较高"));
            } else {
                steps << transitionStep("record_objection", r.between(1, 6), Who::Assistant,
                                        withReason("村民反映该户有经营收入未申报"));
            }
            if (target == CaseState::Objection)
                return;
            const bool reinvestigate = r.chance(500);
            steps << transitionStep("resolve_objection", r.between(2, 6), Who::Assistant,
                                    withChoice(reinvestigate ? "reinvestigate" : "appraisal"));
            if (reinvestigate) {
                visit(r.between(1, 5));
                steps << transitionStep("finish_investigation", r.between(0, 3));
            } else {
                steps << transitionStep("conclude_appraisal", r.between(3, 8), Who::Assistant,
                                        withChoice("true_complete"));
            }
            // After an objection the conclusion goes straight on to confirmation (57号 Art 19).
            steps << transitionStep("submit_review", r.between(1, 4));
        } else {
            // The notice runs its full 7 days before it may close.
            steps << transitionStep("close_notice", r.between(7, 9));
            if (target == CaseState::CountyNotice)
                return;
            steps << transitionStep("close_county_notice", r.between(7, 10), Who::Confirmer);
        }
        if (target == CaseState::Confirmation)
            return;
        if (target == CaseState::Withdrawn) {
            steps << transitionStep("withdraw", r.between(1, 5), Who::Assistant, withReason("申请人主动撤回申请"));
            return;
        }
        steps << decisionSteps(r, target == CaseState::Refused, a.nearRelative);
    };
    plan();

    int duration = 0;
    for (const Step &s : steps)
        duration += s.gap;
    if (isOpenTarget(target)) {
        // Open cases are recent; one in five has been left lying, so its clocks run late.
        const int slack = r.chance(800) ? r.between(0, 4) : r.between(10, 60);
        a.submitted = m_today.addDays(-duration - slack);
    } else {
        // Closed cases are spread over the demo's months, leaving room for a decision's aftermath.
        const qint64 span = m_start.daysTo(m_today) - duration - 5;
        a.submitted = span > 0 ? m_start.addDays(r.between64(0, span)) : m_today.addDays(-duration - 5);
    }
    return a;
}

Status Generator::runApplication(DemoRandom &r, const Township &t, const HouseholdFile &file, Application a,
                                 const Assessment &assessment)
{
    // The rules have the last word on how a full application ends (coverage cases keep their target).
    bool decided = false;
    bool refuse = false;
    for (const Step &s : a.steps) {
        decided = decided || s.decision;
        refuse = refuse || s.transition == QLatin1String("refuse");
    }
    if (decided && !a.forced && refuse == assessment.eligible) {
        while (!a.steps.isEmpty() && a.steps.last().decision)
            a.steps.removeLast();
        a.steps << decisionSteps(r, !assessment.eligible, a.nearRelative);
    }
    for (Step &s : a.steps) {
        if (s.transition == QLatin1String("submit_review") || s.transition == QLatin1String("confirm")) {
            s.input.amount = assessment.amount;
            s.input.tier = assessment.tier;
        }
    }

    ApplicationInput in;
    in.householdId = file.household.id;
    const Member *applicant = &file.members.first();
    for (const Member &m : file.members)
        if (m.relation == Relation::Self)
            applicant = &m;
    in.applicantMemberId = applicant->id;
    static const QStringList channels{QStringLiteral("in_person"), QStringLiteral("entrusted"),
                                      QStringLiteral("online"), QStringLiteral("outreach")};
    in.channel = channels.at(r.weighted({75, 8, 5, 12}));
    if (in.channel == QLatin1String("entrusted")) {
        const QString surname = DemoVocabulary::surname(r);
        in.entrustedName = surname + DemoVocabulary::givenName(r, Sex::Male, m_today.year() - 40);
    }
    in.nearRelativeDeclared = a.nearRelative;
    if (a.nearRelative)
        in.nearRelativeNote = QStringLiteral("申请人之兄为村委会委员");
    in.submittedOn = a.submitted;
    auto doc = [&](const char *kind, const char *status) {
        in.documents << CaseDocument{QString(), QString::fromLatin1(kind), QString::fromLatin1(status), QString()};
    };
    doc("hukou_book", "provided");
    doc("id_cards", "provided");
    doc("income_proof", r.chance(700) ? "provided" : "promised"); // 告知承诺制: a promise may stand in
    doc("truthfulness_promise", "provided");
    doc("verification_consent", a.consent ? "provided" : "missing");
    bool disabled = false;
    for (const Member &m : file.members)
        disabled = disabled || m.disabilityGrade > 0;
    if (disabled)
        doc("disability_certificate", "provided");
    if (in.channel == QLatin1String("entrusted"))
        doc("entrustment_letter", "provided");

    m_session.actAs(t.assistant);
    auto created = m_cases.createApplication(in);
    if (!created) {
        Error e = created.error();
        e.message = trDemo("Demo application on %1 failed: %2").arg(isoDate(a.submitted), e.message);
        return e;
    }
    const QString caseId = *created;

    QDate on = a.submitted;
    for (const Step &s : a.steps) {
        on = qMin(on.addDays(s.gap), m_today);
        const Actor &who = actor(s.who, t, on);
        switch (s.kind) {
        case Step::Transition: {
            // Policy decides whether every case has an appraisal meeting and a county notice; where it says no,
            // the workflow skips that state and so does the demo.
            if (s.transition == QLatin1String("close_county_notice") || s.transition == QLatin1String("conclude_appraisal")) {
                auto c = m_cases.get(caseId);
                if (!c)
                    return c.error();
                const QString &expected = s.transition == QLatin1String("close_county_notice") ? CaseState::CountyNotice
                                                                                                : CaseState::Appraisal;
                if (c->state != expected)
                    break;
            }
            TransitionInput input = s.input;
            input.onDate = on;
            DIBAO_TRY(apply(who, caseId, s.transition, input));
            break;
        }
        case Step::Visit:
            DIBAO_TRY(visit(who, r, t, caseId, file, QStringLiteral("household"), on, false));
            break;
        case Step::AuthorityVisit:
            DIBAO_TRY(visit(who, r, t, caseId, file, QStringLiteral("household"), on, true));
            break;
        case Step::NeighbourVisit:
            DIBAO_TRY(visit(who, r, t, caseId, file, QStringLiteral("neighbour"), on, false));
            break;
        }
    }
    auto c = m_cases.get(caseId);
    if (!c)
        return c.error();
    countCase(c->state);
    if (c->state != CaseState::Confirmed)
        return {};
    return runReviews(r, t, file.household.id, c->decidedOn, !assessment.eligible, QString());
}

Status Generator::runMigrated(DemoRandom &r, const Township &t, const HouseholdFile &file,
                              const Assessment &assessment, int forcedReview)
{
    // The roster the county kept before this product (migrated): enrolled before the demo's months began, with the
    // amount decided then and the next periodic review somewhere in the coming period.
    const PolicySet &policy = m_session.policy();
    const qint64 period = policy.integer(QStringLiteral("review_months"),
                                         file.household.stableCategory ? QStringLiteral("stable") : QStringLiteral("other"),
                                         m_start)
                              .value_or(file.household.stableCategory ? 12 : 6);
    QDate due = m_start.addDays(r.between64(0, m_start.daysTo(m_start.addMonths(int(period)))));
    if (forcedReview)
        due = m_today.addDays(-r.between(1, 5));
    const QDate enrolledSince = firstOfMonth(m_start.addMonths(-r.between(1, 72)));
    Row changes{{QStringLiteral("current_amount"), assessment.amount},
                {QStringLiteral("current_tier"), assessment.tier.isEmpty() ? QString() : assessment.tier},
                {QStringLiteral("enrolled_since"), isoMonth(enrolledSince)},
                {QStringLiteral("next_review_due"), isoDate(due)}};
    m_session.actAs(t.assistant);
    // The roster's amount and enrolment month have no intake field: they are set through the audited writer, as
    // the roster import does, so the trail shows where they came from.
    DIBAO_TRY(m_session.writer().update(m_session.writeContext(), QStringLiteral("households"), file.household.id,
                                        changes, QStringLiteral("roster_import")));
    static const QStringList forcedEnds{QString(), CaseState::ReviewOpen, CaseState::ReviewReported,
                                        CaseState::ReviewDecided};
    return runReviews(r, t, file.household.id, m_start.addDays(-r.between(1, 60)), !assessment.eligible,
                      forcedEnds.value(forcedReview));
}

Status Generator::runReviews(DemoRandom &r, const Township &t, const QString &householdId, QDate lastDecision,
                             bool ineligible, const QString &forcedEnd)
{
    for (int round = 0; round < 50; ++round) {
        auto h = m_households.household(householdId);
        if (!h)
            return h.error();
        if (h->enrolment != EnrolmentStatus::Enrolled && h->enrolment != EnrolmentStatus::GradualExit)
            return {};
        const QDate due = h->nextReviewDue;
        if (!due.isValid())
            return {};
        // Reviews open a little ahead of the due date, some late.
        QDate openOn = r.chance(850) ? due.addDays(-r.between(0, 20)) : due.addDays(r.between(1, 30));
        if (openOn <= lastDecision)
            openOn = lastDecision.addDays(1);
        QDate reportOn = openOn.addDays(r.between(2, 15));
        QDate decideOn = reportOn.addDays(r.chance(900) ? r.between(1, 12) : r.between(15, 40));
        if (!forcedEnd.isEmpty()) {
            openOn = qMin(openOn, m_today.addDays(forcedEnd == CaseState::ReviewOpen ? -2 : -20));
            reportOn = openOn.addDays(r.between(2, 6));
            decideOn = reportOn.addDays(r.between(2, 6));
        } else if (openOn > m_today) {
            return {}; // not opened yet: overdue work where the due date has passed
        } else if (due < m_today && due >= m_today.addDays(-60) && r.chance(100)) {
            return {}; // a backlog: one review in ten that fell due in the last two months is not opened yet
        }
        m_session.actAs(t.assistant);
        auto opened = m_cases.openReview(householdId, openOn, QStringLiteral("定期核查：%1").arg(
                                                                  h->stableCategory ? QStringLiteral("一年一审")
                                                                                    : QStringLiteral("半年一审")));
        if (!opened) {
            Error e = opened.error();
            e.message = trDemo("Demo review on %1 failed: %2").arg(isoDate(openOn), e.message);
            return e;
        }
        const QString caseId = *opened;
        if (reportOn > m_today || forcedEnd == CaseState::ReviewOpen) {
            countCase(CaseState::ReviewOpen);
            return {};
        }
        auto current = m_session.writer().read(QStringLiteral("households"), householdId);
        if (!current)
            return current.error();
        const Fen amount = (**current).value(QStringLiteral("current_amount")).toLongLong();

        QString outcome = QStringLiteral("keep");
        TransitionInput decide;
        if (h->enrolment == EnrolmentStatus::GradualExit) {
            outcome = QStringLiteral("stop");
            decide.reason = QStringLiteral("渐退期满，停发低保金");
        } else if (ineligible) {
            outcome = QStringLiteral("stop");
            decide.reason = QStringLiteral("复核发现家庭收入超过保障标准，停发低保金");
        } else {
            const int pick = r.weighted({780, 70, 70, 40, 40});
            if (pick == 1) {
                outcome = QStringLiteral("raise");
                decide.amount = amount + qMax<Fen>(1000, amount * r.between(5, 20) / 100 / 100 * 100);
                decide.reason = QStringLiteral("家庭成员患病，支出增加，收入下降");
            } else if (pick == 2 && amount > 4000) {
                outcome = QStringLiteral("lower");
                decide.amount = qMax<Fen>(2000, amount * r.between(70, 90) / 100 / 100 * 100);
                decide.reason = QStringLiteral("家庭成员务工收入增加，减发低保金");
            } else if (pick == 3) {
                outcome = QStringLiteral("stop");
                decide.reason = QStringLiteral("家庭人均收入超过保障标准，停发低保金");
            } else if (pick == 4) {
                outcome = QStringLiteral("gradual_exit");
                decide.months = r.between(3, 6);
                decide.reason = QStringLiteral("家庭成员就业增收，给予渐退期（57号第三十三条）");
            }
        }
        TransitionInput report;
        report.onDate = reportOn;
        report.reason = outcome == QLatin1String("keep") ? QStringLiteral("入户核查：家庭人口、收入、财产无明显变化")
                                                          : QStringLiteral("入户核查：家庭经济状况发生变化，提请调整");
        report.amount = decide.amount >= 0 ? decide.amount : amount;
        DIBAO_TRY(apply(t.assistant, caseId, QStringLiteral("report_review"), report));
        if (decideOn > m_today || forcedEnd == CaseState::ReviewReported) {
            countCase(CaseState::ReviewReported);
            return {};
        }
        decide.onDate = decideOn;
        decide.choice = outcome;
        DIBAO_TRY(apply(actor(Who::Confirmer, t, decideOn), caseId, QStringLiteral("decide_review"), decide));
        countCase(CaseState::ReviewDecided);
        if (!forcedEnd.isEmpty())
            return {};
        lastDecision = decideOn;
        ineligible = false;
    }
    return {};
}

Status Generator::household(int index)
{
    DemoRandom r(mix(m_options.seed * 0x100000001B3ull + quint64(index)));
    const Township &t = m_townships.at(r.weighted(m_townshipWeights));
    const Village &v = t.villages.at(r.below(int(t.villages.size())));

    // About half the roster was enrolled before the product (migrated); the rest applied during the demo's months.
    // The first households cover every application state and every review state, so small demos show them all.
    const QList<StateWeight> &targets = applicationTargets();
    const int coverage = int(targets.size());
    QString target;
    int forcedReview = 0;
    bool forced = false;
    bool migrated;
    if (index < coverage) {
        migrated = false;
        target = targets.at(index).state;
        forced = true;
    } else if (index < coverage + 3) {
        migrated = true;
        forcedReview = index - coverage + 1;
    } else {
        migrated = r.chance(520);
        if (!migrated) {
            QList<int> weights;
            for (const StateWeight &w : targets)
                weights << w.weight;
            target = targets.at(r.weighted(weights)).state;
        }
    }

    Bias bias = Bias::Eligible;
    if (migrated) {
        bias = r.chance(40) ? Bias::IneligibleIncome : Bias::Eligible;
    } else if (target == CaseState::Refused || target == CaseState::ClosedIneligible
               || target == CaseState::IneligibleNotified || target == CaseState::Rechecking) {
        bias = (forced || target != CaseState::Refused || r.chance(500)) ? Bias::IneligibleAssets
                                                                          : Bias::IneligibleIncome;
    } else if (target == CaseState::Withdrawn || target == CaseState::Terminated) {
        bias = r.chance(600) ? Bias::Eligible : Bias::IneligibleIncome;
    } else if (!forced && r.chance(50)) {
        bias = Bias::IneligibleIncome; // the investigation will find it out
    }
    const bool separated = r.chance(50);

    // Declared income covers the 12 months before the application (or before the demo's period for the roster).
    Application application;
    QDate reference = m_start;
    if (!migrated) {
        application = planApplication(r, target, forced, separated);
        reference = application.submitted;
    }
    HouseholdFile file = makeFile(r, t, v, bias, reference, migrated, separated);
    if (migrated) {
        file.household.enrolment = EnrolmentStatus::Enrolled;
        file.household.migratedReference =
            QStringLiteral("%1年低保台账-%2").arg(m_start.year() - 1).arg(r.between(1, 99999), 5, 10, QLatin1Char('0'));
    }
    m_session.actAs(t.assistant);
    Status created = m_households.create(file);
    if (!created) {
        Error e = created.error();
        e.message = trDemo("Demo household %1 failed: %2").arg(index).arg(e.message);
        return e;
    }
    ++m_summary.households;
    m_summary.persons += int(file.members.size());

    const Assessment assessment = assess(file, reference, r);
    if (migrated)
        return runMigrated(r, t, file, assessment, forcedReview);
    return runApplication(r, t, file, application, assessment);
}

} // namespace

Result<DemoSummary> generateDemo(Session &session, const DemoOptions &options)
{
    Generator generator(session, options);
    return generator.run();
}

} // namespace dibao
