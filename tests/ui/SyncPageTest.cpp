// 同步 Sync as a page: the status with the hub, the Sync menu's own actions as its buttons, and the conflicts waiting
// for a person with each field by its translated label — and the one table of field labels covers every field that
// can conflict.
#include "FieldLabels.h"
#include "MainWindow.h"
#include "ModelCheck.h"
#include "SyncController.h"
#include "SyncDialogs.h"
#include "SyncMenu.h"
#include "SyncPage.h"
#include "UiTestEnvironment.h"
#include "support/SyncConflictSetup.h"
#include "sync/MergePolicy.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace dibao;
using namespace dibao::test;
using namespace dibao::uitest;

namespace {
class SyncPageTest : public UiTest {};
} // namespace

TEST_F(SyncPageTest, StatusActionsAndConflictsWithTheirFieldLabels)
{
    Hub hub;
    Device a;
    const QString countyValue = QStringLiteral("昭阳区北门街道12号");
    const HouseholdFile file = makeHouseholdConflict(hub, a, QStringLiteral("actual_address"), countyValue,
                                                     QStringLiteral("旧圃镇新村三组18号"));
    MainWindow window(a.session());
    window.sync()->setInteractive(false);
    window.show();
    SyncPage *page = window.syncPage();
    ASSERT_NE(page, nullptr);
    // The last page of the navigation (UI.md), for every role.
    QListWidget *nav = window.navigation();
    EXPECT_EQ(nav->item(nav->count() - 1)->text(), QStringLiteral("Sync"));
    window.showPage(MainWindow::Page::Sync);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Sync);

    ConflictModel *model = page->conflicts()->model();
    ModelCheck check(model);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page->conflictsLabel()->text().contains(QStringLiteral("1 conflict(s) waiting")), 10000);
    const QString field = model->index(0, ConflictModel::FieldColumn).data().toString();
    EXPECT_EQ(field, QStringLiteral("Actual address"));
    EXPECT_NE(field, QStringLiteral("actual_address"));
    const QString tip = model->index(0, ConflictModel::FieldColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Actual address"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("actual_address"))) << tip.toStdString();
    EXPECT_EQ(model->index(0, ConflictModel::LostColumn).data().toString(), countyValue);

    // The status: joined to the hub of the card, at its address; locked until a password opens the keys.
    const SyncSummary &summary = window.sync()->controller()->summary();
    EXPECT_FALSE(summary.hubId.isEmpty());
    EXPECT_TRUE(page->hubLabel()->text().contains(summary.hubId)) << page->hubLabel()->text().toStdString();
    EXPECT_TRUE(page->hubLabel()->text().contains(QStringLiteral("https://127.0.0.1:1")))
        << page->hubLabel()->text().toStdString();
    EXPECT_TRUE(page->stateLabel()->text().contains(QStringLiteral("locked"))) << page->stateLabel()->text().toStdString();
    EXPECT_TRUE(page->lastSyncLabel()->text().contains(QStringLiteral("never")));
    EXPECT_TRUE(page->pendingLabel()->text().contains(QStringLiteral("0 bundle(s) waiting")))
        << page->pendingLabel()->text().toStdString();
    // The buttons are the menu's own actions: one code path.
    EXPECT_EQ(page->syncNowButton()->defaultAction(), window.sync()->syncNowAction());
    EXPECT_EQ(page->exportButton()->defaultAction(), window.sync()->exportAction());
    EXPECT_EQ(page->importButton()->defaultAction(), window.sync()->importAction());

    // A pending change shows at once after the summary is read again.
    a.addHousehold(7);
    window.sync()->controller()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->pendingLabel()->text().contains(QStringLiteral("1 bundle(s) waiting")), 10000);

    // Resolving from the page: the other value comes back as a normal change; the list and the count follow.
    QSignalSpy resolved(page->conflicts(), &ConflictsPanel::resolved);
    page->conflicts()->resolveRow(0, SyncConflicts::Choice::Lost);
    ASSERT_TRUE(resolved.wait(10000));
    EXPECT_TRUE(resolved.first().at(0).toBool()) << page->conflicts()->messageLabel()->text().toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page->conflictsLabel()->text().contains(QStringLiteral("0 conflict(s) waiting")), 10000);
    EXPECT_EQ(householdText(a.session(), file.household.id, QStringLiteral("actual_address")), countyValue);
}

TEST_F(SyncPageTest, EveryFieldThatCanConflictHasALabel)
{
    TempDatabase db;
    int checked = 0;
    for (const MergePolicy::Row &row : MergePolicy::table()) {
        if (row.merge != MergePolicy::Merge::LastWriterWins)
            continue;
        EXPECT_NE(FieldLabels::entity(row.entity), row.entity) << row.entity.toStdString();
        auto st = db.session().db().prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(row.entity));
        ASSERT_TRUE(st.ok());
        ASSERT_TRUE(st->forEachRow([&] {
                          const QString column = st->text(0);
                          if (column == QLatin1String("id") || MergePolicy::isMetadataColumn(column)
                              || row.localFields.contains(column))
                              return;
                          ++checked;
                          EXPECT_FALSE(FieldLabels::find(row.entity, column).isEmpty())
                              << row.entity.toStdString() << "." << column.toStdString() << " has no label";
                      })
                        .ok());
    }
    EXPECT_GT(checked, 100);
    // An entity's own label wins over the shared one; unknown fields fall back to their stored name.
    EXPECT_EQ(FieldLabels::field(QStringLiteral("households"), QStringLiteral("current_amount")),
              QStringLiteral("Monthly amount in force"));
    EXPECT_EQ(FieldLabels::field(QStringLiteral("cases"), QStringLiteral("amount")), QStringLiteral("Decided amount"));
    EXPECT_EQ(FieldLabels::field(QStringLiteral("expense_items"), QStringLiteral("note")), QStringLiteral("Note"));
    EXPECT_EQ(FieldLabels::field(QStringLiteral("households"), QStringLiteral("no_such_field")),
              QStringLiteral("no_such_field"));
}
