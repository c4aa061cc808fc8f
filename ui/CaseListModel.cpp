#include "CaseListModel.h"

#include "CasePageLoader.h"

#include "DisplayText.h"
#include "common/ChinaDate.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"

#include <QBrush>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QColor>
#include <QFont>

namespace dibao {

CaseListModel::CaseListModel(Session &session, QObject *parent, Loading loading)
    : QAbstractTableModel(parent), m_session(session), m_store(session), m_loading(loading),
      m_calendar(session.policy()), m_today(chinaToday())
{
    if (m_loading == Loading::Background) {
        m_loader = new CasePageLoader(session.db().path(), session.actor());
        m_loader->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
        m_thread.setObjectName(QStringLiteral("case-list-loader"));
        m_thread.start();
    }
}

CaseListModel::~CaseListModel()
{
    m_thread.quit();
    m_thread.wait();
}

bool CaseListModel::waitUntilLoaded(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isLoading() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return !isLoading();
}

void CaseListModel::requestPage()
{
    CaseFilter page = m_filter;
    page.limit = kPageSize;
    if (!m_rows.isEmpty())
        page.after(m_rows.last()); // keyset: no OFFSET walking the rows already shown
    m_pendingPage = true;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(m_loader, [this, loader = m_loader, page, generation] {
        loader->page(page, [this, generation](QList<CaseSummary> rows, QString error) {
            QMetaObject::invokeMethod(this, [this, generation, rows = std::move(rows), error] {
                if (generation != m_generation)
                    return; // an answer to an older filter
                m_pendingPage = false;
                if (!error.isEmpty()) {
                    m_exhausted = true;
                    m_error = error;
                    emit failed(error);
                    return;
                }
                if (rows.size() < kPageSize)
                    m_exhausted = true;
                appendRows(rows);
            }, Qt::QueuedConnection);
        });
    }, Qt::QueuedConnection);
}

void CaseListModel::appendRows(const QList<CaseSummary> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    if (m_total > 0 && !totalIsCapped() && m_rows.size() + rows.size() >= m_total)
        m_exhausted = true;
    // Nobody fetches again from inside the insertion notification; one page per call.
    m_busy = true;
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
    m_busy = false;
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    refresh();
}

void CaseListModel::refresh()
{
    if (m_loading == Loading::Background) {
        beginResetModel();
        m_rows.clear();
        m_error.clear();
        m_today = chinaToday();
        m_calendar = WorkingCalendar(m_session.policy());
        ++m_generation;
        m_total = 0;
        m_exhausted = false;
        m_pendingCount = true;
        m_busy = true;
        endResetModel();
        m_busy = false;
        const quint64 generation = m_generation;
        const CaseFilter filter = m_filter;
        QMetaObject::invokeMethod(m_loader, [this, loader = m_loader, filter, generation] {
            loader->count(filter, countCapFor(filter), [this, generation](qint64 total, QString error) {
                QMetaObject::invokeMethod(this, [this, generation, total, error] {
                    if (generation != m_generation)
                        return;
                    m_pendingCount = false;
                    m_total = total;
                    if (!error.isEmpty()) {
                        m_error = error;
                        emit failed(error);
                    } else {
                        if (!totalIsCapped() && m_rows.size() >= total && !m_pendingPage)
                            m_exhausted = true;
                        emit loaded(total);
                    }
                }, Qt::QueuedConnection);
            });
        }, Qt::QueuedConnection);
        requestPage(); // the first page without waiting for the view to ask
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_today = chinaToday();
    m_calendar = WorkingCalendar(m_session.policy());
    CaseFilter probe = m_filter;
    auto count = m_store.count(probe, countCapFor(probe));
    if (count) {
        m_total = *count;
        m_exhausted = m_total == 0;
    } else {
        m_total = 0;
        m_exhausted = true;
        m_error = count.error().message;
    }
    // No fetching from inside the reset notification (views and QAbstractItemModelTester react to modelReset by
    // asking for more rows): the first page comes right after, when the view asks again.
    m_busy = true;
    endResetModel();
    m_busy = false;
    if (!m_error.isEmpty())
        emit failed(m_error);
    else
        emit loaded(m_total);
}

QString CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_busy && !m_pendingPage;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_busy || m_pendingPage)
        return;
    if (m_loading == Loading::Background) {
        requestPage();
        return;
    }
    CaseFilter page = m_filter;
    page.limit = kPageSize;
    if (!m_rows.isEmpty())
        page.after(m_rows.last());
    auto rows = m_store.list(page);
    if (!rows) {
        m_exhausted = true;
        m_error = rows.error().message;
        emit failed(m_error);
        return;
    }
    if (rows->size() < kPageSize)
        m_exhausted = true;
    appendRows(*rows);
}

bool CaseListModel::isOverdue(const CaseSummary &c) const
{
    return c.nextDue.isValid() && c.nextDue < m_today;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CaseSummary &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn: return CaseState::displayName(c.state);
        case VillageColumn: return c.villageName;
        case ApplicantColumn: return c.applicantName;
        case MembersColumn: return c.memberCount;
        case AmountColumn: return DisplayText::yuan(c.amount);
        case DeadlineColumn: return DisplayText::deadline(c.nextDue, c.nextClock, m_today, m_calendar);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DeadlineColumn && c.nextDue.isValid())
            return tr("%1: %2").arg(DisplayText::clock(c.nextClock), DisplayText::date(c.nextDue));
        if (index.column() == StateColumn)
            return tr("Submitted on %1").arg(DisplayText::date(c.submittedOn));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn || index.column() == AmountColumn)
            return QVariant::fromValue<Qt::Alignment>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == DeadlineColumn && isOverdue(c))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        break;
    case Qt::FontRole:
        if (index.column() == DeadlineColumn && isOverdue(c)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case CaseIdRole: return c.id;
    case StateTokenRole: return c.state;
    case DueDateRole: return c.nextDue;
    case OverdueRole: return isOverdue(c);
    default: break;
    }
    return QVariant();
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn: return tr("State");
    case VillageColumn: return tr("Village");
    case ApplicantColumn: return tr("Applicant");
    case MembersColumn: return tr("Members");
    case AmountColumn: return tr("Amount (yuan)");
    case DeadlineColumn: return tr("Next deadline");
    }
    return QVariant();
}

void CaseListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace dibao
