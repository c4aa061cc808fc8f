#include "demo/DemoGenerator.h"
#include "demo/HouseholdFileReader.h"

#include "audit/AuditLog.h"
#include "common/ChinaDate.h"
#include "db/Database.h"
#include "domain/Division.h"
#include "domain/IdNumber.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "store/PolicyStore.h"
#include "store/Session.h"
#include "supervision/Statistics.h"
#include "workflow/CaseStates.h"

#include <QCryptographicHash>
#include <QMap>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>
#include <memory>

using namespace dibao;

namespace {

// The demo is deterministic per seed *and day*: pin the day before anything reads the clock.
const bool kTodayPinned = [] {
    qputenv("DIBAO_TODAY", "2026-11-20");
    return true;
}();

struct DemoDatabase {
    QTemporaryDir dir;
    std::unique_ptr<Session> session;

    explicit DemoDatabase(const QString &divisionCode)
    {
        Session::InitOptions init;
        init.divisionCode = divisionCode;
        init.adminName = QStringLiteral("admin");
        init.adminDisplayName = QStringLiteral("管理员");
        init.adminPassword = QStringLiteral("secret1");
        init.cheapPasswordHash = true;
        auto created = Session::create(dir.filePath(QStringLiteral("demo.db")), init);
        if (!created)
            ADD_FAILURE() << created.error().message.toStdString();
        else
            session = std::move(created).value();
    }

    DemoSummary generate(int households, quint64 seed, int months = 24)
    {
        DemoOptions options;
        options.households = households;
        options.seed = seed;
        options.months = months;
        auto summary = generateDemo(*session, options);
        if (!summary) {
            ADD_FAILURE() << summary.error().code.toStdString() << ": " << summary.error().message.toStdString();
            return {};
        }
        return *summary;
    }

    qint64 scalar(const char *sql)
    {
        auto st = session->db().prepare(sql);
        if (!st || !st->step().ok())
            return -1;
        return st->int64(0);
    }

    QStringList column(const char *sql)
    {
        QStringList out;
        auto st = session->db().prepare(sql);
        if (!st)
            return out;
        for (;;) {
            auto r = st->step();
            if (!r || !*r)
                break;
            out << st->text(0);
        }
        return out;
    }

    // A digest of everything a person would call the demo's content — names, ID numbers, addresses, amounts,
    // dates, states, reasons — and nothing random by design (record ids, instants).
    QByteArray contentDigest()
    {
        static const char *const queries[] = {
            "SELECT name, display_name, role, division_code FROM users ORDER BY name",
            "SELECT division_code, village_code, village_name, area, registered_address, actual_address, "
            "separated_residence, bank_name, bank_account, phone, stable_category, enrolment, current_amount, "
            "current_tier, enrolled_since, next_review_due, migrated, migrated_reference FROM households "
            "ORDER BY bank_account, registered_address",
            "SELECT m.name, m.id_number, m.sex, m.birth_date, m.relation, m.health, m.disability_category, "
            "m.disability_grade, m.serious_illness, m.work_ability, m.occupation, m.student_level, m.full_time_student, "
            "m.not_counted, h.bank_account FROM members m JOIN households h ON h.id = m.household_id "
            "ORDER BY m.id_number",
            "SELECT m.id_number, i.kind, i.amount, i.from_month, i.to_month, i.work_costs, i.social_insurance, "
            "i.support_paid, i.note FROM income_items i JOIN members m ON m.id = i.member_id ORDER BY 1,2,3,4,5,6,7,8,9",
            "SELECT h.bank_account, a.kind, a.sub_kind, a.value, a.floor_area_centi_sqm, a.purchase_date, a.exempt "
            "FROM asset_items a JOIN households h ON h.id = a.household_id ORDER BY 1,2,3,4,5,6,7",
            "SELECT h.bank_account, c.kind, c.state, c.applicant_name, c.submitted_on, c.accepted_on, c.amount, "
            "c.proposed_amount, c.decided_on, c.decided_by, c.effective_month, c.review_outcome, c.closed_reason, "
            "c.extension_ground, c.next_due, c.next_clock FROM cases c JOIN households h ON h.id = c.household_id "
            "ORDER BY 1,2,5,3",
            "SELECT h.bank_account, c.kind, c.submitted_on, e.action, e.from_state, e.to_state, e.on_date, e.reason, "
            "e.data FROM case_events e JOIN cases c ON c.id = e.case_id JOIN households h ON h.id = c.household_id "
            "ORDER BY 1,2,3,7,e.rowid",
        };
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char *sql : queries) {
            auto st = session->db().prepare(sql);
            if (!st) {
                ADD_FAILURE() << st.error().message.toStdString();
                return {};
            }
            for (;;) {
                auto r = st->step();
                if (!r || !*r)
                    break;
                for (int c = 0; c < st->columnCount(); ++c) {
                    hash.addData(st->isNull(c) ? QByteArray("\\N") : st->text(c).toUtf8());
                    hash.addData("\x1f");
                }
                hash.addData("\n");
            }
        }
        return hash.result().toHex();
    }
};

