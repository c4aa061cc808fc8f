#include "PetitionPage.h"

#include "ActionDialog.h"
#include "CaseworkCommon.h"
#include "DisplayText.h"
#include "IdNumberEdit.h"
#include "NoticeCandidateModel.h"
#include "TextTableModel.h"
#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "domain/IdNumber.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"
#include "store/UserStore.h"
#include "workflow/CaseStates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace dibao {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? DisplayText::date(d) : QStringLiteral("—");
}

QString subjectKindText(const QString &t)
{
    if (t == QLatin1String("case")) return PetitionPage::tr("Case");
    if (t == QLatin1String("household")) return PetitionPage::tr("Household");
    if (t == QLatin1String("staff")) return PetitionPage::tr("Staff member");
    if (t == QLatin1String("office")) return PetitionPage::tr("Office");
    if (t == QLatin1String("none")) return PetitionPage::tr("None");
    return t;
}

QString eventText(const QString &t)
{
    if (t == QLatin1String("register")) return PetitionPage::tr("registered");
    if (t == QLatin1String("acknowledge")) return PetitionPage::tr("acknowledged");
    if (t == QLatin1String("handover")) return PetitionPage::tr("handed over");
    if (t == QLatin1String("extend")) return PetitionPage::tr("extended by 30 days");
    if (t == QLatin1String("conclude")) return PetitionPage::tr("concluded");
    if (t == QLatin1String("forward")) return PetitionPage::tr("forwarded to the higher body");
    if (t == QLatin1String("forward_outcome")) return PetitionPage::tr("outcome of the higher body");
    if (t == QLatin1String("feedback")) return PetitionPage::tr("feedback to the reporter");
    if (t == QLatin1String("reward")) return PetitionPage::tr("reward");
    if (t == QLatin1String("check")) return PetitionPage::tr("check opened");
    return t;
}

QString stageText(const QString &t)
{
    if (t == QLatin1String("reexamination")) return PetitionPage::tr("Re-examination (复查)");
    if (t == QLatin1String("review")) return PetitionPage::tr("Review (复核)");
    return t;
}

QString forwardOutcomeText(const QString &t)
{
    if (t == QLatin1String("upheld")) return PetitionPage::tr("Upheld");
    if (t == QLatin1String("changed")) return PetitionPage::tr("Changed");
    if (t == QLatin1String("revoked")) return PetitionPage::tr("Revoked");
    return t;
}

QString officeName(const QString &code)
{
    const QString name = DivisionRegistry::instance().name(code);
    return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
}
} // namespace

QString PetitionPage::kindText(const QString &t)
{
    if (t == QLatin1String("petition")) return tr("Letter or visit (信访)");
    if (t == QLatin1String("complaint")) return tr("Complaint");
    if (t == QLatin1String("report")) return tr("Report (举报)");
    if (t == QLatin1String("enquiry")) return tr("Enquiry");
    if (t == QLatin1String("suggestion")) return tr("Suggestion");
    return t;
}

QString PetitionPage::channelText(const QString &t)
{
    if (t == QLatin1String("hotline")) return tr("Hotline");
    if (t == QLatin1String("letter")) return tr("Letter");
    if (t == QLatin1String("visit")) return tr("Visit in person");
    if (t == QLatin1String("online")) return tr("Online");
    return t;
}

QString PetitionPage::outcomeText(const QString &t)
{
    if (t == QLatin1String("upheld")) return tr("Upheld");
    if (t == QLatin1String("partly_upheld")) return tr("Partly upheld");
    if (t == QLatin1String("not_upheld")) return tr("Not upheld");
    if (t == QLatin1String("answered")) return tr("Answered");
    if (t == QLatin1String("administrative_review")) return tr("Pointed to administrative review");
    return t;
}

QString PetitionPage::relationText(const QString &t)
{
    if (t == QLatin1String("spouse")) return tr("Spouse");
    if (t == QLatin1String("parent")) return tr("Parent");
    if (t == QLatin1String("child")) return tr("Child");
    if (t == QLatin1String("sibling")) return tr("Sibling");
    if (t == QLatin1String("grandparent")) return tr("Grandparent (祖父母)");
    if (t == QLatin1String("maternal_grandparent")) return tr("Maternal grandparent (外祖父母)");
    if (t == QLatin1String("grandchild")) return tr("Grandchild (孙子女)");
    if (t == QLatin1String("maternal_grandchild")) return tr("Daughter's child (外孙子女)");
    if (t == QLatin1String("self")) return tr("The staff member himself or herself");
    return t;
}

QString PetitionPage::staffRoleText(const QString &t)
{
    if (t == QLatin1String("township_staff")) return tr("Township staff");
    if (t == QLatin1String("village_cadre")) return tr("Village cadre");
    if (t == QLatin1String("county_staff")) return tr("County staff");
    return t;
}

PetitionPage::PetitionPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("petitionPage"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_summaryLabel = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("petitionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_openOnly = new QCheckBox(this);
    m_openOnly->setChecked(true);
    m_overdueOnly = new QCheckBox(this);
    m_reload = new QPushButton(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("petitionTabs"));
    m_tabs->addTab(buildListTab(), QString());
    m_tabs->addTab(buildFormTab(), QString());
    if (session.require(Action::NearRelativeRegister).ok()) {
        m_registerTab = buildRegisterTab();
        m_tabs->addTab(m_registerTab, QString());
    }
    // A county administrator keeps the register but does not handle petitions: the register is all there is.
    const bool handles = session.require(Action::Petition).ok();
    m_tabs->setTabEnabled(1, handles);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(16);
    top->addWidget(m_summaryLabel, 1);
    top->addWidget(m_openOnly);
    top->addWidget(m_overdueOnly);
    top->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_reload, &QPushButton::clicked, this, &PetitionPage::reload);
    connect(m_openOnly, &QCheckBox::toggled, this, &PetitionPage::reload);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &PetitionPage::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The register is read (and the read logged) when someone looks at it, not on every reload.
        if (m_registerTab && m_tabs->widget(index) == m_registerTab)
            reloadRegister();
    });
    retranslate(); // loads the list
    if (!handles && m_registerTab)
        m_tabs->setCurrentWidget(m_registerTab);
}

