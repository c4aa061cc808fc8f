#pragma once

#include "common/Result.h"
#include "payroll/Payroll.h"
#include "payroll/PayrollExport.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace dibao {

class Session;
class TextTableModel;

// 发放 Payroll (the confirming authority: the county, or the delegated township): the roll of a month previewed
// first (lines, totals by township, area and tier, changes against last month, problems that block issuing), issued
// after a confirmation (issuing locks it; corrections go into the next month as adjustments), and exported as the
// bank file (CSV, GB18030 or UTF-8) and the .xlsx workbook (docs/payroll.md).
class PayrollPage : public QWidget {
    Q_OBJECT

public:
    explicit PayrollPage(Session &session, QWidget *parent = nullptr);

    // Shows the issued roll of the month, else a preview.
    Status load();
    Status issue();
    Result<PayrollExportFiles> exportTo(const QString &directory);
    const PayrollRoll &roll() const { return m_roll; }

    QDateEdit *monthEdit() const { return m_month; }
    QComboBox *encodingBox() const { return m_encoding; }
    TextTableModel *lineModel() const { return m_lines; }
    TextTableModel *totalModel() const { return m_totals; }
    TextTableModel *changeModel() const { return m_changes; }
    QPushButton *issueButton() const { return m_issue; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRoll();
    void issueClicked();
    void exportClicked();

    Session &m_session;
    PayrollRoll m_roll;
    QLabel *m_monthLabel = nullptr;
    QDateEdit *m_month = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_issue = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QComboBox *m_encoding = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    TextTableModel *m_totals = nullptr;
    TextTableModel *m_lines = nullptr;
    TextTableModel *m_changes = nullptr;
    TextTableModel *m_problems = nullptr;
};

} // namespace dibao
