#pragma once

#include "common/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dibao {

// A case whose economic verification was requested (the workflow step request_verification, which needs the
// verification consent signed by every member), and the verification the county started on it, if any.
struct VerificationRequest {
    QString caseId;
    QString householdId;
    QString divisionCode;
    QString applicantName;
    QString caseState;
    QDate requestedOn;        // the verification_start clock's start
    QDate dueOn;              // ... and its due date (3 WD)
    QString verificationId;   // empty while pending
    QString status;           // pending | in_progress | completed
    QDate startedOn;
    QStringList departments;  // departments whose batches produced findings
    int findingsTotal = 0;
    int findingsOpen = 0;
};

namespace FindingMatch {
inline const QString Match = QStringLiteral("match");                // ID number and name agree
inline const QString NameMismatch = QStringLiteral("name_mismatch"); // the ID number of an authorized member, another name
} // namespace FindingMatch

namespace FindingResolutionKind {
inline const QString Explained = QStringLiteral("explained");
inline const QString IncomeAdded = QStringLiteral("income_added");
inline const QString AssetAdded = QStringLiteral("asset_added");
inline const QString ReviewOpened = QStringLiteral("review_opened");
const QStringList &all();
QString displayName(const QString &token); // translated
} // namespace FindingResolutionKind

// One department row that matched an authorized member: the only department data kept.
struct VerificationFinding {
    QString id;
    QString verificationId;
    QString caseId;
    QString householdId;
    QString memberId;
    QString memberName;       // as the household file has it
    QString batchId;
    QString department;
    qint64 line = 0;
    QString match;            // FindingMatch
    QString recordName;       // as the department wrote it
    QJsonObject record;       // the mapped row: field -> value (money in fen, dates ISO)
    QString status;           // open | resolved
    QString resolution;       // FindingResolutionKind, when resolved
    QString resolutionNote;
    QString resolutionRef;    // the income or asset item added
    QDate resolvedOn;
    QString resolvedBy;
};

// A department file that was streamed: what is remembered of it (never its rows).
struct VerificationBatch {
    QString id;
    QString department;
    QString fileName;
    QString fileSha256;
    QString sourceFormat;
    QDate importedOn;
    qint64 rowsRead = 0;
    qint64 rowsMatched = 0;
    qint64 rowsNameMismatch = 0;
    qint64 verificationsOpen = 0;
};

} // namespace dibao
