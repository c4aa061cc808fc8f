#include "TodayPage.h"

#include "CaseworkCommon.h"
#include "DisplayText.h"
#include "TodayModel.h"
#include "common/ChinaDate.h"
#include "store/CaseStore.h"
#include "store/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dibao {

namespace {
class TodayTreeView : public QTreeView {
public:
    using QTreeView::QTreeView;
    std::function<void(const QModelIndex &)> onActivate;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()
            && currentIndex().parent().isValid() && onActivate) {
            onActivate(currentIndex());
            return;
        }
        QTreeView::keyPressEvent(event);
    }
};
} // namespace

TodayPage::TodayPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_model = new TodayModel(session, this);
    m_title = CaseworkCommon::pageTitle(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("todaySummary"));
    m_reload = new QPushButton(this);
    auto *tree = new TodayTreeView(this);
    tree->onActivate = [this](const QModelIndex &i) { activate(i); };
    m_view = tree;
    m_view->setObjectName(QStringLiteral("todayTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    connect(m_view, &QTreeView::doubleClicked, this, &TodayPage::activate);
    connect(m_reload, &QPushButton::clicked, this, &TodayPage::reload);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    top->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    retranslate();
    reload();
}

void TodayPage::reload()
{
    m_model->reload();
    m_view->expandAll();
    const int em = fontMetrics().horizontalAdvance(QChar(0x6848));
    m_view->setColumnWidth(TodayModel::WhatColumn, em * 18);
    m_view->setColumnWidth(TodayModel::StateColumn, em * 9);
    m_view->setColumnWidth(TodayModel::DueColumn, em * 7);
    retranslate();
}

void TodayPage::retranslate()
{
    m_title->setText(tr("Today"));
    m_reload->setText(tr("&Reload"));
    if (!m_model->lastError().isEmpty())
        m_summary->setText(m_model->lastError());
    else
        m_summary->setText(tr("Due within 5 working days: %1 · overdue: %2 · today %3")
                               .arg(m_model->totalCount())
                               .arg(m_model->overdueCount())
                               .arg(DisplayText::date(chinaToday())));
}

void TodayPage::activate(const QModelIndex &index)
{
    if (!index.isValid() || !index.parent().isValid())
        return;
    if (index.data(TodayModel::MoreRole).toBool()) {
        const int group = index.parent().row();
        m_model->loadMore(group);
        m_view->setCurrentIndex(m_model->index(index.row(), 0, m_model->index(group, 0)));
        retranslate();
        return;
    }
    if (const QString petition = index.data(TodayModel::PetitionIdRole).toString(); !petition.isEmpty()) {
        emit openPetitionRequested(petition);
        return;
    }
    const QString caseId = index.data(TodayModel::CaseIdRole).toString();
    if (!caseId.isEmpty()) {
        emit openCaseRequested(caseId);
        return;
    }
    // A periodic review falling due that has no case yet.
    const QString householdId = index.data(TodayModel::HouseholdIdRole).toString();
    const QString name = m_model->index(index.row(), TodayModel::WhatColumn, index.parent()).data().toString();
    if (QMessageBox::question(this, tr("Periodic review"),
                              tr("Open the periodic review of %1's household now?").arg(name))
        != QMessageBox::Yes)
        return;
    CaseStore store(m_session);
    auto created = store.openReview(householdId, chinaToday(), tr("Periodic review falling due"));
    if (!created) {
        QMessageBox::warning(this, tr("Periodic review"), created.error().message);
        return;
    }
    reload();
    emit openCaseRequested(*created);
}

void TodayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        m_view->expandAll();
    }
    QWidget::changeEvent(event);
}

} // namespace dibao
