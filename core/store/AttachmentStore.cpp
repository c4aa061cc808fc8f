#include "store/AttachmentStore.h"

#include "common/Uuid.h"
#include "store/CaseStore.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>

namespace dibao {

namespace {

QString trAtt(const char *text)
{
    return QCoreApplication::translate("dibao::AttachmentStore", text);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

const char *kColumns = "a.id, a.case_id, a.owner_entity, a.owner_id, a.sha256, a.size, a.media_type, a.original_name, "
                       "a.created_at, COALESCE(u.display_name, a.created_by)";

Attachment fromStatement(Statement &s)
{
    Attachment a;
    a.id = s.text(0);
    a.caseId = s.text(1);
    a.ownerEntity = s.text(2);
    a.ownerId = s.text(3);
    a.sha256 = s.text(4);
    a.size = s.int64(5);
    a.mediaType = s.text(6);
    a.originalName = s.text(7);
    a.createdAt = s.text(8);
    a.createdBy = s.text(9);
    return a;
}

} // namespace

QString AttachmentStore::directory() const
{
    return m_session.db().path() + QStringLiteral(".att");
}

QString AttachmentStore::contentPath(const QString &sha256) const
{
    return directory() + QLatin1Char('/') + sha256;
}

QString AttachmentStore::sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<QString> AttachmentStore::caseOf(const QString &ownerEntity, const QString &ownerId)
{
    QString caseId;
    if (ownerEntity == QLatin1String("visits")) {
        DIBAO_TRY(m_session.require(Action::RecordVisit));
        auto st = m_session.db().prepare("SELECT case_id FROM visits WHERE id = ?");
        if (!st)
            return st.error();
        st->bind(1, ownerId);
        auto r = st->step();
        if (!r)
            return r.error();
        if (!*r)
            return makeError(ErrorKind::NotFound, QStringLiteral("attachment_owner_unknown"),
                             trAtt("No visit %1 to attach the file to.").arg(ownerId));
        caseId = st->text(0);
    } else if (ownerEntity == QLatin1String("cases")) {
        DIBAO_TRY(m_session.require(Action::Intake));
        caseId = ownerId;
    } else {
        return makeError(ErrorKind::Invalid, QStringLiteral("attachment_owner_kind"),
                         trAtt("Files are attached to a visit or a case, not to \"%1\".").arg(ownerEntity));
    }
    CaseStore cases(m_session);
    auto c = cases.get(caseId); // not found, or outside this database's area
    if (!c)
        return c.error();
    return caseId;
}

Status AttachmentStore::storeContent(const QString &sha256, const QByteArray &content)
{
    if (sha256Hex(content) != sha256)
        return makeError(ErrorKind::Invalid, QStringLiteral("attachment_hash_mismatch"),
                         trAtt("An attachment's content does not match its hash %1.").arg(sha256));
    return writeContent(sha256, content);
}

QByteArray AttachmentStore::storedContent(const QString &sha256) const
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha256).hasMatch())
        return {};
    QFile file(contentPath(sha256));
    if (file.size() > MaxBytes || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray content = file.readAll();
    return sha256Hex(content) == sha256 ? content : QByteArray();
}

