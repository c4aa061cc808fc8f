// The sync commands of dibao-cli, run as the real program on real databases (docs/cli.md "Sync commands").
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "store/HouseholdStore.h"
#include "support/TestSupport.h"
#include "sync/CanonicalJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dibao;
using namespace dibao::test;

namespace {

QJsonObject json(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// A county hub and one township device, joined and enrolled through the CLI.
struct CliPair {
    TempDatabase hub{QStringLiteral("530602")};
    TempDatabase device{QStringLiteral("530602101")};
    QTemporaryDir dir;
    QString deviceId;

    CliPair()
    {
        const QString card = dir.filePath(QStringLiteral("hub-card.json"));
        const QString key = dir.filePath(QStringLiteral("device-key.json"));
        CliResult r = runCli({QStringLiteral("--db"), hub.path(), QStringLiteral("hub-card"), QStringLiteral("--out"), card,
                              QStringLiteral("--address"), QStringLiteral("https://hub.example:8443")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = runCli({QStringLiteral("--db"), device.path(), QStringLiteral("join"), QStringLiteral("--hub-card"), card});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = runCli({QStringLiteral("--db"), device.path(), QStringLiteral("key-show"), QStringLiteral("--out"), key,
                    QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject shown = json(r);
        deviceId = shown.value(QStringLiteral("device_id")).toString();
        r = runCli({QStringLiteral("--db"), hub.path(), QStringLiteral("enroll"), QStringLiteral("--device-key"), key,
                    QStringLiteral("--expect-fingerprint"), shown.value(QStringLiteral("fingerprint")).toString()});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QString path(const QString &name) const { return dir.filePath(name); }
};

} // namespace

TEST(SyncCli, KeyShowHubCardJoinAndEnrolByFingerprint)
{
    TempDatabase hub(QStringLiteral("530602"));
    TempDatabase device(QStringLiteral("530602101"));
    QTemporaryDir dir;
    const QString card = dir.filePath(QStringLiteral("card.json"));
    CliResult r = runCli({QStringLiteral("--db"), hub.path(), QStringLiteral("hub-card"), QStringLiteral("--out"), card});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject hubCard = CanonicalJson::parse(readAll(card).trimmed(), 65536).value();
    EXPECT_EQ(hubCard.value(QStringLiteral("county")).toString(), QStringLiteral("530602"));
    // The hub's keys are in a file only its user may read.
    EXPECT_EQ(QFile::permissions(hub.path() + QStringLiteral(".hub-keys")) & (QFile::ReadGroup | QFile::ReadOther), 0);
    // Secrets never appear in a card or on the screen.
    EXPECT_FALSE(readAll(card).contains("secret"));

    const QString key = dir.filePath(QStringLiteral("key.json"));
    r = runCli({QStringLiteral("--db"), device.path(), QStringLiteral("key-show"), QStringLiteral("--out"), key});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Fingerprint: ")));
    const QJsonObject deviceCard = CanonicalJson::parse(readAll(key).trimmed(), 65536).value();
    const QString fingerprint = deviceCard.value(QStringLiteral("fingerprint")).toString();
    EXPECT_EQ(fingerprint.size(), 49); // 10 groups of 4 hex, 9 spaces
    // key-show again shows the same keys (made once, at first use).
    r = runCli({QStringLiteral("--db"), device.path(), QStringLiteral("key-show"), QStringLiteral("--json")});
    EXPECT_EQ(json(r).value(QStringLiteral("fingerprint")).toString(), fingerprint);

    // The wrong fingerprint: refused, nothing enrolled.
    r = runCli({QStringLiteral("--db"), hub.path(), QStringLiteral("enroll"), QStringLiteral("--device-key"), key,
                QStringLiteral("--expect-fingerprint"), QStringLiteral("0000 0000 0000 0000 0000 0000 0000 0000 0000 0000")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("fingerprint")));
    r = runCli({QStringLiteral("--db"), hub.path(), QStringLiteral("devices"), QStringLiteral("--json")});
    EXPECT_EQ(json(r).value(QStringLiteral("count")).toInt(), 0);
    // A township user may not enrol.
    hub.addUser(QStringLiteral("reviewer"), Role::CountyReviewer);
    r = runCli({QStringLiteral("--db"), hub.path(), QStringLiteral("--user"), QStringLiteral("reviewer"),
                QStringLiteral("enroll"), QStringLiteral("--device-key"), key});
    EXPECT_EQ(r.exitCode, 3);
    // The right one.
    r = runCli({QStringLiteral("--db"), hub.path(), QStringLiteral("enroll"), QStringLiteral("--device-key"), key,
                QStringLiteral("--expect-fingerprint"), fingerprint});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("--db"), device.path(), QStringLiteral("join"), QStringLiteral("--hub-card"), card});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(hubCard.value(QStringLiteral("fingerprint")).toString()));
    r = runCli({QStringLiteral("--db"), hub.path(), QStringLiteral("devices"), QStringLiteral("--json")});
    const QJsonObject listed = json(r).value(QStringLiteral("devices")).toArray().first().toObject();
    EXPECT_EQ(listed.value(QStringLiteral("township")).toString(), QStringLiteral("530602101"));
    EXPECT_EQ(listed.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(listed.value(QStringLiteral("fingerprint")).toString(), fingerprint);
}

TEST(SyncCli, ExportPrintsEachPathReExportsIdenticalBytesAndImportsWithExitCodes)
{
    CliPair pair;
    CliResult r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("bundle-export"),
                          QStringLiteral("--out"), pair.path(QStringLiteral("usb1"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList first = lines(r.out);
    ASSERT_EQ(first.size(), 1);
    EXPECT_TRUE(QFile::exists(first.first()));
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("bundle-export"), QStringLiteral("--out"),
                pair.path(QStringLiteral("usb2"))});
    const QStringList again = lines(r.out);
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(readAll(again.first()), readAll(first.first())) << "exporting again before the ack writes the same bytes";

    // bundle-inspect: ok with the hub's trust, unverified without.
    r = runCli({QStringLiteral("bundle-inspect"), first.first(), QStringLiteral("--json")}, {QStringLiteral("DIBAO_PASSWORD=")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(json(r).value(QStringLiteral("verdict")).toString(), QStringLiteral("unverified"));
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("bundle-inspect"), first.first(), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));

    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("bundle-import"), first.first(), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("bundles")).toArray().first().toObject().value(QStringLiteral("verdict")).toString(),
              QStringLiteral("applied"));
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("bundle-import"), again.first()});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("duplicate")));

    // A damaged file: rejected, exit 1, the database unchanged.
    QByteArray bytes = readAll(first.first());
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    const QString damaged = pair.path(QStringLiteral("damaged.zip"));
    QFile f(damaged);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("bundle-import"), damaged});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("rejected")));

    // The hub's bundle down, imported at the device: the ack clears the outbox.
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("bundle-export"), QStringLiteral("--device"),
                pair.deviceId, QStringLiteral("--out"), pair.path(QStringLiteral("down"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList down = lines(r.out);
    ASSERT_EQ(down.size(), 1);
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("bundle-import"), down.first()});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("bundle-export"), QStringLiteral("--out"),
                pair.path(QStringLiteral("usb3"))});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.isEmpty()) << "nothing pending prints nothing";
}

