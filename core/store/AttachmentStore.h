#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// A file attached to a record: a photo of the signed visit form, a scan. The row (table attachments, schema v9) is
// synced metadata written through RecordWriter (audited); the content is stored once per SHA-256 beside the
// database, "<database>.att/<sha256>" (flat, as sync/Backup streams and restores that directory).
struct Attachment {
    QString id;
    QString caseId;
    QString ownerEntity;    // visits | cases
    QString ownerId;
    QString sha256;         // 64 lower-case hex digits
    qint64 size = 0;
    QString mediaType;      // from the content and the name (QMimeDatabase), e.g. image/jpeg
    QString originalName;   // file name without its folder
    QString createdAt;
    QString createdBy;      // display name of the user who attached it
};

class AttachmentStore {
public:
    // The largest file accepted: 20 MiB (a phone photo is 2-8 MB, a multi-page scan PDF 1-10 MB). Larger files are
    // refused with attachment_too_large before anything is written (docs/client.md).
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;

    explicit AttachmentStore(Session &session) : m_session(session) {}

    // "<database>.att": where the content files live.
    QString directory() const;
    // The content file of a hash.
    QString contentPath(const QString &sha256) const;

    // Attaches the file at filePath to a visit ("visits", visit id) or a case ("cases", case id). Refuses an
    // unreadable, empty or over-large file, and an unknown owner, with a clear message and nothing written. The
    // content is written atomically (QSaveFile) unless a file of that hash is already stored; the same content
    // attached twice to the same owner returns the existing attachment (one row, one file).
    Result<Attachment> attach(const QString &ownerEntity, const QString &ownerId, const QString &filePath);
    // The same from bytes already read (e.g. pasted or dropped data); originalName names it.
    Result<Attachment> attachData(const QString &ownerEntity, const QString &ownerId, const QByteArray &content,
                                  const QString &originalName);

    Result<QList<Attachment>> list(const QString &ownerEntity, const QString &ownerId);
    Result<QList<Attachment>> forCase(const QString &caseId);
    Result<Attachment> get(const QString &id);

    // The content, checked against the recorded hash and size: a missing file is attachment_missing, a file whose
    // content no longer matches is attachment_tampered (ErrorKind::Conflict), with the file named.
    Result<QByteArray> read(const Attachment &attachment);

    static QString sha256Hex(const QByteArray &content);

    // Content that travelled in a bundle (docs/bundle-format.md: att/<sha256>.enc, checked against its name by the
    // reader): stored under its hash unless stored already. Content that does not match the hash is refused
    // (attachment_hash_mismatch) and nothing is written.
    Status storeContent(const QString &sha256, const QByteArray &content);
    // The stored content of a hash for a bundle: empty when the file is missing or no longer matches (a bundle
    // then carries the row without its content, and whoever opens it is told the file is missing).
    QByteArray storedContent(const QString &sha256) const;

private:
    Result<QString> caseOf(const QString &ownerEntity, const QString &ownerId);
    Status writeContent(const QString &sha256, const QByteArray &content);

    Session &m_session;
};

} // namespace dibao
