#include "VerificationPage.h"

#include "ActionDialog.h"
#include "CaseworkCommon.h"
#include "DisplayText.h"
#include "NoticeCandidateModel.h"
#include "SessionTask.h"
#include "TextTableModel.h"
#include "VerificationReportPdf.h"
#include "common/ChinaDate.h"
#include "domain/Division.h"
#include "io/ColumnMapping.h"
#include "io/TabularMapper.h"
#include "io/TabularSource.h"
#include "policy/WorkingCalendar.h"
#include "store/Session.h"
#include "verification/Departments.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace dibao {

namespace {
QString statusText(const QString &status)
{
    if (status == QLatin1String("pending")) return VerificationPage::tr("Requested, not started");
    if (status == QLatin1String("in_progress")) return VerificationPage::tr("In progress");
    if (status == QLatin1String("completed")) return VerificationPage::tr("Completed");
    return status;
}

QString matchText(const QString &match)
{
    return match == FindingMatch::NameMismatch ? VerificationPage::tr("Other name on the ID number")
                                               : VerificationPage::tr("ID number and name agree");
}

QLineEdit *fileLine(QWidget *parent, const char *name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}
} // namespace

VerificationPage::VerificationPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("verificationPage"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_summary = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("verificationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_reload = new QPushButton(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("verificationTabs"));
    m_requests = new TextTableModel(this);
    m_findings = new TextTableModel(this);
    m_preview = new TextTableModel(this);
    m_problems = new TextTableModel(this);
    m_roster = new TextTableModel(this);
    m_rosterProblems = new TextTableModel(this);
    // The verification tabs for those who verify; the roster for those who import households (the core decides
    // again, and writes a roster only for the confirming authority).
    if (session.require(Action::Verify).ok()) {
        m_requestsTab = buildRequestsTab();
        m_batchTab = buildBatchTab();
        m_findingsTab = buildFindingsTab();
        m_tabs->addTab(m_requestsTab, QString());
        m_tabs->addTab(m_batchTab, QString());
        m_tabs->addTab(m_findingsTab, QString());
    }
    if (session.require(Action::ImportHouseholds).ok()) {
        m_rosterTab = buildRosterTab();
        m_tabs->addTab(m_rosterTab, QString());
    }
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    top->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    connect(m_reload, &QPushButton::clicked, this, &VerificationPage::reload);
    retranslate(); // loads
}

QWidget *VerificationPage::buildRequestsTab()
{
    auto *tab = new QWidget(this);
    m_requestView = CaseworkCommon::readOnlyTable(m_requests, tab, QStringLiteral("verificationRequests"));
    m_start = new QPushButton(tab);
    m_start->setObjectName(QStringLiteral("verificationStart"));
    m_complete = new QPushButton(tab);
    m_complete->setObjectName(QStringLiteral("verificationComplete"));
    m_report = new QPushButton(tab);
    m_report->setObjectName(QStringLiteral("verificationReport"));
    m_openCase = new QPushButton(tab);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_complete);
    buttons->addStretch(1);
    buttons->addWidget(m_report);
    buttons->addWidget(m_openCase);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_requestView, 1);
    layout->addLayout(buttons);
    connect(m_requestView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VerificationPage::updateButtons);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const Status st = startPending(); !st)
            QMessageBox::warning(this, tr("Start verification"), st.error().message);
    });
    connect(m_complete, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Complete"),
                                  tr("Complete this verification? Its household's members are no longer matched "
                                     "against department data afterwards."))
            != QMessageBox::Yes)
            return;
        if (const Status st = completeCurrent(); !st)
            QMessageBox::warning(this, tr("Complete"), st.error().message);
    });
    connect(m_report, &QPushButton::clicked, this, &VerificationPage::askReport);
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        if (!currentCaseId().isEmpty())
            emit openCaseRequested(currentCaseId());
    });
    connect(m_requestView, &QTableView::doubleClicked, this, [this] {
        if (!currentCaseId().isEmpty())
            emit openCaseRequested(currentCaseId());
    });
    return tab;
}

