#include "MeetingPage.h"

#include "CaseworkCommon.h"
#include "CaseworkPrint.h"
#include "DisplayText.h"
#include "PrintDocuments.h"
#include "TextTableModel.h"
#include "casework/AppraisalMeetingStore.h"
#include "common/ChinaDate.h"
#include "store/Session.h"
#include "workflow/Permissions.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dibao {

namespace {

enum ParticipantColumn { NameColumn, CategoryColumn, PresentColumn };
enum AgendaColumn { ApplicantColumn, VillageColumn, SizeColumn, ConclusionColumn, DrawnByColumn, NoteColumn };
enum OpinionColumn { SpeakerColumn, ViewColumn, OpinionNoteColumn };

QString viewName(const QString &token)
{
    if (token == AppraisalView::TrueComplete)
        return MeetingPage::tr("True and complete");
    if (token == AppraisalView::Incomplete)
        return MeetingPage::tr("Incomplete");
    if (token == AppraisalView::Disputed)
        return MeetingPage::tr("Disputed");
    return token;
}

QComboBox *viewCombo(QWidget *parent, const QString &current)
{
    auto *box = new QComboBox(parent);
    for (const QString &v : AppraisalView::all())
        box->addItem(viewName(v), v);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    return box;
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    return t;
}

QStringList splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\s]+"));
    QStringList out;
    for (const QString &n : text.split(separators, Qt::SkipEmptyParts))
        if (!out.contains(n))
            out << n;
    return out;
}

} // namespace