const QString kTownship = QStringLiteral("530627108"); // 镇雄县芒部镇
const QString kSmallCounty = QStringLiteral("530681"); // 水富市, 4 townships

} // namespace

TEST(DemoGenerator, ReachesEveryStateAndTheSummaryMatchesTheDatabase)
{
    DemoDatabase db(kTownship);
    ASSERT_TRUE(db.session);
    const DemoSummary summary = db.generate(300, 7);
    EXPECT_EQ(summary.households, 300);
    for (const QString &state : CaseState::all())
        EXPECT_GT(summary.casesByState.value(state), 0) << "no case in state " << state.toStdString();

    EXPECT_EQ(db.scalar("SELECT count(*) FROM households"), summary.households);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM members"), summary.persons);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM cases"), summary.cases);
    int sum = 0;
    for (auto it = summary.casesByState.cbegin(); it != summary.casesByState.cend(); ++it) {
        sum += it.value();
        auto st = db.session->db().prepare("SELECT count(*) FROM cases WHERE state = ?");
        ASSERT_TRUE(st.ok());
        st->bind(1, it.key());
        ASSERT_TRUE(st->step().ok());
        EXPECT_EQ(st->int64(0), it.value()) << it.key().toStdString();
    }
    EXPECT_EQ(sum, summary.cases);
    // Households of 1-6 persons, about three on average.
    EXPECT_GE(summary.persons, 2 * summary.households);
    EXPECT_LE(summary.persons, 4 * summary.households);
    EXPECT_EQ(db.scalar("SELECT max(n) FROM (SELECT count(*) n FROM members GROUP BY household_id)") <= 6, true);
}

TEST(DemoGenerator, EnrolledHouseholdsHaveAmountsReviewsAndSomeWorkIsOverdue)
{
    DemoDatabase db(kTownship);
    ASSERT_TRUE(db.session);
    db.generate(300, 11);
    EXPECT_GT(db.scalar("SELECT count(*) FROM households WHERE enrolment = 'enrolled'"), 100);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM households WHERE enrolment IN ('enrolled','gradual_exit') "
                        "AND (next_review_due IS NULL OR current_amount IS NULL OR current_amount <= 0)"),
              0);
    EXPECT_GT(db.scalar("SELECT count(*) FROM households WHERE enrolment = 'exited'"), 0);
    EXPECT_GT(db.scalar("SELECT count(*) FROM cases WHERE state = 'confirmed' AND amount > 0"), 50);
    // Every confirmed application went through a household visit by two named investigators.
    EXPECT_EQ(db.scalar("SELECT count(*) FROM cases c WHERE c.state = 'confirmed' AND NOT EXISTS "
                        "(SELECT 1 FROM visits v WHERE v.case_id = c.id AND v.kind = 'household' "
                        "AND json_array_length(v.investigators) >= 2)"),
              0);
    CaseStore cases(*db.session);
    auto due = cases.dueWork(chinaToday());
    ASSERT_TRUE(due.ok());
    int overdue = 0, reviews = 0;
    for (const DueItem &item : *due) {
        overdue += item.dueOn < chinaToday() ? 1 : 0;
        reviews += item.clock == QLatin1String("review_due") ? 1 : 0;
    }
    EXPECT_GT(overdue, 0);
    CaseFilter filter;
    filter.overdue = true;
    filter.limit = 50;
    auto list = cases.list(filter);
    ASSERT_TRUE(list.ok());
    EXPECT_FALSE(list->isEmpty());
    Q_UNUSED(reviews);
}

