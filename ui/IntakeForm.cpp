#include "IntakeForm.h"

#include "DisplayText.h"
#include "IdNumberEdit.h"
#include "TextTableModel.h"
#include "TransitionDialog.h"
#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "domain/Division.h"
#include "domain/Tokens.h"
#include "store/CaseStore.h"
#include "store/DraftStore.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"
#include "store/VillageList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

#include <initializer_list>

namespace dibao {

namespace {

template <typename E>
void fillEnumCombo(QComboBox *combo, const std::function<QString(E)> &text)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const QString &token : allTokens<E>())
        combo->addItem(text(*fromToken<E>(token)), token);
    const int i = combo->findData(current);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

void fillTokenCombo(QComboBox *combo, const QStringList &tokens, const std::function<QString(const QString &)> &text)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const QString &t : tokens)
        combo->addItem(text(t), t);
    const int i = combo->findData(current);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

QLineEdit *moneyEdit(QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^\\d{0,9}(\\.\\d{0,2})?$")), e));
    e->setAlignment(Qt::AlignRight);
    return e;
}

QDateEdit *monthEdit(const QDate &date, QWidget *parent)
{
    auto *e = new QDateEdit(date, parent);
    e->setDisplayFormat(QStringLiteral("yyyy-MM"));
    return e;
}

Fen fenOrZero(const QLineEdit *e)
{
    const Fen f = TransitionDialog::parseYuan(e->text());
    return f < 0 ? 0 : f;
}

} // namespace

IntakeForm::IntakeForm(Session &session, const QString &draftId, QWidget *parent)
    : WorkTab(parent), m_session(session), m_draftId(draftId)
{
    setObjectName(QStringLiteral("intakeForm"));
    buildUi();
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { saveDraftNow(); });
    retranslate();
    // Township offices see rural households most.
    m_area->setCurrentIndex(qMax(0, m_area->findData(toToken(Area::Rural))));
    if (!m_draftId.isEmpty()) {
        DraftStore drafts(m_session);
        auto draft = drafts.load(m_draftId);
        if (draft && *draft)
            load(IntakeData::fromJson((*draft)->payload));
    }
    refreshTables();
    m_dirty = false;
}

IntakeForm *IntakeForm::editHousehold(Session &session, const QString &caseId, QWidget *parent)
{
    auto *form = new IntakeForm(session, QString(), parent);
    form->m_editCaseId = caseId;
    form->m_autosave->stop();
    CaseStore cases(session);
    auto record = cases.get(caseId);
    HouseholdStore households(session);
    auto file = record ? households.load(record->householdId) : Result<HouseholdFile>(record.error());
    if (!file) {
        form->showMessage(file.error().message);
        form->m_scroll->setEnabled(false);
        form->m_save->setEnabled(false);
        return form;
    }
    form->m_editOriginal = *file;
    IntakeData d;
    d.file = *file;
    d.applicantMemberId = record->applicantMemberId;
    d.channel = record->channel.isEmpty() ? QStringLiteral("in_person") : record->channel;
    d.entrustedName = record->entrustedName;
    d.nearRelativeDeclared = record->nearRelativeDeclared;
    d.nearRelativeNote = record->nearRelativeNote;
    d.submittedOn = record->submittedOn;
    auto documents = cases.documents(caseId);
    if (documents)
        d.documents = *documents;
    form->load(d);
    // What belongs to the application (and the township, which a transfer changes) is not edited here.
    for (QWidget *w : std::initializer_list<QWidget *>{form->m_channel, form->m_entrusted, form->m_submitted,
                                                       form->m_township, form->m_applicant, form->m_nearRelative,
                                                       form->m_nearRelativeNote})
        w->setEnabled(false);
    for (QComboBox *c : std::as_const(form->m_documentStatus))
        c->setEnabled(false);
    form->m_draftStatus->setText(tr("Editing the household of case %1: each change is recorded in the audit trail.")
                                     .arg(caseId.left(8)));
    if (Status allowed = households.checkAmendable(file->household.id); !allowed) {
        form->showMessage(allowed.error().message);
        form->m_scroll->setEnabled(false);
        form->m_save->setEnabled(false);
    }
    form->m_dirty = false;
    emit form->titleChanged();
    return form;
}

QString IntakeForm::tabKey() const
{
    if (!m_editCaseId.isEmpty())
        return QStringLiteral("edit:") + m_editCaseId;
    return m_draftId.isEmpty() ? QStringLiteral("intake:%1").arg(quintptr(this)) : QStringLiteral("draft:") + m_draftId;
}

QString IntakeForm::tabTitle() const
{
    const QString name = data().displayName();
    if (!m_editCaseId.isEmpty())
        return tr("Household of %1").arg(name);
    return name.isEmpty() ? tr("New application") : tr("New application: %1").arg(name);
}

