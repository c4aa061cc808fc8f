#include "TransitionDialog.h"

#include "DisplayText.h"
#include "common/ChinaDate.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dibao {

bool TransitionDialog::needsReason(const QString &t)
{
    static const QStringList tokens{QStringLiteral("notify_ineligible"), QStringLiteral("object"),
                                    QStringLiteral("close_ineligible"),  QStringLiteral("refuse"),
                                    QStringLiteral("withdraw"),          QStringLiteral("terminate"),
                                    QStringLiteral("record_objection"),  QStringLiteral("report_review")};
    return tokens.contains(t);
}

QStringList TransitionDialog::choicesFor(const QString &t)
{
    if (t == QLatin1String("resolve_objection"))
        return {QStringLiteral("reinvestigate"), QStringLiteral("appraisal")};
    if (t == QLatin1String("conclude_appraisal"))
        return {QStringLiteral("true_complete"), QStringLiteral("incomplete")};
    if (t == QLatin1String("add_ground"))
        return {QStringLiteral("separated_residence"), QStringLiteral("remote_application"),
                QStringLiteral("hard_investigation"), QStringLiteral("objection")};
    if (t == QLatin1String("decide_review"))
        return {QStringLiteral("keep"), QStringLiteral("raise"), QStringLiteral("lower"), QStringLiteral("stop"),
                QStringLiteral("gradual_exit")};
    return {};
}

bool TransitionDialog::takesAmount(const QString &t)
{
    return t == QLatin1String("submit_review") || t == QLatin1String("confirm") || t == QLatin1String("report_review")
        || t == QLatin1String("decide_review");
}

Fen TransitionDialog::parseYuan(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,9})(?:\\.(\\d{0,2}))?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    QString cents = m.captured(2);
    while (cents.size() < 2)
        cents += QLatin1Char('0');
    return m.captured(1).toLongLong() * 100 + cents.toLongLong();
}

TransitionDialog::TransitionDialog(Session &session, const CaseRecord &record, const QString &transition,
                                   Fen suggestedAmount, QWidget *parent)
    : QDialog(parent), m_session(session), m_record(record), m_transition(transition)
{
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(tr("%1 — %2").arg(DisplayText::transition(transition), record.applicantName));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto *what = new QLabel(tr("Case of %1, now: %2").arg(record.applicantName, CaseState::displayName(record.state)),
                            this);
    what->setWordWrap(true);
    const QString hint = DisplayText::transitionHint(transition);

    m_date = new QDateEdit(chinaToday(), this);
    m_date->setObjectName(QStringLiteral("transitionDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(chinaToday());
    form->addRow(tr("&Date:"), m_date);

    const QStringList choices = choicesFor(transition);
    if (!choices.isEmpty()) {
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("transitionChoice"));
        for (const QString &c : choices)
            m_choice->addItem(DisplayText::choice(c), c);
        form->addRow(transition == QLatin1String("add_ground") ? tr("&Ground:") : tr("&Decision:"), m_choice);
        connect(m_choice, &QComboBox::currentIndexChanged, this, &TransitionDialog::updateEnabled);
    }

    if (transition == QLatin1String("notify_missing")) {
        m_missing = new QListWidget(this);
        m_missing->setObjectName(QStringLiteral("transitionMissing"));
        for (const QString &kind : DisplayText::documentKinds()) {
            if (kind == QLatin1String("other"))
                continue;
            auto *item = new QListWidgetItem(DisplayText::documentKind(kind), m_missing);
            item->setData(Qt::UserRole, kind);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_missing->setMinimumHeight(m_missing->sizeHintForRow(0) * 6);
        form->addRow(tr("&Missing items:"), m_missing);
        m_missingOther = new QLineEdit(this);
        m_missingOther->setPlaceholderText(tr("Anything else, separated by ；"));
        form->addRow(tr("&Also missing:"), m_missingOther);
    }

    if (takesAmount(transition)) {
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(QStringLiteral("transitionAmount"));
        m_amount->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^\\d{0,9}(\\.\\d{0,2})?$")), m_amount));
        const Fen prefill = transition == QLatin1String("confirm") && record.proposedAmount >= 0 ? record.proposedAmount
                                                                                                 : suggestedAmount;
        if (prefill >= 0 && transition != QLatin1String("decide_review"))
            m_amount->setText(formatYuan(prefill));
        m_amount->setPlaceholderText(tr("yuan per month, e.g. 400.00"));
        form->addRow(transition == QLatin1String("confirm") || transition == QLatin1String("decide_review")
                         ? tr("&Amount (yuan/month):")
                         : tr("&Proposed amount (yuan/month):"),
                     m_amount);
    }
    if (transition == QLatin1String("confirm") || transition == QLatin1String("submit_review")) {
        m_tier = new QComboBox(this);
        m_tier->addItem(tr("No tier (gap payment)"), QString());
        for (const char *t : {"A", "B", "C"})
            m_tier->addItem(tr("Tier %1").arg(QLatin1String(t)), QString::fromLatin1(t));
        const QString tier = record.proposedTier;
        const int i = m_tier->findData(tier);
        m_tier->setCurrentIndex(i < 0 ? 0 : i);
        form->addRow(tr("&Tier:"), m_tier);
    }
    if (transition == QLatin1String("decide_review")) {
        m_months = new QSpinBox(this);
        m_months->setRange(1, 6);
        m_months->setSuffix(tr(" months"));
        form->addRow(tr("Gradual exit &length:"), m_months);
    }

    const bool reasonNeeded = needsReason(transition);
    const bool reasonOffered = reasonNeeded || transition == QLatin1String("confirm")
        || transition == QLatin1String("decide_review") || transition == QLatin1String("submit_review")
        || transition == QLatin1String("add_ground");
    if (reasonOffered) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("transitionReason"));
        m_reason->setTabChangesFocus(true);
        m_reason->setMinimumHeight(fontMetrics().height() * 4);
        m_reason->setPlaceholderText(reasonNeeded ? tr("Required: the written reasons the household will read")
                                                  : tr("Optional"));
        form->addRow(reasonNeeded ? tr("&Reasons (required):") : tr("&Reasons:"), m_reason);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("transitionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; border: 1px solid #b3261e; border-radius: 4px; "
                                            "padding: 6px; background: #fdecea; }"));
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(DisplayText::transition(transition));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TransitionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TransitionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    if (!hint.isEmpty()) {
        auto *hintLabel = new QLabel(hint, this);
        hintLabel->setWordWrap(true);
        hintLabel->setStyleSheet(QStringLiteral("color: #44546a;"));
        layout->addWidget(hintLabel);
    }
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    updateEnabled();
}

