#pragma once

#include "common/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dibao {

// Why a household's payment differs from last month's (the base amounts are compared; adjustments and carried
// payments are shown separately).
namespace PayrollChangeKind {
inline const QString New = QStringLiteral("new");
inline const QString Raised = QStringLiteral("raised");
inline const QString Lowered = QStringLiteral("lowered");
inline const QString ShareReduced = QStringLiteral("share_reduced"); // a member refused suitable work 3 times
inline const QString Stopped = QStringLiteral("stopped");
inline const QString Same = QStringLiteral("same");
inline const QString CarriedOnly = QStringLiteral("carried_only"); // no allowance this month, only a carried or adjusted sum
} // namespace PayrollChangeKind

// One household's payment in a month's roll.
struct PayrollLine {
    QString id;                 // empty in a preview
    QString householdId;
    QString divisionCode;       // the township paying this month (after a transfer: the new one from its first month)
    QString villageName;
    QString area;               // urban | rural
    QString tier;
    int members = 0;
    QString payeeName;          // the applicant (relation self)
    QString payeeIdNumber;
    QString bankName;
    QString bankAccount;
    Fen baseAmount = 0;         // the decided monthly amount in force, supplements included
    Fen adjustmentAmount = 0;
    Fen carriedAmount = 0;      // failed or held payments of earlier rolls
    Fen amount = 0;             // base + adjustments + carried
    bool held = false;          // no bank account: not sent to the bank, carried to the next roll
    bool custody = false;       // staff hold the card under a recorded agreement
    QString changeKind;         // PayrollChangeKind
    Fen previousAmount = -1;    // last month's base amount, -1 if none
    QStringList adjustmentIds;
    QStringList carriedLineIds;
    int bankSequence = 0;       // 序号 in the bank file (1-based; 0 when not sent: held, or nothing to pay)
    bool memberLostShare = false; // a member refused suitable work 3 times (explains a lowering)

    bool sentToBank() const { return !held && amount > 0; }
};

// A household in last month's roll and not in this one (or the reverse), with the reason.
struct PayrollChange {
    QString householdId;
    QString divisionCode;
    QString villageName;
    QString payeeName;
    QString kind;               // PayrollChangeKind
    Fen previousAmount = -1;
    Fen amount = -1;
    QString note;
};

struct PayrollTotal {
    int households = 0;
    Fen amount = 0;
};

// A problem that stops a roll from being issued.
struct PayrollProblem {
    QString code;               // duplicate_person, adjustment_exceeds_payment
    QString householdId;
    QString text;
    bool blocksIssue = true;
};

struct PayrollRoll {
    QString id;                 // empty for a preview
    QString divisionCode;       // the county (or the delegated township)
    QDate month;                // first day of the month
    bool issued = false;
    QDate issuedOn;
    QString issuedBy;
    QDate previousMonth;        // the month compared against
    bool previousIssued = false;
    QList<PayrollLine> lines;   // sorted: township, village, payee, household id
    QList<PayrollChange> changes; // every line whose change kind is not "same", plus the stopped households
    QMap<QString, PayrollTotal> byTownship;
    QMap<QString, PayrollTotal> byArea;
    QMap<QString, PayrollTotal> byTier; // "" = no tier (gap method)
    PayrollTotal total;
    PayrollTotal bankTotal;     // held lines excluded
    int heldCount = 0;
    QList<PayrollProblem> problems;
    QString linesDigest;        // SHA-256 of the canonical lines

    bool canIssue() const;
    QJsonObject summaryJson() const; // totals and counts, no lines
};

} // namespace dibao
