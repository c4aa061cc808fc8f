#pragma once

#include "common/Result.h"
#include "sync/Crypto.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// A device database's own keys (DESIGN.md "Keys"): an Ed25519 signing key and an X25519 box key made at first run,
// their secrets sealed (XChaCha20-Poly1305) under a random device secret; the device secret wrapped once per local
// user under a key derived from that user's password with Argon2id at the cost of the user's own password hash
// (INTERACTIVE for real users), so any signed-in user can sync and background sync needs no extra prompt. Secrets
// live in SecretBytes only and never reach a log, an error message or a JSON document.
class DeviceKeys {
public:
    explicit DeviceKeys(Session &session) : m_session(session) {}

    // First run: makes the keys and the device secret if this database has none, wrapped for the signed-in user.
    // Otherwise the same as unlock(). Tokens: not_signed_in, key_wrap_missing, key_unlock_failed.
    Status ensure(const QString &password);
    // Unwraps the device secret with the signed-in user's password.
    Status unlock(const QString &password);
    bool unlocked() const { return !m_deviceSecret.isEmpty(); }
    bool hasKeys();

    // Lets another local user sync: wraps the device secret under that user's password (the caller is unlocked).
    // Also the path for a forgotten password: any user who still knows theirs grants a new wrap.
    Status grant(const QString &userName, const QString &password);

    // The signing key for the next upstream bundle, and the public keys (no secret needed).
    Result<SigningKeyPair> activeSigningKey();
    // Any of this device's box keys by key id: hub bundles may be sealed to a key rotated out since.
    Result<BoxKeyPair> boxKey(const QString &keyId);
    Result<QByteArray> activePublicKey(const QString &kind); // "sign" | "box"

    // The key card `key-show` prints and `enroll` reads: device id, township, public keys, fingerprint.
    Result<QJsonObject> keyCard();

    // Rotation: new keys made now (state "pending"); their announcement is a change in the outbox (entity
    // device_keys), so it travels signed by the old key; the bundle that carries it is the last signed with the old
    // key. Returns the new signing key id.
    Result<QString> rotate();
    // Called when a bundle is cut: if it carries the rotation, the pending keys become active from the next bundle.
    Status activatePending(qint64 firstSeq);

    static inline const QString kControlEntity = QStringLiteral("device_keys");

    // Backups: a key sealed under the device secret (the caller is unlocked), the wraps that open the device secret
    // (one per user, with the user's name), and the way back from a wrap and a password to the device secret.
    Result<QByteArray> sealUnderDeviceSecret(QByteArrayView plaintext, QByteArrayView associatedData);
    Result<QJsonArray> wraps();
    static Result<SecretBytes> openWithWrap(const QJsonObject &wrap, const QString &password);
    // Forgets every key and wrap of this database (a restored device becomes a new device).
    Status forgetAll();

private:
    struct StoredKey {
        QString keyId;
        QString kind;
        QByteArray publicKey;
        QByteArray sealedSecret;
        QString state;
    };
    Result<QList<StoredKey>> keys();
    Result<StoredKey> newKey(const QString &kind, const QString &state);
    Result<SecretBytes> openSecret(const StoredKey &key);
    Status wrapFor(const QString &userId, const QString &pwHash, const QString &password);

    Session &m_session;
    SecretBytes m_deviceSecret;
};

} // namespace dibao
