#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "domain/Case.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace dibao {

class Session;
class WorkingCalendar;

// What a transition may need. Each transition documents (docs/workflow.md) which fields it requires.
struct TransitionInput {
    QDate onDate;              // the business date (China-local); default today
    QString reason;            // written reasons: refusal, termination, withdrawal, lowering, stopping...
    QStringList missingItems;  // notify_missing
    QString choice;            // resolve_objection: reinvestigate | appraisal; conclude_appraisal: true_complete |
                               // incomplete; add_ground: a ground token; decide_review: keep | raise | lower | stop |
                               // gradual_exit
    Fen amount = -1;           // fen per month: submit_review (proposal), confirm, decide_review raise/lower
    QString tier;              // A | B | C when the tier method applies
    int months = 0;            // decide_review gradual_exit: 1..6
    QString certificateNumber; // confirm: the certificate (低保证) number issued with the decision, optional
};

// The case state machine. Every transition checks the user's role, the case's state, the records it needs and its
// guards, and says why when it refuses. Each one writes the case, a case event and its clocks in one transaction.
class Workflow {
public:
    explicit Workflow(Session &session);
    ~Workflow();

    static const QStringList &transitions();
    // The transitions the signed-in user could attempt on this case now (the UI offers these).
    QStringList available(const CaseRecord &record) const;

    Status apply(const QString &caseId, const QString &transition, const TransitionInput &input = {});

    // Whether the signed-in user is the confirming authority (county reviewer, or the township administrator
    // where the county's policy delegates confirmation).
    Status mayConfirm(const QDate &on) const;

    // Clock lengths from policy, for the clocks' due dates.
    int wholeCaseWorkingDays(const CaseRecord &record) const;

    struct Spec; // one row of the transition table (Workflow.cpp)

private:
    const Spec *spec(const QString &transition) const;
    Status guard(const Spec &spec, const CaseRecord &record, const TransitionInput &input, const QDate &on);

    Session &m_session;
};

} // namespace dibao
