#pragma once

#include "domain/IdNumber.h"

#include <QLineEdit>

class QLabel;

namespace dibao {

// An ID number field (GB 11643). Checked when the user leaves it: a valid number is normalized (upper-case X,
// 15 → 18 digits) and reported through `parsed`; an invalid one turns red with the core's reason in `reasonLabel`
// (the text says it too: colour is never the only signal).
class IdNumberEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit IdNumberEdit(QWidget *parent = nullptr);

    // Validates now (also done on leaving the field). Returns whether the text is a valid number.
    bool check();
    bool isValidNumber() const { return m_valid; }
    QString reason() const { return m_reason; }
    void clearState();

signals:
    void parsed(const dibao::IdNumberInfo &info);
    void invalid(const QString &reason);
    void cleared();

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool m_valid = false;
    QString m_reason;
};

} // namespace dibao