QWidget *VerificationPage::buildBatchTab()
{
    auto *tab = new QWidget(this);
    m_batchNote = new QLabel(tab);
    m_batchNote->setWordWrap(true);
    m_departmentLabel = new QLabel(tab);
    m_department = new QComboBox(tab);
    m_department->setObjectName(QStringLiteral("verificationDepartment"));
    m_departmentLabel->setBuddy(m_department);
    m_mappingLabel = new QLabel(tab);
    m_mapping = fileLine(tab, "verificationMapping");
    m_mappingLabel->setBuddy(m_mapping);
    m_mappingBrowse = new QPushButton(tab);
    m_dataLabel = new QLabel(tab);
    m_data = fileLine(tab, "verificationData");
    m_dataLabel->setBuddy(m_data);
    m_dataBrowse = new QPushButton(tab);
    m_previewButton = new QPushButton(tab);
    m_previewButton->setObjectName(QStringLiteral("verificationPreview"));
    m_importButton = new QPushButton(tab);
    m_importButton->setObjectName(QStringLiteral("verificationImport"));
    m_batchResult = new QLabel(tab);
    m_batchResult->setObjectName(QStringLiteral("verificationBatchResult"));
    m_batchResult->setWordWrap(true);
    m_previewView = CaseworkCommon::readOnlyTable(m_preview, tab, QStringLiteral("verificationPreviewTable"));
    m_problemView = CaseworkCommon::readOnlyTable(m_problems, tab, QStringLiteral("verificationProblems"));

    auto *form = new QFormLayout;
    form->addRow(m_departmentLabel, m_department);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mapping, 1);
    mappingRow->addWidget(m_mappingBrowse);
    form->addRow(m_mappingLabel, mappingRow);
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_data, 1);
    dataRow->addWidget(m_dataBrowse);
    form->addRow(m_dataLabel, dataRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch(1);
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(m_previewView);
    split->addWidget(m_problemView);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_batchNote);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_batchResult);
    layout->addWidget(split, 1);

    connect(m_mappingBrowse, &QPushButton::clicked, this, [this] {
        const QString p = browse(tr("Column mapping"), tr("Column mapping (*.json)"));
        if (!p.isEmpty())
            m_mapping->setText(p);
    });
    connect(m_dataBrowse, &QPushButton::clicked, this, [this] {
        const QString p = browse(tr("Department file"), tr("Tables (*.csv *.txt *.xlsx)"));
        if (!p.isEmpty())
            m_data->setText(p);
    });
    connect(m_previewButton, &QPushButton::clicked, this, [this] { (void)previewBatch(); });
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (const Status st = startBatchImport(); !st)
            QMessageBox::warning(this, tr("Import"), st.error().message);
    });
    return tab;
}

QWidget *VerificationPage::buildFindingsTab()
{
    auto *tab = new QWidget(this);
    m_openOnly = new QCheckBox(tab);
    m_openOnly->setChecked(true);
    m_findingView = CaseworkCommon::readOnlyTable(m_findings, tab, QStringLiteral("verificationFindings"));
    m_resolve = new QPushButton(tab);
    m_resolve->setObjectName(QStringLiteral("verificationResolve"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_openOnly);
    top->addStretch(1);
    top->addWidget(m_resolve);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_findingView, 1);
    connect(m_openOnly, &QCheckBox::toggled, this, &VerificationPage::reloadFindings);
    connect(m_findingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VerificationPage::updateButtons);
    connect(m_resolve, &QPushButton::clicked, this, &VerificationPage::askResolve);
    connect(m_findingView, &QTableView::activated, this, &VerificationPage::askResolve);
    return tab;
}

