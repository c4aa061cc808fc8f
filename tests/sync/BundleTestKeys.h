#pragma once

#include "sync/BundleSignature.h"
#include "sync/Crypto.h"

#include <QByteArray>
#include <QList>

namespace dibao::test {

// The fixed keys of tests/data/bundles/make_fixtures.py (and keys.json): the fixtures are signed and sealed with them.
inline SigningKeyPair fixtureSender()
{
    return Crypto::signingKeyPairFromSeed(QByteArray(32, '\x01'));
}

inline SigningKeyPair fixtureOtherSigner()
{
    return Crypto::signingKeyPairFromSeed(QByteArray(32, '\x02'));
}

inline BoxKeyPair fixtureRecipient()
{
    return Crypto::boxKeyPairFromSeed(QByteArray(32, '\x03'));
}

// Trusts exactly the given Ed25519 public keys.
inline TrustedKeys trustOnly(QList<QByteArray> publicKeys)
{
    return [publicKeys](const QString &keyId) -> std::optional<QByteArray> {
        for (const QByteArray &pk : publicKeys) {
            if (Crypto::keyId(pk) == keyId)
                return pk;
        }
        return std::nullopt;
    };
}

} // namespace dibao::test
