#include "sync/Backup.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "db/Database.h"
#include "store/Session.h"
#include "sync/CanonicalJson.h"
#include "sync/ChangeLog.h"
#include "sync/DeviceKeys.h"
#include "sync/HubKeys.h"
#include "sync/SyncNode.h"
#include "sync/SyncPeers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <sodium.h> // crypto_secretstream: backups are the one streamed encryption in dibao
#include <sqlite3.h>

namespace dibao {

namespace {

QString trBackup(const char *text)
{
    return QCoreApplication::translate("dibao::Backup", text);
}

constexpr qsizetype kChunk = 1 << 20;
const QByteArray kMagic("dibao-backup-v1\n");
const QByteArray kKeyAd("dibao-backup-key-v1");

Error ioError(const QString &message)
{
    return makeError(ErrorKind::Io, QStringLiteral("backup_io"), message);
}

Error invalid(const QString &message)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("backup_invalid"), message);
}

// Plaintext in, framed crypto_secretstream messages out: [u32 big-endian length][ciphertext] …, the last tagged FINAL.
class StreamWriter {
public:
    StreamWriter(QIODevice &out, const SecretBytes &key) : m_out(out)
    {
        unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
        crypto_secretstream_xchacha20poly1305_init_push(&m_state, header, key.data());
        m_ok = m_out.write(reinterpret_cast<const char *>(header), sizeof header) == qint64(sizeof header);
    }
    bool write(QByteArrayView data)
    {
        m_buffer.append(data.data(), data.size());
        while (m_ok && m_buffer.size() >= kChunk) {
            m_ok = emitChunk(QByteArrayView(m_buffer).first(kChunk), 0);
            m_buffer.remove(0, kChunk);
        }
        return m_ok;
    }
    bool finish()
    {
        if (m_ok)
            m_ok = emitChunk(m_buffer, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
        sodium_memzero(m_buffer.data(), size_t(m_buffer.size()));
        return m_ok;
    }

private:
    bool emitChunk(QByteArrayView plain, unsigned char tag)
    {
        QByteArray cipher(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(&m_state, reinterpret_cast<unsigned char *>(cipher.data()), &length,
                                                   reinterpret_cast<const unsigned char *>(plain.data()),
                                                   quint64(plain.size()), nullptr, 0, tag);
        const quint32 n = quint32(length);
        const char size[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
        return m_out.write(size, 4) == 4 && m_out.write(cipher.constData(), qint64(length)) == qint64(length);
    }
    QIODevice &m_out;
    crypto_secretstream_xchacha20poly1305_state m_state;
    QByteArray m_buffer;
    bool m_ok = true;
};

class StreamReader {
public:
    StreamReader(QIODevice &in, const SecretBytes &key) : m_in(in)
    {
        unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
        m_ok = in.read(reinterpret_cast<char *>(header), sizeof header) == qint64(sizeof header)
            && crypto_secretstream_xchacha20poly1305_init_pull(&m_state, header, key.data()) == 0;
    }
    // Exactly n bytes, or false (damaged, truncated, wrong key).
    bool read(qsizetype n, QByteArray *out)
    {
        while (m_ok && m_buffer.size() - m_offset < n && !m_final)
            m_ok = pull();
        if (!m_ok || m_buffer.size() - m_offset < n)
            return false;
        *out = m_buffer.mid(m_offset, n);
        m_offset += n;
        if (m_offset > kChunk) {
            m_buffer.remove(0, m_offset);
            m_offset = 0;
        }
        return true;
    }
    bool atEnd()
    {
        while (m_ok && m_buffer.size() == m_offset && !m_final)
            m_ok = pull();
        return m_ok && m_final && m_buffer.size() == m_offset && m_in.atEnd();
    }
    bool ok() const { return m_ok; }

private:
    bool pull()
    {
        char size[4];
        if (m_in.read(size, 4) != 4)
            return false;
        const quint32 n = (quint32(uchar(size[0])) << 24) | (quint32(uchar(size[1])) << 16)
            | (quint32(uchar(size[2])) << 8) | quint32(uchar(size[3]));
        if (n < crypto_secretstream_xchacha20poly1305_ABYTES || n > kChunk + 1024)
            return false;
        const QByteArray cipher = m_in.read(n);
        if (cipher.size() != qsizetype(n))
            return false;
        QByteArray plain(qsizetype(n - crypto_secretstream_xchacha20poly1305_ABYTES), Qt::Uninitialized);
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&m_state, reinterpret_cast<unsigned char *>(plain.data()),
                                                       &length, &tag,
                                                       reinterpret_cast<const unsigned char *>(cipher.constData()),
                                                       quint64(cipher.size()), nullptr, 0)
            != 0)
            return false;
        m_buffer.append(plain.constData(), qsizetype(length));
        m_final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        return true;
    }
    QIODevice &m_in;
    crypto_secretstream_xchacha20poly1305_state m_state;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    bool m_final = false;
    bool m_ok = true;
};

QByteArray u64(quint64 v)
{
    QByteArray b(8, '\0');
    for (int i = 7; i >= 0; --i, v >>= 8)
        b[i] = char(v & 0xff);
    return b;
}

quint64 fromU64(const QByteArray &b)
{
    quint64 v = 0;
    for (char c : b)
        v = (v << 8) | quint64(uchar(c));
    return v;
}

// The online backup API: a consistent copy while the database stays in use.
Status snapshotDatabase(Database &source, const QString &target)
{
    sqlite3 *dest = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr)
        != SQLITE_OK) {
        sqlite3_close_v2(dest);
        return ioError(trBackup("Cannot create %1.").arg(target));
    }
    sqlite3_busy_timeout(dest, 10000);
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", source.handle(), "main");
    int rc = b ? SQLITE_OK : sqlite3_errcode(dest);
    while (b && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)) {
        rc = sqlite3_backup_step(b, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    }
    if (b)
        sqlite3_backup_finish(b);
    const bool done = rc == SQLITE_DONE;
    // One self-contained file: no WAL beside it.
    if (done)
        sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    sqlite3_close_v2(dest);
    if (!done)
        return ioError(trBackup("The online backup of the database failed (%1).").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

bool streamFile(StreamWriter &writer, const QString &name, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray utf8 = name.toUtf8();
    if (!writer.write(u64(quint64(utf8.size()))) || !writer.write(utf8) || !writer.write(u64(quint64(f.size()))))
        return false;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(kChunk);
        if (chunk.isEmpty() || !writer.write(chunk))
            return false;
    }
    return true;
}

} // namespace

