// Every model of the client under QAbstractItemModelTester (Warning mode, failures reported to GoogleTest).
#include "CaseListModel.h"
#include "ModelCheck.h"
#include "TextTableModel.h"
#include "TodayModel.h"
#include "UiFixture.h"
#include "UiTestEnvironment.h"
#include "common/ChinaDate.h"
#include "support/TestSupport.h"

using namespace dibao;
using namespace dibao::uitest;

namespace {
class ModelTest : public UiTest {};
}

TEST_F(ModelTest, CaseListPagesLazilyAndPassesTheTester)
{
    test::TempDatabase db;
    QString error;
    ASSERT_TRUE(populate(db.session(), 0, 450, chinaToday(), &error)) << error.toStdString();
    CaseListModel model(db.session());
    ModelCheck check(&model);
    model.setFilter(CaseFilter{});
    EXPECT_EQ(model.totalCount(), 450);
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    EXPECT_EQ(model.rowCount(), CaseListModel::kPageSize); // one page, not every row
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    EXPECT_EQ(model.rowCount(), 450);
    const QModelIndex first = model.index(0, CaseListModel::StateColumn);
    EXPECT_FALSE(first.data().toString().isEmpty());
    EXPECT_FALSE(first.data(CaseListModel::CaseIdRole).toString().isEmpty());
    // Amount column shows yuan with two decimals or a dash.
    const QString amount = model.index(0, CaseListModel::AmountColumn).data().toString();
    EXPECT_TRUE(amount == QStringLiteral("—") || amount.contains(QLatin1Char('.')));

    CaseFilter byState;
    byState.state = QStringLiteral("accepted");
    model.setFilter(byState);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    EXPECT_GT(model.rowCount(), 0);
    for (int r = 0; r < model.rowCount(); ++r)
        ASSERT_EQ(model.index(r, 0).data(CaseListModel::StateTokenRole).toString(), QStringLiteral("accepted"));
    model.retranslate();
}

TEST_F(ModelTest, CaseListLoadsPagesOnItsWorkerThread)
{
    test::TempDatabase db;
    QString error;
    ASSERT_TRUE(populate(db.session(), 0, 450, chinaToday(), &error)) << error.toStdString();
    CaseListModel model(db.session(), nullptr, CaseListModel::Loading::Background);
    ModelCheck check(&model);
    model.setFilter(CaseFilter{});
    EXPECT_TRUE(model.isLoading());
    ASSERT_TRUE(model.waitUntilLoaded());
    EXPECT_EQ(model.totalCount(), 450);
    EXPECT_EQ(model.rowCount(), CaseListModel::kPageSize);
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        ASSERT_TRUE(model.waitUntilLoaded());
    }
    EXPECT_EQ(model.rowCount(), 450);
    // A newer filter wins over answers still on their way for an older one.
    CaseFilter first;
    first.state = QStringLiteral("submitted");
    model.setFilter(first);
    CaseFilter second;
    second.state = QStringLiteral("accepted");
    model.setFilter(second);
    ASSERT_TRUE(model.waitUntilLoaded());
    for (int r = 0; r < model.rowCount(); ++r)
        ASSERT_EQ(model.index(r, 0).data(CaseListModel::StateTokenRole).toString(), QStringLiteral("accepted"));
    EXPECT_GT(model.rowCount(), 0);
}

TEST_F(ModelTest, CaseListSearchByNameIdAndVillage)
{
    test::TempDatabase db;
    QString error;
    ASSERT_TRUE(populate(db.session(), 0, 60, chinaToday(), &error)) << error.toStdString();
    CaseListModel model(db.session());
    ModelCheck check(&model);
    CaseFilter f;
    f.search = QStringLiteral("王"); // one character: a name prefix
    model.setFilter(f);
    EXPECT_GT(model.totalCount(), 0);
    EXPECT_LT(model.totalCount(), 60);
    f.search = idNumberFor(db.session().divisionCode(), 5 * 4, true);
    f.search = householdFor(db.session().divisionCode(), 5, chinaToday()).members.first().idNumber;
    model.setFilter(f);
    EXPECT_EQ(model.totalCount(), 1);
    f.search.clear();
    f.villageName = QStringLiteral("龙泉村");
    model.setFilter(f);
    EXPECT_GT(model.totalCount(), 0);
}

