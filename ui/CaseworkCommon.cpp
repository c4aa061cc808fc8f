#include "CaseworkCommon.h"

#include "PrintDocuments.h"
#include "domain/Division.h"
#include "store/Session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
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

QLabel *pageTitle(QWidget *parent)
{
    auto *title = new QLabel(parent);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    return title;
}

void setMoreButton(QPushButton *more, bool loaded, bool exhausted, int pageSize)
{
    more->setEnabled(loaded && !exhausted);
    if (!loaded)
        more->setText(QCoreApplication::translate("dibao::CaseworkCommon", "Show more"));
    else if (exhausted)
        more->setText(QCoreApplication::translate("dibao::CaseworkCommon", "All shown"));
    else
        more->setText(QCoreApplication::translate("dibao::CaseworkCommon", "Show %1 more").arg(pageSize));
}

void fillTownshipFilter(QComboBox *combo, Session &session)
{
    const QSignalBlocker quiet(combo);
    fillTownships(combo, session);
    if (session.isCounty()) {
        combo->insertItem(0, QString(), QString());
        combo->setCurrentIndex(0);
    }
    combo->setEnabled(combo->count() > 1);
    retranslateTownshipFilter(combo);
}

void retranslateTownshipFilter(QComboBox *combo)
{
    if (combo->count() > 0 && combo->itemData(0).toString().isEmpty())
        combo->setItemText(0, QCoreApplication::translate("dibao::CaseworkCommon", "All townships"));
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
