#include "CaseView.h"

#include "AttachmentPanel.h"
#include "DisplayText.h"
#include "EligibilityReport.h"
#include "PrintDocuments.h"
#include "TextTableModel.h"
#include "TransitionDialog.h"
#include "VisitDialog.h"
#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "domain/IdNumber.h"
#include "policy/WorkingCalendar.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"
#include "workflow/Workflow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace dibao {

namespace {
const QStringList kSecondaryTransitions{QStringLiteral("add_ground"), QStringLiteral("withdraw"),
                                        QStringLiteral("terminate")};
}

CaseView::CaseView(Session &session, const QString &caseId, QWidget *parent)
    : WorkTab(parent), m_session(session), m_caseId(caseId)
{
    setObjectName(QStringLiteral("caseView"));
    buildUi();
    reload();
}

void CaseView::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_actions = new QHBoxLayout;

    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("caseSections"));
    m_householdFacts = new QLabel(this);
    m_householdFacts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_householdFacts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_householdFacts->setWordWrap(true);
    m_householdFacts->setMargin(8);
    auto *householdScroll = new QScrollArea(this);
    householdScroll->setWidget(m_householdFacts);
    householdScroll->setWidgetResizable(true);
    m_sections->addTab(householdScroll, QString());

    m_members = new TextTableModel(this);
    m_incomes = new TextTableModel(this);
    m_assets = new TextTableModel(this);
    m_documentsModel = new TextTableModel(this);
    m_visitsModel = new TextTableModel(this);
    m_historyModel = new TextTableModel(this);
    m_sections->addTab(addTable(m_members, QStringLiteral("membersTable")), QString());
    m_sections->addTab(addTable(m_incomes, QStringLiteral("incomeTable")), QString());
    m_sections->addTab(addTable(m_assets, QStringLiteral("assetsTable")), QString());
    m_sections->addTab(addTable(m_documentsModel, QStringLiteral("documentsTable")), QString());
    m_eligibilityBrowser = new QTextBrowser(this);
    m_eligibilityBrowser->setObjectName(QStringLiteral("eligibilityPanel"));
    m_eligibilityBrowser->setOpenLinks(false);
    m_sections->addTab(m_eligibilityBrowser, QString());
    // Visits above, the attachments of the selected visit below (thumbnails; drop files there to attach them).
    auto *visitsSplit = new QSplitter(Qt::Vertical, this);
    m_visitsTable = addTable(m_visitsModel, QStringLiteral("visitsTable"));
    visitsSplit->addWidget(m_visitsTable);
    m_visitAttachments = new AttachmentPanel(m_session, this);
    m_visitAttachments->setEnabled(false);
    visitsSplit->addWidget(m_visitAttachments);
    connect(m_visitsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const bool has = current.isValid() && current.row() < m_visits.size();
                m_visitAttachments->setEnabled(has);
                m_visitAttachments->setOwner(QStringLiteral("visits"), has ? m_visits.at(current.row()).id : QString());
            });
    m_sections->addTab(visitsSplit, QString());
    m_sections->addTab(addTable(m_historyModel, QStringLiteral("historyTable")), QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addLayout(m_actions);
    layout->addWidget(m_message);
    layout->addWidget(m_sections, 1);
}

QTableView *CaseView::addTable(TextTableModel *model, const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    return view;
}

QList<TextTableModel *> CaseView::tableModels() const
{
    return {m_members, m_incomes, m_assets, m_documentsModel, m_visitsModel, m_historyModel};
}

QString CaseView::tabTitle() const
{
    if (!m_loaded)
        return tr("Case");
    return tr("%1 · %2").arg(m_record.applicantName, CaseState::displayName(m_record.state));
}

