// The importer's hostile-input suite on fixture files (tests/data/bundles/stream, written by
// make_stream_fixtures.py): each verdict asserted, nothing written for a rejected bundle, no crash.
#include "SyncHarness.h"

#include "db/Database.h"
#include "sync/ChangeLog.h"
#include "sync/SyncPeers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <fcntl.h>
#include <unistd.h>

using namespace dibao;
using namespace dibao::test;

namespace {

QString fixture(const QString &name)
{
    return dataPath(QStringLiteral("bundles/stream/") + name);
}

QByteArray seed(char byte)
{
    return QByteArray(32, byte);
}

QByteArray deviceCard(const QString &id, char signSeed, char boxSeed)
{
    const SigningKeyPair sign = Crypto::signingKeyPairFromSeed(seed(signSeed));
    const BoxKeyPair box = Crypto::boxKeyPairFromSeed(seed(boxSeed));
    return CanonicalJson::serialize(QJsonObject{{QStringLiteral("format"), QStringLiteral("dibao-device-key")},
                                                {QStringLiteral("device_id"), id},
                                                {QStringLiteral("township"), QStringLiteral("530602101")},
                                                {QStringLiteral("ed25519"), QString::fromLatin1(sign.publicKey.toBase64())},
                                                {QStringLiteral("x25519"), QString::fromLatin1(box.publicKey.toBase64())}});
}

// The hub the fixtures are addressed to: stream "hub-530602", box key from seed 0x03, signing key from seed 0x07,
// dev-township-01 and dev-township-02 enrolled.
struct FixtureHub {
    TempDatabase db{QStringLiteral("530602")};
    std::unique_ptr<SyncNode> node;

    FixtureHub()
    {
        EXPECT_TRUE(db.session().db().exec("UPDATE meta SET value = 'hub-530602' WHERE key = 'device_id'").ok());
        db.reopen();
        const QString keys = db.path() + QStringLiteral(".hub-keys");
        const QByteArray json = CanonicalJson::serialize(QJsonObject{
            {QStringLiteral("format"), QStringLiteral("dibao-hub-keys")},
            {QStringLiteral("hub_id"), QStringLiteral("hub-530602")},
            {QStringLiteral("sign"), QJsonArray{QJsonObject{{QStringLiteral("secret"), QString::fromLatin1(seed('\x07').toBase64())}}}},
            {QStringLiteral("box"), QJsonArray{QJsonObject{{QStringLiteral("secret"), QString::fromLatin1(seed('\x03').toBase64())}}}}});
        const int fd = ::open(QFile::encodeName(keys).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        EXPECT_GE(fd, 0);
        EXPECT_EQ(::write(fd, json.constData(), size_t(json.size())), json.size());
        ::close(fd);
        node = std::move(SyncNode::hub(db.session(), keys).value());
        EXPECT_EQ(node->streamId(), QStringLiteral("hub-530602"));
        EXPECT_TRUE(node->enroll(deviceCard(QStringLiteral("dev-township-01"), '\x01', '\x08'), QString()).ok());
        EXPECT_TRUE(node->enroll(deviceCard(QStringLiteral("dev-township-02"), '\x02', '\x0c'), QString()).ok());
    }
    Session &s() { return db.session(); }

    QList<ImportVerdict> import(const QStringList &names)
    {
        QStringList paths;
        for (const QString &n : names)
            paths << fixture(n);
        return SyncImporter(*node).importFiles(paths);
    }

    // Everything an import could touch.
    QString state()
    {
        QStringList parts;
        for (const char *table : {"change_log", "audit", "households", "members", "policy_rows", "sync_in", "sync_held",
                                  "sync_quarantine", "sync_flags", "conflicts", "pending_changes", "peer_keys",
                                  "record_versions", "sync_acks_pending"})
            parts << QStringLiteral("%1=%2").arg(QString::fromLatin1(table)).arg(scalar(s(), QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))));
        auto st = s().db().prepare("SELECT group_concat(peer_id || ':' || status || ':' || in_seq || ':' || "
                                   "coalesce(in_bundle_id, '') || ':' || in_change_seq, ';') FROM sync_peers");
        if (st && st->step().value())
            parts << st->text(0);
        auto meta = s().db().prepare("SELECT group_concat(key || '=' || value, ';') FROM meta");
        if (meta && meta->step().value())
            parts << meta->text(0);
        return parts.join(QLatin1Char(' '));
    }
};

QString one(const QList<ImportVerdict> &v)
{
    return verdicts(v);
}

} // namespace

TEST(StreamFixtures, AValidStreamGivenInReverseOrderAppliesInSequence)
{
    FixtureHub hub;
    const QList<ImportVerdict> v = hub.import({QStringLiteral("s3.zip"), QStringLiteral("s2.zip"), QStringLiteral("s1.zip")});
    EXPECT_EQ(one(v), QStringLiteral("applied,applied,applied"));
    EXPECT_EQ(SyncImporter::exitCode(v), 0);
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT count(*) FROM households WHERE phone = '13800000001'")), 1);
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT count(*) FROM members WHERE occupation = '务农'")), 1);
    EXPECT_TRUE(hub.s().audit().verify().value().intact());
}

