#pragma once

#include "store/AttachmentStore.h"

#include <QIcon>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace dibao {

class Session;

// Photos of the signed visit form and scans, as thumbnails: added with "Attach files…" (a file dialog) or by
// dragging files onto the panel. Bound to a record (setOwner) a file is stored at once through AttachmentStore;
// unbound (a visit not yet recorded) the files wait in the panel and attachPending() stores them once the record
// exists. A refused file (too large, unreadable) is named in the panel's message and nothing else is lost.
// Double click (or Enter) opens an attachment after checking it against its recorded SHA-256.
class AttachmentPanel : public QWidget {
    Q_OBJECT

public:
    explicit AttachmentPanel(Session &session, QWidget *parent = nullptr);

    // Binds the panel to a record ("visits", id) and lists its attachments; an empty id unbinds it (pending mode).
    void setOwner(const QString &ownerEntity, const QString &ownerId);
    QString ownerId() const { return m_ownerId; }

    // Adds files: stored at once when bound, else kept pending. Returns how many were taken.
    int addFiles(const QStringList &paths);
    QStringList pendingFiles() const { return m_pending; }
    // Stores the pending files on the now existing record; false with the reasons in message() if any was refused.
    bool attachPending(const QString &ownerEntity, const QString &ownerId);

    // Reads an attachment, checked; on a mismatch the panel shows the core's message and returns false.
    bool openAttachment(int row, QByteArray *content = nullptr);

    QListWidget *list() const { return m_list; }
    QLabel *messageLabel() const { return m_message; }
    QString message() const;
    QList<Attachment> attachments() const { return m_attachments; }

    // A thumbnail for the content: images scaled down through QImageReader (size and allocation limited), any other
    // file the icon of its media type.
    static QIcon thumbnail(const QByteArray &content, const QString &mediaType, int edge = 96);
    // Largest image accepted for a thumbnail, in pixels per side (larger images show the image icon).
    static constexpr int MaxImageSide = 12000;

signals:
    void attachmentsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void chooseFiles();
    void reload();
    void showMessage(const QStringList &problems);
    void retranslate();
    void addItem(const QString &name, const QIcon &icon, const QString &tip);

    Session &m_session;
    QString m_ownerEntity;
    QString m_ownerId;
    QStringList m_pending;
    QList<Attachment> m_attachments;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace dibao