QString IntakeForm::draftLabel(const Draft &draft)
{
    const IntakeData d = IntakeData::fromJson(draft.payload);
    const QDateTime at = QDateTime::fromString(draft.updatedAt, Qt::ISODateWithMs).toOffsetFromUtc(kChinaOffsetSeconds);
    const QString name = d.displayName().isEmpty() ? tr("(no member yet)") : d.displayName();
    return tr("%1 — %2, saved %3").arg(name, d.file.household.villageName, at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

void IntakeForm::buildUi()
{
    auto *body = new QWidget(this);
    auto *column = new QVBoxLayout(body);
    // Labels are translated again on a language change; their sources are marked for lupdate below.
    auto label = [this](const char *source) {
        auto *l = new QLabel(this);
        m_labelSources.append({l, source});
        return l;
    };
    auto section = [this, column, &label](const char *title) {
        auto *box = new QGroupBox(this);
        auto *layout = new QVBoxLayout(box);
        QLabel *t = label(title);
        QFont f = t->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.1);
        t->setFont(f);
        layout->addWidget(t);
        column->addWidget(box);
        return layout;
    };
    auto row = [&label](QFormLayout *form, const char *text, QWidget *field) {
        QLabel *l = label(text);
        l->setBuddy(field);
        form->addRow(l, field);
    };

    // 1. Application
    {
        auto *form = new QFormLayout;
        section(QT_TR_NOOP("1. Application"))->addLayout(form);
        m_channel = new QComboBox(this);
        m_channel->setObjectName(QStringLiteral("intakeChannel"));
        m_entrusted = new QLineEdit(this);
        m_entrusted->setObjectName(QStringLiteral("intakeEntrusted"));
        m_submitted = new QDateEdit(chinaToday(), this);
        m_submitted->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_submitted->setCalendarPopup(true);
        m_submitted->setMaximumDate(chinaToday());
        row(form, QT_TR_NOOP("&Channel:"), m_channel);
        row(form, QT_TR_NOOP("&Entrusted person:"), m_entrusted);
        row(form, QT_TR_NOOP("&Submitted on:"), m_submitted);
        connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
            m_entrusted->setEnabled(m_channel->currentData().toString() == QLatin1String("entrusted"));
        });
    }

    // 2. Household
    {
        auto *form = new QFormLayout;
        section(QT_TR_NOOP("2. Household"))->addLayout(form);
        m_township = new QComboBox(this);
        m_township->setObjectName(QStringLiteral("intakeTownship"));
        const DivisionRegistry &divisions = DivisionRegistry::instance();
        if (m_session.isCounty()) {
            for (const Division &d : divisions.townshipsOf(m_session.divisionCode()))
                m_township->addItem(d.name, d.code);
        } else {
            m_township->addItem(divisions.fullName(m_session.divisionCode()), m_session.divisionCode());
            m_township->setEnabled(false);
        }
        m_village = new QComboBox(this);
        m_village->setObjectName(QStringLiteral("intakeVillage"));
        m_village->setEditable(true);
        m_village->setInsertPolicy(QComboBox::NoInsert);
        if (auto names = VillageList::names(m_session))
            m_village->addItems(*names);
        m_village->setCurrentIndex(-1);
        m_village->setEditText(QString());
        m_area = new QComboBox(this);
        m_registeredAddress = new QLineEdit(this);
        m_registeredAddress->setObjectName(QStringLiteral("intakeRegisteredAddress"));
        m_actualAddress = new QLineEdit(this);
        m_separated = new QCheckBox(this);
        m_phone = new QLineEdit(this);
        m_bankName = new QLineEdit(this);
        m_bankAccount = new QLineEdit(this);
        m_stable = new QCheckBox(this);
        row(form, QT_TR_NOOP("Township:"), m_township);
        row(form, QT_TR_NOOP("&Village:"), m_village);
        row(form, QT_TR_NOOP("&Area:"), m_area);
        row(form, QT_TR_NOOP("&Registered address:"), m_registeredAddress);
        row(form, QT_TR_NOOP("Ac&tual address:"), m_actualAddress);
        row(form, QT_TR_NOOP("Registered and actual residence differ:"), m_separated);
        row(form, QT_TR_NOOP("&Phone:"), m_phone);
        row(form, QT_TR_NOOP("&Bank:"), m_bankName);
        row(form, QT_TR_NOOP("Account &number:"), m_bankAccount);
        row(form, QT_TR_NOOP("Stable household (reviewed every 12 months):"), m_stable);
    }

    // 3. Members
    {
        QVBoxLayout *box = section(QT_TR_NOOP("3. Members"));
        m_memberTable = new TextTableModel(this);
        m_memberView = new QTableView(this);
        m_memberView->setObjectName(QStringLiteral("intakeMembers"));
        m_memberView->setModel(m_memberTable);
        m_memberView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_memberView->verticalHeader()->hide();
        m_memberView->horizontalHeader()->setStretchLastSection(true);
        m_memberView->setMinimumHeight(fontMetrics().height() * 7);
        m_memberView->setFocusPolicy(Qt::ClickFocus);
        box->addWidget(m_memberView);
        auto *form = new QGridLayout;
        box->addLayout(form);
        m_memberName = new QLineEdit(this);
        m_memberName->setObjectName(QStringLiteral("intakeMemberName"));
        m_memberId = new IdNumberEdit(this);
        m_memberId->setObjectName(QStringLiteral("intakeMemberId"));
        m_memberIdInfo = new QLabel(this);
        m_memberIdInfo->setObjectName(QStringLiteral("intakeMemberIdInfo"));
        m_memberIdInfo->setWordWrap(true);
        m_memberRelation = new QComboBox(this);
        m_memberRelation->setObjectName(QStringLiteral("intakeMemberRelation"));
        m_memberHealth = new QComboBox(this);
        m_memberDisability = new QComboBox(this);
        m_memberDisability->addItem(QString(), QString());
        for (const char *c : {"视力", "听力", "言语", "肢体", "智力", "精神", "多重"})
            m_memberDisability->addItem(QString::fromUtf8(c), QString::fromUtf8(c));
        m_memberGrade = new QSpinBox(this);
        m_memberGrade->setRange(0, 4);
        m_memberIllness = new QCheckBox(this);
        m_memberWork = new QComboBox(this);
        m_memberOccupation = new QLineEdit(this);
        m_memberStudent = new QComboBox(this);
        m_memberFullTime = new QCheckBox(this);
        m_memberCounted = new QComboBox(this);
        m_addMember = new QPushButton(this);
        m_addMember->setObjectName(QStringLiteral("intakeAddMember"));
        m_addMember->setAutoDefault(true);
        m_removeMember = new QPushButton(this);
        m_removeMember->setAutoDefault(true);
        int r = 0;
        auto cell = [this, form, &label](int rr, int c, const char *text, QWidget *w) {
            QLabel *l = label(text);
            l->setBuddy(w);
            form->addWidget(l, rr, c * 2);
            form->addWidget(w, rr, c * 2 + 1);
        };
        cell(r, 0, QT_TR_NOOP("&Name:"), m_memberName);
        cell(r++, 1, QT_TR_NOOP("&ID number:"), m_memberId);
        form->addWidget(m_memberIdInfo, r++, 1, 1, 3);
        cell(r, 0, QT_TR_NOOP("Re&lation to applicant:"), m_memberRelation);
        cell(r++, 1, QT_TR_NOOP("&Health:"), m_memberHealth);
        cell(r, 0, QT_TR_NOOP("Disability category:"), m_memberDisability);
        cell(r++, 1, QT_TR_NOOP("Disability grade (0: none):"), m_memberGrade);
        cell(r, 0, QT_TR_NOOP("Serious illness:"), m_memberIllness);
        cell(r++, 1, QT_TR_NOOP("&Work ability:"), m_memberWork);
        cell(r, 0, QT_TR_NOOP("&Occupation:"), m_memberOccupation);
        cell(r++, 1, QT_TR_NOOP("School level:"), m_memberStudent);
        cell(r, 0, QT_TR_NOOP("Full-time student:"), m_memberFullTime);
        cell(r++, 1, QT_TR_NOOP("Counted:"), m_memberCounted);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_addMember);
        buttons->addWidget(m_removeMember);
        buttons->addStretch(1);
        form->addLayout(buttons, r++, 1, 1, 3);
        auto *applicantForm = new QFormLayout;
        m_applicant = new QComboBox(this);
        m_applicant->setObjectName(QStringLiteral("intakeApplicant"));
        row(applicantForm, QT_TR_NOOP("A&pplicant:"), m_applicant);
        box->addLayout(applicantForm);
        connect(m_addMember, &QPushButton::clicked, this, [this] { addMemberFromEditor(); });
        connect(m_removeMember, &QPushButton::clicked, this, [this] { removeSelected(m_memberView, 0); });
        connect(m_memberId, &IdNumberEdit::parsed, this, [this](const IdNumberInfo &info) {
            m_memberIdInfo->setStyleSheet(QString());
            m_memberIdInfo->setText(tr("%1, born %2").arg(DisplayText::sex(info.sex), isoDate(info.birthDate)));
        });
        connect(m_memberId, &IdNumberEdit::invalid, this, [this](const QString &reason) {
            m_memberIdInfo->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
            m_memberIdInfo->setText(tr("Invalid ID number: %1").arg(reason));
        });
        connect(m_memberId, &IdNumberEdit::cleared, m_memberIdInfo, &QLabel::clear);
    }

    // 4. Income
    {
        QVBoxLayout *box = section(QT_TR_NOOP("4. Income (the months it covers, and its deductions)"));
        m_incomeTable = new TextTableModel(this);
        m_incomeView = new QTableView(this);
        m_incomeView->setObjectName(QStringLiteral("intakeIncome"));
        m_incomeView->setModel(m_incomeTable);
        m_incomeView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_incomeView->verticalHeader()->hide();
        m_incomeView->horizontalHeader()->setStretchLastSection(true);
        m_incomeView->setMinimumHeight(fontMetrics().height() * 6);
        m_incomeView->setFocusPolicy(Qt::ClickFocus);
        box->addWidget(m_incomeView);
        auto *form = new QGridLayout;
        box->addLayout(form);
        m_incomeMember = new QComboBox(this);
        m_incomeMember->setObjectName(QStringLiteral("intakeIncomeMember"));
        m_incomeKind = new QComboBox(this);
        m_incomeAmount = moneyEdit(this);
        m_incomeAmount->setObjectName(QStringLiteral("intakeIncomeAmount"));
        const QDate lastMonth = firstOfMonth(chinaToday()).addMonths(-1);
        m_incomeFrom = monthEdit(lastMonth.addMonths(-11), this);
        m_incomeTo = monthEdit(lastMonth, this);
        m_incomeWorkCosts = moneyEdit(this);
        m_incomeTaxes = moneyEdit(this);
        m_incomeInsurance = moneyEdit(this);
        m_incomeSupport = moneyEdit(this);
        m_incomeNote = new QLineEdit(this);
        m_addIncome = new QPushButton(this);
        m_addIncome->setObjectName(QStringLiteral("intakeAddIncome"));
        m_addIncome->setAutoDefault(true);
        m_removeIncome = new QPushButton(this);
        m_removeIncome->setAutoDefault(true);
        auto cell = [this, form, &label](int rr, int c, const char *text, QWidget *w) {
            QLabel *l = label(text);
            l->setBuddy(w);
            form->addWidget(l, rr, c * 2);
            form->addWidget(w, rr, c * 2 + 1);
        };
        int r = 0;
        cell(r, 0, QT_TR_NOOP("Member:"), m_incomeMember);
        cell(r++, 1, QT_TR_NOOP("Kind:"), m_incomeKind);
        cell(r, 0, QT_TR_NOOP("Total over the months (yuan):"), m_incomeAmount);
        auto *months = new QHBoxLayout;
        months->addWidget(m_incomeFrom);
        months->addWidget(new QLabel(QStringLiteral("—"), this));
        months->addWidget(m_incomeTo);
        QLabel *monthsLabel = label(QT_TR_NOOP("Months:"));
        monthsLabel->setBuddy(m_incomeFrom);
        form->addWidget(monthsLabel, r, 2);
        form->addLayout(months, r++, 3);
        cell(r, 0, QT_TR_NOOP("Work costs (yuan):"), m_incomeWorkCosts);
        cell(r++, 1, QT_TR_NOOP("Taxes (yuan):"), m_incomeTaxes);
        cell(r, 0, QT_TR_NOOP("Own social insurance (yuan):"), m_incomeInsurance);
        cell(r++, 1, QT_TR_NOOP("Support paid to others (yuan):"), m_incomeSupport);
        cell(r++, 0, QT_TR_NOOP("Note:"), m_incomeNote);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_addIncome);
        buttons->addWidget(m_removeIncome);
        buttons->addStretch(1);
        form->addLayout(buttons, r++, 1, 1, 3);
        connect(m_addIncome, &QPushButton::clicked, this, [this] { addIncomeFromEditor(); });
        connect(m_removeIncome, &QPushButton::clicked, this, [this] { removeSelected(m_incomeView, 1); });
    }

    // 5. Assets
    {
        QVBoxLayout *box = section(QT_TR_NOOP("5. Assets"));
        m_assetTable = new TextTableModel(this);
        m_assetView = new QTableView(this);
        m_assetView->setObjectName(QStringLiteral("intakeAssets"));
        m_assetView->setModel(m_assetTable);
        m_assetView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_assetView->verticalHeader()->hide();
        m_assetView->horizontalHeader()->setStretchLastSection(true);
        m_assetView->setMinimumHeight(fontMetrics().height() * 5);
        m_assetView->setFocusPolicy(Qt::ClickFocus);
        box->addWidget(m_assetView);
        auto *form = new QGridLayout;
        box->addLayout(form);
        m_assetMember = new QComboBox(this);
        m_assetKind = new QComboBox(this);
        m_assetVehicle = new QComboBox(this);
        m_assetValue = moneyEdit(this);
        m_assetCount = new QSpinBox(this);
        m_assetCount->setRange(1, 99);
        m_assetArea = new QLineEdit(this);
        m_assetArea->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^\\d{0,6}(\\.\\d{0,2})?$")), m_assetArea));
        m_assetExempt = new QCheckBox(this);
        m_assetExemptReason = new QLineEdit(this);
        m_assetNote = new QLineEdit(this);
        m_addAsset = new QPushButton(this);
        m_addAsset->setAutoDefault(true);
        m_removeAsset = new QPushButton(this);
        m_removeAsset->setAutoDefault(true);
        auto cell = [this, form, &label](int rr, int c, const char *text, QWidget *w) {
            QLabel *l = label(text);
            l->setBuddy(w);
            form->addWidget(l, rr, c * 2);
            form->addWidget(w, rr, c * 2 + 1);
        };
        int r = 0;
        cell(r, 0, QT_TR_NOOP("Held by:"), m_assetMember);
        cell(r++, 1, QT_TR_NOOP("Kind:"), m_assetKind);
        cell(r, 0, QT_TR_NOOP("Vehicle kind:"), m_assetVehicle);
        cell(r++, 1, QT_TR_NOOP("Value (yuan):"), m_assetValue);
        cell(r, 0, QT_TR_NOOP("Count:"), m_assetCount);
        cell(r++, 1, QT_TR_NOOP("Floor area (m²):"), m_assetArea);
        cell(r, 0, QT_TR_NOOP("Exempt (necessary for living or production):"), m_assetExempt);
        cell(r++, 1, QT_TR_NOOP("Why exempt:"), m_assetExemptReason);
        cell(r++, 0, QT_TR_NOOP("Note:"), m_assetNote);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_addAsset);
        buttons->addWidget(m_removeAsset);
        buttons->addStretch(1);
        form->addLayout(buttons, r++, 1, 1, 3);
        connect(m_addAsset, &QPushButton::clicked, this, [this] { addAssetFromEditor(); });
        connect(m_removeAsset, &QPushButton::clicked, this, [this] { removeSelected(m_assetView, 2); });
        connect(m_assetKind, &QComboBox::currentIndexChanged, this, [this] {
            const QString k = m_assetKind->currentData().toString();
            m_assetVehicle->setEnabled(k == QLatin1String("vehicle"));
            m_assetArea->setEnabled(k == QLatin1String("house"));
        });
    }

    // 6. Documents checklist
    {
        QVBoxLayout *box = section(QT_TR_NOOP("6. Documents checklist"));
        QLabel *note = label(QT_TR_NOOP("The checklist informs; it never blocks acceptance. A signed promise may stand "
                                        "in for proofs (告知承诺制), and documents the government already holds are "
                                        "not demanded again."));
        note->setWordWrap(true);
        box->addWidget(note);
        auto *grid = new QGridLayout;
        box->addLayout(grid);
        const QStringList kinds = DisplayText::documentKinds();
        for (int i = 0; i < kinds.size(); ++i) {
            auto *status = new QComboBox(this);
            status->setObjectName(QStringLiteral("intakeDocument_") + kinds.at(i));
            status->setProperty("documentKind", kinds.at(i));
            auto *l = new QLabel(this);
            l->setBuddy(status);
            l->setProperty("documentKind", kinds.at(i));
            grid->addWidget(l, i / 2, (i % 2) * 2);
            grid->addWidget(status, i / 2, (i % 2) * 2 + 1);
            m_documentStatus << status;
        }
    }

    // 7. Near-relative declaration
    {
        auto *form = new QFormLayout;
        section(QT_TR_NOOP("7. Near relatives among township staff or village cadres"))->addLayout(form);
        m_nearRelative = new QCheckBox(this);
        m_nearRelative->setObjectName(QStringLiteral("intakeNearRelative"));
        m_nearRelativeNote = new QLineEdit(this);
        row(form, QT_TR_NOOP("A near relative is declared:"), m_nearRelative);
        row(form, QT_TR_NOOP("Who, and their post:"), m_nearRelativeNote);
    }
    column->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("intakeMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_draftStatus = new QLabel(this);
    m_draftStatus->setObjectName(QStringLiteral("intakeDraftStatus"));
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), QString(), this);
    m_save->setObjectName(QStringLiteral("intakeSave"));
    m_save->setAutoDefault(true);
    connect(m_save, &QPushButton::clicked, this, &IntakeForm::save);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_draftStatus, 1);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    // Enter moves on; every edit marks the form changed (and schedules the draft).
    for (QWidget *w : body->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QCheckBox *>(w))
            w->installEventFilter(this);
        if (auto *e = qobject_cast<QLineEdit *>(w); e && !qobject_cast<QAbstractSpinBox *>(w->parentWidget())
            && !qobject_cast<QComboBox *>(w->parentWidget()))
            connect(e, &QLineEdit::textChanged, this, &IntakeForm::markChanged);
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            connect(c, &QComboBox::currentIndexChanged, this, &IntakeForm::markChanged);
            if (c->isEditable())
                connect(c, &QComboBox::editTextChanged, this, &IntakeForm::markChanged);
        }
        if (auto *c = qobject_cast<QCheckBox *>(w))
            connect(c, &QCheckBox::toggled, this, &IntakeForm::markChanged);
        if (auto *d = qobject_cast<QDateEdit *>(w))
            connect(d, &QDateEdit::dateChanged, this, &IntakeForm::markChanged);
    }
    // The member, income and asset editors are not part of the draft until added: typing there alone is not a
    // change of the file (but it is kept from being lost by asking on close).
}