MeetingPage::MeetingPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("meetingPage"));
    m_tabs = new QTabWidget(this);
    const bool mayRecord = session.require(Action::Appraise).ok();

    // Record a meeting.
    auto *recordTab = new QWidget(m_tabs);
    m_townshipLabel = new QLabel(recordTab);
    m_township = new QComboBox(recordTab);
    CaseworkCommon::fillTownships(m_township, session);
    m_townshipLabel->setBuddy(m_township);
    m_villageLabel = new QLabel(recordTab);
    m_village = new QLineEdit(recordTab);
    m_villageLabel->setBuddy(m_village);
    m_load = new QPushButton(recordTab);
    m_printAgenda = new QPushButton(recordTab);
    m_printSheet = new QPushButton(recordTab);

    m_dateLabel = new QLabel(recordTab);
    m_date = new QDateEdit(chinaToday(), recordTab);
    m_date->setObjectName(QStringLiteral("meetingDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_dateLabel->setBuddy(m_date);
    m_placeLabel = new QLabel(recordTab);
    m_place = new QLineEdit(recordTab);
    m_place->setObjectName(QStringLiteral("meetingPlace"));
    m_placeLabel->setBuddy(m_place);
    m_chairLabel = new QLabel(recordTab);
    m_chair = new QLineEdit(recordTab);
    m_chairLabel->setBuddy(m_chair);
    m_recorderLabel = new QLabel(recordTab);
    m_recorder = new QLineEdit(recordTab);
    m_recorderLabel->setBuddy(m_recorder);
    m_staffLabel = new QLabel(recordTab);
    m_staff = new QLineEdit(recordTab);
    m_staff->setObjectName(QStringLiteral("meetingStaff"));
    m_staffLabel->setBuddy(m_staff);

    m_participantsLabel = new QLabel(recordTab);
    m_participants = makeTable(recordTab, QStringLiteral("meetingParticipants"));
    m_participants->setColumnCount(3);
    m_participantsLabel->setBuddy(m_participants);
    m_addParticipant = new QPushButton(recordTab);
    m_removeParticipant = new QPushButton(recordTab);

    m_agendaLabel = new QLabel(recordTab);
    m_agenda = makeTable(recordTab, QStringLiteral("meetingAgenda"));
    m_agenda->setColumnCount(6);
    m_agendaLabel->setBuddy(m_agenda);
    m_opinionsLabel = new QLabel(recordTab);
    m_opinionTable = makeTable(recordTab, QStringLiteral("meetingOpinions"));
    m_opinionTable->setColumnCount(3);
    m_opinionsLabel->setBuddy(m_opinionTable);
    m_addOpinion = new QPushButton(recordTab);
    m_removeOpinion = new QPushButton(recordTab);

    m_minutesLabel = new QLabel(recordTab);
    m_minutes = new QPlainTextEdit(recordTab);
    m_minutes->setObjectName(QStringLiteral("meetingMinutes"));
    m_minutes->setTabChangesFocus(true);
    m_minutesLabel->setBuddy(m_minutes);
    m_attachmentsLabel = new QLabel(recordTab);
    m_attachmentList = new QListWidget(recordTab);
    m_attachmentList->setMaximumHeight(60);
    m_addAttachment = new QPushButton(recordTab);
    m_correctionLabel = new QLabel(recordTab);
    m_correctionReason = new QLineEdit(recordTab);
    m_correctionLabel->setBuddy(m_correctionReason);
    m_correctionLabel->hide();
    m_correctionReason->hide();
    m_check = new QPushButton(recordTab);
    m_record = new QPushButton(recordTab);
    m_record->setObjectName(QStringLiteral("recordMeeting"));
    m_record->setEnabled(mayRecord);
    m_clear = new QPushButton(recordTab);
    m_status = new QLabel(recordTab);
    m_status->setObjectName(QStringLiteral("meetingStatus"));
    m_status->setWordWrap(true);

    auto *filter = new QHBoxLayout;
    filter->addWidget(m_townshipLabel);
    filter->addWidget(m_township);
    filter->addWidget(m_villageLabel);
    filter->addWidget(m_village, 1);
    filter->addWidget(m_load);
    filter->addWidget(m_printAgenda);
    filter->addWidget(m_printSheet);
    auto *form = new QGridLayout;
    form->addWidget(m_dateLabel, 0, 0);
    form->addWidget(m_date, 0, 1);
    form->addWidget(m_placeLabel, 0, 2);
    form->addWidget(m_place, 0, 3);
    form->addWidget(m_chairLabel, 1, 0);
    form->addWidget(m_chair, 1, 1);
    form->addWidget(m_recorderLabel, 1, 2);
    form->addWidget(m_recorder, 1, 3);
    form->addWidget(m_staffLabel, 2, 0);
    form->addWidget(m_staff, 2, 1, 1, 3);
    form->addWidget(m_correctionLabel, 3, 0);
    form->addWidget(m_correctionReason, 3, 1, 1, 3);
    auto *participantButtons = new QHBoxLayout;
    participantButtons->addWidget(m_participantsLabel, 1);
    participantButtons->addWidget(m_addParticipant);
    participantButtons->addWidget(m_removeParticipant);
    auto *opinionButtons = new QHBoxLayout;
    opinionButtons->addWidget(m_opinionsLabel, 1);
    opinionButtons->addWidget(m_addOpinion);
    opinionButtons->addWidget(m_removeOpinion);
    auto *attachments = new QHBoxLayout;
    attachments->addWidget(m_attachmentsLabel);
    attachments->addWidget(m_attachmentList, 1);
    attachments->addWidget(m_addAttachment);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_clear);
    actions->addWidget(m_check);
    actions->addWidget(m_record);
    auto *inner = new QWidget(recordTab);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(filter);
    innerLayout->addLayout(form);
    innerLayout->addLayout(participantButtons);
    innerLayout->addWidget(m_participants, 2);
    innerLayout->addWidget(m_agendaLabel);
    innerLayout->addWidget(m_agenda, 2);
    innerLayout->addLayout(opinionButtons);
    innerLayout->addWidget(m_opinionTable, 1);
    innerLayout->addWidget(m_minutesLabel);
    innerLayout->addWidget(m_minutes, 1);
    innerLayout->addLayout(attachments);
    auto *scroll = new QScrollArea(recordTab);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    auto *recordLayout = new QVBoxLayout(recordTab);
    recordLayout->addWidget(scroll, 1);
    recordLayout->addLayout(actions);

    // Recorded meetings (read-only).
    auto *recordedTab = new QWidget(m_tabs);
    m_meetingModel = new TextTableModel(this);
    m_meetingView = CaseworkCommon::readOnlyTable(m_meetingModel, recordedTab, QStringLiteral("recordedMeetings"));
    m_recordText = new QTextBrowser(recordedTab);
    m_recordText->setObjectName(QStringLiteral("meetingRecord"));
    m_printMinutes = new QPushButton(recordedTab);
    m_pdfMinutes = new QPushButton(recordedTab);
    m_correct = new QPushButton(recordedTab);
    m_correct->setEnabled(mayRecord);
    auto *recordedButtons = new QHBoxLayout;
    recordedButtons->addWidget(m_printMinutes);
    recordedButtons->addWidget(m_pdfMinutes);
    recordedButtons->addStretch(1);
    recordedButtons->addWidget(m_correct);
    auto *split = new QSplitter(Qt::Vertical, recordedTab);
    split->addWidget(m_meetingView);
    split->addWidget(m_recordText);
    split->setStretchFactor(1, 2);
    auto *recordedLayout = new QVBoxLayout(recordedTab);
    recordedLayout->addWidget(split, 1);
    recordedLayout->addLayout(recordedButtons);

    m_tabs->addTab(recordTab, QString());
    m_tabs->addTab(recordedTab, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_load, &QPushButton::clicked, this, &MeetingPage::loadAgenda);
    connect(m_village, &QLineEdit::returnPressed, this, &MeetingPage::loadAgenda);
    connect(m_township, &QComboBox::currentIndexChanged, this, [this] {
        loadAgenda();
        reloadMeetings();
    });
    connect(m_printAgenda, &QPushButton::clicked, this, [this] { PrintDocuments::preview(agendaHtml(), this); });
    connect(m_printSheet, &QPushButton::clicked, this,
            [this] { PrintDocuments::preview(signatureSheetHtml(), this); });
    connect(m_staff, &QLineEdit::editingFinished, this, &MeetingPage::refreshStaffChoices);
    connect(m_addParticipant, &QPushButton::clicked, this, [this] {
        addParticipant(QString(), MeetingCategory::VillageRepresentative, true);
        m_participants->setCurrentCell(m_participants->rowCount() - 1, NameColumn);
        m_participants->editItem(m_participants->item(m_participants->rowCount() - 1, NameColumn));
    });
    connect(m_removeParticipant, &QPushButton::clicked, this, [this] {
        if (m_participants->currentRow() >= 0)
            m_participants->removeRow(m_participants->currentRow());
    });
    connect(m_agenda, &QTableWidget::currentCellChanged, this, [this] {
        storeOpinions();
        showOpinions();
    });
    connect(m_addOpinion, &QPushButton::clicked, this, [this] {
        const int r = m_agenda->currentRow();
        if (r < 0)
            return;
        storeOpinions();
        addOpinion(m_agendaData.cases.value(r).caseId, AppraisalOpinion{QString(), MeetingCategory::VillageRepresentative,
                                                                        AppraisalView::TrueComplete, QString()});
    });
    connect(m_removeOpinion, &QPushButton::clicked, this, [this] {
        if (m_opinionTable->currentRow() >= 0) {
            m_opinionTable->removeRow(m_opinionTable->currentRow());
            storeOpinions();
        }
    });
    connect(m_addAttachment, &QPushButton::clicked, this, &MeetingPage::addAttachment);
    connect(m_check, &QPushButton::clicked, this, [this] {
        storeOpinions();
        AppraisalMeetingStore store(m_session);
        const Status st = store.check(meetingFromForm());
        m_status->setText(st.ok() ? tr("The record meets the county's composition and quorum rules.")
                                  : st.error().message);
    });
    connect(m_record, &QPushButton::clicked, this, &MeetingPage::recordClicked);
    connect(m_clear, &QPushButton::clicked, this, &MeetingPage::clearForm);
    connect(m_meetingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MeetingPage::showRecord);
    connect(m_printMinutes, &QPushButton::clicked, this, [this] {
        if (!minutesHtml().isEmpty())
            PrintDocuments::preview(minutesHtml(), this);
    });
    connect(m_pdfMinutes, &QPushButton::clicked, this, [this] {
        if (!minutesHtml().isEmpty())
            CaseworkCommon::savePdf(this, minutesHtml(), QStringLiteral("meeting-minutes.pdf"));
    });
    connect(m_correct, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_meetingView->currentIndex();
        if (i.isValid() && startCorrection(m_meetingModel->rows().at(i.row()).key))
            m_tabs->setCurrentIndex(0);
    });
    retranslate();
    loadAgenda();
    reloadMeetings();
}

