#pragma once

#include "supervision/AuditTrail.h"

#include <QAbstractTableModel>

namespace dibao {

class Session;

// The audit viewer's table: the entries a filter selects, newest first, read a page at a time from SQL
// (canFetchMore / fetchMore), so a million-entry trail opens at once. An entry whose stored fields no longer give
// its hash (edited behind the product's back) shows "altered" in its last column, in bold.
class AuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, User, Device, Entity, Record, Action, Before, After, Hash, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, AlteredRole, BeforeRole, AfterRole };
    static constexpr int kPage = 200;

    explicit AuditModel(Session &session, QObject *parent = nullptr);

    // Applies the filter and loads the first page. On a refusal or failure the table is empty and error() says why.
    bool setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    qint64 total() const { return m_total; }
    QString error() const { return m_error; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Session &m_session;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    qint64 m_total = 0;
    QString m_error;
    bool m_busy = false; // inside a reset or an insert: a nested fetchMore (from a view or a tester) waits
};

} // namespace dibao
