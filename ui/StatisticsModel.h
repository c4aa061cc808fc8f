#pragma once

#include "supervision/Statistics.h"

#include <QAbstractTableModel>

namespace dibao {

// The statistics table: one row per row of the report and a last 合计 row (bold). Money shows as yuan with two
// decimals; ValueRole gives the number (fen for money) for sorting and charts.
class StatisticsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Label, Households, Persons, Amount, UrbanHouseholds, RuralHouseholds, New, Exited, Overdue,
                  Complaints, Findings, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, ValueRole, TotalRole };

    explicit StatisticsModel(QObject *parent = nullptr);
    void setReport(const StatisticsReport &report);
    const StatisticsReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static qint64 value(const StatisticsFigures &f, int column);

private:
    StatisticsReport m_report;
    bool m_loaded = false;
};

} // namespace dibao
