#pragma once

#include <QAbstractItemView>
#include <QString>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace dibao {

class Session;

// Helpers shared by the casework pages (入户调查, 民主评议, 公示, 审核确认, 发放, 动态管理).
namespace CaseworkCommon {

// The townships this database may work on: its own township, or every township of its county, code in UserRole.
void fillTownships(QComboBox *combo, Session &session);

// A page's title: the widget's font, 1.3 times and bold.
QLabel *pageTitle(QWidget *parent);

// The "show more" button under a list read a page at a time: "Show N more" while more may come, "All shown" after.
void setMoreButton(QPushButton *more, bool loaded, bool exhausted, int pageSize);

// A township filter: on a county database "all townships" (empty data) first, then each township; on a township's
// its own only (disabled). retranslateTownshipFilter names the "all" entry in the current language.
void fillTownshipFilter(QComboBox *combo, Session &session);
void retranslateTownshipFilter(QComboBox *combo);

// A read-only table of whole rows (no vertical header, last column stretched), named for tests.
QTableView *readOnlyTable(QAbstractItemModel *model, QWidget *parent, const QString &objectName,
                          QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);

// Writes a document as a PDF chosen by the user (A4, PrintDocuments::toPdf); reports a failure. Returns the path or
// an empty string.
QString savePdf(QWidget *parent, const QString &html, const QString &suggestedName);

} // namespace CaseworkCommon
} // namespace dibao
