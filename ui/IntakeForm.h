#pragma once

#include "IntakeData.h"
#include "WorkTab.h"

#include <QList>

#include <utility>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableView;
class QTimer;

namespace dibao {

class IdNumberEdit;
class Session;
class TextTableModel;
struct Draft;

// 受理申请: a new application in the order of the paper form — application, household, members, income, assets,
// documents checklist, near-relative declaration. Enter moves to the next field; an ID number is checked as the
// user leaves it. Work in progress autosaves to the drafts table (not audited, not synced); Ctrl+S stores the
// household and creates the application case in one transaction.
class IntakeForm : public WorkTab {
    Q_OBJECT

public:
    IntakeForm(Session &session, const QString &draftId, QWidget *parent = nullptr);
    // Edit mode: the household of an existing case in the same form (address, phone, members, income, assets),
    // saved through HouseholdStore::amend (audited). The application's own fields and checklist stay with the case.
    // Refused by the core once the case is decided (a periodic review first): the form then shows why, read-only.
    static IntakeForm *editHousehold(Session &session, const QString &caseId, QWidget *parent = nullptr);
    bool isEditMode() const { return !m_editCaseId.isEmpty(); }
    QString editedCaseId() const { return m_editCaseId; }

    QString tabKey() const override;
    QString tabTitle() const override;
    bool canSave() const override { return true; }
    bool save() override;
    bool confirmClose() override;

    void focusFirstField();
    void scrollTo(QWidget *field);
    bool hasUnsavedChanges() const { return m_dirty; }
    QString draftId() const { return m_draftId; }
    // Writes the draft now (the timer does it a moment after each change).
    bool saveDraftNow();
    IntakeData data() const;
    QString savedCaseId() const { return m_savedCaseId; }

    // Adds the member in the editor; false (with the reason shown) if the editor's content is refused.
    bool addMemberFromEditor();
    bool addIncomeFromEditor();
    bool addAssetFromEditor();

    // Widgets for keyboard-driven tests and screenshots.
    QLineEdit *memberNameField() const { return m_memberName; }
    IdNumberEdit *memberIdField() const { return m_memberId; }
    QLabel *memberIdInfo() const { return m_memberIdInfo; }
    QComboBox *memberRelationField() const { return m_memberRelation; }
    QPushButton *addMemberButton() const { return m_addMember; }
    QComboBox *villageField() const { return m_village; }
    QLineEdit *registeredAddressField() const { return m_registeredAddress; }
    QLineEdit *actualAddressField() const { return m_actualAddress; }
    QLineEdit *phoneField() const { return m_phone; }
    QPushButton *saveButton() const { return m_save; }
    QLineEdit *incomeAmountField() const { return m_incomeAmount; }
    QComboBox *incomeMemberField() const { return m_incomeMember; }
    QPushButton *addIncomeButton() const { return m_addIncome; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *draftLabelWidget() const { return m_draftStatus; }
    QList<TextTableModel *> tableModels() const;

    static QString draftLabel(const Draft &draft);

    static constexpr int kAutosaveDelayMs = 800;

signals:
    void saved(const QString &caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void load(const IntakeData &data);
    void markChanged();
    void refreshTables();
    void refreshMemberChoices();
    void showMessage(const QString &text, bool error = true);
    void removeSelected(QTableView *view, int which);

    bool saveEdit();

    Session &m_session;
    QString m_editCaseId;
    HouseholdFile m_editOriginal; // edit mode: the file as loaded (ids, expenses and decision fields kept)
    QString m_draftId;
    QString m_savedCaseId;
    bool m_dirty = false;
    bool m_loading = false;
    QList<Member> m_members;
    QList<IncomeItem> m_incomes;
    QList<AssetItem> m_assets;
    QTimer *m_autosave = nullptr;
    QScrollArea *m_scroll = nullptr;

    // Application
    QComboBox *m_channel = nullptr;
    QLineEdit *m_entrusted = nullptr;
    QDateEdit *m_submitted = nullptr;
    // Household
    QComboBox *m_township = nullptr;
    QComboBox *m_village = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_registeredAddress = nullptr;
    QLineEdit *m_actualAddress = nullptr;
    QCheckBox *m_separated = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_bankName = nullptr;
    QLineEdit *m_bankAccount = nullptr;
    QCheckBox *m_stable = nullptr;
    // Members
    TextTableModel *m_memberTable = nullptr;
    QTableView *m_memberView = nullptr;
    QLineEdit *m_memberName = nullptr;
    IdNumberEdit *m_memberId = nullptr;
    QLabel *m_memberIdInfo = nullptr;
    QComboBox *m_memberRelation = nullptr;
    QComboBox *m_memberHealth = nullptr;
    QComboBox *m_memberDisability = nullptr;
    QSpinBox *m_memberGrade = nullptr;
    QCheckBox *m_memberIllness = nullptr;
    QComboBox *m_memberWork = nullptr;
    QLineEdit *m_memberOccupation = nullptr;
    QComboBox *m_memberStudent = nullptr;
    QCheckBox *m_memberFullTime = nullptr;
    QComboBox *m_memberCounted = nullptr;
    QPushButton *m_addMember = nullptr;
    QPushButton *m_removeMember = nullptr;
    QComboBox *m_applicant = nullptr;
    // Income
    TextTableModel *m_incomeTable = nullptr;
    QTableView *m_incomeView = nullptr;
    QComboBox *m_incomeMember = nullptr;
    QComboBox *m_incomeKind = nullptr;
    QLineEdit *m_incomeAmount = nullptr;
    QDateEdit *m_incomeFrom = nullptr;
    QDateEdit *m_incomeTo = nullptr;
    QLineEdit *m_incomeWorkCosts = nullptr;
    QLineEdit *m_incomeTaxes = nullptr;
    QLineEdit *m_incomeInsurance = nullptr;
    QLineEdit *m_incomeSupport = nullptr;
    QLineEdit *m_incomeNote = nullptr;
    QPushButton *m_addIncome = nullptr;
    QPushButton *m_removeIncome = nullptr;
    // Assets
    TextTableModel *m_assetTable = nullptr;
    QTableView *m_assetView = nullptr;
    QComboBox *m_assetMember = nullptr;
    QComboBox *m_assetKind = nullptr;
    QComboBox *m_assetVehicle = nullptr;
    QLineEdit *m_assetValue = nullptr;
    QSpinBox *m_assetCount = nullptr;
    QLineEdit *m_assetArea = nullptr;
    QCheckBox *m_assetExempt = nullptr;
    QLineEdit *m_assetExemptReason = nullptr;
    QLineEdit *m_assetNote = nullptr;
    QPushButton *m_addAsset = nullptr;
    QPushButton *m_removeAsset = nullptr;
    // Documents
    QList<QComboBox *> m_documentStatus;
    // Near relatives
    QCheckBox *m_nearRelative = nullptr;
    QLineEdit *m_nearRelativeNote = nullptr;
    // Bottom
    QLabel *m_message = nullptr;
    QLabel *m_draftStatus = nullptr;
    QPushButton *m_save = nullptr;
    QList<std::pair<QLabel *, const char *>> m_labelSources;
};

} // namespace dibao
