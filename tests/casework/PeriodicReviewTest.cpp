#include "casework/CaseworkFixture.h"

#include "casework/PeriodicReview.h"
#include "payroll/PayrollService.h"

using namespace dibao;
using namespace dibao::test;

namespace {

class PeriodicReviewTest : public CaseworkFixture {
protected:
    QDate reviewDue(const QString &household)
    {
        HouseholdStore households(s());
        return households.household(household)->nextReviewDue;
    }

    void setStable(const QString &household)
    {
        HouseholdStore households(s());
        Household h = households.household(household).value();
        h.stableCategory = true;
        ASSERT_TRUE(households.updateHousehold(h).ok());
    }
};

TEST_F(PeriodicReviewTest, ReviewsFallDueByCategoryAcrossTheCalendar)
{
    // A stable household (常补) is reviewed 12 months after the decision, others after 6; month ends clamp.
    setStable(householdOf(caseId));
    confirmCase(caseId, 40000, QDate(2026, 10, 31));
    EXPECT_EQ(reviewDue(householdOf(caseId)), QDate(2027, 10, 31));
    const QString other = newCase(1);
    confirmCase(other, 30000, QDate(2026, 10, 31));
    EXPECT_EQ(reviewDue(householdOf(other)), QDate(2027, 4, 30)); // 31 October + 6 months: the end of April
    const QString third = newCase(2);
    confirmCase(third, 30000, QDate(2026, 9, 30));
    EXPECT_EQ(reviewDue(householdOf(third)), QDate(2027, 3, 30));

    PeriodicReview review(s());
    EXPECT_EQ(review.extensionMonths(QDate(2026, 11, 27)), 0);
    EXPECT_TRUE(review.dueList(QDate(2027, 3, 29))->isEmpty());
    auto due = review.dueList(QDate(2027, 4, 30)).value();
    ASSERT_EQ(due.size(), 2);
    EXPECT_EQ(due.at(0).householdId, householdOf(third)); // earliest first
    EXPECT_EQ(due.at(0).category, QStringLiteral("other"));
    EXPECT_EQ(due.at(1).householdId, householdOf(other));
    EXPECT_EQ(review.dueList(QDate(2027, 12, 31), QStringLiteral("stable"))->size(), 1);
    EXPECT_EQ(review.dueList(QDate(2027, 12, 31), QStringLiteral("other"))->size(), 2);
    EXPECT_EQ(review.dueList(QDate(2027, 12, 31), QStringLiteral("weekly")).error().code,
              QStringLiteral("review_category"));
    // Deciding a review (no significant change: keep) moves the next one on from that decision.
    CaseStore cases(s());
    auto id = cases.openReview(householdOf(third), QDate(2026, 11, 20), QStringLiteral("半年一审"));
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(review.dueList(QDate(2027, 4, 30))->at(0).openCaseId, *id);
    TransitionInput report;
    report.onDate = QDate(2026, 11, 20);
    report.reason = QStringLiteral("无明显变化");
    ok(QStringLiteral("report_review"), report, *id);
    db->actAsRole(Role::CountyReviewer);
    TransitionInput keep;
    keep.onDate = QDate(2026, 11, 25);
    keep.choice = QStringLiteral("keep");
    ok(QStringLiteral("decide_review"), keep, *id);
    EXPECT_EQ(reviewDue(householdOf(third)), QDate(2027, 5, 25));
    EXPECT_EQ(cases.get(*id)->amount, 30000); // the amount stays
}

TEST_F(PeriodicReviewTest, ADeathIsProcessedWithinThreeMonths)
{
    confirmCase(caseId, 40000, QDate(2026, 9, 17));
    const QString household = householdOf(caseId);
    HouseholdStore households(s());
    const QString child = households.load(household)->members.at(2).id;
    PeriodicReview review(s());
    auto r = review.recordDeath(household, child, QDate(2026, 11, 2), QDate(2026, 11, 20));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_FALSE(r->late);
    EXPECT_FALSE(r->reviewCaseId.isEmpty());
    // The member left the household; a review is open with the death clock due 3 months after the death.
    EXPECT_EQ(households.load(household)->members.size(), 2);
    CaseStore cases(s());
    const CaseRecord c = cases.get(r->reviewCaseId).value();
    EXPECT_EQ(c.kind, QStringLiteral("review"));
    EXPECT_EQ(c.state, CaseState::ReviewOpen);
    EXPECT_EQ(c.nextDue, QDate(2027, 2, 2));
    bool found = false;
    for (const ClockRecord &k : cases.clocks(c.id).value())
        if (k.clock == QLatin1String("death_processing")) {
            found = true;
            EXPECT_EQ(k.dueOn, QDate(2027, 2, 2));
            EXPECT_EQ(k.unit, QStringLiteral("months"));
            EXPECT_FALSE(k.doneOn.isValid());
        }
    EXPECT_TRUE(found);
    // It shows in the due work of the case register.
    bool listed = false;
    for (const DueItem &d : cases.dueWork(QDate(2027, 2, 2)).value())
        listed = listed || (d.caseId == c.id && d.clock == QLatin1String("death_processing"));
    EXPECT_TRUE(listed);
    // The same member cannot die twice.
    EXPECT_EQ(review.recordDeath(household, child, QDate(2026, 11, 2)).error().code,
              QStringLiteral("member_already_left"));
    // Processing = the authority's decision on the review: the clock stops.
    TransitionInput report;
    report.onDate = QDate(2026, 11, 21);
    report.reason = QStringLiteral("家庭成员死亡，减少一人");
    ok(QStringLiteral("report_review"), report, c.id);
    db->actAsRole(Role::CountyReviewer);
    TransitionInput lower;
    lower.onDate = QDate(2026, 11, 25);
    lower.choice = QStringLiteral("lower");
    lower.amount = 30000;
    lower.reason = QStringLiteral("家庭人口减少");
    ok(QStringLiteral("decide_review"), lower, c.id);
    for (const ClockRecord &k : cases.clocks(c.id).value())
        EXPECT_TRUE(k.doneOn.isValid()) << k.clock.toStdString();
    // December's roll pays the lower amount for two members.
    PayrollService payroll(s());
    const PayrollRoll dec = payroll.preview(QDate(2026, 12, 1)).value();
    ASSERT_EQ(dec.lines.size(), 1);
    EXPECT_EQ(dec.lines.first().baseAmount, 30000);
    EXPECT_EQ(dec.lines.first().members, 2);
}

TEST_F(PeriodicReviewTest, ChangesReportedLateAreFlagged)
{
    confirmCase(caseId, 40000, QDate(2026, 9, 17));
    const QString household = householdOf(caseId);
    PeriodicReview review(s());
    ChangeReportInput in;
    in.householdId = household;
    in.kind = QStringLiteral("income");
    in.changedOn = QDate(2026, 10, 1);
    in.reportedOn = QDate(2026, 11, 20);
    in.details = QStringLiteral("儿子外出务工，月收入约3000元");
    auto onTime = review.reportChange(in);
    ASSERT_TRUE(onTime.ok()) << onTime.error().message.toStdString();
    EXPECT_FALSE(onTime->late);
    // The report opened a review; a second report joins it.
    CaseStore cases(s());
    EXPECT_EQ(cases.get(onTime->reviewCaseId)->state, CaseState::ReviewOpen);
    ChangeReportInput discovered = in;
    discovered.kind = QStringLiteral("assets");
    discovered.source = QStringLiteral("discovered");
    discovered.changedOn = QDate(2026, 7, 1);
    discovered.reportedOn = QDate(2026, 11, 25);
    discovered.details = QStringLiteral("核对发现购车");
    auto late = review.reportChange(discovered);
    ASSERT_TRUE(late.ok());
    EXPECT_TRUE(late->late);
    EXPECT_EQ(late->reviewCaseId, onTime->reviewCaseId);
    // Exactly three months is on time; a day more is late.
    ChangeReportInput edge = in;
    edge.changedOn = QDate(2026, 8, 20);
    edge.reportedOn = QDate(2026, 11, 20);
    EXPECT_FALSE(review.reportChange(edge)->late);
    edge.reportedOn = QDate(2026, 11, 21);
    EXPECT_TRUE(review.reportChange(edge)->late);
    const auto flagged = review.lateChanges().value();
    ASSERT_EQ(flagged.size(), 2);
    EXPECT_EQ(flagged.first().reportedOn, QDate(2026, 11, 25));
    EXPECT_FALSE(flagged.first().applicantName.isEmpty());
    // Refusals: future dates, unknown kinds, households not enrolled.
    ChangeReportInput bad = in;
    bad.reportedOn = QDate(2026, 11, 28);
    EXPECT_EQ(review.reportChange(bad).error().code, QStringLiteral("change_dates"));
    bad = in;
    bad.kind = QStringLiteral("weather");
    EXPECT_EQ(review.reportChange(bad).error().code, QStringLiteral("change_kind"));
    const QString applicant = newCase(1);
    bad = in;
    bad.householdId = householdOf(applicant);
    EXPECT_EQ(review.reportChange(bad).error().code, QStringLiteral("not_enrolled"));
}

// A county database: transfers between two of its townships.
class TransferTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("DIBAO_TODAY", "2026-11-27");
        db = std::make_unique<TempDatabase>(QStringLiteral("530602"));
        household = rosterHousehold(*db, 1, 50000, QDate(2025, 1, 1), QStringLiteral("530602101"));
        db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    }

    int linesFor(const QDate &month, QString *township = nullptr)
    {
        PayrollService payroll(db->session());
        const PayrollRoll roll = payroll.preview(month).value();
        int n = 0;
        for (const PayrollLine &l : roll.lines)
            if (l.householdId == household) {
                ++n;
                if (township)
                    *township = l.divisionCode;
            }
        return n;
    }

    std::unique_ptr<TempDatabase> db;
    QString household;
};