void IntakeForm::retranslate()
{
    for (const auto &[l, source] : m_labelSources)
        l->setText(tr(source));
    fillTokenCombo(m_channel, {QStringLiteral("in_person"), QStringLiteral("entrusted"), QStringLiteral("online"),
                               QStringLiteral("outreach")},
                   &DisplayText::channel);
    m_entrusted->setEnabled(m_channel->currentData().toString() == QLatin1String("entrusted"));
    fillEnumCombo<Area>(m_area, &DisplayText::area);
    fillEnumCombo<Relation>(m_memberRelation, &DisplayText::relation);
    fillEnumCombo<Health>(m_memberHealth, &DisplayText::health);
    fillEnumCombo<WorkAbility>(m_memberWork, &DisplayText::workAbility);
    fillEnumCombo<StudentLevel>(m_memberStudent, &DisplayText::studentLevel);
    fillEnumCombo<NotCountedReason>(m_memberCounted, &DisplayText::notCounted);
    fillTokenCombo(m_incomeKind, DisplayText::incomeKinds(), &DisplayText::incomeKind);
    fillTokenCombo(m_assetKind, DisplayText::assetKinds(), &DisplayText::assetKind);
    fillTokenCombo(m_assetVehicle, DisplayText::vehicleKinds(), &DisplayText::vehicleKind);
    m_assetVehicle->setEnabled(m_assetKind->currentData().toString() == QLatin1String("vehicle"));
    m_assetArea->setEnabled(m_assetKind->currentData().toString() == QLatin1String("house"));
    for (QComboBox *c : m_documentStatus)
        fillTokenCombo(c, DisplayText::documentStatuses(), &DisplayText::documentStatus);
    for (QLabel *l : findChildren<QLabel *>())
        if (l->property("documentKind").isValid())
            l->setText(DisplayText::documentKind(l->property("documentKind").toString()) + QLatin1Char(':'));
    m_addMember->setText(tr("&Add member"));
    m_removeMember->setText(tr("Remove selected member"));
    m_addIncome->setText(tr("Add &income"));
    m_removeIncome->setText(tr("Remove selected income"));
    m_addAsset->setText(tr("Add a&sset"));
    m_removeAsset->setText(tr("Remove selected asset"));
    m_save->setText(tr("Save the application (Ctrl+S)"));
    m_village->lineEdit()->setPlaceholderText(tr("Village or community"));
    refreshTables();
}