void CaseView::reload()
{
    m_loaded = false;
    m_loadError.clear();
    CaseStore cases(m_session);
    auto record = cases.get(m_caseId);
    if (!record) {
        m_loadError = record.error().message;
        fill();
        return;
    }
    m_record = *record;
    HouseholdStore households(m_session);
    auto file = households.load(m_record.householdId);
    if (!file) {
        m_loadError = file.error().message;
        fill();
        return;
    }
    m_file = *file;
    auto docs = cases.documents(m_caseId);
    m_documents = docs ? *docs : QList<CaseDocument>();
    auto visits = cases.visits(m_caseId);
    m_visits = visits ? *visits : QList<HouseholdVisit>();
    auto history = cases.history(m_caseId);
    m_history = history ? *history : QList<CaseEvent>();
    auto clocks = cases.clocks(m_caseId);
    m_clocks = clocks ? *clocks : QList<ClockRecord>();
    EligibilityOptions options;
    options.assignedTier = !m_record.tier.isEmpty() ? m_record.tier : m_record.proposedTier;
    options.individualMemberId = m_record.individualMemberId;
    m_eligibility = evaluateEligibility(m_file, m_session.policy(), chinaToday(), options);
    m_available = Workflow(m_session).available(m_record);
    m_loaded = true;
    fill();
    emit titleChanged();
}

QString CaseView::memberName(const QString &memberId) const
{
    for (const Member &m : m_file.members)
        if (m.id == memberId)
            return m.name;
    return QString();
}

void CaseView::fill()
{
    m_sections->setTabText(HouseholdSection, tr("Household"));
    m_sections->setTabText(MembersSection, tr("Members"));
    m_sections->setTabText(IncomeSection, tr("Income"));
    m_sections->setTabText(AssetsSection, tr("Assets"));
    m_sections->setTabText(DocumentsSection, tr("Documents"));
    m_sections->setTabText(EligibilitySection, tr("Eligibility"));
    m_sections->setTabText(VisitsSection, tr("Visits"));
    m_sections->setTabText(HistorySection, tr("History"));
    if (!m_loaded) {
        m_title->setText(tr("This case cannot be shown"));
        m_facts->setText(m_loadError);
        m_sections->setEnabled(false);
        return;
    }
    m_sections->setEnabled(true);
    fillHeader();
    fillActions();
    fillTables();
}

void CaseView::fillHeader()
{
    const CaseRecord &c = m_record;
    m_title->setText(tr("%1 — %2").arg(c.applicantName, CaseState::displayName(c.state)));
    QStringList facts;
    facts << (c.kind == QLatin1String("review") ? tr("Periodic review") : tr("Application"));
    facts << (DivisionRegistry::instance().fullName(c.divisionCode) + QLatin1Char(' ') + c.villageName).trimmed();
    facts << tr("%n member(s)", nullptr, int(m_file.members.size()));
    facts << tr("submitted %1").arg(DisplayText::date(c.submittedOn));
    if (c.acceptedOn.isValid())
        facts << tr("accepted %1").arg(DisplayText::date(c.acceptedOn));
    if (!c.channel.isEmpty())
        facts << DisplayText::channel(c.channel)
                + (c.entrustedName.isEmpty() ? QString() : QStringLiteral("：") + c.entrustedName);
    if (c.nearRelativeDeclared)
        facts << tr("near relative of staff declared");
    if (!c.extensionGround.isEmpty())
        facts << tr("45 working days: %1").arg(DisplayText::ground(c.extensionGround));
    if (c.amount >= 0)
        facts << tr("decided %1 yuan/month from %2").arg(formatYuan(c.amount), isoMonth(c.effectiveMonth));
    else if (c.proposedAmount >= 0)
        facts << tr("proposed %1 yuan/month").arg(formatYuan(c.proposedAmount));
    if (!c.closedReason.isEmpty())
        facts << tr("closed: %1").arg(c.closedReason);
    const WorkingCalendar calendar(m_session.policy());
    const QDate today = chinaToday();
    for (const ClockRecord &k : m_clocks)
        if (!k.doneOn.isValid())
            facts << tr("%1: %2 (%3)").arg(DisplayText::clock(k.clock),
                                           DisplayText::deadline(k.dueOn, k.clock, today, calendar),
                                           DisplayText::date(k.dueOn));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
}