QWidget *VerificationPage::buildRosterTab()
{
    auto *tab = new QWidget(this);
    m_rosterNote = new QLabel(tab);
    m_rosterNote->setWordWrap(true);
    m_rosterMappingLabel = new QLabel(tab);
    m_rosterMapping = fileLine(tab, "rosterMapping");
    m_rosterMappingLabel->setBuddy(m_rosterMapping);
    m_rosterMappingBrowse = new QPushButton(tab);
    m_rosterDataLabel = new QLabel(tab);
    m_rosterData = fileLine(tab, "rosterData");
    m_rosterDataLabel->setBuddy(m_rosterData);
    m_rosterDataBrowse = new QPushButton(tab);
    m_rosterCheck = new QPushButton(tab);
    m_rosterCheck->setObjectName(QStringLiteral("rosterCheck"));
    m_rosterCommit = new QPushButton(tab);
    m_rosterCommit->setObjectName(QStringLiteral("rosterCommit"));
    m_rosterCommit->setEnabled(false);
    m_rosterResult = new QLabel(tab);
    m_rosterResult->setObjectName(QStringLiteral("rosterResult"));
    m_rosterResult->setWordWrap(true);
    m_rosterView = CaseworkCommon::readOnlyTable(m_roster, tab, QStringLiteral("rosterHouseholds"));
    m_rosterProblemView = CaseworkCommon::readOnlyTable(m_rosterProblems, tab, QStringLiteral("rosterProblems"));
    auto *form = new QFormLayout;
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_rosterMapping, 1);
    mappingRow->addWidget(m_rosterMappingBrowse);
    form->addRow(m_rosterMappingLabel, mappingRow);
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_rosterData, 1);
    dataRow->addWidget(m_rosterDataBrowse);
    form->addRow(m_rosterDataLabel, dataRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rosterCheck);
    buttons->addWidget(m_rosterCommit);
    buttons->addStretch(1);
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(m_rosterView);
    split->addWidget(m_rosterProblemView);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_rosterNote);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_rosterResult);
    layout->addWidget(split, 1);
    // Another file or mapping needs another dry run before anything is imported.
    for (QLineEdit *e : {m_rosterMapping, m_rosterData})
        connect(e, &QLineEdit::textChanged, this, [this] { m_rosterCommit->setEnabled(false); });
    connect(m_rosterMappingBrowse, &QPushButton::clicked, this, [this] {
        const QString p = browse(tr("Column mapping"), tr("Column mapping (*.json)"));
        if (!p.isEmpty())
            m_rosterMapping->setText(p);
    });
    connect(m_rosterDataBrowse, &QPushButton::clicked, this, [this] {
        const QString p = browse(tr("Roster"), tr("Tables (*.csv *.txt *.xlsx)"));
        if (!p.isEmpty())
            m_rosterData->setText(p);
    });
    connect(m_rosterCheck, &QPushButton::clicked, this, [this] {
        if (const Status st = startRoster(true); !st)
            QMessageBox::warning(this, tr("Roster"), st.error().message);
    });
    connect(m_rosterCommit, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Roster"),
                                  tr("Import the %n household(s) checked, enrolled and marked migrated, in one "
                                     "transaction?",
                                     nullptr, int(m_lastRoster.households.size())))
            != QMessageBox::Yes)
            return;
        if (const Status st = startRoster(false); !st)
            QMessageBox::warning(this, tr("Roster"), st.error().message);
    });
    return tab;
}

QString VerificationPage::browse(const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(this, title, QDir::homePath(), filter);
}

void VerificationPage::fail(const Error &error)
{
    m_message->setText(error.message);
}

void VerificationPage::reload()
{
    if (!m_requestsTab)
        return;
    const QString keep = currentCaseId();
    VerificationStore store(m_session);
    auto items = store.requests();
    m_items = items ? *items : QList<VerificationRequest>();
    if (!items)
        fail(items.error());
    const WorkingCalendar calendar(m_session.policy());
    const QDate today = chinaToday();
    QList<TextTableModel::Row> rows;
    int pending = 0, late = 0, open = 0;
    for (const VerificationRequest &r : std::as_const(m_items)) {
        const bool waiting = r.status == QLatin1String("pending");
        const bool overdue = waiting && r.dueOn.isValid() && r.dueOn < today;
        pending += waiting ? 1 : 0;
        late += overdue ? 1 : 0;
        open += r.findingsOpen;
        QStringList departments;
        for (const QString &d : r.departments)
            departments << Department::displayName(d);
        const QString clock = waiting ? DisplayText::deadline(r.dueOn, QStringLiteral("verification_start"), today,
                                                              calendar)
                                      : tr("started %1").arg(DisplayText::date(r.startedOn));
        rows << TextTableModel::Row{{r.applicantName, DivisionRegistry::instance().name(r.divisionCode),
                                     DisplayText::date(r.requestedOn), DisplayText::date(r.dueOn), clock,
                                     statusText(r.status),
                                     tr("%1 (%2 open)").arg(r.findingsTotal).arg(r.findingsOpen),
                                     departments.join(QStringLiteral("、"))},
                                    r.caseId,
                                    QString(),
                                    overdue || r.findingsOpen > 0};
    }
    m_requests->setRows(rows);
    m_summary->setText(tr("%n request(s) · not started: %1 (late: %2) · open findings: %3", nullptr,
                          int(m_items.size()))
                           .arg(pending)
                           .arg(late)
                           .arg(open));
    m_requestView->resizeColumnsToContents();
    selectCase(keep);
    reloadFindings();
}