void TransitionDialog::updateEnabled()
{
    if (m_transition != QLatin1String("decide_review") || !m_choice)
        return;
    const QString c = m_choice->currentData().toString();
    if (m_amount)
        m_amount->setEnabled(c == QLatin1String("raise") || c == QLatin1String("lower"));
    if (m_months)
        m_months->setEnabled(c == QLatin1String("gradual_exit"));
}

TransitionInput TransitionDialog::input() const
{
    TransitionInput in;
    in.onDate = m_date->date();
    if (m_reason)
        in.reason = m_reason->toPlainText().trimmed();
    if (m_choice)
        in.choice = m_choice->currentData().toString();
    if (m_amount && m_amount->isEnabled())
        in.amount = parseYuan(m_amount->text());
    if (m_tier)
        in.tier = m_tier->currentData().toString();
    if (m_months && m_months->isEnabled())
        in.months = m_months->value();
    if (m_missing) {
        for (int i = 0; i < m_missing->count(); ++i)
            if (m_missing->item(i)->checkState() == Qt::Checked)
                in.missingItems << m_missing->item(i)->text();
        const QStringList others = m_missingOther->text().split(QRegularExpression(QStringLiteral("[；;，,\\n]")),
                                                                Qt::SkipEmptyParts);
        for (const QString &o : others)
            if (!o.trimmed().isEmpty())
                in.missingItems << o.trimmed();
    }
    return in;
}

void TransitionDialog::accept()
{
    if (m_amount && m_amount->isEnabled() && !m_amount->text().trimmed().isEmpty()
        && parseYuan(m_amount->text()) < 0) {
        m_message->setText(tr("Write the amount in yuan with at most two decimals, e.g. 400.00."));
        m_message->show();
        m_amount->setFocus();
        return;
    }
    Workflow workflow(m_session);
    const Status status = workflow.apply(m_record.id, m_transition, input());
    if (!status) {
        // The core says why, in the user's language, with what to do next.
        m_message->setText(status.error().message);
        m_message->show();
        return;
    }
    emit applied(m_record.id, m_transition);
    QDialog::accept();
}

} // namespace dibao
