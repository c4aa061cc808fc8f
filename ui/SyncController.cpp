#include "SyncController.h"

#include "store/Session.h"

#include <QDateTime>
#include <QLocale>

namespace dibao {

namespace {

constexpr int kDefaultIntervalSeconds = 300;
constexpr int kOnlineTimeoutMs = 30000;

QString localTime(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString verdictText(const QString &verdict)
{
    if (verdict == QLatin1String("applied"))
        return SyncController::tr("Applied");
    if (verdict == QLatin1String("duplicate"))
        return SyncController::tr("Duplicate (already imported)");
    if (verdict == QLatin1String("held"))
        return SyncController::tr("Held (waiting for an earlier bundle)");
    if (verdict == QLatin1String("quarantined"))
        return SyncController::tr("Quarantined (stream frozen)");
    if (verdict == QLatin1String("rejected"))
        return SyncController::tr("Rejected");
    return verdict;
}

QString syncErrorText(const QString &token, const QString &message)
{
    if (token == QLatin1String("hub_unreachable"))
        return SyncController::tr("The county hub cannot be reached: check the network. Changes wait here and go "
                                  "out at the next sync.");
    if (token == QLatin1String("hub_address_missing"))
        return SyncController::tr("This device syncs by USB only: the hub card gives no address.");
    if (token == QLatin1String("sync_locked"))
        return SyncController::tr("Enter your password to open this device's sync keys.");
    return message.isEmpty() ? token : message;
}

SyncController::SyncController(Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    m_worker = new SyncWorker(session.db().path(), session.actor());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("sync-worker"));
    m_thread.start();
    // The county database needs no password (hub key file); a device waits for unlock().
    m_locked = !session.isCounty();
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("DIBAO_SYNC_INTERVAL", &ok);
    m_timer.setInterval((ok && seconds > 0 ? seconds : kDefaultIntervalSeconds) * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::tick);
    m_timer.start();
    refresh();
}

SyncController::~SyncController()
{
    m_timer.stop();
    m_thread.quit();
    m_thread.wait();
}

void SyncController::setInterval(int seconds)
{
    m_timer.setInterval(qMax(1, seconds) * 1000);
}

void SyncController::refresh()
{
    QMetaObject::invokeMethod(m_worker, [this] {
        auto s = m_worker->summary();
        QMetaObject::invokeMethod(this, [this, s]() {
            if (s)
                setSummary(*s);
        });
    });
}

void SyncController::setSummary(const SyncSummary &summary)
{
    m_summary = summary;
    if (!summary.joined)
        m_state = State::NotSetUp;
    else if (m_locked)
        m_state = State::Locked;
    else
        m_state = m_syncing ? State::Busy : State::Idle;
    emit changed();
}

void SyncController::unlock(const QString &password)
{
    if (m_session.isCounty()) {
        m_locked = false;
        return;
    }
    run([password](SyncWorker &w) { return w.unlock(password); },
        [this](Status st) {
            m_locked = !st.ok();
            emit unlockFinished(st.ok(), st.ok() ? QString() : st.error().message);
            if (st.ok())
                syncNow();
        });
}

void SyncController::syncNow()
{
    if (m_syncing || m_locked || m_session.isCounty() || !m_summary.joined || !m_summary.online)
        return;
    m_syncing = true;
    m_state = State::Busy;
    run([](SyncWorker &w) { return w.syncOnline(kOnlineTimeoutMs); },
        [this](Result<QList<ImportVerdict>> r) {
            m_syncing = false;
            if (r) {
                m_lastMessage.clear();
                emit synced(true, QString());
            } else {
                m_lastMessage = syncErrorText(r.error().code, r.error().message);
                emit synced(false, m_lastMessage);
            }
        });
}

void SyncController::tick()
{
    syncNow();
    if (m_backingUp || (m_locked && !m_session.isCounty()))
        return;
    m_backingUp = true;
    run([](SyncWorker &w) -> Result<QString> {
            if (!w.backupDue())
                return QString();
            return w.backup(w.backupSchedule().value().folder);
        },
        [this](Result<QString> r) {
            m_backingUp = false;
            if (!r)
                emit backedUp(false, r.error().message);
            else if (!r->isEmpty())
                emit backedUp(true, *r);
        });
}

QString SyncController::statusText() const
{
    const SyncSummary &s = m_summary;
    if (!s.joined)
        return tr("Sync: not set up");
    QString head;
    if (s.hub)
        head = tr("Sync: county hub");
    else if (m_locked)
        head = tr("Sync: locked");
    else if (m_syncing)
        head = tr("Sync: syncing…");
    else if (s.lastError == QLatin1String("hub_unreachable"))
        head = tr("Sync: hub unreachable");
    else if (!s.online)
        head = tr("Sync: by USB");
    else if (s.lastSync.isEmpty())
        head = tr("Sync: never");
    else
        head = tr("Sync: last %1").arg(localTime(s.lastSync));
    QStringList parts{head};
    parts << tr("%n bundle(s) pending", nullptr, int(s.pendingBundles));
    if (s.conflicts > 0)
        parts << tr("%n conflict(s) waiting", nullptr, int(s.conflicts));
    if (s.held > 0)
        parts << tr("%n bundle(s) held", nullptr, int(s.held));
    return parts.join(QStringLiteral(" · "));
}

QString SyncController::statusToolTip() const
{
    const SyncSummary &s = m_summary;
    if (!s.joined)
        return tr("Synchronisation with the county hub is not set up on this device yet.");
    QStringList lines;
    lines << (s.lastSync.isEmpty() ? tr("Last successful sync: never") : tr("Last successful sync: %1").arg(localTime(s.lastSync)));
    if (!s.lastAttempt.isEmpty() && s.lastAttempt != s.lastSync)
        lines << tr("Last attempt: %1").arg(localTime(s.lastAttempt));
    if (!m_lastMessage.isEmpty())
        lines << m_lastMessage;
    else if (!s.lastError.isEmpty())
        lines << syncErrorText(s.lastError, s.lastError);
    if (m_locked && !s.hub)
        lines << tr("Sync is locked: choose Sync ▸ Sync now and enter your password.");
    lines << tr("Changes not yet acknowledged by the hub: %1").arg(s.pendingChanges);
    if (s.conflicts > 0)
        lines << tr("Conflicts waiting for a person: Sync ▸ Conflicts…");
    return lines.join(QLatin1Char('\n'));
}

} // namespace dibao
