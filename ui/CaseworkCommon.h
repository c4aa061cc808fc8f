#pragma once

#include <QString>

class QComboBox;
class QWidget;

namespace dibao {

class Session;

// Helpers shared by the casework pages (民主评议, 公示, 审核确认, 发放).
namespace CaseworkCommon {

// The townships this database may work on: its own township, or every township of its county, code in UserRole.
void fillTownships(QComboBox *combo, Session &session);

// Writes a document as a PDF chosen by the user (A4, PrintDocuments::toPdf); reports a failure. Returns the path or
// an empty string.
QString savePdf(QWidget *parent, const QString &html, const QString &suggestedName);

} // namespace CaseworkCommon
} // namespace dibao
