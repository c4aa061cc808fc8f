#pragma once

#include "casework/PublicNotice.h"
#include "common/Result.h"

#include <QDialog>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace dibao {

class NoticeCandidateModel;
class Session;
class TextTableModel;

// 公示 Notices: build a township notice from the cases ready for it (the township's proposal editable), post it
// (the 7-day clock starts), print it for posting (A4, large type) or save it as a PDF, export the same list as CSV
// or .xlsx, and record objections against a case on a posted notice. The notice shows only what the county's notice
// policy allows (docs/casework.md).
class NoticePage : public QWidget {
    Q_OBJECT

public:
    explicit NoticePage(Session &session, QWidget *parent = nullptr);

    void reload();
    void loadCandidates();
    // Posts the checked candidates (place and date from the form). Shows nothing: the button reports.
    Result<PublicNotice> postNotice();
    // The notice selected in the posted list (empty id when none).
    PublicNotice currentNotice() const;
    void selectNotice(const QString &noticeId);
    bool writePdf(const QString &path, QString *error = nullptr) const;
    Result<QString> recordObjection(const ObjectionInput &input);

    NoticeCandidateModel *candidateModel() const { return m_candidates; }
    TextTableModel *noticeModel() const { return m_notices; }
    TextTableModel *lineModel() const { return m_lines; }
    QComboBox *townshipBox() const { return m_township; }
    QLineEdit *villageEdit() const { return m_village; }
    QLineEdit *placeEdit() const { return m_place; }
    QDateEdit *postedOnEdit() const { return m_postedOn; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void caseChanged(const QString &caseId);
    void openCaseRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showLines();
    void postClicked();
    void objectionClicked();
    void exportList(bool xlsx);
    QString townshipCode() const;

    Session &m_session;
    QList<PublicNotice> m_posted;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_townshipLabel = nullptr;
    QComboBox *m_township = nullptr;
    QLabel *m_villageLabel = nullptr;
    QLineEdit *m_village = nullptr;
    QPushButton *m_load = nullptr;
    NoticeCandidateModel *m_candidates = nullptr;
    QTableView *m_candidateView = nullptr;
    QLabel *m_placeLabel = nullptr;
    QLineEdit *m_place = nullptr;
    QLabel *m_postedOnLabel = nullptr;
    QDateEdit *m_postedOn = nullptr;
    QPushButton *m_post = nullptr;
    QLabel *m_status = nullptr;
    TextTableModel *m_notices = nullptr;
    QTableView *m_noticeView = nullptr;
    TextTableModel *m_lines = nullptr;
    QTableView *m_lineView = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_xlsx = nullptr;
    QPushButton *m_objection = nullptr;
    QPushButton *m_openCase = nullptr;
};

// An objection to a case on a notice: who (kept apart, seen by county roles only), what, when and how received.
class ObjectionDialog : public QDialog {
    Q_OBJECT

public:
    ObjectionDialog(const QString &applicantName, QWidget *parent = nullptr);
    ObjectionInput input(const QString &caseId) const;

private:
    QComboBox *m_channel = nullptr;
    QDateEdit *m_received = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace dibao
