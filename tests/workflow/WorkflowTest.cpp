#include "workflow/WorkflowFixture.h"

#include "policy/PolicySet.h"
#include "policy/WorkingCalendar.h"
#include "store/PolicyStore.h"

using namespace dibao;
using namespace dibao::test;

namespace {

class WorkflowTest : public WorkflowFixture {};

TEST_F(WorkflowTest, OrdinaryPathEndsEnrolledWithPaymentFromTheNextMonth)
{
    walkTo(CaseState::Confirmation);
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    m_date = QDate(2026, 9, 30);
    ok(QStringLiteral("confirm"));
    EXPECT_EQ(state(), CaseState::Confirmed);
    CaseStore cases(s());
    const CaseRecord c = cases.get(caseId).value();
    EXPECT_EQ(c.amount, 40000);                        // the township's proposal, confirmed
    EXPECT_EQ(c.effectiveMonth, QDate(2026, 10, 1));   // the month after the decision, never backdated
    EXPECT_EQ(c.decidedBy, QStringLiteral("赵审核"));
    EXPECT_FALSE(c.nextDue.isValid());                 // every clock stopped
    HouseholdStore households(s());
    const Household h = households.household(c.householdId).value();
    EXPECT_EQ(h.enrolment, EnrolmentStatus::Enrolled);
    EXPECT_EQ(h.nextReviewDue, QDate(2027, 3, 30));    // "other" households: every 6 months
    // History lists each step in order.
    const auto history = cases.history(caseId).value();
    QStringList actions;
    for (const CaseEvent &e : history)
        actions << e.action;
    EXPECT_EQ(actions, (QStringList{QStringLiteral("create"), QStringLiteral("accept"), QStringLiteral("start_investigation"),
                                    QStringLiteral("finish_investigation"), QStringLiteral("conclude_appraisal"),
                                    QStringLiteral("submit_review"), QStringLiteral("close_notice"),
                                    QStringLiteral("close_county_notice"), QStringLiteral("confirm")}));
}

TEST_F(WorkflowTest, EffectiveMonthRollsOverTheYear)
{
    walkTo(CaseState::Confirmation);
    db->actAsRole(Role::CountyReviewer);
    TransitionInput in;
    in.onDate = QDate(2026, 11, 27);
    in.amount = 12345;
    ok(QStringLiteral("confirm"), in);
    CaseStore cases(s());
    EXPECT_EQ(cases.get(caseId)->effectiveMonth, QDate(2026, 12, 1));
    EXPECT_EQ(cases.get(caseId)->amount, 12345);
}

TEST_F(WorkflowTest, OneNoticeOfMissingItemsOnly)
{
    TransitionInput empty;
    EXPECT_EQ(step(QStringLiteral("notify_missing"), empty).error().code, QStringLiteral("missing_items_empty"));
    TransitionInput in;
    in.missingItems << QStringLiteral("户口簿") << QStringLiteral("收入证明");
    ok(QStringLiteral("notify_missing"), in);
    EXPECT_EQ(state(), CaseState::AwaitingDocuments);
    // The state machine does not offer a second notice, and the guard names the first one.
    const Status again = step(QStringLiteral("notify_missing"), in);
    EXPECT_FALSE(again.ok());
    ok(QStringLiteral("accept"));
    EXPECT_EQ(state(), CaseState::Accepted);
}

TEST_F(WorkflowTest, FinishingInvestigationNeedsAVisitWithTwoInvestigators)
{
    walkTo(CaseState::Investigating);
    const Status st = step(QStringLiteral("finish_investigation"));
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, QStringLiteral("visit_missing"));
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("two named investigators")));
    // A visit with one investigator is refused when it is recorded.
    CaseStore cases(s());
    HouseholdVisit lone;
    lone.caseId = caseId;
    lone.visitDate = QDate(2026, 9, 2);
    lone.investigators << Investigator{QStringLiteral("张三"), {}, {}} << Investigator{QStringLiteral("  "), {}, {}};
    EXPECT_EQ(cases.addVisit(lone).error().code, QStringLiteral("visit_investigators"));
    // A remote visit needs a declared emergency.
    HouseholdVisit remote = lone;
    remote.investigators[1].name = QStringLiteral("李四");
    remote.remote = true;
    EXPECT_EQ(cases.addVisit(remote).error().code, QStringLiteral("visit_remote_without_emergency"));
    remote.emergencyReference = QStringLiteral("昭通市新冠疫情应急响应（2022）");
    ASSERT_TRUE(cases.addVisit(remote).ok());
    ok(QStringLiteral("finish_investigation"));
    EXPECT_EQ(state(), CaseState::Appraisal);
}

