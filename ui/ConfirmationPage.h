#pragma once

#include "casework/ConfirmationQueue.h"
#include "common/Result.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace dibao {

class Session;
class TextTableModel;

// 审核确认 Confirmation: the confirming authority's queue ordered by clock (the 10-working-day opinion first), the
// file of the selected case (visits, meetings, notices, objections, complaints, the eligibility explanation, red
// flags, the own-visit requirement), and the decision: confirm (amount, tier, certificate number; the effective month
// is computed and shown, never chosen) or refuse (written reasons; the notice states the household's rights to
// administrative review and litigation). Printable confirmation and refusal notices.
class ConfirmationPage : public QWidget {
    Q_OBJECT

public:
    explicit ConfirmationPage(Session &session, QWidget *parent = nullptr);

    void reload();
    void selectCase(const QString &caseId);
    QString currentCaseId() const;
    const ConfirmationDetail &detail() const { return m_detail; }

    // The decision with the form's values and today's (or the decision date field's) date. No dialogs.
    Status confirmCurrent();
    Status refuseCurrent();
    // The notice of the decided case shown last (confirmation or refusal), for printing.
    QString decisionNoticeHtml() const;

    TextTableModel *queueModel() const { return m_queue; }
    QTableView *queueView() const { return m_queueView; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *tierBox() const { return m_tier; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QDateEdit *decisionDateEdit() const { return m_decisionDate; }
    QLabel *effectiveMonthLabel() const { return m_effective; }
    QPlainTextEdit *reasonsEdit() const { return m_reasons; }
    QTextBrowser *fileView() const { return m_file; }
    QPushButton *confirmButton() const { return m_confirm; }

signals:
    void caseChanged(const QString &caseId);
    void openCaseRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void updateEffectiveMonth();
    QString fileHtml() const;
    void decide(bool confirm);

    Session &m_session;
    QList<ConfirmationQueueItem> m_items;
    ConfirmationDetail m_detail;
    CaseRecord m_decided; // the case decided last on this page, for its notice
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_reload = nullptr;
    TextTableModel *m_queue = nullptr;
    QTableView *m_queueView = nullptr;
    QTextBrowser *m_file = nullptr;
    QGroupBox *m_confirmBox = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_tierLabel = nullptr;
    QComboBox *m_tier = nullptr;
    QLabel *m_supplementsLabel = nullptr;
    QLabel *m_supplements = nullptr;
    QLabel *m_certificateLabel = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLabel *m_decisionDateLabel = nullptr;
    QDateEdit *m_decisionDate = nullptr;
    QLabel *m_effectiveLabel = nullptr;
    QLabel *m_effective = nullptr;
    QPushButton *m_confirm = nullptr;
    QGroupBox *m_refuseBox = nullptr;
    QPlainTextEdit *m_reasons = nullptr;
    QLabel *m_rights = nullptr;
    QPushButton *m_refuse = nullptr;
    QPushButton *m_printNotice = nullptr;
    QPushButton *m_pdfNotice = nullptr;
    QPushButton *m_openCase = nullptr;
};

} // namespace dibao