QWidget *PetitionPage::buildListTab()
{
    auto *tab = new QWidget(this);
    m_model = new TextTableModel(this);
    m_view = CaseworkCommon::readOnlyTable(m_model, tab, QStringLiteral("petitionList"));
    m_detail = new QTextBrowser(tab);
    m_detail->setObjectName(QStringLiteral("petitionDetail"));
    m_reporter = new QLabel(tab);
    m_reporter->setObjectName(QStringLiteral("petitionReporter"));
    m_reporter->setWordWrap(true);
    m_reporter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto button = [tab](const char *name) {
        auto *b = new QPushButton(tab);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_ackButton = button("petitionAcknowledge");
    m_handOverButton = button("petitionHandOver");
    m_extendButton = button("petitionExtend");
    m_concludeButton = button("petitionConclude");
    m_feedbackButton = button("petitionFeedback");
    m_rewardButton = button("petitionReward");
    m_checkButton = button("petitionCheck");
    m_forwardButton = button("petitionForward");
    m_outcomeButton = button("petitionOutcome");
    m_reporterButton = button("petitionShowReporter");
    m_openCaseButton = button("petitionOpenCase");

    auto *owner = new QHBoxLayout;
    for (QPushButton *b : {m_ackButton, m_handOverButton, m_extendButton, m_concludeButton, m_feedbackButton,
                           m_rewardButton})
        owner->addWidget(b);
    owner->addStretch(1);
    auto *further = new QHBoxLayout;
    for (QPushButton *b : {m_forwardButton, m_outcomeButton, m_checkButton, m_reporterButton, m_openCaseButton})
        further->addWidget(b);
    further->addStretch(1);
    auto *right = new QWidget(tab);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_reporter);
    rightLayout->addLayout(owner);
    rightLayout->addLayout(further);
    auto *split = new QSplitter(Qt::Horizontal, tab);
    split->addWidget(m_view);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(split);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PetitionPage::showCurrent);
    connect(m_ackButton, &QPushButton::clicked, this, &PetitionPage::askAcknowledge);
    connect(m_handOverButton, &QPushButton::clicked, this, &PetitionPage::askHandOver);
    connect(m_extendButton, &QPushButton::clicked, this, &PetitionPage::askExtend);
    connect(m_concludeButton, &QPushButton::clicked, this, &PetitionPage::askConclude);
    connect(m_feedbackButton, &QPushButton::clicked, this, &PetitionPage::askFeedback);
    connect(m_rewardButton, &QPushButton::clicked, this, &PetitionPage::askReward);
    connect(m_forwardButton, &QPushButton::clicked, this, &PetitionPage::askForward);
    connect(m_outcomeButton, &QPushButton::clicked, this, &PetitionPage::askOutcome);
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Open the check"),
                                  tr("Open the check (a periodic review) of this enrolled household now?"))
            == QMessageBox::Yes)
            warn(tr("Open the check"), openCheck());
    });
    connect(m_reporterButton, &QPushButton::clicked, this, [this] { warn(tr("Reporter"), showReporter()); });
    connect(m_openCaseButton, &QPushButton::clicked, this, [this] {
        const QString id = m_current.caseId.isEmpty() ? m_current.checkCaseId : m_current.caseId;
        if (!id.isEmpty())
            emit openCaseRequested(id);
    });
    return tab;
}

QWidget *PetitionPage::buildFormTab()
{
    auto *tab = new QWidget(this);
    m_kindLabel = new QLabel(tab);
    m_kind = new QComboBox(tab);
    m_kind->setObjectName(QStringLiteral("petitionKind"));
    m_kindLabel->setBuddy(m_kind);
    m_channelLabel = new QLabel(tab);
    m_channel = new QComboBox(tab);
    m_channel->setObjectName(QStringLiteral("petitionChannel"));
    m_channelLabel->setBuddy(m_channel);
    m_receivedLabel = new QLabel(tab);
    m_received = new QDateEdit(chinaToday(), tab);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received->setCalendarPopup(true);
    m_received->setMaximumDate(chinaToday());
    m_receivedLabel->setBuddy(m_received);

    m_reporterBox = new QGroupBox(tab);
    m_realName = new QCheckBox(m_reporterBox);
    m_realName->setObjectName(QStringLiteral("petitionRealName"));
    m_reporterNameLabel = new QLabel(m_reporterBox);
    m_reporterName = new QLineEdit(m_reporterBox);
    m_reporterName->setObjectName(QStringLiteral("petitionReporterName"));
    m_reporterNameLabel->setBuddy(m_reporterName);
    m_reporterPhoneLabel = new QLabel(m_reporterBox);
    m_reporterPhone = new QLineEdit(m_reporterBox);
    m_reporterPhoneLabel->setBuddy(m_reporterPhone);
    m_reporterAddressLabel = new QLabel(m_reporterBox);
    m_reporterAddress = new QLineEdit(m_reporterBox);
    m_reporterAddressLabel->setBuddy(m_reporterAddress);
    m_reporterIdLabel = new QLabel(m_reporterBox);
    m_reporterId = new IdNumberEdit(m_reporterBox);
    m_reporterIdLabel->setBuddy(m_reporterId);
    m_confidentiality = new QLabel(m_reporterBox);
    m_confidentiality->setWordWrap(true);
    auto *reporterForm = new QFormLayout(m_reporterBox);
    reporterForm->addRow(QString(), m_realName);
    reporterForm->addRow(m_reporterNameLabel, m_reporterName);
    reporterForm->addRow(m_reporterPhoneLabel, m_reporterPhone);
    reporterForm->addRow(m_reporterAddressLabel, m_reporterAddress);
    reporterForm->addRow(m_reporterIdLabel, m_reporterId);
    reporterForm->addRow(m_confidentiality);

    m_subjectBox = new QGroupBox(tab);
    m_subjectKindLabel = new QLabel(m_subjectBox);
    m_subjectKind = new QComboBox(m_subjectBox);
    m_subjectKind->setObjectName(QStringLiteral("petitionSubjectKind"));
    m_subjectKindLabel->setBuddy(m_subjectKind);
    m_subjectSearchLabel = new QLabel(m_subjectBox);
    m_subjectSearch = new QLineEdit(m_subjectBox);
    m_subjectSearch->setObjectName(QStringLiteral("petitionSubjectSearch"));
    m_subjectSearchLabel->setBuddy(m_subjectSearch);
    m_subjectCaseLabel = new QLabel(m_subjectBox);
    m_subjectCase = new QComboBox(m_subjectBox);
    m_subjectCase->setObjectName(QStringLiteral("petitionSubjectCase"));
    m_subjectCaseLabel->setBuddy(m_subjectCase);
    m_subjectOfficeLabel = new QLabel(m_subjectBox);
    m_subjectOffice = new QComboBox(m_subjectBox);
    m_subjectOffice->setObjectName(QStringLiteral("petitionSubjectOffice"));
    m_subjectOfficeLabel->setBuddy(m_subjectOffice);
    CaseworkCommon::fillTownships(m_subjectOffice, m_session);
    if (m_session.isCounty())
        m_subjectOffice->insertItem(0, officeName(m_session.divisionCode()), m_session.divisionCode());
    m_staffNameLabel = new QLabel(m_subjectBox);
    m_staffName = new QLineEdit(m_subjectBox);
    m_staffNameLabel->setBuddy(m_staffName);
    auto *subjectForm = new QFormLayout(m_subjectBox);
    subjectForm->addRow(m_subjectKindLabel, m_subjectKind);
    subjectForm->addRow(m_subjectSearchLabel, m_subjectSearch);
    subjectForm->addRow(m_subjectCaseLabel, m_subjectCase);
    subjectForm->addRow(m_subjectOfficeLabel, m_subjectOffice);
    subjectForm->addRow(m_staffNameLabel, m_staffName);

    m_summaryEditLabel = new QLabel(tab);
    m_summary = new QPlainTextEdit(tab);
    m_summary->setObjectName(QStringLiteral("petitionSummary"));
    m_summary->setTabChangesFocus(true);
    m_summaryEditLabel->setBuddy(m_summary);
    m_registerButton = new QPushButton(tab);
    m_registerButton->setObjectName(QStringLiteral("petitionRegister"));

    auto *head = new QFormLayout;
    head->addRow(m_kindLabel, m_kind);
    head->addRow(m_channelLabel, m_channel);
    head->addRow(m_receivedLabel, m_received);
    auto *boxes = new QHBoxLayout;
    boxes->addWidget(m_reporterBox, 1);
    boxes->addWidget(m_subjectBox, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(head);
    layout->addLayout(boxes);
    layout->addWidget(m_summaryEditLabel);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_registerButton, 0, Qt::AlignRight);

    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_subjectSearch, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &PetitionPage::searchCases);
    connect(m_subjectKind, &QComboBox::currentIndexChanged, this, [this] {
        updateSubjectFields();
        searchCases(); // cases or households, as the subject says
    });
    connect(m_realName, &QCheckBox::toggled, this, &PetitionPage::updateSubjectFields);
    connect(m_registerButton, &QPushButton::clicked, this, [this] {
        auto id = registerFromForm();
        if (!id)
            warn(tr("Register"), id.error());
    });
    return tab;
}

