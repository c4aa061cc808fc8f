#include "SyncPage.h"

#include "CaseworkCommon.h"
#include "SyncController.h"
#include "SyncDialogs.h"
#include "SyncMenu.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace dibao {

namespace {

QString localTime(const QString &utcIso)
{
    const QDateTime t = QDateTime::fromString(utcIso, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : utcIso;
}

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action); // the menu's own action: one code path, enabled and named alike
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setMinimumHeight(32);
    return b;
}

} // namespace

SyncPage::SyncPage(SyncMenu &menu, QWidget *parent) : QWidget(parent), m_menu(menu)
{
    setObjectName(QStringLiteral("syncPage"));
    m_title = CaseworkCommon::pageTitle(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setWordWrap(true);
    m_hub = new QLabel(this);
    m_hub->setObjectName(QStringLiteral("syncHub"));
    m_hub->setWordWrap(true);
    m_hub->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("syncLast"));
    m_lastSync->setWordWrap(true);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_conflictCount = new QLabel(this);
    m_conflictCount->setObjectName(QStringLiteral("syncConflictCount"));
    m_form = new QFormLayout;
    for (QLabel *l : {m_state, m_hub, m_lastSync, m_pending, m_conflictCount})
        m_form->addRow(QString(), l);

    m_syncNow = actionButton(menu.syncNowAction(), this);
    m_export = actionButton(menu.exportAction(), this);
    m_import = actionButton(menu.importAction(), this);
    m_backup = actionButton(menu.backupAction(), this);
    m_backupSettings = actionButton(menu.backupSettingsAction(), this);
    auto *buttons = new QHBoxLayout;
    for (QToolButton *b : {m_syncNow, m_export, m_import, m_backup, m_backupSettings})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_conflictsTitle = new QLabel(this);
    QFont bold = m_conflictsTitle->font();
    bold.setBold(true);
    m_conflictsTitle->setFont(bold);
    m_conflicts = new ConflictsPanel(*menu.controller(), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_conflictsTitle);
    layout->addWidget(m_conflicts, 1);

    connect(menu.controller(), &SyncController::changed, this, &SyncPage::updateStatus);
    retranslate();
}

void SyncPage::updateStatus()
{
    const SyncController &sync = *m_menu.controller();
    const SyncSummary &s = sync.summary();
    m_state->setText(sync.statusText());
    m_state->setToolTip(sync.statusToolTip());
    if (s.hub)
        m_hub->setText(tr("This database is the county hub: %n device(s) enrolled.", nullptr, int(s.devices)));
    else if (!s.joined)
        m_hub->setText(tr("Not joined to a county hub yet: ask the county administrator for the hub card."));
    else if (s.hubAddress.isEmpty())
        m_hub->setText(tr("County hub %1, by USB only (the hub card gives no address).").arg(s.hubId));
    else
        m_hub->setText(tr("County hub %1 at %2.").arg(s.hubId, s.hubAddress));
    QString last = s.lastSync.isEmpty() ? tr("Last successful sync: never")
                                        : tr("Last successful sync: %1").arg(localTime(s.lastSync));
    if (!s.lastError.isEmpty())
        last += QLatin1Char('\n')
            + tr("Last attempt %1 failed: %2").arg(localTime(s.lastAttempt), syncErrorText(s.lastError, s.lastError));
    m_lastSync->setText(last);
    QString pending = tr("%n bundle(s) waiting to be sent", nullptr, int(s.pendingBundles));
    if (!s.hub)
        pending += QStringLiteral(" · ") + tr("%n change(s) not yet acknowledged", nullptr, int(s.pendingChanges));
    if (s.held > 0)
        pending += QStringLiteral(" · ") + tr("%n bundle(s) held for a missing one", nullptr, int(s.held));
    m_pending->setText(pending);
    m_conflictCount->setText(tr("%n conflict(s) waiting for a person", nullptr, int(s.conflicts)));
    // The list follows the count (an import or a sync brought new ones, or another window resolved some).
    if (s.conflicts != m_shownConflicts && !sync.busy()) {
        if (m_shownConflicts >= 0)
            m_conflicts->reload();
        m_shownConflicts = s.conflicts;
    }
}

void SyncPage::retranslate()
{
    m_title->setText(tr("Sync"));
    const QStringList labels{tr("State:"), tr("Hub:"), tr("Last sync:"), tr("Pending:"), tr("Conflicts:")};
    for (int i = 0; i < labels.size(); ++i)
        if (auto *item = m_form->itemAt(i, QFormLayout::LabelRole); item && item->widget())
            static_cast<QLabel *>(item->widget())->setText(labels.at(i));
    m_conflictsTitle->setText(tr("Conflicts waiting for a person"));
    m_conflicts->retranslate();
    updateStatus();
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dibao
