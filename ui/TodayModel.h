#pragma once

#include "policy/WorkingCalendar.h"
#include "store/CaseStore.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>

namespace dibao {

class Session;

// 工作台: due and overdue work (CaseStore::dueWork) grouped by clock, in the order the procedure runs them. Top
// level: one row per clock with its counts; below: one row per case or review falling due.
class TodayModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { WhatColumn, StateColumn, DueColumn, DeadlineColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, HouseholdIdRole, ClockRole, OverdueRole, GroupCountRole,
                GroupOverdueRole };

    explicit TodayModel(Session &session, QObject *parent = nullptr);

    // Reloads: everything overdue, and what falls due within `horizonWorkingDays` working days.
    void reload(int horizonWorkingDays = 5);
    QString lastError() const { return m_error; }
    int totalCount() const;
    int overdueCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();
    static const QStringList &clockOrder();

private:
    struct Group {
        QString clock;
        QList<DueItem> items;
        int overdue = 0;
    };
    bool isOverdue(const DueItem &item) const { return item.dueOn < m_today; }

    Session &m_session;
    QList<Group> m_groups;
    WorkingCalendar m_calendar;
    QDate m_today;
    QString m_error;
};

} // namespace dibao
