// dibao-hub as a real process on loopback, then behind real nginx (installer/hub/nginx-dibao-hub.conf): the HTTP API,
// signed requests, TLS pinning, an over-size upload, and 30 township clients at once.
#include "HubTestSupport.h"

#include "sync/HubService.h"
#include "domain/Division.h"
#include "sync/SyncHarness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

using namespace dibao;
using namespace dibao::test;

namespace {

QList<QPair<QByteArray, QByteArray>> signedHeaders(Device &device, const QByteArray &method, const QString &pathAndQuery,
                                                    QByteArray date = {}, QByteArray nonce = {})
{
    if (date.isEmpty())
        date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
    if (nonce.isEmpty())
        nonce = Crypto::randomBytes(16).toHex();
    const SigningKeyPair &key = device.node->signer();
    const QByteArray sig = Crypto::signDetached(HubService::requestMessage(method, pathAndQuery, date, nonce, {}), key.secretKey);
    return {{"X-Dibao-Device", device.id().toUtf8()},
            {"X-Dibao-Date", date},
            {"X-Dibao-Nonce", nonce},
            {"X-Dibao-Signature", Crypto::keyId(key.publicKey).toLatin1() + ':' + sig.toBase64()}};
}

QByteArray header(const HttpResult &r, const QByteArray &name)
{
    for (const auto &[k, v] : r.headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

} // namespace

TEST(HubServer, PutIsIdempotentAndGetNeedsAFreshSignedRequest)
{
    Hub hub;
    Device a;
    a.join(hub);
    a.addHousehold(1);
    HubProcess server(hub.db->path(), hub.db->path() + QStringLiteral(".hub-keys"));
    ASSERT_TRUE(server.started()) << server.log().toStdString();

    HttpResult health = curl("GET", server.baseUrl() + QStringLiteral("/v1/health"));
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(QJsonDocument::fromJson(health.body).object().value(QStringLiteral("stream")).toString(), hub.node->streamId());

    const QByteArray bundle = a.exportAll().first().zip;
    const HttpResult put = curl("PUT", server.baseUrl() + QStringLiteral("/v1/bundles"), bundle);
    ASSERT_EQ(put.status, 200) << put.body.toStdString();
    EXPECT_EQ(header(put, "X-Dibao-Verdict"), QByteArray("applied"));
    const HttpResult again = curl("PUT", server.baseUrl() + QStringLiteral("/v1/bundles"), bundle);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(header(again, "X-Dibao-Verdict"), QByteArray("duplicate"));
    EXPECT_EQ(again.body, put.body) << "the same signed ack, byte for byte";
    // The ack verifies at the device and clears its outbox.
    ASSERT_TRUE(SyncImporter(*a.node).acceptAck(CanonicalJson::parse(put.body.trimmed(), 1 << 20).value()).value());
    EXPECT_TRUE(a.exportAll().isEmpty());
    // Garbage: a signed ack saying rejected, 422.
    const HttpResult junk = curl("PUT", server.baseUrl() + QStringLiteral("/v1/bundles"), QByteArray("not a zip"));
    EXPECT_EQ(junk.status, 422);
    EXPECT_EQ(header(junk, "X-Dibao-Verdict"), QByteArray("rejected"));

    const QString path = QStringLiteral("/v1/devices/%1/bundles?after=0").arg(a.id());
    EXPECT_EQ(curl("GET", server.baseUrl() + path).status, 401) << "unsigned";
    const auto headers = signedHeaders(a, "GET", path);
    const HttpResult got = curl("GET", server.baseUrl() + path, {}, headers);
    ASSERT_EQ(got.status, 200) << got.body.toStdString();
    EXPECT_EQ(header(got, "X-Dibao-Bundle-Seq"), QByteArray("1"));
    EXPECT_EQ(curl("GET", server.baseUrl() + path, {}, headers).status, 401) << "a replayed request";
    const QByteArray stale = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate).toLatin1();
    EXPECT_EQ(curl("GET", server.baseUrl() + path, {}, signedHeaders(a, "GET", path, stale)).status, 401);
    // Another device's request for a's bundles: refused.
    Device b;
    b.join(hub);
    auto forged = signedHeaders(b, "GET", path);
    forged[0].second = a.id().toUtf8();
    EXPECT_EQ(curl("GET", server.baseUrl() + path, {}, forged).status, 401);
    // Applied: nothing newer.
    EXPECT_EQ(verdicts(a.import({ExportedBundle{hub.node->streamId(), a.id(), 1, QString(), got.body, 0, false}})),
              QStringLiteral("applied"));
    const QString after = QStringLiteral("/v1/devices/%1/bundles?after=1").arg(a.id());
    EXPECT_EQ(curl("GET", server.baseUrl() + after, {}, signedHeaders(a, "GET", after)).status, 204);
}

TEST(HubServer, DeviceSyncsThroughNginxWithTheCertificatePinnedOnTheCard)
{
    Hub hub;
    HubProcess server(hub.db->path(), hub.db->path() + QStringLiteral(".hub-keys"));
    ASSERT_TRUE(server.started()) << server.log().toStdString();
    NginxProcess nginx(server.port());
    ASSERT_TRUE(nginx.started()) << nginx.problem().toStdString();
    const QString pin = SyncNode::certificatePin(nginx.certificate()).value();

    Device a;
    ASSERT_TRUE(a.node->join(CanonicalJson::serialize(hub.node->hubCard(nginx.baseUrl(), pin).value())).ok());
    ASSERT_TRUE(hub.node->enroll(CanonicalJson::serialize(a.node->deviceKeys()->keyCard().value()), QString()).ok());
    const HouseholdFile file = a.addHousehold(1);
    a.node.reset();
    CliResult r = runCli({QStringLiteral("--db"), a.db->path(), QStringLiteral("sync"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString() << nginx.errorLog().toStdString();
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("pushed")).toInt(), 1);
    EXPECT_EQ(report.value(QStringLiteral("acked")).toInt(), 1);
    EXPECT_EQ(report.value(QStringLiteral("pulled")).toArray().size(), 1);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households WHERE id = '%1'").arg(file.household.id)), 1);
    // Nothing more either way.
    r = runCli({QStringLiteral("--db"), a.db->path(), QStringLiteral("sync"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("pushed")).toInt(), 0);

    // A card pinning another certificate: the client refuses to talk.
    a.reopenNode();
    Session &s = a.session();
    ASSERT_TRUE(s.db().exec("UPDATE sync_peers SET tls_pin = 'sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' "
                            "WHERE role = 'hub'").ok());
    a.node.reset();
    r = runCli({QStringLiteral("--db"), a.db->path(), QStringLiteral("sync")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("pin"))) << r.err.toStdString();
}

TEST(HubServer, AnOverSizeUploadGets413FromNginxAndTheHubsMemoryStaysFlat)
{
    Hub hub;
    HubProcess server(hub.db->path(), hub.db->path() + QStringLiteral(".hub-keys"));
    ASSERT_TRUE(server.started()) << server.log().toStdString();
    NginxProcess nginx(server.port());
    ASSERT_TRUE(nginx.started()) << nginx.problem().toStdString();
    ASSERT_EQ(curl("GET", nginx.baseUrl() + QStringLiteral("/v1/health")).status, 200);
    const qint64 before = residentKiB(server.pid());
    ASSERT_GT(before, 0);

    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.zip"));
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 300; ++i) // 300 MiB: what took a bare Qt HttpServer to 600 MB resident
            f.write(chunk);
    }
    const HttpResult r = curl("PUT", nginx.baseUrl() + QStringLiteral("/v1/bundles"), {}, {}, big);
    EXPECT_EQ(r.status, 413);
    QThread::msleep(300);
    const qint64 after = residentKiB(server.pid());
    EXPECT_LT(after - before, 20 * 1024) << "hub RSS " << before << " KiB -> " << after << " KiB";
    EXPECT_EQ(curl("GET", nginx.baseUrl() + QStringLiteral("/v1/health")).status, 200) << "the hub still answers";
    RecordProperty("hub_rss_before_kib", int(before));
    RecordProperty("hub_rss_after_kib", int(after));
    std::printf("hub RSS before %lld KiB, after a 300 MiB upload through nginx %lld KiB (status %d)\n",
                static_cast<long long>(before), static_cast<long long>(after), r.status);
}

TEST(HubServer, ThirtyTownshipClientsAtOnceThroughNginxEachBundleAppliedExactlyOnce)
{
    Hub hub;
    HubProcess server(hub.db->path(), hub.db->path() + QStringLiteral(".hub-keys"));
    ASSERT_TRUE(server.started()) << server.log().toStdString();
    NginxProcess nginx(server.port());
    ASSERT_TRUE(nginx.started()) << nginx.problem().toStdString();
    const QByteArray card =
        CanonicalJson::serialize(hub.node->hubCard(nginx.baseUrl(), SyncNode::certificatePin(nginx.certificate()).value()).value());
    const QList<Division> townships = DivisionRegistry::instance().townshipsOf(QStringLiteral("530602"));
    ASSERT_FALSE(townships.isEmpty());
    constexpr int kClients = 30;
    std::vector<std::unique_ptr<Device>> devices;
    int expectedBundles = 0;
    for (int i = 0; i < kClients; ++i) {
        auto d = std::make_unique<Device>(townships.at(i % townships.size()).code);
        ASSERT_TRUE(d->node->join(card).ok());
        ASSERT_TRUE(hub.node->enroll(CanonicalJson::serialize(d->node->deviceKeys()->keyCard().value()), QString()).ok());
        // Two bundles each: the first cut before the second household.
        d->addHousehold(2 * i);
        d->exportAll();
        d->addHousehold(2 * i + 1);
        expectedBundles += int(d->exportAll().size());
        d->node.reset();
        devices.push_back(std::move(d));
    }
    // Every client twice at the same time: 60 processes, so every bundle is also uploaded twice.
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int round = 0; round < 2; ++round) {
        for (auto &d : devices) {
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DIBAO_PASSWORD"), QStringLiteral("secret1"));
            env.insert(QStringLiteral("DIBAO_LANG"), QStringLiteral("en"));
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(DIBAO_CLI_PATH), {QStringLiteral("--db"), d->db->path(), QStringLiteral("sync")});
            processes.push_back(std::move(p));
        }
    }
    int failures = 0;
    for (auto &p : processes) {
        p->waitForFinished(300000);
        if (p->exitCode() != 0) {
            ++failures;
            ADD_FAILURE() << p->readAllStandardError().toStdString();
        }
    }
    const qint64 ms = timer.elapsed();
    EXPECT_EQ(failures, 0);
    // Exactly once: every device's stream at the hub is at its last bundle, one sync_in row per bundle, every
    // household there once, the audit trail intact.
    Session &s = hub.session();
    EXPECT_EQ(scalar(s, QStringLiteral("SELECT count(*) FROM sync_in")), expectedBundles);
    EXPECT_EQ(scalar(s, QStringLiteral("SELECT count(*) FROM households")), 2 * kClients);
    EXPECT_EQ(scalar(s, QStringLiteral("SELECT count(*) FROM (SELECT origin, change_seq FROM change_log GROUP BY 1, 2 "
                                       "HAVING count(*) > 1)")),
              0);
    EXPECT_EQ(scalar(s, QStringLiteral("SELECT count(*) FROM sync_peers WHERE role = 'device' AND in_seq = 2")), kClients);
    EXPECT_TRUE(s.audit().verify().value().intact());
    for (auto &d : devices)
        EXPECT_EQ(scalar(d->session(), QStringLiteral("SELECT count(*) FROM sync_out WHERE acked_at IS NULL")), 0);
    const qint64 changes = scalar(s, QStringLiteral("SELECT count(*) FROM change_log WHERE origin <> '%1'").arg(hub.node->streamId()));
    std::printf("30 clients x 2 concurrent syncs through nginx: %d bundles (%lld changes) applied once in %lld ms "
                "(%.1f bundles/s, %.0f changes/s)\n",
                expectedBundles, static_cast<long long>(changes), static_cast<long long>(ms),
                expectedBundles * 1000.0 / double(ms), double(changes) * 1000.0 / double(ms));
}
