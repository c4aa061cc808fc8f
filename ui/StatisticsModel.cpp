#include "StatisticsModel.h"

#include <QFont>

namespace dibao {

StatisticsModel::StatisticsModel(QObject *parent) : QAbstractTableModel(parent) {}

void StatisticsModel::setReport(const StatisticsReport &report)
{
    beginResetModel();
    m_report = report;
    m_loaded = true;
    endResetModel();
}

int StatisticsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_loaded)
        return 0;
    return int(m_report.rows.size()) + 1;
}

int StatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 StatisticsModel::value(const StatisticsFigures &f, int column)
{
    switch (column) {
    case Households: return f.households;
    case Persons: return f.persons;
    case Amount: return f.amount;
    case UrbanHouseholds: return f.urbanHouseholds;
    case RuralHouseholds: return f.ruralHouseholds;
    case New: return f.newHouseholds;
    case Exited: return f.exitedHouseholds;
    case Overdue: return f.overdueWork;
    case Complaints: return f.complaints;
    case Findings: return f.findings;
    default: return 0;
    }
}

QVariant StatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = index.row() == m_report.rows.size();
    const StatisticsFigures &f = total ? m_report.total : m_report.rows.at(index.row()).figures;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Label)
            return total ? tr("Total") : m_report.rows.at(index.row()).label;
        if (index.column() == Amount)
            return formatYuan(f.amount);
        return QString::number(value(f, index.column()));
    case Qt::TextAlignmentRole:
        return index.column() == Label ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                       : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KeyRole:
        return total ? QString() : m_report.rows.at(index.row()).key;
    case ValueRole:
        return index.column() == Label ? QVariant() : QVariant(value(f, index.column()));
    case TotalRole:
        return total;
    default:
        return {};
    }
}

QVariant StatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        switch (m_report.grouping) {
        case StatisticsGrouping::Township: return tr("Township");
        case StatisticsGrouping::Village: return tr("Village");
        case StatisticsGrouping::Area: return tr("Area");
        case StatisticsGrouping::Tier: return tr("Tier");
        }
        return {};
    case Households: return tr("Households");
    case Persons: return tr("Persons");
    case Amount: return tr("Amount (yuan)");
    case UrbanHouseholds: return tr("Urban households");
    case RuralHouseholds: return tr("Rural households");
    case New: return tr("New");
    case Exited: return tr("Exited");
    case Overdue: return tr("Overdue work");
    case Complaints: return tr("Complaints");
    case Findings: return tr("Verification findings");
    }
    return {};
}

} // namespace dibao
