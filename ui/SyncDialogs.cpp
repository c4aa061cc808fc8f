#include "SyncDialogs.h"

#include "FieldLabels.h"
#include "SyncController.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dibao {

namespace {

QString refusalText(const QString &reason)
{
    if (reason == QLatin1String("field_not_owned"))
        return ImportVerdictModel::tr("a field only the confirming authority writes");
    if (reason == QLatin1String("household_outside_township"))
        return ImportVerdictModel::tr("a household outside the sender's township");
    if (reason == QLatin1String("append_only"))
        return ImportVerdictModel::tr("a change to a record that may only be added to");
    return reason;
}

} // namespace

// --- ImportVerdictModel

ImportVerdictModel::ImportVerdictModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportVerdictModel::setFiles(const QStringList &files)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &f : files) {
        ImportVerdict v;
        v.file = f;
        m_rows << v;
    }
    endResetModel();
}

void ImportVerdictModel::setVerdicts(const QList<ImportVerdict> &verdicts)
{
    beginResetModel();
    m_rows = verdicts;
    endResetModel();
}

QString ImportVerdictModel::refusedText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const ImportVerdict &v = m_rows.at(row);
    QStringList lines;
    lines << QFileInfo(v.file).fileName();
    if (!v.verdict.isEmpty())
        lines << verdictText(v.verdict) + (v.message.isEmpty() ? QString() : QStringLiteral(": ") + v.message);
    if (v.bundleSeq > 0)
        lines << tr("Bundle %1 from %2, %n change(s)", nullptr, int(v.changes)).arg(v.bundleSeq).arg(v.origin);
    if (!v.refused.isEmpty()) {
        lines << tr("Changes refused (listed in the acknowledgement):");
        for (const QJsonValue &r : v.refused) {
            const QJsonObject o = r.toObject();
            const QJsonObject change = o.value(QStringLiteral("change")).toObject();
            lines << tr("  change %1 of %2: %3")
                         .arg(change.value(QStringLiteral("change_seq")).toInteger())
                         .arg(change.value(QStringLiteral("origin")).toString(),
                              refusalText(o.value(QStringLiteral("reason")).toString()));
        }
    }
    if (v.conflicts > 0)
        lines << tr("%n conflict(s) kept for a person (Sync ▸ Conflicts…)", nullptr, v.conflicts);
    return lines.join(QLatin1Char('\n'));
}

int ImportVerdictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportVerdictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportVerdictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ImportVerdict &v = m_rows.at(index.row());
    if (role == VerdictRole)
        return v.verdict;
    if (role == ReasonRole)
        return v.reason;
    if (role == Qt::ToolTipRole)
        return refusedText(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case FileColumn: return QFileInfo(v.file).fileName();
    case VerdictColumn: return v.verdict.isEmpty() ? tr("Waiting") : verdictText(v.verdict);
    case ChangesColumn: return v.verdict.isEmpty() ? QString() : QString::number(v.changes);
    case RefusedColumn: return v.refused.isEmpty() ? QString() : QString::number(v.refused.size());
    case ReasonColumn: return v.message.isEmpty() ? v.reason : v.message;
    case ColumnCount: break;
    }
    return {};
}

QVariant ImportVerdictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FileColumn: return tr("File");
    case VerdictColumn: return tr("Verdict");
    case ChangesColumn: return tr("Changes");
    case RefusedColumn: return tr("Refused");
    case ReasonColumn: return tr("Reason");
    case ColumnCount: break;
    }
    return {};
}

// --- ImportBundlesDialog

ImportBundlesDialog::ImportBundlesDialog(SyncController &sync, QWidget *parent) : QDialog(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("importBundlesDialog"));
    setWindowTitle(tr("Import bundles"));
    m_model = new ImportVerdictModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(140);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_summary = new QLabel(tr("Choose the bundle files (dibao_….zip) or a folder holding them."), this);
    m_summary->setWordWrap(true);
    m_addFiles = new QPushButton(tr("Add &files…"), this);
    m_addFolder = new QPushButton(tr("Add a f&older…"), this);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setDefault(true);
    m_import->setEnabled(false);
    m_cancel = new QPushButton(tr("Close"), this);
    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        addFiles(QFileDialog::getOpenFileNames(this, tr("Bundle files"), QString(),
                                               tr("dibao bundles (dibao_*.zip);;All files (*)")));
    });
    connect(m_addFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("A folder of bundle files"));
        if (!dir.isEmpty())
            addFolder(dir);
    });
    connect(m_import, &QPushButton::clicked, this, &ImportBundlesDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportBundlesDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportBundlesDialog::showDetails);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_addFolder);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    resize(820, 480);
}

