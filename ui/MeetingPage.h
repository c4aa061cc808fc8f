#pragma once

#include "casework/AppraisalMeeting.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace dibao {

class Session;
class TextTableModel;

// 民主评议 Meetings: the agenda of the cases waiting (printable with the signature sheet), the record of a held
// meeting — township staff present, chair, recorder, participants by category with attendance, for each case the
// opinions heard and the conclusion drawn by township staff, minutes, photos of the signed sheet — checked against
// the county's composition and quorum rules before it is recorded. Recorded meetings are read-only (minutes printable);
// a correction is a new record naming the one it corrects.
class MeetingPage : public QWidget {
    Q_OBJECT

public:
    explicit MeetingPage(Session &session, QWidget *parent = nullptr);

    void loadAgenda();
    void reloadMeetings();
    // The meeting as the form holds it (no checks).
    AppraisalMeeting meetingFromForm() const;
    // Checks and records the form's meeting; clears the form and shows the record on success. No dialogs.
    Status recordMeeting();
    // Fills the form with a recorded meeting to correct it (a new record naming it).
    bool startCorrection(const QString &meetingId);
    void clearForm();

    void addParticipant(const QString &name, const QString &category, bool present);
    // The agenda row of a case: whether it is on the agenda, its conclusion and who drew it.
    void setConclusion(const QString &caseId, const QString &conclusion, const QString &drawnBy,
                       const QString &note = QString());
    void addOpinion(const QString &caseId, const AppraisalOpinion &opinion);

    QString agendaHtml() const;
    QString signatureSheetHtml() const;
    QString minutesHtml() const; // of the recorded meeting selected

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *placeEdit() const { return m_place; }
    QLineEdit *chairEdit() const { return m_chair; }
    QLineEdit *recorderEdit() const { return m_recorder; }
    QLineEdit *staffEdit() const { return m_staff; }
    QLineEdit *correctionReasonEdit() const { return m_correctionReason; }
    QPlainTextEdit *minutesEdit() const { return m_minutes; }
    QTableWidget *participantTable() const { return m_participants; }
    QTableWidget *agendaTable() const { return m_agenda; }
    TextTableModel *meetingModel() const { return m_meetingModel; }
    QTableView *meetingView() const { return m_meetingView; }
    QTextBrowser *recordView() const { return m_recordText; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void caseChanged(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshStaffChoices();
    void showOpinions();
    void storeOpinions();
    void showRecord();
    void recordClicked();
    void addAttachment();
    QString townshipCode() const;
    int agendaRow(const QString &caseId) const;

    Session &m_session;
    AppraisalAgenda m_agendaData;
    QHash<QString, QList<AppraisalOpinion>> m_opinions;
    QString m_opinionCase; // the case whose opinions the opinion table shows
    QString m_correcting;  // the meeting a correction corrects
    QStringList m_attachments;
    QList<AppraisalMeeting> m_recorded;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_townshipLabel = nullptr;
    QComboBox *m_township = nullptr;
    QLabel *m_villageLabel = nullptr;
    QLineEdit *m_village = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_printAgenda = nullptr;
    QPushButton *m_printSheet = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_placeLabel = nullptr;
    QLineEdit *m_place = nullptr;
    QLabel *m_chairLabel = nullptr;
    QLineEdit *m_chair = nullptr;
    QLabel *m_recorderLabel = nullptr;
    QLineEdit *m_recorder = nullptr;
    QLabel *m_staffLabel = nullptr;
    QLineEdit *m_staff = nullptr;
    QLabel *m_participantsLabel = nullptr;
    QTableWidget *m_participants = nullptr;
    QPushButton *m_addParticipant = nullptr;
    QPushButton *m_removeParticipant = nullptr;
    QLabel *m_agendaLabel = nullptr;
    QTableWidget *m_agenda = nullptr;
    QLabel *m_opinionsLabel = nullptr;
    QTableWidget *m_opinionTable = nullptr;
    QPushButton *m_addOpinion = nullptr;
    QPushButton *m_removeOpinion = nullptr;
    QLabel *m_minutesLabel = nullptr;
    QPlainTextEdit *m_minutes = nullptr;
    QLabel *m_attachmentsLabel = nullptr;
    QListWidget *m_attachmentList = nullptr;
    QPushButton *m_addAttachment = nullptr;
    QLabel *m_correctionLabel = nullptr;
    QLineEdit *m_correctionReason = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_status = nullptr;

    TextTableModel *m_meetingModel = nullptr;
    QTableView *m_meetingView = nullptr;
    QTextBrowser *m_recordText = nullptr;
    QPushButton *m_printMinutes = nullptr;
    QPushButton *m_pdfMinutes = nullptr;
    QPushButton *m_correct = nullptr;
};

} // namespace dibao
