#include "PayrollWorker.h"

namespace dibao {

PayrollWorker::PayrollWorker(QString databasePath, Actor actor)
    : m_path(std::move(databasePath)), m_actor(std::move(actor))
{
}

PayrollWorker::~PayrollWorker() = default;

Result<Session *> PayrollWorker::session()
{
    if (!m_session) {
        auto opened = Session::open(m_path);
        if (!opened)
            return opened.error();
        m_session = std::move(opened).value();
        m_session->actAs(m_actor);
    }
    return m_session.get();
}

Result<PayrollRoll> PayrollWorker::preview(const QDate &month)
{
    auto s = session();
    if (!s)
        return s.error();
    return PayrollService(**s).preview(month);
}

Result<PayrollRoll> PayrollWorker::issue(const QDate &month, const PayrollService::Progress &progress)
{
    auto s = session();
    if (!s)
        return s.error();
    return PayrollService(**s).issue(month, QDate(), progress);
}

Result<PayrollExportFiles> PayrollWorker::exportTo(const PayrollRoll &roll, const QString &directory,
                                                   const PayrollExportOptions &options)
{
    return exportPayroll(roll, directory, options);
}

} // namespace dibao
