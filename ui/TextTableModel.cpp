#include "TextTableModel.h"

#include <QFont>

namespace dibao {

TextTableModel::TextTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TextTableModel::setHeaders(const QStringList &headers)
{
    if (headers.size() != m_headers.size()) {
        beginResetModel();
        m_headers = headers;
        m_rows.clear();
        endResetModel();
        return;
    }
    m_headers = headers;
    if (!m_headers.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_headers.size()) - 1);
}

void TextTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    for (Row &r : m_rows)
        while (r.cells.size() < m_headers.size())
            r.cells << QString();
    endResetModel();
}

int TextTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TextTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return r.cells.value(index.column());
    case Qt::ToolTipRole: return r.toolTip.isEmpty() ? QVariant() : QVariant(r.toolTip);
    case Qt::FontRole:
        if (r.emphasis) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case KeyRole: return r.key;
    case EmphasisRole: return r.emphasis;
    default: return QVariant();
    }
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace dibao