// 工作台's grouped reading (counts per clock, the earliest few rows of each) says what the full due list says.
TEST(DemoGenerator, DueGroupsAgreeWithTheFullDueList)
{
    DemoDatabase db(kTownship);
    ASSERT_TRUE(db.session);
    db.generate(300, 11);
    CaseStore cases(*db.session);
    const QDate today = chinaToday();
    const QDate until = today.addDays(10);
    auto due = cases.dueWork(until);
    ASSERT_TRUE(due.ok());
    QMap<QString, QList<DueItem>> byClock;
    for (const DueItem &item : *due)
        byClock[item.clock].append(item);
    ASSERT_GE(byClock.size(), 2);
    const int perClock = 3;
    auto groups = cases.dueGroups(until, today, perClock);
    ASSERT_TRUE(groups.ok()) << groups.error().message.toStdString();
    ASSERT_EQ(groups->size(), byClock.size());
    bool someCut = false;
    for (const DueGroup &g : *groups) {
        SCOPED_TRACE(g.clock.toStdString());
        QList<DueItem> expected = byClock.value(g.clock);
        ASSERT_EQ(g.total, expected.size());
        qint64 overdue = 0;
        for (const DueItem &item : expected)
            overdue += item.dueOn < today ? 1 : 0;
        EXPECT_EQ(g.overdue, overdue);
        // The earliest first, ties by case (reviews: by household).
        std::stable_sort(expected.begin(), expected.end(), [](const DueItem &a, const DueItem &b) {
            return std::tie(a.dueOn, a.caseId, a.householdId) < std::tie(b.dueOn, b.caseId, b.householdId);
        });
        ASSERT_EQ(g.items.size(), qMin<qsizetype>(perClock, expected.size()));
        someCut = someCut || expected.size() > perClock;
        for (int i = 0; i < g.items.size(); ++i) {
            EXPECT_EQ(g.items[i].caseId, expected[i].caseId);
            EXPECT_EQ(g.items[i].householdId, expected[i].householdId);
            EXPECT_EQ(g.items[i].dueOn, expected[i].dueOn);
            EXPECT_EQ(g.items[i].applicantName, expected[i].applicantName);
            EXPECT_EQ(g.items[i].state, expected[i].state);
        }
        // One clock alone, with room for all of it.
        auto one = cases.dueGroups(until, today, int(expected.size()) + 5, g.clock);
        ASSERT_TRUE(one.ok());
        ASSERT_EQ(one->size(), 1);
        EXPECT_EQ(one->first().total, g.total);
        EXPECT_EQ(one->first().items.size(), expected.size());
    }
    EXPECT_TRUE(someCut) << "the fixture should have a clock with more rows than the limit";
    // Nothing due before the first day of the calendar: no groups.
    auto none = cases.dueGroups(QDate(2000, 1, 1), today, perClock);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

// The statistics' in-force pass (decisions read in household order, summed in memory) against a plain SQL
// reference (window functions over every decision, as the first version computed it) on a 24-month demo: the
// same households, persons, amounts, new and exited households per village, month after month.
TEST(DemoGenerator, StatisticsAgreeWithAWindowFunctionReference)
{
    DemoDatabase db(kTownship);
    ASSERT_TRUE(db.session);
    db.generate(300, 5);
    ASSERT_EQ(db.scalar("SELECT count(*) FROM household_transfers"), 0); // the reference knows no transfers
    db.session->actAs(Actor{QStringLiteral("t-auditor"), QStringLiteral("t.auditor"), QStringLiteral("审计"),
                            Role::Auditor, db.session->divisionCode().left(6)});
    const char *reference =
        "WITH d AS ("
        " SELECT c.household_id AS hid, c.kind, c.review_outcome, c.amount, c.effective_month, c.gradual_exit_months,"
        "  CASE WHEN c.individual_member_id IS NOT NULL THEN 1 ELSE c.member_count END AS persons,"
        "  ROW_NUMBER() OVER (PARTITION BY c.household_id ORDER BY c.effective_month DESC, c.rowid DESC) AS rn_now,"
        "  ROW_NUMBER() OVER (PARTITION BY c.household_id ORDER BY c.effective_month <= ?2 DESC,"
        "   c.effective_month DESC, c.rowid DESC) AS rn_prev"
        " FROM cases c WHERE c.state IN ('confirmed', 'review_decided') AND c.effective_month <= ?1),"
        "p AS (SELECT d.*, CAST(substr(d.effective_month, 1, 4) AS INTEGER) * 12"
        "  + CAST(substr(d.effective_month, 6, 2) AS INTEGER) - 1 + COALESCE(d.gradual_exit_months, 0) AS exit_end,"
        "  CASE WHEN d.kind = 'application' THEN 0 WHEN d.review_outcome = 'stop' THEN 1"
        "   WHEN d.review_outcome = 'gradual_exit' THEN 2 ELSE 0 END AS rule FROM d),"
        "q AS (SELECT p.*, CASE rule WHEN 0 THEN COALESCE(amount, 0) WHEN 1 THEN 0"
        "  ELSE CASE WHEN ?3 < exit_end THEN COALESCE(amount, 0) ELSE 0 END END AS paid_now,"
        "  CASE rule WHEN 0 THEN COALESCE(amount, 0) WHEN 1 THEN 0"
        "  ELSE CASE WHEN ?4 < exit_end THEN COALESCE(amount, 0) ELSE 0 END END AS paid_prev FROM p),"
        "dh AS (SELECT hid, max(CASE WHEN rn_now = 1 THEN paid_now END) AS now_amt,"
        "  max(CASE WHEN rn_prev = 1 AND effective_month <= ?2 THEN paid_prev END) AS prev_amt,"
        "  max(CASE WHEN rn_now = 1 THEN persons END) AS persons FROM q GROUP BY hid),"
        "per AS (SELECT h.division_code AS town, COALESCE(h.village_name, '') AS village, h.id AS hid,"
        "  COALESCE(dh.now_amt, CASE WHEN h.migrated = 1 AND h.enrolled_since <= ?1 THEN h.current_amount END, 0) AS n,"
        "  COALESCE(dh.prev_amt, CASE WHEN h.migrated = 1 AND h.enrolled_since <= ?2 THEN h.current_amount END, 0) AS pr,"
        "  dh.persons AS persons FROM households h LEFT JOIN dh ON dh.hid = h.id WHERE dh.hid IS NOT NULL OR h.migrated = 1)"
        "SELECT town || '|' || village, sum(n > 0), sum(CASE WHEN n > 0 THEN COALESCE(persons, (SELECT count(*)"
        "  FROM members m WHERE m.household_id = hid AND m.left_reason IS NULL)) ELSE 0 END),"
        "  sum(CASE WHEN n > 0 THEN n ELSE 0 END), sum(n > 0 AND pr <= 0), sum(n <= 0 AND pr > 0)"
        " FROM per GROUP BY 1";
    Statistics statistics(*db.session);
    qint64 households = 0, exits = 0, news = 0;
    for (int back : {0, 1, 3, 6, 12, 18}) {
        const QDate month = firstOfMonth(chinaToday()).addMonths(-back);
        SCOPED_TRACE(isoMonth(month).toStdString());
        auto report = statistics.compute(month, StatisticsGrouping::Village);
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
        QMap<QString, std::array<qint64, 5>> expected;
        auto st = db.session->db().prepare(reference);
        ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
        const qint64 idx = qint64(month.year()) * 12 + month.month() - 1;
        st->bind(1, isoMonth(month)).bind(2, isoMonth(month.addMonths(-1))).bind(3, idx).bind(4, idx - 1);
        ASSERT_TRUE(st->forEachRow([&] {
                          expected[st->text(0)] = {st->int64(1), st->int64(2), st->int64(3), st->int64(4), st->int64(5)};
                      }).ok());
        for (const StatisticsRow &row : report->rows) {
            const auto e = expected.value(row.key, {0, 0, 0, 0, 0});
            SCOPED_TRACE(row.key.toStdString());
            EXPECT_EQ(row.figures.households, e[0]);
            EXPECT_EQ(row.figures.persons, e[1]);
            EXPECT_EQ(row.figures.amount, e[2]);
            EXPECT_EQ(row.figures.newHouseholds, e[3]);
            EXPECT_EQ(row.figures.exitedHouseholds, e[4]);
            expected.remove(row.key);
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            EXPECT_EQ(it.value(), (std::array<qint64, 5>{0, 0, 0, 0, 0})) << it.key().toStdString();
        households += report->total.households;
        exits += report->total.exitedHouseholds;
        news += report->total.newHouseholds;
    }
    // The demo pays, enrols and stops households over those months: the comparison is not of zeros.
    EXPECT_GT(households, 0);
    EXPECT_GT(news, 0);
    EXPECT_GT(exits, 0);
}

TEST(DemoGenerator, EveryIdNumberIsValidUniqueAndMatchesTheMember)
{
    DemoDatabase db(kTownship);
    ASSERT_TRUE(db.session);
    db.generate(200, 3);
    auto st = db.session->db().prepare("SELECT id_number, sex, birth_date FROM members");
    ASSERT_TRUE(st.ok());
    QSet<QString> seen;
    int n = 0;
    for (;;) {
        auto r = st->step();
        ASSERT_TRUE(r.ok());
        if (!*r)
            break;
        ++n;
        const QString id = st->text(0);
        auto parsed = parseIdNumber(id);
        ASSERT_TRUE(parsed.ok()) << id.toStdString() << ": " << parsed.error().message.toStdString();
        EXPECT_EQ(parsed->normalized, id);
        EXPECT_EQ(parsed->addressCode, QStringLiteral("530627"));
        EXPECT_EQ(idNumberCheckCharacter(QStringView(id).left(17)), id.at(17));
        EXPECT_EQ(isoDate(parsed->birthDate), st->text(2));
        EXPECT_EQ(parsed->sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female"), st->text(1));
        EXPECT_LE(parsed->birthDate, chinaToday());
        EXPECT_FALSE(seen.contains(id)) << id.toStdString();
        seen.insert(id);
    }
    EXPECT_GT(n, 400);
}

TEST(DemoGenerator, AuditChainIsIntactAfterGeneration)
{
    DemoDatabase db(kTownship);
    ASSERT_TRUE(db.session);
    db.generate(150, 5);
    auto report = db.session->audit().verify();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->intact()) << (report->problems.isEmpty() ? std::string()
                                                                  : report->problems.first().detail.toStdString());
    EXPECT_GT(report->entries, report->records);
}

TEST(DemoGenerator, SameSeedSameContentOtherSeedOtherContent)
{
    DemoDatabase a(kTownship);
    DemoDatabase b(kTownship);
    DemoDatabase c(kTownship);
    ASSERT_TRUE(a.session && b.session && c.session);
    const DemoSummary sa = a.generate(120, 42);
    const DemoSummary sb = b.generate(120, 42);
    const DemoSummary sc = c.generate(120, 43);
    EXPECT_EQ(sa.persons, sb.persons);
    EXPECT_EQ(sa.casesByState, sb.casesByState);
    const QByteArray da = a.contentDigest();
    EXPECT_FALSE(da.isEmpty());
    EXPECT_EQ(da, b.contentDigest());
    EXPECT_NE(da, c.contentDigest());
    // Record ids are random: the same content, different identities.
    EXPECT_NE(a.column("SELECT id FROM households ORDER BY rowid LIMIT 1"),
              b.column("SELECT id FROM households ORDER BY rowid LIMIT 1"));
}

TEST(DemoGenerator, TownshipDatabaseGetsOnlyItsOwnTownship)
{
    DemoDatabase db(kTownship);
    ASSERT_TRUE(db.session);
    db.generate(100, 9);
    EXPECT_EQ(db.column("SELECT DISTINCT division_code FROM households"), QStringList{kTownship});
    EXPECT_EQ(db.column("SELECT DISTINCT division_code FROM cases"), QStringList{kTownship});
    for (const QString &village : db.column("SELECT DISTINCT village_code FROM households")) {
        EXPECT_TRUE(village.startsWith(kTownship)) << village.toStdString();
        EXPECT_TRUE(DivisionRegistry::instance().validateVillageCode(village).ok()) << village.toStdString();
    }
    for (const QString &name : db.column("SELECT DISTINCT village_name FROM households"))
        EXPECT_TRUE(name.endsWith(QStringLiteral("村")) || name.endsWith(QStringLiteral("社区"))) << name.toStdString();
    for (const QString &address : db.column("SELECT registered_address FROM households"))
        EXPECT_TRUE(address.startsWith(QStringLiteral("镇雄县芒部镇"))) << address.toStdString();
}

TEST(DemoGenerator, CountyDatabaseSpreadsOverItsTownships)
{
    DemoDatabase db(kSmallCounty);
    ASSERT_TRUE(db.session);
    db.generate(120, 2);
    const QStringList townships = db.column("SELECT DISTINCT division_code FROM households ORDER BY 1");
    EXPECT_GE(townships.size(), 3);
    for (const QString &code : townships) {
        EXPECT_EQ(DivisionRegistry::instance().parentCode(code), kSmallCounty);
    }
    auto report = db.session->audit().verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->intact());
}

TEST(DemoGenerator, ReportsProgressAndRestoresTheSignedInUser)
{
    DemoDatabase db(kTownship);
    ASSERT_TRUE(db.session);
    const Actor before = db.session->actor();
    QList<int> seen;
    DemoOptions options;
    options.households = 1001;
    options.months = 6;
    options.progress = [&](int done, int total) {
        EXPECT_EQ(total, 1001);
        seen << done;
    };
    auto summary = generateDemo(*db.session, options);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(seen, (QList<int>{1000, 1001}));
    EXPECT_EQ(db.session->actor().userId, before.userId);
    EXPECT_EQ(db.session->actor().role, before.role);
}

TEST(DemoGenerator, OnlyAnAdministratorMayGenerate)
{
    DemoDatabase db(kTownship);
    ASSERT_TRUE(db.session);
    db.session->actAs(Actor{QStringLiteral("u1"), QStringLiteral("clerk"), QStringLiteral("办事员"),
                            Role::TownshipAssistant, kTownship});
    DemoOptions options;
    options.households = 5;
    auto summary = generateDemo(*db.session, options);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind, ErrorKind::Permission);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM households"), 0);
}

