#pragma once

#include "common/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace dibao {

// A case: one application, or one periodic review of an enrolled household. State names are the tokens of
// docs/workflow.md (the CLI's `cases --state` takes them).
struct CaseRecord {
    QString id;
    QString householdId;
    QString kind;                // application | review
    QString state;
    QString divisionCode;
    QString villageName;
    QString applicantMemberId;
    QString applicantName;
    int memberCount = 0;
    QString channel;             // in_person | entrusted | online | outreach
    QString entrustedName;
    bool nearRelativeDeclared = false;
    QString nearRelativeNote;
    QString individualMemberId;  // 单人保
    QDate submittedOn;
    QDate acceptedOn;
    QDate missingNoticeOn;
    QStringList missingItems;
    bool afterObjection = false;
    QString extensionGround;
    bool delegated = false;
    Fen proposedAmount = -1;     // -1: none
    QString proposedTier;
    Fen amount = -1;
    QString tier;
    QString method;
    QDate decidedOn;
    QString decidedBy;
    QDate effectiveMonth;
    QString decisionReason;
    QString certificateNumber;   // 低保证号, issued with a confirmation
    QDate refusalDeliveredOn;
    QString reviewOutcome;
    int gradualExitMonths = 0;
    QString closedReason;
    QDate nextDue;
};

// One row of a case list.
struct CaseSummary {
    QString id;
    QString kind;
    QString state;
    QString divisionCode;
    QString villageName;
    QString applicantName;
    int memberCount = 0;
    Fen amount = -1;            // decided amount, else proposed, else -1
    QDate submittedOn;
    QDate nextDue;
    QString nextClock;
};

struct CaseDocument {
    QString id;
    QString kind;               // hukou_book, id_cards, income_proof, truthfulness_promise, verification_consent, ...
    QString status;             // provided | promised | missing | held_by_government
    QString note;
};

struct Investigator {
    QString name;
    QString userId;             // empty for a village official without an account
    QString role;               // township_staff | village_official | county_staff
};

struct HouseholdVisit {
    QString id;
    QString caseId;
    QString kind = QStringLiteral("household"); // household | neighbour | evidence_letter
    QDate visitDate;
    bool remote = false;
    QString emergencyReference;  // the declared major emergency allowing a remote visit (57号 Art 16)
    bool byAuthority = false;    // the confirming authority's own home visit
    QList<Investigator> investigators;
    QStringList membersSeen;
    QString food, clothing, housing, necessities;
    QString evidence;
    QString findings;
};

} // namespace dibao
