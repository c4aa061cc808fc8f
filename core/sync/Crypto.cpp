#include "sync/Crypto.h"

#include <openssl/evp.h>
#include <sodium.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstring>
#include <mutex>
#include <stdexcept>

namespace dibao {

namespace {

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

void requireSize(QByteArrayView view, qsizetype expected, const char *what)
{
    if (view.size() != expected)
        throw std::invalid_argument(what);
}

} // namespace

void Crypto::ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            throw std::runtime_error("libsodium failed to initialize");
    });
}

QByteArray Crypto::randomBytes(int count)
{
    ensureInitialized();
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), std::size_t(count));
    return out;
}

SecretBytes Crypto::randomSecret(int count)
{
    ensureInitialized();
    SecretBytes out{std::size_t(count)};
    randombytes_buf(out.data(), out.size());
    return out;
}

SigningKeyPair Crypto::generateSigningKeyPair()
{
    ensureInitialized();
    SigningKeyPair pair{QByteArray(kSignPublicKeyBytes, Qt::Uninitialized), SecretBytes(kSignSecretKeyBytes)};
    crypto_sign_keypair(bytes(pair.publicKey), pair.secretKey.data());
    return pair;
}

SigningKeyPair Crypto::signingKeyPairFromSeed(QByteArrayView seed)
{
    ensureInitialized();
    requireSize(seed, kSeedBytes, "signing seed must be 32 bytes");
    SigningKeyPair pair{QByteArray(kSignPublicKeyBytes, Qt::Uninitialized), SecretBytes(kSignSecretKeyBytes)};
    crypto_sign_seed_keypair(bytes(pair.publicKey), pair.secretKey.data(), bytes(seed));
    return pair;
}

QByteArray Crypto::signDetached(QByteArrayView message, const SecretBytes &secretKey)
{
    ensureInitialized();
    if (secretKey.size() != std::size_t(kSignSecretKeyBytes))
        throw std::invalid_argument("signing secret key must be 64 bytes");
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), std::size_t(message.size()), secretKey.data());
    return signature;
}

bool Crypto::verifyDetached(QByteArrayView signature, QByteArrayView message, QByteArrayView publicKey)
{
    ensureInitialized();
    if (signature.size() != kSignatureBytes || publicKey.size() != kSignPublicKeyBytes)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), std::size_t(message.size()),
                                       bytes(publicKey))
        == 0;
}

BoxKeyPair Crypto::generateBoxKeyPair()
{
    ensureInitialized();
    BoxKeyPair pair{QByteArray(kBoxPublicKeyBytes, Qt::Uninitialized), SecretBytes(kBoxSecretKeyBytes)};
    crypto_box_keypair(bytes(pair.publicKey), pair.secretKey.data());
    return pair;
}

BoxKeyPair Crypto::boxKeyPairFromSeed(QByteArrayView seed)
{
    ensureInitialized();
    requireSize(seed, kSeedBytes, "box seed must be 32 bytes");
    BoxKeyPair pair{QByteArray(kBoxPublicKeyBytes, Qt::Uninitialized), SecretBytes(kBoxSecretKeyBytes)};
    crypto_box_seed_keypair(bytes(pair.publicKey), pair.secretKey.data(), bytes(seed));
    return pair;
}

QByteArray Crypto::seal(QByteArrayView message, QByteArrayView recipientPublicKey)
{
    ensureInitialized();
    requireSize(recipientPublicKey, kBoxPublicKeyBytes, "box public key must be 32 bytes");
    QByteArray sealed(message.size() + kSealOverheadBytes, Qt::Uninitialized);
    crypto_box_seal(bytes(sealed), bytes(message), std::size_t(message.size()), bytes(recipientPublicKey));
    return sealed;
}

Result<SecretBytes> Crypto::unseal(QByteArrayView sealed, const BoxKeyPair &recipient)
{
    ensureInitialized();
    if (sealed.size() < kSealOverheadBytes || recipient.publicKey.size() != kBoxPublicKeyBytes
        || recipient.secretKey.size() != std::size_t(kBoxSecretKeyBytes)) {
        return makeError(ErrorKind::Invalid, QStringLiteral("sealed_key_invalid"),
                         QCoreApplication::translate("dibao::Crypto", "The sealed bundle key is malformed."));
    }
    SecretBytes opened{std::size_t(sealed.size() - kSealOverheadBytes)};
    if (crypto_box_seal_open(opened.data(), bytes(sealed), std::size_t(sealed.size()), bytes(recipient.publicKey),
                             recipient.secretKey.data())
        != 0) {
        return makeError(ErrorKind::Invalid, QStringLiteral("sealed_key_invalid"),
                         QCoreApplication::translate("dibao::Crypto",
                                                     "The bundle key cannot be opened with this device's key."));
    }
    return opened;
}

QByteArray Crypto::aeadEncrypt(QByteArrayView plaintext, QByteArrayView associatedData, const SecretBytes &key)
{
    // Random nonces are safe with XChaCha20's 192-bit nonce, and the key is fresh per bundle anyway.
    const QByteArray nonce = randomBytes(kAeadNonceBytes);
    return aeadEncryptWithNonce(plaintext, associatedData, key, nonce);
}

