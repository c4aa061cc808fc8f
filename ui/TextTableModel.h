#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace dibao {

// A read-only table of already formatted texts: the members, income, assets, documents, visits and history of a
// case view. The screens format (translated, money as yuan); this model only shows.
class TextTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { KeyRole = Qt::UserRole + 1, EmphasisRole };

    explicit TextTableModel(QObject *parent = nullptr);

    struct Row {
        QStringList cells;
        QString key;        // e.g. the record id
        QString toolTip;
        bool emphasis = false; // e.g. not counted, overdue: shown bold (with the text saying why)
    };

    void setHeaders(const QStringList &headers);
    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace dibao
