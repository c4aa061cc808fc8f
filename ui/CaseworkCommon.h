#pragma once

#include <QAbstractItemView>
#include <QString>

class QAbstractItemModel;
class QComboBox;
class QTableView;
class QWidget;

namespace dibao {

class Session;

// Helpers shared by the casework pages (民主评议, 公示, 审核确认, 发放).
namespace CaseworkCommon {

// The townships this database may work on: its own township, or every township of its county, code in UserRole.
void fillTownships(QComboBox *combo, Session &session);

// A read-only table of whole rows (no vertical header, last column stretched), named for tests.
QTableView *readOnlyTable(QAbstractItemModel *model, QWidget *parent, const QString &objectName,
                          QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);

// Writes a document as a PDF chosen by the user (A4, PrintDocuments::toPdf); reports a failure. Returns the path or
// an empty string.
QString savePdf(QWidget *parent, const QString &html, const QString &suggestedName);

} // namespace CaseworkCommon
} // namespace dibao
