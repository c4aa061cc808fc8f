#include "VisitDialog.h"

#include "AttachmentPanel.h"
#include "DisplayText.h"
#include "common/ChinaDate.h"
#include "store/CaseStore.h"
#include "store/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <initializer_list>

namespace dibao {

VisitDialog::VisitDialog(Session &session, const CaseRecord &record, const QList<Member> &members, QWidget *parent)
    : QDialog(parent), m_session(session), m_record(record), m_members(members)
{
    setObjectName(QStringLiteral("visitDialog"));

    m_date = new QDateEdit(chinaToday(), this);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(chinaToday());
    m_kind = new QComboBox(this);
    for (const char *k : {"household", "neighbour", "evidence_letter"})
        m_kind->addItem(DisplayText::visitKind(QString::fromLatin1(k)), QString::fromLatin1(k));

    auto *investigatorBox = new QGroupBox(this);
    m_investigatorBox = investigatorBox;
    m_investigatorGrid = new QGridLayout(investigatorBox);
    const Actor &me = session.actor();
    addInvestigatorRow(me.displayName.isEmpty() ? me.name : me.displayName,
                       isCountyRole(me.role) ? QStringLiteral("county_staff") : QStringLiteral("township_staff"),
                       me.userId);
    addInvestigatorRow();
    auto *addInvestigator = new QPushButton(tr("Add an &investigator"), this);
    connect(addInvestigator, &QPushButton::clicked, this, [this] {
        addInvestigatorRow();
        m_investigators.last()->setFocus();
    });

    m_seen = new QListWidget(this);
    m_seen->setObjectName(QStringLiteral("visitMembersSeen"));
    for (const Member &m : members) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(m.name, DisplayText::relation(m.relation)), m_seen);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // Room for every member up to six rows, whatever the scaling; more scroll.
    m_seen->setMinimumHeight((fontMetrics().height() + 10) * qBound(2, int(members.size()), 6));

    m_food = new QLineEdit(this);
    m_clothing = new QLineEdit(this);
    m_housing = new QLineEdit(this);
    m_necessities = new QLineEdit(this);
    m_evidence = new QPlainTextEdit(this);
    m_evidence->setTabChangesFocus(true);
    m_evidence->setMaximumHeight(fontMetrics().height() * 4);
    m_findings = new QPlainTextEdit(this);
    m_findings->setObjectName(QStringLiteral("visitFindings"));
    m_findings->setTabChangesFocus(true);
    m_findings->setMaximumHeight(fontMetrics().height() * 5);
    m_remote = new QCheckBox(tr("By phone or video (only in a declared major emergency)"), this);
    m_emergency = new QLineEdit(this);
    m_emergency->setPlaceholderText(tr("The declared emergency, e.g. its notice number"));
    m_emergency->setEnabled(false);
    connect(m_remote, &QCheckBox::toggled, m_emergency, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    m_form = form;
    m_dateLabel = new QLabel(this);
    m_dateLabel->setBuddy(m_date);
    m_evidenceLabel = new QLabel(this);
    m_evidenceLabel->setBuddy(m_evidence);
    m_findingsLabel = new QLabel(this);
    m_findingsLabel->setBuddy(m_findings);
    form->addRow(m_dateLabel, m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(investigatorBox);
    form->addRow(QString(), addInvestigator);
    form->addRow(tr("&Members seen:"), m_seen);
    form->addRow(tr("&Food:"), m_food);
    form->addRow(tr("&Clothing:"), m_clothing);
    form->addRow(tr("&Housing:"), m_housing);
    form->addRow(tr("Daily &necessities:"), m_necessities);
    form->addRow(m_evidenceLabel, m_evidence);
    form->addRow(m_findingsLabel, m_findings);
    form->addRow(m_remote);
    form->addRow(tr("Emer&gency:"), m_emergency);
    m_attachments = new AttachmentPanel(session, this);
    form->addRow(m_attachments);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("visitMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; border: 1px solid #b3261e; border-radius: 4px; "
                                            "padding: 6px; background: #fdecea; }"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record the visit"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VisitDialog::reject);

    auto *body = new QWidget(this);
    body->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 720);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { applyKind(); });
    applyKind();
}

void VisitDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    applyKind();
}