void VerificationPage::reloadFindings()
{
    if (!m_findingsTab)
        return;
    const QString keep = currentFindingId();
    VerificationStore store(m_session);
    auto items = store.findings(QString(), m_openOnly->isChecked());
    m_findingItems = items ? *items : QList<VerificationFinding>();
    if (!items)
        fail(items.error());
    QHash<QString, QString> applicants;
    for (const VerificationRequest &r : std::as_const(m_items))
        applicants.insert(r.caseId, r.applicantName);
    QList<TextTableModel::Row> rows;
    for (const VerificationFinding &f : std::as_const(m_findingItems)) {
        const bool open = f.status == QLatin1String("open");
        rows << TextTableModel::Row{
            {applicants.value(f.caseId), f.memberName, Department::displayName(f.department), QString::number(f.line),
             f.match == FindingMatch::NameMismatch ? tr("%1: %2").arg(matchText(f.match), f.recordName)
                                                   : matchText(f.match),
             VerificationReportPdf::recordText(f),
             open ? tr("Open") : tr("%1 (%2, %3)").arg(FindingResolutionKind::displayName(f.resolution), f.resolvedBy,
                                                      DisplayText::date(f.resolvedOn)),
             f.resolutionNote},
            f.id,
            QString(),
            open};
    }
    m_findings->setRows(rows);
    m_findingView->resizeColumnsToContents();
    selectFinding(keep);
}

void VerificationPage::selectCase(const QString &caseId)
{
    if (!m_requestView)
        return;
    for (int r = 0; r < m_items.size(); ++r)
        if (m_items.at(r).caseId == caseId) {
            m_requestView->setCurrentIndex(m_requests->index(r, 0));
            updateButtons();
            return;
        }
    m_requestView->setCurrentIndex(QModelIndex());
    updateButtons();
}

void VerificationPage::selectFinding(const QString &findingId)
{
    if (!m_findingView)
        return;
    for (int r = 0; r < m_findingItems.size(); ++r)
        if (m_findingItems.at(r).id == findingId) {
            m_findingView->setCurrentIndex(m_findings->index(r, 0));
            updateButtons();
            return;
        }
    m_findingView->setCurrentIndex(QModelIndex());
    updateButtons();
}

QString VerificationPage::currentCaseId() const
{
    const QModelIndex i = m_requestView ? m_requestView->currentIndex() : QModelIndex();
    return i.isValid() && i.row() < m_items.size() ? m_items.at(i.row()).caseId : QString();
}

QString VerificationPage::currentFindingId() const
{
    const QModelIndex i = m_findingView ? m_findingView->currentIndex() : QModelIndex();
    return i.isValid() && i.row() < m_findingItems.size() ? m_findingItems.at(i.row()).id : QString();
}

void VerificationPage::updateButtons()
{
    if (m_requestView) {
        const QModelIndex i = m_requestView->currentIndex();
        const VerificationRequest *r = i.isValid() && i.row() < m_items.size() ? &m_items.at(i.row()) : nullptr;
        m_complete->setEnabled(r && r->status == QLatin1String("in_progress"));
        m_report->setEnabled(r && r->status != QLatin1String("pending"));
        m_openCase->setEnabled(r != nullptr);
    }
    if (m_findingView) {
        const QModelIndex i = m_findingView->currentIndex();
        m_resolve->setEnabled(i.isValid() && i.row() < m_findingItems.size()
                              && m_findingItems.at(i.row()).status == QLatin1String("open"));
    }
    const bool idle = m_task == nullptr;
    if (m_importButton)
        m_importButton->setEnabled(idle);
    if (m_rosterCheck)
        m_rosterCheck->setEnabled(idle);
}

