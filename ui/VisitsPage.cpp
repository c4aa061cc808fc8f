#include "VisitsPage.h"

#include "CaseworkCommon.h"
#include "DisplayText.h"
#include "TextTableModel.h"
#include "common/ChinaDate.h"
#include "policy/WorkingCalendar.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"
#include "workflow/Permissions.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dibao {

VisitsPage::VisitsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("visitsPage"));
    m_title = CaseworkCommon::pageTitle(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("visitsSummary"));
    m_townshipLabel = new QLabel(this);
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("visitsTownship"));
    m_townshipLabel->setBuddy(m_township);
    m_reload = new QPushButton(this);
    m_awaitingLabel = new QLabel(this);
    m_awaiting = new TextTableModel(this);
    m_awaitingView = CaseworkCommon::readOnlyTable(m_awaiting, this, QStringLiteral("visitsAwaiting"));
    m_awaitingLabel->setBuddy(m_awaitingView);
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("visitsMore"));
    m_recentLabel = new QLabel(this);
    m_recent = new TextTableModel(this);
    m_recentView = CaseworkCommon::readOnlyTable(m_recent, this, QStringLiteral("visitsRecent"));
    m_recentLabel->setBuddy(m_recentView);
    m_openCase = new QPushButton(this);
    m_openCase->setObjectName(QStringLiteral("visitsOpenCase"));
    m_recordVisit = new QPushButton(QIcon(QStringLiteral(":/icons/visits.svg")), QString(), this);
    m_recordVisit->setObjectName(QStringLiteral("visitsRecordVisit"));
    m_recordVisit->setVisible(session.require(Action::RecordVisit).ok());

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    top->addWidget(m_townshipLabel);
    top->addWidget(m_township);
    top->addWidget(m_reload);
    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_awaitingLabel);
    upperLayout->addWidget(m_awaitingView, 1);
    auto *moreRow = new QHBoxLayout;
    moreRow->addWidget(m_more);
    moreRow->addStretch(1);
    upperLayout->addLayout(moreRow);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_recentLabel);
    lowerLayout->addWidget(m_recentView, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openCase);
    buttons->addWidget(m_recordVisit);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    CaseworkCommon::fillTownshipFilter(m_township, session);

    connect(m_reload, &QPushButton::clicked, this, &VisitsPage::reload);
    connect(m_more, &QPushButton::clicked, this, &VisitsPage::loadMore);
    connect(m_township, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loaded)
            reload();
    });
    // The row chosen last, in either table, is the case the buttons act on.
    for (QTableView *view : {m_awaitingView, m_recentView}) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view] {
            QTableView *other = view == m_awaitingView ? m_recentView : m_awaitingView;
            if (view->selectionModel()->hasSelection() && other->selectionModel()->hasSelection())
                other->selectionModel()->clear();
            updateButtons();
        });
        connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
            const QString id = index.data(TextTableModel::KeyRole).toString();
            if (!id.isEmpty())
                emit openCaseRequested(id);
        });
    }
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        if (!currentCaseId().isEmpty())
            emit openCaseRequested(currentCaseId());
    });
    connect(m_recordVisit, &QPushButton::clicked, this, [this] {
        if (!currentCaseId().isEmpty())
            emit recordVisitRequested(currentCaseId());
    });
    retranslate();
}

QString VisitsPage::divisionFilter() const
{
    return m_township->currentData().toString();
}

QString VisitsPage::currentCaseId() const
{
    for (QTableView *view : {m_awaitingView, m_recentView})
        if (view->currentIndex().isValid() && view->selectionModel()->hasSelection())
            return view->currentIndex().data(TextTableModel::KeyRole).toString();
    return {};
}

void VisitsPage::reload()
{
    const QString keep = currentCaseId();
    m_loaded = true;
    m_error.clear();
    VisitQueue queue(m_session);
    auto total = queue.awaitingCount(divisionFilter());
    m_total = total ? *total : 0;
    auto first = queue.awaiting(divisionFilter(), kPage, 0);
    m_items = first ? *first : QList<VisitQueueItem>();
    m_exhausted = !first || first->size() < kPage;
    if (!total)
        m_error = total.error().message;
    else if (!first)
        m_error = first.error().message;
    auto recent = queue.recent(divisionFilter(), 50);
    m_visits = recent ? *recent : QList<RecentVisit>();
    if (!recent && m_error.isEmpty())
        m_error = recent.error().message;
    fillAwaiting();
    fillRecent();
    for (int r = 0; r < m_items.size(); ++r)
        if (m_items.at(r).caseId == keep)
            m_awaitingView->selectRow(r);
    updateButtons();
}