// The three papers share one record (the visits table) but not their words: a neighbour visit (邻里访问) asks the
// neighbours about the family, an evidence letter (信函索证) asks a unit in writing and records its reply.
void VisitDialog::applyKind()
{
    const QString kind = m_kind->currentData().toString();
    const bool household = kind == QLatin1String("household");
    const bool letter = kind == QLatin1String("evidence_letter");
    setWindowTitle(tr("%1 — %2").arg(DisplayText::visitKind(kind), m_record.applicantName));
    for (QWidget *w : std::initializer_list<QWidget *>{m_seen, m_food, m_clothing, m_housing, m_necessities})
        m_form->setRowVisible(w, household);
    m_form->setRowVisible(m_remote, !letter);
    m_form->setRowVisible(m_emergency, !letter);
    if (letter) {
        static_cast<QGroupBox *>(m_investigatorBox)->setTitle(tr("Sent by (each named)"));
        m_dateLabel->setText(tr("&Date sent:"));
        m_evidenceLabel->setText(tr("&Sent to and asked:"));
        m_evidence->setPlaceholderText(tr("The unit written to (e.g. the county housing authority) and what it is "
                                          "asked to confirm"));
        m_findingsLabel->setText(tr("&Reply:"));
        m_findings->setPlaceholderText(tr("The unit's reply, its date and reference, when it arrives"));
    } else if (!household) {
        static_cast<QGroupBox *>(m_investigatorBox)->setTitle(tr("Investigators (each named)"));
        m_dateLabel->setText(tr("&Date:"));
        m_evidenceLabel->setText(tr("&Neighbours asked:"));
        m_evidence->setPlaceholderText(tr("Names and addresses of the neighbours spoken to"));
        m_findingsLabel->setText(tr("What they &said:"));
        m_findings->setPlaceholderText(tr("What the neighbours say about the family's living conditions"));
    } else {
        static_cast<QGroupBox *>(m_investigatorBox)->setTitle(tr("Investigators (at least two, each named)"));
        m_dateLabel->setText(tr("&Date:"));
        m_evidenceLabel->setText(tr("&Evidence seen:"));
        m_evidence->setPlaceholderText(QString());
        m_findingsLabel->setText(tr("F&indings:"));
        m_findings->setPlaceholderText(QString());
    }
    if (!household)
        m_remote->setChecked(m_remote->isChecked() && !letter);
}

void VisitDialog::addInvestigatorRow(const QString &name, const QString &role, const QString &userId)
{
    const int row = int(m_investigators.size());
    auto *edit = new QLineEdit(name, this);
    edit->setObjectName(QStringLiteral("visitInvestigator%1").arg(row));
    edit->setPlaceholderText(tr("Full name"));
    auto *roleBox = new QComboBox(this);
    for (const char *r : {"township_staff", "village_official", "county_staff"})
        roleBox->addItem(DisplayText::investigatorRole(QString::fromLatin1(r)), QString::fromLatin1(r));
    roleBox->setCurrentIndex(qMax(0, roleBox->findData(role)));
    m_investigatorGrid->addWidget(new QLabel(tr("%1.").arg(row + 1), this), row, 0);
    m_investigatorGrid->addWidget(edit, row, 1);
    m_investigatorGrid->addWidget(roleBox, row, 2);
    m_investigators << edit;
    m_roles << roleBox;
    m_userIds << userId;
    m_initialNames << name;
}

HouseholdVisit VisitDialog::visit() const
{
    HouseholdVisit v;
    v.caseId = m_record.id;
    v.kind = m_kind->currentData().toString();
    v.visitDate = m_date->date();
    v.remote = m_remote->isChecked();
    v.emergencyReference = v.remote ? m_emergency->text().trimmed() : QString();
    for (int i = 0; i < m_investigators.size(); ++i) {
        const QString name = m_investigators.at(i)->text().trimmed();
        if (name.isEmpty())
            continue;
        // A typed-over name is a different person: keep the account link only for the untouched first row.
        const QString userId = name == m_initialNames.at(i) ? m_userIds.at(i) : QString();
        v.investigators << Investigator{name, userId, m_roles.at(i)->currentData().toString()};
    }
    if (v.kind == QLatin1String("household")) { // the other papers have no such fields (hidden)
        for (int i = 0; i < m_seen->count(); ++i)
            if (m_seen->item(i)->checkState() == Qt::Checked)
                v.membersSeen << m_seen->item(i)->data(Qt::UserRole).toString();
        v.food = m_food->text().trimmed();
        v.clothing = m_clothing->text().trimmed();
        v.housing = m_housing->text().trimmed();
        v.necessities = m_necessities->text().trimmed();
    }
    v.evidence = m_evidence->toPlainText().trimmed();
    v.findings = m_findings->toPlainText().trimmed();
    return v;
}

void VisitDialog::accept()
{
    if (!m_recordedId.isEmpty()) { // recorded; only the attachments' message was left to read
        QDialog::accept();
        return;
    }
    HouseholdVisit v = visit();
    if (v.kind == QLatin1String("household") && v.membersSeen.isEmpty()) {
        // 入户必见人: the core does not insist, the paper record does.
        m_message->setText(tr("Tick the members you saw: a household visit sees the family (入户必见人)."));
        m_message->show();
        m_seen->setFocus();
        return;
    }
    CaseStore cases(m_session);
    const Status status = cases.addVisit(v);
    if (!status) {
        m_message->setText(status.error().message);
        m_message->show();
        return;
    }
    m_recordedId = v.id;
    const bool attached = m_attachments->attachPending(QStringLiteral("visits"), v.id);
    emit recorded(v.id);
    if (!attached) {
        // The visit stands; the refused files are named so they can be attached again from the case.
        m_message->setText(tr("The visit is recorded, but not every file could be attached:\n%1")
                               .arg(m_attachments->message()));
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace dibao
