#include "CasePageLoader.h"

namespace dibao {

CasePageLoader::CasePageLoader(QString databasePath, Actor actor) : m_path(std::move(databasePath)), m_actor(std::move(actor)) {}

CasePageLoader::~CasePageLoader() = default;

Session *CasePageLoader::session(QString *error)
{
    if (!m_session) {
        auto opened = Session::open(m_path);
        if (!opened) {
            *error = opened.error().message;
            return nullptr;
        }
        m_session = std::move(opened).value();
        m_session->actAs(m_actor);
    }
    return m_session.get();
}

void CasePageLoader::count(const CaseFilter &filter, qint64 cap, const CountDone &done)
{
    QString error;
    Session *s = session(&error);
    if (!s) {
        done(0, error);
        return;
    }
    auto n = CaseStore(*s).count(filter, cap);
    done(n ? *n : 0, n ? QString() : n.error().message);
}

void CasePageLoader::page(const CaseFilter &filter, const PageDone &done)
{
    QString error;
    Session *s = session(&error);
    if (!s) {
        done({}, error);
        return;
    }
    auto rows = CaseStore(*s).list(filter);
    done(rows ? *rows : QList<CaseSummary>(), rows ? QString() : rows.error().message);
}

} // namespace dibao