TEST_F(WorkflowTest, IncompleteAppraisalSendsTheCaseBackToInvestigation)
{
    walkTo(CaseState::Appraisal);
    TransitionInput in;
    in.choice = QStringLiteral("incomplete");
    ok(QStringLiteral("conclude_appraisal"), in);
    EXPECT_EQ(state(), CaseState::Investigating);
    in.choice = QStringLiteral("approve"); // never a vote on eligibility
    walkTo(CaseState::Investigating);
    ok(QStringLiteral("finish_investigation"));
    EXPECT_EQ(step(QStringLiteral("conclude_appraisal"), in).error().code, QStringLiteral("appraisal_conclusion"));
}

TEST_F(WorkflowTest, ObjectionLeadsToReinvestigationThenConfirmationWithoutASecondNotice)
{
    walkTo(CaseState::Notice);
    TransitionInput objection;
    objection.reason = QStringLiteral("邻居反映家中有货车");
    objection.onDate = QDate(2026, 9, 4);
    ok(QStringLiteral("record_objection"), objection);
    EXPECT_EQ(state(), CaseState::Objection);
    CaseStore cases(s());
    EXPECT_EQ(cases.get(caseId)->extensionGround, QStringLiteral("objection"));
    TransitionInput choice;
    choice.choice = QStringLiteral("reinvestigate");
    choice.onDate = QDate(2026, 9, 4);
    ok(QStringLiteral("resolve_objection"), choice);
    EXPECT_EQ(state(), CaseState::Investigating);
    TransitionInput finish;
    finish.onDate = QDate(2026, 9, 7);
    ok(QStringLiteral("finish_investigation"), finish); // after an objection the appraisal is not repeated
    EXPECT_EQ(state(), CaseState::TownshipReview);
    ok(QStringLiteral("submit_review"), finish);
    EXPECT_EQ(state(), CaseState::Confirmation);       // no forced second notice
    // The whole case now runs 45 working days from acceptance.
    bool found = false;
    for (const ClockRecord &k : cases.clocks(caseId).value())
        if (k.clock == QLatin1String("whole_case")) {
            found = true;
            EXPECT_EQ(k.length, 45);
        }
    EXPECT_TRUE(found);
}

TEST_F(WorkflowTest, ObjectionMayGoToAnAppraisalInstead)
{
    walkTo(CaseState::Notice);
    TransitionInput objection;
    objection.reason = QStringLiteral("异议");
    ok(QStringLiteral("record_objection"), objection);
    TransitionInput choice;
    choice.choice = QStringLiteral("appraisal");
    ok(QStringLiteral("resolve_objection"), choice);
    EXPECT_EQ(state(), CaseState::Appraisal);
    TransitionInput conclude;
    conclude.choice = QStringLiteral("true_complete");
    ok(QStringLiteral("conclude_appraisal"), conclude);
    ok(QStringLiteral("submit_review"));
    EXPECT_EQ(state(), CaseState::Confirmation);
}

TEST_F(WorkflowTest, NoticeCannotCloseBeforeSevenCalendarDays)
{
    walkTo(CaseState::Notice);
    TransitionInput early;
    early.onDate = QDate(2026, 9, 8);
    EXPECT_EQ(step(QStringLiteral("close_notice"), early).error().code, QStringLiteral("notice_running"));
    TransitionInput onTime;
    onTime.onDate = QDate(2026, 9, 9);
    ok(QStringLiteral("close_notice"), onTime);
}

