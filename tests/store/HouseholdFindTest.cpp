// HouseholdStore::find: a household chosen by a present member's name prefix or ID number, with its applicant.
#include "store/HouseholdStore.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

namespace dibao::test {
namespace {

TEST(HouseholdFindTest, ByNamePrefixOrIdNumberPresentMembersOnce)
{
    TempDatabase db;
    HouseholdStore store(db.session());
    HouseholdFile a = sampleHousehold(QDate(2026, 11, 1), 0);
    HouseholdFile b = sampleHousehold(QDate(2026, 11, 1), 1);
    ASSERT_TRUE(store.create(a).ok());
    ASSERT_TRUE(store.create(b).ok());
    const Member &spouse = a.members.at(1);

    // The spouse's full name: her household once, with its applicant and the member who matched.
    auto byName = store.find(spouse.name);
    ASSERT_TRUE(byName.ok()) << byName.error().message.toStdString();
    ASSERT_FALSE(byName->isEmpty());
    bool found = false;
    for (const HouseholdMatch &m : *byName) {
        EXPECT_NE(m.householdId, QString());
        if (m.householdId == a.household.id) {
            EXPECT_FALSE(found) << "listed twice";
            found = true;
            EXPECT_EQ(m.applicantName, a.members.first().name);
            EXPECT_EQ(m.memberName, spouse.name);
            EXPECT_EQ(m.divisionCode, a.household.divisionCode);
        }
    }
    EXPECT_TRUE(found);
    // A one-character prefix finds both households' surname holders; the ID number finds exactly one.
    auto byPrefix = store.find(a.members.first().name.left(1));
    ASSERT_TRUE(byPrefix.ok());
    EXPECT_GE(byPrefix->size(), 1);
    auto byId = store.find(b.members.first().idNumber);
    ASSERT_TRUE(byId.ok());
    ASSERT_EQ(byId->size(), 1);
    EXPECT_EQ(byId->first().householdId, b.household.id);
    EXPECT_TRUE(store.find(QStringLiteral("   "))->isEmpty());
    EXPECT_TRUE(store.find(QStringLiteral("查无此人"))->isEmpty());
}

} // namespace
} // namespace dibao::test
