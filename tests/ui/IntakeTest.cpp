// A scripted intake with real key events: from an empty form to a case, an invalid ID number refused with its
// reason, drafts kept out of the audit trail.
#include "CaseView.h"
#include "IdNumberEdit.h"
#include "IntakeForm.h"
#include "MainWindow.h"
#include "ModelCheck.h"
#include "TextTableModel.h"
#include "UiFixture.h"
#include "UiTestEnvironment.h"
#include "common/ChinaDate.h"
#include "store/CaseStore.h"
#include "store/DraftStore.h"
#include "support/TestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace dibao;
using namespace dibao::uitest;

namespace {
class IntakeTest : public UiTest {};

qint64 scalar(Session &s, const char *sql)
{
    auto st = s.db().prepare(sql);
    if (!st || !st->step().ok())
        return -1;
    return st->int64(0);
}
} // namespace

TEST_F(IntakeTest, KeyboardIntakeFromEmptyFormToCase)
{
    test::TempDatabase db;
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(activate(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); // Ctrl+N
    auto *form = qobject_cast<IntakeForm *>(window.currentWorkTab());
    ASSERT_NE(form, nullptr);
    ModelChecks checks(form->tableModels());

    typeText(form->villageField(), QStringLiteral("新村"));
    typeText(form->registeredAddressField(), QStringLiteral("新村三组12号"));

    // An invalid ID number: the reason appears when the user leaves the field, and adding is refused.
    typeText(form->memberNameField(), QStringLiteral("赵小梅"));
    form->memberIdField()->setFocus();
    typeText(form->memberIdField(), QStringLiteral("530602198003150012"));
    QTest::keyClick(form->memberIdField(), Qt::Key_Return); // Enter moves on: the field is left and checked
    EXPECT_FALSE(form->memberIdField()->isValidNumber());
    const QString reason = form->memberIdField()->reason();
    EXPECT_FALSE(reason.isEmpty());
    EXPECT_TRUE(form->memberIdInfo()->text().contains(reason));
    EXPECT_FALSE(form->addMemberFromEditor());
    EXPECT_TRUE(form->messageLabel()->text().contains(reason));
    EXPECT_EQ(form->tableModels().at(0)->rowCount(), 0);

    // Corrected: birth date and sex are filled in from the number.
    const QString valid = idNumberFor(db.session().divisionCode(), 901, false);
    form->memberIdField()->selectAll();
    QTest::keyClick(form->memberIdField(), Qt::Key_Backspace);
    typeText(form->memberIdField(), valid);
    QTest::keyClick(form->memberIdField(), Qt::Key_Tab);
    EXPECT_TRUE(form->memberIdField()->isValidNumber());
    EXPECT_TRUE(form->memberIdInfo()->text().contains(QStringLiteral("Female")));
    form->addMemberButton()->setFocus();
    QTest::keyClick(form->addMemberButton(), Qt::Key_Return);
    ASSERT_EQ(form->tableModels().at(0)->rowCount(), 1);

    // Income: 1,200 yuan a month over the last 12 months.
    form->incomeAmountField()->setFocus();
    typeText(form->incomeAmountField(), QStringLiteral("14400"));
    EXPECT_TRUE(form->addIncomeFromEditor());
    EXPECT_EQ(form->tableModels().at(1)->rowCount(), 1);

    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier); // Ctrl+S
    // The form gives way to the new case's tab.
    auto *view = qobject_cast<CaseView *>(window.currentWorkTab());
    ASSERT_NE(view, nullptr) << form->messageLabel()->text().toStdString();
    EXPECT_EQ(view->record().applicantName, QStringLiteral("赵小梅"));
    EXPECT_EQ(view->record().state, QStringLiteral("submitted"));
    EXPECT_EQ(view->household().incomes.size(), 1);
    CaseStore cases(db.session());
    auto count = cases.count(CaseFilter{});
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 1);
    EXPECT_TRUE(DraftStore(db.session()).list(QStringLiteral("intake"))->isEmpty());
}

TEST_F(IntakeTest, DraftsAutosaveOutsideTheAuditTrail)
{
    test::TempDatabase db;
    const qint64 auditBefore = scalar(db.session(), "SELECT count(*) FROM audit");
    QString draftId;
    {
        IntakeForm form(db.session(), QString());
        form.show();
        ASSERT_TRUE(activate(&form));
        typeText(form.villageField(), QStringLiteral("龙泉村"));
        typeText(form.memberNameField(), QStringLiteral("钱多多"));
        typeText(form.memberIdField(), idNumberFor(db.session().divisionCode(), 77, true));
        ASSERT_TRUE(form.addMemberFromEditor()) << form.messageLabel()->text().toStdString();
        EXPECT_TRUE(form.hasUnsavedChanges());
        // The autosave runs a moment after the last change.
        QTRY_VERIFY_WITH_TIMEOUT(!form.draftId().isEmpty(), 5000);
        draftId = form.draftId();
    }
    EXPECT_EQ(scalar(db.session(), "SELECT count(*) FROM drafts"), 1);
    EXPECT_EQ(scalar(db.session(), "SELECT count(*) FROM audit"), auditBefore);
    EXPECT_EQ(scalar(db.session(), "SELECT count(*) FROM audit WHERE entity = 'drafts'"), 0);

    // Reopening the draft brings the member back.
    IntakeForm again(db.session(), draftId);
    EXPECT_EQ(again.data().file.members.size(), 1);
    EXPECT_EQ(again.data().displayName(), QStringLiteral("钱多多"));
    EXPECT_EQ(again.data().file.household.villageName, QStringLiteral("龙泉村"));
    EXPECT_FALSE(again.hasUnsavedChanges());
}
