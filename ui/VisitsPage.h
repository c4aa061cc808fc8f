#pragma once

#include "casework/VisitQueue.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace dibao {

class Session;
class TextTableModel;

// 入户调查 Visits: the cases waiting for a household visit (investigations to start or under way, reviews open) with
// their clocks, nearest first, in pages; and the visits recorded last. Every row opens its case; a visit is recorded
// from the case (its VisitDialog), never from a second form here. Loads when first shown.
class VisitsPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int kPage = 100;

    explicit VisitsPage(Session &session, QWidget *parent = nullptr);

    // Reads the first page again (and the recent visits); keeps the selection where it can.
    void reload();
    // The next page of waiting cases.
    void loadMore();
    bool isLoaded() const { return m_loaded; }
    QString currentCaseId() const;
    // The township shown (empty: every township this database holds).
    QString divisionFilter() const;

    TextTableModel *awaitingModel() const { return m_awaiting; }
    TextTableModel *recentModel() const { return m_recent; }
    QTableView *awaitingView() const { return m_awaitingView; }
    QTableView *recentView() const { return m_recentView; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *recordVisitButton() const { return m_recordVisit; }
    QComboBox *townshipBox() const { return m_township; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void openCaseRequested(const QString &caseId);
    // Record a visit on this case (the main window opens the case and its visit form).
    void recordVisitRequested(const QString &caseId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillAwaiting();
    void fillRecent();
    void updateButtons();

    Session &m_session;
    bool m_loaded = false;
    bool m_exhausted = false;
    QList<VisitQueueItem> m_items;
    QList<RecentVisit> m_visits;
    qint64 m_total = 0;
    QString m_error;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_townshipLabel = nullptr;
    QComboBox *m_township = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_awaitingLabel = nullptr;
    TextTableModel *m_awaiting = nullptr;
    QTableView *m_awaitingView = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_recentLabel = nullptr;
    TextTableModel *m_recent = nullptr;
    QTableView *m_recentView = nullptr;
    QPushButton *m_openCase = nullptr;
    QPushButton *m_recordVisit = nullptr;
};

} // namespace dibao