void IntakeForm::scrollTo(QWidget *field)
{
    m_scroll->ensureWidgetVisible(field, 20, 120);
}

void IntakeForm::focusFirstField()
{
    // Edit mode starts at the household (the application's fields are not edited).
    (m_editCaseId.isEmpty() ? static_cast<QWidget *>(m_channel) : m_village)->setFocus(Qt::OtherFocusReason);
}

bool IntakeForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            auto *combo = qobject_cast<QComboBox *>(watched);
            if (combo && combo->view() && combo->view()->isVisible())
                return false; // Enter picks from an open popup
            // Enter moves on, as on the paper form (UI.md); an ID number is checked as focus leaves it.
            focusNextPrevChild(true);
            return true;
        }
    }
    return WorkTab::eventFilter(watched, event);
}

void IntakeForm::markChanged()
{
    if (m_loading)
        return;
    m_dirty = true;
    if (m_editCaseId.isEmpty()) // an edit is no draft: it is saved or discarded
        m_autosave->start();
    emit titleChanged();
}

void IntakeForm::refreshMemberChoices()
{
    const QString applicant = m_applicant->currentData().toString();
    const QString incomeMember = m_incomeMember->currentData().toString();
    const QString assetMember = m_assetMember->currentData().toString();
    const QSignalBlocker b1(m_applicant), b2(m_incomeMember), b3(m_assetMember);
    m_applicant->clear();
    m_incomeMember->clear();
    m_assetMember->clear();
    m_assetMember->addItem(tr("The household"), QString());
    for (const Member &m : m_members) {
        m_applicant->addItem(m.name, m.id);
        m_incomeMember->addItem(m.name, m.id);
        m_assetMember->addItem(m.name, m.id);
    }
    auto restore = [](QComboBox *c, const QString &id) {
        const int i = c->findData(id);
        if (i >= 0)
            c->setCurrentIndex(i);
    };
    restore(m_applicant, applicant);
    if (applicant.isEmpty())
        for (int i = 0; i < m_members.size(); ++i)
            if (m_members.at(i).relation == Relation::Self)
                m_applicant->setCurrentIndex(i);
    restore(m_incomeMember, incomeMember);
    restore(m_assetMember, assetMember);
}

