#pragma once

#include "SyncWorker.h"
#include "sync/SyncConflicts.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>
#include <utility>

namespace dibao {

class Session;

// Background sync for the client (docs/client.md "Sync"): a SyncWorker in its own thread with its own connection,
// an online round when the database is joined to a hub with an address — shortly after start, then periodically and
// on demand — and the scheduled backup when it is due. The UI thread never waits for it: typing goes on while a
// bundle uploads. The status bar text comes from here: last sync, pending bundles, conflicts waiting, hub unreachable.
class SyncController : public QObject {
    Q_OBJECT

public:
    enum class State { NotSetUp, Locked, Idle, Busy };

    explicit SyncController(Session &session, QObject *parent = nullptr);
    ~SyncController() override;

    // Opens the device's sync keys with the signed-in user's password (kept nowhere: the keys stay open in the
    // worker). Starts the first online round when it succeeds.
    void unlock(const QString &password);
    // An online round now (nothing if one is running, the device is locked or has no hub address).
    void syncNow();
    // Reads the summary again (after local writes, an import, a resolution).
    void refresh();
    void setInterval(int seconds);
    int interval() const { return m_timer.interval() / 1000; }

    State state() const { return m_state; }
    bool busy() const { return m_busy > 0; }
    bool locked() const { return m_locked; }
    const SyncSummary &summary() const { return m_summary; }
    QString lastMessage() const { return m_lastMessage; }
    QString statusText() const;
    QString statusToolTip() const;

    // Runs work(worker) in the worker thread, then done(result) in the UI thread (if this controller still exists).
    template <typename Work, typename Done>
    void run(Work work, Done done)
    {
        ++m_busy;
        emit changed();
        QMetaObject::invokeMethod(m_worker, [this, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<decltype(work(*m_worker))>(work(*m_worker));
            QMetaObject::invokeMethod(this, [this, result, done = std::move(done)]() mutable {
                --m_busy;
                done(std::move(*result));
                refresh();
            });
        });
    }

signals:
    void changed();
    // An online round finished: ok, and a message for people when it did not.
    void synced(bool ok, const QString &message);
    void unlockFinished(bool ok, const QString &message);
    void backedUp(bool ok, const QString &pathOrMessage);

private:
    void tick();
    void setSummary(const SyncSummary &summary);

    Session &m_session;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    QTimer m_timer;
    SyncSummary m_summary;
    State m_state = State::NotSetUp;
    bool m_locked = true;
    bool m_syncing = false;
    bool m_backingUp = false;
    int m_busy = 0;
    QString m_lastMessage;
};

// Text for people about import verdicts and sync tokens (shared by the dialogs and the tests).
QString verdictText(const QString &verdict);
QString syncErrorText(const QString &token, const QString &message);

} // namespace dibao
