#pragma once

#include "domain/Case.h"
#include "policy/WorkingCalendar.h"
#include "store/CaseStore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QThread>

namespace dibao {

class CasePageLoader;
class Session;

// The case list, paged lazily from SQL: CaseStore::count (capped at kCountCap) once per filter, then
// CaseStore::list a page at a time after the last row shown (keyset paging) as the view scrolls (fetchMore). Never holds more rows than the user has scrolled to. In Background mode (the
// client's) the queries run on a worker thread with their own connection and the rows arrive a moment later; in
// Immediate mode (simple tests) each call returns with its rows.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { StateColumn, VillageColumn, ApplicantColumn, MembersColumn, AmountColumn, DeadlineColumn,
                  ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, StateTokenRole, DueDateRole, OverdueRole };

    enum class Loading { Immediate, Background };

    explicit CaseListModel(Session &session, QObject *parent = nullptr, Loading loading = Loading::Immediate);
    ~CaseListModel() override;

    static constexpr int kPageSize = 200;
    // The count stops here: "more than 10,000 cases" rather than counting a county; a search counts to 1,000
    // (a capped count of a common name walks the cases in list order and stops: 60 ms on 100,000 households where
    // counting every 王 took 0.8 s; docs/benchmarks.md).
    static constexpr qint64 kCountCap = 10000;
    static constexpr qint64 kSearchCountCap = 1000;
    static qint64 countCapFor(const CaseFilter &filter)
    {
        return filter.search.trimmed().isEmpty() ? kCountCap : kSearchCountCap;
    }

    // Replaces the filter (limit and offset are the model's business) and reloads from the first page.
    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }
    // Reloads with the same filter (after a case changed).
    void refresh();

    // The number of matching cases, or the cap + 1 when there are more (totalIsCapped(); countCapFor()).
    qint64 totalCount() const { return m_total; }
    bool totalIsCapped() const { return m_total > countCapFor(m_filter); }
    // Background mode: whether a count or a page is still on its way.
    bool isLoading() const { return m_pendingCount || m_pendingPage; }
    // Spins the event loop until nothing is on its way (tests, the benchmark, the screenshot tour).
    bool waitUntilLoaded(int timeoutMs = 10000);
    QString lastError() const { return m_error; }
    QString caseIdAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Called on a language change: the texts are computed in data(), so the views only need to repaint.
    void retranslate();

signals:
    void loaded(qint64 total);
    void failed(const QString &message);

private:
    bool isOverdue(const CaseSummary &c) const;
    void appendRows(const QList<CaseSummary> &rows);
    void requestPage();

    Session &m_session;
    CaseStore m_store;
    CaseFilter m_filter;
    QList<CaseSummary> m_rows;
    qint64 m_total = 0;
    bool m_exhausted = true;
    bool m_busy = false; // inside a reset or insertion notification
    Loading m_loading;
    QThread m_thread;
    CasePageLoader *m_loader = nullptr;
    quint64 m_generation = 0;
    bool m_pendingCount = false;
    bool m_pendingPage = false;
    QString m_error;
    WorkingCalendar m_calendar;
    QDate m_today;
};

} // namespace dibao
