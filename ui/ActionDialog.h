#pragma once

#include <QDate>
#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dibao {

// A small form asking what one action needs (a reason, a date, a choice, an amount) before the page hands it to the
// core: required fields and checks are shown as the user types and OK stays disabled until they pass; whatever the
// core then refuses, the page shows. Used by the 核对 and 投诉 pages' actions.
class ActionDialog : public QDialog {
    Q_OBJECT

public:
    ActionDialog(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    QLineEdit *addLine(const QString &label, bool required, const QString &placeholder = QString());
    QPlainTextEdit *addText(const QString &label, bool required, const QString &placeholder = QString());
    QDateEdit *addDate(const QString &label, const QDate &value, const QDate &maximum = QDate());
    // Items are (shown text, token).
    QComboBox *addChoice(const QString &label, const QList<QPair<QString, QString>> &items);
    QCheckBox *addCheck(const QString &text);
    // Yuan with up to two decimals ("420.00"); validated as typed.
    QLineEdit *addYuan(const QString &label, bool required);
    // A further check: returns the problem to show, or an empty string.
    void addCheckRule(std::function<QString()> rule);

    // Shows the dialog; true when the user confirmed with every check passing.
    bool ask();
    // The problem shown now (empty when the form may be confirmed).
    QString problem() const;

private:
    void revalidate();

    QFormLayout *m_form = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QPair<QString, QLineEdit *>> m_requiredLines;
    QList<QPair<QString, QPlainTextEdit *>> m_requiredTexts;
    QList<QPair<QString, QLineEdit *>> m_yuan;
    QList<std::function<QString()>> m_rules;
};

} // namespace dibao