void CaseView::fillActions()
{
    for (QPushButton *b : m_actionButtons)
        b->deleteLater();
    m_actionButtons.clear();
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    QStringList secondary;
    for (const QString &t : m_available) {
        if (kSecondaryTransitions.contains(t)) {
            secondary << t;
            continue;
        }
        auto *b = new QPushButton(DisplayText::transition(t), this);
        b->setObjectName(QStringLiteral("action_") + t);
        b->setToolTip(DisplayText::transitionHint(t));
        connect(b, &QPushButton::clicked, this, [this, t] { startTransition(t); });
        m_actions->addWidget(b);
        m_actionButtons << b;
    }
    const bool open = !CaseState::isFinal(m_record.state);
    if (open && m_session.require(Action::RecordVisit).ok()) {
        auto *visit = new QPushButton(QIcon(QStringLiteral(":/icons/visits.svg")), tr("Record a &visit…"), this);
        visit->setObjectName(QStringLiteral("action_record_visit"));
        connect(visit, &QPushButton::clicked, this, [this] { startVisit(); });
        m_actions->addWidget(visit);
        m_actionButtons << visit;
    }
    if (m_session.require(Action::Intake).ok()) {
        // Address, phone, members, income, assets after intake; the core refuses it once the case is decided.
        auto *edit = new QPushButton(tr("Edit &household…"), this);
        edit->setObjectName(QStringLiteral("action_edit_household"));
        edit->setToolTip(tr("Correct the household's address, phone, members, income or assets (recorded in the "
                            "audit trail). After a decision, open a periodic review first."));
        connect(edit, &QPushButton::clicked, this, [this] { emit editHouseholdRequested(m_caseId); });
        m_actions->addWidget(edit);
        m_actionButtons << edit;
    }
    if (!secondary.isEmpty()) {
        auto *more = new QToolButton(this);
        more->setObjectName(QStringLiteral("moreActions"));
        more->setText(tr("More…"));
        more->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(more);
        for (const QString &t : secondary) {
            QAction *a = menu->addAction(DisplayText::transition(t));
            a->setObjectName(QStringLiteral("action_") + t);
            connect(a, &QAction::triggered, this, [this, t] { startTransition(t); });
        }
        more->setMenu(menu);
        m_actions->addWidget(more);
    }
    m_actions->addStretch(1);
    auto *printButton = new QPushButton(QIcon(QStringLiteral(":/icons/print.svg")), tr("&Print…"), this);
    printButton->setToolTip(tr("The application form, or the visit record on the Visits tab (Ctrl+P)"));
    connect(printButton, &QPushButton::clicked, this, &CaseView::print);
    m_actions->addWidget(printButton);
    m_actionButtons << printButton;
    if (m_available.isEmpty() && !open) {
        m_message->setText(tr("This case is closed; its history stays as evidence."));
        m_message->setStyleSheet(QString());
        m_message->show();
    }
}

QPushButton *CaseView::transitionButton(const QString &transition) const
{
    return findChild<QPushButton *>(QStringLiteral("action_") + transition);
}

