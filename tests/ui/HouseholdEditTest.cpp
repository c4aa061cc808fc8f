// Editing a household after intake: the intake form in edit mode, from the case view, saved with Ctrl+S, audited.
#include "CaseView.h"
#include "IntakeForm.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "UiTestEnvironment.h"
#include "common/ChinaDate.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "support/TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace dibao;
using namespace dibao::uitest;

namespace {

class HouseholdEditTest : public UiTest {};

qint64 householdAudits(Session &s)
{
    auto st = s.db().prepare("SELECT count(*) FROM audit WHERE entity = 'households' AND action = 'update'");
    EXPECT_TRUE(st->step().ok());
    return st->int64(0);
}

} // namespace

TEST_F(HouseholdEditTest, TheIntakeFormEditsTheHouseholdOfACaseWithRealKeys)
{
    test::TempDatabase db;
    const QString caseId = addApplication(db.session(), 7, chinaToday());
    ASSERT_FALSE(caseId.isEmpty());
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(activate(&window));
    auto *view = qobject_cast<CaseView *>(window.openCase(caseId));
    ASSERT_NE(view, nullptr);
    auto *edit = view->findChild<QPushButton *>(QStringLiteral("action_edit_household"));
    ASSERT_NE(edit, nullptr);
    edit->click();
    auto *form = qobject_cast<IntakeForm *>(window.currentWorkTab());
    ASSERT_NE(form, nullptr);
    ASSERT_TRUE(form->isEditMode());
    EXPECT_TRUE(form->saveButton()->isEnabled());
    const QString before = form->phoneField()->text();
    EXPECT_FALSE(before.isEmpty() && form->registeredAddressField()->text().isEmpty()); // the file is loaded

    const qint64 audits = householdAudits(db.session());
    form->phoneField()->setFocus();
    form->phoneField()->selectAll();
    QTest::keyClick(form->phoneField(), Qt::Key_Delete);
    typeText(form->phoneField(), QStringLiteral("13712345678"));
    form->actualAddressField()->selectAll();
    typeText(form->actualAddressField(), QStringLiteral("新村5组8号"));
    EXPECT_TRUE(form->hasUnsavedChanges());
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(form->hasUnsavedChanges()) << form->messageLabel()->text().toStdString();

    const CaseRecord c = CaseStore(db.session()).get(caseId).value();
    const Household h = HouseholdStore(db.session()).household(c.householdId).value();
    EXPECT_EQ(h.phone, QStringLiteral("13712345678"));
    EXPECT_EQ(h.actualAddress, QStringLiteral("新村5组8号"));
    EXPECT_EQ(householdAudits(db.session()), audits + 1); // one audited update, no draft
    // The case view, still open, shows the household as it is now.
    EXPECT_EQ(view->household().household.phone, QStringLiteral("13712345678"));
    // Opening the edit again goes to the same tab.
    EXPECT_EQ(window.editHousehold(caseId), form);
}