Result<Backup::Info> Backup::create(SyncNode &node, const QString &outDir)
{
    Session &s = node.session();
    if (!QDir().mkpath(outDir))
        return ioError(trBackup("Cannot create %1.").arg(outDir));
    Info info;
    info.kind = node.isHub() ? QStringLiteral("hub") : QStringLiteral("device");
    info.deviceId = s.deviceId();
    auto epoch = s.meta(QStringLiteral("hub_epoch"));
    if (!epoch)
        return epoch.error();
    info.epoch = epoch->isEmpty() ? 1 : epoch->toLongLong();

    const SecretBytes key = Crypto::randomSecret(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    QJsonObject keyInfo;
    if (node.isHub()) {
        const BoxKeyPair &box = node.hubKeys()->box();
        keyInfo = QJsonObject{{QStringLiteral("sealed_to"), Crypto::keyId(box.publicKey)},
                              {QStringLiteral("sealed"), QString::fromLatin1(Crypto::seal(key.view(), box.publicKey).toBase64())}};
    } else {
        auto sealed = node.deviceKeys()->sealUnderDeviceSecret(key.view(), kKeyAd);
        if (!sealed)
            return sealed.error();
        auto wraps = node.deviceKeys()->wraps();
        if (!wraps)
            return wraps.error();
        keyInfo = QJsonObject{{QStringLiteral("sealed_under"), QStringLiteral("device_secret")},
                              {QStringLiteral("sealed"), QString::fromLatin1(sealed->toBase64())},
                              {QStringLiteral("wraps"), *wraps}};
    }
    const QString created = nowUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    const QJsonObject header{{QStringLiteral("format"), QStringLiteral("dibao-backup")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("kind"), info.kind},
                             {QStringLiteral("device_id"), info.deviceId},
                             {QStringLiteral("hub_id"), node.isHub() ? node.hubId() : QString()},
                             {QStringLiteral("division_code"), s.divisionCode()},
                             {QStringLiteral("default_admin"), s.defaultAdmin()},
                             {QStringLiteral("epoch"), info.epoch},
                             {QStringLiteral("schema_version"), s.db().schemaVersion()},
                             {QStringLiteral("created"), created},
                             {QStringLiteral("key"), keyInfo}};

    QDir dir(outDir);
    const QString stamp = QString(created).remove(QLatin1Char('-')).remove(QLatin1Char(':'));
    info.path = dir.filePath(QStringLiteral("dibao-backup-%1-%2-%3.dbk").arg(info.kind, info.deviceId.left(8), stamp));
    const QString snapshot = info.path + QStringLiteral(".snapshot.tmp");
    QFile::remove(snapshot);
    DIBAO_TRY(snapshotDatabase(s.db(), snapshot));
    QSaveFile out(info.path);
    if (!out.open(QIODevice::WriteOnly)) {
        QFile::remove(snapshot);
        return ioError(trBackup("Cannot write %1: %2").arg(info.path, out.errorString()));
    }
    out.write(kMagic);
    out.write(CanonicalJson::serialize(header) + '\n');
    StreamWriter writer(out, key);
    bool ok = streamFile(writer, QStringLiteral("database"), snapshot);
    QFile::remove(snapshot);
    const QDir attachments(s.db().path() + kAttachmentsSuffix);
    if (ok && attachments.exists()) {
        for (const QString &name : attachments.entryList(QDir::Files, QDir::Name))
            ok = ok && streamFile(writer, QStringLiteral("att/") + name, attachments.filePath(name));
    }
    ok = ok && writer.finish();
    if (!ok || !out.commit())
        return ioError(trBackup("Cannot write %1: %2").arg(info.path, out.errorString()));
    info.bytes = QFileInfo(info.path).size();
    return info;
}

Result<Backup::Info> Backup::restore(const RestoreOptions &o)
{
    if (QFileInfo::exists(o.databasePath))
        return makeError(ErrorKind::Conflict, QStringLiteral("db_exists"),
                         trBackup("%1 already exists; a restore never overwrites a database.").arg(o.databasePath));
    QFile in(o.backupFile);
    if (!in.open(QIODevice::ReadOnly))
        return ioError(trBackup("Cannot read %1: %2").arg(o.backupFile, in.errorString()));
    if (in.read(kMagic.size()) != kMagic)
        return invalid(trBackup("%1 is not a dibao backup.").arg(o.backupFile));
    const QByteArray headerLine = in.readLine(1 << 20);
    auto header = CanonicalJson::parse(headerLine.chopped(headerLine.endsWith('\n') ? 1 : 0), 1 << 20);
    if (!header || header->value(QStringLiteral("format")).toString() != QLatin1String("dibao-backup"))
        return invalid(trBackup("%1 is not a dibao backup.").arg(o.backupFile));
    if (header->value(QStringLiteral("version")).toInteger() != 1)
        return makeError(ErrorKind::Invalid, QStringLiteral("upgrade_required"),
                         trBackup("This backup was made by a newer dibao."));
    Info info;
    info.path = o.databasePath;
    info.kind = header->value(QStringLiteral("kind")).toString();
    info.deviceId = header->value(QStringLiteral("device_id")).toString();
    info.epoch = header->value(QStringLiteral("epoch")).toInteger(1);
    const QJsonObject keyInfo = header->value(QStringLiteral("key")).toObject();

    // The backup key: through the hub key file, or through a user's wrap of the device secret.
    SecretBytes key;
    if (info.kind == QLatin1String("hub")) {
        auto keys = HubKeys::load(o.hubKeyFile);
        if (!keys)
            return keys.error();
        const BoxKeyPair *box = keys->boxById(keyInfo.value(QStringLiteral("sealed_to")).toString());
        if (!box)
            return makeError(ErrorKind::Permission, QStringLiteral("backup_key_unavailable"),
                             trBackup("This backup is sealed to another hub key."));
        auto opened = Crypto::unseal(QByteArray::fromBase64(keyInfo.value(QStringLiteral("sealed")).toString().toLatin1()), *box);
        if (!opened)
            return opened.error();
        key = std::move(opened).value();
    } else {
        const QString user = o.userName.isEmpty() ? header->value(QStringLiteral("default_admin")).toString() : o.userName;
        QJsonObject wrap;
        for (const QJsonValue &w : keyInfo.value(QStringLiteral("wraps")).toArray())
            if (w.toObject().value(QStringLiteral("user")).toString() == user)
                wrap = w.toObject();
        if (wrap.isEmpty())
            return makeError(ErrorKind::Permission, QStringLiteral("key_wrap_missing"),
                             trBackup("%1 cannot open this backup: ask a user who synced on that device.").arg(user));
        auto secret = DeviceKeys::openWithWrap(wrap, o.password);
        if (!secret)
            return secret.error();
        auto opened = Crypto::aeadDecrypt(QByteArray::fromBase64(keyInfo.value(QStringLiteral("sealed")).toString().toLatin1()),
                                          kKeyAd, *secret);
        if (!opened)
            return invalid(trBackup("The backup's key is damaged."));
        key = SecretBytes::fromView(*opened);
        Crypto::secureZero(*opened);
    }

    // Decrypt into the new files; anything wrong leaves nothing behind.
    const QString tmp = o.databasePath + QStringLiteral(".restoring");
    const QString attDir = o.databasePath + kAttachmentsSuffix;
    auto cleanup = [&] {
        QFile::remove(tmp);
        QDir(attDir).removeRecursively();
    };
    StreamReader reader(in, key);
    bool haveDatabase = false;
    while (reader.ok() && !reader.atEnd()) {
        QByteArray n, name, size;
        if (!reader.read(8, &n) || fromU64(n) > 4096 || !reader.read(qsizetype(fromU64(n)), &name) || !reader.read(8, &size)) {
            cleanup();
            return invalid(trBackup("The backup is damaged or truncated."));
        }
        const QString entry = QString::fromUtf8(name);
        QString target;
        if (entry == QLatin1String("database")) {
            target = tmp;
            haveDatabase = true;
        } else if (entry.startsWith(QLatin1String("att/")) && !entry.mid(4).contains(QLatin1Char('/'))
                   && !entry.mid(4).startsWith(QLatin1Char('.')) && entry.size() > 4) {
            QDir().mkpath(attDir);
            target = QDir(attDir).filePath(entry.mid(4));
        } else {
            cleanup();
            return invalid(trBackup("The backup holds an unexpected entry."));
        }
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly)) {
            cleanup();
            return ioError(trBackup("Cannot write %1.").arg(target));
        }
        for (quint64 left = fromU64(size); left > 0;) {
            QByteArray chunk;
            const qsizetype take = qsizetype(std::min<quint64>(left, kChunk));
            if (!reader.read(take, &chunk) || f.write(chunk) != chunk.size()) {
                f.close();
                cleanup();
                return invalid(trBackup("The backup is damaged or truncated."));
            }
            left -= quint64(take);
        }
        f.close();
    }
    if (!reader.ok() || !haveDatabase) {
        cleanup();
        return invalid(trBackup("The backup is damaged or truncated."));
    }
    if (!QFile::rename(tmp, o.databasePath)) {
        cleanup();
        return ioError(trBackup("Cannot create %1.").arg(o.databasePath));
    }

    // A new identity: sequence numbers are never reused.
    auto session = Session::open(o.databasePath);
    if (!session)
        return session.error();
    Session &s = **session;
    Database &db = s.db();
    const QString oldId = s.deviceId();
    info.newDeviceId = newId();
    {
        Transaction tx(db);
        DIBAO_TRY(tx.begun());
        DIBAO_TRY(s.setMeta(QStringLiteral("device_id"), info.newDeviceId));
        DIBAO_TRY(s.setMeta(QStringLiteral("restored_from"), oldId));
        DIBAO_TRY(s.setMeta(QStringLiteral("restored_at"), nowUtc().toString(Qt::ISODate)));
        SyncPeers peers(db);
        if (info.kind == QLatin1String("hub")) {
            auto hubId = s.meta(QStringLiteral("hub_id"));
            if (!hubId)
                return hubId.error();
            if (hubId->isEmpty())
                DIBAO_TRY(s.setMeta(QStringLiteral("hub_id"), oldId));
            const qint64 newEpoch = info.epoch + 1;
            DIBAO_TRY(s.setMeta(QStringLiteral("hub_epoch"), QString::number(newEpoch)));
            // The old epoch's bundle records stay for the record (anchors), under names that cannot collide.
            const QString suffix = QStringLiteral("@epoch%1").arg(info.epoch);
            for (const char *table : {"sync_in", "sync_out"}) {
                auto st = db.prepare(QStringLiteral("UPDATE %1 SET peer_id = peer_id || ? WHERE peer_id IN (SELECT "
                                                    "peer_id FROM sync_peers WHERE role = 'device')")
                                         .arg(QString::fromLatin1(table)));
                if (!st)
                    return st.error();
                st->bind(1, suffix);
                DIBAO_TRY(st->run());
            }
            DIBAO_TRY(db.exec("UPDATE sync_out SET zip = NULL; DELETE FROM sync_held; DELETE FROM sync_acks_pending; "
                              "DELETE FROM request_nonces;"));
            auto devices = peers.all(QStringLiteral("device"));
            if (!devices)
                return devices.error();
            ChangeLog log(db);
            for (SyncPeer p : *devices) {
                auto last = log.lastChangeSeq(p.peerId);
                if (!last)
                    return last.error();
                p.inSeq = p.outSeq = p.outPosition = p.ackDown = 0;
                p.inBundleId.clear();
                p.inHlc.clear();
                p.outBundleId.clear();
                p.inChangeSeq = *last; // what this copy has; the device sends everything again, the rest is skipped
                p.enrolmentHash = SyncPeers::enrolmentHash(info.newDeviceId, p.peerId, p.township);
                DIBAO_TRY(peers.save(p));
            }
        } else {
            // The changes the hub had not acknowledged are issued again under the new id, with their own HLCs.
            auto acked = db.prepare("SELECT coalesce(max(change_last), 0) FROM sync_out WHERE acked_at IS NOT NULL");
            if (!acked)
                return acked.error();
            DIBAO_TRY(acked->step());
            const qint64 lastAcked = acked->int64(0);
            auto st = db.prepare("SELECT change_seq, hlc, user_id, entity, entity_id, op, fields, township FROM change_log "
                                 "WHERE origin = ? AND change_seq > ? ORDER BY change_seq");
            if (!st)
                return st.error();
            st->bind(1, oldId).bind(2, lastAcked);
            struct Old {
                qint64 seq;
                QString hlc, user, entity, entityId, op, fields, township;
            };
            QList<Old> pending;
            DIBAO_TRY(st->forEachRow([&] {
                pending.append({st->int64(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5),
                                st->text(6), st->text(7)});
            }));
            ChangeLog log(db);
            qint64 next = 0;
            for (const Old &c : pending) {
                ++next;
                auto ins = db.prepare("INSERT INTO change_log(origin, change_seq, hlc, user_id, entity, entity_id, op, "
                                      "fields, township) VALUES (?,?,?,?,?,?,?,?,?)");
                if (!ins)
                    return ins.error();
                ins->bind(1, info.newDeviceId).bind(2, next).bind(3, c.hlc).bind(4, c.user).bind(5, c.entity);
                ins->bind(6, c.entityId).bind(7, c.op).bind(8, c.fields).bind(9, c.township.isEmpty() ? QString() : c.township);
                DIBAO_TRY(ins->run());
                auto versions = log.versions(c.entity, c.entityId);
                if (!versions)
                    return versions.error();
                bool changed = false;
                for (auto it = versions->begin(); it != versions->end(); ++it) {
                    const QJsonArray v = it.value().toArray();
                    if (v.at(1).toString() == oldId && v.at(2).toInteger() == c.seq) {
                        it.value() = QJsonArray{v.at(0), info.newDeviceId, next};
                        changed = true;
                    }
                }
                if (changed)
                    DIBAO_TRY(log.setVersions(c.entity, c.entityId, *versions));
            }
            // The old identity's acknowledged bundles stay as audit anchors, under names that cannot collide.
            auto keep = db.prepare("UPDATE sync_out SET peer_id = peer_id || '@' || ?, zip = NULL");
            if (!keep)
                return keep.error();
            keep->bind(1, oldId);
            DIBAO_TRY(keep->run());
            DIBAO_TRY(db.exec("DELETE FROM sync_in; DELETE FROM sync_held; DELETE FROM sync_quarantine;"));
            auto hubs = peers.all(QStringLiteral("hub"));
            if (!hubs)
                return hubs.error();
            for (SyncPeer p : *hubs) {
                if (p.status == QLatin1String("retired"))
                    continue;
                p.inSeq = p.outSeq = p.outPosition = p.ackDown = p.inChangeSeq = 0;
                p.inBundleId.clear();
                p.inHlc.clear();
                p.outBundleId.clear();
                p.enrolmentHash = SyncPeers::enrolmentHash(p.peerId, info.newDeviceId, s.divisionCode());
                DIBAO_TRY(peers.save(p));
            }
        }
        DIBAO_TRY(tx.commit());
    }
    if (info.kind != QLatin1String("hub")) {
        // New keys for the new device, wrapped for the user who restored it (others: key-grant).
        session->reset();
        auto reopened = Session::open(o.databasePath);
        if (!reopened)
            return reopened.error();
        const QString user = o.userName.isEmpty() ? (*reopened)->defaultAdmin() : o.userName;
        DIBAO_TRY((*reopened)->signIn(user, o.password));
        DeviceKeys keys(**reopened);
        {
            Transaction tx((*reopened)->db());
            DIBAO_TRY(tx.begun());
            DIBAO_TRY(keys.forgetAll());
            DIBAO_TRY(tx.commit());
        }
        DIBAO_TRY(keys.ensure(o.password));
    }
    return info;
}

} // namespace dibao
