// Encrypted backups and restores that never reuse an identity: a device comes back as a new device, a hub as a new
// epoch that devices follow by snapshot, without forks.
#include "SyncHarness.h"

#include "db/Database.h"
#include "sync/AuditAnchors.h"
#include "sync/Backup.h"
#include "sync/HubService.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace dibao;
using namespace dibao::test;

namespace {
Backup::RestoreOptions deviceRestore(const QString &file, const QString &target, const QString &password = QStringLiteral("secret1"))
{
    Backup::RestoreOptions o;
    o.backupFile = file;
    o.databasePath = target;
    o.userName = QStringLiteral("admin");
    o.password = password;
    return o;
}
} // namespace

TEST(Backup, ADeviceComesBackAsANewDeviceAndItsUnsentChangesGoUpAgain)
{
    Hub hub;
    Device a;
    a.join(hub);
    const HouseholdFile first = a.addHousehold(1);
    hub.import(a.exportAll());
    a.import(hub.exportFor(a.id()));
    const HouseholdFile second = a.addHousehold(2); // never reached the hub
    QTemporaryDir dir;
    const Backup::Info made = Backup::create(*a.node, dir.path()).value();
    EXPECT_GT(made.bytes, 0);
    // The file holds no plaintext: not the address, not the ID numbers.
    QFile f(made.path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_FALSE(bytes.contains(second.household.registeredAddress.toUtf8()));
    EXPECT_FALSE(bytes.contains(second.members.first().idNumber.toUtf8()));

    // A wrong password or a damaged file: refused, nothing left behind.
    const QString target = dir.filePath(QStringLiteral("restored.db"));
    EXPECT_EQ(Backup::restore(deviceRestore(made.path, target, QStringLiteral("wrong"))).error().code,
              QStringLiteral("key_unlock_failed"));
    EXPECT_FALSE(QFile::exists(target));
    QByteArray damaged = bytes;
    damaged[damaged.size() - 100] = char(damaged[damaged.size() - 100] ^ 0x40);
    const QString damagedPath = dir.filePath(QStringLiteral("damaged.dbk"));
    QFile d(damagedPath);
    ASSERT_TRUE(d.open(QIODevice::WriteOnly));
    d.write(damaged);
    d.close();
    EXPECT_EQ(Backup::restore(deviceRestore(damagedPath, target)).error().code, QStringLiteral("backup_invalid"));
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("restored.db*")}).isEmpty());

    const Backup::Info restored = Backup::restore(deviceRestore(made.path, target)).value();
    EXPECT_NE(restored.newDeviceId, a.id());
    auto session = Session::open(target).value();
    ASSERT_TRUE(session->signIn(QStringLiteral("admin"), QStringLiteral("secret1")).ok());
    EXPECT_EQ(session->deviceId(), restored.newDeviceId);
    EXPECT_TRUE(session->audit().verify().value().intact());
    // The old identity's acknowledged bundle is still an audit anchor.
    const auto anchors = AuditAnchors::check(*session).value();
    EXPECT_GE(anchors.checked, 1);
    EXPECT_TRUE(anchors.problems.isEmpty()) << (anchors.problems.isEmpty() ? std::string() : anchors.problems.first().detail.toStdString());
    // Re-issued under the new id: the second household's changes, not the first's.
    EXPECT_EQ(scalar(*session, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'households' AND entity_id = '%1'")
                                   .arg(second.household.id)),
              1);
    EXPECT_EQ(scalar(*session, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'households' AND entity_id = '%1'")
                                   .arg(first.household.id)),
              0);
    EXPECT_EQ(scalar(*session, QStringLiteral("SELECT min(change_seq) FROM outbox")), 1);

    // New keys: enrolled again as a new device, it sends its changes and gets its audience back.
    auto node = SyncNode::device(*session, QStringLiteral("secret1")).value();
    const QJsonObject card = node->deviceKeys()->keyCard().value();
    EXPECT_NE(card.value(QStringLiteral("ed25519")).toString(),
              a.node->deviceKeys()->keyCard().value().value(QStringLiteral("ed25519")).toString());
    ASSERT_TRUE(hub.node->enroll(CanonicalJson::serialize(card), QString()).ok());
    const QList<ExportedBundle> up = SyncExporter(*node).forHub().value();
    EXPECT_EQ(verdicts(hub.import(up)), QStringLiteral("applied"));
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households")), 2);
    QStringList down;
    SyncImporter importer(*node);
    for (const ExportedBundle &b : hub.exportFor(restored.newDeviceId))
        for (const ImportVerdict &v : importer.importBytes(b.zip, QStringLiteral("down")))
            down << v.verdict;
    EXPECT_EQ(down.join(QLatin1Char(',')), QStringLiteral("applied"));
    EXPECT_EQ(scalar(*session, QStringLiteral("SELECT count(*) FROM sync_flags WHERE kind = 'refused'")), 0);
}