TEST_F(WorkflowTest, EarlyIneligibilityObjectionAndRecheck)
{
    walkTo(CaseState::Investigating);
    EXPECT_EQ(step(QStringLiteral("notify_ineligible")).error().code, QStringLiteral("reason_required"));
    TransitionInput in;
    in.reason = QStringLiteral("家庭存款超过标准");
    ok(QStringLiteral("notify_ineligible"), in);
    in.reason = QStringLiteral("存款为他人代管，提供证明");
    ok(QStringLiteral("object"), in);
    EXPECT_EQ(state(), CaseState::Rechecking);
    ok(QStringLiteral("recheck_continue"));
    EXPECT_EQ(state(), CaseState::Investigating);
    in.reason = QStringLiteral("复查后仍不符合");
    ok(QStringLiteral("notify_ineligible"), in);
    ok(QStringLiteral("close_ineligible"), in);
    EXPECT_EQ(state(), CaseState::ClosedIneligible);
    CaseStore cases(s());
    EXPECT_FALSE(cases.get(caseId)->nextDue.isValid());
}

TEST_F(WorkflowTest, WithdrawalAndTerminationNeedReasonsAndEndTheCase)
{
    walkTo(CaseState::Investigating);
    EXPECT_EQ(step(QStringLiteral("terminate")).error().code, QStringLiteral("reason_required"));
    TransitionInput in;
    in.reason = QStringLiteral("无正当理由拒绝配合入户调查");
    ok(QStringLiteral("terminate"), in);
    EXPECT_EQ(state(), CaseState::Terminated);
    EXPECT_EQ(step(QStringLiteral("withdraw"), in).error().code, QStringLiteral("state_forbids"));

    const QString second = newCase(1);
    in.reason = QStringLiteral("申请人撤回");
    ok(QStringLiteral("withdraw"), in, second);
    EXPECT_EQ(state(second), CaseState::Withdrawn);
}

TEST_F(WorkflowTest, RefusalIsWrittenAndDeliveredWithinThreeWorkingDays)
{
    walkTo(CaseState::Confirmation);
    db->actAsRole(Role::CountyReviewer);
    EXPECT_EQ(step(QStringLiteral("refuse")).error().code, QStringLiteral("reason_required"));
    TransitionInput in;
    in.reason = QStringLiteral("家庭人均收入高于保障标准");
    in.onDate = QDate(2026, 9, 25); // a Friday before National Day
    ok(QStringLiteral("refuse"), in);
    CaseStore cases(s());
    ClockRecord delivery;
    for (const ClockRecord &k : cases.clocks(caseId).value())
        if (k.clock == QLatin1String("refusal_delivery"))
            delivery = k;
    // 3 working days after Fri 2026-09-25: Mon 28, Tue 29, Wed 30.
    EXPECT_EQ(delivery.dueOn, QDate(2026, 9, 30));
    db->signInAs(QStringLiteral("admin"));
    TransitionInput deliver;
    deliver.onDate = QDate(2026, 9, 28);
    ok(QStringLiteral("deliver_refusal"), deliver);
    EXPECT_EQ(cases.get(caseId)->refusalDeliveredOn, QDate(2026, 9, 28));
    EXPECT_FALSE(step(QStringLiteral("deliver_refusal"), deliver).ok());
}

TEST_F(WorkflowTest, OnlyTheConfirmingAuthorityConfirms)
{
    walkTo(CaseState::Confirmation);
    // The township administrator may not confirm while the county confirms.
    const Status st = step(QStringLiteral("confirm"));
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().kind, ErrorKind::Permission);
    EXPECT_EQ(st.error().code, QStringLiteral("not_confirming_authority"));
    db->addUser(QStringLiteral("cadre"), Role::VillageCadre);
    db->signInAs(QStringLiteral("cadre"));
    EXPECT_EQ(step(QStringLiteral("refuse")).error().kind, ErrorKind::Permission);
}

