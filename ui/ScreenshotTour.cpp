#include "ScreenshotTour.h"

#include "CaseListModel.h"
#include "CaseListPage.h"
#include "CaseView.h"
#include "IdNumberEdit.h"
#include "IntakeForm.h"
#include "MainWindow.h"
#include "StatisticsPage.h"
#include "TextTableModel.h"
#include "TransitionDialog.h"
#include "VisitDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QWidget>

namespace dibao {

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(30);
    }
}

bool save(QPointer<QWidget> w, const QString &dir, const QString &name, const QString &suffix, int *count)
{
    settle();
    if (!w)
        return false;
    const bool ok = w->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, suffix)));
    *count += ok ? 1 : 0;
    return ok;
}
} // namespace

int ScreenshotTour::run(MainWindow &window, const QString &directory, const QString &suffix)
{
    QDir().mkpath(directory);
    int count = 0;
    window.showPage(MainWindow::Page::Today);
    save(&window, directory, QStringLiteral("today"), suffix, &count);

    window.showPage(MainWindow::Page::Cases);
    window.caseTabs()->setCurrentIndex(0);
    window.caseList()->model()->waitUntilLoaded();
    save(&window, directory, QStringLiteral("cases"), suffix, &count);
    window.caseList()->searchField()->setText(QStringLiteral("王"));
    window.caseList()->applyFilterNow();
    window.caseList()->model()->waitUntilLoaded();
    save(&window, directory, QStringLiteral("cases-search"), suffix, &count);
    window.caseList()->searchField()->clear();
    window.caseList()->applyFilterNow();

    // An open case with a household visit to show, else the first case.
    CaseListModel *model = window.caseList()->model();
    CaseFilter open;
    open.state = QStringLiteral("investigating");
    model->setFilter(open);
    model->waitUntilLoaded();
    if (model->rowCount() == 0) {
        model->setFilter(CaseFilter{});
        model->waitUntilLoaded();
    }
    if (model->rowCount() > 0) {
        auto *view = qobject_cast<CaseView *>(window.openCase(model->caseIdAt(0)));
        if (view) {
            view->sections()->setCurrentIndex(CaseView::MembersSection);
            save(&window, directory, QStringLiteral("case-members"), suffix, &count);
            view->sections()->setCurrentIndex(CaseView::EligibilitySection);
            save(&window, directory, QStringLiteral("case-eligibility"), suffix, &count);
            view->sections()->setCurrentIndex(CaseView::HistorySection);
            save(&window, directory, QStringLiteral("case-history"), suffix, &count);
            if (!view->availableTransitions().isEmpty()) {
                // The tour never changes the database: it asks the core only for a step it must refuse (finishing
                // an investigation without a visit), to show the refusal; any other step is shown unanswered.
                const bool refusable = view->availableTransitions().contains(QStringLiteral("finish_investigation"))
                    && view->tableModels().at(4)->rowCount() == 0;
                const QString t = refusable ? QStringLiteral("finish_investigation") : view->availableTransitions().first();
                QPointer<TransitionDialog> dialog = view->startTransition(t);
                if (refusable)
                    dialog->accept();
                if (dialog) {
                    save(dialog.data(), directory, QStringLiteral("case-action"), suffix, &count);
                    dialog->close();
                }
            }
            QPointer<VisitDialog> visit = view->startVisit();
            save(visit.data(), directory, QStringLiteral("visit"), suffix, &count);
            if (visit)
                visit->close();
        }
    }
    // Every other page of the navigation this role sees, named after its class (MeetingPage -> page-meeting).
    for (int row = 2; row < window.navigation()->count(); ++row) {
        window.navigation()->setCurrentRow(row);
        settle();
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QWidget *page = pages ? pages->currentWidget() : nullptr;
        if (!page)
            continue;
        // 统计 counts its month off the UI thread on its first show: the picture shows the figures, not the wait.
        if (auto *statistics = qobject_cast<StatisticsPage *>(page)) {
            for (int waited = 0; statistics->counting() && waited < 20000; waited += 10) {
                QApplication::processEvents();
                QThread::msleep(10);
            }
        }
        QString name = QString::fromLatin1(page->metaObject()->className()).section(QStringLiteral("::"), -1);
        if (name.endsWith(QLatin1String("Page")))
            name.chop(4);
        QString kebab;
        for (const QChar c : std::as_const(name)) {
            if (c.isUpper() && !kebab.isEmpty())
                kebab += QLatin1Char('-');
            kebab += c.toLower();
        }
        save(&window, directory, QStringLiteral("page-") + kebab, suffix, &count);
    }
    window.showPage(MainWindow::Page::Cases);
    window.caseList()->applyFilterNow();
    model->waitUntilLoaded();
    if (IntakeForm *form = qobject_cast<IntakeForm *>(window.newApplication())) {
        form->memberNameField()->setText(QStringLiteral("张秀英"));
        form->memberIdField()->setText(QStringLiteral("53060219800315001X"));
        form->memberIdField()->check();
        form->scrollTo(form->addMemberButton());
        save(&window, directory, QStringLiteral("intake"), suffix, &count);
        form->memberNameField()->clear();
        form->memberIdField()->clear();
        form->memberIdField()->clearState();
    }
    return count;
}

} // namespace dibao