TEST(DemoGenerator, RefusesNonsenseOptions)
{
    DemoDatabase db(kTownship);
    ASSERT_TRUE(db.session);
    DemoOptions options;
    options.households = 0;
    auto summary = generateDemo(*db.session, options);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().code, QStringLiteral("demo_options"));
}

TEST(DemoGenerator, ASecondRunAddsHouseholdsWithoutRepeatingIdNumbers)
{
    DemoDatabase db(kTownship);
    ASSERT_TRUE(db.session);
    const DemoSummary first = db.generate(60, 1);
    const DemoSummary second = db.generate(60, 1);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM households"), first.households + second.households);
    EXPECT_EQ(db.scalar("SELECT count(DISTINCT id_number) FROM members"), first.persons + second.persons);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM users WHERE name LIKE 'demo.%'"), 5); // reused, not duplicated
}

namespace {

bool sameFile(const HouseholdFile &a, const HouseholdFile &b)
{
    auto sameMembers = [](const QList<Member> &x, const QList<Member> &y) {
        if (x.size() != y.size())
            return false;
        for (int i = 0; i < x.size(); ++i) {
            const Member &p = x.at(i), &q = y.at(i);
            if (p.id != q.id || p.name != q.name || p.idNumber != q.idNumber || p.sex != q.sex
                || p.birthDate != q.birthDate || p.relation != q.relation || p.health != q.health
                || p.disabilityCategory != q.disabilityCategory || p.disabilityGrade != q.disabilityGrade
                || p.seriousIllness != q.seriousIllness || p.workAbility != q.workAbility
                || p.occupation != q.occupation || p.studentLevel != q.studentLevel
                || p.fullTimeStudent != q.fullTimeStudent || p.livesTogether != q.livesTogether
                || p.supportDuty != q.supportDuty || p.cannotLiveIndependently != q.cannotLiveIndependently
                || p.notCounted != q.notCounted || p.notCountedNote != q.notCountedNote
                || p.workRefusals != q.workRefusals)
                return false;
        }
        return true;
    };
    const Household &h = a.household, &g = b.household;
    if (h.id != g.id || h.divisionCode != g.divisionCode || h.villageCode != g.villageCode
        || h.villageName != g.villageName || h.area != g.area || h.registeredAddress != g.registeredAddress
        || h.actualAddress != g.actualAddress || h.separatedResidence != g.separatedResidence
        || h.bankName != g.bankName || h.bankAccount != g.bankAccount || h.phone != g.phone
        || h.stableCategory != g.stableCategory || h.enrolment != g.enrolment || h.nextReviewDue != g.nextReviewDue
        || h.migrated != g.migrated || h.migratedReference != g.migratedReference)
        return false;
    if (!sameMembers(a.members, b.members) || a.incomes.size() != b.incomes.size()
        || a.expenses.size() != b.expenses.size() || a.assets.size() != b.assets.size())
        return false;
    for (int i = 0; i < a.incomes.size(); ++i) {
        const IncomeItem &p = a.incomes.at(i), &q = b.incomes.at(i);
        if (p.id != q.id || p.memberId != q.memberId || p.kind != q.kind || p.amount != q.amount
            || p.fromMonth != q.fromMonth || p.toMonth != q.toMonth || p.workCosts != q.workCosts
            || p.taxes != q.taxes || p.socialInsurance != q.socialInsurance || p.supportPaid != q.supportPaid
            || p.note != q.note)
            return false;
    }
    for (int i = 0; i < a.expenses.size(); ++i) {
        const ExpenseItem &p = a.expenses.at(i), &q = b.expenses.at(i);
        if (p.id != q.id || p.memberId != q.memberId || p.kind != q.kind || p.amount != q.amount
            || p.fromMonth != q.fromMonth || p.toMonth != q.toMonth || p.note != q.note)
            return false;
    }
    for (int i = 0; i < a.assets.size(); ++i) {
        const AssetItem &p = a.assets.at(i), &q = b.assets.at(i);
        if (p.id != q.id || p.memberId != q.memberId || p.kind != q.kind || p.subKind != q.subKind
            || p.value != q.value || p.count != q.count || p.floorAreaCentiSqm != q.floorAreaCentiSqm
            || p.purchaseDate != q.purchaseDate || p.exempt != q.exempt || p.exemptReason != q.exemptReason
            || p.note != q.note)
            return false;
    }
    return true;
}

} // namespace

