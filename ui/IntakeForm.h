#pragma once

#include "WorkTab.h"

namespace dibao {
class Session;
struct Draft;
class IntakeForm : public WorkTab {
    Q_OBJECT
public:
    IntakeForm(Session &session, const QString &draftId, QWidget *parent = nullptr);
    QString tabKey() const override { return QStringLiteral("draft:") + m_draftId; }
    QString tabTitle() const override { return tr("New application"); }
    void focusFirstField() {}
    static QString draftLabel(const Draft &draft);
private:
    Session &m_session;
    QString m_draftId;
};
}
