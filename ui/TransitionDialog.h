#pragma once

#include "domain/Case.h"
#include "workflow/Workflow.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace dibao {

class Session;

// One case action: asks for what the step needs (date, written reasons, a choice, an amount, missing items),
// then asks the core (Workflow::apply). A refusal stays in the dialog as the core's own message, so the user can
// correct and try again.
class TransitionDialog : public QDialog {
    Q_OBJECT

public:
    TransitionDialog(Session &session, const CaseRecord &record, const QString &transition, Fen suggestedAmount,
                     QWidget *parent = nullptr);

    QString transition() const { return m_transition; }
    // The input as it stands (also used by tests).
    TransitionInput input() const;
    QLabel *messageLabel() const { return m_message; }
    QPlainTextEdit *reasonField() const { return m_reason; }
    QComboBox *choiceField() const { return m_choice; }
    QLineEdit *amountField() const { return m_amount; }

    static bool needsReason(const QString &transition);
    static QStringList choicesFor(const QString &transition);
    static bool takesAmount(const QString &transition);

    // Parses "1234.5" as yuan into fen; -1 for empty or malformed text.
    static Fen parseYuan(const QString &text);

    void accept() override;

signals:
    void applied(const QString &caseId, const QString &transition);

private:
    void updateEnabled();

    Session &m_session;
    CaseRecord m_record;
    QString m_transition;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QComboBox *m_choice = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_tier = nullptr;
    QSpinBox *m_months = nullptr;
    QListWidget *m_missing = nullptr;
    QLineEdit *m_missingOther = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dibao