QWidget *PetitionPage::buildRegisterTab()
{
    auto *tab = new QWidget(this);
    m_registerNote = new QLabel(tab);
    m_registerNote->setWordWrap(true);
    m_registerModel = new TextTableModel(this);
    m_registerView = CaseworkCommon::readOnlyTable(m_registerModel, tab, QStringLiteral("nearRelativeRegister"));
    m_flaggedLabel = new QLabel(tab);
    m_flaggedModel = new TextTableModel(this);
    m_flaggedView = CaseworkCommon::readOnlyTable(m_flaggedModel, tab, QStringLiteral("nearRelativeFlagged"));
    m_addRelativeButton = new QPushButton(tab);
    m_addRelativeButton->setObjectName(QStringLiteral("nearRelativeAdd"));
    m_reloadRegisterButton = new QPushButton(tab);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addRelativeButton);
    buttons->addWidget(m_reloadRegisterButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_registerNote);
    layout->addLayout(buttons);
    layout->addWidget(m_registerView, 2);
    layout->addWidget(m_flaggedLabel);
    layout->addWidget(m_flaggedView, 1);
    connect(m_addRelativeButton, &QPushButton::clicked, this, &PetitionPage::askAddRelative);
    connect(m_reloadRegisterButton, &QPushButton::clicked, this, &PetitionPage::reloadRegister);
    connect(m_flaggedView, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        const QString id = m_flaggedModel->data(i, TextTableModel::KeyRole).toString();
        if (!id.isEmpty())
            emit openCaseRequested(id);
    });
    return tab;
}

QString PetitionPage::subjectText(const Petition &p)
{
    QString who;
    if (!p.householdId.isEmpty()) {
        auto it = m_subjectNames.constFind(p.householdId);
        if (it == m_subjectNames.constEnd()) {
            QString name;
            if (auto file = HouseholdStore(m_session).load(p.householdId)) {
                for (const Member &m : std::as_const(file->members))
                    if (m.relation == Relation::Self)
                        name = tr("%1, %2").arg(m.name, file->household.villageName);
            }
            it = m_subjectNames.insert(p.householdId, name);
        }
        who = *it;
    } else if (p.subjectKind == QLatin1String("staff")) {
        who = tr("%1, %2").arg(p.staffName, officeName(p.subjectDivision));
    } else if (p.subjectKind == QLatin1String("office")) {
        who = officeName(p.subjectDivision);
    }
    return who.isEmpty() ? subjectKindText(p.subjectKind) : tr("%1: %2").arg(subjectKindText(p.subjectKind), who);
}

void PetitionPage::reload()
{
    const QString keep = currentPetitionId();
    PetitionFilter filter;
    filter.openOnly = m_openOnly->isChecked();
    filter.overdueOnly = m_overdueOnly->isChecked();
    PetitionStore store(m_session);
    auto items = store.list(filter);
    m_items = items ? *items : QList<Petition>();
    const QDate today = chinaToday();
    // Overdue first, then by the running clock's date; concluded ones last.
    std::stable_sort(m_items.begin(), m_items.end(), [&today](const Petition &a, const Petition &b) {
        if (a.overdue(today) != b.overdue(today))
            return a.overdue(today);
        if (a.concluded() != b.concluded())
            return !a.concluded();
        return a.runningDue() < b.runningDue();
    });
    QList<TextTableModel::Row> rows;
    int overdue = 0;
    for (const Petition &p : std::as_const(m_items)) {
        QString clock, state;
        if (p.concluded()) {
            clock = QStringLiteral("—");
            state = tr("Concluded %1: %2").arg(DisplayText::date(p.concludedOn), outcomeText(p.outcome));
        } else {
            const int left = p.daysLeft(today);
            clock = left > 0 ? tr("%n day(s) left", nullptr, left)
                             : (left == 0 ? tr("Due today") : tr("OVERDUE by %n day(s)", nullptr, -left));
            state = p.runningClock() == QLatin1String("acknowledge") ? tr("To acknowledge by %1")
                                                                         .arg(DisplayText::date(p.runningDue()))
                                                                   : tr("To conclude by %1")
                                                                         .arg(DisplayText::date(p.runningDue()));
            if (p.extendedOn.isValid())
                state += tr(" (extended)");
        }
        const bool late = p.overdue(today);
        overdue += late ? 1 : 0;
        rows << TextTableModel::Row{{DisplayText::date(p.receivedOn), kindText(p.kind), channelText(p.channel),
                                     p.realName ? tr("Real name") : tr("Anonymous"), subjectText(p), p.summary,
                                     p.ownerName, state, clock},
                                    p.id,
                                    p.summary,
                                    late};
    }
    m_model->setRows(rows);
    m_summaryLabel->setText(items ? tr("%n letter(s) and complaint(s) listed · overdue: %1", nullptr,
                                       int(m_items.size()))
                                        .arg(overdue)
                                  : items.error().message);
    m_view->resizeColumnsToContents();
    selectPetition(keep.isEmpty() && !m_items.isEmpty() ? m_items.first().id : keep);
}

