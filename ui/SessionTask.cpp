#include "SessionTask.h"

#include "store/Session.h"

#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

namespace dibao {

SessionTask *SessionTask::start(Session &session, QWidget *parent, const QString &label, bool cancellable, Work work)
{
    auto *task = new SessionTask(nullptr);
    task->m_label = label;
    const QString path = session.db().path();
    const Actor actor = session.actor();
    task->m_thread = QThread::create([task, path, actor, work = std::move(work)] {
        auto opened = Session::open(path);
        if (!opened) {
            task->m_openError = opened.error().message;
            return;
        }
        // The user signed in on the page's session; the worker's connection works as that same person.
        (*opened)->actAs(actor);
        work(**opened, *task);
    });
    task->m_thread->setObjectName(QStringLiteral("session-task"));
    task->m_dialog = new QProgressDialog(label, cancellable ? tr("Cancel") : QString(), 0, 0, parent);
    task->m_dialog->setObjectName(QStringLiteral("sessionTaskProgress"));
    task->m_dialog->setWindowModality(Qt::WindowModal);
    task->m_dialog->setMinimumDuration(300);
    task->m_dialog->setAutoClose(false);
    task->m_dialog->setAutoReset(false);
    if (!cancellable)
        task->m_dialog->setCancelButton(nullptr);
    connect(task->m_dialog, &QProgressDialog::canceled, task, [task] {
        task->m_cancel.store(true);
        if (task->m_dialog)
            task->m_dialog->setLabelText(tr("Cancelling… nothing will be kept."));
    });
    task->m_timer = new QTimer(task);
    task->m_timer->setInterval(200);
    connect(task->m_timer, &QTimer::timeout, task, &SessionTask::updateDialog);
    connect(task->m_thread, &QThread::finished, task, [task] {
        task->m_timer->stop();
        if (task->m_dialog) {
            task->m_dialog->hide();
            task->m_dialog->deleteLater();
        }
        task->m_thread->deleteLater();
        emit task->finished();
        task->deleteLater();
    });
    task->m_timer->start();
    task->m_thread->start();
    return task;
}

void SessionTask::updateDialog()
{
    if (m_cancel.load() || !m_dialog)
        return;
    const qint64 rows = m_rows.load();
    if (rows > 0)
        m_dialog->setLabelText(tr("%1\n%2 rows read").arg(m_label).arg(rows));
}

} // namespace dibao
