#include "CaseworkCommon.h"

#include "PrintDocuments.h"
#include "domain/Division.h"
#include "store/Session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

namespace dibao::CaseworkCommon {

void fillTownships(QComboBox *combo, Session &session)
{
    combo->clear();
    const DivisionRegistry &registry = DivisionRegistry::instance();
    if (session.isCounty()) {
        for (const Division &d : registry.townshipsOf(session.divisionCode()))
            combo->addItem(d.name, d.code);
    } else {
        combo->addItem(registry.name(session.divisionCode()), session.divisionCode());
    }
}

QString savePdf(QWidget *parent, const QString &html, const QString &suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("dibao::CaseworkCommon", "Save as PDF"),
        QDir::home().filePath(suggestedName), QCoreApplication::translate("dibao::CaseworkCommon", "PDF (*.pdf)"));
    if (path.isEmpty())
        return {};
    QString error;
    if (!PrintDocuments::toPdf(html, path, &error)) {
        QMessageBox::warning(parent, QCoreApplication::translate("dibao::CaseworkCommon", "Save as PDF"), error);
        return {};
    }
    return path;
}

QTableView *readOnlyTable(QAbstractItemModel *model, QWidget *parent, const QString &objectName,
                          QAbstractItemView::SelectionMode mode)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(mode);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

} // namespace dibao::CaseworkCommon
