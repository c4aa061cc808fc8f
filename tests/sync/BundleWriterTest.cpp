#include "BundleTestKeys.h"

#include "support/TestSupport.h"
#include "sync/AckSigner.h"
#include "sync/BundleInspector.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"
#include "sync/CanonicalJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dibao;

namespace {

BundleManifest header()
{
    BundleManifest m;
    m.origin = QStringLiteral("dev-township-01");
    m.audience = QStringLiteral("hub-530602");
    m.bundleSeq = 3;
    m.prev = Crypto::sha256Hex("bundle 2");
    m.changeFirst = 10;
    m.changeLast = 11;
    m.hlc = QStringLiteral("1717171717171-00007");
    m.ackDown = 2;
    m.auditHead = Crypto::sha256Hex("audit");
    m.created = QStringLiteral("2024-06-01T00:00:00Z");
    return m;
}

QJsonObject change(int seq, const QString &name)
{
    return QJsonObject{{QStringLiteral("change_seq"), seq},
                       {QStringLiteral("entity"), QStringLiteral("household")},
                       {QStringLiteral("entity_id"), QStringLiteral("7d0c6f7e-8a31-4c55-9a53-0d4b2b7f1a01")},
                       {QStringLiteral("fields"), QJsonObject{{QStringLiteral("head_name"), name},
                                                              {QStringLiteral("income_fen"), 150000}}},
                       {QStringLiteral("hlc"), QStringLiteral("1717171717171-00001")},
                       {QStringLiteral("op"), QStringLiteral("upsert")},
                       {QStringLiteral("origin"), QStringLiteral("dev-township-01")},
                       {QStringLiteral("user"), QStringLiteral("u-li")}};
}

BundleContent content()
{
    BundleContent c;
    c.changes = {change(10, QStringLiteral("李四")), change(11, QStringLiteral("王五\n\"引号\""))};
    c.attachments = {QByteArray("scan-1 \x00\x01\x02", 10), QByteArray(300000, 'z')};
    return c;
}

QString code(const Status &s)
{
    return s.ok() ? QStringLiteral("ok") : s.error().code;
}

} // namespace

TEST(BundleWriter, RoundTrip)
{
    const SigningKeyPair sender = test::fixtureSender();
    const BoxKeyPair recipient = test::fixtureRecipient();
    auto written = BundleWriter::write(header(), content(), sender, recipient.publicKey);
    ASSERT_TRUE(written.ok()) << written.error().code.toStdString();

    auto opened = BundleReader::open(written->zip, test::trustOnly({sender.publicKey}), recipient);
    ASSERT_TRUE(opened.ok()) << opened.error().code.toStdString();
    EXPECT_EQ(opened->changes, content().changes);
    EXPECT_EQ(opened->attachments.size(), 2);
    EXPECT_EQ(opened->attachments.value(Crypto::sha256Hex(QByteArray(300000, 'z'))), QByteArray(300000, 'z'));
    EXPECT_EQ(opened->verified.bundleId, written->bundleId);
    EXPECT_EQ(opened->verified.manifest.changeCount, 2);
    EXPECT_EQ(opened->verified.manifest.bundleSeq, 3);
    EXPECT_EQ(opened->verified.manifestBytes, written->manifestBytes);

    // Another recipient cannot open it but can still verify it (authenticity without confidentiality).
    const BoxKeyPair stranger = Crypto::generateBoxKeyPair();
    auto notMine = BundleReader::open(written->zip, test::trustOnly({sender.publicKey}), stranger);
    ASSERT_FALSE(notMine.ok());
    EXPECT_EQ(notMine.error().code, QStringLiteral("recipient_mismatch"));
    EXPECT_TRUE(BundleReader::verify(written->zip, test::trustOnly({sender.publicKey})).ok());
    auto untrusted = BundleReader::verify(written->zip, test::trustOnly({test::fixtureOtherSigner().publicKey}));
    ASSERT_FALSE(untrusted.ok());
    EXPECT_EQ(untrusted.error().code, QStringLiteral("signature_unknown_key"));
}

TEST(BundleWriter, EmptyBundleAndDuplicateAttachments)
{
    BundleContent c;
    c.attachments = {QByteArray("same"), QByteArray("same")};
    auto written = BundleWriter::write(header(), c, test::fixtureSender(), test::fixtureRecipient().publicKey);
    ASSERT_TRUE(written.ok());
    auto opened = BundleReader::open(written->zip, test::trustOnly({test::fixtureSender().publicKey}),
                                     test::fixtureRecipient());
    ASSERT_TRUE(opened.ok()) << opened.error().code.toStdString();
    EXPECT_TRUE(opened->changes.isEmpty());
    EXPECT_EQ(opened->attachments.size(), 1);
    EXPECT_EQ(opened->verified.manifest.changeFirst, 0);
}

