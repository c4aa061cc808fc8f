#include "casework/CaseworkFixture.h"

#include "casework/ConfirmationQueue.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace dibao;
using namespace dibao::test;

namespace {

class ConfirmationQueueTest : public CaseworkFixture {
protected:
    Status confirm(const QString &id, const QDate &on, Fen amount = 40000)
    {
        TransitionInput in;
        in.onDate = on;
        in.amount = amount;
        return step(QStringLiteral("confirm"), in, id);
    }

    void countyVisit(const QString &id, const QDate &on)
    {
        db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
        CaseStore cases(s());
        HouseholdVisit v;
        v.caseId = id;
        v.visitDate = on;
        v.investigators << Investigator{QStringLiteral("赵审核"), {}, QStringLiteral("county_staff")}
                        << Investigator{QStringLiteral("钱科员"), {}, QStringLiteral("county_staff")};
        const Status st = cases.addVisit(v);
        ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    }
};

TEST_F(ConfirmationQueueTest, OrderedByTheOpinionClockWithTheFileSummarized)
{
    // Two cases reach the authority on different days: the earlier clock comes first.
    const QString later = newCase(1);
    walkTo(CaseState::Confirmation, later); // county notice closed 2026-09-16
    walkTo(CaseState::CountyNotice);
    db->actAsRole(Role::CountyReviewer);
    ok(QStringLiteral("close_county_notice"), TransitionInput{QDate(2026, 9, 18)});
    ConfirmationQueue queue(s());
    const auto items = queue.list({}, QDate(2026, 9, 21)).value();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).caseId, later);
    EXPECT_EQ(items.at(1).caseId, caseId);
    EXPECT_LT(items.at(0).opinionDue, items.at(1).opinionDue);
    EXPECT_TRUE(items.at(0).wholeCaseDue.isValid());
    EXPECT_EQ(items.at(0).householdVisits, 1);
    EXPECT_EQ(items.at(0).authorityVisits, 0);
    EXPECT_EQ(items.at(0).householdSize, 3);
    EXPECT_EQ(items.at(0).proposedAmount, 40000);
    EXPECT_FALSE(items.at(0).blocked);
    // 10 working days from 2026-09-16 (a Wednesday; 中秋 is a policy holiday in some years: the calendar decides).
    EXPECT_GT(items.at(0).opinionWorkingDaysLeft, 0);
    EXPECT_EQ(queue.count().value(), 2);
    EXPECT_EQ(queue.list({QStringLiteral("530602102"), -1, 0}).value().size(), 0);
    // Paging.
    EXPECT_EQ(queue.list({QString(), 1, 1}, QDate(2026, 9, 21)).value().first().caseId, caseId);
}

TEST_F(ConfirmationQueueTest, DetailCarriesEligibilityVisitsAndTheEffectiveMonth)
{
    walkTo(CaseState::Confirmation);
    db->actAsRole(Role::CountyReviewer);
    ConfirmationQueue queue(s());
    auto d = queue.detail(caseId, QDate(2026, 9, 30));
    ASSERT_TRUE(d.ok()) << d.error().message.toStdString();
    EXPECT_EQ(d->visits.size(), 1);
    EXPECT_FALSE(d->eligibility.value(QStringLiteral("explanation")).toArray().isEmpty());
    EXPECT_EQ(d->effectiveMonthIfConfirmedOn, QDate(2026, 10, 1));
    EXPECT_FALSE(d->visit.required());
    EXPECT_FALSE(d->toJson().isEmpty());
    // Confirming: the effective month is the month after the decision, whatever is asked.
    ASSERT_TRUE(confirm(caseId, QDate(2026, 9, 30)).ok());
    CaseStore cases(s());
    EXPECT_EQ(cases.get(caseId)->effectiveMonth, QDate(2026, 10, 1));
}

TEST_F(ConfirmationQueueTest, AComplaintDuringConfirmationNeedsTheAuthoritysOwnVisitAfterIt)
{
    walkTo(CaseState::Confirmation);
    db->actAsRole(Role::CountyReviewer);
    // An own visit before the complaint does not answer it.
    countyVisit(caseId, QDate(2026, 9, 17));
    ConfirmationQueue queue(s());
    auto complaint = queue.recordComplaint(caseId, QDate(2026, 9, 18), QStringLiteral("phone"),
                                           QStringLiteral("举报该户家中有人在外务工收入较高"));
    ASSERT_TRUE(complaint.ok()) << complaint.error().message.toStdString();
    EXPECT_TRUE(queue.complaints(caseId)->first().duringConfirmation);
    const auto item = queue.list({}).value().first();
    EXPECT_EQ(item.complaints, 1);
    EXPECT_TRUE(item.visitRequired);
    EXPECT_TRUE(item.blocked);
    const Status blocked = confirm(caseId, QDate(2026, 9, 21));
    ASSERT_FALSE(blocked.ok());
    EXPECT_EQ(blocked.error().code, QStringLiteral("authority_visit_required"));
    EXPECT_TRUE(blocked.error().message.contains(QStringLiteral("2026-09-18")));
    EXPECT_EQ(state(), CaseState::Confirmation);
    // A township visit does not count; the authority's own after the complaint does.
    db->signInAs(QStringLiteral("admin"));
    m_date = QDate(2026, 9, 19);
    visit();
    db->actAsRole(Role::CountyReviewer);
    EXPECT_EQ(confirm(caseId, QDate(2026, 9, 21)).error().code, QStringLiteral("authority_visit_required"));
    countyVisit(caseId, QDate(2026, 9, 20));
    EXPECT_FALSE(queue.list({}).value().first().blocked);
    const Status done = confirm(caseId, QDate(2026, 9, 21));
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(state(), CaseState::Confirmed);
}

