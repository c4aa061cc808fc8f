#pragma once

#include "supervision/InspectionReport.h"

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

// 督查 Inspection: one township over a period — clocks kept and missed, cases without a required visit, unresolved
// flags and conflicts, decisions by named person; as a workbook (.xlsx), a printable PDF, and the month's fund
// report (.xlsx). Read-only (inspect).
class InspectionPage : public QWidget {
    Q_OBJECT
public:
    explicit InspectionPage(Session &session, QWidget *parent = nullptr);

    QComboBox *townshipBox() const { return m_township; }
    TextTableModel *clocksModel() const { return m_clocks; }
    TextTableModel *casesModel() const { return m_cases; }
    TextTableModel *decisionsModel() const { return m_decisions; }
    QLabel *summary() const { return m_summary; }
    const InspectionReport &report() const { return m_report; }

    bool build();
    bool exportXlsx(const QString &path);
    bool exportPdf(const QString &path);
    bool exportFundReport(const QDate &month, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTables();

    Session &m_session;
    InspectionReport m_report;
    bool m_built = false;
    QLabel *m_title = nullptr;
    QComboBox *m_township = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_xlsx = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_fund = nullptr;
    QLabel *m_summary = nullptr;
    TextTableModel *m_clocks = nullptr;
    TextTableModel *m_cases = nullptr;
    TextTableModel *m_flags = nullptr;
    TextTableModel *m_decisions = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QTableView *> m_views;
};

} // namespace dibao