TEST_F(WorkflowTest, DelegatedTownshipConfirmsAndTheWholeCaseRunsTwentyWorkingDays)
{
    // The county delegates confirmation to the township from 2026-01-01.
    PolicyRow delegated;
    delegated.kind = QStringLiteral("confirmer");
    delegated.key = QStringLiteral("default");
    delegated.effectiveFrom = QDate(2026, 1, 1);
    delegated.issuer = QStringLiteral("昭阳区民政局");
    delegated.documentNumber = QStringLiteral("昭区民发〔2026〕1号");
    delegated.value = QStringLiteral("township");
    PolicyStore policy(s());
    ASSERT_TRUE(policy.upsert({delegated}).ok());
    walkTo(CaseState::TownshipReview);
    CaseStore cases(s());
    EXPECT_TRUE(cases.get(caseId)->delegated);
    for (const ClockRecord &k : cases.clocks(caseId).value())
        if (k.clock == QLatin1String("whole_case")) {
            EXPECT_EQ(k.length, 20);
        }
    TransitionInput proposal;
    proposal.amount = 25000;
    ok(QStringLiteral("submit_review"), proposal);
    m_date = QDate(2026, 9, 9);
    ok(QStringLiteral("close_notice"));
    // County notice is posted; the delegated township closes it and confirms.
    ok(QStringLiteral("close_county_notice"), TransitionInput{QDate(2026, 9, 16)});
    ok(QStringLiteral("confirm"), TransitionInput{QDate(2026, 9, 17)});
    EXPECT_EQ(state(), CaseState::Confirmed);
    // ... and a county reviewer no longer may.
    const QString other = newCase(1);
    walkTo(CaseState::TownshipReview, other);
    db->actAsRole(Role::CountyReviewer);
    EXPECT_EQ(step(QStringLiteral("submit_review"), {}, other).error().kind, ErrorKind::Permission);
}

TEST_F(WorkflowTest, NearRelativeCaseNeedsTheAuthoritysOwnVisit)
{
    const QString near = newCase(1, true);
    walkTo(CaseState::Confirmation, near);
    db->actAsRole(Role::CountyReviewer);
    TransitionInput in;
    in.onDate = QDate(2026, 9, 20);
    const Status st = step(QStringLiteral("confirm"), in, near);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, QStringLiteral("authority_visit_required"));
    m_date = QDate(2026, 9, 20);
    visit(near); // recorded by the county reviewer: the authority's own visit
    ok(QStringLiteral("confirm"), in, near);
}

TEST_F(WorkflowTest, ExtensionGroundGivesFortyFiveWorkingDays)
{
    walkTo(CaseState::Investigating);
    TransitionInput bad;
    bad.choice = QStringLiteral("busy");
    EXPECT_EQ(step(QStringLiteral("add_ground"), bad).error().code, QStringLiteral("ground_invalid"));
    TransitionInput in;
    in.choice = QStringLiteral("separated_residence");
    ok(QStringLiteral("add_ground"), in);
    CaseStore cases(s());
    const WorkingCalendar calendar(s().policy());
    for (const ClockRecord &k : cases.clocks(caseId).value())
        if (k.clock == QLatin1String("whole_case")) {
            EXPECT_EQ(k.length, 45);
            EXPECT_EQ(k.dueOn, calendar.addWorkingDays(QDate(2026, 9, 1), 45));
        }
}

