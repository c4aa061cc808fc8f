#include "AttachmentPanel.h"

#include "store/Session.h"

#include <QApplication>
#include <QBuffer>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace dibao {

AttachmentPanel::AttachmentPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("attachmentPanel"));
    setAcceptDrops(true);
    m_title = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(96, 96));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setGridSize(QSize(128, 136));
    m_list->setMinimumHeight(150);
    m_list->setAcceptDrops(false); // the panel takes the drop
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        QByteArray content;
        const int row = m_list->row(item);
        if (!openAttachment(row, &content) || row >= m_attachments.size())
            return;
        // Open a checked copy with the desktop's viewer (never the stored file itself).
        const Attachment &a = m_attachments.at(row);
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/dibao-att");
        QDir().mkpath(dir);
        QFile out(dir + QLatin1Char('/') + a.sha256.left(12) + QLatin1Char('-') + a.originalName);
        if (out.open(QIODevice::WriteOnly) && out.write(content) == content.size()) {
            out.close();
            QDesktopServices::openUrl(QUrl::fromLocalFile(out.fileName()));
        }
    });
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("attachFiles"));
    connect(m_add, &QPushButton::clicked, this, &AttachmentPanel::chooseFiles);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("attachmentMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_message->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    retranslate();
}

void AttachmentPanel::retranslate()
{
    m_title->setText(tr("Photos of the signed form and scans (drag files here):"));
    m_add->setText(tr("&Attach files…"));
}

void AttachmentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString AttachmentPanel::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void AttachmentPanel::setOwner(const QString &ownerEntity, const QString &ownerId)
{
    m_ownerEntity = ownerEntity;
    m_ownerId = ownerId;
    m_pending.clear();
    m_message->clear();
    m_message->hide();
    reload();
}

QIcon AttachmentPanel::thumbnail(const QByteArray &content, const QString &mediaType, int edge)
{
    if (mediaType.startsWith(QLatin1String("image/"))) {
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAllocationLimit(256); // MB: a hostile or broken header cannot take the memory
        const QSize size = reader.size();
        if (size.isValid() && size.width() <= MaxImageSide && size.height() <= MaxImageSide) {
            reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
            reader.setAutoTransform(true);
            const QImage image = reader.read();
            if (!image.isNull())
                return QIcon(QPixmap::fromImage(image));
        }
    }
    QMimeDatabase mimes;
    const QMimeType type = mimes.mimeTypeForName(mediaType);
    QIcon icon = QIcon::fromTheme(type.isValid() ? type.iconName() : QString());
    if (icon.isNull())
        icon = QIcon::fromTheme(type.isValid() ? type.genericIconName() : QString());
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    return icon;
}

void AttachmentPanel::addItem(const QString &name, const QIcon &icon, const QString &tip)
{
    auto *item = new QListWidgetItem(icon, name, m_list);
    item->setToolTip(tip);
}

void AttachmentPanel::reload()
{
    m_list->clear();
    m_attachments.clear();
    if (m_ownerId.isEmpty()) {
        QMimeDatabase mimes;
        for (const QString &path : std::as_const(m_pending)) {
            QFile f(path);
            const QByteArray head = f.open(QIODevice::ReadOnly) ? f.read(AttachmentStore::MaxBytes) : QByteArray();
            const QString type = mimes.mimeTypeForFileNameAndData(path, head).name();
            addItem(QFileInfo(path).fileName(), thumbnail(head, type), tr("%1 — attached when the visit is recorded")
                                                                          .arg(QDir::toNativeSeparators(path)));
        }
        return;
    }
    AttachmentStore store(m_session);
    auto listed = store.list(m_ownerEntity, m_ownerId);
    if (!listed) {
        showMessage({listed.error().message});
        return;
    }
    m_attachments = *listed;
    for (const Attachment &a : std::as_const(m_attachments)) {
        // A thumbnail from the checked content only; a damaged or missing file shows the warning icon.
        auto content = store.read(a);
        const QIcon icon = content ? thumbnail(*content, a.mediaType)
                                   : QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        addItem(a.originalName, icon,
                tr("%1, %2 KB, attached by %3 at %4 (UTC)\nSHA-256 %5")
                    .arg(a.mediaType)
                    .arg((a.size + 1023) / 1024)
                    .arg(a.createdBy, a.createdAt, a.sha256));
    }
}

void AttachmentPanel::showMessage(const QStringList &problems)
{
    m_message->setText(problems.join(QLatin1Char('\n')));
    m_message->setVisible(!problems.isEmpty());
}

int AttachmentPanel::addFiles(const QStringList &paths)
{
    QStringList problems;
    int taken = 0;
    AttachmentStore store(m_session);
    for (const QString &path : paths) {
        if (m_ownerId.isEmpty()) {
            // Checked now, so a refused file is named while the user is still here; stored with the visit.
            const QFileInfo info(path);
            QFile f(path);
            if (!info.isFile() || !f.open(QIODevice::ReadOnly)) {
                problems << tr("%1 cannot be read; it is not attached.").arg(QDir::toNativeSeparators(path));
            } else if (info.size() > AttachmentStore::MaxBytes) {
                problems << tr("%1 is %2 MB; an attachment may be at most %3 MB. It is not attached.")
                                .arg(info.fileName())
                                .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                .arg(double(AttachmentStore::MaxBytes) / (1024.0 * 1024.0), 0, 'f', 1);
            } else if (info.size() == 0) {
                problems << tr("%1 is empty; it is not attached.").arg(info.fileName());
            } else if (!m_pending.contains(info.absoluteFilePath())) {
                m_pending << info.absoluteFilePath();
                ++taken;
            }
            continue;
        }
        auto added = store.attach(m_ownerEntity, m_ownerId, path);
        if (!added)
            problems << added.error().message;
        else
            ++taken;
    }
    reload();
    if (!problems.isEmpty() || taken > 0)
        showMessage(problems);
    if (taken > 0)
        emit attachmentsChanged();
    return taken;
}

bool AttachmentPanel::attachPending(const QString &ownerEntity, const QString &ownerId)
{
    const QStringList pending = m_pending;
    m_ownerEntity = ownerEntity;
    m_ownerId = ownerId;
    m_pending.clear();
    QStringList problems;
    AttachmentStore store(m_session);
    for (const QString &path : pending) {
        auto added = store.attach(ownerEntity, ownerId, path);
        if (!added)
            problems << added.error().message;
    }
    reload();
    showMessage(problems);
    if (!pending.isEmpty())
        emit attachmentsChanged();
    return problems.isEmpty();
}

bool AttachmentPanel::openAttachment(int row, QByteArray *content)
{
    if (row < 0 || row >= m_attachments.size())
        return false;
    AttachmentStore store(m_session);
    auto read = store.read(m_attachments.at(row));
    if (!read) {
        showMessage({read.error().message});
        return false;
    }
    if (content)
        *content = *read;
    return true;
}

void AttachmentPanel::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QString(),
        tr("Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void AttachmentPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace dibao
