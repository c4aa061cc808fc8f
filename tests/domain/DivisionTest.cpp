#include "domain/Division.h"

#include <gtest/gtest.h>

using namespace dibao;

TEST(Division, ElevenCountiesAndOneHundredFiftyTownships)
{
    const DivisionRegistry &r = DivisionRegistry::instance();
    const QList<Division> counties = r.counties();
    EXPECT_EQ(counties.size(), 11);
    int townships = 0;
    for (const Division &c : counties) {
        EXPECT_EQ(c.parentCode, QStringLiteral("530600"));
        townships += int(r.townshipsOf(c.code).size());
    }
    EXPECT_EQ(townships, 150);
    EXPECT_TRUE(r.isCity(QStringLiteral("530600")));
}

TEST(Division, Lookups)
{
    const DivisionRegistry &r = DivisionRegistry::instance();
    const Division *d = r.find(QStringLiteral("530602001"));
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->name, QString::fromUtf8("凤凰街道"));
    EXPECT_EQ(d->parentCode, QStringLiteral("530602"));
    EXPECT_EQ(d->level, DivisionLevel::Township);
    EXPECT_TRUE(r.isTownship(QStringLiteral("530602001")));
    EXPECT_FALSE(r.isCounty(QStringLiteral("530602001")));
    EXPECT_TRUE(r.isCounty(QStringLiteral("530681")));
    EXPECT_EQ(r.name(QStringLiteral("530681")), QString::fromUtf8("水富市"));
    EXPECT_EQ(r.fullName(QStringLiteral("530602001")), QString::fromUtf8("昭阳区 凤凰街道"));
    EXPECT_EQ(r.fullName(QStringLiteral("530602")), QString::fromUtf8("昭阳区"));
    EXPECT_EQ(r.fullName(QStringLiteral("530602001002")), QString::fromUtf8("昭阳区 凤凰街道"));
    EXPECT_EQ(r.countyOf(QStringLiteral("530681001")), QStringLiteral("530681"));
    EXPECT_EQ(r.townshipsOf(QStringLiteral("530627")).size(), 30); // 镇雄县
    EXPECT_EQ(r.townshipsOf(QStringLiteral("530681")).size(), 4);  // 水富市
    EXPECT_TRUE(r.townshipsOf(QStringLiteral("999999")).isEmpty());
    EXPECT_EQ(r.find(QStringLiteral("530630")), nullptr); // obsolete 水富县: not a current division
    EXPECT_TRUE(r.fullName(QStringLiteral("123")).isEmpty());
}

TEST(Division, TownshipsAreSortedAndBelongToTheirCounty)
{
    const DivisionRegistry &r = DivisionRegistry::instance();
    const QList<Division> list = r.townshipsOf(QStringLiteral("530602"));
    ASSERT_FALSE(list.isEmpty());
    for (int i = 0; i < list.size(); ++i) {
        EXPECT_TRUE(list.at(i).code.startsWith(QStringLiteral("530602")));
        if (i > 0) {
            EXPECT_LT(list.at(i - 1).code, list.at(i).code);
        }
    }
}

TEST(Division, VillageCodeForm)
{
    const DivisionRegistry &r = DivisionRegistry::instance();
    EXPECT_TRUE(r.validateVillageCode(QStringLiteral("530602001001")).ok());
    EXPECT_EQ(r.validateVillageCode(QStringLiteral("530602001000")).error().code, QStringLiteral("village_code_form"));
    EXPECT_EQ(r.validateVillageCode(QStringLiteral("53060200100")).error().code, QStringLiteral("village_code_form"));
    EXPECT_EQ(r.validateVillageCode(QStringLiteral("53060200100a")).error().code, QStringLiteral("village_code_form"));
    EXPECT_EQ(r.validateVillageCode(QStringLiteral("530699001001")).error().code,
              QStringLiteral("village_code_township"));
}

TEST(Division, CsvErrorsAreReported)
{
    EXPECT_FALSE(DivisionRegistry::fromCsv("code,name,parent_code,level\n530602,x,530600,county\n").ok()); // no parent
    EXPECT_FALSE(DivisionRegistry::fromCsv("code,name,parent_code,level\n530600,x,530000,town\n").ok());
    EXPECT_FALSE(DivisionRegistry::fromCsv("code,name,parent_code,level\n530600,x,530000,city\n530600,y,530000,city\n")
                     .ok());
    const auto ok = DivisionRegistry::fromCsv("code,name,parent_code,level\r\n530600,x,530000,city\r\n");
    ASSERT_TRUE(ok.ok());
    EXPECT_TRUE(ok->isCity(QStringLiteral("530600")));
}