QString MeetingPage::townshipCode() const
{
    return m_township->currentData().toString();
}

void MeetingPage::loadAgenda()
{
    if (!m_correcting.isEmpty())
        return; // a correction keeps the agenda of the meeting it corrects
    AppraisalMeetingStore store(m_session);
    auto agenda = store.agenda(townshipCode(), m_village->text().trimmed());
    m_agendaData = agenda ? *agenda : AppraisalAgenda{};
    if (!agenda)
        m_status->setText(agenda.error().message);
    m_opinions.clear();
    m_opinionCase.clear();
    m_agenda->setRowCount(0);
    for (const AppraisalAgenda::Case &c : m_agendaData.cases) {
        const int r = m_agenda->rowCount();
        m_agenda->insertRow(r);
        auto *applicant = new QTableWidgetItem(c.applicantName);
        applicant->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        applicant->setCheckState(Qt::Checked);
        applicant->setData(Qt::UserRole, c.caseId);
        m_agenda->setItem(r, ApplicantColumn, applicant);
        auto *village = new QTableWidgetItem(c.villageName);
        village->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_agenda->setItem(r, VillageColumn, village);
        auto *size = new QTableWidgetItem(QString::number(c.householdSize));
        size->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_agenda->setItem(r, SizeColumn, size);
        m_agenda->setCellWidget(r, ConclusionColumn, viewCombo(m_agenda, AppraisalView::TrueComplete));
        m_agenda->setCellWidget(r, DrawnByColumn, new QComboBox(m_agenda));
        m_agenda->setItem(r, NoteColumn, new QTableWidgetItem);
    }
    refreshStaffChoices();
    m_agenda->resizeColumnsToContents();
    if (m_agenda->rowCount() > 0)
        m_agenda->setCurrentCell(0, ApplicantColumn);
    showOpinions();
    if (agenda)
        m_status->setText(m_agendaData.cases.isEmpty() ? tr("No case of this township is waiting for a meeting.")
                                                       : tr("%n case(s) waiting for the meeting.", nullptr,
                                                            int(m_agendaData.cases.size())));
}

