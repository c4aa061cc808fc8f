#include "policy/PolicySet.h"

#include <gtest/gtest.h>

using namespace dibao;

namespace {

PolicyRow row(const char *kind, const char *key, QDate from, QJsonValue value, QDate until = {})
{
    PolicyRow r;
    r.kind = QString::fromLatin1(kind);
    r.key = QString::fromLatin1(key);
    r.effectiveFrom = from;
    r.effectiveUntil = until;
    r.issuer = QStringLiteral("issuer");
    r.documentNumber = QStringLiteral("doc");
    r.value = value;
    return r;
}

} // namespace

TEST(PolicySet, LatestRowOnOrBeforeTheDateIsInForce)
{
    const PolicySet set({row("standard", "urban", QDate(2024, 7, 1), 70000),
                         row("standard", "urban", QDate(2020, 1, 1), 64000),
                         row("standard", "rural", QDate(2020, 1, 1), 37500)});
    EXPECT_EQ(set.rowInForce(QStringLiteral("standard"), QStringLiteral("urban"), QDate(2019, 12, 31)), nullptr);
    EXPECT_EQ(set.integer(QStringLiteral("standard"), QStringLiteral("urban"), QDate(2020, 1, 1)), 64000);
    EXPECT_EQ(set.integer(QStringLiteral("standard"), QStringLiteral("urban"), QDate(2024, 6, 30)), 64000);
    EXPECT_EQ(set.integer(QStringLiteral("standard"), QStringLiteral("urban"), QDate(2024, 7, 1)), 70000);
    EXPECT_EQ(set.integer(QStringLiteral("standard"), QStringLiteral("rural"), QDate(2030, 1, 1)), 37500);
    EXPECT_EQ(set.rowsInForce(QStringLiteral("standard"), QDate(2025, 1, 1)).size(), 2);
    EXPECT_EQ(set.rowsOfKind(QStringLiteral("standard")).size(), 3);
}

TEST(PolicySet, EndedRowLeavesNothingInForce)
{
    const PolicySet set({row("income_excluded", "basic_pension", QDate(2021, 7, 1), true, QDate(2025, 12, 31))});
    EXPECT_EQ(set.boolean(QStringLiteral("income_excluded"), QStringLiteral("basic_pension"), QDate(2025, 12, 31)),
              true);
    EXPECT_FALSE(set.boolean(QStringLiteral("income_excluded"), QStringLiteral("basic_pension"), QDate(2026, 1, 1))
                     .has_value());
}

TEST(PolicySet, DefaultPolicyExcludesBasicPensionIn2025AndCountsItIn2026)
{
    const auto set = PolicySet::loadDefault();
    ASSERT_TRUE(set.ok()) << set.error().message.toStdString();
    const QString kind = QStringLiteral("income_excluded");
    EXPECT_EQ(set->boolean(kind, QStringLiteral("basic_pension"), QDate(2025, 6, 1)), true);
    EXPECT_EQ(set->boolean(kind, QStringLiteral("basic_pension"), QDate(2026, 1, 1)).value_or(false), false);
    // The other exclusions are open-ended.
    for (const char *key : {"preferential_care", "family_planning", "scholarship", "heroic_reward", "social_assistance"})
        EXPECT_EQ(set->boolean(kind, QString::fromLatin1(key), QDate(2030, 1, 1)), true) << key;
    EXPECT_EQ(set->integer(QStringLiteral("standard"), QStringLiteral("urban"), QDate(2025, 1, 1)), 64000);
    EXPECT_EQ(set->integer(QStringLiteral("standard"), QStringLiteral("rural"), QDate(2025, 1, 1)), 37500);
    const auto margin = set->ratio(QStringLiteral("margin_factor"), QStringLiteral("default"), QDate(2025, 1, 1));
    ASSERT_TRUE(margin.has_value());
    EXPECT_EQ(margin->num * 2, margin->den * 3);
    EXPECT_EQ(set->integer(QStringLiteral("review_months"), QStringLiteral("stable"), QDate(2025, 1, 1)), 12);
    EXPECT_EQ(set->integer(QStringLiteral("review_months"), QStringLiteral("other"), QDate(2025, 1, 1)), 6);
    EXPECT_EQ(set->integer(QStringLiteral("notice_days"), QStringLiteral("default"), QDate(2025, 1, 1)), 7);
    EXPECT_EQ(set->choice(QStringLiteral("appraisal"), QStringLiteral("default"), QDate(2025, 1, 1)),
              QStringLiteral("every_case"));
    EXPECT_EQ(set->choice(QStringLiteral("confirmer"), QStringLiteral("default"), QDate(2025, 1, 1)),
              QStringLiteral("county"));
}

TEST(PolicySet, TypedReadersRejectWrongTypes)
{
    const PolicySet set({row("rounding", "default", QDate(2020, 1, 1), QStringLiteral("fen"))});
    EXPECT_FALSE(set.integer(QStringLiteral("rounding"), QStringLiteral("default"), QDate(2021, 1, 1)).has_value());
    EXPECT_EQ(set.choice(QStringLiteral("rounding"), QStringLiteral("default"), QDate(2021, 1, 1)),
              QStringLiteral("fen"));
}
