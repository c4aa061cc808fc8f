#include "AuditPage.h"

#include "AuditModel.h"
#include "common/ChinaDate.h"
#include "store/RecordWriter.h"
#include "store/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dibao {

AuditPage::AuditPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_model = new AuditModel(session, this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_case = new QLineEdit(this);
    m_case->setObjectName(QStringLiteral("auditCase"));
    m_case->setClearButtonEnabled(true);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setClearButtonEnabled(true);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_entity->addItem(QString(), QString());
    for (const QString &table : RecordWriter::auditedTables())
        m_entity->addItem(table, table);
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setClearButtonEnabled(true);
    m_useDates = new QCheckBox(this);
    m_from = new QDateEdit(chinaToday().addMonths(-1), this);
    m_to = new QDateEdit(chinaToday(), this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_apply = new QPushButton(this);
    m_apply->setDefault(true);
    m_check = new QPushButton(this);
    m_check->setObjectName(QStringLiteral("auditCheckChain"));
    m_export = new QPushButton(this);
    m_count = new QLabel(this);
    m_chain = new QLabel(this);
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_chain->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_case, 2);
    filters->addWidget(m_user, 1);
    filters->addWidget(m_entity, 1);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_apply);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(16);
    top->addWidget(m_count, 1);
    top->addWidget(m_check);
    top->addWidget(m_export);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_chain);
    layout->addWidget(split, 1);

    connect(m_apply, &QPushButton::clicked, this, &AuditPage::apply);
    for (QLineEdit *e : {m_case, m_user, m_action})
        connect(e, &QLineEdit::returnPressed, this, &AuditPage::apply);
    connect(m_check, &QPushButton::clicked, this, &AuditPage::checkChain);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportAsked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetail);
    retranslate();
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_title->setText(tr("Audit"));
    m_case->setPlaceholderText(tr("Case id (empty: the whole trail)"));
    m_user->setPlaceholderText(tr("User name"));
    m_entity->setItemText(0, tr("Any record type"));
    m_action->setPlaceholderText(tr("Action (insert, update, read, confirm ...)"));
    m_useDates->setText(tr("Dates"));
    m_apply->setText(tr("Filter"));
    m_check->setText(tr("Check the chain"));
    m_export->setText(tr("Export..."));
}

bool AuditPage::apply()
{
    AuditFilter f;
    f.caseId = m_case->text().trimmed();
    f.userName = m_user->text().trimmed();
    f.entity = m_entity->currentData().toString();
    f.action = m_action->text().trimmed();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_model->setFilter(f);
    QApplication::restoreOverrideCursor();
    m_count->setText(ok ? tr("%n entries", nullptr, int(qMin<qint64>(m_model->total(), INT_MAX))) : m_model->error());
    m_detail->clear();
    return ok;
}

void AuditPage::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const AuditEntry &e = m_model->entry(current.row());
    QString text = tr("Entry %1, %2, %3 on device %4: %5 %6 %7")
                       .arg(e.seq)
                       .arg(e.atChina, e.userName, e.deviceId, e.action, e.entity, e.entityId);
    if (!e.hashMatches)
        text += QLatin1Char('\n') + tr("This entry's content no longer matches its hash: it was changed outside the product.");
    text += QStringLiteral("\n\n") + tr("Before:") + QLatin1Char('\n') + QString::fromUtf8(e.before)
        + QStringLiteral("\n\n") + tr("After:") + QLatin1Char('\n') + QString::fromUtf8(e.after);
    m_detail->setPlainText(text);
}

bool AuditPage::checkChain()
{
    if (Status st = m_session.require(Action::VerifyAudit); !st) {
        m_chain->setText(st.error().message);
        return false;
    }
    QProgressDialog progress(tr("Checking the audit chain..."), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto report = m_session.audit().verify([&](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.setValue(1000);
    if (!report) {
        m_chain->setText(report.error().message);
        return false;
    }
    if (report->intact()) {
        m_chain->setText(tr("Audit trail intact: %1 entries, %2 records match their last audited state.")
                             .arg(report->entries)
                             .arg(report->records));
        return true;
    }
    QStringList lines{tr("The audit trail is NOT intact:")};
    for (int i = 0; i < report->problems.size() && i < 20; ++i)
        lines << report->problems[i].detail;
    if (report->problems.size() > 20)
        lines << tr("... and %1 more problems.").arg(report->problems.size() - 20);
    m_chain->setText(lines.join(QLatin1Char('\n')));
    return false;
}

bool AuditPage::exportTo(const QString &path)
{
    const auto format = AuditTrail::formatForPath(path);
    if (!format) {
        m_chain->setText(tr("Choose a file ending in .xlsx or .csv."));
        return false;
    }
    AuditTrail trail(m_session);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = trail.exportTo(m_model->filter(), path, *format);
    QApplication::restoreOverrideCursor();
    m_chain->setText(written ? tr("Wrote %1 entries to %2").arg(*written).arg(path) : written.error().message);
    return written.ok();
}

void AuditPage::exportAsked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit entries"), tr("audit.xlsx"),
                                                      tr("Workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace dibao
