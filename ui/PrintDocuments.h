#pragma once

#include "domain/Case.h"
#include "domain/Household.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace dibao {

class Session;

// The papers the rules require, as HTML laid out for A4 with the township's name in the header and signature
// lines; printed through QTextDocument to a PDF (QPrinter PdfFormat) or a printer with a preview. The font family
// "Noto Sans CJK SC" is set explicitly so Chinese prints in Simplified glyphs whatever LANG says.
class PrintDocuments {
    Q_DECLARE_TR_FUNCTIONS(dibao::PrintDocuments)

public:
    static QString applicationFormHtml(Session &session, const CaseRecord &record, const HouseholdFile &file,
                                       const QList<CaseDocument> &documents);
    static QString visitRecordHtml(Session &session, const CaseRecord &record, const HouseholdFile &file,
                                   const HouseholdVisit &visit);

    static bool toPdf(const QString &html, const QString &path, QString *error = nullptr);
    static void preview(const QString &html, QWidget *parent);
};

} // namespace dibao