ImportBundlesDialog::~ImportBundlesDialog()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ImportBundlesDialog::addFiles(const QStringList &files)
{
    if (m_running)
        return;
    for (const QString &f : files)
        if (!f.isEmpty() && !m_files.contains(QFileInfo(f).absoluteFilePath()))
            m_files << QFileInfo(f).absoluteFilePath();
    m_model->setFiles(m_files);
    m_import->setEnabled(!m_files.isEmpty());
    m_summary->setText(tr("%n file(s) to import.", nullptr, int(m_files.size())));
}

void ImportBundlesDialog::addFolder(const QString &folder)
{
    QStringList files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("dibao_*.zip")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    addFiles(files);
}

void ImportBundlesDialog::startImport()
{
    if (m_running || m_files.isEmpty())
        return;
    m_running = true;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_addFiles->setEnabled(false);
    m_addFolder->setEnabled(false);
    m_import->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_progress->setRange(0, int(m_files.size()));
    m_progress->setValue(0);
    m_summary->setText(tr("Importing…"));
    const QStringList files = m_files;
    auto flag = m_cancelFlag;
    QPointer<ImportBundlesDialog> self(this);
    m_sync.run(
        [files, flag, self](SyncWorker &w) {
            return w.importFiles(files,
                                 [self](int done, int) {
                                     QMetaObject::invokeMethod(qApp, [self, done] {
                                         if (self)
                                             self->m_progress->setValue(done);
                                     });
                                 },
                                 flag.get());
        },
        [self](QList<ImportVerdict> verdicts) {
            if (!self)
                return;
            ImportBundlesDialog *d = self;
            d->m_running = false;
            // Files not reached (cancelled) stay listed as waiting.
            QList<ImportVerdict> rows = verdicts;
            for (const QString &f : d->m_files) {
                bool seen = false;
                for (const ImportVerdict &v : verdicts)
                    seen = seen || v.file == f;
                if (!seen) {
                    ImportVerdict waiting;
                    waiting.file = f;
                    rows << waiting;
                }
            }
            d->m_model->setVerdicts(rows);
            QHash<QString, int> counts;
            int refused = 0;
            for (const ImportVerdict &v : verdicts) {
                ++counts[v.verdict];
                refused += int(v.refused.size());
            }
            d->m_summary->setText(tr("Applied %1, duplicate %2, held %3, rejected %4; %n change(s) refused.", nullptr, refused)
                                      .arg(counts.value(QStringLiteral("applied")))
                                      .arg(counts.value(QStringLiteral("duplicate")))
                                      .arg(counts.value(QStringLiteral("held")))
                                      .arg(counts.value(QStringLiteral("rejected")) + counts.value(QStringLiteral("quarantined"))));
            d->m_progress->setValue(d->m_progress->maximum());
            d->m_cancel->setText(tr("Close"));
            d->m_files.clear();
            d->m_addFiles->setEnabled(true);
            d->m_addFolder->setEnabled(true);
            if (d->m_model->rowCount() > 0)
                d->m_table->selectRow(0);
            emit d->finished();
        });
}

void ImportBundlesDialog::reject()
{
    if (m_running) {
        // Stops between files: a bundle is applied whole or not at all.
        m_cancelFlag->store(true);
        m_summary->setText(tr("Stopping after the current file…"));
        return;
    }
    QDialog::reject();
}

void ImportBundlesDialog::showDetails()
{
    m_details->setPlainText(m_model->refusedText(m_table->currentIndex().row()));
}

// --- ConflictModel

ConflictModel::ConflictModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConflictModel::setConflicts(const QList<SyncConflict> &conflicts)
{
    beginResetModel();
    m_rows = conflicts;
    endResetModel();
}

QString ConflictModel::valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QString ConflictModel::byText(const QString &user, const QString &hlc)
{
    const QDateTime t = SyncConflict::hlcTime(hlc);
    const QString when = t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : hlc;
    return user.isEmpty() ? when : tr("%1, %2").arg(user, when);
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SyncConflict &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == Qt::ToolTipRole)
        return tr("%1 %2, field %3").arg(FieldLabels::entity(c.entity), c.entityId, FieldLabels::field(c.entity, c.field));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case RecordColumn: return tr("%1 %2").arg(FieldLabels::entity(c.entity), c.entityId.left(8));
    // The field as people call it, translated (FieldLabels), never the column name as stored.
    case FieldColumn: return FieldLabels::field(c.entity, c.field);
    case KeptColumn: return valueText(c.keptValue);
    case KeptByColumn: return byText(c.keptUser, c.keptHlc);
    case LostColumn: return valueText(c.lostValue);
    case LostByColumn: return byText(c.lostUser, c.lostHlc);
    case ColumnCount: break;
    }
    return {};
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RecordColumn: return tr("Record");
    case FieldColumn: return tr("Field");
    case KeptColumn: return tr("Value in force");
    case KeptByColumn: return tr("Written by, when");
    case LostColumn: return tr("Other value");
    case LostByColumn: return tr("Written by, when");
    case ColumnCount: break;
    }
    return {};
}