void PetitionPage::selectPetition(const QString &id)
{
    for (int r = 0; r < m_items.size(); ++r)
        if (m_items.at(r).id == id) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            showCurrent();
            return;
        }
    m_view->setCurrentIndex(QModelIndex());
    showCurrent();
}

QString PetitionPage::currentPetitionId() const
{
    const QModelIndex i = m_view ? m_view->currentIndex() : QModelIndex();
    return i.isValid() && i.row() < m_items.size() ? m_items.at(i.row()).id : QString();
}

void PetitionPage::showCurrent()
{
    const QString id = currentPetitionId();
    m_current = Petition{};
    m_reporter->clear();
    m_reporter->hide();
    QList<PetitionEvent> events;
    QList<PetitionForward> forwards;
    if (!id.isEmpty()) {
        PetitionStore store(m_session);
        if (auto p = store.get(id))
            m_current = *p;
        else
            m_detail->setPlainText(p.error().message);
        if (auto e = store.events(id))
            events = *e;
        if (auto f = store.forwards(id))
            forwards = *f;
    }
    const bool has = !m_current.id.isEmpty();
    const bool open = has && !m_current.concluded();
    bool pendingForward = false;
    for (const PetitionForward &f : std::as_const(forwards))
        pendingForward = pendingForward || f.outcome.isEmpty();
    // What the state allows is offered; who may do it (the owner, county roles) the core decides and says.
    m_ackButton->setEnabled(open && !m_current.acknowledgedOn.isValid());
    m_handOverButton->setEnabled(open);
    m_extendButton->setEnabled(open && !m_current.extendedOn.isValid());
    m_concludeButton->setEnabled(open);
    m_feedbackButton->setEnabled(has && m_current.feedbackDue());
    m_rewardButton->setEnabled(has && m_current.concluded() && m_current.verified && m_current.realName
                               && m_current.rewardFen < 0);
    m_checkButton->setEnabled(has && !m_current.householdId.isEmpty() && m_current.checkCaseId.isEmpty());
    m_forwardButton->setEnabled(has && m_current.concluded() && !pendingForward
                                && m_current.route != QLatin1String("administrative_review"));
    m_outcomeButton->setEnabled(pendingForward);
    m_reporterButton->setEnabled(has && m_current.realName && m_session.require(Action::ReporterIdentity).ok());
    m_openCaseButton->setEnabled(has && !(m_current.caseId.isEmpty() && m_current.checkCaseId.isEmpty()));
    if (!has) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Select a letter or complaint, or register a new one."))));
        return;
    }
    m_detail->setHtml(detailHtml(events, forwards));
}

QString PetitionPage::detailHtml(const QList<PetitionEvent> &events, const QList<PetitionForward> &forwards) const
{
    const Petition &p = m_current;
    const QDate today = chinaToday();
    QString h;
    h += QStringLiteral("<h3>%1 · %2</h3>").arg(esc(kindText(p.kind)), esc(channelText(p.channel)));
    h += QStringLiteral("<p>%1</p>").arg(esc(p.summary));
    h += QStringLiteral("<p>%1<br>%2<br>%3</p>")
             .arg(esc(tr("Received %1 by %2; owner (首问负责): %3").arg(DisplayText::date(p.receivedOn), p.receivedByName,
                                                                      p.ownerName)),
                  esc(p.realName ? tr("Real name: the reporter's identity is kept apart and shown to county roles only.")
                                 : tr("Anonymous.")),
                  esc(p.divisionCode.size() == 6 ? tr("Kept at the county: it never reaches a township.")
                                                 : tr("Township: %1").arg(officeName(p.divisionCode))));
    h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Clocks (calendar days)")));
    h += QStringLiteral("<li>%1</li>")
             .arg(esc(p.acknowledgedOn.isValid()
                          ? tr("Acknowledge within 15 days (by %1): acknowledged %2").arg(dateText(p.acknowledgeDue),
                                                                                          dateText(p.acknowledgedOn))
                          : tr("Acknowledge within 15 days: by %1").arg(dateText(p.acknowledgeDue))));
    h += QStringLiteral("<li>%1</li>")
             .arg(esc(p.concluded() ? tr("Conclude within 60 days (by %1): concluded %2").arg(dateText(p.concludeDue),
                                                                                             dateText(p.concludedOn))
                                    : tr("Conclude within 60 days: by %1").arg(dateText(p.concludeDue))));
    if (p.extendedOn.isValid())
        h += QStringLiteral("<li>%1</li>")
                 .arg(esc(tr("Extended by 30 days on %1: %2").arg(dateText(p.extendedOn), p.extensionReason)));
    if (!p.concluded()) {
        const int left = p.daysLeft(today);
        h += QStringLiteral("<li><b>%1</b></li>")
                 .arg(esc(left >= 0 ? tr("%n day(s) left on the running clock", nullptr, left)
                                    : tr("OVERDUE by %n day(s)", nullptr, -left)));
    }
    h += QStringLiteral("</ul>");
    if (p.route == QLatin1String("administrative_review"))
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(tr("About a refusal: answered by pointing the household to administrative review or "
                             "litigation; never forwarded for re-examination.")));
    if (!p.caseComplaintId.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Recorded on the case as a complaint (the confirming authority's "
                                                   "own visit may be required).")));
    if (!p.checkCaseId.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("A check (periodic review) of the household was opened.")));
    if (p.concluded()) {
        h += QStringLiteral("<h4>%1</h4><p>%2</p><p>%3</p>")
                 .arg(esc(tr("Conclusion")),
                      esc(tr("%1 on %2 by %3 (office %4)%5")
                              .arg(outcomeText(p.outcome), DisplayText::date(p.concludedOn), p.concludedBy,
                                   officeName(p.decidedOffice), p.verified ? tr("; the report was found true") : QString())),
                      esc(p.findings));
        if (p.feedbackOn.isValid())
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(tr("Feedback to the reporter on %1: %2").arg(DisplayText::date(p.feedbackOn), p.feedbackNote)));
        else if (p.feedbackDue())
            h += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Feedback to the real-name reporter is still due.")));
        if (p.rewardFen >= 0)
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(tr("Reward of %1 yuan on %2: %3")
                                  .arg(DisplayText::yuan(p.rewardFen), DisplayText::date(p.rewardOn), p.rewardNote)));
    }
    if (!forwards.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Re-examination and review")));
        for (const PetitionForward &f : forwards)
            h += QStringLiteral("<li>%1</li>")
                     .arg(esc(tr("%1: forwarded %2 to %3 (%4), answer due %5 — %6")
                                  .arg(stageText(f.stage), DisplayText::date(f.forwardedOn), f.toBody,
                                       officeName(f.toOffice), DisplayText::date(f.answerDue),
                                       f.outcome.isEmpty() ? tr("awaiting the outcome")
                                                           : tr("%1 on %2 %3").arg(forwardOutcomeText(f.outcome),
                                                                                   DisplayText::date(f.outcomeOn),
                                                                                   f.outcomeNote))));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("History")));
    for (const PetitionEvent &e : events) {
        QString line = tr("%1 · %2 · %3").arg(DisplayText::date(e.onDate), eventText(e.action), e.byName);
        if (!e.toName.isEmpty())
            line += tr(" → %1").arg(e.toName);
        if (!e.note.isEmpty())
            line += tr(": %1").arg(e.note);
        h += QStringLiteral("<li>%1</li>").arg(esc(line));
    }
    h += QStringLiteral("</ul>");
    return h;
}