void MeetingPage::refreshStaffChoices()
{
    const QStringList staff = splitNames(m_staff->text());
    for (int r = 0; r < m_agenda->rowCount(); ++r) {
        auto *box = qobject_cast<QComboBox *>(m_agenda->cellWidget(r, DrawnByColumn));
        if (!box)
            continue;
        const QString current = box->currentText();
        box->clear();
        box->addItems(staff);
        if (staff.contains(current))
            box->setCurrentText(current);
    }
}

int MeetingPage::agendaRow(const QString &caseId) const
{
    for (int r = 0; r < m_agenda->rowCount(); ++r)
        if (m_agenda->item(r, ApplicantColumn)->data(Qt::UserRole).toString() == caseId)
            return r;
    return -1;
}

void MeetingPage::addParticipant(const QString &name, const QString &category, bool present)
{
    const int r = m_participants->rowCount();
    m_participants->insertRow(r);
    m_participants->setItem(r, NameColumn, new QTableWidgetItem(name));
    auto *box = new QComboBox(m_participants);
    for (const QString &c : MeetingCategory::all())
        box->addItem(MeetingCategory::displayName(c), c);
    box->setCurrentIndex(qMax(0, box->findData(category)));
    m_participants->setCellWidget(r, CategoryColumn, box);
    auto *presentItem = new QTableWidgetItem(tr("present"));
    presentItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    presentItem->setCheckState(present ? Qt::Checked : Qt::Unchecked);
    m_participants->setItem(r, PresentColumn, presentItem);
}

void MeetingPage::setConclusion(const QString &caseId, const QString &conclusion, const QString &drawnBy,
                                const QString &note)
{
    const int r = agendaRow(caseId);
    if (r < 0)
        return;
    m_agenda->item(r, ApplicantColumn)->setCheckState(Qt::Checked);
    if (auto *box = qobject_cast<QComboBox *>(m_agenda->cellWidget(r, ConclusionColumn)))
        box->setCurrentIndex(qMax(0, box->findData(conclusion)));
    refreshStaffChoices();
    if (auto *box = qobject_cast<QComboBox *>(m_agenda->cellWidget(r, DrawnByColumn)))
        box->setCurrentText(drawnBy);
    m_agenda->item(r, NoteColumn)->setText(note);
}

