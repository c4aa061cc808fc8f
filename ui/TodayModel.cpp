#include "TodayModel.h"

#include "DisplayText.h"
#include "PetitionPage.h"
#include "common/ChinaDate.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"

#include <QBrush>
#include <algorithm>
#include <QColor>
#include <QFont>

namespace dibao {

namespace {
constexpr quintptr kGroupId = 0;
}

TodayModel::TodayModel(Session &session, QObject *parent) : QAbstractItemModel(parent), m_session(session) {}

const QStringList &TodayModel::clockOrder()
{
    static const QStringList order{QStringLiteral("investigation_start"), QStringLiteral("verification_start"),
                                   QStringLiteral("notice"),              QStringLiteral("county_notice"),
                                   QStringLiteral("confirmation_opinion"), QStringLiteral("refusal_delivery"),
                                   QStringLiteral("whole_case"),          QStringLiteral("review_due"),
                                   QStringLiteral("petition_ack"),        QStringLiteral("petition_conclusion")};
    return order;
}

void TodayModel::reload(int horizonWorkingDays)
{
    beginResetModel();
    m_groups.clear();
    m_error.clear();
    m_today = chinaToday();
    m_calendar = WorkingCalendar(m_session.policy());
    m_until = m_calendar.addWorkingDays(m_today, horizonWorkingDays);
    CaseStore store(m_session);
    auto due = store.dueGroups(m_until, m_today, m_firstRows);
    if (!due) {
        m_error = due.error().message;
    } else {
        // The procedure's order first, then any clock this version does not know (by name).
        m_groups = std::move(*due);
        std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
            auto rank = [](const QString &c) {
                const qsizetype i = clockOrder().indexOf(c);
                return i < 0 ? clockOrder().size() : i;
            };
            return rank(a.clock) < rank(b.clock);
        });
    }
    endResetModel();
}

void TodayModel::loadMore(int row)
{
    if (row < 0 || row >= m_groups.size() || !hasMore(m_groups.at(row)))
        return;
    Group &g = m_groups[row];
    CaseStore store(m_session);
    auto due = store.dueGroups(m_until, m_today, int(g.items.size()) + m_moreRows, g.clock);
    if (!due) {
        m_error = due.error().message;
        return;
    }
    const QModelIndex parent = index(row, 0);
    const int shown = int(g.items.size());
    const QList<DueItem> items = due->isEmpty() ? QList<DueItem>() : due->first().items;
    const qint64 total = due->isEmpty() ? 0 : due->first().total;
    // The "show more" row goes, then the new rows (and a new "show more" row while some are still not loaded) come
    // in at the end: rows only ever appear after the ones already shown.
    beginRemoveRows(parent, shown, shown);
    g.total = shown;
    endRemoveRows();
    const int rows = int(items.size()) + (total > items.size() ? 1 : 0);
    if (rows > shown) {
        beginInsertRows(parent, shown, rows - 1);
        g.items = items;
        g.total = qMax<qint64>(total, items.size());
        endInsertRows();
    }
    g.total = qMax<qint64>(total, g.items.size());
    g.overdue = due->isEmpty() ? 0 : due->first().overdue;
    emit dataChanged(parent, index(row, ColumnCount - 1));
}

qint64 TodayModel::totalCount() const
{
    qint64 n = 0;
    for (const Group &g : m_groups)
        n += g.total;
    return n;
}

qint64 TodayModel::overdueCount() const
{
    qint64 n = 0;
    for (const Group &g : m_groups)
        n += g.overdue;
    return n;
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.column() != 0 || parent.row() >= m_groups.size())
        return QModelIndex();
    if (row >= rowCount(parent))
        return QModelIndex();
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TodayModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    const Group &g = m_groups.at(parent.row());
    return int(g.items.size()) + (hasMore(g) ? 1 : 0);
}

int TodayModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (index.internalId() == kGroupId) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == WhatColumn)
                return g.overdue > 0
                    ? tr("%1 (%2, %3 overdue)").arg(DisplayText::clock(g.clock)).arg(g.total).arg(g.overdue)
                    : tr("%1 (%2)").arg(DisplayText::clock(g.clock)).arg(g.total);
            return QVariant();
        case Qt::FontRole:
            if (index.column() == WhatColumn) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return QVariant();
        case ClockRole: return g.clock;
        case GroupCountRole: return g.total;
        case GroupOverdueRole: return g.overdue;
        default: return QVariant();
        }
    }
    const Group &group = m_groups.at(int(index.internalId() - 1));
    if (index.row() >= group.items.size()) { // the "show more" row
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == WhatColumn)
                return tr("Show %1 more (of %2 not shown)…")
                    .arg(qMin<qint64>(m_moreRows, group.total - group.items.size()))
                    .arg(group.total - group.items.size());
            return QVariant();
        case Qt::FontRole: {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        case MoreRole: return true;
        case ClockRole: return group.clock;
        default: return QVariant();
        }
    }
    const DueItem &item = group.items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhatColumn: return item.applicantName.isEmpty() ? tr("(no applicant)") : item.applicantName;
        case StateColumn:
            if (!item.petitionId.isEmpty())
                return PetitionPage::kindText(item.state);
            return item.caseId.isEmpty() ? DisplayText::enrolment(EnrolmentStatus::Enrolled)
                                         : CaseState::displayName(item.state);
        case DueColumn: return DisplayText::date(item.dueOn);
        case DeadlineColumn: return DisplayText::deadline(item.dueOn, item.clock, m_today, m_calendar);
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == DeadlineColumn && isOverdue(item))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return QVariant();
    case Qt::FontRole:
        if (index.column() == DeadlineColumn && isOverdue(item)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case CaseIdRole: return item.caseId;
    case HouseholdIdRole: return item.householdId;
    case ClockRole: return item.clock;
    case OverdueRole: return isOverdue(item);
    case MoreRole: return false;
    case PetitionIdRole: return item.petitionId;
    default: return QVariant();
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case WhatColumn: return tr("Work / applicant");
    case StateColumn: return tr("State");
    case DueColumn: return tr("Due on");
    case DeadlineColumn: return tr("Deadline");
    }
    return QVariant();
}

void TodayModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Texts are computed in data(); a reset is the simplest correct way to repaint both levels.
    beginResetModel();
    endResetModel();
}

} // namespace dibao