Status AttachmentStore::writeContent(const QString &sha256, const QByteArray &content)
{
    const QString path = contentPath(sha256);
    {
        // Stored already (the same content attached before): keep it, unless it no longer matches its name.
        QFile existing(path);
        if (existing.exists() && existing.size() == content.size() && existing.open(QIODevice::ReadOnly)
            && sha256Hex(existing.readAll()) == sha256)
            return {};
    }
    if (!QDir().mkpath(directory()))
        return makeError(ErrorKind::Io, QStringLiteral("attachment_write"),
                         trAtt("Cannot create the attachments folder %1.").arg(directory()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
        return makeError(ErrorKind::Io, QStringLiteral("attachment_write"),
                         trAtt("Cannot store the attachment in %1: %2").arg(directory(), out.errorString()));
    return {};
}

Result<Attachment> AttachmentStore::attach(const QString &ownerEntity, const QString &ownerId, const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString name = info.fileName();
    if (!info.exists() || !info.isFile())
        return makeError(ErrorKind::Invalid, QStringLiteral("attachment_unreadable"),
                         trAtt("%1 cannot be attached: there is no such file.").arg(filePath));
    if (info.size() > MaxBytes)
        return makeError(ErrorKind::Invalid, QStringLiteral("attachment_too_large"),
                         trAtt("%1 is %2 MB; an attachment may be at most %3 MB. Scan or photograph it at a lower "
                               "resolution, or split it into several files.")
                             .arg(name, megabytes(info.size()), megabytes(MaxBytes)));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Invalid, QStringLiteral("attachment_unreadable"),
                         trAtt("%1 cannot be read: %2").arg(filePath, file.errorString()));
    const QByteArray content = file.read(MaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorKind::Invalid, QStringLiteral("attachment_unreadable"),
                         trAtt("%1 cannot be read: %2").arg(filePath, file.errorString()));
    return attachData(ownerEntity, ownerId, content, name);
}

Result<Attachment> AttachmentStore::attachData(const QString &ownerEntity, const QString &ownerId,
                                               const QByteArray &content, const QString &originalName)
{
    const QString name = QFileInfo(originalName).fileName();
    if (content.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("attachment_empty"),
                         trAtt("%1 is empty: there is nothing to attach.").arg(name));
    if (content.size() > MaxBytes)
        return makeError(ErrorKind::Invalid, QStringLiteral("attachment_too_large"),
                         trAtt("%1 is %2 MB; an attachment may be at most %3 MB. Scan or photograph it at a lower "
                               "resolution, or split it into several files.")
                             .arg(name, megabytes(content.size()), megabytes(MaxBytes)));
    auto caseId = caseOf(ownerEntity, ownerId);
    if (!caseId)
        return caseId.error();
    const QString hash = sha256Hex(content);
    {
        auto same = m_session.db().prepare(QStringLiteral("SELECT %1 FROM attachments a LEFT JOIN users u ON "
                                                          "u.id = a.created_by WHERE a.owner_entity = ? AND "
                                                          "a.owner_id = ? AND a.sha256 = ? LIMIT 1")
                                               .arg(QLatin1String(kColumns)));
        if (!same)
            return same.error();
        same->bind(1, ownerEntity).bind(2, ownerId).bind(3, hash);
        auto r = same->step();
        if (!r)
            return r.error();
        if (*r) {
            // Attached already: make sure the content is there (it may have been lost), keep the one row.
            DIBAO_TRY(writeContent(hash, content));
            return fromStatement(*same);
        }
    }
    DIBAO_TRY(writeContent(hash, content));
    QMimeDatabase mimes;
    const QString mediaType = mimes.mimeTypeForFileNameAndData(name, content).name();
    Attachment a;
    a.id = newId();
    a.caseId = *caseId;
    a.ownerEntity = ownerEntity;
    a.ownerId = ownerId;
    a.sha256 = hash;
    a.size = content.size();
    a.mediaType = mediaType;
    a.originalName = name;
    Row row{{QStringLiteral("id"), a.id},
            {QStringLiteral("case_id"), a.caseId},
            {QStringLiteral("owner_entity"), a.ownerEntity},
            {QStringLiteral("owner_id"), a.ownerId},
            {QStringLiteral("sha256"), a.sha256},
            {QStringLiteral("size"), a.size},
            {QStringLiteral("media_type"), a.mediaType},
            {QStringLiteral("original_name"), a.originalName}};
    DIBAO_TRY(m_session.writer().insert(m_session.writeContext(), QStringLiteral("attachments"), row));
    return get(a.id);
}

Result<QList<Attachment>> AttachmentStore::list(const QString &ownerEntity, const QString &ownerId)
{
    auto st = m_session.db().prepare(QStringLiteral("SELECT %1 FROM attachments a LEFT JOIN users u ON u.id = "
                                                    "a.created_by WHERE a.owner_entity = ? AND a.owner_id = ? "
                                                    "ORDER BY a.rowid")
                                         .arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    st->bind(1, ownerEntity).bind(2, ownerId);
    QList<Attachment> out;
    DIBAO_TRY(st->forEachRow([&] { out << fromStatement(*st); }));
    return out;
}

Result<QList<Attachment>> AttachmentStore::forCase(const QString &caseId)
{
    auto st = m_session.db().prepare(QStringLiteral("SELECT %1 FROM attachments a LEFT JOIN users u ON u.id = "
                                                    "a.created_by WHERE a.case_id = ? ORDER BY a.rowid")
                                         .arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    st->bind(1, caseId);
    QList<Attachment> out;
    DIBAO_TRY(st->forEachRow([&] { out << fromStatement(*st); }));
    return out;
}

Result<Attachment> AttachmentStore::get(const QString &id)
{
    auto st = m_session.db().prepare(QStringLiteral("SELECT %1 FROM attachments a LEFT JOIN users u ON u.id = "
                                                    "a.created_by WHERE a.id = ?")
                                         .arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto r = st->step();
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorKind::NotFound, QStringLiteral("attachment_not_found"), trAtt("No attachment %1.").arg(id));
    return fromStatement(*st);
}

Result<QByteArray> AttachmentStore::read(const Attachment &a)
{
    const QString path = contentPath(a.sha256);
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("attachment_missing"),
                         trAtt("The file of attachment %1 (%2) is missing from %3; restore it from a backup.")
                             .arg(a.originalName, a.sha256.left(12), directory()));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("attachment_unreadable"),
                         trAtt("%1 cannot be read: %2").arg(path, file.errorString()));
    QByteArray content = file.read(MaxBytes + 1);
    if (content.size() != a.size || sha256Hex(content) != a.sha256)
        return makeError(ErrorKind::Conflict, QStringLiteral("attachment_tampered"),
                         trAtt("The file of attachment %1 (%2) has been changed since it was attached: its content "
                               "no longer matches the recorded SHA-256. Restore it from a backup.")
                             .arg(a.originalName, path));
    return content;
}

} // namespace dibao
