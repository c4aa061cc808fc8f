#pragma once

#include "common/Result.h"
#include "supervision/Statistics.h"

#include <QWidget>

class QComboBox;
class QThread;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace dibao {

class ChartPanel;
class Session;
class StatisticsModel;

// 统计 Statistics: a month cut by township, village, area or tier — the table, a chart of households per row, a
// 12-month trend on request, and the monthly report (.xlsx). Read-only (view_statistics). The first time the page is
// shown it counts this month by township off the UI thread (its own connection, as the signed-in user), so the
// table is there without pressing Show and the window never waits; a role without the statistics starts nothing.
class StatisticsPage : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsPage(Session &session, QWidget *parent = nullptr);
    ~StatisticsPage() override; // waits for a first count still running (well under a second)

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
    // Whether the first count (started by the first show) is still running.
    bool counting() const { return m_worker != nullptr; }

signals:
    // The first count's result is on the page (false: it failed, the message line says why). Not emitted when Show
    // was pressed meanwhile: what Show computed stays.
    void firstCountShown(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void exportAsked();
    void countInBackground();
    StatisticsGrouping chosenGrouping() const;
    bool present(const Result<StatisticsReport> &report, StatisticsGrouping grouping);

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
    QThread *m_worker = nullptr; // the first count, while it runs
    bool m_shownBefore = false;
    quint64 m_generation = 0;    // counts reloads: a first count that finds it changed is dropped
};

} // namespace dibao
