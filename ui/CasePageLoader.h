#pragma once

#include "store/CaseStore.h"
#include "store/Session.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace dibao {

// Runs the case list's SQL off the UI thread: its own connection to the same database (WAL lets readers run beside
// the UI's writes), acting as the signed-in user. Lives in the CaseListModel's worker thread; results go back to
// the UI thread as queued calls, so a slow page never stalls scrolling or typing.
class CasePageLoader : public QObject {
    Q_OBJECT

public:
    CasePageLoader(QString databasePath, Actor actor);
    ~CasePageLoader() override;

    using CountDone = std::function<void(qint64 total, QString error)>;
    using PageDone = std::function<void(QList<CaseSummary> rows, QString error)>;

    // Called in the worker thread.
    // At most cap + 1 counted (CaseStore::count).
    void count(const CaseFilter &filter, qint64 cap, const CountDone &done);
    void page(const CaseFilter &filter, const PageDone &done);

private:
    Session *session(QString *error);

    QString m_path;
    Actor m_actor;
    std::unique_ptr<Session> m_session;
};

} // namespace dibao
