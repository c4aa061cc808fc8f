// Editing a household after intake: allowed while its case is open, audited field by field; once decided, only
// through a periodic review.
#include "workflow/WorkflowFixture.h"

using namespace dibao;
using namespace dibao::test;

namespace {

class HouseholdAmendTest : public WorkflowFixture {
protected:
    qint64 audits(const QString &entity)
    {
        auto st = s().db().prepare("SELECT count(*) FROM audit WHERE entity = ? AND action = 'update'");
        st->bind(1, entity);
        EXPECT_TRUE(st->step().ok());
        return st->int64(0);
    }
    HouseholdFile file()
    {
        CaseStore cases(s());
        return HouseholdStore(s()).load(cases.get(caseId)->householdId).value();
    }
};

TEST_F(HouseholdAmendTest, AnOpenCaseLetsTheFileChangeAuditedAndTheCaseFollows)
{
    HouseholdFile f = file();
    const qint64 householdAudits = audits(QStringLiteral("households"));
    f.household.phone = QStringLiteral("13800001111");
    f.household.actualAddress = QStringLiteral("旧圃镇新村3组12号");
    f.members[0].name = QStringLiteral("王改名");
    Member baby;
    baby.name = QStringLiteral("王小宝");
    baby.idNumber = makeIdNumber(QStringLiteral("530602"), QDate(2025, 3, 1), 13);
    baby.relation = Relation::Child;
    f.members << baby;
    f.incomes[0].amount += 10000;
    AssetItem deposit;
    deposit.kind = QStringLiteral("deposit");
    deposit.value = 500000;
    f.assets << deposit;
    const Status st = HouseholdStore(s()).amend(f);
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();

    const HouseholdFile back = file();
    EXPECT_EQ(back.household.phone, QStringLiteral("13800001111"));
    EXPECT_EQ(back.household.actualAddress, QStringLiteral("旧圃镇新村3组12号"));
    EXPECT_EQ(back.members.size(), 4);
    EXPECT_EQ(back.incomes[0].amount, f.incomes[0].amount);
    EXPECT_EQ(back.assets.size(), f.assets.size());
    EXPECT_EQ(audits(QStringLiteral("households")), householdAudits + 1);
    EXPECT_GE(audits(QStringLiteral("members")), 1);
    EXPECT_GE(audits(QStringLiteral("income_items")), 1);
    const CaseRecord c = CaseStore(s()).get(caseId).value();
    EXPECT_EQ(c.applicantName, QStringLiteral("王改名"));
    EXPECT_EQ(c.memberCount, 4);

    // Nothing is removed: a member leaves with a reason, an item is corrected.
    HouseholdFile fewer = file();
    fewer.members.removeLast();
    EXPECT_EQ(HouseholdStore(s()).amend(fewer).error().code, QStringLiteral("member_removed"));
    fewer = file();
    fewer.incomes.clear();
    EXPECT_EQ(HouseholdStore(s()).amend(fewer).error().code, QStringLiteral("item_removed"));
    // An invalid ID number is refused with its reason and nothing is written.
    HouseholdFile bad = file();
    bad.members[1].idNumber = QStringLiteral("530602198001011235");
    const qint64 before = audits(QStringLiteral("members"));
    EXPECT_FALSE(HouseholdStore(s()).amend(bad).ok());
    EXPECT_EQ(audits(QStringLiteral("members")), before);
}

TEST_F(HouseholdAmendTest, ADecidedCaseIsChangedOnlyThroughAReview)
{
    walkTo(CaseState::Confirmation);
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    m_date = QDate(2026, 9, 30);
    ok(QStringLiteral("confirm"));
    db->actAsRole(Role::TownshipAssistant, QStringLiteral("钱助理"));
    HouseholdFile f = file();
    f.household.phone = QStringLiteral("13900002222");
    const Status refused = HouseholdStore(s()).amend(f);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("household_decided"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("review"))) << refused.error().message.toStdString();
    EXPECT_NE(file().household.phone, QStringLiteral("13900002222"));
    // A periodic review opened: the file may change again.
    db->actAsRole(Role::TownshipAdmin, QStringLiteral("孙站长"));
    ASSERT_TRUE(CaseStore(s()).openReview(f.household.id, QDate(2026, 11, 27), QStringLiteral("家庭收入变化")).ok());
    db->actAsRole(Role::TownshipAssistant, QStringLiteral("钱助理"));
    const Status amended = HouseholdStore(s()).amend(f);
    ASSERT_TRUE(amended.ok()) << amended.error().message.toStdString();
    EXPECT_EQ(file().household.phone, QStringLiteral("13900002222"));
}

} // namespace
