#include "ReviewsPage.h"

#include "CaseworkCommon.h"
#include "DisplayText.h"
#include "TextTableModel.h"
#include "TransitionDialog.h"
#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "policy/WorkingCalendar.h"
#include "store/CaseStore.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"
#include "workflow/Permissions.h"
#include "workflow/Workflow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dibao {

namespace {
const QString kReport = QStringLiteral("report_review");
const QString kDecide = QStringLiteral("decide_review");
} // namespace

ReviewsPage::ReviewsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("reviewsPage"));
    m_title = CaseworkCommon::pageTitle(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewsSummary"));
    m_untilLabel = new QLabel(this);
    m_until = new QDateEdit(chinaToday().addMonths(1), this);
    m_until->setObjectName(QStringLiteral("reviewsUntil"));
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setCalendarPopup(true);
    m_untilLabel->setBuddy(m_until);
    m_categoryLabel = new QLabel(this);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("reviewsCategory"));
    for (const char *c : {"", "stable", "other"})
        m_category->addItem(QString(), QString::fromLatin1(c));
    m_categoryLabel->setBuddy(m_category);
    m_townshipLabel = new QLabel(this);
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("reviewsTownship"));
    CaseworkCommon::fillTownshipFilter(m_township, session);
    m_townshipLabel->setBuddy(m_township);
    m_reload = new QPushButton(this);
    m_model = new TextTableModel(this);
    m_view = CaseworkCommon::readOnlyTable(m_model, this, QStringLiteral("reviewsTable"));
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("reviewsMore"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("reviewsDetail"));
    m_detail->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_openCase = new QPushButton(this);
    m_openCase->setObjectName(QStringLiteral("reviewsOpenCase"));
    m_openReview = new QPushButton(this);
    m_openReview->setObjectName(QStringLiteral("reviewsOpenReview"));
    m_report = new QPushButton(this);
    m_report->setObjectName(QStringLiteral("reviewsReport"));
    m_decide = new QPushButton(this);
    m_decide->setObjectName(QStringLiteral("reviewsDecide"));
    // Only the actions the role may take are offered; the core still decides on the case.
    m_openReview->setVisible(session.require(Action::OpenReview).ok());
    m_report->setVisible(session.require(Action::TownshipReview).ok());
    m_decide->setVisible(Workflow(session).mayConfirm(chinaToday()).ok());

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    top->addWidget(m_reload);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_untilLabel);
    filters->addWidget(m_until);
    filters->addSpacing(12);
    filters->addWidget(m_categoryLabel);
    filters->addWidget(m_category);
    filters->addSpacing(12);
    filters->addWidget(m_townshipLabel);
    filters->addWidget(m_township);
    filters->addStretch(1);
    auto *moreRow = new QHBoxLayout;
    moreRow->addWidget(m_more);
    moreRow->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openCase);
    buttons->addStretch(1);
    buttons->addWidget(m_openReview);
    buttons->addWidget(m_report);
    buttons->addWidget(m_decide);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(moreRow);
    layout->addWidget(m_detail);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    auto reloadIfLoaded = [this] {
        if (m_loaded)
            reload();
    };
    connect(m_reload, &QPushButton::clicked, this, &ReviewsPage::reload);
    connect(m_more, &QPushButton::clicked, this, &ReviewsPage::loadMore);
    connect(m_until, &QDateEdit::dateChanged, this, reloadIfLoaded);
    connect(m_category, &QComboBox::currentIndexChanged, this, reloadIfLoaded);
    connect(m_township, &QComboBox::currentIndexChanged, this, reloadIfLoaded);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewsPage::showCurrent);
    connect(m_view, &QTableView::activated, this, [this] {
        if (!currentCaseId().isEmpty())
            emit openCaseRequested(currentCaseId());
    });
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        if (!currentCaseId().isEmpty())
            emit openCaseRequested(currentCaseId());
    });
    connect(m_openReview, &QPushButton::clicked, this, [this] {
        const Status st = openReviewCurrent();
        showMessage(st.ok() ? tr("The review is open: record the visit in the case, then report it.")
                            : st.error().message,
                    !st.ok());
    });
    connect(m_report, &QPushButton::clicked, this, [this] { startTransition(kReport); });
    connect(m_decide, &QPushButton::clicked, this, [this] { startTransition(kDecide); });
    retranslate();
}

void ReviewsPage::reload()
{
    const QString keep = currentHouseholdId();
    m_loaded = true;
    m_error.clear();
    PeriodicReview review(m_session);
    auto first = review.dueList(m_until->date(), m_category->currentData().toString(),
                                m_township->currentData().toString(), kPage, 0);
    m_items = first ? *first : QList<ReviewDueItem>();
    m_exhausted = !first || first->size() < kPage;
    if (!first)
        m_error = first.error().message;
    fill();
    selectHousehold(keep);
}

void ReviewsPage::loadMore()
{
    if (!m_loaded || m_exhausted)
        return;
    const QString keep = currentHouseholdId();
    PeriodicReview review(m_session);
    auto next = review.dueList(m_until->date(), m_category->currentData().toString(),
                               m_township->currentData().toString(), kPage, int(m_items.size()));
    if (!next) {
        m_error = next.error().message;
        m_exhausted = true;
    } else {
        m_items += *next;
        m_exhausted = next->size() < kPage;
    }
    fill();
    selectHousehold(keep);
}

