#include "casework/CaseworkFixture.h"

#include "casework/ConfirmationQueue.h"
#include "casework/NoticeExport.h"
#include "casework/PeriodicReview.h"
#include "policy/PolicyJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace dibao;
using namespace dibao::test;

// The casework rules that are county policy (docs/policy.md): appraisal_meeting, notice_content, authority_visit and
// review_extension. Each is validated on import and a changed row changes what the casework code does.

namespace {

QByteArray policyFile(const QString &kind, const QString &key, const QJsonValue &value)
{
    const QJsonObject row{{QStringLiteral("kind"), kind},
                          {QStringLiteral("key"), key},
                          {QStringLiteral("effective_from"), QStringLiteral("2026-01-01")},
                          {QStringLiteral("issuer"), QStringLiteral("昭阳区民政局")},
                          {QStringLiteral("document_number"), QStringLiteral("昭区民发〔2026〕1号")},
                          {QStringLiteral("value"), value}};
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("dibao-policy")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("rows"), QJsonArray{row}}})
        .toJson();
}

TEST(CaseworkPolicySchema, ImportValidatesTheCaseworkKinds)
{
    struct Case {
        const char *kind;
        const char *key;
        QJsonValue value;
        bool accepted;
    };
    const QJsonObject half{{QStringLiteral("num"), 1}, {QStringLiteral("den"), 2}};
    const QJsonObject tooMuch{{QStringLiteral("num"), 3}, {QStringLiteral("den"), 2}};
    const QList<Case> cases{
        {"appraisal_meeting", "min_township_staff", 2, true},
        {"appraisal_meeting", "min_township_staff", 0, false}, // staff always draw the conclusion
        {"appraisal_meeting", "min_present", 5, true},
        {"appraisal_meeting", "min_present", -1, false},
        {"appraisal_meeting", "representatives_share", half, true},
        {"appraisal_meeting", "representatives_share", tooMuch, false},
        {"appraisal_meeting", "attendance_share", half, true},
        {"appraisal_meeting", "attendance_share", 0.5, false},
        {"appraisal_meeting", "chair_required", true, false}, // unknown key
        {"notice_content", "show_masked_id", true, true},
        {"notice_content", "show_masked_id", QStringLiteral("yes"), false},
        {"notice_content", "extra_results", QJsonArray{QStringLiteral("tier")}, true},
        {"notice_content", "extra_results", QJsonArray{}, true},
        {"notice_content", "extra_results", QJsonArray{QStringLiteral("phone")}, false}, // never personal data
        {"notice_content", "extra_results", QJsonArray{QStringLiteral("tier"), QStringLiteral("tier")}, false},
        {"authority_visit", "red_flags", true, true},
        {"authority_visit", "red_flags", 1, false},
        {"review_extension", "default", 3, true},
        {"review_extension", "default", 0, true},
        {"review_extension", "default", -3, false},
    };
    for (const Case &c : cases) {
        const auto parsed = parsePolicyJson(policyFile(QString::fromLatin1(c.kind), QString::fromLatin1(c.key), c.value));
        EXPECT_EQ(parsed.ok(), c.accepted) << c.kind << "/" << c.key << " "
                                           << QJsonDocument(QJsonArray{c.value}).toJson(QJsonDocument::Compact).toStdString();
        if (!parsed.ok()) {
            EXPECT_TRUE(parsed.error().code == QLatin1String("policy_value")
                        || parsed.error().code == QLatin1String("policy_key"))
                << parsed.error().code.toStdString();
            EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("rows[0]")))
                << parsed.error().message.toStdString();
        }
    }
}

class CaseworkPolicyTest : public CaseworkFixture {
protected:
    // Imports one row through the same path as `dibao-cli policy-import`, as the county administrator.
    Status importRow(const QString &kind, const QString &key, const QJsonValue &value)
    {
        const Actor previous = s().actor();
        db->actAsRole(Role::CountyAdmin);
        PolicyStore policy(s());
        auto done = policy.importJson(policyFile(kind, key, value));
        s().actAs(previous);
        if (!done)
            return done.error();
        return {};
    }

    Status recordMeeting(AppraisalMeeting m)
    {
        AppraisalMeetingStore store(s());
        return store.record(m);
    }
};

TEST_F(CaseworkPolicyTest, ABadRowIsRefusedOnImportAndChangesNothing)
{
    walkTo(CaseState::Appraisal);
    const Status bad = importRow(QStringLiteral("appraisal_meeting"), QStringLiteral("min_township_staff"), 0);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, QStringLiteral("policy_value"));
    EXPECT_EQ(AppraisalMeetingStore(s()).rules(QDate(2026, 9, 3)).minTownshipStaff, 1);
    EXPECT_TRUE(recordMeeting(validMeeting({caseId})).ok());
}