TEST(HouseholdFileReader, StreamsExactlyWhatLoadReturnsForEveryHousehold)
{
    DemoDatabase db(kSmallCounty);
    ASSERT_TRUE(db.session);
    const DemoSummary summary = db.generate(80, 21);
    HouseholdStore households(*db.session);
    HouseholdFileReader reader(*db.session);
    int seen = 0;
    QSet<QString> ids;
    Status st = reader.forEach([&](const HouseholdFile &file) {
        ++seen;
        EXPECT_FALSE(ids.contains(file.household.id)); // each household once
        ids.insert(file.household.id);
        auto loaded = households.load(file.household.id);
        ASSERT_TRUE(loaded.ok());
        EXPECT_TRUE(sameFile(file, *loaded)) << file.household.id.toStdString();
    });
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    EXPECT_EQ(seen, summary.households);
    EXPECT_FALSE(db.session->db().inTransaction());
}

// CaseStore::list reads a common name's page in list order (cases_list_order) and a rare name's from the name index;
// either way the page must be exactly the one the plain definition gives.
TEST(DemoRegister, NameSearchPagesAreTheSameWhicheverPlanIsUsed)
{
    DemoDatabase db(kSmallCounty);
    ASSERT_TRUE(db.session);
    db.generate(1000, 17);
    const qint64 households = db.scalar("SELECT max(rowid) FROM households");
    const qint64 walkFrom = qint64(std::sqrt(50.0 * double(households)));
    ASSERT_GE(db.scalar("SELECT count(*) FROM members WHERE name_norm >= '王' AND name_norm < '王' || char(65535)"),
              walkFrom)
        << "王 must be common enough here to take the ordered walk";

    CaseStore cases(*db.session);
    auto reference = [&](const QString &prefix, int offset) {
        QStringList ids;
        auto st = db.session->db().prepare(
            "SELECT c.id FROM cases c WHERE c.household_id IN (SELECT household_id FROM members WHERE name_norm >= ? "
            "AND name_norm < ?) ORDER BY c.next_due IS NULL, c.next_due, c.submitted_on DESC, c.id LIMIT 50 OFFSET ?");
        EXPECT_TRUE(st.ok());
        st->bind(1, prefix).bind(2, prefix + QChar(0xFFFF)).bind(3, offset);
        for (;;) {
            auto r = st->step();
            if (!r || !*r)
                break;
            ids << st->text(0);
        }
        return ids;
    };
    const QStringList prefixes{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("钱"), QStringLiteral("王建"),
                               db.column("SELECT substr(name, 1, 2) FROM members ORDER BY rowid LIMIT 1").value(0)};
    for (const QString &prefix : prefixes) {
        for (int offset : {0, 50}) {
            CaseFilter filter;
            filter.search = prefix;
            filter.limit = 50;
            filter.offset = offset;
            auto page = cases.list(filter);
            ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
            QStringList ids;
            for (const CaseSummary &c : *page)
                ids << c.id;
            EXPECT_EQ(ids, reference(prefix, offset)) << prefix.toStdString() << " offset " << offset;
        }
    }    // After generation through the real workflow (every step moving cases in the list), the name keys of 1-2
    // character searches equal their definition.
    EXPECT_EQ(db.scalar("SELECT count(*) FROM (SELECT key, due_null, next_due, submitted_on, case_id FROM "
                        "case_name_keys EXCEPT SELECT key, due_null, next_due, submitted_on, case_id FROM "
                        "case_name_key_source)"), 0);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM (SELECT key, due_null, next_due, submitted_on, case_id FROM "
                        "case_name_key_source EXCEPT SELECT key, due_null, next_due, submitted_on, case_id FROM "
                        "case_name_keys)"), 0);
}