TEST(SyncCli, AHeldBundleExitsFourAndFilesTogetherApplyInOrder)
{
    CliPair pair;
    QStringList paths;
    for (int i = 0; i < 3; ++i) {
        TempDatabase &d = pair.device;
        if (i > 0) {
            // Written through the device database's own store between two exports.
            HouseholdFile file = sampleHousehold(QDate(2026, 11, 1), i);
            HouseholdStore households(d.session());
            ASSERT_TRUE(households.create(file).ok());
        }
        const CliResult r = runCli({QStringLiteral("--db"), d.path(), QStringLiteral("bundle-export"), QStringLiteral("--out"),
                                    pair.path(QStringLiteral("usb"))});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        paths = lines(r.out);
    }
    ASSERT_EQ(paths.size(), 3); // init's changes, then one bundle per household
    CliResult r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("bundle-import"), paths.at(2)});
    EXPECT_EQ(r.exitCode, 4) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("held")));
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("bundle-import"), paths.at(1), paths.at(0),
                QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    QStringList order;
    for (const QJsonValue &v : json(r).value(QStringLiteral("bundles")).toArray())
        order << QStringLiteral("%1:%2").arg(v.toObject().value(QStringLiteral("bundle_seq")).toInteger())
                     .arg(v.toObject().value(QStringLiteral("verdict")).toString());
    EXPECT_EQ(order.join(QLatin1Char(',')), QStringLiteral("1:applied,2:applied,3:applied"));
}