TEST_F(ModelTest, TodayGroupsDueWorkByClock)
{
    test::TempDatabase db;
    QString error;
    ASSERT_TRUE(populate(db.session(), 0, 40, chinaToday(), &error)) << error.toStdString();
    TodayModel model(db.session());
    ModelCheck check(&model);
    model.reload(30);
    ASSERT_GT(model.rowCount(), 0);
    int children = 0;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        EXPECT_FALSE(group.data(TodayModel::ClockRole).toString().isEmpty());
        children += model.rowCount(group);
        if (model.rowCount(group) > 0) {
            const QModelIndex item = model.index(0, TodayModel::DeadlineColumn, group);
            EXPECT_FALSE(item.data().toString().isEmpty());
            EXPECT_EQ(item.parent(), group);
        }
    }
    EXPECT_EQ(children, model.totalCount());
    model.retranslate();
}

// 工作台 opens with the earliest rows of each clock and loads the rest on request ("show more"), without losing
// its counts or its order.
TEST_F(ModelTest, TodayLoadsTheFirstRowsPerClockAndMoreOnRequest)
{
    test::TempDatabase db;
    QString error;
    ASSERT_TRUE(populate(db.session(), 0, 120, chinaToday(), &error)) << error.toStdString();
    TodayModel full(db.session());
    full.reload(30);
    TodayModel model(db.session());
    ModelCheck check(&model);
    model.setPageRows(2, 3);
    model.reload(30);
    ASSERT_EQ(model.rowCount(), full.rowCount());
    EXPECT_EQ(model.totalCount(), full.totalCount());
    EXPECT_EQ(model.overdueCount(), full.overdueCount());
    bool paged = false;
    for (int g = 0; g < model.rowCount(); ++g) {
        QModelIndex group = model.index(g, 0);
        const QModelIndex fullGroup = full.index(g, 0);
        const qint64 total = group.data(TodayModel::GroupCountRole).toLongLong();
        ASSERT_EQ(total, fullGroup.data(TodayModel::GroupCountRole).toLongLong());
        ASSERT_EQ(group.data().toString(), fullGroup.data().toString()); // the same title and counts
        if (total <= 2) {
            EXPECT_EQ(model.rowCount(group), total);
            continue;
        }
        paged = true;
        // Two rows and the "show more" row, which names how many are waiting.
        ASSERT_EQ(model.rowCount(group), 3);
        QModelIndex more = model.index(2, 0, group);
        EXPECT_TRUE(more.data(TodayModel::MoreRole).toBool());
        EXPECT_TRUE(more.data().toString().contains(QString::number(total - 2))) << more.data().toString().toStdString();
        auto loaded = [&] {
            const int n = model.rowCount(group);
            return model.index(n - 1, 0, group).data(TodayModel::MoreRole).toBool() ? n - 1 : n;
        };
        while (loaded() < total) {
            const int before = loaded();
            model.loadMore(g);
            group = model.index(g, 0);
            ASSERT_EQ(loaded(), qMin<qint64>(before + 3, total)); // three more each time
        }
        // Everything loaded: the same rows, in the same order, as a model that loaded them all at once.
        ASSERT_EQ(model.rowCount(group), total);
        for (int r = 0; r < total; ++r) {
            const QModelIndex a = model.index(r, TodayModel::WhatColumn, group);
            const QModelIndex b = full.index(r, TodayModel::WhatColumn, fullGroup);
            ASSERT_EQ(a.data(TodayModel::CaseIdRole), b.data(TodayModel::CaseIdRole)) << r;
            ASSERT_EQ(a.data(TodayModel::HouseholdIdRole), b.data(TodayModel::HouseholdIdRole)) << r;
            ASSERT_FALSE(a.data(TodayModel::MoreRole).toBool());
        }
        EXPECT_EQ(group.data().toString(), fullGroup.data().toString());
    }
    EXPECT_TRUE(paged) << "the fixture should have a clock with more than two rows";
}

TEST_F(ModelTest, TextTableModelPassesTheTester)
{
    TextTableModel model;
    ModelCheck check(&model);
    model.setHeaders({QStringLiteral("a"), QStringLiteral("b")});
    model.setRows({{{QStringLiteral("1"), QStringLiteral("2")}, QStringLiteral("k"), QString(), true},
                   {{QStringLiteral("3")}, QString(), QStringLiteral("tip"), false}});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1, 1).data().toString(), QString());
    model.setHeaders({QStringLiteral("x")});
    EXPECT_EQ(model.rowCount(), 0);
}