TEST(BundleWriter, RefusesWhatReadersWouldRefuse)
{
    BundleContent c;
    c.changes = {QJsonObject{{QStringLiteral("amount"), 12.5}}};
    auto floatLine = BundleWriter::write(header(), c, test::fixtureSender(), test::fixtureRecipient().publicKey);
    ASSERT_FALSE(floatLine.ok());
    EXPECT_EQ(floatLine.error().code, QStringLiteral("json_float"));

    BundleManifest bad = header();
    bad.hlc = QStringLiteral("yesterday");
    auto badHeader = BundleWriter::write(bad, content(), test::fixtureSender(), test::fixtureRecipient().publicKey);
    ASSERT_FALSE(badHeader.ok());
    EXPECT_EQ(badHeader.error().code, QStringLiteral("manifest_invalid"));

    auto badKey = BundleWriter::write(header(), content(), test::fixtureSender(), QByteArray(5, 'x'));
    ASSERT_FALSE(badKey.ok());
    EXPECT_EQ(badKey.error().code, QStringLiteral("bundle_key_invalid"));
}

TEST(BundleWriter, EveryByteIsCovered)
{
    // Flip each byte of a small bundle in turn: nothing may verify, whatever the flip hits.
    BundleContent c;
    c.changes = {change(10, QStringLiteral("赵六"))};
    auto written = BundleWriter::write(header(), c, test::fixtureSender(), test::fixtureRecipient().publicKey);
    ASSERT_TRUE(written.ok());
    const auto trusted = test::trustOnly({test::fixtureSender().publicKey});
    for (qsizetype i = 0; i < written->zip.size(); ++i) {
        QByteArray copy = written->zip;
        copy[i] = char(copy[i] ^ 0x20);
        auto opened = BundleReader::open(copy, trusted, test::fixtureRecipient());
        // The only bytes a flip may leave harmless are ones no reader looks at: the DOS time/date and the CRC
        // (never trusted), and "version needed"/"made by" — but the opened content must then be identical.
        if (opened.ok()) {
            EXPECT_EQ(opened->changes, c.changes) << "byte " << i;
            EXPECT_EQ(opened->verified.manifestBytes, written->manifestBytes) << "byte " << i;
        }
    }
}

TEST(BundleInspector, Report)
{
    auto written = BundleWriter::write(header(), content(), test::fixtureSender(), test::fixtureRecipient().publicKey);
    ASSERT_TRUE(written.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.zip"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(written->zip);
    f.close();

    const BundleInspection ok = BundleInspector::inspectFile(path, test::trustOnly({test::fixtureSender().publicKey}));
    EXPECT_EQ(ok.verdict, QStringLiteral("ok"));
    EXPECT_EQ(ok.report.value(QStringLiteral("file")).toString(), path);
    EXPECT_EQ(ok.report.value(QStringLiteral("bundle_id")).toString(), written->bundleId);
    EXPECT_EQ(ok.report.value(QStringLiteral("signature")).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("valid"));
    EXPECT_EQ(ok.report.value(QStringLiteral("entries")).toArray().size(), 3);
    EXPECT_EQ(ok.report.value(QStringLiteral("manifest")).toObject().value(QStringLiteral("bundle_seq")).toInteger(), 3);

    const BundleInspection unknown = BundleInspector::inspectFile(path);
    EXPECT_EQ(unknown.verdict, QStringLiteral("unverified"));
    EXPECT_EQ(unknown.report.value(QStringLiteral("signature")).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("unknown_key"));

    const BundleInspection missing = BundleInspector::inspectFile(dir.filePath(QStringLiteral("none.zip")));
    EXPECT_EQ(missing.verdict, QStringLiteral("rejected"));
    EXPECT_EQ(missing.error.code, QStringLiteral("bundle_unreadable"));
    EXPECT_EQ(missing.error.kind, ErrorKind::Io);
}

TEST(BundleReader, FileSizeCapBeforeReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.zip"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.resize(4096);
    f.close();
    BundleLimits limits;
    limits.maxBundleBytes = 1024;
    auto r = BundleReader::readFile(path, limits);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("bundle_too_large"));
}

