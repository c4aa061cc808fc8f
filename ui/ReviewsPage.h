#pragma once

#include "casework/PeriodicReview.h"
#include "domain/Case.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace dibao {

class Session;
class TextTableModel;
class TransitionDialog;

// 动态管理 Reviews: the periodic review due list (PeriodicReview::dueList, as `dibao-cli reviews-due`) by clock,
// filtered by category (stable / other) and township, read a page at a time and only when first shown. The review
// actions are the case's own: the township opens the review and reports it, the confirming authority decides keep /
// raise / lower / stop with written reasons — through the same TransitionDialog as the case's tab, so the core
// decides who may and says why not.
class ReviewsPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int kPage = 100;

    explicit ReviewsPage(Session &session, QWidget *parent = nullptr);

    void reload();
    void loadMore();
    bool isLoaded() const { return m_loaded; }
    const QList<ReviewDueItem> &items() const { return m_items; }
    void selectHousehold(const QString &householdId);
    // The row selected: its household, and its open review case (empty when none is open).
    QString currentHouseholdId() const;
    QString currentCaseId() const;
    const CaseRecord &currentCase() const { return m_case; }

    // Opens the periodic review of the selected household (the township). No dialogs.
    Status openReviewCurrent();
    // report_review or decide_review on the selected row's open review, in the case's own dialog (non-blocking;
    // the dialog deletes itself when closed). nullptr when no review is open on that row.
    TransitionDialog *startTransition(const QString &transition);

    TextTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *categoryBox() const { return m_category; }
    QComboBox *townshipBox() const { return m_township; }
    QDateEdit *untilEdit() const { return m_until; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *openReviewButton() const { return m_openReview; }
    QPushButton *reportButton() const { return m_report; }
    QPushButton *decideButton() const { return m_decide; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void openCaseRequested(const QString &caseId);
    void caseChanged(const QString &caseId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void showCurrent();
    void showMessage(const QString &text, bool error);

    Session &m_session;
    bool m_loaded = false;
    bool m_exhausted = false;
    QList<ReviewDueItem> m_items;
    QString m_error;
    CaseRecord m_case;
    QStringList m_available;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_untilLabel = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_townshipLabel = nullptr;
    QComboBox *m_township = nullptr;
    QPushButton *m_reload = nullptr;
    TextTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_more = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_openCase = nullptr;
    QPushButton *m_openReview = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_decide = nullptr;
};

} // namespace dibao