TEST_F(WorkflowTest, InvestigationClockSkipsTheNationalDayHolidays)
{
    CaseStore cases(s());
    TransitionInput in;
    in.onDate = QDate(2026, 9, 30); // Wednesday; 1-7 October are holidays
    ok(QStringLiteral("accept"), in);
    const WorkingCalendar calendar(s().policy());
    for (const ClockRecord &k : cases.clocks(caseId).value())
        if (k.clock == QLatin1String("investigation_start")) {
            EXPECT_EQ(k.unit, QStringLiteral("working_days"));
            EXPECT_EQ(k.dueOn, calendar.addWorkingDays(QDate(2026, 9, 30), 3));
            EXPECT_GT(k.dueOn, QDate(2026, 10, 7)); // never inside the holiday
            for (QDate d = QDate(2026, 10, 1); d <= QDate(2026, 10, 7); d = d.addDays(1))
                EXPECT_FALSE(calendar.isWorkingDay(d)) << d.toString(Qt::ISODate).toStdString();
        }
}

TEST_F(WorkflowTest, DueWorkListsOpenClocksAndOverdueFilterUsesThem)
{
    walkTo(CaseState::Accepted); // accepted 2026-09-01: investigation due 2026-09-04, long overdue by 11-27
    CaseStore cases(s());
    auto due = cases.dueWork(QDate(2026, 11, 27)).value();
    bool found = false;
    for (const DueItem &d : due)
        found = found || (d.caseId == caseId && d.clock == QLatin1String("investigation_start"));
    EXPECT_TRUE(found);
    CaseFilter overdue;
    overdue.overdue = true;
    EXPECT_EQ(cases.count(overdue).value(), 1);
    ok(QStringLiteral("start_investigation"));
    // The whole-case clock (30 WD from 09-01) is still open and overdue, investigation_start is done.
    due = cases.dueWork(QDate(2026, 11, 27)).value();
    for (const DueItem &d : due)
        EXPECT_NE(d.clock, QStringLiteral("investigation_start"));
    EXPECT_EQ(cases.list(overdue)->first().nextClock, QStringLiteral("whole_case"));
}

TEST_F(WorkflowTest, PeriodicReviewOutcomes)
{
    walkTo(CaseState::Confirmation);
    db->actAsRole(Role::CountyReviewer);
    ok(QStringLiteral("confirm"), TransitionInput{QDate(2026, 9, 20)});
    db->signInAs(QStringLiteral("admin"));
    CaseStore cases(s());
    const QString householdId = cases.get(caseId)->householdId;
    auto open = [&]() {
        auto id = cases.openReview(householdId, QDate(2026, 10, 10), QStringLiteral("半年一审"));
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? *id : QString();
    };
    m_date = QDate(2026, 10, 20);
    QString review = open();
    EXPECT_EQ(cases.openReview(householdId, QDate(2026, 10, 10), {}).error().code, QStringLiteral("household_has_open_case"));
    TransitionInput report;
    report.reason = QStringLiteral("家庭情况无明显变化");
    ok(QStringLiteral("report_review"), report, review);
    db->actAsRole(Role::CountyReviewer);
    TransitionInput decide;
    decide.choice = QStringLiteral("raise");
    decide.amount = 30000; // lower than the current 40000: not a raise
    EXPECT_EQ(step(QStringLiteral("decide_review"), decide, review).error().code, QStringLiteral("amount_direction"));
    decide.choice = QStringLiteral("lower");
    EXPECT_EQ(step(QStringLiteral("decide_review"), decide, review).error().code, QStringLiteral("reason_required"));
    decide.reason = QStringLiteral("子女就业，收入增加");
    ok(QStringLiteral("decide_review"), decide, review);
    HouseholdStore households(s());
    EXPECT_EQ(households.household(householdId)->enrolment, EnrolmentStatus::Enrolled);

    db->signInAs(QStringLiteral("admin"));
    review = open();
    ok(QStringLiteral("report_review"), report, review);
    db->actAsRole(Role::CountyReviewer);
    TransitionInput exit;
    exit.choice = QStringLiteral("gradual_exit");
    exit.reason = QStringLiteral("就业后收入超过标准，给予渐退");
    exit.months = 7;
    EXPECT_EQ(step(QStringLiteral("decide_review"), exit, review).error().code, QStringLiteral("gradual_exit_months"));
    exit.months = 6;
    ok(QStringLiteral("decide_review"), exit, review);
    EXPECT_EQ(households.household(householdId)->enrolment, EnrolmentStatus::GradualExit);

    db->signInAs(QStringLiteral("admin"));
    review = open();
    ok(QStringLiteral("report_review"), report, review);
    db->actAsRole(Role::CountyReviewer);
    TransitionInput stop;
    stop.choice = QStringLiteral("stop");
    stop.reason = QStringLiteral("渐退期满");
    ok(QStringLiteral("decide_review"), stop, review);
    EXPECT_EQ(households.household(householdId)->enrolment, EnrolmentStatus::Exited);
    db->signInAs(QStringLiteral("admin"));
    EXPECT_EQ(cases.openReview(householdId, QDate(2026, 11, 1), {}).error().code, QStringLiteral("not_enrolled"));
}