static QString memberNameIn(const QList<Member> &members, const QString &id)
{
    for (const Member &m : members)
        if (m.id == id)
            return m.name;
    return QString();
}

void IntakeForm::refreshTables()
{
    m_memberTable->setHeaders({tr("Name"), tr("ID number"), tr("Sex, born"), tr("Relation"), tr("Health"),
                               tr("Work ability"), tr("Counted")});
    QList<TextTableModel::Row> rows;
    for (const Member &m : m_members) {
        auto info = parseIdNumber(m.idNumber);
        rows << TextTableModel::Row{{m.name, m.idNumber,
                                     info ? tr("%1, %2").arg(DisplayText::sex(info->sex), isoDate(info->birthDate))
                                          : QString(),
                                     DisplayText::relation(m.relation), DisplayText::health(m.health),
                                     DisplayText::workAbility(m.workAbility), DisplayText::notCounted(m.notCounted)},
                                    m.id, QString(), false};
    }
    m_memberTable->setRows(rows);
    m_incomeTable->setHeaders({tr("Member"), tr("Kind"), tr("Months"), tr("Amount (yuan)"), tr("Deductions (yuan)"),
                               tr("Note")});
    rows.clear();
    for (const IncomeItem &i : m_incomes)
        rows << TextTableModel::Row{{memberNameIn(m_members, i.memberId), DisplayText::incomeKind(i.kind),
                                     tr("%1 to %2").arg(isoMonth(i.fromMonth), isoMonth(i.toMonth)),
                                     formatYuan(i.amount),
                                     formatYuan(i.workCosts + i.taxes + i.socialInsurance + i.supportPaid), i.note},
                                    QString(), QString(), false};
    m_incomeTable->setRows(rows);
    m_assetTable->setHeaders({tr("Held by"), tr("Kind"), tr("Value (yuan)"), tr("Details"), tr("Exempt")});
    rows.clear();
    for (const AssetItem &a : m_assets) {
        QString details = a.kind == QLatin1String("vehicle") ? DisplayText::vehicleKind(a.subKind) : QString();
        if (a.kind == QLatin1String("house"))
            details = tr("%1 house(s), %2 m²").arg(a.count).arg(double(a.floorAreaCentiSqm) / 100.0, 0, 'f', 2);
        rows << TextTableModel::Row{{a.memberId.isEmpty() ? tr("The household") : memberNameIn(m_members, a.memberId),
                                     DisplayText::assetKind(a.kind), formatYuan(a.value), details,
                                     a.exempt ? a.exemptReason : DisplayText::yesNo(false)},
                                    QString(), a.note, false};
    }
    m_assetTable->setRows(rows);
    for (QTableView *v : {m_memberView, m_incomeView, m_assetView})
        v->resizeColumnsToContents();
    refreshMemberChoices();
}