Status PetitionPage::done(const Status &st)
{
    if (!st) {
        m_message->setText(st.error().message);
        return st;
    }
    m_message->clear();
    const QString id = currentPetitionId();
    const QString caseId = m_current.caseId;
    reload();
    selectPetition(id);
    if (currentPetitionId() != id) {
        // Concluded (or no longer overdue): the filter would hide what was just done; show everything instead.
        const QSignalBlocker blockOpen(m_openOnly), blockOverdue(m_overdueOnly);
        m_openOnly->setChecked(false);
        m_overdueOnly->setChecked(false);
        reload();
        selectPetition(id);
    }
    if (!caseId.isEmpty())
        emit caseChanged(caseId);
    return st;
}

void PetitionPage::warn(const QString &title, const Status &st)
{
    if (!st)
        QMessageBox::warning(this, title, st.error().message);
}

Status PetitionPage::acknowledge(const QString &note, const QDate &on)
{
    return done(PetitionStore(m_session).acknowledge(currentPetitionId(), on, note));
}

Status PetitionPage::handOver(const QString &toUser, const QString &reason, const QDate &on)
{
    return done(PetitionStore(m_session).handOver(currentPetitionId(), toUser, reason, on));
}

Status PetitionPage::extend(const QString &reason, const QDate &on)
{
    return done(PetitionStore(m_session).extend(currentPetitionId(), reason, on));
}

Status PetitionPage::conclude(const PetitionConclusion &conclusion)
{
    return done(PetitionStore(m_session).conclude(currentPetitionId(), conclusion));
}

Status PetitionPage::feedback(const QString &note, const QDate &on)
{
    return done(PetitionStore(m_session).feedback(currentPetitionId(), note, on));
}

Status PetitionPage::reward(Fen amount, const QString &note, const QDate &on)
{
    return done(PetitionStore(m_session).reward(currentPetitionId(), amount, note, on));
}

Status PetitionPage::openCheck()
{
    auto opened = PetitionStore(m_session).openCheck(currentPetitionId());
    return done(opened ? Status{} : Status(opened.error()));
}

Status PetitionPage::forward(const PetitionForwardInput &input)
{
    auto fwd = PetitionStore(m_session).forward(currentPetitionId(), input);
    return done(fwd ? Status{} : Status(fwd.error()));
}

Status PetitionPage::recordOutcome(const QString &stage, const QString &outcome, const QString &note,
                                   const QString &byOffice, const QDate &on)
{
    return done(PetitionStore(m_session).recordForwardOutcome(currentPetitionId(), stage, outcome, note, byOffice, on));
}

Status PetitionPage::showReporter()
{
    auto r = PetitionStore(m_session).reporter(currentPetitionId());
    if (!r) {
        m_message->setText(r.error().message);
        return r.error();
    }
    m_message->clear();
    QStringList parts{tr("Reporter: %1").arg(r->name)};
    if (!r->phone.isEmpty())
        parts << tr("phone %1").arg(r->phone);
    if (!r->address.isEmpty())
        parts << tr("address %1").arg(r->address);
    if (!r->idNumber.isEmpty())
        parts << tr("ID number %1").arg(r->idNumber);
    m_reporter->setText(parts.join(QStringLiteral(" · ")) + QLatin1Char('\n')
                        + tr("Confidential: never tell the household or office reported. This read was logged."));
    m_reporter->show();
    return {};
}

void PetitionPage::updateSubjectFields()
{
    const QString subject = m_subjectKind->currentData().toString();
    const bool byCase = subject == QLatin1String("case") || subject == QLatin1String("household");
    const bool office = subject == QLatin1String("staff") || subject == QLatin1String("office");
    for (QWidget *w : {static_cast<QWidget *>(m_subjectSearchLabel), static_cast<QWidget *>(m_subjectSearch),
                       static_cast<QWidget *>(m_subjectCaseLabel), static_cast<QWidget *>(m_subjectCase)})
        w->setVisible(byCase);
    m_subjectOfficeLabel->setVisible(office);
    m_subjectOffice->setVisible(office);
    m_subjectCaseLabel->setText(subject == QLatin1String("household") ? tr("Hous&ehold:") : tr("Cas&e:"));
    m_staffNameLabel->setVisible(subject == QLatin1String("staff"));
    m_staffName->setVisible(subject == QLatin1String("staff"));
    for (QWidget *w : {static_cast<QWidget *>(m_reporterName), static_cast<QWidget *>(m_reporterPhone),
                       static_cast<QWidget *>(m_reporterAddress), static_cast<QWidget *>(m_reporterId)})
        w->setEnabled(m_realName->isChecked());
}