TEST(SyncCli, RevokeAndUnfreezeAreTheCountyAdministratorsAndChangeTheDeviceList)
{
    CliPair pair;
    CliResult r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("unfreeze"), pair.deviceId});
    EXPECT_EQ(r.exitCode, 1) << "an active stream is not frozen";
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("revoke"), pair.deviceId});
    EXPECT_EQ(r.exitCode, 2) << "--after-seq is required";
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("revoke"), pair.deviceId, QStringLiteral("--after-seq"),
                QStringLiteral("0")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("devices"), QStringLiteral("--json")});
    const QJsonObject d = json(r).value(QStringLiteral("devices")).toArray().first().toObject();
    EXPECT_EQ(d.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    EXPECT_EQ(d.value(QStringLiteral("revoked_after_seq")).toInteger(), 0);
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("bundle-export"), QStringLiteral("--out"),
                pair.path(QStringLiteral("usb"))});
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("bundle-import"), lines(r.out).first()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("device_revoked")));
}

TEST(SyncCli, KeyRotateAndKeyGrant)
{
    CliPair pair;
    pair.device.addUser(QStringLiteral("assistant"), Role::TownshipAssistant);
    // Before a grant, the assistant cannot open the device keys.
    CliResult r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("--user"), QStringLiteral("assistant"),
                          QStringLiteral("key-show")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("key-grant")));
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("key-grant"), QStringLiteral("assistant")},
               {QStringLiteral("DIBAO_NEW_PASSWORD=secret1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("--user"), QStringLiteral("assistant"),
                QStringLiteral("key-show"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString before = json(r).value(QStringLiteral("sign_key_id")).toString();
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("--user"), QStringLiteral("assistant"),
                QStringLiteral("key-rotate")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("key-rotate")});
    EXPECT_EQ(r.exitCode, 1) << "one rotation at a time";
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("bundle-export"), QStringLiteral("--out"),
                pair.path(QStringLiteral("usb"))});
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("bundle-import"), lines(r.out).first()});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("key-show"), QStringLiteral("--json")});
    EXPECT_NE(json(r).value(QStringLiteral("sign_key_id")).toString(), before);
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("devices"), QStringLiteral("--json")});
    EXPECT_EQ(json(r).value(QStringLiteral("devices")).toArray().first().toObject().value(QStringLiteral("sign_key_id")).toString(),
              json(runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("key-show"), QStringLiteral("--json")}))
                  .value(QStringLiteral("sign_key_id"))
                  .toString());
}

