// The client's sync (docs/client.md "Sync"): importing real bundle files made by devices through the import dialog,
// the status bar's sync text, conflicts resolved by a person as a normal change, export to a folder, a backup, and
// background sync against a real dibao-hub on loopback.
#include "MainWindow.h"
#include "ModelCheck.h"
#include "SyncController.h"
#include "SyncDialogs.h"
#include "SyncMenu.h"
#include "UiTestEnvironment.h"
#include "hub/HubTestSupport.h"
#include "support/SyncConflictSetup.h"
#include "sync/SyncHarness.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QThread>

using namespace dibao;
using namespace dibao::test;
using namespace dibao::uitest;

namespace {

class SyncUiTest : public UiTest {};

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QString verdictOf(ImportVerdictModel *model, const QString &fileName)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ImportVerdictModel::FileColumn).data().toString() == fileName)
            return model->index(r, 0).data(ImportVerdictModel::VerdictRole).toString();
    return QStringLiteral("(missing)");
}

} // namespace

TEST_F(SyncUiTest, ImportDialogGivesAVerdictPerFileForABagOfUsbSticks)
{
    Hub hub;
    Device a;
    a.join(hub);
    // Bundle 1: a household, and a change the township does not own (refused in the ack, the rest applies).
    const HouseholdFile file = a.addHousehold(1);
    Session &township = a.session();
    ASSERT_TRUE(township.writer()
                    .update(township.writeContext(), QStringLiteral("households"), file.household.id,
                            Row{{QStringLiteral("current_amount"), qint64(50000)}})
                    .ok());
    const ExportedBundle b1 = a.exportAll().last();
    // Bundles 2 and 3; 2 is lost in the post, so 3 waits.
    a.addHousehold(2);
    const ExportedBundle b2 = a.exportAll().last();
    a.addHousehold(3);
    const ExportedBundle b3 = a.exportAll().last();
    ASSERT_EQ(b3.bundleSeq, b2.bundleSeq + 1);

    QTemporaryDir stick;
    const QStringList written = SyncExporter::writeFiles({b1, b3}, stick.path()).value();
    ASSERT_EQ(written.size(), 2);
    const QString copy = writeFile(stick.filePath(QStringLiteral("copy of bundle 1.zip")), b1.zip);
    QByteArray flipped = b1.zip;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x20);
    const QString tampered = writeFile(stick.filePath(QStringLiteral("tampered.zip")), flipped);
    const QString junk = writeFile(stick.filePath(QStringLiteral("notes.zip")), QByteArray("not a bundle"));
    const qint64 householdsBefore = scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households"));

    SyncController sync(hub.session());
    ImportBundlesDialog dialog(sync);
    ModelCheck check(dialog.model());
    // A folder (the county's way) and single files; the order given does not matter.
    dialog.addFolder(stick.path());
    dialog.addFiles({copy, tampered, junk});
    EXPECT_EQ(dialog.model()->rowCount(), 5) << "the folder's dibao_*.zip files and three chosen files";
    EXPECT_EQ(dialog.model()->index(0, ImportVerdictModel::VerdictColumn).data().toString(), QStringLiteral("Waiting"));
    QSignalSpy finished(&dialog, &ImportBundlesDialog::finished);
    dialog.startImport();
    EXPECT_TRUE(dialog.running());
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(dialog.running());
    EXPECT_EQ(dialog.progress()->value(), 5);

    ImportVerdictModel *m = dialog.model();
    ASSERT_EQ(m->rowCount(), 5);
    EXPECT_EQ(verdictOf(m, QFileInfo(written.at(0)).fileName()), QStringLiteral("applied"));
    EXPECT_EQ(verdictOf(m, QFileInfo(written.at(1)).fileName()), QStringLiteral("held"));
    EXPECT_EQ(verdictOf(m, QFileInfo(copy).fileName()), QStringLiteral("duplicate"));
    EXPECT_EQ(verdictOf(m, QFileInfo(tampered).fileName()), QStringLiteral("rejected"));
    EXPECT_EQ(verdictOf(m, QFileInfo(junk).fileName()), QStringLiteral("rejected"));
    // The refused change is listed with its reason; a rejection says why.
    for (int r = 0; r < m->rowCount(); ++r) {
        const QString name = m->index(r, ImportVerdictModel::FileColumn).data().toString();
        if (name == QFileInfo(written.at(0)).fileName()) {
            EXPECT_EQ(m->index(r, ImportVerdictModel::RefusedColumn).data().toString(), QStringLiteral("1"));
            EXPECT_TRUE(m->refusedText(r).contains(QStringLiteral("confirming authority"))) << m->refusedText(r).toStdString();
            EXPECT_EQ(m->index(r, ImportVerdictModel::VerdictColumn).data().toString(), QStringLiteral("Applied"));
        }
        if (name == QFileInfo(tampered).fileName()) {
            EXPECT_FALSE(m->index(r, 0).data(ImportVerdictModel::ReasonRole).toString().isEmpty());
            EXPECT_FALSE(m->index(r, ImportVerdictModel::ReasonColumn).data().toString().isEmpty());
        }
    }
    EXPECT_TRUE(dialog.summaryLabel()->text().contains(QStringLiteral("Applied 1, duplicate 1, held 1, rejected 2")))
        << dialog.summaryLabel()->text().toStdString();
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households")), householdsBefore + 1);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM sync_held")), 1);

    // The missing stick arrives: bundle 2 applies, and the held bundle 3 after it.
    const QString late = SyncExporter::writeFiles({b2}, stick.filePath(QStringLiteral("late"))).value().first();
    dialog.addFiles({late});
    dialog.startImport();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_GE(m->rowCount(), 1);
    EXPECT_EQ(m->index(0, 0).data(ImportVerdictModel::VerdictRole).toString(), QStringLiteral("applied"));
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM sync_held")), 0);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households")), householdsBefore + 3);
}

