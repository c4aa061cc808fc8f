#include "casework/CaseworkFixture.h"
#include "casework/ConfirmationQueue.h"
#include "complaints/PetitionStore.h"
#include "store/CaseStore.h"

#include <QJsonDocument>
#include <QMap>

using namespace dibao;
using namespace dibao::test;

namespace {

// A township database (530602101, today 2026-11-27) with two assistants; petitions registered by the first.
class PetitionTest : public CaseworkFixture {
protected:
    void SetUp() override
    {
        CaseworkFixture::SetUp();
        db->addUser(QStringLiteral("wang"), Role::TownshipAssistant);
        db->addUser(QStringLiteral("li"), Role::TownshipAssistant);
        db->addUser(QStringLiteral("cadre"), Role::VillageCadre);
        db->signInAs(QStringLiteral("wang"));
    }

    QString add(const QDate &received, bool realName = false, const QString &kind = PetitionKind::Complaint,
                const QString &subject = QStringLiteral("none"), const QString &subjectId = QString())
    {
        PetitionInput in;
        in.kind = kind;
        in.channel = QStringLiteral("hotline");
        in.realName = realName;
        if (realName) {
            in.reporterName = QStringLiteral("举报人王某");
            in.reporterPhone = QStringLiteral("13900001111");
        }
        in.subjectKind = subject;
        if (subject == QLatin1String("household"))
            in.householdId = subjectId;
        if (subject == QLatin1String("case"))
            in.caseId = subjectId;
        in.summary = QStringLiteral("反映该户有车辆未申报");
        in.receivedOn = received;
        PetitionStore store(s());
        auto id = store.registerPetition(in);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? *id : QString();
    }

    Petition get(const QString &id)
    {
        PetitionStore store(s());
        return store.get(id).value();
    }

    static PetitionConclusion conclusion(const QString &outcome = QStringLiteral("upheld"), bool verified = false,
                                         const QDate &on = QDate(2026, 11, 20))
    {
        PetitionConclusion c;
        c.outcome = outcome;
        c.findings = QStringLiteral("经核查，反映情况属实");
        c.verified = verified;
        c.on = on;
        return c;
    }
};

TEST_F(PetitionTest, ClocksCountCalendarDaysAcrossMonthEndsAndHolidays)
{
    // 2026-09-30, on the eve of the National Day holiday: calendar days ignore the holiday week.
    const Petition a = get(add(QDate(2026, 9, 30)));
    EXPECT_EQ(a.acknowledgeDue, QDate(2026, 10, 15));
    EXPECT_EQ(a.concludeDue, QDate(2026, 11, 29));
    // 2026-01-31: across the end of a 28-day February and the Spring Festival.
    const Petition b = get(add(QDate(2026, 1, 31)));
    EXPECT_EQ(b.acknowledgeDue, QDate(2026, 2, 15));
    EXPECT_EQ(b.concludeDue, QDate(2026, 4, 1));
    EXPECT_EQ(get(add(QDate(2026, 11, 20))).acknowledgeDue, QDate(2026, 12, 5));

    // Due and overdue on 2026-11-27: a is past its acknowledgement, b past both; the new one is not overdue.
    PetitionStore store(s());
    PetitionFilter overdue;
    overdue.overdueOnly = true;
    auto list = store.list(overdue);
    ASSERT_TRUE(list.ok());
    QStringList ids;
    for (const Petition &p : *list)
        ids << p.id;
    EXPECT_EQ(ids.size(), 2);
    EXPECT_TRUE(ids.contains(a.id) && ids.contains(b.id));
    EXPECT_EQ(list->first().id, b.id) << "earliest due first";
    // Acknowledged, a runs on the conclusion clock: 2 days left, not overdue.
    ASSERT_TRUE(store.acknowledge(a.id, QDate(2026, 10, 10)).ok());
    const Petition acked = get(a.id);
    EXPECT_EQ(acked.runningClock(), QStringLiteral("conclude"));
    EXPECT_EQ(acked.daysLeft(QDate(2026, 11, 27)), 2);
    EXPECT_FALSE(acked.overdue(QDate(2026, 11, 27)));
    EXPECT_TRUE(acked.overdue(QDate(2026, 11, 30)));
    EXPECT_EQ(store.list(overdue)->size(), 1);
    // A second acknowledgement, or one before receipt, is refused.
    EXPECT_EQ(store.acknowledge(a.id, QDate(2026, 10, 11)).error().code, QStringLiteral("petition_already_acknowledged"));
    EXPECT_EQ(store.acknowledge(b.id, QDate(2026, 1, 30)).error().code, QStringLiteral("date_before_receipt"));
}

TEST_F(PetitionTest, TheConclusionIsExtendedOnceWithReasons)
{
    const QString id = add(QDate(2026, 9, 30));
    PetitionStore store(s());
    EXPECT_EQ(store.extend(id, QStringLiteral("  "), QDate(2026, 11, 20)).error().code,
              QStringLiteral("extension_reason"));
    EXPECT_EQ(get(id).concludeDue, QDate(2026, 11, 29)) << "a refused extension changes nothing";
    ASSERT_TRUE(store.extend(id, QStringLiteral("需调取银行流水"), QDate(2026, 11, 20)).ok());
    const Petition p = get(id);
    EXPECT_EQ(p.concludeDue, QDate(2026, 12, 29));
    EXPECT_EQ(p.extensionReason, QStringLiteral("需调取银行流水"));
    const auto second = store.extend(id, QStringLiteral("再次延期"), QDate(2026, 11, 21));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, QStringLiteral("petition_extension_used"));
    EXPECT_EQ(get(id).concludeDue, QDate(2026, 12, 29));
    // An extension decided after the 60 days ran out is refused.
    const QString late = add(QDate(2026, 9, 1));
    EXPECT_EQ(store.extend(late, QStringLiteral("理由"), QDate(2026, 11, 27)).error().code,
              QStringLiteral("extension_too_late"));
}