TEST_F(TransferTest, NoGapAndNoDuplicateMonth)
{
    PayrollService payroll(db->session());
    ASSERT_TRUE(payroll.issue(QDate(2026, 10, 1), QDate(2026, 10, 20)).ok());
    PeriodicReview review(db->session());
    TransferInput t;
    t.householdId = household;
    t.toDivision = QStringLiteral("530602102");
    t.toVillage = QStringLiteral("安置点社区");
    t.reason = QStringLiteral("relocation");
    // October is issued by the old township: the new one cannot take it over.
    t.firstMonth = QDate(2026, 10, 1);
    EXPECT_EQ(review.transfer(t).error().code, QStringLiteral("transfer_month_issued"));
    t.firstMonth = QDate();
    auto id = review.transfer(t);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    HouseholdStore households(db->session());
    EXPECT_EQ(households.household(household)->divisionCode, QStringLiteral("530602102"));
    // October (issued) stays with the old township; November and after: the new one; one line a month.
    QString township;
    const PayrollRoll oct = *payroll.issuedRoll(QDate(2026, 10, 1)).value();
    ASSERT_EQ(oct.lines.size(), 1);
    EXPECT_EQ(oct.lines.first().divisionCode, QStringLiteral("530602101"));
    EXPECT_EQ(linesFor(QDate(2026, 11, 1), &township), 1);
    EXPECT_EQ(township, QStringLiteral("530602102"));
    EXPECT_EQ(linesFor(QDate(2026, 11, 1)), 1);
    // A preview of a month before the transfer still shows the old township.
    EXPECT_EQ(linesFor(QDate(2026, 9, 1), &township), 1);
    EXPECT_EQ(township, QStringLiteral("530602101"));
    ASSERT_TRUE(payroll.issue(QDate(2026, 11, 1)).ok());
    ASSERT_TRUE(payroll.issue(QDate(2026, 12, 1)).ok());
    auto st = db->session().db().prepare("SELECT month, count(*), min(division_code) FROM payroll_lines "
                                         "WHERE household_id = ? GROUP BY month ORDER BY month");
    st->bind(1, household);
    QStringList seen;
    ASSERT_TRUE(st->forEachRow([&] {
                      EXPECT_EQ(st->int64(1), 1) << st->text(0).toStdString();
                      seen << st->text(0) + QLatin1Char(':') + st->text(2);
                  })
                    .ok());
    EXPECT_EQ(seen, (QStringList{QStringLiteral("2026-10:530602101"), QStringLiteral("2026-11:530602102"),
                                 QStringLiteral("2026-12:530602102")}));
    // A later transfer cannot start before this one.
    TransferInput back = t;
    back.toDivision = QStringLiteral("530602101");
    back.firstMonth = QDate(2026, 11, 1);
    EXPECT_FALSE(review.transfer(back).ok());
}