Status VerificationPage::startPending()
{
    VerificationStore store(m_session);
    auto started = store.startPending();
    if (!started) {
        fail(started.error());
        return started.error();
    }
    QStringList lines{tr("%n verification(s) started.", nullptr, int(started->started.size()))};
    for (const auto &[caseId, error] : std::as_const(started->refused))
        lines << tr("Not started: %1").arg(error.message);
    m_message->setText(started->refused.isEmpty() ? QString() : lines.join(QLatin1Char('\n')));
    reload();
    for (const QString &id : std::as_const(started->started))
        emit caseChanged(id);
    return {};
}

Status VerificationPage::completeCurrent()
{
    const QString id = currentCaseId();
    const Status st = VerificationStore(m_session).complete(id);
    if (!st) {
        fail(st.error());
        return st;
    }
    m_message->clear();
    reload();
    emit caseChanged(id);
    return {};
}

Status VerificationPage::writeReport(const QString &caseId, const QString &path)
{
    const Status st = VerificationReportPdf::write(m_session, caseId, path);
    if (!st)
        fail(st.error());
    return st;
}

void VerificationPage::askReport()
{
    const QString id = currentCaseId();
    if (id.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Verification report"),
                                                      QDir::home().filePath(QStringLiteral("verification-report.pdf")),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status st = writeReport(id, path); !st)
        QMessageBox::warning(this, tr("Verification report"), st.error().message);
}

void VerificationPage::showProblems(TextTableModel *model, const MappingReport &report)
{
    QList<TextTableModel::Row> rows;
    for (const RowError &e : report.errors)
        rows << TextTableModel::Row{{QString::number(e.line), e.column, e.message, e.code}, QString(), QString(), true};
    if (report.truncated)
        rows << TextTableModel::Row{{QString(), QString(), tr("More problems are not listed."), QString()},
                                    QString(), QString(), true};
    model->setRows(rows);
}

Status VerificationPage::previewBatch()
{
    auto mapping = ColumnMapping::loadFile(m_mapping->text().trimmed());
    if (!mapping) {
        fail(mapping.error());
        return mapping.error();
    }
    auto source = TabularSource::openFile(m_data->text().trimmed(), TabularMapper::sourceOptions(*mapping));
    if (!source) {
        fail(source.error());
        return source.error();
    }
    auto report = TabularMapper::preview(*source, *mapping, 20);
    if (!report) {
        fail(report.error());
        return report.error();
    }
    QStringList headers{tr("Line")};
    for (const FieldMapping &f : std::as_const(mapping->fields))
        headers << QStringLiteral("%1 (%2)").arg(f.field, f.header);
    m_preview->setHeaders(headers);
    QList<TextTableModel::Row> rows;
    for (const MappedRow &r : std::as_const(report->preview)) {
        QStringList cells{QString::number(r.line)};
        for (const QVariant &v : r.values)
            cells << (v.typeId() == QMetaType::QDate ? DisplayText::date(v.toDate()) : v.toString());
        rows << TextTableModel::Row{cells, QString(), QString(), false};
    }
    m_preview->setRows(rows);
    showProblems(m_problems, *report);
    m_message->clear();
    m_batchResult->setText(report->errors.isEmpty()
                               ? tr("The first %n row(s) read cleanly. Importing checks every row again; only rows "
                                    "matching an authorized member are kept.",
                                    nullptr, int(report->rowsRead))
                               : tr("Problems in the first rows: a file with any bad row is not imported."));
    return {};
}

Status VerificationPage::startBatchImport()
{
    if (m_task)
        return makeError(ErrorKind::Conflict, QStringLiteral("busy"), tr("An import is already running."));
    auto mapping = ColumnMapping::loadFile(m_mapping->text().trimmed());
    if (!mapping) {
        fail(mapping.error());
        return mapping.error();
    }
    DepartmentBatchOptions options;
    options.department = m_department->currentData().toString();
    options.mapping = *mapping;
    options.path = m_data->text().trimmed();
    options.on = chinaToday();
    auto result = std::make_shared<Result<DepartmentBatchResult>>(DepartmentBatchResult{});
    m_message->clear();
    m_batchResult->setText(tr("Importing…"));
    m_task = SessionTask::start(m_session, this,
                                tr("Streaming %1 against the authorized members…")
                                    .arg(QFileInfo(options.path).fileName()),
                                true, [options, result](Session &session, SessionTask &task) mutable {
                                    options.progress = [&task](qint64 rows) {
                                        task.setProgress(rows);
                                        return !task.cancelled();
                                    };
                                    *result = DepartmentBatchImport::run(session, options);
                                });
    connect(m_task, &SessionTask::finished, this, [this, result] {
        const QString openError = m_task->openError();
        m_task = nullptr;
        if (!openError.isEmpty())
            batchFinished(makeError(ErrorKind::Io, QStringLiteral("session_open"), openError));
        else
            batchFinished(*result);
    });
    updateButtons();
    return {};
}

