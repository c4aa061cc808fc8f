#include "ActionDialog.h"

#include "NoticeCandidateModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dibao {

ActionDialog::ActionDialog(const QString &title, const QString &explanation, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    if (!explanation.isEmpty()) {
        auto *text = new QLabel(explanation, this);
        text->setWordWrap(true);
        layout->addWidget(text);
    }
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("actionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

QLineEdit *ActionDialog::addLine(const QString &label, bool required, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label, edit);
    if (required)
        m_requiredLines.append({label, edit});
    connect(edit, &QLineEdit::textChanged, this, &ActionDialog::revalidate);
    revalidate();
    return edit;
}

QPlainTextEdit *ActionDialog::addText(const QString &label, bool required, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumHeight(110);
    m_form->addRow(label, edit);
    if (required)
        m_requiredTexts.append({label, edit});
    connect(edit, &QPlainTextEdit::textChanged, this, &ActionDialog::revalidate);
    revalidate();
    return edit;
}

QDateEdit *ActionDialog::addDate(const QString &label, const QDate &value, const QDate &maximum)
{
    auto *edit = new QDateEdit(value, this);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    if (maximum.isValid())
        edit->setMaximumDate(maximum);
    m_form->addRow(label, edit);
    return edit;
}

QComboBox *ActionDialog::addChoice(const QString &label, const QList<QPair<QString, QString>> &items)
{
    auto *box = new QComboBox(this);
    for (const auto &[text, token] : items)
        box->addItem(text, token);
    m_form->addRow(label, box);
    connect(box, &QComboBox::currentIndexChanged, this, &ActionDialog::revalidate);
    return box;
}

QCheckBox *ActionDialog::addCheck(const QString &text)
{
    auto *box = new QCheckBox(text, this);
    m_form->addRow(QString(), box);
    connect(box, &QCheckBox::toggled, this, &ActionDialog::revalidate);
    return box;
}

QLineEdit *ActionDialog::addYuan(const QString &label, bool required)
{
    QLineEdit *edit = addLine(label, required, tr("yuan, e.g. 420.00"));
    m_yuan.append({label, edit});
    revalidate();
    return edit;
}

void ActionDialog::addCheckRule(std::function<QString()> rule)
{
    m_rules.append(std::move(rule));
    revalidate();
}

QString ActionDialog::problem() const
{
    for (const auto &[label, edit] : m_requiredLines)
        if (edit->text().trimmed().isEmpty())
            return tr("%1 is required.").arg(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    for (const auto &[label, edit] : m_requiredTexts)
        if (edit->toPlainText().trimmed().isEmpty())
            return tr("%1 is required.").arg(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    for (const auto &[label, edit] : m_yuan)
        if (!edit->text().trimmed().isEmpty() && NoticeCandidateModel::parseYuan(edit->text().trimmed()) < 0)
            return tr("%1: enter yuan with at most two decimals, e.g. 420.00.")
                .arg(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    for (const auto &rule : m_rules)
        if (const QString p = rule(); !p.isEmpty())
            return p;
    return {};
}

void ActionDialog::revalidate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

bool ActionDialog::ask()
{
    revalidate();
    return exec() == QDialog::Accepted;
}

} // namespace dibao
