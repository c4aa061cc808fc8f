#include "PayrollPage.h"

#include "CaseworkCommon.h"
#include "DisplayText.h"
#include "TextTableModel.h"
#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "payroll/PayrollService.h"
#include "store/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dibao {

namespace {
QString changeText(const QString &kind)
{
    if (kind == PayrollChangeKind::New)
        return PayrollPage::tr("new");
    if (kind == PayrollChangeKind::Raised)
        return PayrollPage::tr("raised");
    if (kind == PayrollChangeKind::Lowered)
        return PayrollPage::tr("lowered");
    if (kind == PayrollChangeKind::ShareReduced)
        return PayrollPage::tr("individual share reduced");
    if (kind == PayrollChangeKind::Stopped)
        return PayrollPage::tr("stopped");
    if (kind == PayrollChangeKind::CarriedOnly)
        return PayrollPage::tr("carried or adjusted only");
    if (kind == PayrollChangeKind::Same)
        return PayrollPage::tr("same");
    return kind;
}

QString areaText(const QString &area)
{
    if (area == QLatin1String("urban"))
        return PayrollPage::tr("urban");
    if (area == QLatin1String("rural"))
        return PayrollPage::tr("rural");
    return area;
}

// The account as the screen shows it: the last four digits only (the full number goes to the bank file).
QString maskedAccount(const QString &account)
{
    if (account.isEmpty())
        return PayrollPage::tr("none: held");
    return QStringLiteral("…") + account.right(4);
}
} // namespace

PayrollPage::PayrollPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("payrollPage"));
    m_monthLabel = new QLabel(this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("payrollMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    const QDate today = chinaToday();
    m_month->setDate(QDate(today.year(), today.month(), 1));
    m_monthLabel->setBuddy(m_month);
    m_preview = new QPushButton(this);
    m_issue = new QPushButton(this);
    m_issue->setObjectName(QStringLiteral("issuePayroll"));
    m_encodingLabel = new QLabel(this);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(QStringLiteral("GB18030"), int(TextEncoding::Gb18030));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encodingLabel->setBuddy(m_encoding);
    m_export = new QPushButton(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("payrollSummary"));
    m_summary->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_totals = new TextTableModel(this);
    m_lines = new TextTableModel(this);
    m_changes = new TextTableModel(this);
    m_problems = new TextTableModel(this);
    m_tabs->addTab(CaseworkCommon::readOnlyTable(m_totals, m_tabs, QStringLiteral("payrollTotals"), QAbstractItemView::ExtendedSelection), QString());
    m_tabs->addTab(CaseworkCommon::readOnlyTable(m_lines, m_tabs, QStringLiteral("payrollLines"), QAbstractItemView::ExtendedSelection), QString());
    m_tabs->addTab(CaseworkCommon::readOnlyTable(m_changes, m_tabs, QStringLiteral("payrollChanges"), QAbstractItemView::ExtendedSelection), QString());
    m_tabs->addTab(CaseworkCommon::readOnlyTable(m_problems, m_tabs, QStringLiteral("payrollProblems"), QAbstractItemView::ExtendedSelection), QString());

    auto *top = new QHBoxLayout;
    top->addWidget(m_monthLabel);
    top->addWidget(m_month);
    top->addWidget(m_preview);
    top->addWidget(m_issue);
    top->addStretch(1);
    top->addWidget(m_encodingLabel);
    top->addWidget(m_encoding);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_preview, &QPushButton::clicked, this, [this] {
        const Status st = load();
        if (!st.ok())
            QMessageBox::warning(this, tr("Payroll"), st.error().message);
    });
    connect(m_issue, &QPushButton::clicked, this, &PayrollPage::issueClicked);
    connect(m_export, &QPushButton::clicked, this, &PayrollPage::exportClicked);
    retranslate();
    showRoll();
}

Status PayrollPage::load()
{
    PayrollService payroll(m_session);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto roll = payroll.preview(m_month->date());
    QApplication::restoreOverrideCursor();
    if (!roll) {
        m_roll = PayrollRoll{};
        showRoll();
        m_summary->setText(roll.error().message);
        return roll.error();
    }
    m_roll = *roll;
    showRoll();
    return {};
}

Status PayrollPage::issue()
{
    PayrollService payroll(m_session);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto roll = payroll.issue(m_month->date());
    QApplication::restoreOverrideCursor();
    if (!roll)
        return roll.error();
    m_roll = *roll;
    showRoll();
    return {};
}

Result<PayrollExportFiles> PayrollPage::exportTo(const QString &directory)
{
    PayrollExportOptions options;
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    return exportPayroll(m_roll, directory, options);
}