// --- ConflictsPanel

ConflictsPanel::ConflictsPanel(SyncController &sync, QWidget *parent) : QWidget(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("conflictsPanel"));
    m_model = new ConflictModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_keep = new QPushButton(this);
    m_restore = new QPushButton(this);
    connect(m_keep, &QPushButton::clicked, this, [this] {
        resolveRow(m_table->currentIndex().row(), SyncConflicts::Choice::Kept);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        resolveRow(m_table->currentIndex().row(), SyncConflicts::Choice::Lost);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    retranslate();
    reload();
}

void ConflictsPanel::retranslate()
{
    m_intro->setText(tr("Two people changed the same field before their changes met. The later change is in force; "
                        "choose which value is right. Your choice is saved as a normal change and goes to the hub "
                        "with the next sync."));
    m_keep->setText(tr("&Keep the value in force"));
    m_restore->setText(tr("&Use the other value"));
}

// --- ConflictsDialog

ConflictsDialog::ConflictsDialog(SyncController &sync, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts"));
    m_panel = new ConflictsPanel(sync, this);
    connect(m_panel, &ConflictsPanel::reloaded, this, &ConflictsDialog::reloaded);
    connect(m_panel, &ConflictsPanel::resolved, this, &ConflictsDialog::resolved);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addLayout(buttons);
    resize(900, 420);
}

void ConflictsPanel::reload()
{
    QPointer<ConflictsPanel> self(this);
    m_sync.run([](SyncWorker &w) { return w.conflicts(); },
               [self](Result<QList<SyncConflict>> list) {
                   if (!self)
                       return;
                   if (!list) {
                       self->m_message->setText(list.error().message);
                   } else {
                       self->m_model->setConflicts(*list);
                       if (list->isEmpty())
                           self->m_message->setText(tr("No conflicts are waiting."));
                       else
                           self->m_table->selectRow(0);
                   }
                   self->m_keep->setEnabled(self->m_model->rowCount() > 0);
                   self->m_restore->setEnabled(self->m_model->rowCount() > 0);
                   emit self->reloaded();
               });
}

void ConflictsPanel::resolveRow(int row, SyncConflicts::Choice choice)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const qint64 id = m_model->conflicts().at(row).id;
    QPointer<ConflictsPanel> self(this);
    m_sync.run([id, choice](SyncWorker &w) { return w.resolve(id, choice); },
               [self](Status st) {
                   if (!self)
                       return;
                   self->m_message->setText(st.ok() ? tr("Saved.") : st.error().message);
                   emit self->resolved(st.ok());
                   self->reload();
               });
}

// --- BackupSettingsDialog

BackupSettingsDialog::BackupSettingsDialog(SyncController &sync, QWidget *parent) : QDialog(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("backupSettingsDialog"));
    setWindowTitle(tr("Backup settings"));
    m_folder = new QLineEdit(this);
    auto *browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder (e.g. a USB drive)"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    m_schedule = new QComboBox(this);
    m_schedule->addItem(tr("Only when I choose Back up now"), 0);
    m_schedule->addItem(tr("Every day"), 24);
    m_schedule->addItem(tr("Every week"), 24 * 7);
    m_last = new QLabel(this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), row);
    form->addRow(tr("&Schedule:"), m_schedule);
    form->addRow(tr("Last backup:"), m_last);
    auto *note = new QLabel(tr("Backups are encrypted: any user of this device opens one with their password. "
                               "Restoring is done with dibao-cli restore (docs/client.md)."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    QPointer<BackupSettingsDialog> self(this);
    m_sync.run([](SyncWorker &w) { return w.backupSchedule(); },
               [self](Result<SyncWorker::BackupSchedule> b) {
                   if (!self || !b)
                       return;
                   self->m_folder->setText(b->folder);
                   const int i = self->m_schedule->findData(b->everyHours);
                   self->m_schedule->setCurrentIndex(i < 0 ? 0 : i);
                   self->m_last->setText(b->lastSuccess.isEmpty()
                                             ? tr("never")
                                             : QDateTime::fromString(b->lastSuccess, Qt::ISODate)
                                                   .toLocalTime()
                                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
               });
}

void BackupSettingsDialog::accept()
{
    const QString folder = m_folder->text().trimmed();
    const int hours = m_schedule->currentData().toInt();
    if (hours > 0 && !QFileInfo(folder).isDir()) {
        m_last->setText(tr("Choose an existing folder for scheduled backups."));
        return;
    }
    QPointer<BackupSettingsDialog> self(this);
    m_sync.run([folder, hours](SyncWorker &w) { return w.setBackupSchedule(folder, hours); },
               [self](Status st) {
                   if (!self)
                       return;
                   emit self->saved(st.ok());
                   if (st.ok())
                       self->QDialog::accept();
                   else
                       self->m_last->setText(st.error().message);
               });
}

} // namespace dibao
