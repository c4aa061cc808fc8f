#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace dibao {

class ChartPanel;
class Session;
class StatisticsModel;

// 统计 Statistics: a month cut by township, village, area or tier — the table, a chart of households per row, a
// 12-month trend on request, and the monthly report (.xlsx). Read-only (view_statistics).
class StatisticsPage : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsPage(Session &session, QWidget *parent = nullptr);

    StatisticsModel *model() const { return m_model; }
    ChartPanel *chart() const { return m_chart; }
    ChartPanel *trendChart() const { return m_trend; }
    QDateEdit *monthEdit() const { return m_month; }
    QComboBox *groupingBox() const { return m_grouping; }

    // Computes the chosen month and cut; a refusal or failure shows in the page's message line.
    bool reload();
    // The 12 months up to the chosen one, as a line chart (with a progress dialog that can be cancelled).
    bool showTrend();
    bool exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void exportAsked();

    Session &m_session;
    StatisticsModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QDateEdit *m_month = nullptr;
    QComboBox *m_grouping = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_trendButton = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_view = nullptr;
    ChartPanel *m_chart = nullptr;
    ChartPanel *m_trend = nullptr;
};

} // namespace dibao