TEST_F(ConfirmationQueueTest, AComplaintBeforeConfirmationDoesNotBlock)
{
    walkTo(CaseState::TownshipReview);
    ConfirmationQueue queue(s());
    ASSERT_TRUE(queue.recordComplaint(caseId, QDate(2026, 9, 2), QStringLiteral("letter"), QStringLiteral("来信反映"))
                    .ok());
    EXPECT_FALSE(queue.complaints(caseId)->first().duringConfirmation);
    ok(QStringLiteral("submit_review"), TransitionInput{QDate(2026, 9, 2)});
    ok(QStringLiteral("close_notice"), TransitionInput{QDate(2026, 9, 9)});
    db->actAsRole(Role::CountyReviewer);
    ok(QStringLiteral("close_county_notice"), TransitionInput{QDate(2026, 9, 16)});
    EXPECT_TRUE(confirm(caseId, QDate(2026, 9, 17)).ok());
}

TEST_F(ConfirmationQueueTest, NearRelativeCasesNeedTheOwnVisit)
{
    const QString near = newCase(1, true);
    walkTo(CaseState::Confirmation, near);
    db->actAsRole(Role::CountyReviewer);
    ConfirmationQueue queue(s());
    auto d = queue.detail(near, QDate(2026, 9, 17)).value();
    EXPECT_TRUE(d.visit.grounds.contains(QStringLiteral("near_relative")));
    EXPECT_TRUE(d.item.blocked);
    EXPECT_EQ(confirm(near, QDate(2026, 9, 17)).error().code, QStringLiteral("authority_visit_required"));
    countyVisit(near, QDate(2026, 9, 17));
    EXPECT_TRUE(confirm(near, QDate(2026, 9, 17)).ok());
}

TEST_F(ConfirmationQueueTest, ComplaintsNeedARecorderOfTheRightRole)
{
    walkTo(CaseState::Confirmation);
    ConfirmationQueue queue(s());
    db->actAsRole(Role::Auditor);
    EXPECT_EQ(queue.recordComplaint(caseId, QDate(2026, 9, 17), QStringLiteral("phone"), QStringLiteral("x")).error().kind,
              ErrorKind::Permission);
    db->actAsRole(Role::CountyReviewer);
    EXPECT_EQ(queue.recordComplaint(caseId, QDate(2026, 9, 17), QStringLiteral("fax"), QStringLiteral("x")).error().code,
              QStringLiteral("complaint_channel"));
    EXPECT_EQ(queue.recordComplaint(caseId, QDate(2026, 9, 17), QStringLiteral("phone"), QString()).error().code,
              QStringLiteral("complaint_summary"));
}

TEST_F(ConfirmationQueueTest, ADelegatedTownshipConfirmsFromItsOwnQueue)
{
    setPolicy(QStringLiteral("confirmer"), QStringLiteral("default"), QStringLiteral("township"), QDate(2026, 1, 1));
    walkTo(CaseState::TownshipReview);
    ok(QStringLiteral("submit_review"), TransitionInput{QDate(2026, 9, 2), {}, {}, {}, 35000});
    ok(QStringLiteral("close_notice"), TransitionInput{QDate(2026, 9, 9)});
    ok(QStringLiteral("close_county_notice"), TransitionInput{QDate(2026, 9, 16)});
    ConfirmationQueue queue(s());
    const auto items = queue.list({}, QDate(2026, 9, 17)).value();
    ASSERT_EQ(items.size(), 1);
    EXPECT_TRUE(items.first().delegated);
    // The whole case runs 20 working days when delegated.
    CaseStore cases(s());
    for (const ClockRecord &k : cases.clocks(caseId).value()) {
        if (k.clock == QLatin1String("whole_case")) {
            EXPECT_EQ(k.length, 20);
        }
    }
    // A county reviewer is not the authority here; the township administrator is.
    db->actAsRole(Role::CountyReviewer);
    EXPECT_EQ(confirm(caseId, QDate(2026, 9, 17)).error().code, QStringLiteral("not_confirming_authority"));
    db->signInAs(QStringLiteral("admin"));
    ASSERT_TRUE(confirm(caseId, QDate(2026, 9, 17), -1).ok());
    EXPECT_EQ(cases.get(caseId)->amount, 35000);
    EXPECT_EQ(cases.get(caseId)->effectiveMonth, QDate(2026, 10, 1));
}

} // namespace