void VerificationPage::batchFinished(const Result<DepartmentBatchResult> &result)
{
    updateButtons();
    if (!result) {
        fail(result.error());
        m_batchResult->setText(result.error().message);
        return;
    }
    m_lastBatch = *result;
    showProblems(m_problems, result->report);
    if (!result->stored) {
        m_batchResult->setText(tr("%n row(s) with problems: nothing was kept. Correct the file and import it again.",
                                  nullptr, int(result->report.rowsWithErrors)));
        return;
    }
    m_batchResult->setText(tr("%1: %2 rows read; %3 findings kept (%4 matching, %5 under another name), every other "
                              "row discarded.")
                               .arg(Department::displayName(m_department->currentData().toString()))
                               .arg(result->report.rowsRead)
                               .arg(result->matched + result->nameMismatch)
                               .arg(result->matched)
                               .arg(result->nameMismatch));
    reload();
}

Status VerificationPage::resolveFinding(const QString &findingId, const FindingResolution &resolution)
{
    QString caseId;
    for (const VerificationFinding &f : std::as_const(m_findingItems))
        if (f.id == findingId)
            caseId = f.caseId;
    const Status st = VerificationStore(m_session).resolve(findingId, resolution);
    if (!st) {
        fail(st.error());
        return st;
    }
    m_message->clear();
    reload();
    if (!caseId.isEmpty())
        emit caseChanged(caseId);
    return {};
}

void VerificationPage::askResolve()
{
    const QString id = currentFindingId();
    if (id.isEmpty() || !m_resolve->isEnabled())
        return;
    QList<QPair<QString, QString>> kinds;
    for (const QString &k : FindingResolutionKind::all())
        kinds.append({FindingResolutionKind::displayName(k), k});
    QList<QPair<QString, QString>> incomeKinds, assetKinds;
    for (const QString &k : DisplayText::incomeKinds())
        incomeKinds.append({DisplayText::incomeKind(k), k});
    for (const QString &k : DisplayText::assetKinds())
        assetKinds.append({DisplayText::assetKind(k), k});
    ActionDialog d(tr("Resolve the finding"),
                   tr("Say how the department's record bears on the case. Income or an asset is added to the "
                      "member's household file; a review brings an enrolled household's review forward to today."),
                   this);
    QComboBox *kind = d.addChoice(tr("&Resolution:"), kinds);
    QPlainTextEdit *note = d.addText(tr("&Note:"), true);
    QComboBox *incomeKind = d.addChoice(tr("&Income kind:"), incomeKinds);
    QLineEdit *incomeAmount = d.addYuan(tr("Income over the months (&yuan):"), false);
    const QDate month(chinaToday().year(), chinaToday().month(), 1);
    QDateEdit *from = d.addDate(tr("&From month:"), month.addMonths(-12));
    QDateEdit *to = d.addDate(tr("&To month:"), month.addMonths(-1));
    for (QDateEdit *e : {from, to})
        e->setDisplayFormat(QStringLiteral("yyyy-MM"));
    QComboBox *assetKind = d.addChoice(tr("&Asset kind:"), assetKinds);
    QLineEdit *subKind = d.addLine(tr("Asset &sub-kind:"), false);
    QLineEdit *assetValue = d.addYuan(tr("Asset &value (yuan):"), false);
    auto follow = [=] {
        const QString k = kind->currentData().toString();
        const bool income = k == FindingResolutionKind::IncomeAdded, asset = k == FindingResolutionKind::AssetAdded;
        for (QWidget *w : {static_cast<QWidget *>(incomeKind), static_cast<QWidget *>(incomeAmount),
                           static_cast<QWidget *>(from), static_cast<QWidget *>(to)})
            w->setEnabled(income);
        for (QWidget *w : {static_cast<QWidget *>(assetKind), static_cast<QWidget *>(subKind),
                           static_cast<QWidget *>(assetValue)})
            w->setEnabled(asset);
    };
    connect(kind, &QComboBox::currentIndexChanged, &d, follow);
    follow();
    d.addCheckRule([=] {
        const QString k = kind->currentData().toString();
        if (k == FindingResolutionKind::IncomeAdded && incomeAmount->text().trimmed().isEmpty())
            return tr("Enter the income found, in yuan over the months.");
        if (k == FindingResolutionKind::IncomeAdded && from->date() > to->date())
            return tr("The first month comes before the last.");
        if (k == FindingResolutionKind::AssetAdded && assetValue->text().trimmed().isEmpty())
            return tr("Enter the asset's value in yuan.");
        return QString();
    });
    if (!d.ask())
        return;
    FindingResolution res;
    res.kind = kind->currentData().toString();
    res.note = note->toPlainText().trimmed();
    if (res.kind == FindingResolutionKind::IncomeAdded) {
        res.income.kind = incomeKind->currentData().toString();
        res.income.amount = NoticeCandidateModel::parseYuan(incomeAmount->text().trimmed());
        res.income.fromMonth = QDate(from->date().year(), from->date().month(), 1);
        res.income.toMonth = QDate(to->date().year(), to->date().month(), 1);
    } else if (res.kind == FindingResolutionKind::AssetAdded) {
        res.asset.kind = assetKind->currentData().toString();
        res.asset.subKind = subKind->text().trimmed();
        res.asset.value = NoticeCandidateModel::parseYuan(assetValue->text().trimmed());
    }
    if (const Status st = resolveFinding(id, res); !st)
        QMessageBox::warning(this, tr("Resolve the finding"), st.error().message);
}