void MeetingPage::addOpinion(const QString &caseId, const AppraisalOpinion &opinion)
{
    storeOpinions();
    m_opinions[caseId] << opinion;
    const int r = agendaRow(caseId);
    if (r >= 0 && r != m_agenda->currentRow())
        m_agenda->setCurrentCell(r, ApplicantColumn); // shows its opinions
    else
        showOpinions();
}

void MeetingPage::storeOpinions()
{
    if (m_opinionCase.isEmpty())
        return;
    QList<AppraisalOpinion> list;
    for (int r = 0; r < m_opinionTable->rowCount(); ++r) {
        auto *speaker = qobject_cast<QComboBox *>(m_opinionTable->cellWidget(r, SpeakerColumn));
        auto *view = qobject_cast<QComboBox *>(m_opinionTable->cellWidget(r, ViewColumn));
        AppraisalOpinion o;
        o.speaker = speaker ? speaker->currentText().trimmed() : QString();
        o.view = view ? view->currentData().toString() : QString();
        o.note = m_opinionTable->item(r, OpinionNoteColumn) ? m_opinionTable->item(r, OpinionNoteColumn)->text()
                                                            : QString();
        // The speaker's category from the participant list.
        for (int p = 0; p < m_participants->rowCount(); ++p)
            if (m_participants->item(p, NameColumn) && m_participants->item(p, NameColumn)->text().trimmed() == o.speaker)
                if (auto *c = qobject_cast<QComboBox *>(m_participants->cellWidget(p, CategoryColumn)))
                    o.category = c->currentData().toString();
        list << o;
    }
    m_opinions[m_opinionCase] = list;
}

void MeetingPage::showOpinions()
{
    const int r = m_agenda->currentRow();
    m_opinionCase = r >= 0 && m_agenda->item(r, ApplicantColumn)
        ? m_agenda->item(r, ApplicantColumn)->data(Qt::UserRole).toString()
        : QString();
    QStringList names;
    for (int p = 0; p < m_participants->rowCount(); ++p)
        if (m_participants->item(p, NameColumn) && !m_participants->item(p, NameColumn)->text().trimmed().isEmpty())
            names << m_participants->item(p, NameColumn)->text().trimmed();
    m_opinionTable->setRowCount(0);
    for (const AppraisalOpinion &o : m_opinions.value(m_opinionCase)) {
        const int row = m_opinionTable->rowCount();
        m_opinionTable->insertRow(row);
        auto *speaker = new QComboBox(m_opinionTable);
        speaker->setEditable(true);
        speaker->addItems(names);
        speaker->setCurrentText(o.speaker);
        m_opinionTable->setCellWidget(row, SpeakerColumn, speaker);
        m_opinionTable->setCellWidget(row, ViewColumn, viewCombo(m_opinionTable, o.view));
        m_opinionTable->setItem(row, OpinionNoteColumn, new QTableWidgetItem(o.note));
    }
    m_addOpinion->setEnabled(!m_opinionCase.isEmpty());
    m_opinionsLabel->setText(m_opinionCase.isEmpty()
                                 ? tr("Opinions heard")
                                 : tr("Opinions heard on %1").arg(m_agenda->item(r, ApplicantColumn)->text()));
}