void IntakeForm::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; border: 1px solid #b3261e; "
                                                    "border-radius: 4px; padding: 6px; background: #fdecea; }")
                                   : QStringLiteral("QLabel { color: #1e6b34; padding: 6px; }"));
    m_message->setVisible(!text.isEmpty());
}

bool IntakeForm::addMemberFromEditor()
{
    const QString name = m_memberName->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("Every member needs a name."));
        m_memberName->setFocus();
        return false;
    }
    if (!m_memberId->check()) {
        showMessage(m_memberId->reason().isEmpty() ? tr("Type the member's ID number.")
                                                   : tr("Invalid ID number: %1").arg(m_memberId->reason()));
        m_memberId->setFocus();
        m_memberId->selectAll();
        return false;
    }
    const QString number = parseIdNumber(m_memberId->text())->normalized;
    for (const Member &m : m_members)
        if (m.idNumber == number) {
            showMessage(tr("%1 is already a member with this ID number.").arg(m.name));
            m_memberId->setFocus();
            return false;
        }
    Member m;
    m.id = newId();
    m.name = name;
    m.idNumber = number;
    m.relation = *fromToken<Relation>(m_memberRelation->currentData().toString());
    m.health = *fromToken<Health>(m_memberHealth->currentData().toString());
    m.disabilityCategory = m_memberDisability->currentData().toString();
    m.disabilityGrade = m_memberGrade->value();
    m.seriousIllness = m_memberIllness->isChecked();
    m.workAbility = *fromToken<WorkAbility>(m_memberWork->currentData().toString());
    m.occupation = m_memberOccupation->text().trimmed();
    m.studentLevel = *fromToken<StudentLevel>(m_memberStudent->currentData().toString());
    m.fullTimeStudent = m_memberFullTime->isChecked();
    m.notCounted = *fromToken<NotCountedReason>(m_memberCounted->currentData().toString());
    m_members << m;
    // Clear the editor for the next member; the relation moves on from "applicant".
    m_memberName->clear();
    m_memberId->clear();
    m_memberId->clearState();
    m_memberOccupation->clear();
    m_memberGrade->setValue(0);
    m_memberIllness->setChecked(false);
    m_memberFullTime->setChecked(false);
    m_memberDisability->setCurrentIndex(0);
    if (m.relation == Relation::Self)
        m_memberRelation->setCurrentIndex(m_memberRelation->findData(toToken(Relation::Spouse)));
    showMessage(tr("%1 added as a member.").arg(name), false);
    refreshTables();
    markChanged();
    m_memberName->setFocus();
    return true;
}

bool IntakeForm::addIncomeFromEditor()
{
    if (m_incomeMember->currentIndex() < 0) {
        showMessage(tr("Add the members first: income belongs to a member."));
        m_memberName->setFocus();
        return false;
    }
    const Fen amount = TransitionDialog::parseYuan(m_incomeAmount->text());
    if (amount < 0) {
        showMessage(tr("Write the income in yuan with at most two decimals, e.g. 13200.00."));
        m_incomeAmount->setFocus();
        return false;
    }
    const QDate from = firstOfMonth(m_incomeFrom->date());
    const QDate to = firstOfMonth(m_incomeTo->date());
    if (to < from) {
        showMessage(tr("The last month comes before the first."));
        m_incomeTo->setFocus();
        return false;
    }
    IncomeItem i;
    i.memberId = m_incomeMember->currentData().toString();
    i.kind = m_incomeKind->currentData().toString();
    i.amount = amount;
    i.fromMonth = from;
    i.toMonth = to;
    i.workCosts = fenOrZero(m_incomeWorkCosts);
    i.taxes = fenOrZero(m_incomeTaxes);
    i.socialInsurance = fenOrZero(m_incomeInsurance);
    i.supportPaid = fenOrZero(m_incomeSupport);
    i.note = m_incomeNote->text().trimmed();
    m_incomes << i;
    for (QLineEdit *e : {m_incomeAmount, m_incomeWorkCosts, m_incomeTaxes, m_incomeInsurance, m_incomeSupport,
                         m_incomeNote})
        e->clear();
    showMessage(tr("Income added: %1 yuan over %n month(s).", nullptr, monthsInclusive(from, to))
                    .arg(formatYuan(amount)),
                false);
    refreshTables();
    markChanged();
    m_incomeMember->setFocus();
    return true;
}