void PetitionPage::searchCases()
{
    m_subjectCase->clear();
    const QString text = m_subjectSearch->text().trimmed();
    if (text.isEmpty())
        return;
    if (m_subjectKind->currentData().toString() == QLatin1String("household")) {
        // Households, also those brought in from the roster without a case.
        auto found = HouseholdStore(m_session).find(text);
        if (!found) {
            m_message->setText(found.error().message);
            return;
        }
        for (const HouseholdMatch &h : std::as_const(*found))
            m_subjectCase->addItem(tr("%1 · %2 · %3").arg(h.applicantName.isEmpty() ? h.memberName : h.applicantName,
                                                          h.villageName, DisplayText::enrolment(h.enrolment)),
                                   h.householdId);
        return;
    }
    CaseFilter filter;
    filter.search = text;
    filter.limit = 50;
    auto found = CaseStore(m_session).list(filter);
    if (!found) {
        m_message->setText(found.error().message);
        return;
    }
    for (const CaseSummary &c : std::as_const(*found))
        m_subjectCase->addItem(tr("%1 · %2 · %3").arg(c.applicantName, c.villageName, DisplayText::date(c.submittedOn)),
                               c.id);
}

Result<QString> PetitionPage::registerFromForm()
{
    PetitionInput in;
    in.kind = m_kind->currentData().toString();
    in.channel = m_channel->currentData().toString();
    in.realName = m_realName->isChecked();
    in.subjectKind = m_subjectKind->currentData().toString();
    in.summary = m_summary->toPlainText().trimmed();
    in.receivedOn = m_received->date();
    if (in.realName) {
        in.reporterName = m_reporterName->text().trimmed();
        in.reporterPhone = m_reporterPhone->text().trimmed();
        in.reporterAddress = m_reporterAddress->text().trimmed();
        in.reporterIdNumber = m_reporterId->text().trimmed();
    }
    if (in.subjectKind == QLatin1String("case") || in.subjectKind == QLatin1String("household")) {
        const QString chosen = m_subjectCase->currentData().toString();
        if (chosen.isEmpty()) {
            const Error e = makeError(ErrorKind::Invalid, QStringLiteral("petition_subject_case"),
                                      tr("Find the case or household concerned: type a member's name or ID number and "
                                         "choose it."));
            m_message->setText(e.message);
            return e;
        }
        if (in.subjectKind == QLatin1String("case"))
            in.caseId = chosen;
        else
            in.householdId = chosen;
    } else if (in.subjectKind == QLatin1String("staff") || in.subjectKind == QLatin1String("office")) {
        in.subjectDivision = m_subjectOffice->currentData().toString();
        in.staffName = m_staffName->text().trimmed();
    }
    auto id = PetitionStore(m_session).registerPetition(in);
    if (!id) {
        m_message->setText(id.error().message);
        return id;
    }
    m_message->clear();
    clearForm();
    m_openOnly->setChecked(true);
    m_overdueOnly->setChecked(false);
    reload();
    selectPetition(*id);
    m_tabs->setCurrentIndex(0);
    if (!in.caseId.isEmpty())
        emit caseChanged(in.caseId);
    return id;
}

void PetitionPage::clearForm()
{
    m_summary->clear();
    m_reporterName->clear();
    m_reporterPhone->clear();
    m_reporterAddress->clear();
    m_reporterId->clear();
    m_reporterId->clearState();
    m_staffName->clear();
    m_subjectSearch->clear();
    m_subjectCase->clear();
    m_realName->setChecked(false);
    m_received->setDate(chinaToday());
}

void PetitionPage::askAcknowledge()
{
    ActionDialog d(tr("Acknowledge"), tr("Tell the person it was received (within 15 calendar days)."), this);
    QDateEdit *on = d.addDate(tr("&Date:"), chinaToday(), chinaToday());
    QLineEdit *note = d.addLine(tr("&Note:"), false);
    if (d.ask())
        warn(tr("Acknowledge"), acknowledge(note->text().trimmed(), on->date()));
}

void PetitionPage::askHandOver()
{
    // Users here who may handle petitions; the core checks the receiver again (and knows the county's directory).
    QList<QPair<QString, QString>> users;
    if (auto all = UserStore(m_session).all())
        for (const User &u : std::as_const(*all))
            if (u.active && roleAllows(u.role, Action::Petition) && u.id != m_session.actor().userId)
                users.append({tr("%1 (%2)").arg(u.displayName.isEmpty() ? u.name : u.displayName,
                                                roleDisplayName(u.role)),
                              u.name});
    ActionDialog d(tr("Hand over"),
                   tr("首问负责: the owner keeps it until a recorded hand-over to someone who may handle it."), this);
    QComboBox *to = d.addChoice(tr("&To:"), users);
    to->setEditable(true); // a user of the county's directory may be named too
    QPlainTextEdit *reason = d.addText(tr("&Reason:"), true);
    QDateEdit *on = d.addDate(tr("&Date:"), chinaToday(), chinaToday());
    d.addCheckRule([to] { return to->currentText().trimmed().isEmpty() ? tr("Choose whom to hand it over to.") : QString(); });
    if (!d.ask())
        return;
    const QString name = to->currentIndex() >= 0 && to->currentText() == to->itemText(to->currentIndex())
        ? to->currentData().toString()
        : to->currentText().trimmed();
    warn(tr("Hand over"), handOver(name, reason->toPlainText().trimmed(), on->date()));
}

void PetitionPage::askExtend()
{
    ActionDialog d(tr("Extend"), tr("Once, by 30 days, with reasons, before the 60 days end."), this);
    QPlainTextEdit *reason = d.addText(tr("&Reasons:"), true);
    QDateEdit *on = d.addDate(tr("&Date:"), chinaToday(), chinaToday());
    if (d.ask())
        warn(tr("Extend"), extend(reason->toPlainText().trimmed(), on->date()));
}

