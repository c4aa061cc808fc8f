#include "TodayModel.h"

#include "DisplayText.h"
#include "common/ChinaDate.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"

#include <QBrush>
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
                                   QStringLiteral("whole_case"),          QStringLiteral("review_due")};
    return order;
}

void TodayModel::reload(int horizonWorkingDays)
{
    beginResetModel();
    m_groups.clear();
    m_error.clear();
    m_today = chinaToday();
    m_calendar = WorkingCalendar(m_session.policy());
    CaseStore store(m_session);
    auto due = store.dueWork(m_calendar.addWorkingDays(m_today, horizonWorkingDays));
    if (!due) {
        m_error = due.error().message;
    } else {
        for (const QString &clock : clockOrder())
            m_groups.append(Group{clock, {}, 0});
        for (const DueItem &item : *due) {
            int g = int(clockOrder().indexOf(item.clock));
            if (g < 0) {
                m_groups.append(Group{item.clock, {}, 0});
                g = int(m_groups.size()) - 1;
            }
            m_groups[g].items.append(item);
            m_groups[g].overdue += isOverdue(item) ? 1 : 0;
        }
        QList<Group> nonEmpty;
        for (const Group &g : m_groups)
            if (!g.items.isEmpty())
                nonEmpty.append(g);
        m_groups = nonEmpty;
    }
    endResetModel();
}

int TodayModel::totalCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.items.size());
    return n;
}

int TodayModel::overdueCount() const
{
    int n = 0;
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
    if (row >= m_groups.at(parent.row()).items.size())
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
    return int(m_groups.at(parent.row()).items.size());
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
                    ? tr("%1 (%2, %3 overdue)").arg(DisplayText::clock(g.clock)).arg(g.items.size()).arg(g.overdue)
                    : tr("%1 (%2)").arg(DisplayText::clock(g.clock)).arg(g.items.size());
            return QVariant();
        case Qt::FontRole:
            if (index.column() == WhatColumn) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return QVariant();
        case ClockRole: return g.clock;
        case GroupCountRole: return int(g.items.size());
        case GroupOverdueRole: return g.overdue;
        default: return QVariant();
        }
    }
    const DueItem &item = m_groups.at(int(index.internalId() - 1)).items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhatColumn: return item.applicantName.isEmpty() ? tr("(no applicant)") : item.applicantName;
        case StateColumn:
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
