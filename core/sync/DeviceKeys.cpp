#include "sync/DeviceKeys.h"

#include "common/ChinaDate.h"
#include "store/Session.h"
#include "store/UserStore.h"
#include "sync/ChangeLog.h"

#include <QCoreApplication>

namespace dibao {

namespace {

QString trKeys(const char *text)
{
    return QCoreApplication::translate("dibao::DeviceKeys", text);
}

QByteArray wrapAd(const QString &userId)
{
    return QByteArray("dibao-key-wrap-v1:") + userId.toUtf8();
}

QByteArray keyAd(const QString &keyId)
{
    return QByteArray("dibao-device-key-v1:") + keyId.toLatin1();
}

QString now()
{
    return nowUtc().toString(Qt::ISODate);
}

Error locked()
{
    return makeError(ErrorKind::Permission, QStringLiteral("keys_locked"),
                     trKeys("The device keys are locked: sign in with a password first."));
}

} // namespace

bool DeviceKeys::hasKeys()
{
    auto st = m_session.db().cached("SELECT count(*) FROM device_keys WHERE sealed_secret IS NOT NULL");
    if (!st || !(*st)->step().ok())
        return false;
    const bool any = (*st)->int64(0) > 0;
    (*st)->reset();
    return any;
}

Result<QList<DeviceKeys::StoredKey>> DeviceKeys::keys()
{
    auto st = m_session.db().prepare("SELECT key_id, kind, public_key, sealed_secret, state FROM device_keys "
                                     "WHERE sealed_secret IS NOT NULL ORDER BY created_at, rowid");
    if (!st)
        return st.error();
    QList<StoredKey> out;
    DIBAO_TRY(st->forEachRow([&] { out.append({st->text(0), st->text(1), st->blob(2), st->blob(3), st->text(4)}); }));
    return out;
}

Status DeviceKeys::wrapFor(const QString &userId, const QString &pwHash, const QString &password)
{
    const auto cost = Crypto::pwhashCost(pwHash);
    if (!cost)
        return makeError(ErrorKind::Internal, QStringLiteral("key_wrap_cost"),
                         trKeys("The user's password hash is not an Argon2id hash."));
    const QByteArray salt = Crypto::randomBytes(Crypto::kPwhashSaltBytes);
    QByteArray pw = password.toUtf8();
    auto key = Crypto::deriveKey(pw, salt, cost->first, cost->second);
    Crypto::secureZero(pw);
    if (!key)
        return key.error();
    const QByteArray wrapped = Crypto::aeadEncrypt(m_deviceSecret.view(), wrapAd(userId), *key);
    auto st = m_session.db().prepare("INSERT INTO key_wraps(user_id, salt, opslimit, memlimit, wrapped, created_at) "
                                     "VALUES (?,?,?,?,?,?) ON CONFLICT(user_id) DO UPDATE SET salt = excluded.salt, "
                                     "opslimit = excluded.opslimit, memlimit = excluded.memlimit, "
                                     "wrapped = excluded.wrapped, created_at = excluded.created_at");
    if (!st)
        return st.error();
    st->bind(1, userId).bind(2, salt).bind(3, qint64(cost->first)).bind(4, qint64(cost->second));
    st->bind(5, wrapped).bind(6, now());
    return st->run();
}

Result<DeviceKeys::StoredKey> DeviceKeys::newKey(const QString &kind, const QString &state)
{
    StoredKey key;
    key.kind = kind;
    key.state = state;
    SecretBytes secret;
    if (kind == QLatin1String("sign")) {
        SigningKeyPair pair = Crypto::generateSigningKeyPair();
        key.publicKey = pair.publicKey;
        secret = std::move(pair.secretKey);
    } else {
        BoxKeyPair pair = Crypto::generateBoxKeyPair();
        key.publicKey = pair.publicKey;
        secret = std::move(pair.secretKey);
    }
    key.keyId = Crypto::keyId(key.publicKey);
    key.sealedSecret = Crypto::aeadEncrypt(secret.view(), keyAd(key.keyId), m_deviceSecret);
    auto st = m_session.db().prepare("INSERT INTO device_keys(key_id, kind, public_key, sealed_secret, state, "
                                     "first_seq, created_at) VALUES (?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    st->bind(1, key.keyId).bind(2, kind).bind(3, key.publicKey).bind(4, key.sealedSecret).bind(5, state);
    if (state == QLatin1String("active") && kind == QLatin1String("sign"))
        st->bind(6, qint64(1));
    else
        st->bindNull(6);
    st->bind(7, now());
    DIBAO_TRY(st->run());
    return key;
}

Status DeviceKeys::ensure(const QString &password)
{
    if (!m_session.signedIn())
        return makeError(ErrorKind::Permission, QStringLiteral("not_signed_in"), trKeys("Nobody is signed in."));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    if (hasKeys()) {
        DIBAO_TRY(tx.commit());
        return unlock(password);
    }
    auto pwHash = m_session.db().prepare("SELECT pw_hash FROM users WHERE id = ?");
    if (!pwHash)
        return pwHash.error();
    pwHash->bind(1, m_session.actor().userId);
    auto found = pwHash->step();
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::Permission, QStringLiteral("key_wrap_missing"),
                         trKeys("Only a user of this database can make its device keys."));
    m_deviceSecret = Crypto::randomSecret(Crypto::kAeadKeyBytes);
    DIBAO_TRY(wrapFor(m_session.actor().userId, pwHash->text(0), password));
    auto sign = newKey(QStringLiteral("sign"), QStringLiteral("active"));
    if (!sign)
        return sign.error();
    auto box = newKey(QStringLiteral("box"), QStringLiteral("active"));
    if (!box)
        return box.error();
    return tx.commit();
}

Status DeviceKeys::unlock(const QString &password)
{
    if (!m_session.signedIn())
        return makeError(ErrorKind::Permission, QStringLiteral("not_signed_in"), trKeys("Nobody is signed in."));
    auto st = m_session.db().prepare("SELECT salt, opslimit, memlimit, wrapped FROM key_wraps WHERE user_id = ?");
    if (!st)
        return st.error();
    st->bind(1, m_session.actor().userId);
    auto found = st->step();
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::Permission, QStringLiteral("key_wrap_missing"),
                         trKeys("%1 cannot sync on this device yet: a user who can must grant access first "
                                "(dibao-cli key-grant %1).")
                             .arg(m_session.actor().name));
    QByteArray pw = password.toUtf8();
    auto key = Crypto::deriveKey(pw, st->blob(0), quint64(st->int64(1)), quint64(st->int64(2)));
    Crypto::secureZero(pw);
    if (!key)
        return key.error();
    auto secret = Crypto::aeadDecrypt(st->blob(3), wrapAd(m_session.actor().userId), *key);
    if (!secret)
        return makeError(ErrorKind::Permission, QStringLiteral("key_unlock_failed"),
                         trKeys("The device keys cannot be opened with this password."));
    m_deviceSecret = SecretBytes::fromView(*secret);
    Crypto::secureZero(*secret);
    return {};
}

