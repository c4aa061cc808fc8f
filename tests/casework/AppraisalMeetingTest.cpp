#include "casework/CaseworkFixture.h"

using namespace dibao;
using namespace dibao::test;

namespace {

class AppraisalMeetingTest : public CaseworkFixture {
protected:
    void SetUp() override
    {
        CaseworkFixture::SetUp();
        walkTo(CaseState::Appraisal);
    }

    Status record(AppraisalMeeting &m)
    {
        AppraisalMeetingStore store(s());
        return store.record(m);
    }

    void expectRefused(AppraisalMeeting m, const char *code)
    {
        const qint64 meetings = countRows(QStringLiteral("appraisal_meetings"));
        const qint64 audit = countRows(QStringLiteral("audit"));
        const Status st = record(m);
        ASSERT_FALSE(st.ok()) << "expected " << code;
        EXPECT_EQ(st.error().code, QString::fromLatin1(code)) << st.error().message.toStdString();
        EXPECT_FALSE(st.error().message.isEmpty());
        // Nothing written: no meeting, no audit entry, the case still waits for its meeting.
        EXPECT_EQ(countRows(QStringLiteral("appraisal_meetings")), meetings);
        EXPECT_EQ(countRows(QStringLiteral("audit")), audit);
        EXPECT_EQ(state(), CaseState::Appraisal);
    }
};

TEST_F(AppraisalMeetingTest, TrueAndCompleteMovesTheCaseToTownshipReview)
{
    AppraisalMeeting m = validMeeting({caseId});
    const Status st = record(m);
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    EXPECT_FALSE(m.id.isEmpty());
    EXPECT_EQ(state(), CaseState::TownshipReview);
    AppraisalMeetingStore store(s());
    const AppraisalMeeting back = store.meeting(m.id).value();
    EXPECT_EQ(back.townshipStaff.size(), 1);
    EXPECT_EQ(back.participants.size(), 6);
    EXPECT_EQ(back.presentCount(), 6);
    ASSERT_EQ(back.items.size(), 1);
    EXPECT_EQ(back.items.first().conclusion, AppraisalView::TrueComplete);
    EXPECT_EQ(back.items.first().concludedBy, QStringLiteral("张三"));
    EXPECT_EQ(back.items.first().householdSize, 3);
    EXPECT_EQ(back.attachments.size(), 1);
    // The workflow recorded the step with the meeting's date.
    CaseStore cases(s());
    const auto history = cases.history(caseId).value();
    EXPECT_EQ(history.last().action, QStringLiteral("conclude_appraisal"));
    EXPECT_EQ(history.last().onDate, QDate(2026, 9, 3));
}

TEST_F(AppraisalMeetingTest, IncompleteOrDisputedGoesBackToInvestigation)
{
    const QString second = newCase(1);
    walkTo(CaseState::Appraisal, second);
    const QString third = newCase(2);
    walkTo(CaseState::Appraisal, third);
    AppraisalMeeting m = validMeeting({caseId, second, third});
    m.items[0].conclusion = AppraisalView::Incomplete;
    m.items[0].conclusionNote = QStringLiteral("未核实外出务工收入");
    m.items[1].conclusion = AppraisalView::Disputed;
    m.items[1].opinions << AppraisalOpinion{QStringLiteral("代表2"), MeetingCategory::VillageRepresentative,
                                            AppraisalView::Disputed, QStringLiteral("家中有车辆")};
    ASSERT_TRUE(record(m).ok());
    EXPECT_EQ(state(caseId), CaseState::Investigating);
    EXPECT_EQ(state(second), CaseState::Investigating);
    EXPECT_EQ(state(third), CaseState::TownshipReview);
    // Through the workflow's own step, with the reason kept.
    CaseStore cases(s());
    const auto history = cases.history(caseId).value();
    EXPECT_EQ(history.last().action, QStringLiteral("conclude_appraisal"));
    EXPECT_EQ(history.last().toState, CaseState::Investigating);
    EXPECT_EQ(history.last().reason, QStringLiteral("未核实外出务工收入"));
}

TEST_F(AppraisalMeetingTest, TownshipStaffMustBePresent)
{
    AppraisalMeeting m = validMeeting({caseId});
    m.townshipStaff.clear();
    expectRefused(m, "appraisal_staff_missing");
    m.townshipStaff << TownshipStaffMember{QStringLiteral("  "), QString()};
    expectRefused(m, "appraisal_staff_missing");
}

TEST_F(AppraisalMeetingTest, VillageRepresentativesAreTwoThirdsOfThosePresent)
{
    AppraisalMeeting m = validMeeting({caseId});
    // 4 representatives of 7 present: below 2/3.
    m.participants << MeetingParticipant{QStringLiteral("人大代表丙"), MeetingCategory::NpcDeputy, true};
    expectRefused(m, "appraisal_composition");
    // An absent representative does not count.
    m = validMeeting({caseId});
    m.participants[0].present = false; // 3 of 5 present
    expectRefused(m, "appraisal_composition");
    // Exactly 2/3 passes (cross-multiplied, no rounding): 6 representatives of 9.
    m = validMeeting({caseId});
    m.participants << MeetingParticipant{QStringLiteral("代表5"), MeetingCategory::VillageRepresentative, true}
                   << MeetingParticipant{QStringLiteral("代表6"), MeetingCategory::VillageRepresentative, true}
                   << MeetingParticipant{QStringLiteral("政协委员丁"), MeetingCategory::CppccMember, true};
    EXPECT_TRUE(record(m).ok());
}

TEST_F(AppraisalMeetingTest, AttendanceQuorumAndContent)
{
    AppraisalMeeting m = validMeeting({caseId});
    // 6 present of 10 invited: below 2/3 attendance.
    for (int i = 0; i < 4; ++i)
        m.participants << MeetingParticipant{QStringLiteral("缺席%1").arg(i), MeetingCategory::VillageRepresentative, false};
    expectRefused(m, "appraisal_quorum");
    m = validMeeting({caseId});
    m.participants.clear();
    expectRefused(m, "appraisal_quorum");
    m = validMeeting({caseId});
    m.participants[5].category = QStringLiteral("friend");
    expectRefused(m, "appraisal_category");
    m = validMeeting({caseId});
    m.chair.clear();
    expectRefused(m, "appraisal_chair");
    m = validMeeting({caseId});
    m.minutes = QStringLiteral("   ");
    expectRefused(m, "appraisal_minutes");
    m = validMeeting({caseId}, AppraisalView::TrueComplete, QDate(2026, 11, 28));
    expectRefused(m, "appraisal_date");
    m = validMeeting({});
    expectRefused(m, "appraisal_agenda_empty");
}

TEST_F(AppraisalMeetingTest, NeverAVoteOnEligibility)
{
    AppraisalMeeting m = validMeeting({caseId});
    m.items[0].opinions << AppraisalOpinion{QStringLiteral("代表3"), MeetingCategory::VillageRepresentative,
                                            QStringLiteral("eligible"), QStringLiteral("同意纳入低保")};
    expectRefused(m, "appraisal_view");
    m = validMeeting({caseId});
    m.items[0].conclusion = QStringLiteral("approve");
    expectRefused(m, "appraisal_conclusion");
    // The conclusion is drawn by the township staff present, not by a participant.
    m = validMeeting({caseId});
    m.items[0].concludedBy = QStringLiteral("陈主任");
    expectRefused(m, "appraisal_concluded_by");
}

TEST_F(AppraisalMeetingTest, OnlyCasesWaitingForAMeetingOfThatTownship)
{
    const QString other = newCase(1); // submitted, not in appraisal
    AppraisalMeeting m = validMeeting({caseId, other});
    expectRefused(m, "appraisal_case_state");
    m = validMeeting({caseId, caseId});
    expectRefused(m, "appraisal_case_twice");
}

TEST_F(AppraisalMeetingTest, VillageCadreRecordsAuditorMayNot)
{
    db->addUser(QStringLiteral("cadre"), Role::VillageCadre);
    db->signInAs(QStringLiteral("cadre"));
    AppraisalMeeting m = validMeeting({caseId});
    EXPECT_TRUE(record(m).ok());
    db->signInAs(QStringLiteral("admin"));
    const QString second = newCase(1);
    walkTo(CaseState::Appraisal, second);
    db->actAsRole(Role::Auditor);
    AppraisalMeeting n = validMeeting({second});
    const Status st = record(n);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().kind, ErrorKind::Permission);
}

