#include "charts/ChartPanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace dibao {

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    layout->addWidget(m_view);
    m_view->setChart(new QChart());
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::clear()
{
    draw(QString(), QString(), {}, {});
}

void ChartPanel::showBars(const QString &title, const QStringList &categories, const QList<Series> &series)
{
    draw(QStringLiteral("bars"), title, categories, series);
}

void ChartPanel::showLines(const QString &title, const QStringList &categories, const QList<Series> &series)
{
    draw(QStringLiteral("lines"), title, categories, series);
}

void ChartPanel::draw(const QString &kind, const QString &title, const QStringList &categories,
                      const QList<Series> &series)
{
    m_kind = kind;
    m_title = title;
    m_categories = categories;
    m_series = series;

    auto *chart = new QChart();
    chart->setTitle(title);
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    double top = 0;
    for (const Series &s : series)
        for (double v : s.values)
            top = std::max(top, v);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto *y = new QValueAxis(chart);
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    if (kind == QLatin1String("bars")) {
        auto *bars = new QBarSeries(chart);
        for (const Series &s : series) {
            auto *set = new QBarSet(s.name, bars);
            for (double v : s.values)
                *set << v;
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(x);
        bars->attachAxis(y);
    } else if (kind == QLatin1String("lines")) {
        for (const Series &s : series) {
            auto *line = new QLineSeries(chart);
            line->setName(s.name);
            for (int i = 0; i < s.values.size(); ++i)
                line->append(i, s.values[i]);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace dibao