Status DeviceKeys::grant(const QString &userName, const QString &password)
{
    if (!unlocked())
        return locked();
    auto st = m_session.db().prepare("SELECT id, pw_hash FROM users WHERE name = ? AND active = 1");
    if (!st)
        return st.error();
    st->bind(1, userName);
    auto found = st->step();
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, QStringLiteral("user_unknown"),
                         trKeys("There is no active user named %1.").arg(userName));
    if (!checkPassword(st->text(1), password))
        return makeError(ErrorKind::Permission, QStringLiteral("sign_in_failed"),
                         trKeys("That is not %1's password.").arg(userName));
    const QString userId = st->text(0);
    const QString hash = st->text(1);
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(wrapFor(userId, hash, password));
    return tx.commit();
}

Result<SecretBytes> DeviceKeys::openSecret(const StoredKey &key)
{
    if (!unlocked())
        return locked();
    auto secret = Crypto::aeadDecrypt(key.sealedSecret, keyAd(key.keyId), m_deviceSecret);
    if (!secret)
        return makeError(ErrorKind::Invalid, QStringLiteral("key_damaged"),
                         trKeys("A device key cannot be opened: the key table was altered."));
    SecretBytes out = SecretBytes::fromView(*secret);
    Crypto::secureZero(*secret);
    return out;
}

