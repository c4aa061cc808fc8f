#pragma once

#include <QString>
#include <QStringList>

namespace dibao {

// The state tokens of a case (docs/workflow.md). Applications run from submitted to one of the final states;
// periodic reviews from review_open to review_decided.
namespace CaseState {
inline const QString Submitted = QStringLiteral("submitted");
inline const QString AwaitingDocuments = QStringLiteral("awaiting_documents");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString Investigating = QStringLiteral("investigating");
inline const QString IneligibleNotified = QStringLiteral("ineligible_notified");
inline const QString Rechecking = QStringLiteral("rechecking");
inline const QString Appraisal = QStringLiteral("appraisal");
inline const QString TownshipReview = QStringLiteral("township_review");
inline const QString Notice = QStringLiteral("notice");
inline const QString Objection = QStringLiteral("objection");
inline const QString CountyNotice = QStringLiteral("county_notice");
inline const QString Confirmation = QStringLiteral("confirmation");
inline const QString Confirmed = QStringLiteral("confirmed");
inline const QString Refused = QStringLiteral("refused");
inline const QString Withdrawn = QStringLiteral("withdrawn");
inline const QString Terminated = QStringLiteral("terminated");
inline const QString ClosedIneligible = QStringLiteral("closed_ineligible");
inline const QString ReviewOpen = QStringLiteral("review_open");
inline const QString ReviewReported = QStringLiteral("review_reported");
inline const QString ReviewDecided = QStringLiteral("review_decided");

const QStringList &all();
const QStringList &finals();
bool isKnown(const QString &state);
bool isFinal(const QString &state);
QString displayName(const QString &state); // translated
// SQL list of the final states, quoted, for "state NOT IN (...)".
QString finalsSqlList();
} // namespace CaseState

} // namespace dibao
