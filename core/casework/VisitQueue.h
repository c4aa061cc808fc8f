#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace dibao {

class Session;

// A case waiting for its household visit (入户调查): an investigation to start (accepted, the 3-working-day clock
// running), under way (investigating, re-check) or a periodic review open, with its nearest open clock.
struct VisitQueueItem {
    QString caseId;
    QString householdId;
    QString kind;            // application | review
    QString state;
    QString applicantName;
    QString villageName;
    QString divisionCode;
    QDate submittedOn;
    QString clock;           // the nearest open clock (e.g. investigation_start), empty when none is open
    QDate clockDue;
    int householdVisits = 0; // household visits recorded so far
    QDate lastVisit;         // the latest visit of any kind, null when none
};

// A visit as recorded, with its case.
struct RecentVisit {
    QString visitId;
    QString caseId;
    QString kind;            // household | neighbour | evidence_letter
    QDate visitDate;
    bool byAuthority = false;
    bool remote = false;
    QStringList investigators;
    QString applicantName;
    QString villageName;
    QString caseState;
};

// The 入户调查 work list, read in pages from SQL (a county holds 120,000 households: never everything).
class VisitQueue {
public:
    explicit VisitQueue(Session &session) : m_session(session) {}

    // The states whose cases wait for a visit.
    static const QStringList &states();

    // Cases awaiting a visit, the nearest clock first (then the oldest application); divisionCode: a township or
    // empty for all this database holds.
    Result<QList<VisitQueueItem>> awaiting(const QString &divisionCode = QString(), int limit = 100, int offset = 0);
    // How many cases await a visit, counting at most cap + 1 (above cap means "more than cap").
    Result<qint64> awaitingCount(const QString &divisionCode = QString(), qint64 cap = 10000);
    // The visits recorded last in this database, newest first.
    Result<QList<RecentVisit>> recent(const QString &divisionCode = QString(), int limit = 50);

private:
    Session &m_session;
};

} // namespace dibao