TEST_F(SyncUiTest, StatusBarShowsPendingBundlesAndConflictsWaiting)
{
    Hub hub;
    Device a;
    makeConflict(hub, a);
    MainWindow window(a.session());
    window.sync()->setInteractive(false);
    QLabel *label = window.syncLabel();
    // Joined, keys not opened yet: locked; one conflict waiting; the phone edit's ack has come down, nothing pending.
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("conflict(s) waiting")), 10000);
    EXPECT_TRUE(label->text().contains(QStringLiteral("locked"))) << label->text().toStdString();
    EXPECT_TRUE(label->text().contains(QStringLiteral("0 bundle(s) pending"))) << label->text().toStdString();
    // A new household: one bundle pending once the summary is read again.
    a.addHousehold(7);
    window.sync()->controller()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("1 bundle(s) pending")), 10000);
    // Opening the keys: the card's address does not answer (https://127.0.0.1:1): hub unreachable, changes wait.
    QSignalSpy synced(window.sync()->controller(), &SyncController::synced);
    window.sync()->controller()->unlock(QStringLiteral("secret1"));
    ASSERT_TRUE(synced.wait(60000));
    EXPECT_FALSE(synced.first().at(0).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("hub unreachable")), 10000);
    EXPECT_TRUE(label->text().contains(QStringLiteral("1 bundle(s) pending"))) << label->text().toStdString();
    EXPECT_TRUE(label->toolTip().contains(QStringLiteral("cannot be reached"))) << label->toolTip().toStdString();
    // Export to a folder (the USB way) writes the pending bundle and lists it.
    QTemporaryDir usb;
    QSignalSpy exported(window.sync(), &SyncMenu::exported);
    window.sync()->exportTo(usb.path());
    ASSERT_TRUE(exported.wait(30000));
    const QStringList paths = exported.first().at(1).toStringList();
    ASSERT_EQ(paths.size(), 1);
    EXPECT_TRUE(QFileInfo::exists(paths.first()));
    EXPECT_TRUE(QFileInfo(paths.first()).fileName().startsWith(QStringLiteral("dibao_") + a.id()));
    EXPECT_EQ(verdicts(hub.import({ExportedBundle{a.id(), QString(), 0, QString(), [&] {
                                                      QFile f(paths.first());
                                                      f.open(QIODevice::ReadOnly);
                                                      return f.readAll();
                                                  }(), 0, false}})),
              QStringLiteral("applied"));
}

