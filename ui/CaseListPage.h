#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace dibao {

class CaseListModel;
class Session;

// 案件: the searchable, filterable case list. Search runs as you type (name from 1 character, ID number, address
// from 3 characters) after a short pause; Enter or a double click opens the case.
class CaseListPage : public QWidget {
    Q_OBJECT

public:
    explicit CaseListPage(Session &session, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    void focusSearch();
    // Reloads the list (after a case changed or was created), keeping the filter.
    void refresh();
    // Applies the filter now instead of after the typing pause.
    void applyFilterNow();

    static constexpr int kSearchDelayMs = 150;

signals:
    void openCaseRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillStates();
    void fillVillages();
    void applyFilter();
    void updateCount(qint64 total);
    void openCurrent();

    Session &m_session;
    CaseListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_village = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_villageLabel = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_debounce = nullptr;
    qint64 m_total = 0;
};

} // namespace dibao