TEST_F(PetitionTest, TheFirstReceiverOwnsItUntilARecordedHandOver)
{
    const QString id = add(QDate(2026, 11, 20));
    EXPECT_EQ(get(id).ownerName, get(id).receivedByName);
    PetitionStore store(s());
    db->signInAs(QStringLiteral("li"));
    const auto notOwner = store.acknowledge(id, QDate(2026, 11, 21));
    ASSERT_FALSE(notOwner.ok());
    EXPECT_EQ(notOwner.error().code, QStringLiteral("petition_not_owner"));
    EXPECT_EQ(notOwner.error().kind, ErrorKind::Permission);
    EXPECT_EQ(store.handOver(id, QStringLiteral("li"), QStringLiteral("我来办")).error().code,
              QStringLiteral("petition_not_owner"));
    db->signInAs(QStringLiteral("wang"));
    EXPECT_EQ(store.handOver(id, QStringLiteral("li"), QString()).error().code, QStringLiteral("handover_reason"));
    EXPECT_EQ(store.handOver(id, QStringLiteral("nobody"), QStringLiteral("调岗")).error().code,
              QStringLiteral("user_not_found"));
    EXPECT_EQ(store.handOver(id, QStringLiteral("cadre"), QStringLiteral("调岗")).error().code,
              QStringLiteral("handover_role"));
    ASSERT_TRUE(store.handOver(id, QStringLiteral("li"), QStringLiteral("调岗"), QDate(2026, 11, 22)).ok());
    EXPECT_EQ(store.acknowledge(id, QDate(2026, 11, 23)).error().code, QStringLiteral("petition_not_owner"));
    db->signInAs(QStringLiteral("li"));
    ASSERT_TRUE(store.acknowledge(id, QDate(2026, 11, 23)).ok());
    const Petition p = get(id);
    EXPECT_NE(p.ownerId, p.receivedBy);
    auto events = store.events(id);
    ASSERT_TRUE(events.ok());
    QStringList actions;
    for (const PetitionEvent &e : *events)
        actions << e.action;
    EXPECT_EQ(actions.join(QLatin1Char(',')), QStringLiteral("register,handover,acknowledge"));
    EXPECT_EQ(events->at(1).note, QStringLiteral("调岗"));
    // Only the owner's list has it.
    PetitionFilter mine;
    mine.ownerId = s().actor().userId;
    EXPECT_EQ(store.list(mine)->size(), 1);
}