// The document is enough: a bundle made by dibao-cli, verified and decrypted by /usr/bin/python3 with zipfile,
// hashlib, json and Debian's python3-nacl (tests/sync/verify_bundle.py), using the hub's key file.
TEST(SyncCli, PythonVerifiesAndDecryptsABundleMadeByDibaoCli)
{
    CliPair pair;
    HouseholdFile file = sampleHousehold(QDate(2026, 11, 1), 4);
    file.household.actualAddress = QStringLiteral("昭阳区\"引号\"\\反斜杠\n第二行 😀");
    ASSERT_TRUE(HouseholdStore(pair.device.session()).create(file).ok());
    CliResult r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("bundle-export"),
                          QStringLiteral("--out"), pair.path(QStringLiteral("usb"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString bundle = lines(r.out).first();
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("key-show"), QStringLiteral("--json")});
    const QByteArray signer = QByteArray::fromBase64(json(r).value(QStringLiteral("ed25519")).toString().toLatin1());

    // What the bundle must hold: the device's outbox, county-owned rows left out.
    QJsonArray changes;
    auto st = pair.device.session().db().prepare(
        "SELECT origin, change_seq, hlc, user_id, entity, entity_id, op, fields FROM outbox WHERE entity <> 'policy_rows' "
        "ORDER BY change_seq");
    while (st->step().value()) {
        changes.append(QJsonObject{{QStringLiteral("origin"), st->text(0)},
                                   {QStringLiteral("change_seq"), st->int64(1)},
                                   {QStringLiteral("hlc"), st->text(2)},
                                   {QStringLiteral("user"), st->text(3)},
                                   {QStringLiteral("entity"), st->text(4)},
                                   {QStringLiteral("entity_id"), st->text(5)},
                                   {QStringLiteral("op"), st->text(6)},
                                   {QStringLiteral("fields"), QJsonDocument::fromJson(st->text(7).toUtf8()).object()}});
    }
    ASSERT_GT(changes.size(), 5);
    const QString expected = pair.path(QStringLiteral("expected.json"));
    QFile f(expected);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                      {QStringLiteral("attachments_sha256"), QJsonArray{}}})
                .toJson());
    f.close();
    // The recipient's X25519 seed, from the hub's key file (readable here because the test owns it).
    const QJsonObject keys = CanonicalJson::parse(readAll(pair.hub.path() + QStringLiteral(".hub-keys")), 65536).value();
    const QByteArray boxSeed = QByteArray::fromBase64(
        keys.value(QStringLiteral("box")).toArray().last().toObject().value(QStringLiteral("secret")).toString().toLatin1());

    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(DIBAO_SOURCE_DIR "/tests/sync/verify_bundle.py"), bundle,
                  QString::fromLatin1(signer.toHex()), QString::fromLatin1(boxSeed.toHex()), expected});
    ASSERT_TRUE(python.waitForFinished(60000));
    const QString output = QString::fromUtf8(python.readAll()).trimmed();
    EXPECT_EQ(python.exitCode(), 0) << output.toStdString();
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("bundle-inspect"), bundle, QStringLiteral("--json")});
    EXPECT_EQ(output, QStringLiteral("OK ") + json(r).value(QStringLiteral("bundle_id")).toString());
}

// A trail rewritten and recomputed with sqlite3 walks cleanly, but no longer matches what the hub acknowledged.
TEST(SyncCli, AuditVerifyChecksTheHeadsTheHubAcknowledged)
{
    CliPair pair;
    CliResult r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("bundle-export"),
                          QStringLiteral("--out"), pair.path(QStringLiteral("up"))});
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("bundle-import"), lines(r.out).first()});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString();
    r = runCli({QStringLiteral("--db"), pair.hub.path(), QStringLiteral("bundle-export"), QStringLiteral("--device"),
                pair.deviceId, QStringLiteral("--out"), pair.path(QStringLiteral("down"))});
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("bundle-import"), lines(r.out).first()});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString();
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("audit-verify"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("anchors")).toInt(), 1);

    // Rewrite entry 1 (who made the first user) and recompute the whole chain, as anyone with sqlite3 could.
    Database &db = pair.device.session().db();
    ASSERT_TRUE(db.exec("UPDATE audit SET user_name = 'someone-else' WHERE seq = 1").ok());
    auto st = db.prepare("SELECT seq, at, user_id, user_name, device_id, entity, entity_id, action, before, after "
                         "FROM audit ORDER BY seq");
    QString prev = QString::fromLatin1(AuditLog::kGenesis);
    QList<QPair<qint64, QPair<QString, QString>>> rewritten;
    while (st->step().value()) {
        const QString hash = AuditLog::entryHash(prev, st->int64(0), st->text(1), st->text(2), st->text(3), st->text(4),
                                                 st->text(5), st->text(6), st->text(7),
                                                 st->isNull(8) ? QByteArray() : st->text(8).toUtf8(),
                                                 st->isNull(9) ? QByteArray() : st->text(9).toUtf8());
        rewritten.append({st->int64(0), {prev, hash}});
        prev = hash;
    }
    for (const auto &[seq, hashes] : rewritten) {
        auto up = db.prepare("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?");
        up->bind(1, hashes.first).bind(2, hashes.second).bind(3, seq);
        ASSERT_TRUE(up->run().ok());
    }
    EXPECT_TRUE(pair.device.session().audit().verify().value().intact()) << "the recomputed chain walks cleanly";
    r = runCli({QStringLiteral("--db"), pair.device.path(), QStringLiteral("audit-verify"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    const QJsonObject report = json(r);
    EXPECT_FALSE(report.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("anchor_mismatch"));
}