Status VerificationPage::startRoster(bool dryRun)
{
    if (m_task)
        return makeError(ErrorKind::Conflict, QStringLiteral("busy"), tr("An import is already running."));
    const QString key = m_rosterMapping->text().trimmed() + QLatin1Char('\n') + m_rosterData->text().trimmed();
    if (!dryRun && key != m_rosterChecked)
        return makeError(ErrorKind::Invalid, QStringLiteral("roster_not_checked"),
                         tr("Check the roster first (dry run); import it only when the check found no problem."));
    auto mapping = ColumnMapping::loadFile(m_rosterMapping->text().trimmed());
    if (!mapping) {
        fail(mapping.error());
        return mapping.error();
    }
    const QString path = m_rosterData->text().trimmed();
    auto result = std::make_shared<Result<RosterImportResult>>(RosterImportResult{});
    m_message->clear();
    m_rosterCommit->setEnabled(false);
    m_task = SessionTask::start(m_session, this, dryRun ? tr("Checking the roster…") : tr("Importing the roster…"),
                                false, [columns = *mapping, path, dryRun, result](Session &session, SessionTask &) {
                                    *result = RosterImport::run(session, columns, path, dryRun);
                                });
    connect(m_task, &SessionTask::finished, this, [this, result, dryRun, key] {
        const QString openError = m_task->openError();
        m_task = nullptr;
        if (!openError.isEmpty()) {
            rosterFinished(makeError(ErrorKind::Io, QStringLiteral("session_open"), openError), dryRun);
            return;
        }
        if (dryRun && result->ok() && (*result)->report.ok())
            m_rosterChecked = key;
        rosterFinished(*result, dryRun);
    });
    updateButtons();
    return {};
}

void VerificationPage::rosterFinished(const Result<RosterImportResult> &result, bool dryRun)
{
    updateButtons();
    if (!result) {
        fail(result.error());
        m_rosterResult->setText(result.error().message);
        return;
    }
    m_lastRoster = *result;
    QList<TextTableModel::Row> rows;
    for (const RosterHousehold &h : std::as_const(result->households))
        rows << TextTableModel::Row{{h.key, QString::number(h.line), h.applicantName, QString::number(h.members),
                                     DisplayText::yuan(h.amount), DivisionRegistry::instance().name(h.divisionCode),
                                     h.approvalDocument, DisplayText::date(h.approvedOn),
                                     DisplayText::date(h.nextReviewDue)},
                                    h.householdId,
                                    QString(),
                                    false};
    m_roster->setRows(rows);
    showProblems(m_rosterProblems, result->report);
    if (!result->report.ok()) {
        m_rosterResult->setText(tr("%n row(s) with problems: nothing was imported.", nullptr,
                                   int(result->report.rowsWithErrors)));
        return;
    }
    if (dryRun) {
        m_rosterResult->setText(tr("Checked: %1 households with %2 members would be imported, marked migrated. "
                                   "Nothing was written.")
                                    .arg(result->households.size())
                                    .arg(result->memberCount));
        m_rosterCommit->setEnabled(true);
        return;
    }
    m_rosterChecked.clear();
    m_rosterResult->setText(tr("Imported %1 households with %2 members, marked migrated.")
                                .arg(result->households.size())
                                .arg(result->memberCount));
    emit caseChanged(QString()); // the lists and the due reviews change; no open case does
}

