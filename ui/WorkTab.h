#pragma once

#include <QWidget>

namespace dibao {

// A closable tab in the 案件 area (a case, an intake form). The main window routes Ctrl+S, Ctrl+P and closing here.
class WorkTab : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Stable key so the same case opens in one tab only.
    virtual QString tabKey() const = 0;
    virtual QString tabTitle() const = 0;
    virtual bool canSave() const { return false; }
    virtual bool save() { return false; }
    virtual bool canPrint() const { return false; }
    virtual void print() {}
    // Asks about unsaved work; false keeps the tab open.
    virtual bool confirmClose() { return true; }

signals:
    void titleChanged();
    // A case was created or changed: lists and 工作台 reload.
    void caseChanged(const QString &caseId);
    void openCaseRequested(const QString &caseId);
};

} // namespace dibao