// Every transition refuses every state it does not start from, with the same stable code.
TEST_F(WorkflowTest, EveryTransitionRefusesStatesItDoesNotStartFrom)
{
    walkTo(CaseState::Investigating);
    const QStringList allowedHere{QStringLiteral("request_verification"), QStringLiteral("notify_ineligible"),
                                  QStringLiteral("add_ground"),           QStringLiteral("finish_investigation"),
                                  QStringLiteral("withdraw"),             QStringLiteral("terminate"),
                                  QStringLiteral("start_verification")};
    for (const QString &t : Workflow::transitions()) {
        if (allowedHere.contains(t))
            continue;
        if (t == QLatin1String("confirm") || t == QLatin1String("refuse") || t == QLatin1String("close_county_notice")
            || t == QLatin1String("decide_review"))
            db->actAsRole(Role::CountyReviewer);
        else
            db->signInAs(QStringLiteral("admin"));
        const Status st = step(t);
        ASSERT_FALSE(st.ok()) << t.toStdString();
        EXPECT_EQ(st.error().code, QStringLiteral("state_forbids")) << t.toStdString();
        EXPECT_EQ(state(), CaseState::Investigating);
    }
    db->signInAs(QStringLiteral("admin"));
    EXPECT_EQ(step(QStringLiteral("no_such_step")).error().code, QStringLiteral("transition_unknown"));
}

TEST_F(WorkflowTest, AvailableStepsFollowStateAndRole)
{
    CaseStore cases(s());
    Workflow flow(s());
    EXPECT_EQ(flow.available(cases.get(caseId).value()),
              (QStringList{QStringLiteral("notify_missing"), QStringLiteral("accept"), QStringLiteral("withdraw"),
                           QStringLiteral("terminate")}));
    db->addUser(QStringLiteral("cadre"), Role::VillageCadre);
    db->signInAs(QStringLiteral("cadre"));
    EXPECT_TRUE(flow.available(cases.get(caseId).value()).isEmpty());
    EXPECT_EQ(step(QStringLiteral("accept")).error().kind, ErrorKind::Permission);
}

TEST_F(WorkflowTest, VerificationNeedsConsentAndHasAThreeDayStartClock)
{
    walkTo(CaseState::Investigating);
    ok(QStringLiteral("request_verification"));
    CaseStore cases(s());
    bool open = false;
    for (const ClockRecord &k : cases.clocks(caseId).value())
        open = open || (k.clock == QLatin1String("verification_start") && !k.doneOn.isValid());
    EXPECT_TRUE(open);
    // Without the signed consent the request is refused.
    const QString other = newCase(1);
    CaseDocument consent = cases.documents(other)->first();
    consent.status = QStringLiteral("missing");
    ASSERT_TRUE(cases.setDocument(other, consent).ok());
    walkTo(CaseState::Investigating, other);
    EXPECT_EQ(step(QStringLiteral("request_verification"), {}, other).error().code,
              QStringLiteral("verification_consent_missing"));
    db->actAsRole(Role::VerificationOfficer);
    ok(QStringLiteral("start_verification"));
}

} // namespace