AppraisalMeeting MeetingPage::meetingFromForm() const
{
    AppraisalMeeting m;
    m.divisionCode = townshipCode();
    m.villageName = m_village->text().trimmed();
    m.meetingDate = m_date->date();
    m.place = m_place->text().trimmed();
    m.chair = m_chair->text().trimmed();
    m.recorder = m_recorder->text().trimmed();
    for (const QString &name : splitNames(m_staff->text()))
        m.townshipStaff << TownshipStaffMember{name, QString()};
    for (int r = 0; r < m_participants->rowCount(); ++r) {
        MeetingParticipant p;
        p.name = m_participants->item(r, NameColumn) ? m_participants->item(r, NameColumn)->text().trimmed() : QString();
        if (auto *c = qobject_cast<QComboBox *>(m_participants->cellWidget(r, CategoryColumn)))
            p.category = c->currentData().toString();
        p.present = m_participants->item(r, PresentColumn)
            && m_participants->item(r, PresentColumn)->checkState() == Qt::Checked;
        if (p.name.isEmpty() && r == m_participants->rowCount() - 1)
            continue; // an empty row just added
        m.participants << p;
    }
    m.minutes = m_minutes->toPlainText().trimmed();
    m.attachments = m_attachments;
    for (int r = 0; r < m_agenda->rowCount(); ++r) {
        const QTableWidgetItem *applicant = m_agenda->item(r, ApplicantColumn);
        if (!applicant || applicant->checkState() != Qt::Checked)
            continue;
        AppraisalAgendaItem item;
        item.caseId = applicant->data(Qt::UserRole).toString();
        item.applicantName = applicant->text();
        if (auto *box = qobject_cast<QComboBox *>(m_agenda->cellWidget(r, ConclusionColumn)))
            item.conclusion = box->currentData().toString();
        if (auto *box = qobject_cast<QComboBox *>(m_agenda->cellWidget(r, DrawnByColumn)))
            item.concludedBy = box->currentText().trimmed();
        item.conclusionNote = m_agenda->item(r, NoteColumn) ? m_agenda->item(r, NoteColumn)->text().trimmed()
                                                            : QString();
        item.opinions = item.caseId == m_opinionCase ? QList<AppraisalOpinion>() : m_opinions.value(item.caseId);
        if (item.caseId == m_opinionCase) {
            // The opinions on screen (not yet stored).
            for (int o = 0; o < m_opinionTable->rowCount(); ++o) {
                auto *speaker = qobject_cast<QComboBox *>(m_opinionTable->cellWidget(o, SpeakerColumn));
                auto *view = qobject_cast<QComboBox *>(m_opinionTable->cellWidget(o, ViewColumn));
                AppraisalOpinion op;
                op.speaker = speaker ? speaker->currentText().trimmed() : QString();
                op.view = view ? view->currentData().toString() : QString();
                op.note = m_opinionTable->item(o, OpinionNoteColumn) ? m_opinionTable->item(o, OpinionNoteColumn)->text()
                                                                     : QString();
                for (const MeetingParticipant &p : m.participants)
                    if (p.name == op.speaker)
                        op.category = p.category;
                item.opinions << op;
            }
        }
        m.items << item;
    }
    if (!m_correcting.isEmpty()) {
        m.correctsMeetingId = m_correcting;
        m.correctionReason = m_correctionReason->text().trimmed();
    }
    return m;
}

Status MeetingPage::recordMeeting()
{
    storeOpinions();
    AppraisalMeeting m = meetingFromForm();
    AppraisalMeetingStore store(m_session);
    DIBAO_TRY(store.record(m));
    if (!m.items.isEmpty())
        emit caseChanged(m.items.first().caseId); // once: the lists reload once
    m_status->setText(tr("Meeting recorded. Its record is read-only; print the minutes from the recorded meetings."));
    const QString id = m.id;
    clearForm();
    reloadMeetings();
    for (int r = 0; r < m_recorded.size(); ++r)
        if (m_recorded.at(r).id == id)
            m_meetingView->setCurrentIndex(m_meetingModel->index(r, 0));
    showRecord();
    return {};
}

void MeetingPage::recordClicked()
{
    storeOpinions();
    const AppraisalMeeting m = meetingFromForm();
    if (QMessageBox::question(this, tr("Record the meeting"),
                              tr("Record the meeting of %1 with %n case(s)? A recorded meeting cannot be changed; "
                                 "a mistake is corrected by a new record.",
                                 nullptr, int(m.items.size()))
                                  .arg(DisplayText::date(m.meetingDate)))
        != QMessageBox::Yes)
        return;
    const Status st = recordMeeting();
    if (!st.ok()) {
        m_status->setText(st.error().message);
        QMessageBox::warning(this, tr("Record the meeting"), st.error().message);
        return;
    }
    m_tabs->setCurrentIndex(1);
}

void MeetingPage::clearForm()
{
    m_correcting.clear();
    m_correctionReason->clear();
    m_correctionLabel->hide();
    m_correctionReason->hide();
    m_place->clear();
    m_chair->clear();
    m_recorder->clear();
    m_staff->clear();
    m_participants->setRowCount(0);
    m_minutes->clear();
    m_attachments.clear();
    m_attachmentList->clear();
    m_date->setDate(chinaToday());
    loadAgenda();
}