class Rejected : public ::testing::TestWithParam<std::pair<const char *, const char *>> {};

TEST_P(Rejected, WholeAndTheDatabaseUnchanged)
{
    const auto [file, token] = GetParam();
    FixtureHub hub;
    const QString before = hub.state();
    const QList<ImportVerdict> v = hub.import({QString::fromLatin1(file)});
    EXPECT_EQ(one(v), QStringLiteral("rejected:") + QString::fromLatin1(token));
    EXPECT_EQ(SyncImporter::exitCode(v), 1);
    EXPECT_EQ(hub.state(), before);
    // The reply is still a signed ack naming the verdict.
    EXPECT_EQ(v.first().ack.value(QStringLiteral("ack")).toObject().value(QStringLiteral("verdict")).toString(),
              QStringLiteral("rejected"));
}

INSTANTIATE_TEST_SUITE_P(
    StreamFixtures, Rejected,
    ::testing::Values(std::pair{"s1-wrong-audience.zip", "wrong_audience"}, std::pair{"s1-wrong-prev.zip", "prev_mismatch"},
                      std::pair{"s1-other-device-key.zip", "signature_wrong_device"},
                      std::pair{"s1-unknown-key.zip", "signature_unknown_key"},
                      std::pair{"s1-newer-format.zip", "upgrade_required"},
                      std::pair{"s1-clock-backwards-lines.zip", "clock_backwards"},
                      std::pair{"s1-foreign-origin-line.zip", "change_origin_mismatch"}));

TEST(StreamFixtures, AfterTheFirstBundleAClockGoingBackOrAChangeGapIsRejected)
{
    FixtureHub hub;
    ASSERT_EQ(one(hub.import({QStringLiteral("s1.zip")})), QStringLiteral("applied"));
    for (const auto &[file, token] : {std::pair{"s2-clock-backwards.zip", "clock_backwards"},
                                      std::pair{"s2-change-gap.zip", "change_seq_gap"}}) {
        const QString before = hub.state();
        EXPECT_EQ(one(hub.import({QString::fromLatin1(file)})), QStringLiteral("rejected:") + QString::fromLatin1(token));
        EXPECT_EQ(hub.state(), before) << file;
    }
    EXPECT_EQ(one(hub.import({QStringLiteral("s2.zip")})), QStringLiteral("applied"));
}

TEST(StreamFixtures, AReplayIsADuplicateWithTheSameAckAndNoChange)
{
    FixtureHub hub;
    const QList<ImportVerdict> first = hub.import({QStringLiteral("s1.zip")});
    const QString before = hub.state();
    const QList<ImportVerdict> again = hub.import({QStringLiteral("s1.zip")});
    EXPECT_EQ(one(again), QStringLiteral("duplicate"));
    EXPECT_EQ(SyncImporter::exitCode(again), 0);
    EXPECT_EQ(CanonicalJson::serialize(again.first().ack), CanonicalJson::serialize(first.first().ack));
    EXPECT_EQ(hub.state(), before);
}

TEST(StreamFixtures, AGapIsHeldThenAppliedInOrderOnceFilled)
{
    FixtureHub hub;
    const QList<ImportVerdict> held = hub.import({QStringLiteral("s2.zip")});
    EXPECT_EQ(one(held), QStringLiteral("held:gap"));
    EXPECT_EQ(SyncImporter::exitCode(held), 4);
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT count(*) FROM households")), 0);
    const QList<ImportVerdict> filled = hub.import({QStringLiteral("s1.zip")});
    EXPECT_EQ(one(filled), QStringLiteral("applied,applied"));
    EXPECT_TRUE(filled.last().wasHeld);
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT in_seq FROM sync_peers WHERE peer_id = 'dev-township-01'")), 2);
}

TEST(StreamFixtures, TheSameSequenceWithOtherContentIsQuarantinedAndTheStreamFrozen)
{
    FixtureHub hub;
    ASSERT_EQ(one(hub.import({QStringLiteral("s1.zip")})), QStringLiteral("applied"));
    const QList<ImportVerdict> fork = hub.import({QStringLiteral("s1-fork.zip")});
    EXPECT_EQ(one(fork), QStringLiteral("quarantined:fork"));
    EXPECT_EQ(SyncImporter::exitCode(fork), 1);
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT count(*) FROM households WHERE registered_address = '另一个地址'")), 0);
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT count(*) FROM sync_peers WHERE status = 'frozen'")), 1);
    EXPECT_EQ(one(hub.import({QStringLiteral("s2.zip")})), QStringLiteral("held:stream_frozen"));
    ASSERT_TRUE(hub.node->unfreeze(QStringLiteral("dev-township-01")).ok());
    EXPECT_EQ(one(hub.import({QStringLiteral("s2.zip")})), QStringLiteral("applied"));
}