void PayrollPage::showRoll()
{
    const bool has = m_roll.month.isValid();
    m_issue->setEnabled(has && m_roll.canIssue());
    m_export->setEnabled(has);
    const DivisionRegistry &registry = DivisionRegistry::instance();
    if (!has) {
        m_summary->setText(tr("Choose a month and preview its roll."));
    } else {
        const QString month = QStringLiteral("%1-%2").arg(m_roll.month.year()).arg(m_roll.month.month(), 2, 10,
                                                                                   QLatin1Char('0'));
        QString text = m_roll.issued ? tr("Roll of %1, issued on %2 by %3 (locked).")
                                           .arg(month, DisplayText::date(m_roll.issuedOn), m_roll.issuedBy)
                                     : tr("Preview of %1: not issued.").arg(month);
        text += QLatin1Char(' ')
            + tr("%n household(s), %1 yuan; to the bank %2 yuan; held (no account): %3.", nullptr,
                 m_roll.total.households)
                  .arg(DisplayText::yuan(m_roll.total.amount), DisplayText::yuan(m_roll.bankTotal.amount))
                  .arg(m_roll.heldCount);
        if (!m_roll.problems.isEmpty())
            text += QLatin1Char(' ') + tr("%n problem(s) to resolve first.", nullptr, int(m_roll.problems.size()));
        m_summary->setText(text);
    }

    QList<TextTableModel::Row> totals;
    auto addTotals = [&](const QString &group, const QMap<QString, PayrollTotal> &map, auto name) {
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            totals << TextTableModel::Row{{group, name(it.key()), QString::number(it.value().households),
                                           DisplayText::yuan(it.value().amount)},
                                          it.key(), QString(), false};
    };
    addTotals(tr("Township"), m_roll.byTownship, [&](const QString &k) { return registry.name(k); });
    addTotals(tr("Area"), m_roll.byArea, [](const QString &k) { return areaText(k); });
    addTotals(tr("Tier"), m_roll.byTier, [](const QString &k) { return k.isEmpty() ? tr("no tier (gap)") : k; });
    if (has)
        totals << TextTableModel::Row{{tr("Total"), QString(), QString::number(m_roll.total.households),
                                       DisplayText::yuan(m_roll.total.amount)},
                                      QString(), QString(), true};
    m_totals->setRows(totals);

    QList<TextTableModel::Row> lines;
    lines.reserve(m_roll.lines.size());
    for (const PayrollLine &l : m_roll.lines)
        lines << TextTableModel::Row{{registry.name(l.divisionCode), l.villageName, l.payeeName,
                                      QString::number(l.members), l.tier, DisplayText::yuan(l.baseAmount),
                                      DisplayText::yuan(l.adjustmentAmount + l.carriedAmount),
                                      DisplayText::yuan(l.amount), maskedAccount(l.bankAccount),
                                      changeText(l.changeKind)},
                                     l.householdId, QString(), l.held};
    m_lines->setRows(lines);

    QList<TextTableModel::Row> changes;
    for (const PayrollChange &c : m_roll.changes)
        changes << TextTableModel::Row{{registry.name(c.divisionCode), c.villageName, c.payeeName, changeText(c.kind),
                                        DisplayText::yuan(c.previousAmount), DisplayText::yuan(c.amount), c.note},
                                       c.householdId, QString(), false};
    m_changes->setRows(changes);

    QList<TextTableModel::Row> problems;
    for (const PayrollProblem &p : m_roll.problems)
        problems << TextTableModel::Row{{p.text, p.blocksIssue ? tr("blocks issuing") : tr("warning")},
                                        p.householdId, QString(), p.blocksIssue};
    m_problems->setRows(problems);
}

void PayrollPage::issueClicked()
{
    if (!m_roll.month.isValid() || !m_roll.canIssue())
        return;
    const QString month = QStringLiteral("%1-%2").arg(m_roll.month.year()).arg(m_roll.month.month(), 2, 10,
                                                                               QLatin1Char('0'));
    if (QMessageBox::question(this, tr("Issue the roll"),
                              tr("Issue the roll of %1: %n household(s), %2 yuan? Issuing locks it; corrections go "
                                 "into a later month as adjustments.",
                                 nullptr, m_roll.total.households)
                                  .arg(month, DisplayText::yuan(m_roll.total.amount)))
        != QMessageBox::Yes)
        return;
    const Status st = issue();
    if (!st.ok())
        QMessageBox::warning(this, tr("Issue the roll"), st.error().message);
}

void PayrollPage::exportClicked()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the bank file and the workbook to"),
                                                          QDir::homePath());
    if (dir.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto files = exportTo(dir);
    QApplication::restoreOverrideCursor();
    if (!files) {
        QMessageBox::warning(this, tr("Export"), files.error().message);
        return;
    }
    QMessageBox::information(this, tr("Export"),
                             tr("Written:\n%1\n%2").arg(QDir::toNativeSeparators(files->bankFile),
                                                        QDir::toNativeSeparators(files->workbook)));
}

void PayrollPage::retranslate()
{
    m_monthLabel->setText(tr("&Month:"));
    m_preview->setText(tr("Pre&view"));
    m_issue->setText(tr("&Issue…"));
    m_encodingLabel->setText(tr("Bank file &encoding:"));
    m_export->setText(tr("&Export bank file and workbook…"));
    m_tabs->setTabText(0, tr("Totals"));
    m_tabs->setTabText(1, tr("Lines"));
    m_tabs->setTabText(2, tr("Changes against last month"));
    m_tabs->setTabText(3, tr("Problems"));
    m_totals->setHeaders({tr("By"), tr("Group"), tr("Households"), tr("Amount (yuan)")});
    m_lines->setHeaders({tr("Township"), tr("Village"), tr("Payee"), tr("Members"), tr("Tier"), tr("Allowance"),
                         tr("Adjusted / carried"), tr("Amount (yuan)"), tr("Account"), tr("Change")});
    m_changes->setHeaders({tr("Township"), tr("Village"), tr("Payee"), tr("Change"), tr("Last month"),
                           tr("This month"), tr("Note")});
    m_problems->setHeaders({tr("Problem"), tr("Effect")});
    showRoll();
}

void PayrollPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dibao