bool MeetingPage::startCorrection(const QString &meetingId)
{
    AppraisalMeetingStore store(m_session);
    auto m = store.meeting(meetingId);
    if (!m) {
        m_status->setText(m.error().message);
        return false;
    }
    clearForm();
    m_correcting = m->id;
    m_correctionLabel->show();
    m_correctionReason->show();
    m_village->setText(m->villageName);
    m_date->setDate(m->meetingDate);
    m_place->setText(m->place);
    m_chair->setText(m->chair);
    m_recorder->setText(m->recorder);
    QStringList staff;
    for (const TownshipStaffMember &s : m->townshipStaff)
        staff << s.name;
    m_staff->setText(staff.join(QStringLiteral("、")));
    for (const MeetingParticipant &p : m->participants)
        addParticipant(p.name, p.category, p.present);
    m_minutes->setPlainText(m->minutes);
    m_attachments = m->attachments;
    for (const QString &a : m_attachments)
        m_attachmentList->addItem(a);
    // The agenda of the meeting corrected, with its conclusions.
    m_agendaData = AppraisalAgenda{};
    m_agendaData.divisionCode = m->divisionCode;
    m_agendaData.villageName = m->villageName;
    m_opinions.clear();
    m_opinionCase.clear();
    m_agenda->setRowCount(0);
    for (const AppraisalAgendaItem &i : m->items) {
        m_agendaData.cases << AppraisalAgenda::Case{i.caseId, i.applicantName, i.householdSize, i.villageName, {}};
        const int r = m_agenda->rowCount();
        m_agenda->insertRow(r);
        auto *applicant = new QTableWidgetItem(i.applicantName);
        applicant->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        applicant->setCheckState(Qt::Checked);
        applicant->setData(Qt::UserRole, i.caseId);
        m_agenda->setItem(r, ApplicantColumn, applicant);
        m_agenda->setItem(r, VillageColumn, new QTableWidgetItem(i.villageName));
        m_agenda->setItem(r, SizeColumn, new QTableWidgetItem(QString::number(i.householdSize)));
        m_agenda->setCellWidget(r, ConclusionColumn, viewCombo(m_agenda, i.conclusion));
        m_agenda->setCellWidget(r, DrawnByColumn, new QComboBox(m_agenda));
        m_agenda->setItem(r, NoteColumn, new QTableWidgetItem(i.conclusionNote));
        m_opinions.insert(i.caseId, i.opinions);
    }
    refreshStaffChoices();
    for (const AppraisalAgendaItem &i : m->items)
        if (auto *box = qobject_cast<QComboBox *>(m_agenda->cellWidget(agendaRow(i.caseId), DrawnByColumn)))
            box->setCurrentText(i.concludedBy);
    if (m_agenda->rowCount() > 0)
        m_agenda->setCurrentCell(0, ApplicantColumn);
    showOpinions();
    m_status->setText(tr("Correcting the record of %1: say why, fix the record and record it as a new record.")
                          .arg(DisplayText::date(m->meetingDate)));
    m_correctionReason->setFocus();
    return true;
}

void MeetingPage::addAttachment()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Photos of the signed sheet"), QString(),
                                                            tr("Images (*.jpg *.jpeg *.png *.pdf)"));
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(this, tr("Photos of the signed sheet"),
                                 tr("Cannot read %1: %2").arg(path, f.errorString()));
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        const QString digest = QString::fromLatin1(hash.result().toHex());
        if (m_attachments.contains(digest))
            continue;
        m_attachments << digest;
        m_attachmentList->addItem(tr("%1 (SHA-256 %2…)").arg(QFileInfo(path).fileName(), digest.left(12)));
    }
}

void MeetingPage::reloadMeetings()
{
    AppraisalMeetingStore store(m_session);
    auto list = store.meetingsOf(townshipCode());
    m_recorded = list ? *list : QList<AppraisalMeeting>();
    QList<TextTableModel::Row> rows;
    for (const AppraisalMeeting &m : m_recorded) {
        QString state = m.correctedByMeetingId.isEmpty() ? tr("in force") : tr("corrected by a later record");
        if (!m.correctsMeetingId.isEmpty())
            state += QStringLiteral("; ") + tr("corrects an earlier record");
        rows << TextTableModel::Row{{DisplayText::date(m.meetingDate), m.villageName, m.place,
                                     QString::number(m.items.size()),
                                     tr("%1 of %2").arg(m.presentCount()).arg(m.participants.size()), state},
                                    m.id, QString(), !m.correctedByMeetingId.isEmpty()};
    }
    m_meetingModel->setRows(rows);
    if (!m_recorded.isEmpty() && !m_meetingView->currentIndex().isValid())
        m_meetingView->setCurrentIndex(m_meetingModel->index(0, 0));
    showRecord();
}