TEST(StreamFixtures, ChangesADeviceMayNotMakeAreRefusedAloneInTheAck)
{
    FixtureHub hub;
    hub.import({QStringLiteral("s1.zip")});
    const QList<ImportVerdict> v = hub.import({QStringLiteral("s2-refusals.zip")});
    ASSERT_EQ(one(v), QStringLiteral("applied"));
    EXPECT_EQ(SyncImporter::exitCode(v), 0);
    QStringList refused;
    for (const QJsonValue &r : v.first().refused)
        refused << QStringLiteral("%1:%2").arg(r.toObject().value(QStringLiteral("change")).toObject().value(QStringLiteral("change_seq")).toInteger())
                       .arg(r.toObject().value(QStringLiteral("reason")).toString());
    EXPECT_EQ(refused.join(QLatin1Char(',')),
              QStringLiteral("3:household_outside_township,4:field_not_owned,5:field_not_owned"));
    // The signed ack says the same.
    EXPECT_EQ(v.first().ack.value(QStringLiteral("ack")).toObject().value(QStringLiteral("refused")).toArray(), v.first().refused);
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT count(*) FROM households WHERE division_code = '530602102'")), 0);
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT count(*) FROM households WHERE current_amount IS NOT NULL")), 0);
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT count(*) FROM policy_rows WHERE issuer = '乡政府'")), 0);
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT count(*) FROM members WHERE name = '李四'")), 1);
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT in_change_seq FROM sync_peers WHERE peer_id = 'dev-township-01'")), 6);
}

TEST(StreamFixtures, AClockFarInTheFutureIsFlaggedNotRefusedAndDoesNotDragTheHubsClock)
{
    FixtureHub hub;
    hub.import({QStringLiteral("s1.zip")});
    const QList<ImportVerdict> v = hub.import({QStringLiteral("s2-future-clock.zip")});
    EXPECT_EQ(one(v), QStringLiteral("applied"));
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT count(*) FROM sync_flags WHERE kind = 'clock_future'")), 1);
    EXPECT_EQ(scalar(hub.s(), QStringLiteral("SELECT count(*) FROM households WHERE phone = '13800000009'")), 1);
    auto observed = hub.s().meta(QStringLiteral("hlc_observed")).value();
    EXPECT_LE(Hlc::parse(observed)->millis, Hlc::wallMillis() + ChangeLog::kMaxAheadMillis);
}

TEST(StreamFixtures, ARevokedDevicesLaterBundleIsRejected)
{
    FixtureHub hub;
    hub.import({QStringLiteral("s1.zip")});
    ASSERT_TRUE(hub.node->revoke(QStringLiteral("dev-township-01"), 1).ok());
    const QString before = hub.state();
    EXPECT_EQ(one(hub.import({QStringLiteral("s2.zip")})), QStringLiteral("rejected:device_revoked"));
    EXPECT_EQ(hub.state(), before);
}

TEST(StreamFixtures, ARotatedOutKeyIsRejectedAndTheNewKeyAccepted)
{
    FixtureHub hub;
    ASSERT_EQ(one(hub.import({QStringLiteral("s1.zip"), QStringLiteral("s2-rotate.zip")})), QStringLiteral("applied,applied"));
    const QString before = hub.state();
    EXPECT_EQ(one(hub.import({QStringLiteral("s3-after-rotate-old-key.zip")})), QStringLiteral("rejected:key_not_valid"));
    EXPECT_EQ(hub.state(), before);
    EXPECT_EQ(one(hub.import({QStringLiteral("s3-after-rotate-new-key.zip")})), QStringLiteral("applied"));
}

TEST(StreamFixtures, AForgedAckIsIgnoredByTheDeviceAndItsOutboxKept)
{
    FixtureHub hub;
    TempDatabase device(QStringLiteral("530602101"));
    ASSERT_TRUE(device.session().db().exec("UPDATE meta SET value = 'dev-township-01' WHERE key = 'device_id'").ok());
    device.reopen();
    auto node = SyncNode::device(device.session(), QStringLiteral("secret1")).value();
    ASSERT_TRUE(node->join(CanonicalJson::serialize(hub.node->hubCard(QString(), QString()).value())).ok());
    HouseholdFile file1 = sampleHousehold(QDate(2026, 11, 1));
    ASSERT_TRUE(HouseholdStore(device.session()).create(file1).ok());
    ASSERT_EQ(SyncExporter(*node).forHub().value().size(), 1);
    QFile file(fixture(QStringLiteral("forged-ack.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject forged = CanonicalJson::parse(file.readAll().trimmed(), 65536).value();
    EXPECT_FALSE(SyncImporter(*node).acceptAck(forged).value());
    EXPECT_EQ(scalar(device.session(), QStringLiteral("SELECT count(*) FROM sync_out WHERE acked_at IS NULL AND zip IS NOT NULL")), 1);
    EXPECT_EQ(SyncExporter(*node).forHub().value().size(), 1);
}
