#pragma once

#include "common/Result.h"
#include "payroll/Payroll.h"
#include "payroll/PayrollExport.h"
#include "payroll/PayrollService.h"
#include "store/Session.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <memory>

namespace dibao {

// The payroll page's work off the UI thread (UI.md: long work never freezes the window): its own connection to the
// same database (WAL: the UI keeps reading and writing beside it; issuing is one BEGIN IMMEDIATE transaction),
// acting as the signed-in user. Lives in PayrollPage's worker thread; every method runs there and is synchronous,
// and the page posts the results back.
class PayrollWorker : public QObject {
    Q_OBJECT

public:
    PayrollWorker(QString databasePath, Actor actor);
    ~PayrollWorker() override;

    // The issued roll of the month, else a preview (PayrollService::preview).
    Result<PayrollRoll> preview(const QDate &month);
    // PayrollService::issue: `progress` returning false rolls back before the commit.
    Result<PayrollRoll> issue(const QDate &month, const PayrollService::Progress &progress);
    Result<PayrollExportFiles> exportTo(const PayrollRoll &roll, const QString &directory,
                                        const PayrollExportOptions &options);

private:
    Result<Session *> session();

    QString m_path;
    Actor m_actor;
    std::unique_ptr<Session> m_session;
};

} // namespace dibao
