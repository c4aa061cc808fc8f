#include "InspectionPage.h"

#include "InspectionDocument.h"
#include "PrintDocuments.h"
#include "TextTableModel.h"
#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "store/Session.h"
#include "supervision/FundReport.h"
#include "workflow/CaseStates.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dibao {

InspectionPage::InspectionPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("inspectionTownship"));
    const DivisionRegistry &divisions = DivisionRegistry::instance();
    if (session.isCounty()) {
        for (const Division &d : divisions.townshipsOf(session.divisionCode()))
            m_township->addItem(d.code + QLatin1Char(' ') + d.name, d.code);
    } else {
        m_township->addItem(session.divisionCode() + QLatin1Char(' ') + divisions.name(session.divisionCode()),
                            session.divisionCode());
    }
    const QDate today = chinaToday();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
    }
    m_build = new QPushButton(this);
    m_xlsx = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_print = new QPushButton(this);
    m_fund = new QPushButton(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("inspectionSummary"));
    m_summary->setWordWrap(true);
    m_clocks = new TextTableModel(this);
    m_cases = new TextTableModel(this);
    m_flags = new TextTableModel(this);
    m_decisions = new TextTableModel(this);
    auto *tabs = m_tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("inspectionTabs"));
    for (TextTableModel *m : {m_clocks, m_cases, m_flags, m_decisions}) {
        auto *view = new QTableView(tabs);
        view->setModel(m);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setAlternatingRowColors(true);
        tabs->addTab(view, QString());
        m_views << view;
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(16);
    top->addWidget(m_township, 1);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(m_build);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_xlsx);
    actions->addWidget(m_pdf);
    actions->addWidget(m_print);
    actions->addWidget(m_fund);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(tabs, 1);

    connect(m_build, &QPushButton::clicked, this, &InspectionPage::build);
    connect(m_xlsx, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the inspection report"),
                                                          tr("inspection.xlsx"), tr("Workbook (*.xlsx)"));
        if (!path.isEmpty())
            exportXlsx(path);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the inspection report as PDF"),
                                                          tr("inspection.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_built || build())
            PrintDocuments::preview(InspectionDocument::html(m_report, m_session.actor().displayName), this);
    });
    connect(m_fund, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString month = QInputDialog::getText(this, tr("Fund report"), tr("Month (YYYY-MM):"), QLineEdit::Normal,
                                                    isoMonth(firstOfMonth(chinaToday())), &ok);
        if (!ok || !parseIsoMonth(month).isValid())
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the fund report"),
                                                          tr("fund-report-%1.xlsx").arg(month), tr("Workbook (*.xlsx)"));
        if (!path.isEmpty())
            exportFundReport(parseIsoMonth(month), path);
    });
    retranslate();
}

void InspectionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_built)
            fillTables();
    }
    QWidget::changeEvent(event);
}

void InspectionPage::retranslate()
{
    m_title->setText(tr("Inspection"));
    m_build->setText(tr("Build the report"));
    m_xlsx->setText(tr("Workbook (.xlsx)..."));
    m_pdf->setText(tr("PDF..."));
    m_print->setText(tr("Print preview"));
    m_fund->setText(tr("Fund report..."));
    m_tabs->setTabText(0, tr("Clocks"));
    m_tabs->setTabText(1, tr("Cases without visits"));
    m_tabs->setTabText(2, tr("Unresolved"));
    m_tabs->setTabText(3, tr("Decisions"));
    m_clocks->setHeaders({tr("Clock"), tr("Kept"), tr("Done late"), tr("Overdue, open")});
    m_cases->setHeaders({tr("Applicant"), tr("Village"), tr("State"), tr("Missing"), tr("Ground")});
    m_flags->setHeaders({tr("Source"), tr("Kind"), tr("Record"), tr("Detail"), tr("Since")});
    m_decisions->setHeaders({tr("Decided by"), tr("Decision"), tr("Cases")});
}

bool InspectionPage::build()
{
    InspectionReports reports(m_session);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto r = reports.compute(m_township->currentData().toString(), m_from->date(), m_to->date());
    QApplication::restoreOverrideCursor();
    if (!r) {
        m_summary->setText(r.error().message);
        return false;
    }
    m_report = *r;
    m_built = true;
    fillTables();
    return true;
}

void InspectionPage::fillTables()
{
    QList<TextTableModel::Row> clocks;
    for (const InspectionClock &c : m_report.clocks)
        clocks << TextTableModel::Row{{c.clock, QString::number(c.kept), QString::number(c.missedLate),
                                       QString::number(c.missedOpen)},
                                      c.clock, QString(), c.missedLate + c.missedOpen > 0};
    m_clocks->setRows(clocks);
    QList<TextTableModel::Row> cases;
    for (const InspectionCase &c : m_report.casesWithoutVisits)
        cases << TextTableModel::Row{{c.applicantName, c.villageName, CaseState::displayName(c.state),
                                      InspectionReports::missingText(c.missing), InspectionReports::groundText(c.ground)},
                                     c.caseId, c.caseId, true};
    m_cases->setRows(cases);
    QList<TextTableModel::Row> flags;
    for (const InspectionFlag &f : m_report.unresolved)
        flags << TextTableModel::Row{{f.source == QLatin1String("conflict") ? tr("Sync conflict") : tr("Sync flag"),
                                      f.kind, f.entity + QLatin1Char(' ') + f.entityId, f.detail.left(200), f.at},
                                     f.entityId, f.detail, false};
    m_flags->setRows(flags);
    QList<TextTableModel::Row> decisions;
    for (const InspectionDecision &d : m_report.decisions)
        decisions << TextTableModel::Row{{d.decidedBy, d.decision, QString::number(d.count)}, d.decidedBy, {}, false};
    m_decisions->setRows(decisions);
    m_summary->setText(tr("%1 %2: clocks kept %3, missed %4; cases without a required visit %5; unresolved %6.")
                           .arg(m_report.townshipCode, m_report.townshipName)
                           .arg(m_report.clocksKept())
                           .arg(m_report.clocksMissed())
                           .arg(m_report.casesWithoutVisits.size())
                           .arg(m_report.unresolved.size()));
}

bool InspectionPage::exportXlsx(const QString &path)
{
    if (!m_built && !build())
        return false;
    const Status st = InspectionReports::writeXlsx(m_report, path);
    m_summary->setText(st.ok() ? tr("Wrote %1").arg(path) : st.error().message);
    return st.ok();
}

bool InspectionPage::exportPdf(const QString &path)
{
    if (!m_built && !build())
        return false;
    QString error;
    const bool ok = PrintDocuments::toPdf(InspectionDocument::html(m_report, m_session.actor().displayName), path, &error);
    m_summary->setText(ok ? tr("Wrote %1").arg(path) : error);
    return ok;
}

bool InspectionPage::exportFundReport(const QDate &month, const QString &path)
{
    FundReports reports(m_session);
    auto r = reports.compute(month);
    if (!r) {
        m_summary->setText(r.error().message);
        return false;
    }
    const QString division = DivisionRegistry::instance().fullName(m_session.divisionCode());
    const Status st = FundReports::writeXlsx(*r, division.isEmpty() ? m_session.divisionCode() : division, path);
    m_summary->setText(st.ok() ? tr("Wrote %1").arg(path) : st.error().message);
    return st.ok();
}

} // namespace dibao