bool IntakeForm::addAssetFromEditor()
{
    const Fen value = m_assetValue->text().trimmed().isEmpty() ? 0 : TransitionDialog::parseYuan(m_assetValue->text());
    if (value < 0) {
        showMessage(tr("Write the value in yuan with at most two decimals."));
        m_assetValue->setFocus();
        return false;
    }
    AssetItem a;
    a.memberId = m_assetMember->currentData().toString();
    a.kind = m_assetKind->currentData().toString();
    a.subKind = a.kind == QLatin1String("vehicle") ? m_assetVehicle->currentData().toString() : QString();
    a.value = value;
    a.count = m_assetCount->value();
    a.floorAreaCentiSqm = a.kind == QLatin1String("house") ? TransitionDialog::parseYuan(m_assetArea->text()) : 0;
    if (a.floorAreaCentiSqm < 0)
        a.floorAreaCentiSqm = 0;
    a.exempt = m_assetExempt->isChecked();
    a.exemptReason = m_assetExemptReason->text().trimmed();
    a.note = m_assetNote->text().trimmed();
    m_assets << a;
    for (QLineEdit *e : {m_assetValue, m_assetArea, m_assetExemptReason, m_assetNote})
        e->clear();
    m_assetExempt->setChecked(false);
    m_assetCount->setValue(1);
    refreshTables();
    markChanged();
    m_assetMember->setFocus();
    return true;
}

void IntakeForm::removeSelected(QTableView *view, int which)
{
    const int row = view->currentIndex().row();
    if (row < 0)
        return;
    if (which == 0 && row < m_members.size()) {
        const QString id = m_members.at(row).id;
        m_members.removeAt(row);
        m_incomes.removeIf([&id](const IncomeItem &i) { return i.memberId == id; });
        for (AssetItem &a : m_assets)
            if (a.memberId == id)
                a.memberId.clear();
    } else if (which == 1 && row < m_incomes.size()) {
        m_incomes.removeAt(row);
    } else if (which == 2 && row < m_assets.size()) {
        m_assets.removeAt(row);
    }
    refreshTables();
    markChanged();
}

IntakeData IntakeForm::data() const
{
    IntakeData d;
    Household &h = d.file.household;
    h.divisionCode = m_township->currentData().toString();
    h.villageName = m_village->currentText().trimmed();
    h.area = fromToken<Area>(m_area->currentData().toString()).value_or(Area::Rural);
    h.registeredAddress = m_registeredAddress->text().trimmed();
    h.actualAddress = m_actualAddress->text().trimmed();
    h.separatedResidence = m_separated->isChecked();
    h.phone = m_phone->text().trimmed();
    h.bankName = m_bankName->text().trimmed();
    h.bankAccount = m_bankAccount->text().trimmed();
    h.stableCategory = m_stable->isChecked();
    d.file.members = m_members;
    d.file.incomes = m_incomes;
    d.file.assets = m_assets;
    d.applicantMemberId = m_applicant->currentData().toString();
    d.channel = m_channel->currentData().toString();
    d.entrustedName = d.channel == QLatin1String("entrusted") ? m_entrusted->text().trimmed() : QString();
    d.nearRelativeDeclared = m_nearRelative->isChecked();
    d.nearRelativeNote = m_nearRelativeNote->text().trimmed();
    d.submittedOn = m_submitted->date();
    for (QComboBox *c : m_documentStatus)
        d.documents << CaseDocument{QString(), c->property("documentKind").toString(), c->currentData().toString(),
                                    QString()};
    return d;
}

void IntakeForm::load(const IntakeData &d)
{
    m_loading = true;
    const Household &h = d.file.household;
    if (const int i = m_township->findData(h.divisionCode); i >= 0)
        m_township->setCurrentIndex(i);
    m_village->setEditText(h.villageName);
    m_area->setCurrentIndex(qMax(0, m_area->findData(toToken(h.area))));
    m_registeredAddress->setText(h.registeredAddress);
    m_actualAddress->setText(h.actualAddress);
    m_separated->setChecked(h.separatedResidence);
    m_phone->setText(h.phone);
    m_bankName->setText(h.bankName);
    m_bankAccount->setText(h.bankAccount);
    m_stable->setChecked(h.stableCategory);
    m_members = d.file.members;
    m_incomes = d.file.incomes;
    m_assets = d.file.assets;
    refreshTables();
    if (const int i = m_applicant->findData(d.applicantMemberId); i >= 0)
        m_applicant->setCurrentIndex(i);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(d.channel)));
    m_entrusted->setText(d.entrustedName);
    m_nearRelative->setChecked(d.nearRelativeDeclared);
    m_nearRelativeNote->setText(d.nearRelativeNote);
    if (d.submittedOn.isValid())
        m_submitted->setDate(d.submittedOn);
    for (const CaseDocument &doc : d.documents)
        for (QComboBox *c : m_documentStatus)
            if (c->property("documentKind").toString() == doc.kind)
                c->setCurrentIndex(qMax(0, c->findData(doc.status)));
    m_loading = false;
    emit titleChanged();
}

