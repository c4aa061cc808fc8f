#pragma once

#include "supervision/InspectionReport.h"

#include <QCoreApplication>
#include <QString>

namespace dibao {

// The inspection report as an A4 paper (HTML for PrintDocuments::toPdf / preview): the township in the header, the
// summary, clocks kept and missed, cases without a required visit, unresolved flags, decisions by named person,
// and signature lines for the inspectors and the township.
class InspectionDocument {
    Q_DECLARE_TR_FUNCTIONS(dibao::InspectionDocument)
public:
    static QString html(const InspectionReport &report, const QString &inspector);
};

} // namespace dibao
