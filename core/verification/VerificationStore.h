#pragma once

#include "common/Result.h"
#include "domain/Household.h"
#include "verification/Verification.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// How a person resolves a finding. `explained` needs a note; `income_added` an income item (kind, amount, months)
// and `asset_added` an asset item, both for the finding's member and added to the household file through the
// household store's validation; `review_opened` brings the household's next review forward to `on`, so the review
// falls due at once in the township's due list (an enrolled household; the county cannot open the township's case).
struct FindingResolution {
    QString kind;            // FindingResolutionKind
    QString note;
    IncomeItem income;
    AssetItem asset;
    QDate on;                // default today
};

struct StartOutcome {
    QStringList started;     // case ids whose verification started now
    QList<QPair<QString, Error>> refused; // case id and why
};

// Everything the per-household verification report shows (ui/VerificationReportPdf prints it).
struct VerificationReportData {
    VerificationRequest request;
    QString householdAddress;
    QString villageName;
    QList<VerificationBatch> sources;      // batches streamed while the verification was in progress
    QList<VerificationFinding> findings;
    QDate printedOn;
    QString printedBy;
};

// Economic verification (核对) on top of the case workflow: requests are the cases whose township made the workflow
// step request_verification (which needs the consent signed by every member and starts the 3-WD clock
// verification_start); start() runs the step start_verification on each pending request (stopping that clock) and
// opens its verification, whose members department batches are then matched against (DepartmentBatchImport).
// Findings are resolved here. Everything needs Action::Verify (verification officer, county reviewer).
class VerificationStore {
public:
    explicit VerificationStore(Session &session) : m_session(session) {}

    // Every request: pending ones (clock running), verifications in progress and completed ones.
    Result<QList<VerificationRequest>> requests();
    Result<VerificationRequest> request(const QString &caseId);
    // Starts every pending request; a request whose consent is no longer provided, or whose case moved to a state
    // where verification cannot start, is refused alone.
    Result<StartOutcome> startPending(const QDate &on = QDate());
    // Ends a verification in progress: its household's members are no longer matched. Refused while a finding is open.
    Status complete(const QString &caseId, const QDate &on = QDate());

    Result<QList<VerificationFinding>> findings(const QString &caseId = QString(), bool openOnly = false);
    Result<VerificationFinding> finding(const QString &findingId);
    Status resolve(const QString &findingId, FindingResolution resolution);
    Result<QList<VerificationBatch>> batches();

    Result<VerificationReportData> report(const QString &caseId);

    // Recomputes the summary the township receives (counts, departments with findings) from the findings.
    Status refreshSummary(const QString &verificationId);

private:
    Session &m_session;
};

} // namespace dibao
