#pragma once

#include "common/Result.h"
#include "sync/Crypto.h"

#include <QList>
#include <QString>

#include <vector>

namespace dibao {

// The hub's keys (DESIGN.md "Keys"): an Ed25519 signing key and an X25519 box key in a file that only the hub's
// service user can read (mode 0600, refused if group or others may read it), or a systemd credential. The newest
// key of each kind is in use; older ones stay to open bundles sealed to them.
class HubKeys {
public:
    // Where the keys are: $DIBAO_HUB_KEYS, else $CREDENTIALS_DIRECTORY/hub-keys (systemd LoadCredential=), else
    // the database path + ".hub-keys".
    static QString locate(const QString &databasePath);

    // Reads the file. Tokens: hub_keys_missing, hub_keys_exposed (readable by others), hub_keys_invalid.
    static Result<HubKeys> load(const QString &path);
    // Creates the file (mode 0600, never overwriting) when it does not exist yet, then loads it.
    static Result<HubKeys> loadOrCreate(const QString &path, const QString &hubId);

    QString hubId() const { return m_hubId; }
    QString path() const { return m_path; }
    const SigningKeyPair &signing() const { return m_signing.back(); }
    const BoxKeyPair &box() const { return m_box.back(); }
    const BoxKeyPair *boxById(const QString &keyId) const;
    QList<QByteArray> signingPublicKeys() const;

    HubKeys(HubKeys &&) = default;
    HubKeys &operator=(HubKeys &&) = default;

private:
    HubKeys() = default;
    QString m_path;
    QString m_hubId;
    std::vector<SigningKeyPair> m_signing;
    std::vector<BoxKeyPair> m_box;
};

} // namespace dibao
