#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "complaints/NearRelativeRegister.h"
#include "complaints/PetitionStore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace dibao {

class IdNumberEdit;
class Session;
class TextTableModel;

// 投诉 Complaints (信访, 举报投诉, 咨询): the register with its clocks in calendar days (acknowledge 15, conclude 60,
// one extension of 30), overdue ones first and marked in words; registering a new one (kind, channel, real-name or
// anonymous, against a case, household, staff member or office); the owner's actions (acknowledge, hand over,
// extend, conclude, feedback, reward, the check of an enrolled household) and the re-examination / review forwarded
// to the next-higher body with its outcome. Every rule — who owns it, who may read the reporter's identity, what is
// county-only — is the core's (PetitionStore); the page asks for what an action needs and shows the core's refusal.
// The county's near-relative register (近亲属备案, docs/complaints.md) is a tab for the roles that keep it.
class PetitionPage : public QWidget {
    Q_OBJECT

public:
    explicit PetitionPage(Session &session, QWidget *parent = nullptr);

    void reload();
    void selectPetition(const QString &id);
    QString currentPetitionId() const;
    const Petition &current() const { return m_current; }

    // Registers what the form holds; on success the form is cleared and the new one selected.
    Result<QString> registerFromForm();

    // The owner's actions on the selected petition (no dialogs; the buttons ask for these values first). A refusal
    // is returned and shown in messageLabel().
    Status acknowledge(const QString &note, const QDate &on);
    Status handOver(const QString &toUser, const QString &reason, const QDate &on);
    Status extend(const QString &reason, const QDate &on);
    Status conclude(const PetitionConclusion &conclusion);
    Status feedback(const QString &note, const QDate &on);
    Status reward(Fen amount, const QString &note, const QDate &on);
    Status openCheck();
    Status forward(const PetitionForwardInput &input);
    Status recordOutcome(const QString &stage, const QString &outcome, const QString &note, const QString &byOffice,
                         const QDate &on);
    // Asks the core for the reporter's identity (county roles; the read is logged) and shows it.
    Status showReporter();

    // The near-relative register tab (null when the role does not keep it).
    Status addRelative(const NearRelativeEntry &entry);
    void reloadRegister();

    TextTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTextBrowser *detailView() const { return m_detail; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *reporterLabel() const { return m_reporter; }
    QTabWidget *tabs() const { return m_tabs; }
    QCheckBox *openOnlyBox() const { return m_openOnly; }
    QCheckBox *overdueOnlyBox() const { return m_overdueOnly; }
    QPushButton *acknowledgeButton() const { return m_ackButton; }
    QPushButton *reporterButton() const { return m_reporterButton; }
    // The registration form.
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *channelBox() const { return m_channel; }
    QCheckBox *realNameBox() const { return m_realName; }
    QLineEdit *reporterNameEdit() const { return m_reporterName; }
    QLineEdit *reporterPhoneEdit() const { return m_reporterPhone; }
    QComboBox *subjectKindBox() const { return m_subjectKind; }
    QLineEdit *subjectSearchEdit() const { return m_subjectSearch; }
    QComboBox *subjectCaseBox() const { return m_subjectCase; }
    QComboBox *subjectOfficeBox() const { return m_subjectOffice; }
    QLineEdit *staffNameEdit() const { return m_staffName; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QDateEdit *receivedEdit() const { return m_received; }
    // The register tab.
    TextTableModel *registerModel() const { return m_registerModel; }
    TextTableModel *flaggedModel() const { return m_flaggedModel; }

    static QString kindText(const QString &token);
    static QString channelText(const QString &token);
    static QString outcomeText(const QString &token);
    static QString relationText(const QString &token);
    static QString staffRoleText(const QString &token);

signals:
    void openCaseRequested(const QString &caseId);
    void caseChanged(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildListTab();
    QWidget *buildFormTab();
    QWidget *buildRegisterTab();
    void retranslate();
    void showCurrent();
    void updateSubjectFields();
    void searchCases();
    void clearForm();
    QString subjectText(const Petition &p);
    QString detailHtml(const QList<PetitionEvent> &events, const QList<PetitionForward> &forwards) const;
    Status done(const Status &st);
    // The buttons: ask with an ActionDialog, then call the action.
    void askHandOver();
    void askExtend();
    void askConclude();
    void askFeedback();
    void askReward();
    void askForward();
    void askOutcome();
    void askAcknowledge();
    void askAddRelative();
    void warn(const QString &title, const Status &st);

    Session &m_session;
    QList<Petition> m_items;
    Petition m_current;
    QHash<QString, QString> m_subjectNames;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_message = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QPushButton *m_reload = nullptr;
    TextTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_reporter = nullptr;
    QPushButton *m_ackButton = nullptr;
    QPushButton *m_handOverButton = nullptr;
    QPushButton *m_extendButton = nullptr;
    QPushButton *m_concludeButton = nullptr;
    QPushButton *m_feedbackButton = nullptr;
    QPushButton *m_rewardButton = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_forwardButton = nullptr;
    QPushButton *m_outcomeButton = nullptr;
    QPushButton *m_reporterButton = nullptr;
    QPushButton *m_openCaseButton = nullptr;
    // Registration form.
    QGroupBox *m_reporterBox = nullptr;
    QGroupBox *m_subjectBox = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_receivedLabel = nullptr;
    QDateEdit *m_received = nullptr;
    QCheckBox *m_realName = nullptr;
    QLabel *m_reporterNameLabel = nullptr;
    QLineEdit *m_reporterName = nullptr;
    QLabel *m_reporterPhoneLabel = nullptr;
    QLineEdit *m_reporterPhone = nullptr;
    QLabel *m_reporterAddressLabel = nullptr;
    QLineEdit *m_reporterAddress = nullptr;
    QLabel *m_reporterIdLabel = nullptr;
    IdNumberEdit *m_reporterId = nullptr;
    QLabel *m_subjectKindLabel = nullptr;
    QComboBox *m_subjectKind = nullptr;
    QLabel *m_subjectSearchLabel = nullptr;
    QLineEdit *m_subjectSearch = nullptr;
    QLabel *m_subjectCaseLabel = nullptr;
    QComboBox *m_subjectCase = nullptr;
    QLabel *m_subjectOfficeLabel = nullptr;
    QComboBox *m_subjectOffice = nullptr;
    QLabel *m_staffNameLabel = nullptr;
    QLineEdit *m_staffName = nullptr;
    QLabel *m_summaryEditLabel = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_confidentiality = nullptr;
    QPushButton *m_registerButton = nullptr;
    // Near-relative register (county).
    QWidget *m_registerTab = nullptr;
    QLabel *m_registerNote = nullptr;
    TextTableModel *m_registerModel = nullptr;
    QTableView *m_registerView = nullptr;
    TextTableModel *m_flaggedModel = nullptr;
    QTableView *m_flaggedView = nullptr;
    QLabel *m_flaggedLabel = nullptr;
    QPushButton *m_addRelativeButton = nullptr;
    QPushButton *m_reloadRegisterButton = nullptr;
};

} // namespace dibao