TEST_F(AppraisalMeetingTest, AgendaListsTheCasesWaiting)
{
    const QString second = newCase(1);
    walkTo(CaseState::Appraisal, second);
    AppraisalMeetingStore store(s());
    const AppraisalAgenda agenda = store.agenda(QString::fromLatin1(kTownship)).value();
    ASSERT_EQ(agenda.cases.size(), 2);
    EXPECT_EQ(agenda.cases.first().householdSize, 3);
    EXPECT_FALSE(agenda.cases.first().applicantName.isEmpty());
    EXPECT_EQ(agenda.toJson().value(QStringLiteral("cases")).toArray().size(), 2);
    EXPECT_EQ(store.agenda(QStringLiteral("530602102")).error().code, QStringLiteral("outside_jurisdiction"));
}

TEST_F(AppraisalMeetingTest, ConcludedMeetingsAreAppendOnlyCorrectionsAreNewRecords)
{
    AppraisalMeeting m = validMeeting({caseId});
    ASSERT_TRUE(record(m).ok());
    // No update path: the store has none, and a correction that would change a conclusion already acted on is
    // refused.
    AppraisalMeeting fix = validMeeting({caseId}, AppraisalView::Incomplete);
    fix.correctsMeetingId = m.id;
    fix.correctionReason = QStringLiteral("漏记一名村民代表");
    const Status changed = record(fix);
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().code, QStringLiteral("appraisal_correction_conclusion"));
    EXPECT_EQ(state(), CaseState::TownshipReview);
    // Without a reason: refused.
    fix = validMeeting({caseId});
    fix.correctsMeetingId = m.id;
    EXPECT_EQ(record(fix).error().code, QStringLiteral("appraisal_correction_reason"));
    // A correction of the record (a participant forgotten), same conclusion: a new meeting naming the old one.
    fix = validMeeting({caseId});
    fix.correctsMeetingId = m.id;
    fix.correctionReason = QStringLiteral("漏记一名村民代表");
    fix.participants << MeetingParticipant{QStringLiteral("代表5"), MeetingCategory::VillageRepresentative, true};
    const Status corrected = record(fix);
    ASSERT_TRUE(corrected.ok()) << corrected.error().message.toStdString();
    EXPECT_NE(fix.id, m.id);
    EXPECT_EQ(state(), CaseState::TownshipReview); // no second workflow step
    AppraisalMeetingStore store(s());
    const AppraisalMeeting original = store.meeting(m.id).value();
    EXPECT_EQ(original.correctedByMeetingId, fix.id);
    EXPECT_EQ(original.participants.size(), 6); // the original record is unchanged
    EXPECT_EQ(store.meeting(fix.id)->correctsMeetingId, m.id);
    EXPECT_EQ(store.meetingsForCase(caseId)->size(), 2);
    // Only the latest record can be corrected.
    AppraisalMeeting again = validMeeting({caseId});
    again.correctsMeetingId = m.id;
    again.correctionReason = QStringLiteral("再次更正");
    EXPECT_EQ(record(again).error().code, QStringLiteral("appraisal_correction_not_latest"));
    // The meeting rows were inserted once each and never updated (audit: inserts only).
    auto st = s().db().prepare("SELECT count(*) FROM audit WHERE entity IN ('appraisal_meetings', 'appraisal_items') "
                               "AND action <> 'insert'");
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(st->step().value());
    EXPECT_EQ(st->int64(0), 0);
}

} // namespace