bool IntakeForm::saveDraftNow()
{
    m_autosave->stop();
    if (!m_savedCaseId.isEmpty() || !m_editCaseId.isEmpty())
        return false;
    DraftStore drafts(m_session);
    auto id = drafts.save(m_draftId, QStringLiteral("intake"), data().toJson());
    if (!id) {
        m_draftStatus->setText(tr("The draft could not be saved: %1").arg(id.error().message));
        return false;
    }
    m_draftId = *id;
    m_draftStatus->setText(tr("Draft saved automatically at %1 (not yet an application)")
                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
    return true;
}

bool IntakeForm::saveEdit()
{
    if (!m_save->isEnabled())
        return false;
    HouseholdFile file = data().file;
    // Keep what the form does not show: ids and decision fields of the household, the expenses.
    const Household &was = m_editOriginal.household;
    file.household.id = was.id;
    file.household.divisionCode = was.divisionCode;
    file.household.villageCode = was.villageCode;
    file.household.enrolment = was.enrolment;
    file.household.nextReviewDue = was.nextReviewDue;
    file.household.migrated = was.migrated;
    file.household.migratedReference = was.migratedReference;
    file.expenses = m_editOriginal.expenses;
    // The form changes a member by removing and adding them again: the same ID number is the same person, so the
    // record keeps its id (an update, audited field by field), and references to it stay valid.
    for (Member &m : file.members) {
        bool known = false;
        for (const Member &o : std::as_const(m_editOriginal.members))
            known = known || o.id == m.id;
        if (known)
            continue;
        for (const Member &o : std::as_const(m_editOriginal.members)) {
            bool kept = false;
            for (const Member &k : std::as_const(file.members))
                kept = kept || k.id == o.id;
            if (!kept && o.idNumber.compare(m.idNumber.trimmed(), Qt::CaseInsensitive) == 0) {
                for (IncomeItem &i : file.incomes)
                    if (i.memberId == m.id)
                        i.memberId = o.id;
                for (AssetItem &a : file.assets)
                    if (a.memberId == m.id)
                        a.memberId = o.id;
                m.id = o.id;
                break;
            }
        }
    }
    HouseholdStore households(m_session);
    if (Status st = households.amend(file); !st) {
        showMessage(st.error().message);
        return false;
    }
    m_editOriginal = file;
    m_members = file.members;
    m_incomes = file.incomes;
    m_assets = file.assets;
    refreshTables();
    m_dirty = false;
    showMessage(tr("The household of %1 is saved.").arg(data().displayName()), false);
    emit titleChanged();
    emit caseChanged(m_editCaseId);
    return true;
}

bool IntakeForm::save()
{
    if (!m_editCaseId.isEmpty())
        return saveEdit();
    const IntakeData d = data();
    if (d.file.members.isEmpty()) {
        showMessage(tr("Add at least one member: the applicant."));
        m_memberName->setFocus();
        return false;
    }
    if (d.applicantMemberId.isEmpty()) {
        showMessage(tr("Choose the applicant among the members."));
        m_applicant->setFocus();
        return false;
    }
    HouseholdFile file = d.file;
    Database &db = m_session.db();
    Transaction tx(db);
    if (!tx.begun()) {
        showMessage(tx.begun().error().message);
        return false;
    }
    HouseholdStore households(m_session);
    if (Status st = households.create(file); !st) {
        showMessage(st.error().message);
        return false;
    }
    ApplicationInput input;
    input.householdId = file.household.id;
    input.applicantMemberId = d.applicantMemberId;
    input.channel = d.channel;
    input.entrustedName = d.entrustedName;
    input.nearRelativeDeclared = d.nearRelativeDeclared;
    input.nearRelativeNote = d.nearRelativeNote;
    input.submittedOn = d.submittedOn;
    input.documents = d.documents;
    CaseStore cases(m_session);
    auto caseId = cases.createApplication(input);
    if (!caseId) {
        showMessage(caseId.error().message);
        return false;
    }
    if (Status st = tx.commit(); !st) {
        showMessage(st.error().message);
        return false;
    }
    m_savedCaseId = *caseId;
    m_autosave->stop();
    if (!m_draftId.isEmpty())
        (void)DraftStore(m_session).remove(m_draftId);
    m_dirty = false;
    showMessage(tr("The application of %1 is saved.").arg(d.displayName()), false);
    emit caseChanged(m_savedCaseId);
    emit saved(m_savedCaseId);
    return true;
}

bool IntakeForm::confirmClose()
{
    if (!m_savedCaseId.isEmpty())
        return true;
    if (!m_editCaseId.isEmpty()) {
        if (!m_dirty)
            return true;
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("The changes to the household of %1 are not saved.").arg(data().displayName()),
                        QMessageBox::NoButton, this);
        QPushButton *saveButton = box.addButton(tr("Save the changes"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(saveButton);
        box.exec();
        if (box.clickedButton() == saveButton)
            return save();
        return box.clickedButton() == discard;
    }
    const bool editorTyped = !m_memberName->text().trimmed().isEmpty() || !m_memberId->text().trimmed().isEmpty()
        || !m_incomeAmount->text().trimmed().isEmpty();
    if (!m_dirty && !editorTyped && m_members.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved application"),
                    tr("The application of %1 is not saved yet.")
                        .arg(data().displayName().isEmpty() ? tr("a new household") : data().displayName()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Save it now, keep it as a draft to finish later, or discard it?"));
    QPushButton *saveButton = box.addButton(tr("Save the application"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Keep as draft"), QMessageBox::ActionRole);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == saveButton)
        return save();
    if (box.clickedButton() == keep)
        return saveDraftNow();
    if (box.clickedButton() == discard) {
        if (!m_draftId.isEmpty())
            (void)DraftStore(m_session).remove(m_draftId);
        return true;
    }
    return false;
}

QList<TextTableModel *> IntakeForm::tableModels() const
{
    return {m_memberTable, m_incomeTable, m_assetTable};
}

void IntakeForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const bool wasLoading = m_loading;
        m_loading = true;
        retranslate();
        m_loading = wasLoading;
        emit titleChanged();
    }
    WorkTab::changeEvent(event);
}

} // namespace dibao