void ReviewsPage::fill()
{
    // The state of each open review on the page (a handful of rows; never the county).
    QHash<QString, QString> states;
    CaseStore cases(m_session);
    for (const ReviewDueItem &i : m_items)
        if (!i.openCaseId.isEmpty())
            if (auto c = cases.get(i.openCaseId))
                states.insert(i.openCaseId, c->state);
    const WorkingCalendar calendar(m_session.policy());
    const QDate today = chinaToday();
    const DivisionRegistry &divisions = DivisionRegistry::instance();
    QList<TextTableModel::Row> rows;
    for (const ReviewDueItem &i : m_items) {
        const QString review = i.openCaseId.isEmpty() ? tr("not opened")
                                                      : CaseState::displayName(states.value(i.openCaseId));
        rows << TextTableModel::Row{
            {i.applicantName, i.villageName, divisions.name(i.divisionCode),
             i.category == QLatin1String("stable") ? tr("Stable (12 months)") : tr("Other (6 months)"),
             i.enrolment == QLatin1String("gradual_exit") ? tr("Gradual exit") : tr("Enrolled"),
             DisplayText::date(i.dueWithExtension),
             DisplayText::deadline(i.dueWithExtension, QStringLiteral("review_due"), today, calendar), review},
            i.householdId, i.dueWithExtension != i.dueOn ? tr("Due %1, extended (emergency) to %2")
                                                                .arg(DisplayText::date(i.dueOn),
                                                                     DisplayText::date(i.dueWithExtension))
                                                          : QString(),
            i.dueWithExtension < today};
    }
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    if (!m_error.isEmpty())
        m_summary->setText(m_error);
    else
        m_summary->setText(m_exhausted ? tr("%n household(s) due for review", nullptr, int(m_items.size()))
                                       : tr("The first %n households due for review", nullptr, int(m_items.size())));
    CaseworkCommon::setMoreButton(m_more, m_loaded, m_exhausted, kPage);
}

void ReviewsPage::selectHousehold(const QString &householdId)
{
    for (int r = 0; r < m_items.size(); ++r)
        if (m_items.at(r).householdId == householdId) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            showCurrent();
            return;
        }
    m_view->setCurrentIndex(QModelIndex());
    showCurrent();
}

QString ReviewsPage::currentHouseholdId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() && i.row() < m_items.size() ? m_items.at(i.row()).householdId : QString();
}

QString ReviewsPage::currentCaseId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() && i.row() < m_items.size() ? m_items.at(i.row()).openCaseId : QString();
}

void ReviewsPage::showCurrent()
{
    m_case = CaseRecord{};
    m_available.clear();
    const QString caseId = currentCaseId();
    if (!caseId.isEmpty()) {
        CaseStore cases(m_session);
        if (auto c = cases.get(caseId)) {
            m_case = *c;
            m_available = Workflow(m_session).available(m_case);
        }
    }
    const bool household = !currentHouseholdId().isEmpty();
    m_openCase->setEnabled(!m_case.id.isEmpty());
    m_openReview->setEnabled(household && caseId.isEmpty());
    m_report->setEnabled(m_available.contains(kReport));
    m_decide->setEnabled(m_available.contains(kDecide));
    if (!household)
        m_detail->setText(m_loaded ? tr("No household is selected.") : QString());
    else if (m_case.id.isEmpty())
        m_detail->setText(tr("No review is open for this household yet."));
    else
        m_detail->setText(tr("Review opened %1, now: %2.")
                              .arg(DisplayText::date(m_case.submittedOn), CaseState::displayName(m_case.state)));
}

Status ReviewsPage::openReviewCurrent()
{
    const QString household = currentHouseholdId();
    if (household.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("no_household"), tr("No household is selected."));
    const ReviewDueItem item = m_items.at(m_view->currentIndex().row());
    CaseStore cases(m_session);
    auto id = cases.openReview(household, chinaToday(),
                               tr("Periodic review due %1").arg(DisplayText::date(item.dueWithExtension)));
    if (!id)
        return id.error();
    emit caseChanged(*id);
    reload();
    return {};
}

TransitionDialog *ReviewsPage::startTransition(const QString &transition)
{
    if (m_case.id.isEmpty())
        return nullptr;
    m_message->hide();
    auto *dialog = new TransitionDialog(m_session, m_case, transition, m_case.proposedAmount, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransitionDialog::applied, this, [this](const QString &caseId, const QString &t) {
        showMessage(tr("Done: %1.").arg(DisplayText::transition(t)), false);
        emit caseChanged(caseId);
        reload();
    });
    dialog->open();
    return dialog;
}

void ReviewsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1e6b34;"));
    m_message->show();
}

void ReviewsPage::retranslate()
{
    m_title->setText(tr("Periodic reviews"));
    m_untilLabel->setText(tr("Due &by:"));
    m_categoryLabel->setText(tr("&Category:"));
    m_category->setItemText(0, tr("All"));
    m_category->setItemText(1, tr("Stable (12 months)"));
    m_category->setItemText(2, tr("Other (6 months)"));
    m_townshipLabel->setText(tr("&Township:"));
    CaseworkCommon::retranslateTownshipFilter(m_township);
    m_reload->setText(tr("&Reload"));
    m_model->setHeaders({tr("Applicant"), tr("Village"), tr("Township"), tr("Category"), tr("Enrolment"),
                         tr("Review due"), tr("Deadline"), tr("Review")});
    m_openCase->setText(tr("&Open case"));
    m_openReview->setText(tr("Open the &review"));
    m_report->setText(tr("Re&port the review…"));
    m_decide->setText(tr("&Decide…"));
    m_decide->setToolTip(tr("Keep, raise, lower or stop, with written reasons to the family"));
    CaseworkCommon::setMoreButton(m_more, m_loaded, m_exhausted, kPage);
    if (m_loaded)
        fill();
    showCurrent();
}

void ReviewsPage::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

void ReviewsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dibao