QString MeetingPage::minutesHtml() const
{
    const QModelIndex i = m_meetingView->currentIndex();
    if (!i.isValid() || i.row() >= m_recorded.size())
        return {};
    return CaseworkPrint::minutesHtml(m_recorded.at(i.row()));
}

void MeetingPage::showRecord()
{
    const QString html = minutesHtml();
    m_recordText->setHtml(html);
    const QModelIndex i = m_meetingView->currentIndex();
    const bool latest = i.isValid() && i.row() < m_recorded.size()
        && m_recorded.at(i.row()).correctedByMeetingId.isEmpty();
    m_printMinutes->setEnabled(!html.isEmpty());
    m_pdfMinutes->setEnabled(!html.isEmpty());
    m_correct->setEnabled(latest && m_session.require(Action::Appraise).ok());
}

QString MeetingPage::agendaHtml() const
{
    return CaseworkPrint::agendaHtml(m_agendaData, m_date->date(), m_place->text().trimmed());
}

QString MeetingPage::signatureSheetHtml() const
{
    return CaseworkPrint::signatureSheetHtml(m_agendaData, m_date->date(), m_place->text().trimmed());
}

void MeetingPage::retranslate()
{
    m_tabs->setTabText(0, tr("Record a meeting"));
    m_tabs->setTabText(1, tr("Recorded meetings"));
    m_townshipLabel->setText(tr("&Township:"));
    m_villageLabel->setText(tr("&Village:"));
    m_village->setPlaceholderText(tr("all villages"));
    m_load->setText(tr("&Load agenda"));
    m_printAgenda->setText(tr("Print a&genda…"));
    m_printSheet->setText(tr("Print signat&ure sheet…"));
    m_dateLabel->setText(tr("&Date:"));
    m_placeLabel->setText(tr("&Place:"));
    m_chairLabel->setText(tr("C&hair:"));
    m_recorderLabel->setText(tr("Rec&order:"));
    m_staffLabel->setText(tr("Township &staff present:"));
    m_staff->setPlaceholderText(tr("names separated by 、 — they draw the conclusions"));
    m_participantsLabel->setText(tr("Partic&ipants"));
    m_participants->setHorizontalHeaderLabels({tr("Name"), tr("Category"), tr("Attendance")});
    m_addParticipant->setText(tr("&Add participant"));
    m_removeParticipant->setText(tr("Remove participant"));
    m_agendaLabel->setText(tr("&Cases on the agenda (an opinion on whether the investigation is true and complete — "
                              "never a vote on eligibility)"));
    m_agenda->setHorizontalHeaderLabels({tr("Applicant"), tr("Village"), tr("Household size"), tr("Conclusion"),
                                         tr("Drawn by"), tr("Note")});
    m_opinionTable->setHorizontalHeaderLabels({tr("Speaker"), tr("Opinion"), tr("Note")});
    m_addOpinion->setText(tr("Add opi&nion"));
    m_removeOpinion->setText(tr("Remove opinion"));
    m_minutesLabel->setText(tr("&Minutes:"));
    m_attachmentsLabel->setText(tr("Signed sheet:"));
    m_addAttachment->setText(tr("Add &photo…"));
    m_correctionLabel->setText(tr("Corr&ection reason:"));
    m_check->setText(tr("Chec&k rules"));
    m_record->setText(tr("&Record meeting…"));
    m_clear->setText(tr("Clear"));
    m_meetingModel->setHeaders({tr("Date"), tr("Village"), tr("Place"), tr("Cases"), tr("Present"), tr("Record")});
    m_printMinutes->setText(tr("Print &minutes…"));
    m_pdfMinutes->setText(tr("Minutes as P&DF…"));
    m_correct->setText(tr("&Correct with a new record…"));
    showOpinions();
}

void MeetingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dibao
