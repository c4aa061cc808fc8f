#include "StatisticsPage.h"

#include "StatisticsModel.h"
#include "charts/ChartPanel.h"
#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "store/Session.h"
#include "supervision/MonthlyReport.h"
#include "supervision/Statistics.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace dibao {

StatisticsPage::StatisticsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_model = new StatisticsModel(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_month = new QDateEdit(firstOfMonth(chinaToday()), this);
    m_month->setObjectName(QStringLiteral("statisticsMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("statisticsGrouping"));
    for (StatisticsGrouping g : {StatisticsGrouping::Township, StatisticsGrouping::Village, StatisticsGrouping::Area,
                                 StatisticsGrouping::Tier})
        m_grouping->addItem(QString(), toToken(g));
    m_show = new QPushButton(this);
    m_trendButton = new QPushButton(this);
    m_export = new QPushButton(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("statisticsMessage"));
    m_message->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("statisticsTable"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // The first column (township, village, tier) takes the spare width; the figures stay together at their own width
    // instead of the last one stretching across the page.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_chart = new ChartPanel(this);
    m_trend = new ChartPanel(this);
    m_trend->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(16);
    top->addWidget(m_month);
    top->addWidget(m_grouping);
    top->addWidget(m_show);
    top->addStretch(1);
    top->addWidget(m_trendButton);
    top->addWidget(m_export);
    auto *charts = new QWidget(this);
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_chart, 1);
    chartsLayout->addWidget(m_trend, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_show, &QPushButton::clicked, this, &StatisticsPage::reload);
    connect(m_trendButton, &QPushButton::clicked, this, &StatisticsPage::showTrend);
    connect(m_export, &QPushButton::clicked, this, &StatisticsPage::exportAsked);
    retranslate();
    // Nothing is computed on construction: the first show counts in the background (countInBackground), and a role
    // without the statistics sees no refusal on start-up.
}

StatisticsPage::~StatisticsPage()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void StatisticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownBefore)
        return;
    m_shownBefore = true;
    countInBackground();
}

void StatisticsPage::countInBackground()
{
    if (!m_session.require(Action::ViewStatistics).ok() || m_model->rowCount() > 0)
        return;
    const QString path = m_session.db().path();
    const Actor actor = m_session.actor();
    const QDate month = m_month->date();
    const StatisticsGrouping grouping = chosenGrouping();
    const quint64 generation = m_generation;
    m_message->setText(tr("Counting %1...").arg(isoMonth(firstOfMonth(month))));
    auto result = std::make_shared<Result<StatisticsReport>>(
        makeError(ErrorKind::Internal, QStringLiteral("statistics_not_counted"), QString()));
    m_worker = QThread::create([path, actor, month, grouping, result] {
        auto opened = Session::open(path);
        if (!opened) {
            *result = opened.error();
            return;
        }
        (*opened)->actAs(actor);
        *result = Statistics(**opened).compute(month, grouping);
    });
    m_worker->setObjectName(QStringLiteral("statistics-first-count"));
    connect(m_worker, &QThread::finished, this, [this, result, grouping, generation] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (generation != m_generation)
            return; // Show was pressed meanwhile: its figures stay
        emit firstCountShown(present(*result, grouping));
    });
    m_worker->start();
}

void StatisticsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatisticsPage::retranslate()
{
    m_title->setText(tr("Statistics"));
    m_grouping->setItemText(0, tr("By township"));
    m_grouping->setItemText(1, tr("By village"));
    m_grouping->setItemText(2, tr("By area (urban / rural)"));
    m_grouping->setItemText(3, tr("By tier"));
    m_show->setText(tr("Show"));
    m_trendButton->setText(tr("12-month trend"));
    m_export->setText(tr("Monthly report (.xlsx)..."));
    m_month->setToolTip(tr("The month counted"));
}

StatisticsGrouping StatisticsPage::chosenGrouping() const
{
    return statisticsGroupingFromToken(m_grouping->currentData().toString()).value_or(StatisticsGrouping::Township);
}

bool StatisticsPage::reload()
{
    ++m_generation;
    const StatisticsGrouping grouping = chosenGrouping();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Statistics statistics(m_session);
    auto report = statistics.compute(m_month->date(), grouping);
    QApplication::restoreOverrideCursor();
    return present(report, grouping);
}

bool StatisticsPage::present(const Result<StatisticsReport> &report, StatisticsGrouping grouping)
{
    if (!report) {
        m_message->setText(report.error().message);
        return false;
    }
    m_model->setReport(*report);
    m_view->resizeColumnsToContents();
    if (m_model->columnCount() > 0)
        m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    QStringList notes{tr("Allowances in force in %1; overdue work as of %2.")
                          .arg(isoMonth(report->month), isoDate(report->asOf))};
    if (!report->findingsRegisterPresent)
        notes << tr("No verification findings are recorded in this database yet: the column shows 0.");
    if (!report->complaintRegisterPresent)
        notes << tr("Complaints are those about cases awaiting confirmation (no general complaints register yet).");
    m_message->setText(notes.join(QLatin1Char(' ')));
    QStringList categories;
    ChartPanel::Series households{tr("Households"), {}};
    ChartPanel::Series persons{tr("Persons"), {}};
    for (const StatisticsRow &r : report->rows) {
        if (r.figures.households == 0 && r.figures.exitedHouseholds == 0 && grouping == StatisticsGrouping::Township
            && report->rows.size() > 12)
            continue; // a county has dozens of townships: the chart shows those with households
        categories << r.label;
        households.values << double(r.figures.households);
        persons.values << double(r.figures.persons);
    }
    m_chart->showBars(tr("Households and persons, %1").arg(isoMonth(report->month)), categories, {households, persons});
    return true;
}

bool StatisticsPage::showTrend()
{
    const QDate last = firstOfMonth(m_month->date());
    QProgressDialog progress(tr("Counting 12 months..."), tr("Cancel"), 0, 12, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    Statistics statistics(m_session);
    QStringList categories;
    ChartPanel::Series households{tr("Households"), {}};
    ChartPanel::Series exited{tr("Exited"), {}};
    ChartPanel::Series added{tr("New"), {}};
    for (int i = 11; i >= 0; --i) {
        if (progress.wasCanceled())
            return false;
        progress.setValue(11 - i);
        QCoreApplication::processEvents();
        auto r = statistics.compute(last.addMonths(-i), StatisticsGrouping::Area);
        if (!r) {
            m_message->setText(r.error().message);
            return false;
        }
        categories << isoMonth(r->month);
        households.values << double(r->total.households);
        added.values << double(r->total.newHouseholds);
        exited.values << double(r->total.exitedHouseholds);
    }
    progress.setValue(12);
    m_trend->showLines(tr("Households by month"), categories, {households, added, exited});
    m_trend->show();
    return true;
}

bool StatisticsPage::exportTo(const QString &path)
{
    if (m_model->rowCount() == 0 && !reload())
        return false;
    const QString division = DivisionRegistry::instance().fullName(m_session.divisionCode());
    const Status st = writeMonthlyReport(m_model->report(), division.isEmpty() ? m_session.divisionCode() : division,
                                         path);
    m_message->setText(st.ok() ? tr("Wrote %1").arg(path) : st.error().message);
    return st.ok();
}

void StatisticsPage::exportAsked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the monthly report"),
        tr("monthly-report-%1.xlsx").arg(isoMonth(firstOfMonth(m_month->date()))), tr("Workbook (*.xlsx)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace dibao
