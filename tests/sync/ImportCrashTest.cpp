// SIGKILL the importer at random points, again and again: the database stays sound, every bundle is applied whole or
// not at all, and importing again finishes the job.
#include "SyncHarness.h"

#include "db/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace dibao;
using namespace dibao::test;

TEST(ImportCrash, SigkillAtRandomPointsLeavesEveryBundleWholeOrAbsent)
{
    constexpr int kBundles = 55;
    Hub hub;
    Device device;
    device.join(hub);
    QTemporaryDir dir;
    QList<ExportedBundle> bundles;
    QList<QStringList> householdsOf; // the households each bundle creates
    int household = 0;
    for (int b = 0; b < kBundles; ++b) {
        QStringList ids;
        for (int i = 0; i < 8; ++i)
            ids << device.addHousehold(household++).household.id;
        householdsOf << ids;
        bundles << device.exportAll().last();
    }
    const QStringList files = SyncExporter::writeFiles(bundles, dir.path()).value();
    const QString deviceId = device.id();
    hub.node.reset();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DIBAO_PASSWORD"), QStringLiteral("secret1"));
    env.insert(QStringLiteral("DIBAO_LANG"), QStringLiteral("en"));
    auto importOnce = [&](const QString &file, int killAfterMicros) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DIBAO_CLI_PATH), {QStringLiteral("--db"), hub.db->path(), QStringLiteral("bundle-import"), file});
        p.waitForStarted();
        if (killAfterMicros >= 0) {
            QThread::usleep(static_cast<unsigned long>(killAfterMicros));
            p.kill();
        }
        p.waitForFinished(120000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -9;
    };
    // How long one import takes here, so the kills spread over all of it.
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(importOnce(files.at(0), -1), 0);
    const int fullMicros = int(timer.nsecsElapsed() / 1000);

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    SCOPED_TRACE("seed " + std::to_string(seed));
    int killed = 0;
    // Kill delays are drawn below the fastest complete import seen so far, so that under any load most tries are
    // killed somewhere between the start of the process and its commit.
    int fastestMicros = fullMicros;
    for (int b = 1; b < kBundles; ++b) {
        // Kill the import of bundle b at random points (up to 8 times, until a try finishes before its kill), checking
        // the database after every kill; then an import left to finish.
        for (int attempt = 0; attempt < 8; ++attempt) {
            QElapsedTimer t;
            t.start();
            const int result = importOnce(files.at(b), int(random.bounded(std::max(1, fastestMicros * 9 / 10))));
            if (result != -9) {
                fastestMicros = std::min(fastestMicros, int(t.nsecsElapsed() / 1000));
                break;
            }
            ++killed;
            auto db = Database::open(hub.db->path(), Database::Options{false, true});
            ASSERT_TRUE(db.ok());
            auto check = (*db)->prepare("PRAGMA integrity_check");
            ASSERT_TRUE(check->step().value());
            ASSERT_EQ(check->text(0), QStringLiteral("ok")) << "after bundle " << b;
            // Whole or absent, bundle by bundle: applied means its households and their members are all there.
            for (int k = 0; k <= b; ++k) {
                auto in = (*db)->prepare("SELECT count(*) FROM sync_in WHERE peer_id = ? AND bundle_seq = ?");
                in->bind(1, deviceId).bind(2, bundles.at(k).bundleSeq);
                ASSERT_TRUE(in->step().value());
                const bool applied = in->int64(0) == 1;
                qint64 households = 0, members = 0;
                for (const QString &id : householdsOf.at(k)) {
                    auto hh = (*db)->prepare("SELECT (SELECT count(*) FROM households WHERE id = ?1), "
                                             "(SELECT count(*) FROM members WHERE household_id = ?1)");
                    hh->bind(1, id);
                    ASSERT_TRUE(hh->step().value());
                    households += hh->int64(0);
                    members += hh->int64(1);
                }
                EXPECT_EQ(households, applied ? 8 : 0) << "bundle " << k << (applied ? " applied" : " not applied");
                EXPECT_EQ(members, applied ? 24 : 0) << "bundle " << k;
            }
        }
        ASSERT_EQ(importOnce(files.at(b), -1), 0) << "importing again finishes the job (bundle " << b << ")";
    }
    EXPECT_GE(killed, 50) << "the loop must really kill the importer";
    Session &s = hub.session();
    EXPECT_EQ(scalar(s, QStringLiteral("SELECT in_seq FROM sync_peers WHERE peer_id = '%1'").arg(deviceId)), kBundles);
    EXPECT_EQ(scalar(s, QStringLiteral("SELECT count(*) FROM households")), 8 * kBundles);
    EXPECT_TRUE(s.audit().verify().value().intact());
    std::printf("%d imports killed at random points (one import: %d us), seed %u\n", killed, fullMicros, seed);
}