void VerificationPage::retranslate()
{
    m_title->setText(tr("Verification"));
    m_reload->setText(tr("&Reload"));
    m_requests->setHeaders({tr("Applicant"), tr("Township"), tr("Requested"), tr("Start by"), tr("Start clock (3 WD)"),
                            tr("Status"), tr("Findings"), tr("Departments with findings")});
    m_findings->setHeaders({tr("Applicant"), tr("Member"), tr("Department"), tr("Line"), tr("Match"),
                            tr("What the department recorded"), tr("Status"), tr("Note")});
    m_problems->setHeaders({tr("Line"), tr("Column"), tr("Problem"), tr("Token")});
    m_rosterProblems->setHeaders({tr("Line"), tr("Column"), tr("Problem"), tr("Token")});
    m_preview->setHeaders({tr("Line")});
    m_roster->setHeaders({tr("Household key"), tr("Line"), tr("Applicant"), tr("Members"), tr("Amount (yuan)"),
                          tr("Township"), tr("Approval document"), tr("Approved on"), tr("First review due")});
    if (m_requestsTab) {
        m_tabs->setTabText(m_tabs->indexOf(m_requestsTab), tr("Requests"));
        m_tabs->setTabText(m_tabs->indexOf(m_batchTab), tr("Department batch"));
        m_tabs->setTabText(m_tabs->indexOf(m_findingsTab), tr("Findings"));
        m_start->setText(tr("&Start requested verifications"));
        m_complete->setText(tr("&Complete…"));
        m_report->setText(tr("Report as P&DF…"));
        m_openCase->setText(tr("&Open case"));
        m_batchNote->setText(tr("A department's file is streamed against the members of the verifications in "
                                "progress: only rows matching an authorized member are kept, as findings; every "
                                "other row is discarded as it is read. A file with any bad row stores nothing."));
        m_departmentLabel->setText(tr("&Department:"));
        const QString keep = m_department->currentData().toString();
        m_department->clear();
        for (const QString &d : Department::all())
            m_department->addItem(Department::displayName(d), d);
        m_department->setCurrentIndex(qMax(0, m_department->findData(keep)));
        m_mappingLabel->setText(tr("Column &mapping:"));
        m_dataLabel->setText(tr("Department &file:"));
        m_mappingBrowse->setText(tr("Choose…"));
        m_dataBrowse->setText(tr("Choose…"));
        m_previewButton->setText(tr("&Preview"));
        m_importButton->setText(tr("&Import"));
        m_openOnly->setText(tr("Open findings &only"));
        m_resolve->setText(tr("Re&solve…"));
    }
    if (m_rosterTab) {
        m_tabs->setTabText(m_tabs->indexOf(m_rosterTab), tr("Roster"));
        m_rosterNote->setText(tr("The spreadsheet of current recipients, one row per member: households arrive "
                                 "enrolled with their amount and marked migrated with their original approval — no "
                                 "procedure is invented. Check it first; only the confirming authority (the county, "
                                 "or a delegated township) may import it."));
        m_rosterMappingLabel->setText(tr("Column &mapping:"));
        m_rosterDataLabel->setText(tr("&Roster file:"));
        m_rosterMappingBrowse->setText(tr("Choose…"));
        m_rosterDataBrowse->setText(tr("Choose…"));
        m_rosterCheck->setText(tr("&Check (dry run)"));
        m_rosterCommit->setText(tr("&Import checked roster…"));
    }
    reload();
    if (!m_requestsTab)
        m_summary->setText(QString());
}

void VerificationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dibao
