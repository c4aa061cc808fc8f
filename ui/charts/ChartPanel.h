#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QChartView;

namespace dibao {

// The one place the client touches Qt Charts: every screen that draws a chart uses this widget with plain data,
// so QtCharts headers and types stay inside ui/charts (and a change of charting library is one folder's work).
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    struct Series {
        QString name;
        QList<double> values; // one per category
    };

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Bars per category (e.g. households per township), one bar set per series.
    void showBars(const QString &title, const QStringList &categories, const QList<Series> &series);
    // Lines over categories (e.g. households per month).
    void showLines(const QString &title, const QStringList &categories, const QList<Series> &series);
    void clear();

    // What is shown, for tests and accessibility: the title, the categories and every series' values.
    QString title() const { return m_title; }
    QStringList categories() const { return m_categories; }
    QList<Series> series() const { return m_series; }
    QString kind() const { return m_kind; } // "bars", "lines" or ""

private:
    void draw(const QString &kind, const QString &title, const QStringList &categories, const QList<Series> &series);

    QChartView *m_view = nullptr;
    QString m_kind;
    QString m_title;
    QStringList m_categories;
    QList<Series> m_series;
};

} // namespace dibao