QByteArray Crypto::aeadEncryptWithNonce(QByteArrayView plaintext, QByteArrayView associatedData,
                                        const SecretBytes &key, QByteArrayView nonce)
{
    ensureInitialized();
    requireSize(nonce, kAeadNonceBytes, "AEAD nonce must be 24 bytes");
    if (key.size() != std::size_t(kAeadKeyBytes))
        throw std::invalid_argument("AEAD key must be 32 bytes");
    QByteArray out(kAeadNonceBytes + plaintext.size() + kAeadTagBytes, Qt::Uninitialized);
    std::memcpy(out.data(), nonce.data(), kAeadNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(out) + kAeadNonceBytes, &written, bytes(plaintext),
                                               std::size_t(plaintext.size()), bytes(associatedData),
                                               std::size_t(associatedData.size()), nullptr, bytes(nonce),
                                               key.data());
    out.truncate(kAeadNonceBytes + qsizetype(written));
    return out;
}

Result<QByteArray> Crypto::aeadDecrypt(QByteArrayView nonceAndCiphertext, QByteArrayView associatedData,
                                       const SecretBytes &key)
{
    ensureInitialized();
    const auto failed = [] {
        return makeError(ErrorKind::Invalid, QStringLiteral("decrypt_failed"),
                         QCoreApplication::translate("dibao::Crypto",
                                                     "An encrypted bundle entry does not decrypt: it was altered or "
                                                     "is not meant for this device."));
    };
    if (key.size() != std::size_t(kAeadKeyBytes) || nonceAndCiphertext.size() < kAeadNonceBytes + kAeadTagBytes)
        return failed();
    const QByteArrayView nonce = nonceAndCiphertext.first(kAeadNonceBytes);
    const QByteArrayView cipher = nonceAndCiphertext.sliced(kAeadNonceBytes);
    QByteArray out(cipher.size() - kAeadTagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(out), &written, nullptr, bytes(cipher),
                                                   std::size_t(cipher.size()), bytes(associatedData),
                                                   std::size_t(associatedData.size()), bytes(nonce), key.data())
        != 0) {
        return failed();
    }
    out.truncate(qsizetype(written));
    return out;
}

namespace {

const EVP_MD *sha256Method()
{
    static EVP_MD *method = EVP_MD_fetch(nullptr, "SHA256", nullptr); // fetched once: the lookup costs more than 1 KB of hashing
    if (!method)
        throw std::runtime_error("OpenSSL provides no SHA-256");
    return method;
}

} // namespace

QByteArray Crypto::sha256(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()), bytes(digest), &length, sha256Method(), nullptr) != 1
        || length != 32)
        throw std::runtime_error("SHA-256 failed");
    return digest;
}

Crypto::Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex2(static_cast<EVP_MD_CTX *>(m_ctx), sha256Method(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
}

Crypto::Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_ctx));
}

void Crypto::Sha256::addData(QByteArrayView data)
{
    if (EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_ctx), data.data(), std::size_t(data.size())) != 1)
        throw std::runtime_error("SHA-256 failed");
}

QByteArray Crypto::Sha256::result()
{
    auto *ctx = static_cast<EVP_MD_CTX *>(m_ctx);
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx, bytes(digest), &length) != 1 || length != 32
        || EVP_DigestInit_ex2(ctx, sha256Method(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return digest;
}

QString Crypto::sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

QString Crypto::keyId(QByteArrayView publicKey)
{
    return sha256Hex(publicKey).left(16);
}

QString Crypto::fingerprint(QByteArrayView publicBytes)
{
    const QByteArray hex = sha256(publicBytes).left(20).toHex().toUpper();
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QString::fromLatin1(hex.mid(i, 4));
    }
    return out;
}

bool Crypto::constantTimeEqual(QByteArrayView a, QByteArrayView b)
{
    ensureInitialized();
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || sodium_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

void Crypto::secureZero(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    // Wipe in place, shared or not: every sharer holds the same secret. Raw (non-owned) data is left alone.
    if (bytes.data_ptr().isMutable())
        sodium_memzero(const_cast<char *>(bytes.constData()), std::size_t(bytes.size()));
    bytes.clear();
}

Result<SecretBytes> Crypto::deriveKey(QByteArrayView password, QByteArrayView salt, quint64 opsLimit, quint64 memLimit)
{
    ensureInitialized();
    if (salt.size() != kPwhashSaltBytes || opsLimit < crypto_pwhash_OPSLIMIT_MIN || memLimit < crypto_pwhash_MEMLIMIT_MIN
        || memLimit > (quint64(1) << 31)) {
        return makeError(ErrorKind::Invalid, QStringLiteral("key_derivation_invalid"),
                         QCoreApplication::translate("dibao::Crypto", "The key derivation parameters are invalid."));
    }
    SecretBytes key{std::size_t(kAeadKeyBytes)};
    if (crypto_pwhash(key.data(), key.size(), password.data(), quint64(password.size()), bytes(salt), opsLimit,
                      std::size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return makeError(ErrorKind::Io, QStringLiteral("key_derivation_failed"),
                         QCoreApplication::translate("dibao::Crypto", "Out of memory while deriving a key."));
    }
    return key;
}

std::optional<std::pair<quint64, quint64>> Crypto::pwhashCost(const QString &encodedHash)
{
    static const QRegularExpression re(QStringLiteral("^\\$argon2id\\$v=19\\$m=([0-9]{1,9}),t=([0-9]{1,4}),p=1\\$"));
    const auto m = re.match(encodedHash);
    if (!m.hasMatch())
        return std::nullopt;
    return std::make_pair(m.captured(2).toULongLong(), m.captured(1).toULongLong() * 1024);
}

} // namespace dibao
