#pragma once

#include "common/Result.h"
#include "sync/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <utility>

namespace dibao {

// Ed25519 signing key: 32-byte public key, libsodium's 64-byte secret key (seed ‖ public key).
struct SigningKeyPair {
    QByteArray publicKey;
    SecretBytes secretKey;
};

// X25519 box key: 32-byte public and secret keys.
struct BoxKeyPair {
    QByteArray publicKey;
    SecretBytes secretKey;
};

// Thin libsodium wrappers: the only place in dibao that includes <sodium.h> for bundle work, so key sizes, nonce
// layout and the "combined" AEAD form live in one file (docs/bundle-format.md §4–§6).
class Crypto {
public:
    static constexpr int kSignPublicKeyBytes = 32;
    static constexpr int kSignSecretKeyBytes = 64;
    static constexpr int kSignatureBytes = 64;
    static constexpr int kSeedBytes = 32;
    static constexpr int kBoxPublicKeyBytes = 32;
    static constexpr int kBoxSecretKeyBytes = 32;
    static constexpr int kSealOverheadBytes = 48;
    static constexpr int kAeadKeyBytes = 32;
    static constexpr int kAeadNonceBytes = 24;
    static constexpr int kAeadTagBytes = 16;

    // sodium_init() exactly once (thread-safe); throws std::runtime_error if libsodium cannot start, which is a broken
    // platform rather than an expected failure.
    static void ensureInitialized();

    static QByteArray randomBytes(int count);
    static SecretBytes randomSecret(int count);

    static SigningKeyPair generateSigningKeyPair();
    // Deterministic keys for fixtures and tests; `seed` must be 32 bytes.
    static SigningKeyPair signingKeyPairFromSeed(QByteArrayView seed);
    static QByteArray signDetached(QByteArrayView message, const SecretBytes &secretKey);
    static bool verifyDetached(QByteArrayView signature, QByteArrayView message, QByteArrayView publicKey);

    static BoxKeyPair generateBoxKeyPair();
    static BoxKeyPair boxKeyPairFromSeed(QByteArrayView seed);

    // crypto_box_seal: anonymous sender, only the holder of the recipient's secret key can open it.
    static QByteArray seal(QByteArrayView message, QByteArrayView recipientPublicKey);
    static Result<SecretBytes> unseal(QByteArrayView sealed, const BoxKeyPair &recipient);

    // XChaCha20-Poly1305 (IETF) in the layout nonce(24) ‖ ciphertext ‖ tag(16).
    static QByteArray aeadEncrypt(QByteArrayView plaintext, QByteArrayView associatedData, const SecretBytes &key);
    static QByteArray aeadEncryptWithNonce(QByteArrayView plaintext, QByteArrayView associatedData,
                                           const SecretBytes &key, QByteArrayView nonce);
    static Result<QByteArray> aeadDecrypt(QByteArrayView nonceAndCiphertext, QByteArrayView associatedData,
                                          const SecretBytes &key);

    // SHA-256 by OpenSSL's libcrypto, which uses the CPU's SHA extensions where present (about five times
    // libsodium's portable code on this project's machines: every audited write and every bundle entry is hashed).
    static QByteArray sha256(QByteArrayView data);
    static QString sha256Hex(QByteArrayView data);
    // The same over data that arrives in pieces (a file read in blocks).
    class Sha256
    {
    public:
        Sha256();
        ~Sha256();
        Sha256(const Sha256 &) = delete;
        Sha256 &operator=(const Sha256 &) = delete;
        void addData(QByteArrayView data);
        QByteArray result(); // the 32-byte digest; the object then starts over
    private:
        void *m_ctx;
    };

    // First 16 lowercase hex characters of SHA-256(public key).
    static QString keyId(QByteArrayView publicKey);
    // First 20 bytes of SHA-256(publicBytes) as "3F2A 91C0 …" (10 groups of 4 uppercase hex).
    static QString fingerprint(QByteArrayView publicBytes);

    // Argon2id (crypto_pwhash, ALG_ARGON2ID13): a 32-byte key from a password and a 16-byte salt.
    static constexpr int kPwhashSaltBytes = 16;
    static Result<SecretBytes> deriveKey(QByteArrayView password, QByteArrayView salt, quint64 opsLimit,
                                         quint64 memLimit);
    // The (opslimit, memlimit) of an encoded Argon2id hash "$argon2id$v=19$m=KiB,t=OPS,p=1$…"; nullopt otherwise.
    static std::optional<std::pair<quint64, quint64>> pwhashCost(const QString &encodedHash);

    static bool constantTimeEqual(QByteArrayView a, QByteArrayView b);
    // Wipes a QByteArray that held secret plaintext (in place, so implicit copies are wiped too), then clears it.
    static void secureZero(QByteArray &bytes);
};

} // namespace dibao