TEST_F(TransferTest, TransferringWithoutIssuedRollsPaysTheOldTownshipUntilTheFirstMonth)
{
    PeriodicReview review(db->session());
    TransferInput t;
    t.householdId = household;
    t.toDivision = QStringLiteral("530602102");
    t.firstMonth = QDate(2026, 12, 1);
    ASSERT_TRUE(review.transfer(t).ok());
    QString township;
    EXPECT_EQ(linesFor(QDate(2026, 11, 1), &township), 1);
    EXPECT_EQ(township, QStringLiteral("530602101"));
    EXPECT_EQ(linesFor(QDate(2026, 12, 1), &township), 1);
    EXPECT_EQ(township, QStringLiteral("530602102"));
    // Only the confirming authority transfers; a township user may not.
    db->actAsRole(Role::TownshipAssistant);
    t.toDivision = QStringLiteral("530602103");
    t.firstMonth = QDate(2027, 1, 1);
    EXPECT_EQ(review.transfer(t).error().kind, ErrorKind::Permission);
}

TEST_F(TransferTest, ARelocationDoneAsANewHouseholdWouldPayTwiceAndIsBlocked)
{
    // The same people enrolled again in the new township instead of a transfer.
    rosterHousehold(*db, 1, 50000, QDate(2026, 10, 1), QStringLiteral("530602102"));
    db->actAsRole(Role::CountyReviewer);
    PayrollService payroll(db->session());
    auto roll = payroll.preview(QDate(2026, 11, 1));
    ASSERT_TRUE(roll.ok());
    EXPECT_FALSE(roll->canIssue());
    EXPECT_EQ(payroll.issue(QDate(2026, 11, 1)).error().code, QStringLiteral("payroll_problems"));
}

} // namespace
