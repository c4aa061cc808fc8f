#pragma once

#include "policy/WorkingCalendar.h"
#include "store/CaseStore.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>

namespace dibao {

class Session;

// 工作台: due and overdue work (CaseStore::dueGroups) grouped by clock, in the order the procedure runs them. Top
// level: one row per clock with its counts; below: the earliest rows of that clock (kFirstRows at first), then a
// "show more" row while some are not loaded — a county has tens of thousands of open clocks, and the window must
// open without reading them all.
class TodayModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { WhatColumn, StateColumn, DueColumn, DeadlineColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, HouseholdIdRole, ClockRole, OverdueRole, GroupCountRole,
                GroupOverdueRole, MoreRole, PetitionIdRole };
    static constexpr int kFirstRows = 200;  // rows loaded per clock on opening
    static constexpr int kMoreRows = 1000;  // rows added by "show more"

    explicit TodayModel(Session &session, QObject *parent = nullptr);

    // Reloads: everything overdue, and what falls due within `horizonWorkingDays` working days.
    void reload(int horizonWorkingDays = 5);
    QString lastError() const { return m_error; }
    qint64 totalCount() const;
    qint64 overdueCount() const;
    // Loads the next rows (kMoreRows) of the group at top-level `row` (the "show more" row's parent).
    void loadMore(int row);
    // Rows per clock on reload and per "show more" (tests use small numbers).
    void setPageRows(int first, int more) { m_firstRows = qMax(1, first); m_moreRows = qMax(1, more); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();
    static const QStringList &clockOrder();

private:
    using Group = DueGroup; // as the core answers it; items.size() < total while a "show more" row stands below
    static bool hasMore(const Group &g) { return g.items.size() < g.total; }
    bool isOverdue(const DueItem &item) const { return item.dueOn < m_today; }

    Session &m_session;
    QList<Group> m_groups;
    WorkingCalendar m_calendar;
    QDate m_today;
    QDate m_until;
    int m_firstRows = kFirstRows;
    int m_moreRows = kMoreRows;
    QString m_error;
};

} // namespace dibao
