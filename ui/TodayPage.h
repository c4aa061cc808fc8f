#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace dibao {

class Session;
class TodayModel;

// 工作台 Today: the counts a supervisor asks about first, then each group of due and overdue work; Enter or a double
// click on a row opens its case (a review falling due opens a new periodic review after asking).
class TodayPage : public QWidget {
    Q_OBJECT

public:
    explicit TodayPage(Session &session, QWidget *parent = nullptr);

    TodayModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void reload();

signals:
    void openCaseRequested(const QString &caseId);
    // A letter or complaint falling due (信访): the 投诉 page should show it.
    void openPetitionRequested(const QString &petitionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void activate(const QModelIndex &index);

    Session &m_session;
    TodayModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_reload = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace dibao