void CaseView::fillTables()
{
    const QDate today = chinaToday();
    m_members->setHeaders({tr("Name"), tr("Relation"), tr("ID number"), tr("Sex"), tr("Born"), tr("Health"),
                           tr("Work ability"), tr("Counted")});
    QList<TextTableModel::Row> rows;
    for (const Member &m : m_file.members) {
        QString health = DisplayText::health(m.health);
        if (m.disabilityGrade > 0)
            health += tr(" (%1 grade %2)").arg(m.disabilityCategory).arg(m.disabilityGrade);
        if (m.seriousIllness)
            health += tr(", serious illness");
        QString counted = DisplayText::notCounted(m.notCounted);
        for (const MemberAssessment &a : m_eligibility.members)
            if (a.memberId == m.id)
                // The core's reason already says counted or not, and why.
                counted = a.reasonText.isEmpty() ? (a.counted ? tr("Counted") : tr("Not counted")) : a.reasonText;
        rows << TextTableModel::Row{{m.name, DisplayText::relation(m.relation), maskIdNumber(m.idNumber),
                                     DisplayText::sex(m.sex), DisplayText::date(m.birthDate), health,
                                     DisplayText::workAbility(m.workAbility), counted},
                                    m.id,
                                    tr("Age %1").arg(ageOn(m.birthDate, today)),
                                    m.notCounted != NotCountedReason::None};
    }
    m_members->setRows(rows);

    m_incomes->setHeaders({tr("Member"), tr("Kind"), tr("Months"), tr("Amount (yuan)"), tr("Deductions (yuan)"),
                           tr("Note")});
    rows.clear();
    for (const IncomeItem &i : m_file.incomes) {
        const Fen deductions = i.workCosts + i.taxes + i.socialInsurance + i.supportPaid;
        rows << TextTableModel::Row{{memberName(i.memberId), DisplayText::incomeKind(i.kind),
                                     tr("%1 to %2").arg(isoMonth(i.fromMonth), isoMonth(i.toMonth)),
                                     formatYuan(i.amount), formatYuan(deductions), i.note},
                                    i.id,
                                    tr("Work costs %1, taxes %2, social insurance %3, support paid %4")
                                        .arg(formatYuan(i.workCosts), formatYuan(i.taxes),
                                             formatYuan(i.socialInsurance), formatYuan(i.supportPaid)),
                                    false};
    }
    m_incomes->setRows(rows);

    m_assets->setHeaders({tr("Member"), tr("Kind"), tr("Value (yuan)"), tr("Details"), tr("Exempt")});
    rows.clear();
    for (const AssetItem &a : m_file.assets) {
        QString details;
        if (a.kind == QLatin1String("vehicle"))
            details = DisplayText::vehicleKind(a.subKind);
        else if (a.kind == QLatin1String("house"))
            details = tr("%1 house(s), %2 m²").arg(a.count).arg(double(a.floorAreaCentiSqm) / 100.0, 0, 'f', 2);
        if (a.purchaseDate.isValid())
            details += (details.isEmpty() ? QString() : QStringLiteral("，")) + tr("bought %1").arg(isoDate(a.purchaseDate));
        rows << TextTableModel::Row{{a.memberId.isEmpty() ? tr("Household") : memberName(a.memberId),
                                     DisplayText::assetKind(a.kind), formatYuan(a.value), details,
                                     a.exempt ? tr("Yes: %1").arg(a.exemptReason) : tr("No")},
                                    a.id, a.note, false};
    }
    m_assets->setRows(rows);

    m_documentsModel->setHeaders({tr("Document"), tr("Status"), tr("Note")});
    rows.clear();
    for (const CaseDocument &d : m_documents)
        rows << TextTableModel::Row{{DisplayText::documentKind(d.kind), DisplayText::documentStatus(d.status), d.note},
                                    d.id, QString(), d.status == QLatin1String("missing")};
    m_documentsModel->setRows(rows);

    m_visitsModel->setHeaders({tr("Date"), tr("Kind"), tr("Investigators"), tr("Members seen"), tr("Findings")});
    rows.clear();
    for (const HouseholdVisit &v : m_visits) {
        QStringList investigators;
        for (const Investigator &i : v.investigators)
            investigators << i.name;
        QStringList seen;
        for (const QString &id : v.membersSeen)
            seen << memberName(id);
        QString kind = DisplayText::visitKind(v.kind);
        if (v.remote)
            kind += tr(" (remote: %1)").arg(v.emergencyReference);
        if (v.byAuthority)
            kind += tr(" (confirming authority)");
        rows << TextTableModel::Row{{DisplayText::date(v.visitDate), kind, investigators.join(QStringLiteral("、")),
                                     seen.join(QStringLiteral("、")), v.findings},
                                    v.id,
                                    tr("Food: %1\nClothing: %2\nHousing: %3\nDaily necessities: %4\nEvidence: %5")
                                        .arg(v.food, v.clothing, v.housing, v.necessities, v.evidence),
                                    false};
    }
    m_visitsModel->setRows(rows);
    if (!m_visits.isEmpty())
        m_visitsTable->setCurrentIndex(m_visitsModel->index(int(m_visits.size()) - 1, 0));

    m_historyModel->setHeaders({tr("Date"), tr("Step"), tr("From"), tr("To"), tr("By"), tr("Reasons")});
    rows.clear();
    for (const CaseEvent &e : m_history)
        rows << TextTableModel::Row{{DisplayText::date(e.onDate), DisplayText::eventAction(e.action),
                                     CaseState::displayName(e.fromState), CaseState::displayName(e.toState),
                                     e.userName, e.reason},
                                    e.id, tr("Recorded at %1 (UTC)").arg(e.at), false};
    m_historyModel->setRows(rows);

    QStringList hh;
    const Household &h = m_file.household;
    auto line = [&hh](const QString &k, const QString &v) {
        hh << QStringLiteral("<tr><td style='padding-right:16px'>%1</td><td><b>%2</b></td></tr>")
                  .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    line(tr("Township"), DivisionRegistry::instance().fullName(h.divisionCode));
    line(tr("Village"), h.villageName);
    line(tr("Area"), DisplayText::area(h.area));
    line(tr("Registered address"), h.registeredAddress);
    line(tr("Actual address"), h.actualAddress);
    line(tr("Registered and actual residence differ"), DisplayText::yesNo(h.separatedResidence));
    line(tr("Phone"), h.phone);
    line(tr("Bank"), h.bankName);
    line(tr("Account"), h.bankAccount.isEmpty() ? QString() : QStringLiteral("****") + h.bankAccount.right(4));
    line(tr("Stable household (reviewed every 12 months)"), DisplayText::yesNo(h.stableCategory));
    line(tr("Enrolment"), DisplayText::enrolment(h.enrolment));
    if (h.nextReviewDue.isValid())
        line(tr("Next periodic review"), DisplayText::date(h.nextReviewDue));
    m_householdFacts->setText(QStringLiteral("<table>") + hh.join(QString()) + QStringLiteral("</table>"));

    m_eligibilityBrowser->setHtml(EligibilityReport::html(m_eligibility, m_file));
}

TransitionDialog *CaseView::startTransition(const QString &transition)
{
    const Fen suggested = m_eligibility.verdict == EligibilityVerdict::Eligible ? m_eligibility.amount.amount : -1;
    auto *dialog = new TransitionDialog(m_session, m_record, transition, suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransitionDialog::applied, this, [this](const QString &caseId, const QString &t) {
        reload();
        m_message->setText(tr("Done: %1.").arg(DisplayText::transition(t)));
        m_message->setStyleSheet(QStringLiteral("color: #1e6b34;"));
        m_message->show();
        emit caseChanged(caseId);
    });
    dialog->open();
    return dialog;
}

VisitDialog *CaseView::startVisit()
{
    auto *dialog = new VisitDialog(m_session, m_record, m_file.members, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VisitDialog::recorded, this, [this] {
        reload();
        m_sections->setCurrentIndex(VisitsSection);
        m_message->setText(tr("The visit is recorded."));
        m_message->setStyleSheet(QStringLiteral("color: #1e6b34;"));
        m_message->show();
        emit caseChanged(m_caseId);
    });
    dialog->open();
    return dialog;
}

void CaseView::print()
{
    if (!m_loaded)
        return;
    if (m_sections->currentIndex() == VisitsSection && !m_visits.isEmpty())
        PrintDocuments::preview(PrintDocuments::visitRecordHtml(m_session, m_record, m_file, selectedVisit()), this);
    else
        PrintDocuments::preview(PrintDocuments::applicationFormHtml(m_session, m_record, m_file, m_documents), this);
}

bool CaseView::printApplicationFormToPdf(const QString &path, QString *error)
{
    return PrintDocuments::toPdf(PrintDocuments::applicationFormHtml(m_session, m_record, m_file, m_documents), path,
                                 error);
}

bool CaseView::printVisitRecordToPdf(const QString &path, QString *error)
{
    if (m_visits.isEmpty()) {
        if (error)
            *error = tr("No visit is recorded.");
        return false;
    }
    return PrintDocuments::toPdf(PrintDocuments::visitRecordHtml(m_session, m_record, m_file, selectedVisit()), path,
                                 error);
}

HouseholdVisit CaseView::selectedVisit() const
{
    const int row = m_visitsTable->currentIndex().row();
    return row >= 0 && row < m_visits.size() ? m_visits.at(row) : m_visits.value(m_visits.size() - 1);
}

void CaseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_loaded) {
        m_eligibility = evaluateEligibility(m_file, m_session.policy(), chinaToday(),
                                            EligibilityOptions{!m_record.tier.isEmpty() ? m_record.tier
                                                                                        : m_record.proposedTier,
                                                               m_record.individualMemberId, false});
        fill();
        emit titleChanged();
    }
    WorkTab::changeEvent(event);
}

} // namespace dibao