// Where the county's policy delegates confirmation to the township (57号 Art 2), the township administrator decides.
TEST(DemoGenerator, DelegatedConfirmationIsDecidedByTheTownship)
{
    DemoDatabase db(kTownship);
    ASSERT_TRUE(db.session);
    PolicyRow delegated;
    delegated.kind = QStringLiteral("confirmer");
    delegated.key = QStringLiteral("default");
    delegated.effectiveFrom = chinaToday().addMonths(-30);
    delegated.issuer = QStringLiteral("镇雄县民政局（测试）");
    delegated.documentNumber = QStringLiteral("镇民发〔2024〕1号（测试）");
    delegated.value = QJsonValue(QStringLiteral("township"));
    auto upserted = PolicyStore(*db.session).upsert({delegated});
    ASSERT_TRUE(upserted.ok()) << upserted.error().message.toStdString();
    db.session->invalidatePolicy();

    db.generate(150, 23, 12);
    const QStringList admins = db.column("SELECT display_name FROM users WHERE name = 'demo.530627108.admin'");
    ASSERT_EQ(admins.size(), 1);
    const QStringList deciders = db.column("SELECT DISTINCT decided_by FROM cases WHERE decided_by IS NOT NULL");
    EXPECT_EQ(deciders, admins);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM cases WHERE kind = 'application' AND accepted_on IS NOT NULL "
                        "AND delegated = 0"),
              0);
    EXPECT_GT(db.scalar("SELECT count(*) FROM cases WHERE state = 'confirmed'"), 10);
}