TEST_F(SyncUiTest, ResolvingAConflictWritesANormalChange)
{
    Hub hub;
    Device a;
    const HouseholdFile file = makeConflict(hub, a);
    Session &township = a.session();
    const qint64 outboxBefore = scalar(township, QStringLiteral("SELECT count(*) FROM outbox"));
    SyncController sync(township);
    ConflictsDialog dialog(sync);
    ModelCheck check(dialog.model());
    QSignalSpy reloaded(&dialog, &ConflictsDialog::reloaded);
    ASSERT_TRUE(reloaded.wait(10000));
    ASSERT_GE(dialog.model()->rowCount(), 1);
    ConflictModel *m = dialog.model();
    // The field by its label (FieldLabels), never the column name as stored.
    EXPECT_EQ(m->index(0, ConflictModel::FieldColumn).data().toString(), QStringLiteral("Phone"));
    EXPECT_EQ(m->index(0, ConflictModel::KeptColumn).data().toString(), QStringLiteral("13900000000"));
    EXPECT_EQ(m->index(0, ConflictModel::LostColumn).data().toString(), QStringLiteral("0870-1111111"));
    EXPECT_FALSE(m->index(0, ConflictModel::LostByColumn).data().toString().isEmpty());
    EXPECT_TRUE(m->index(0, ConflictModel::RecordColumn).data().toString().startsWith(QStringLiteral("Household")));

    QSignalSpy resolved(&dialog, &ConflictsDialog::resolved);
    dialog.resolveRow(0, SyncConflicts::Choice::Lost);
    ASSERT_TRUE(resolved.wait(10000));
    EXPECT_TRUE(resolved.first().at(0).toBool()) << dialog.messageLabel()->text().toStdString();
    ASSERT_TRUE(reloaded.wait(10000));
    EXPECT_EQ(m->rowCount(), 0);
    EXPECT_EQ(phone(township, file.household.id), QStringLiteral("0870-1111111"));
    EXPECT_EQ(scalar(township, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
    QTRY_COMPARE_WITH_TIMEOUT(sync.summary().conflicts, qint64(0), 10000);
}

TEST_F(SyncUiTest, BackUpNowWritesAnEncryptedBackup)
{
    Hub hub;
    Device a;
    a.join(hub);
    a.addHousehold(1);
    MainWindow window(a.session());
    window.sync()->setInteractive(false);
    QSignalSpy unlocked(window.sync()->controller(), &SyncController::unlockFinished);
    window.sync()->controller()->unlock(QStringLiteral("wrong"));
    ASSERT_TRUE(unlocked.wait(30000));
    EXPECT_FALSE(unlocked.first().at(0).toBool()) << "a wrong password opens nothing";
    EXPECT_TRUE(window.sync()->controller()->locked());
    window.sync()->controller()->unlock(QStringLiteral("secret1"));
    ASSERT_TRUE(unlocked.wait(30000));
    EXPECT_TRUE(unlocked.last().at(0).toBool());
    QTemporaryDir usb;
    QSignalSpy backedUp(window.sync()->controller(), &SyncController::backedUp);
    window.sync()->backupTo(usb.path());
    ASSERT_TRUE(backedUp.wait(60000));
    ASSERT_TRUE(backedUp.first().at(0).toBool()) << backedUp.first().at(1).toString().toStdString();
    const QString path = backedUp.first().at(1).toString();
    EXPECT_TRUE(QFileInfo(path).fileName().startsWith(QStringLiteral("dibao-backup-device-")));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_FALSE(f.readAll().contains("SQLite format 3")) << "encrypted";

    // The schedule: due at once when set and never run, not due right after a backup.
    SyncWorker worker(a.db->path(), a.session().actor());
    ASSERT_TRUE(worker.setBackupSchedule(usb.path(), 24).ok());
    EXPECT_FALSE(worker.backupDue()) << "the backup just written counts";
    ASSERT_TRUE(a.session().setMeta(QStringLiteral("backup.last_success"), QStringLiteral("2020-01-01T00:00:00Z")).ok());
    EXPECT_TRUE(worker.backupDue());
    ASSERT_TRUE(worker.setBackupSchedule(usb.path(), 0).ok());
    EXPECT_FALSE(worker.backupDue()) << "schedule off";
}

TEST_F(SyncUiTest, BackgroundSyncTalksToARealHubOnLoopback)
{
    Hub hub;
    HubProcess server(hub.db->path(), hub.db->path() + QStringLiteral(".hub-keys"));
    ASSERT_TRUE(server.started()) << server.log().toStdString();
    Device a;
    ASSERT_TRUE(a.node->join(CanonicalJson::serialize(hub.node->hubCard(server.baseUrl(), QString()).value())).ok());
    ASSERT_TRUE(hub.node->enroll(CanonicalJson::serialize(a.node->deviceKeys()->keyCard().value()), QString()).ok());
    const HouseholdFile file = a.addHousehold(1);
    a.node.reset();

    MainWindow window(a.session());
    window.sync()->setInteractive(false);
    SyncController *sync = window.sync()->controller();
    QSignalSpy synced(sync, &SyncController::synced);
    sync->unlock(QStringLiteral("secret1")); // as after sign-in: the first round starts by itself
    ASSERT_TRUE(synced.wait(60000));
    ASSERT_TRUE(synced.first().at(0).toBool()) << synced.first().at(1).toString().toStdString() << server.log().toStdString();
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households WHERE id = '%1'").arg(file.household.id)), 1);
    QTRY_VERIFY_WITH_TIMEOUT(window.syncLabel()->text().contains(QStringLiteral("Sync: last")), 10000);
    EXPECT_TRUE(window.syncLabel()->text().contains(QStringLiteral("0 bundle(s) pending"))) << window.syncLabel()->text().toStdString();
    EXPECT_FALSE(sync->summary().lastSync.isEmpty());

    // Periodic: a new household goes out on the next tick without anyone asking.
    const HouseholdFile second = a.addHousehold(2);
    sync->setInterval(1);
    ASSERT_TRUE(synced.wait(60000));
    EXPECT_TRUE(synced.last().at(0).toBool());
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households WHERE id = '%1'").arg(second.household.id)), 1);
}