TEST_F(CaseworkPolicyTest, MeetingCompositionAndQuorumFollowThePolicy)
{
    walkTo(CaseState::Appraisal);
    // Default: one township staff member suffices.
    EXPECT_TRUE(AppraisalMeetingStore(s()).check(validMeeting({caseId})).ok());
    // The county asks for two.
    ASSERT_TRUE(importRow(QStringLiteral("appraisal_meeting"), QStringLiteral("min_township_staff"), 2).ok());
    const Status one = AppraisalMeetingStore(s()).check(validMeeting({caseId}));
    ASSERT_FALSE(one.ok());
    EXPECT_EQ(one.error().code, QStringLiteral("appraisal_staff_missing"));
    AppraisalMeeting two = validMeeting({caseId});
    two.townshipStaff << TownshipStaffMember{QStringLiteral("李四"), QString()};
    EXPECT_TRUE(AppraisalMeetingStore(s()).check(two).ok());

    // Three representatives of six present fail 2/3 and pass a county share of 1/2.
    AppraisalMeeting half = two;
    half.participants[0].category = MeetingCategory::PartyVeteran;
    EXPECT_EQ(AppraisalMeetingStore(s()).check(half).error().code, QStringLiteral("appraisal_composition"));
    ASSERT_TRUE(importRow(QStringLiteral("appraisal_meeting"), QStringLiteral("representatives_share"),
                          QJsonObject{{QStringLiteral("num"), 1}, {QStringLiteral("den"), 2}})
                    .ok());
    EXPECT_TRUE(AppraisalMeetingStore(s()).check(half).ok());

    // A minimum attendance of 8 refuses six present.
    ASSERT_TRUE(importRow(QStringLiteral("appraisal_meeting"), QStringLiteral("min_present"), 8).ok());
    EXPECT_EQ(AppraisalMeetingStore(s()).check(two).error().code, QStringLiteral("appraisal_quorum"));
    EXPECT_EQ(state(), CaseState::Appraisal);
}

TEST_F(CaseworkPolicyTest, NoticeContentFollowsThePolicy)
{
    walkTo(CaseState::TownshipReview);
    auto post = [&](const QDate &on) {
        NoticePosting p;
        p.divisionCode = QString::fromLatin1(kTownship);
        p.villageName = QStringLiteral("新村");
        p.place = QStringLiteral("新村村务公开栏");
        p.postedOn = on;
        p.cases << NoticeProposal{caseId, 40000, QStringLiteral("B")};
        return PublicNoticeStore(s()).post(p);
    };
    auto before = PublicNoticeStore(s()).candidates(QString::fromLatin1(kTownship), QString(), QDate(2026, 9, 3));
    ASSERT_TRUE(before.ok());
    ASSERT_EQ(before->size(), 1);
    EXPECT_TRUE(before->first().maskedId.isEmpty());

    ASSERT_TRUE(importRow(QStringLiteral("notice_content"), QStringLiteral("show_masked_id"), true).ok());
    ASSERT_TRUE(importRow(QStringLiteral("notice_content"), QStringLiteral("extra_results"),
                          QJsonArray{QStringLiteral("tier")})
                    .ok());
    auto notice = post(QDate(2026, 9, 3));
    ASSERT_TRUE(notice.ok()) << notice.error().message.toStdString();
    EXPECT_TRUE(notice->showMaskedId);
    EXPECT_TRUE(notice->showsTier());
    ASSERT_EQ(notice->lines.size(), 1);
    const QString masked = notice->lines.first().maskedId;
    EXPECT_EQ(masked.size(), 18);
    EXPECT_TRUE(masked.contains(QStringLiteral("********")));

    // The list file carries the tier and the masked number, never the full one.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("notice.csv"));
    ASSERT_TRUE(writeNoticeCsv(*notice, csv).ok());
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("档次")));
    EXPECT_TRUE(text.contains(QStringLiteral(",B")));
    EXPECT_TRUE(text.contains(masked));
    auto st = s().db().prepare("SELECT id_number FROM members");
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(st->forEachRow([&] { EXPECT_FALSE(text.contains(st->text(0))); }).ok());
}

TEST_F(CaseworkPolicyTest, RedFlagsRequireTheAuthoritysVisitWhenThePolicySaysSo)
{
    // A member's occupation raises a red flag (cadre_occupations).
    HouseholdStore households(s());
    HouseholdFile file = households.load(householdOf(caseId)).value();
    Member m = file.members.first();
    m.occupation = QStringLiteral("村干部");
    ASSERT_TRUE(households.updateMember(m).ok());
    walkTo(CaseState::Confirmation);
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    ConfirmationQueue queue(s());
    auto d = queue.detail(caseId, QDate(2026, 9, 21));
    ASSERT_TRUE(d.ok()) << d.error().message.toStdString();
    ASSERT_FALSE(d->eligibility.value(QStringLiteral("red_flags")).toArray().isEmpty());
    EXPECT_FALSE(d->visit.required()); // default: red flags alone need no own visit

    ASSERT_TRUE(importRow(QStringLiteral("authority_visit"), QStringLiteral("red_flags"), true).ok());
    d = queue.detail(caseId, QDate(2026, 9, 21));
    ASSERT_TRUE(d.ok());
    EXPECT_TRUE(d->visit.grounds.contains(QStringLiteral("red_flags")));
    EXPECT_TRUE(d->item.blocked);
    TransitionInput in;
    in.onDate = QDate(2026, 9, 21);
    in.amount = 40000;
    const Status refused = step(QStringLiteral("confirm"), in, caseId);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("authority_visit_required"));
    EXPECT_EQ(state(), CaseState::Confirmation);
}

TEST_F(CaseworkPolicyTest, AnEmergencyExtensionMovesEveryDueDate)
{
    confirmCase(caseId, 40000, QDate(2026, 9, 30)); // review due 2027-03-30
    PeriodicReview review(s());
    EXPECT_EQ(review.dueList(QDate(2027, 3, 31))->size(), 1);
    ASSERT_TRUE(importRow(QStringLiteral("review_extension"), QStringLiteral("default"), 3).ok());
    EXPECT_EQ(review.extensionMonths(QDate(2027, 3, 31)), 3);
    EXPECT_TRUE(review.dueList(QDate(2027, 3, 31))->isEmpty());
    EXPECT_EQ(review.dueList(QDate(2027, 6, 30))->size(), 1);
}

} // namespace