void PetitionPage::askConclude()
{
    QList<QPair<QString, QString>> outcomes;
    for (const char *t : {"upheld", "partly_upheld", "not_upheld", "answered", "administrative_review"})
        outcomes.append({outcomeText(QString::fromLatin1(t)), QString::fromLatin1(t)});
    ActionDialog d(tr("Conclude"), tr("Record the outcome and the findings; concluding also acknowledges."), this);
    QComboBox *outcome = d.addChoice(tr("&Outcome:"), outcomes);
    if (m_current.route == QLatin1String("administrative_review"))
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("administrative_review")));
    QPlainTextEdit *findings = d.addText(tr("&Findings:"), true);
    QCheckBox *verified = d.addCheck(tr("The report was found &true (a reward may follow)"));
    QDateEdit *on = d.addDate(tr("&Date:"), chinaToday(), chinaToday());
    if (!d.ask())
        return;
    PetitionConclusion c;
    c.outcome = outcome->currentData().toString();
    c.findings = findings->toPlainText().trimmed();
    c.verified = verified->isChecked();
    c.on = on->date();
    warn(tr("Conclude"), conclude(c));
}

void PetitionPage::askFeedback()
{
    ActionDialog d(tr("Feedback"), tr("What the real-name reporter was told, once, after the conclusion."), this);
    QPlainTextEdit *note = d.addText(tr("&What was said:"), true);
    QDateEdit *on = d.addDate(tr("&Date:"), chinaToday(), chinaToday());
    if (d.ask())
        warn(tr("Feedback"), feedback(note->toPlainText().trimmed(), on->date()));
}

void PetitionPage::askReward()
{
    ActionDialog d(tr("Reward"), tr("Once, for a verified report by a named reporter."), this);
    QLineEdit *amount = d.addYuan(tr("&Amount:"), true);
    QLineEdit *note = d.addLine(tr("&Note:"), false);
    QDateEdit *on = d.addDate(tr("&Date:"), chinaToday(), chinaToday());
    if (d.ask())
        warn(tr("Reward"), reward(NoticeCandidateModel::parseYuan(amount->text().trimmed()), note->text().trimmed(),
                                  on->date()));
}

void PetitionPage::askForward()
{
    ActionDialog d(tr("Forward to the higher body"),
                   tr("A re-examination or review is decided by the next-higher body, never by the office that decided."),
                   this);
    QComboBox *stage = d.addChoice(tr("&Stage:"), {{stageText(QStringLiteral("reexamination")), QStringLiteral("reexamination")},
                                                  {stageText(QStringLiteral("review")), QStringLiteral("review")}});
    QLineEdit *body = d.addLine(tr("Higher &body:"), true, tr("e.g. 昭阳区民政局"));
    const QString higher = PetitionStore::higherOffice(m_current.decidedOffice);
    QLineEdit *office = d.addLine(tr("Its &division code:"), false, higher);
    QDateEdit *requested = d.addDate(tr("&Requested on:"), chinaToday(), chinaToday());
    QDateEdit *on = d.addDate(tr("&Forwarded on:"), chinaToday(), chinaToday());
    if (!d.ask())
        return;
    PetitionForwardInput in;
    in.stage = stage->currentData().toString();
    in.toBody = body->text().trimmed();
    in.toOffice = office->text().trimmed();
    in.requestedOn = requested->date();
    in.forwardedOn = on->date();
    warn(tr("Forward to the higher body"), forward(in));
}

void PetitionPage::askOutcome()
{
    ActionDialog d(tr("Outcome of the higher body"), tr("Record the outcome as the higher body sent it."), this);
    QComboBox *stage = d.addChoice(tr("&Stage:"), {{stageText(QStringLiteral("reexamination")), QStringLiteral("reexamination")},
                                                  {stageText(QStringLiteral("review")), QStringLiteral("review")}});
    QComboBox *outcome = d.addChoice(tr("&Outcome:"), {{forwardOutcomeText(QStringLiteral("upheld")), QStringLiteral("upheld")},
                                                      {forwardOutcomeText(QStringLiteral("changed")), QStringLiteral("changed")},
                                                      {forwardOutcomeText(QStringLiteral("revoked")), QStringLiteral("revoked")}});
    QLineEdit *by = d.addLine(tr("Decided by (division code):"), false);
    QLineEdit *note = d.addLine(tr("&Note:"), false);
    QDateEdit *on = d.addDate(tr("&Date:"), chinaToday(), chinaToday());
    if (d.ask())
        warn(tr("Outcome of the higher body"), recordOutcome(stage->currentData().toString(),
                                                              outcome->currentData().toString(), note->text().trimmed(),
                                                              by->text().trimmed(), on->date()));
}

Status PetitionPage::addRelative(const NearRelativeEntry &entry)
{
    auto id = NearRelativeRegister(m_session).add(entry);
    if (!id) {
        m_message->setText(id.error().message);
        return id.error();
    }
    m_message->clear();
    reloadRegister();
    return {};
}

void PetitionPage::askAddRelative()
{
    QList<QPair<QString, QString>> roles, relations;
    for (const QString &r : NearRelativeRegister::staffRoles())
        roles.append({staffRoleText(r), r});
    for (const QString &r : NearRelativeRegister::relations())
        relations.append({relationText(r), r});
    ActionDialog d(tr("Near-relative register"),
                   tr("A staff member or village cadre and one near relative, both by ID number."), this);
    QLineEdit *staff = d.addLine(tr("&Staff member:"), true);
    QLineEdit *staffId = d.addLine(tr("Staff &ID number:"), true);
    QComboBox *role = d.addChoice(tr("&Role:"), roles);
    QLineEdit *unit = d.addLine(tr("&Unit:"), false, tr("township or village"));
    QLineEdit *relative = d.addLine(tr("&Relative:"), true);
    QLineEdit *relativeId = d.addLine(tr("Relative's I&D number:"), true);
    QComboBox *relation = d.addChoice(tr("Re&lation:"), relations);
    QLineEdit *note = d.addLine(tr("&Note:"), false);
    for (QLineEdit *e : {staffId, relativeId})
        d.addCheckRule([e] {
            const QString t = e->text().trimmed();
            if (t.isEmpty())
                return QString();
            auto parsed = parseIdNumber(t);
            return parsed ? QString() : tr("%1: %2").arg(t, parsed.error().message);
        });
    if (!d.ask())
        return;
    NearRelativeEntry e;
    e.staffName = staff->text().trimmed();
    e.staffIdNumber = staffId->text().trimmed();
    e.staffRole = role->currentData().toString();
    e.staffUnit = unit->text().trimmed();
    e.relativeName = relative->text().trimmed();
    e.relativeIdNumber = relativeId->text().trimmed();
    e.relation = relation->currentData().toString();
    e.note = note->text().trimmed();
    warn(tr("Near-relative register"), addRelative(e));
}