TEST_F(PetitionTest, AnonymousAndRealNameReportersAreAnsweredDifferently)
{
    PetitionStore store(s());
    PetitionInput bad;
    bad.channel = QStringLiteral("letter");
    bad.summary = QStringLiteral("举报");
    bad.realName = true;
    EXPECT_EQ(store.registerPetition(bad).error().code, QStringLiteral("reporter_name_required"));
    bad.realName = false;
    bad.reporterName = QStringLiteral("某人");
    EXPECT_EQ(store.registerPetition(bad).error().code, QStringLiteral("anonymous_with_name"));
    bad.reporterName.clear();
    bad.channel = QStringLiteral("fax");
    EXPECT_EQ(store.registerPetition(bad).error().code, QStringLiteral("petition_channel"));
    EXPECT_EQ(countRows(QStringLiteral("petitions")), 0) << "refused input stores nothing";

    const QString anonymous = add(QDate(2026, 11, 1));
    const QString named = add(QDate(2026, 11, 1), true);
    EXPECT_EQ(countRows(QStringLiteral("petition_reporters")), 1);
    EXPECT_EQ(store.feedback(named, QStringLiteral("已告知")).error().code, QStringLiteral("petition_open"));
    ASSERT_TRUE(store.conclude(anonymous, conclusion(QStringLiteral("upheld"), true)).ok());
    ASSERT_TRUE(store.conclude(named, conclusion(QStringLiteral("upheld"), true)).ok());
    EXPECT_EQ(store.feedback(anonymous, QStringLiteral("已告知")).error().code, QStringLiteral("reporter_anonymous"));
    EXPECT_EQ(store.reward(anonymous, 50000, QString()).error().code, QStringLiteral("reporter_anonymous"));
    EXPECT_TRUE(get(named).feedbackDue());
    ASSERT_TRUE(store.feedback(named, QStringLiteral("电话告知核查结果"), QDate(2026, 11, 21)).ok());
    EXPECT_FALSE(get(named).feedbackDue());
    EXPECT_EQ(store.feedback(named, QStringLiteral("再次")).error().code, QStringLiteral("feedback_given"));
    EXPECT_EQ(store.reward(named, 0, QString()).error().code, QStringLiteral("reward_amount"));
    ASSERT_TRUE(store.reward(named, 50000, QStringLiteral("举报奖励"), QDate(2026, 11, 22)).ok());
    EXPECT_EQ(get(named).rewardFen, 50000);
    EXPECT_EQ(store.reward(named, 50000, QString()).error().code, QStringLiteral("reward_given"));
    // Not verified: no reward. Verified needs an upheld outcome.
    const QString other = add(QDate(2026, 11, 1), true);
    EXPECT_EQ(store.conclude(other, conclusion(QStringLiteral("not_upheld"), true)).error().code,
              QStringLiteral("petition_verified"));
    ASSERT_TRUE(store.conclude(other, conclusion(QStringLiteral("not_upheld"))).ok());
    EXPECT_EQ(store.reward(other, 100, QString()).error().code, QStringLiteral("reward_unverified"));
    // Concluding answers it: the acknowledgement is the answer's date when none was sent before.
    EXPECT_EQ(get(other).acknowledgedOn, QDate(2026, 11, 20));
}

TEST_F(PetitionTest, TheReporterIsHiddenFromTownshipRoles)
{
    const QString id = add(QDate(2026, 11, 1), true);
    PetitionStore store(s());
    for (Role role : {Role::TownshipAssistant, Role::TownshipAdmin, Role::VillageCadre}) {
        db->actAsRole(role);
        auto who = store.reporter(id);
        ASSERT_FALSE(who.ok()) << toToken(role).toStdString();
        EXPECT_EQ(who.error().code, QStringLiteral("reporter_identity_county_only"));
        EXPECT_EQ(who.error().kind, ErrorKind::Permission);
        // The list a township role reads has no trace of the reporter.
        const QByteArray json = QJsonDocument(store.list()->first().toJson(chinaToday())).toJson();
        EXPECT_FALSE(json.contains(QStringLiteral("举报人王某").toUtf8()));
        EXPECT_FALSE(json.contains("13900001111"));
    }
    db->actAsRole(Role::CountyReviewer);
    auto who = store.reporter(id);
    ASSERT_TRUE(who.ok()) << who.error().message.toStdString();
    EXPECT_EQ(who->name, QStringLiteral("举报人王某"));
    auto st = s().db().prepare("SELECT count(*) FROM audit WHERE entity = 'petition_reporters' AND action = 'read'");
    ASSERT_TRUE(st->step().value());
    EXPECT_EQ(st->int64(0), 1) << "each read of the identity is logged";
}

