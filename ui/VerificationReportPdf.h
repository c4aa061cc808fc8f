#pragma once

#include "verification/VerificationStore.h"

#include <QCoreApplication>
#include <QString>

namespace dibao {

class Session;

// The per-household verification report (核对报告): the case, the departments' batches streamed while the
// verification was in progress (sources), every finding with what the department recorded, and how each was
// resolved, with the verifier's signature line. Printed as HTML through PrintDocuments::toPdf (A4, the font family
// "Noto Sans CJK SC" set explicitly). It carries department data: it is for the county, never for a notice.
class VerificationReportPdf {
    Q_DECLARE_TR_FUNCTIONS(dibao::VerificationReportPdf)

public:
    static QString html(const VerificationReportData &data);
    // What the department recorded, besides the ID number and name: "item: 商铺一套; amount: 350000.00" (the 核对
    // page's findings list shows the same words).
    static QString recordText(const VerificationFinding &finding);
    // Gathers the data (VerificationStore::report, which logs the sensitive read) and writes the PDF.
    static Status write(Session &session, const QString &caseId, const QString &path);
};

} // namespace dibao
