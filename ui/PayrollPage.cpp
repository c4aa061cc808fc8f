#include "PayrollPage.h"

#include "CaseworkCommon.h"
#include "DisplayText.h"
#include "PayrollWorker.h"
#include "TextTableModel.h"
#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "payroll/PayrollService.h"
#include "store/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
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

    connect(m_preview, &QPushButton::clicked, this, &PayrollPage::previewClicked);
    connect(m_issue, &QPushButton::clicked, this, &PayrollPage::issueClicked);
    connect(m_export, &QPushButton::clicked, this, &PayrollPage::exportClicked);

    m_worker = new PayrollWorker(session.db().path(), session.actor());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("payroll-worker"));
    m_thread.start();
    retranslate();
    showRoll();
}

PayrollPage::~PayrollPage()
{
    // Issuing still running rolls back at its next step; the thread ends once the work returns.
    if (m_cancel)
        m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

template <typename Work, typename Done>
void PayrollPage::run(Job job, const QString &label, Work work, Done done)
{
    m_job = job;
    m_lastStatus = Status();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    connect(dialog, &QProgressDialog::canceled, this, &PayrollPage::cancelWork);
    m_progress = dialog;
    updateButtons();
    // The page outlives every job: its destructor waits for the worker thread, so `this` is valid in both lambdas
    // (and a call posted to a page being destroyed is dropped with it).
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, cancel = m_cancel, work = std::move(work),
                                         done = std::move(done)]() mutable {
        auto result = std::make_shared<decltype(work(*worker, cancel))>(work(*worker, cancel));
        QMetaObject::invokeMethod(this, [result, done = std::move(done)]() mutable { done(std::move(*result)); });
    });
}

void PayrollPage::finishWork(const Status &status)
{
    m_job = Job::None;
    m_lastStatus = status;
    if (m_progress) {
        m_progress->disconnect(this); // closing a progress dialog emits canceled()
        m_progress->close();
        m_progress->deleteLater();
    }
    m_progress = nullptr;
    updateButtons();
    const bool interactive = m_interactive;
    m_interactive = false;
    emit workFinished(status.ok(), status.ok() ? QString() : status.error().code,
                      status.ok() ? QString() : status.error().message);
    if (interactive && !status.ok() && status.error().code != QLatin1String("cancelled"))
        QMessageBox::warning(this, tr("Payroll"), status.error().message);
}

void PayrollPage::cancelWork()
{
    if (!busy() || !m_cancel)
        return;
    m_cancel->store(true);
    m_summary->setText(tr("Cancelling…"));
}

bool PayrollPage::waitForWork(int timeoutMs)
{
    if (!busy())
        return true;
    QEventLoop loop;
    connect(this, &PayrollPage::workFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !busy();
}

namespace {
Error stillWorking()
{
    return makeError(ErrorKind::Conflict, QStringLiteral("payroll_busy"),
                     PayrollPage::tr("The payroll is still working on the last request."));
}
} // namespace

void PayrollPage::showResult(Result<PayrollRoll> roll, bool clearOnError)
{
    if (!roll) {
        if (clearOnError)
            m_roll = PayrollRoll{};
        showRoll();
        if (clearOnError)
            m_summary->setText(roll.error().message);
        finishWork(roll.error());
        return;
    }
    m_roll = std::move(*roll);
    showRoll();
    finishWork({});
}

bool PayrollPage::startPreview()
{
    if (busy())
        return false;
    const QDate month = m_month->date();
    run(Job::Preview, tr("Computing the roll…"), [month](PayrollWorker &w, const auto &) { return w.preview(month); },
        [this](Result<PayrollRoll> roll) {
            if (cancelRequested()) {
                showRoll(); // the roll shown before stays
                finishWork(makeError(ErrorKind::Invalid, QStringLiteral("cancelled"), tr("The preview was cancelled.")));
                return;
            }
            showResult(std::move(roll), true);
        });
    return true;
}

bool PayrollPage::startIssue()
{
    if (busy())
        return false;
    const QDate month = m_month->date();
    run(Job::Issue, tr("Issuing the roll…"),
        [this, month](PayrollWorker &w, const std::shared_ptr<std::atomic_bool> &cancel) {
            return w.issue(month, [this, cancel](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(this, [this, done, total] {
                    if (m_progress && m_job == Job::Issue) {
                        m_progress->setMaximum(int(total));
                        m_progress->setValue(int(done));
                    }
                });
                return !cancel->load();
            });
        },
        [this](Result<PayrollRoll> roll) {
            // A cancel that came after the commit is too late: the roll is issued and shown as such. A refusal
            // leaves the preview shown.
            showResult(std::move(roll), false);
        });
    return true;
}

bool PayrollPage::startExport(const QString &directory)
{
    if (busy())
        return false;
    PayrollExportOptions options;
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    run(Job::Export, tr("Writing the bank file and the workbook…"),
        [roll = m_roll, directory, options](PayrollWorker &w, const auto &) {
            return w.exportTo(roll, directory, options);
        },
        [this](Result<PayrollExportFiles> files) {
            if (files && cancelRequested()) {
                // Each file was written whole (QSaveFile); cancelled, neither is kept.
                QFile::remove(files->bankFile);
                QFile::remove(files->workbook);
                finishWork(makeError(ErrorKind::Invalid, QStringLiteral("cancelled"),
                                     tr("The export was cancelled: no file was kept.")));
                return;
            }
            m_lastFiles = files ? *files : PayrollExportFiles{};
            const bool announce = m_interactive && files.ok();
            finishWork(files ? Status() : Status(files.error()));
            if (announce)
                QMessageBox::information(this, tr("Export"),
                                         tr("Written:\n%1\n%2").arg(QDir::toNativeSeparators(m_lastFiles.bankFile),
                                                                    QDir::toNativeSeparators(m_lastFiles.workbook)));
        });
    return true;
}

Status PayrollPage::load()
{
    if (!startPreview())
        return stillWorking();
    waitForWork();
    return busy() ? Status(stillWorking()) : m_lastStatus;
}

Status PayrollPage::issue()
{
    if (!startIssue())
        return stillWorking();
    waitForWork();
    return busy() ? Status(stillWorking()) : m_lastStatus;
}

Result<PayrollExportFiles> PayrollPage::exportTo(const QString &directory)
{
    if (!startExport(directory))
        return stillWorking();
    waitForWork();
    if (busy())
        return stillWorking();
    if (!m_lastStatus)
        return m_lastStatus.error();
    return m_lastFiles;
}

void PayrollPage::updateButtons()
{
    const bool idle = !busy();
    const bool has = m_roll.month.isValid();
    m_month->setEnabled(idle);
    m_preview->setEnabled(idle);
    m_issue->setEnabled(idle && has && m_roll.canIssue());
    m_export->setEnabled(idle && has);
}

void PayrollPage::showRoll()
{
    const bool has = m_roll.month.isValid();
    updateButtons();
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
    if (startIssue())
        m_interactive = true;
}

void PayrollPage::previewClicked()
{
    if (startPreview())
        m_interactive = true;
}

void PayrollPage::exportClicked()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the bank file and the workbook to"),
                                                          QDir::homePath());
    if (dir.isEmpty())
        return;
    if (startExport(dir))
        m_interactive = true;
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