TEST_F(PetitionTest, AComplaintNamingTownshipStaffIsRegisteredAtTheCountyOnly)
{
    PetitionInput in;
    in.channel = QStringLiteral("letter");
    in.subjectKind = QStringLiteral("staff");
    in.subjectDivision = QStringLiteral("530602101");
    in.staffName = QStringLiteral("张三");
    in.summary = QStringLiteral("反映工作人员优亲厚友");
    PetitionStore store(s());
    auto refused = store.registerPetition(in);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("petition_names_township"));
    EXPECT_EQ(countRows(QStringLiteral("petitions")), 0);
}

TEST_F(PetitionTest, ReexaminationGoesToTheNextHigherBodyNeverTheDecidingOffice)
{
    EXPECT_EQ(PetitionStore::higherOffice(QStringLiteral("530602101")), QStringLiteral("530602"));
    EXPECT_EQ(PetitionStore::higherOffice(QStringLiteral("530602")), QStringLiteral("530600"));
    EXPECT_EQ(PetitionStore::higherOffice(QStringLiteral("530600")), QStringLiteral("530000"));
    const QString id = add(QDate(2026, 10, 1), true);
    PetitionStore store(s());
    PetitionForwardInput re;
    re.stage = QStringLiteral("reexamination");
    re.toBody = QStringLiteral("昭阳区民政局");
    re.requestedOn = QDate(2026, 11, 1);
    re.forwardedOn = QDate(2026, 11, 2);
    EXPECT_EQ(store.forward(id, re).error().code, QStringLiteral("petition_open"));
    ASSERT_TRUE(store.conclude(id, conclusion(QStringLiteral("not_upheld"), false, QDate(2026, 10, 20))).ok());
    EXPECT_EQ(get(id).decidedOffice, QStringLiteral("530602101"));
    // The deciding township may not re-examine its own decision; nor may it skip a level.
    re.toOffice = QStringLiteral("530602101");
    const auto same = store.forward(id, re);
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().code, QStringLiteral("petition_same_office"));
    re.toOffice = QStringLiteral("530600");
    EXPECT_EQ(store.forward(id, re).error().code, QStringLiteral("forward_not_higher"));
    re.toOffice.clear();
    re.requestedOn = QDate(2026, 11, 20); // 31 days after the answer
    re.forwardedOn = QDate(2026, 11, 21);
    EXPECT_EQ(store.forward(id, re).error().code, QStringLiteral("forward_request_late"));
    re.requestedOn = QDate(2026, 11, 1);
    re.forwardedOn = QDate(2026, 11, 2);
    PetitionForwardInput review = re;
    review.stage = QStringLiteral("review");
    EXPECT_EQ(store.forward(id, review).error().code, QStringLiteral("review_before_reexamination"));
    EXPECT_EQ(countRows(QStringLiteral("petition_forwards")), 0);
    auto forwarded = store.forward(id, re);
    ASSERT_TRUE(forwarded.ok()) << forwarded.error().message.toStdString();
    auto list = store.forwards(id).value();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().fromOffice, QStringLiteral("530602101"));
    EXPECT_EQ(list.first().toOffice, QStringLiteral("530602"));
    EXPECT_EQ(list.first().answerDue, QDate(2026, 12, 2));
    EXPECT_EQ(store.forward(id, re).error().code, QStringLiteral("forward_exists"));
    // The outcome: decided by the county, never recorded as the township's own.
    const auto byTownship = store.recordForwardOutcome(id, QStringLiteral("reexamination"), QStringLiteral("upheld"),
                                                       QString(), QStringLiteral("530602101"), QDate(2026, 11, 20));
    ASSERT_FALSE(byTownship.ok());
    EXPECT_EQ(byTownship.error().code, QStringLiteral("petition_same_office"));
    ASSERT_TRUE(store.recordForwardOutcome(id, QStringLiteral("reexamination"), QStringLiteral("upheld"),
                                           QStringLiteral("维持原处理意见"), QString(), QDate(2026, 11, 20))
                    .ok());
    // The review (复核) goes one level further: from the county to the city.
    review.toBody = QStringLiteral("昭通市民政局");
    review.requestedOn = QDate(2026, 11, 25);
    review.forwardedOn = QDate(2026, 11, 26);
    review.toOffice = QStringLiteral("530602");
    EXPECT_EQ(store.forward(id, review).error().code, QStringLiteral("petition_same_office"));
    review.toOffice.clear();
    ASSERT_TRUE(store.forward(id, review).ok());
    EXPECT_EQ(store.forwards(id)->last().toOffice, QStringLiteral("530600"));
}