TEST(AckSigner, SignVerify)
{
    const SigningKeyPair hub = test::fixtureOtherSigner();
    QJsonObject ack{{QStringLiteral("bundle_id"), Crypto::sha256Hex("m")},
                    {QStringLiteral("bundle_seq"), 3},
                    {QStringLiteral("hub_hlc"), QStringLiteral("1717171717171-00009")},
                    {QStringLiteral("reason"), QString()},
                    {QStringLiteral("refused"),
                     QJsonArray{QJsonObject{{QStringLiteral("change"),
                                             QJsonObject{{QStringLiteral("origin"), QStringLiteral("dev-1")},
                                                         {QStringLiteral("change_seq"), 11}}},
                                            {QStringLiteral("reason"), QStringLiteral("field_not_owned")}}}},
                    {QStringLiteral("stream"), QJsonObject{{QStringLiteral("origin"), QStringLiteral("dev-1")},
                                                           {QStringLiteral("audience"), QStringLiteral("hub")}}},
                    {QStringLiteral("verdict"), QStringLiteral("applied")}};
    auto envelope = AckSigner::sign(ack, hub);
    ASSERT_TRUE(envelope.ok()) << envelope.error().code.toStdString();

    // Through a canonical NDJSON line and back, as in acks.ndjson.enc.
    const QByteArray line = CanonicalJson::serializeNdjson({*envelope});
    auto lines = CanonicalJson::parseNdjson(line, 1 << 20, 10);
    ASSERT_TRUE(lines.ok());
    auto verified = AckSigner::verify(lines->first(), test::trustOnly({hub.publicKey}));
    ASSERT_TRUE(verified.ok()) << verified.error().code.toStdString();
    EXPECT_EQ(*verified, ack);

    QJsonObject forged = *envelope;
    QJsonObject forgedAck = ack;
    forgedAck.insert(QStringLiteral("verdict"), QStringLiteral("rejected"));
    forged.insert(QStringLiteral("ack"), forgedAck);
    EXPECT_EQ(AckSigner::verify(forged, test::trustOnly({hub.publicKey})).error().code,
              QStringLiteral("signature_invalid"));
    EXPECT_EQ(AckSigner::verify(*envelope, test::trustOnly({test::fixtureSender().publicKey})).error().code,
              QStringLiteral("signature_unknown_key"));

    ack.insert(QStringLiteral("verdict"), QStringLiteral("maybe"));
    EXPECT_EQ(code(AckSigner::validateAck(ack)), QStringLiteral("ack_invalid"));
    EXPECT_FALSE(AckSigner::sign(ack, hub).ok());
}

// The C++ writer's output, checked by tests/sync/verify_bundle.py with only zipfile, hashlib, json and PyNaCl.
TEST(BundleInterop, PythonVerifiesAndDecrypts)
{
    const SigningKeyPair sender = test::fixtureSender();
    const BoxKeyPair recipient = test::fixtureRecipient();
    const BundleContent c = content();
    auto written = BundleWriter::write(header(), c, sender, recipient.publicKey);
    ASSERT_TRUE(written.ok());

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile bundle(dir.filePath(QStringLiteral("bundle.zip")));
    ASSERT_TRUE(bundle.open(QIODevice::WriteOnly));
    bundle.write(written->zip);
    bundle.close();
    QJsonArray changes;
    for (const QJsonObject &o : c.changes)
        changes.append(o);
    QJsonArray hashes;
    for (const QByteArray &a : c.attachments)
        hashes.append(Crypto::sha256Hex(a));
    QFile expected(dir.filePath(QStringLiteral("expected.json")));
    ASSERT_TRUE(expected.open(QIODevice::WriteOnly));
    expected.write(QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                             {QStringLiteral("attachments_sha256"), hashes}})
                       .toJson());
    expected.close();

    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(DIBAO_SOURCE_DIR "/tests/sync/verify_bundle.py"), bundle.fileName(),
                  QString::fromLatin1(sender.publicKey.toHex()), QString::fromLatin1(QByteArray(32, '\x03').toHex()),
                  expected.fileName()});
    ASSERT_TRUE(python.waitForFinished(60000));
    const QString output = QString::fromUtf8(python.readAll());
    EXPECT_EQ(python.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(python.exitCode(), 0) << output.toStdString();
    EXPECT_EQ(output.trimmed(), QStringLiteral("OK ") + written->bundleId);
}