TEST(Backup, ARestoredHubStartsANewEpochAndDevicesResyncWithoutForks)
{
    Hub hub;
    Device a;
    a.join(hub);
    a.addHousehold(1);
    hub.import(a.exportAll());
    a.import(hub.exportFor(a.id()));
    QTemporaryDir dir;
    const Backup::Info made = Backup::create(*hub.node, dir.path()).value();
    EXPECT_EQ(made.kind, QStringLiteral("hub"));
    // After the backup: the device sends a second household, which the restored hub will not have.
    const HouseholdFile late = a.addHousehold(2);
    EXPECT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("applied"));
    a.import(hub.exportFor(a.id()));
    EXPECT_TRUE(a.exportAll().isEmpty());

    Backup::RestoreOptions o;
    o.backupFile = made.path;
    o.databasePath = dir.filePath(QStringLiteral("county-restored.db"));
    o.hubKeyFile = dir.filePath(QStringLiteral("missing.hub-keys"));
    EXPECT_FALSE(Backup::restore(o).ok()) << "the hub key file opens a hub backup";
    o.hubKeyFile = hub.db->path() + QStringLiteral(".hub-keys");
    const Backup::Info restored = Backup::restore(o).value();
    auto session = Session::open(o.databasePath).value();
    ASSERT_TRUE(session->signIn(QStringLiteral("admin"), QStringLiteral("secret1")).ok());
    EXPECT_EQ(session->meta(QStringLiteral("hub_epoch")).value(), QStringLiteral("2"));
    EXPECT_EQ(session->meta(QStringLiteral("hub_id")).value(), hub.node->hubId());
    EXPECT_EQ(scalar(*session, QStringLiteral("SELECT count(*) FROM households WHERE id = '%1'").arg(late.household.id)), 0);
    hub.node.reset();
    auto restoredHub = SyncNode::hub(*session, o.hubKeyFile).value();
    EXPECT_EQ(restoredHub->streamId(), restored.newDeviceId);

    // Online, the device asks for what follows its last bundle (2): the new stream starts at 1 for it.
    auto service = HubService::open(o.databasePath, o.hubKeyFile).value();
    HubRequest get;
    get.method = "GET";
    get.path = QStringLiteral("/v1/devices/%1/bundles").arg(a.id());
    get.query = QStringLiteral("after=2");
    const QByteArray date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
    const QByteArray nonce = Crypto::randomBytes(16).toHex();
    const QByteArray sig = Crypto::signDetached(
        HubService::requestMessage("GET", get.path + QLatin1Char('?') + get.query, date, nonce, {}), a.node->signer().secretKey);
    get.headers = {{"x-dibao-device", a.id().toUtf8()},
                   {"x-dibao-date", date},
                   {"x-dibao-nonce", nonce},
                   {"x-dibao-signature", Crypto::keyId(a.node->signer().publicKey).toLatin1() + ':' + sig.toBase64()}};
    const HubResponse first = service->handle(get);
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    service.reset();

    // The device follows the new stream (its snapshot) and sends everything again on it; nobody sees a fork.
    const QList<ImportVerdict> down = a.import({ExportedBundle{restored.newDeviceId, a.id(), 1, QString(), first.body, 0, false}});
    EXPECT_EQ(verdicts(down), QStringLiteral("applied"));
    EXPECT_EQ(scalar(a.session(), QStringLiteral("SELECT count(*) FROM sync_peers WHERE role = 'hub' AND status = 'retired'")), 1);
    const QList<ExportedBundle> again = a.exportAll();
    ASSERT_FALSE(again.isEmpty());
    EXPECT_EQ(again.first().audience, restored.newDeviceId);
    SyncImporter importer(*restoredHub);
    QStringList up;
    for (const ExportedBundle &b : again)
        for (const ImportVerdict &v : importer.importBytes(b.zip, QStringLiteral("up")))
            up << v.verdict;
    EXPECT_EQ(up.join(QLatin1Char(',')), QStringLiteral("applied"));
    EXPECT_EQ(scalar(*session, QStringLiteral("SELECT count(*) FROM households WHERE id = '%1'").arg(late.household.id)), 1);
    EXPECT_EQ(scalar(*session, QStringLiteral("SELECT count(*) FROM sync_quarantine")), 0);
    EXPECT_EQ(scalar(a.session(), QStringLiteral("SELECT count(*) FROM sync_quarantine")), 0);
    EXPECT_EQ(scalar(*session, QStringLiteral("SELECT count(*) FROM sync_peers WHERE status = 'frozen'")), 0);
    EXPECT_TRUE(session->audit().verify().value().intact());
    // The old epoch's anchors are still there.
    EXPECT_GE(scalar(*session, QStringLiteral("SELECT count(*) FROM sync_in WHERE peer_id LIKE '%@epoch1'")), 1);
}

TEST(Backup, BackupAndRestoreFromTheCli)
{
    Hub hub;
    Device a;
    a.join(hub);
    a.addHousehold(1);
    a.node.reset();
    QTemporaryDir dir;
    CliResult r = runCli({QStringLiteral("--db"), a.db->path(), QStringLiteral("backup"), QStringLiteral("--out"), dir.path()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString file = r.out.trimmed();
    EXPECT_TRUE(QFile::exists(file));
    const QString target = dir.filePath(QStringLiteral("new.db"));
    r = runCli({QStringLiteral("--db"), target, QStringLiteral("restore"), file, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(out.value(QStringLiteral("previous_id")).toString(), a.id());
    EXPECT_NE(out.value(QStringLiteral("new_id")).toString(), a.id());
    r = runCli({QStringLiteral("--db"), target, QStringLiteral("restore"), file});
    EXPECT_EQ(r.exitCode, 1) << "never overwrites";
    r = runCli({QStringLiteral("--db"), target, QStringLiteral("audit-verify")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    // Hub backup through the CLI too.
    hub.node.reset();
    r = runCli({QStringLiteral("--db"), hub.db->path(), QStringLiteral("backup"), QStringLiteral("--out"), dir.path(),
                QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("kind")).toString(), QStringLiteral("hub"));
}