TEST_F(PetitionTest, AComplaintAboutACaseAwaitingConfirmationNeedsTheAuthoritysVisit)
{
    walkTo(CaseState::Confirmation);
    db->signInAs(QStringLiteral("wang"));
    const QString id = add(QDate(2026, 9, 18), false, PetitionKind::Report, QStringLiteral("case"), caseId);
    const Petition p = get(id);
    ASSERT_FALSE(p.caseComplaintId.isEmpty()) << "the complaint feeds the confirmation rule";
    ConfirmationQueue queue(s());
    auto complaints = queue.complaints(caseId).value();
    ASSERT_EQ(complaints.size(), 1);
    EXPECT_EQ(complaints.first().id, p.caseComplaintId);
    EXPECT_TRUE(complaints.first().duringConfirmation);
    EXPECT_EQ(complaints.first().channel, QStringLiteral("phone"));
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    TransitionInput in;
    in.onDate = QDate(2026, 9, 20);
    in.amount = 40000;
    const Status blocked = step(QStringLiteral("confirm"), in);
    ASSERT_FALSE(blocked.ok());
    EXPECT_EQ(blocked.error().code, QStringLiteral("authority_visit_required"));
    m_date = QDate(2026, 9, 19);
    visit(caseId, true);
    ok(QStringLiteral("confirm"), in);
}

TEST_F(PetitionTest, AComplaintAboutARefusalIsPointedToAdministrativeReview)
{
    walkTo(CaseState::Confirmation);
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    TransitionInput refuse;
    refuse.onDate = QDate(2026, 9, 20);
    refuse.reason = QStringLiteral("家庭人均收入高于保障标准");
    ok(QStringLiteral("refuse"), refuse);
    db->signInAs(QStringLiteral("wang"));
    const QString id = add(QDate(2026, 10, 8), true, PetitionKind::Complaint, QStringLiteral("case"), caseId);
    const Petition p = get(id);
    EXPECT_EQ(p.route, QStringLiteral("administrative_review"));
    EXPECT_TRUE(p.caseComplaintId.isEmpty());
    PetitionStore store(s());
    EXPECT_EQ(store.conclude(id, conclusion(QStringLiteral("not_upheld"))).error().code,
              QStringLiteral("petition_administrative_review"));
    ASSERT_TRUE(store.conclude(id, conclusion(QStringLiteral("administrative_review"))).ok());
    PetitionForwardInput re;
    re.stage = QStringLiteral("reexamination");
    re.toBody = QStringLiteral("昭阳区民政局");
    re.requestedOn = QDate(2026, 11, 21);
    re.forwardedOn = QDate(2026, 11, 21);
    EXPECT_EQ(store.forward(id, re).error().code, QStringLiteral("petition_administrative_review"));
    // Only such a complaint is answered that way.
    const QString other = add(QDate(2026, 11, 1));
    EXPECT_EQ(store.conclude(other, conclusion(QStringLiteral("administrative_review"))).error().code,
              QStringLiteral("petition_outcome"));
}

