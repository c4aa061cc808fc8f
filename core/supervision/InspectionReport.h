#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// An inspection of one township (督查): over a period, the clocks kept and missed, the cases that lack a visit the
// rules require, the flags and conflicts nobody resolved, and every decision with the named person who made it.
struct InspectionClock {
    QString clock;            // investigation_start, whole_case, notice ...
    qint64 kept = 0;          // done on or before the due date
    qint64 missedLate = 0;    // done after the due date
    qint64 missedOpen = 0;    // past due on the report day and still open
};

struct InspectionCase {
    QString caseId;
    QString applicantName;
    QString villageName;
    QString state;
    QString missing;          // household_visit | authority_visit
    QString ground;           // why the visit is required: investigation | near_relative | complaint_during_confirmation
};

struct InspectionFlag {
    QString source;           // sync_flag | conflict
    QString kind;             // the flag's kind, or the field in conflict
    QString entity;
    QString entityId;
    QString detail;
    QString at;
};

struct InspectionDecision {
    QString decidedBy;        // the named person (cases.decided_by)
    QString decision;         // confirmed | refused | keep | raise | lower | stop | gradual_exit
    qint64 count = 0;
};

struct InspectionReport {
    QString townshipCode;
    QString townshipName;
    QDate from;
    QDate to;                 // the report day: clocks are judged as of it
    QList<InspectionClock> clocks;
    QList<InspectionCase> casesWithoutVisits;
    QList<InspectionFlag> unresolved;
    QList<InspectionDecision> decisions;
    qint64 clocksKept() const;
    qint64 clocksMissed() const;
};

class InspectionReports {
public:
    explicit InspectionReports(Session &session) : m_session(session) {}
    // Needs Action::Inspect; the township must be in this database's jurisdiction. Clocks due in [from, to];
    // decisions made in [from, to]; visits and flags as they stand.
    Result<InspectionReport> compute(const QString &townshipCode, const QDate &from, const QDate &to);
    // Sheets 概况, 时限, 缺少走访, 未处理, 决定.
    static Status writeXlsx(const InspectionReport &report, const QString &path);
    static QString missingText(const QString &token);   // translated
    static QString groundText(const QString &token);    // translated

private:
    Session &m_session;
};

} // namespace dibao