void PetitionPage::reloadRegister()
{
    if (!m_registerTab)
        return;
    NearRelativeRegister reg(m_session);
    QList<TextTableModel::Row> rows;
    if (auto entries = reg.entries()) {
        for (const NearRelativeEntry &e : std::as_const(*entries))
            rows << TextTableModel::Row{{e.staffName, maskIdNumber(e.staffIdNumber), staffRoleText(e.staffRole),
                                         e.staffUnit, e.relativeName, maskIdNumber(e.relativeIdNumber),
                                         relationText(e.relation),
                                         e.endedOn.isValid() ? tr("ended %1").arg(DisplayText::date(e.endedOn))
                                                             : tr("in force")},
                                        e.id,
                                        e.note,
                                        false};
    } else {
        m_message->setText(entries.error().message);
    }
    m_registerModel->setRows(rows);
    QList<TextTableModel::Row> flagged;
    if (auto list = reg.flagged()) {
        for (const NearRelativeFlag &f : std::as_const(*list)) {
            QStringList grounds;
            if (f.declared)
                grounds << tr("declared by the applicant");
            for (const NearRelativeMatch &m : f.matches)
                grounds << tr("%1 is %2 of %3 (%4)")
                               .arg(m.memberName, relationText(m.relation), m.staffName, staffRoleText(m.staffRole));
            flagged << TextTableModel::Row{{f.applicantName, f.villageName, officeName(f.divisionCode),
                                            CaseState::displayName(f.state),
                                            grounds.join(QStringLiteral("; ")),
                                            f.authorityVisitRecorded ? tr("recorded") : tr("MISSING")},
                                           f.caseId,
                                           QString(),
                                           !f.authorityVisitRecorded};
        }
    } else {
        m_message->setText(list.error().message);
    }
    m_flaggedModel->setRows(flagged);
    m_registerView->resizeColumnsToContents();
    m_flaggedView->resizeColumnsToContents();
}

void PetitionPage::retranslate()
{
    m_title->setText(tr("Complaints"));
    m_openOnly->setText(tr("&Open only"));
    m_overdueOnly->setText(tr("O&verdue only"));
    m_reload->setText(tr("&Reload"));
    m_tabs->setTabText(0, tr("Letters and complaints"));
    m_tabs->setTabText(1, tr("Register new"));
    if (m_registerTab)
        m_tabs->setTabText(m_tabs->indexOf(m_registerTab), tr("Near-relative register"));
    m_model->setHeaders({tr("Received"), tr("Kind"), tr("Channel"), tr("Reporter"), tr("About"), tr("Summary"),
                         tr("Owner"), tr("State"), tr("Clock")});
    m_ackButton->setText(tr("&Acknowledge…"));
    m_handOverButton->setText(tr("&Hand over…"));
    m_extendButton->setText(tr("E&xtend…"));
    m_concludeButton->setText(tr("Con&clude…"));
    m_feedbackButton->setText(tr("&Feedback…"));
    m_rewardButton->setText(tr("Re&ward…"));
    m_checkButton->setText(tr("Open chec&k…"));
    m_forwardButton->setText(tr("For&ward…"));
    m_outcomeButton->setText(tr("Record o&utcome…"));
    m_reporterButton->setText(tr("Show re&porter"));
    m_openCaseButton->setText(tr("Open &case"));

    const QString kind = m_kind->currentData().toString(), channel = m_channel->currentData().toString(),
                  subject = m_subjectKind->currentData().toString();
    m_kind->clear();
    for (const QString &k : PetitionKind::all())
        m_kind->addItem(kindText(k), k);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind.isEmpty() ? PetitionKind::Complaint : kind)));
    m_channel->clear();
    for (const char *c : {"hotline", "letter", "visit", "online"})
        m_channel->addItem(channelText(QString::fromLatin1(c)), QString::fromLatin1(c));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
    m_subjectKind->clear();
    for (const char *s : {"case", "household", "staff", "office", "none"})
        m_subjectKind->addItem(subjectKindText(QString::fromLatin1(s)), QString::fromLatin1(s));
    m_subjectKind->setCurrentIndex(qMax(0, m_subjectKind->findData(subject)));
    m_kindLabel->setText(tr("&Kind:"));
    m_channelLabel->setText(tr("C&hannel:"));
    m_receivedLabel->setText(tr("Recei&ved on:"));
    m_reporterBox->setTitle(tr("Reporter"));
    m_realName->setText(tr("Real &name (otherwise anonymous)"));
    m_reporterNameLabel->setText(tr("&Name:"));
    m_reporterPhoneLabel->setText(tr("&Phone:"));
    m_reporterAddressLabel->setText(tr("A&ddress:"));
    m_reporterIdLabel->setText(tr("&ID number:"));
    m_confidentiality->setText(tr("The reporter's identity is kept apart from the record, readable by county roles "
                                  "only, and never reaches the household or office reported."));
    m_subjectBox->setTitle(tr("About"));
    m_subjectKindLabel->setText(tr("&Subject:"));
    m_subjectSearchLabel->setText(tr("&Find applicant:"));
    m_subjectSearch->setPlaceholderText(tr("name, ID number or address"));
    m_subjectOfficeLabel->setText(tr("&Office:"));
    m_staffNameLabel->setText(tr("S&taff member:"));
    m_summaryEditLabel->setText(tr("What it says (su&mmary):"));
    m_registerButton->setText(tr("&Register"));
    if (m_registerTab) {
        m_registerNote->setText(tr("近亲属备案: staff and village cadres with their near relatives. An application with a "
                                   "member on the register, or whose applicant declared one, needs the confirming "
                                   "authority's own home visit. ID numbers are shown masked; opening this tab is "
                                   "logged."));
        m_registerModel->setHeaders({tr("Staff member"), tr("ID number"), tr("Role"), tr("Unit"), tr("Relative"),
                                     tr("ID number"), tr("Relation"), tr("Status")});
        m_flaggedLabel->setText(tr("Open near-relative cases:"));
        m_flaggedModel->setHeaders({tr("Applicant"), tr("Village"), tr("Township"), tr("State"), tr("Grounds"),
                                    tr("Authority's own visit")});
        m_addRelativeButton->setText(tr("&Add to the register…"));
        m_reloadRegisterButton->setText(tr("Reload the re&gister"));
    }
    updateSubjectFields();
    reload();
}

void PetitionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dibao