TEST_F(PetitionTest, AComplaintAboutAnEnrolledHouseholdOpensACheck)
{
    const QString household = rosterHousehold(*db, 7, 30000, QDate(2025, 1, 1));
    db->signInAs(QStringLiteral("wang"));
    const QString id = add(QDate(2026, 11, 25), false, PetitionKind::Report, QStringLiteral("household"), household);
    const Petition p = get(id);
    ASSERT_FALSE(p.checkCaseId.isEmpty());
    CaseStore cases(s());
    auto review = cases.get(p.checkCaseId);
    ASSERT_TRUE(review.ok());
    EXPECT_EQ(review->kind, QStringLiteral("review"));
    EXPECT_EQ(review->householdId, household);
    EXPECT_EQ(countRows(QStringLiteral("change_reports")), 1);
    // An enquiry about the same household opens nothing.
    const QString enquiry = add(QDate(2026, 11, 25), false, PetitionKind::Enquiry, QStringLiteral("household"), household);
    EXPECT_TRUE(get(enquiry).checkCaseId.isEmpty());
    EXPECT_EQ(countRows(QStringLiteral("change_reports")), 1);
}

} // namespace

// 工作台's clocks for letters and complaints: unacknowledged ones by their 15-day clock, unconcluded ones by their
// 60-day clock, for the people who handle them only.
TEST_F(PetitionTest, DueGroupsListPetitionsByTheirClocksForThoseWhoHandleThem)
{
    const QString early = add(QDate(2026, 9, 20)); // acknowledge by 10-05, conclude by 11-19: both overdue
    const QString recent = add(QDate(2026, 11, 1)); // acknowledge by 11-16 (overdue), conclude by 12-31
    add(QDate(2026, 11, 26));                       // acknowledge by 12-11: not due by 12-03
    const QDate today(2026, 11, 27), until(2026, 12, 3);
    auto groupsOf = [&](int perClock) {
        QMap<QString, DueGroup> out;
        for (const DueGroup &g : CaseStore(s()).dueGroups(until, today, perClock).value())
            if (g.clock.startsWith(QLatin1String("petition_")))
                out.insert(g.clock, g);
        return out;
    };
    QMap<QString, DueGroup> groups = groupsOf(10);
    ASSERT_EQ(groups.size(), 2);
    EXPECT_EQ(groups[QStringLiteral("petition_ack")].total, 2);
    EXPECT_EQ(groups[QStringLiteral("petition_ack")].overdue, 2);
    ASSERT_EQ(groups[QStringLiteral("petition_ack")].items.size(), 2);
    EXPECT_EQ(groups[QStringLiteral("petition_ack")].items.first().petitionId, early); // the earliest first
    EXPECT_EQ(groups[QStringLiteral("petition_ack")].items.first().dueOn, QDate(2026, 10, 5));
    EXPECT_EQ(groups[QStringLiteral("petition_ack")].items.first().applicantName, QStringLiteral("反映该户有车辆未申报"));
    EXPECT_EQ(groups[QStringLiteral("petition_conclusion")].total, 1);
    EXPECT_EQ(groups[QStringLiteral("petition_conclusion")].items.first().petitionId, early);
    // One row per clock asked: the count stays whole.
    groups = groupsOf(1);
    EXPECT_EQ(groups[QStringLiteral("petition_ack")].total, 2);
    EXPECT_EQ(groups[QStringLiteral("petition_ack")].items.size(), 1);
    // Acknowledged: off the acknowledgement clock, still on the conclusion clock when that falls due.
    ASSERT_TRUE(PetitionStore(s()).acknowledge(recent, QDate(2026, 11, 20)).ok());
    groups = groupsOf(10);
    EXPECT_EQ(groups[QStringLiteral("petition_ack")].total, 1);
    EXPECT_EQ(groups[QStringLiteral("petition_ack")].items.first().petitionId, early);
    auto only = CaseStore(s()).dueGroups(until, today, 10, QStringLiteral("petition_conclusion")).value();
    ASSERT_EQ(only.size(), 1);
    EXPECT_EQ(only.first().total, 1);
    // A village cadre does not handle letters and complaints: no such clocks.
    db->signInAs(QStringLiteral("cadre"));
    EXPECT_TRUE(groupsOf(10).isEmpty());
}
