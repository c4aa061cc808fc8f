#include "sync/Crypto.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace dibao;

namespace {
QByteArray seed(char fill)
{
    return QByteArray(32, fill);
}
} // namespace

TEST(Crypto, SignVerifyDetached)
{
    const SigningKeyPair pair = Crypto::generateSigningKeyPair();
    const QByteArray message("dibao-bundle-v1\0manifest", 24);
    const QByteArray sig = Crypto::signDetached(message, pair.secretKey);
    EXPECT_EQ(sig.size(), 64);
    EXPECT_TRUE(Crypto::verifyDetached(sig, message, pair.publicKey));
    QByteArray tampered = message;
    tampered[tampered.size() - 1] = 'X';
    EXPECT_FALSE(Crypto::verifyDetached(sig, tampered, pair.publicKey));
    const SigningKeyPair other = Crypto::generateSigningKeyPair();
    EXPECT_FALSE(Crypto::verifyDetached(sig, message, other.publicKey));
    EXPECT_FALSE(Crypto::verifyDetached(sig.left(63), message, pair.publicKey));
}

TEST(Crypto, SeededKeysAreDeterministic)
{
    const SigningKeyPair a = Crypto::signingKeyPairFromSeed(seed('\x01'));
    const SigningKeyPair b = Crypto::signingKeyPairFromSeed(seed('\x01'));
    EXPECT_EQ(a.publicKey, b.publicKey);
    EXPECT_EQ(QByteArray(a.secretKey.view().toByteArray()), QByteArray(b.secretKey.view().toByteArray()));
    const BoxKeyPair c = Crypto::boxKeyPairFromSeed(seed('\x02'));
    const BoxKeyPair d = Crypto::boxKeyPairFromSeed(seed('\x02'));
    EXPECT_EQ(c.publicKey, d.publicKey);
    EXPECT_NE(a.publicKey, c.publicKey);
}

TEST(Crypto, SealUnseal)
{
    const BoxKeyPair recipient = Crypto::generateBoxKeyPair();
    const SecretBytes key = Crypto::randomSecret(32);
    const QByteArray sealed = Crypto::seal(key.view(), recipient.publicKey);
    EXPECT_EQ(sealed.size(), 80);
    auto opened = Crypto::unseal(sealed, recipient);
    ASSERT_TRUE(opened.ok());
    EXPECT_TRUE(Crypto::constantTimeEqual(opened->view(), key.view()));

    const BoxKeyPair stranger = Crypto::generateBoxKeyPair();
    auto refused = Crypto::unseal(sealed, stranger);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("sealed_key_invalid"));
    EXPECT_FALSE(Crypto::unseal(sealed.left(40), recipient).ok());
}

TEST(Crypto, AeadRoundTripAndTamper)
{
    const SecretBytes key = Crypto::randomSecret(32);
    const QByteArray plain = QStringLiteral("张三 110101199003077777").toUtf8();
    const QByteArray box = Crypto::aeadEncrypt(plain, "changes.ndjson.enc", key);
    EXPECT_EQ(box.size(), plain.size() + 24 + 16);
    auto back = Crypto::aeadDecrypt(box, "changes.ndjson.enc", key);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, plain);

    // Associated data binds the entry name: swapping entries fails.
    EXPECT_FALSE(Crypto::aeadDecrypt(box, "acks.ndjson.enc", key).ok());
    QByteArray flipped = box;
    flipped[30] = char(flipped[30] ^ 1);
    auto bad = Crypto::aeadDecrypt(flipped, "changes.ndjson.enc", key);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, QStringLiteral("decrypt_failed"));
    EXPECT_FALSE(Crypto::aeadDecrypt(box.left(39), "changes.ndjson.enc", key).ok());

    // Empty plaintext still authenticates.
    const QByteArray empty = Crypto::aeadEncrypt(QByteArray(), "x", key);
    EXPECT_EQ(empty.size(), 40);
    auto emptyBack = Crypto::aeadDecrypt(empty, "x", key);
    ASSERT_TRUE(emptyBack.ok());
    EXPECT_TRUE(emptyBack->isEmpty());
}

TEST(Crypto, DeterministicNonce)
{
    const SecretBytes key = SecretBytes::fromView(QByteArray(32, '\x07'));
    const QByteArray nonce(24, '\x09');
    EXPECT_EQ(Crypto::aeadEncryptWithNonce("abc", "ad", key, nonce),
              Crypto::aeadEncryptWithNonce("abc", "ad", key, nonce));
}

TEST(Crypto, HashesIdsFingerprints)
{
    EXPECT_EQ(Crypto::sha256Hex(""), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    EXPECT_EQ(Crypto::sha256Hex("abc"),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(Crypto::keyId("abc"), QStringLiteral("ba7816bf8f01cfea"));
    EXPECT_EQ(Crypto::fingerprint("abc"), QStringLiteral("BA78 16BF 8F01 CFEA 4141 40DE 5DAE 2223 B003 61A3"));
}

// The digest comes from OpenSSL (SHA extensions); Qt's own SHA-256 is the reference, at every length around the
// 64-byte block and its padding boundary, and for data fed in pieces of every size.
TEST(Crypto, Sha256AgreesWithQtAtEveryLengthAndInPieces)
{
    auto *rng = QRandomGenerator::global();
    QByteArray data(2100, Qt::Uninitialized);
    for (char &c : data)
        c = char(rng->bounded(256));
    for (int n = 0; n <= 300; ++n) {
        const QByteArray part = data.left(n);
        ASSERT_EQ(Crypto::sha256(part), QCryptographicHash::hash(part, QCryptographicHash::Sha256)) << n;
    }
    ASSERT_EQ(Crypto::sha256(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    Crypto::Sha256 pieces;
    for (int step = 1; step <= 130; step += 7) {
        for (int at = 0; at < data.size(); at += step)
            pieces.addData(QByteArrayView(data).sliced(at, std::min<qsizetype>(step, data.size() - at)));
        ASSERT_EQ(pieces.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256)) << step;
    }
    EXPECT_EQ(pieces.result(), Crypto::sha256("")); // result() starts over
}

TEST(Crypto, SecretBytesWipeAndMove)
{
    SecretBytes a = SecretBytes::fromView("secret");
    SecretBytes b = std::move(a);
    EXPECT_TRUE(a.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is documented empty
    EXPECT_EQ(b.view(), QByteArrayView("secret"));
    SecretBytes c = b.clone();
    EXPECT_EQ(c.view(), b.view());

    QByteArray plain("plaintext");
    QByteArray shared = plain;
    Crypto::secureZero(plain);
    EXPECT_TRUE(plain.isEmpty());
    EXPECT_EQ(shared, QByteArray(9, '\0')); // the implicit copy was wiped too
}
