#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>

class QProgressDialog;
class QThread;
class QTimer;
class QWidget;

namespace dibao {

class Session;

// Long work (a department batch, a roster) off the UI thread (UI.md): the work runs on a worker thread with its own
// connection to the session's database, acting as the same signed-in user, while a progress dialog shows how far it
// got and offers Cancel, which the work sees through `cancelled()` (it decides what stopping safely means: the
// imports then store nothing). `finished` is emitted on the UI thread once the work returned; the task then deletes
// itself. The window never freezes; the page's own session is left alone meanwhile.
class SessionTask : public QObject {
    Q_OBJECT

public:
    using Work = std::function<void(Session &session, SessionTask &task)>;

    // Starts at once. `label` heads the progress dialog (parented to `parent`); `cancellable` shows Cancel. The task
    // has no parent: it outlives a page closed meanwhile and deletes itself when the work returned.
    static SessionTask *start(Session &session, QWidget *parent, const QString &label, bool cancellable, Work work);

    // From the work: whether Cancel was pressed; the number of rows handled so far (shown in the dialog).
    bool cancelled() const { return m_cancel.load(); }
    void setProgress(qint64 rows) { m_rows.store(rows); }
    // From the work: a problem opening the worker's session (the work was not run).
    QString openError() const { return m_openError; }

signals:
    void finished();

private:
    SessionTask(QObject *parent) : QObject(parent) {}
    void updateDialog();

    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_dialog; // the page (its parent) may go first
    QTimer *m_timer = nullptr;
    QString m_label;
    QString m_openError;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_rows{0};
};

} // namespace dibao
