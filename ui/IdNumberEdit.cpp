#include "IdNumberEdit.h"

#include <QFocusEvent>
#include <QRegularExpressionValidator>

namespace dibao {

IdNumberEdit::IdNumberEdit(QWidget *parent) : QLineEdit(parent)
{
    setMaxLength(20);
    // Digits and X only; length and content are judged on leaving, with a reason.
    setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9Xx ]{0,20}$")), this));
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (!m_reason.isEmpty())
            clearState();
    });
}

void IdNumberEdit::clearState()
{
    m_valid = false;
    m_reason.clear();
    setStyleSheet(QString());
    setToolTip(QString());
    emit cleared();
}

bool IdNumberEdit::check()
{
    const QString t = text().trimmed();
    if (t.isEmpty()) {
        clearState();
        return false;
    }
    auto info = parseIdNumber(t);
    if (!info) {
        m_valid = false;
        m_reason = info.error().message;
        setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #b3261e; background: #fdecea; }"));
        setToolTip(m_reason);
        emit invalid(m_reason);
        return false;
    }
    m_valid = true;
    m_reason.clear();
    setStyleSheet(QString());
    setToolTip(QString());
    if (text() != info->normalized)
        setText(info->normalized);
    emit parsed(*info);
    return true;
}

void IdNumberEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    check();
}

} // namespace dibao
