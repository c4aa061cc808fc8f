#include "CaseListPage.h"

#include "CaseListModel.h"
#include "store/Session.h"
#include "store/VillageList.h"
#include "workflow/CaseStates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dibao {

namespace {
// Enter on a row opens it (QTableView would otherwise only move the cursor).
class CaseTableView : public QTableView {
public:
    using QTableView::QTableView;
    std::function<void()> onActivate;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()
            && onActivate) {
            onActivate();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};
} // namespace

CaseListPage::CaseListPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_model = new CaseListModel(session, this, CaseListModel::Loading::Background);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setBuddy(m_state);
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villageFilter"));
    m_village->setMinimumContentsLength(11);
    m_village->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_villageLabel = new QLabel(this);
    m_villageLabel->setBuddy(m_village);
    m_overdue = new QCheckBox(this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCount"));

    auto *view = new CaseTableView(this);
    view->onActivate = [this] { openCurrent(); };
    m_view = view;
    m_view->setObjectName(QStringLiteral("caseTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Uniform rows: no per-row measuring, so scrolling a long list never stalls on layout.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(QChar(0x6848));
    m_view->setColumnWidth(CaseListModel::StateColumn, em * 10);
    m_view->setColumnWidth(CaseListModel::VillageColumn, em * 9);
    m_view->setColumnWidth(CaseListModel::ApplicantColumn, em * 7);
    m_view->setColumnWidth(CaseListModel::MembersColumn, em * 6);
    m_view->setColumnWidth(CaseListModel::AmountColumn, em * 8);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 2);
    filters->addSpacing(12);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_villageLabel);
    filters->addWidget(m_village);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    filters->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_village);
    setTabOrder(m_village, m_overdue);
    setTabOrder(m_overdue, m_view);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &CaseListPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilterNow();
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilterNow);
    connect(m_village, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilterNow);
    connect(m_overdue, &QCheckBox::toggled, this, &CaseListPage::applyFilterNow);
    connect(m_view, &QTableView::activated, this, &CaseListPage::openCurrent);
    connect(m_model, &CaseListModel::loaded, this, &CaseListPage::updateCount);
    connect(m_model, &CaseListModel::failed, this, [this](const QString &message) { m_count->setText(message); });

    retranslate();
    fillVillages();
    applyFilter();
}

void CaseListPage::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Name, ID number or address (Ctrl+F)"));
    m_search->setToolTip(tr("A name from its first character, a full ID number, or 3+ characters of an address"));
    m_stateLabel->setText(tr("S&tate:"));
    m_villageLabel->setText(tr("&Village:"));
    m_overdue->setText(tr("&Overdue only"));
    fillStates();
    if (m_village->count() > 0)
        m_village->setItemText(0, tr("All villages"));
    m_model->retranslate();
    updateCount(m_total);
}

void CaseListPage::fillStates()
{
    const QString current = m_state->currentData().toString();
    const QSignalBlocker block(m_state);
    m_state->clear();
    m_state->addItem(tr("All states"), QString());
    m_state->addItem(tr("Open cases"), QStringLiteral("*open"));
    for (const QString &s : CaseState::all())
        m_state->addItem(CaseState::displayName(s), s);
    const int i = m_state->findData(current);
    m_state->setCurrentIndex(i < 0 ? 0 : i);
}

void CaseListPage::fillVillages()
{
    const QString current = m_village->currentData().toString();
    const QSignalBlocker block(m_village);
    m_village->clear();
    m_village->addItem(tr("All villages"), QString());
    auto names = VillageList::names(m_session);
    if (names)
        for (const QString &n : *names)
            m_village->addItem(n, n);
    const int i = m_village->findData(current);
    m_village->setCurrentIndex(i < 0 ? 0 : i);
}

void CaseListPage::applyFilterNow()
{
    m_debounce->stop();
    applyFilter();
}

void CaseListPage::applyFilter()
{
    CaseFilter f;
    const QString state = m_state->currentData().toString();
    if (state == QLatin1String("*open"))
        f.openOnly = true;
    else
        f.state = state;
    f.villageName = m_village->currentData().toString();
    f.overdue = m_overdue->isChecked();
    f.search = m_search->text().trimmed();
    m_model->setFilter(f);
}

void CaseListPage::refresh()
{
    fillVillages();
    m_model->refresh();
}

void CaseListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListPage::updateCount(qint64 total)
{
    m_total = total;
    if (m_model->totalIsCapped()) // counted no further
        m_count->setText(tr("More than %1 cases").arg(QLocale().toString(total - 1)));
    else
        m_count->setText(tr("%n case(s)", nullptr, int(total)));
}

void CaseListPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    emit openCaseRequested(index.data(CaseListModel::CaseIdRole).toString());
}

void CaseListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dibao