Result<SigningKeyPair> DeviceKeys::activeSigningKey()
{
    auto all = keys();
    if (!all)
        return all.error();
    for (const StoredKey &k : *all) {
        if (k.kind == QLatin1String("sign") && k.state == QLatin1String("active")) {
            auto secret = openSecret(k);
            if (!secret)
                return secret.error();
            return SigningKeyPair{k.publicKey, std::move(secret).value()};
        }
    }
    return makeError(ErrorKind::NotFound, QStringLiteral("keys_missing"), trKeys("This database has no device keys yet."));
}

Result<BoxKeyPair> DeviceKeys::boxKey(const QString &keyId)
{
    auto all = keys();
    if (!all)
        return all.error();
    for (const StoredKey &k : *all) {
        if (k.kind == QLatin1String("box") && k.keyId == keyId) {
            auto secret = openSecret(k);
            if (!secret)
                return secret.error();
            return BoxKeyPair{k.publicKey, std::move(secret).value()};
        }
    }
    return makeError(ErrorKind::Invalid, QStringLiteral("recipient_mismatch"),
                     trKeys("The bundle is sealed to a key this device does not have."));
}

Result<QByteArray> DeviceKeys::activePublicKey(const QString &kind)
{
    auto st = m_session.db().prepare("SELECT public_key FROM device_keys WHERE kind = ? AND state = 'active' "
                                     "ORDER BY created_at DESC, rowid DESC LIMIT 1");
    if (!st)
        return st.error();
    st->bind(1, kind);
    auto found = st->step();
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, QStringLiteral("keys_missing"),
                         trKeys("This database has no device keys yet."));
    return st->blob(0);
}

Result<QJsonObject> DeviceKeys::keyCard()
{
    auto sign = activePublicKey(QStringLiteral("sign"));
    if (!sign)
        return sign.error();
    auto box = activePublicKey(QStringLiteral("box"));
    if (!box)
        return box.error();
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("dibao-device-key")},
                       {QStringLiteral("device_id"), m_session.deviceId()},
                       {QStringLiteral("township"), m_session.divisionCode()},
                       {QStringLiteral("ed25519"), QString::fromLatin1(sign->toBase64())},
                       {QStringLiteral("x25519"), QString::fromLatin1(box->toBase64())},
                       {QStringLiteral("sign_key_id"), Crypto::keyId(*sign)},
                       {QStringLiteral("box_key_id"), Crypto::keyId(*box)},
                       {QStringLiteral("fingerprint"), Crypto::fingerprint(*sign + *box)}};
}

Result<QString> DeviceKeys::rotate()
{
    if (!unlocked())
        return locked();
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    auto pending = m_session.db().prepare("SELECT count(*) FROM device_keys WHERE state = 'pending'");
    if (!pending)
        return pending.error();
    DIBAO_TRY(pending->step());
    if (pending->int64(0) > 0)
        return makeError(ErrorKind::Conflict, QStringLiteral("rotation_pending"),
                         trKeys("A key rotation is already waiting to be sent to the hub."));
    auto sign = newKey(QStringLiteral("sign"), QStringLiteral("pending"));
    if (!sign)
        return sign.error();
    auto box = newKey(QStringLiteral("box"), QStringLiteral("pending"));
    if (!box)
        return box.error();
    ChangeLog log(m_session.db());
    const QJsonObject fields{{QStringLiteral("ed25519"), QString::fromLatin1(sign->publicKey.toBase64())},
                             {QStringLiteral("x25519"), QString::fromLatin1(box->publicKey.toBase64())}};
    auto change = log.appendLocal(m_session.deviceId(), m_session.actor().userId, kControlEntity, m_session.deviceId(),
                                  fields, m_session.divisionCode());
    if (!change)
        return change.error();
    DIBAO_TRY(tx.commit());
    return sign->keyId;
}