void VisitsPage::loadMore()
{
    if (!m_loaded || m_exhausted)
        return;
    VisitQueue queue(m_session);
    auto next = queue.awaiting(divisionFilter(), kPage, int(m_items.size()));
    if (!next) {
        m_error = next.error().message;
        m_exhausted = true;
    } else {
        m_items += *next;
        m_exhausted = next->size() < kPage;
    }
    const int row = m_awaitingView->currentIndex().row();
    fillAwaiting();
    if (row >= 0)
        m_awaitingView->selectRow(row);
    updateButtons();
}

void VisitsPage::fillAwaiting()
{
    const WorkingCalendar calendar(m_session.policy());
    const QDate today = chinaToday();
    QList<TextTableModel::Row> rows;
    for (const VisitQueueItem &i : m_items) {
        const bool overdue = i.clockDue.isValid() && i.clockDue < today;
        rows << TextTableModel::Row{
            {i.applicantName, i.villageName,
             i.kind == QLatin1String("review") ? tr("Periodic review") : tr("Application"),
             CaseState::displayName(i.state), i.clock.isEmpty() ? QStringLiteral("—") : DisplayText::clock(i.clock),
             i.clockDue.isValid() ? DisplayText::deadline(i.clockDue, i.clock, today, calendar) : QStringLiteral("—"),
             QString::number(i.householdVisits), i.lastVisit.isValid() ? DisplayText::date(i.lastVisit) : tr("none"),
             DisplayText::date(i.submittedOn)},
            i.caseId, QString(), overdue};
    }
    m_awaiting->setRows(rows);
    m_awaitingView->resizeColumnsToContents();
    const qint64 cap = 10000;
    if (!m_error.isEmpty())
        m_summary->setText(m_error);
    else
        m_summary->setText(m_total > cap ? tr("More than %1 cases await a visit").arg(cap)
                                         : tr("%n case(s) await a visit", nullptr, int(m_total)));
    CaseworkCommon::setMoreButton(m_more, m_loaded, m_exhausted, kPage);
}

void VisitsPage::fillRecent()
{
    QList<TextTableModel::Row> rows;
    for (const RecentVisit &v : m_visits) {
        QStringList notes;
        if (v.byAuthority)
            notes << tr("the confirming authority's own visit");
        if (v.remote)
            notes << tr("remote (declared emergency)");
        rows << TextTableModel::Row{{DisplayText::date(v.visitDate), DisplayText::visitKind(v.kind), v.applicantName,
                                     v.villageName, v.investigators.join(QStringLiteral("、")),
                                     CaseState::displayName(v.caseState), notes.join(QStringLiteral("; "))},
                                    v.caseId, QString(), v.remote};
    }
    m_recent->setRows(rows);
    m_recentView->resizeColumnsToContents();
}

void VisitsPage::updateButtons()
{
    const bool has = !currentCaseId().isEmpty();
    m_openCase->setEnabled(has);
    m_recordVisit->setEnabled(has);
}

void VisitsPage::retranslate()
{
    m_title->setText(tr("Household visits"));
    m_townshipLabel->setText(tr("&Township:"));
    CaseworkCommon::retranslateTownshipFilter(m_township);
    m_reload->setText(tr("&Reload"));
    m_awaitingLabel->setText(tr("&Waiting for a visit (nearest deadline first)"));
    m_awaiting->setHeaders({tr("Applicant"), tr("Village"), tr("Kind"), tr("State"), tr("Clock"), tr("Deadline"),
                            tr("Household visits"), tr("Last visit"), tr("Submitted")});
    m_recentLabel->setText(tr("Visits recorded &last"));
    m_recent->setHeaders({tr("Visit date"), tr("Kind"), tr("Applicant"), tr("Village"), tr("Investigators"),
                          tr("Case state"), tr("Notes")});
    m_openCase->setText(tr("&Open case"));
    m_recordVisit->setText(tr("Record a &visit…"));
    m_recordVisit->setToolTip(tr("Opens the case and its visit form"));
    CaseworkCommon::setMoreButton(m_more, m_loaded, m_exhausted, kPage);
    if (m_loaded) {
        fillAwaiting();
        fillRecent();
    }
    updateButtons();
}

void VisitsPage::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

void VisitsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dibao