Status DeviceKeys::activatePending(qint64 firstSeq)
{
    Database &db = m_session.db();
    auto st = db.prepare("SELECT count(*) FROM device_keys WHERE state = 'pending'");
    if (!st)
        return st.error();
    DIBAO_TRY(st->step());
    if (st->int64(0) == 0)
        return {};
    DIBAO_TRY(db.exec("UPDATE device_keys SET state = 'retired' WHERE state = 'active'"));
    auto up = db.prepare("UPDATE device_keys SET state = 'active', first_seq = CASE kind WHEN 'sign' THEN ? END "
                         "WHERE state = 'pending'");
    if (!up)
        return up.error();
    up->bind(1, firstSeq);
    return up->run();
}

Result<QByteArray> DeviceKeys::sealUnderDeviceSecret(QByteArrayView plaintext, QByteArrayView associatedData)
{
    if (!unlocked())
        return locked();
    return Crypto::aeadEncrypt(plaintext, associatedData, m_deviceSecret);
}

Result<QJsonArray> DeviceKeys::wraps()
{
    auto st = m_session.db().prepare("SELECT w.user_id, u.name, w.salt, w.opslimit, w.memlimit, w.wrapped FROM key_wraps w "
                                     "JOIN users u ON u.id = w.user_id ORDER BY u.name");
    if (!st)
        return st.error();
    QJsonArray out;
    DIBAO_TRY(st->forEachRow([&] {
        out.append(QJsonObject{{QStringLiteral("user_id"), st->text(0)},
                               {QStringLiteral("user"), st->text(1)},
                               {QStringLiteral("salt"), QString::fromLatin1(st->blob(2).toBase64())},
                               {QStringLiteral("opslimit"), st->int64(3)},
                               {QStringLiteral("memlimit"), st->int64(4)},
                               {QStringLiteral("wrapped"), QString::fromLatin1(st->blob(5).toBase64())}});
    }));
    return out;
}

Result<SecretBytes> DeviceKeys::openWithWrap(const QJsonObject &wrap, const QString &password)
{
    QByteArray pw = password.toUtf8();
    auto key = Crypto::deriveKey(pw, QByteArray::fromBase64(wrap.value(QStringLiteral("salt")).toString().toLatin1()),
                                 quint64(wrap.value(QStringLiteral("opslimit")).toInteger()),
                                 quint64(wrap.value(QStringLiteral("memlimit")).toInteger()));
    Crypto::secureZero(pw);
    if (!key)
        return key.error();
    auto secret = Crypto::aeadDecrypt(QByteArray::fromBase64(wrap.value(QStringLiteral("wrapped")).toString().toLatin1()),
                                      wrapAd(wrap.value(QStringLiteral("user_id")).toString()), *key);
    if (!secret)
        return makeError(ErrorKind::Permission, QStringLiteral("key_unlock_failed"),
                         trKeys("The device keys cannot be opened with this password."));
    SecretBytes out = SecretBytes::fromView(*secret);
    Crypto::secureZero(*secret);
    return out;
}

Status DeviceKeys::forgetAll()
{
    DIBAO_TRY(m_session.db().exec("DELETE FROM device_keys; DELETE FROM key_wraps;"));
    m_deviceSecret = SecretBytes();
    return {};
}

} // namespace dibao
