#include "db/Database.h"
#include "store/Schema.h"
#include "store/Session.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

using namespace dibao;

namespace {

qint64 scalar(Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    EXPECT_TRUE(st.ok());
    EXPECT_TRUE(st->step().ok());
    return st->int64(0);
}

TEST(Database, OpensWithWalForeignKeysAndRealCaches)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
    ASSERT_TRUE(db.ok());
    auto mode = (*db)->prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode->step().ok());
    EXPECT_EQ(mode->text(0), QStringLiteral("wal"));
    EXPECT_EQ(scalar(**db, "PRAGMA foreign_keys"), 1);
    EXPECT_EQ(scalar(**db, "PRAGMA cache_size"), -64 * 1024);
    EXPECT_EQ(scalar(**db, "PRAGMA mmap_size"), 256ll * 1024 * 1024);
    EXPECT_GE(scalar(**db, "PRAGMA busy_timeout"), 5000);
}

TEST(Database, MigratesOldToNewAndKeepsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.db"));
    const std::vector<Migration> v1{{1, "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT);"}};
    const std::vector<Migration> v2{{1, "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT);"},
                                    {2, "ALTER TABLE t ADD COLUMN note TEXT; CREATE INDEX t_name ON t(name);"}};
    {
        auto db = Database::open(path);
        ASSERT_TRUE((*db)->migrate(v1).ok());
        ASSERT_TRUE((*db)->exec("INSERT INTO t(name) VALUES ('王五')").ok());
        EXPECT_EQ((*db)->schemaVersion(), 1);
    }
    auto db = Database::open(path);
    ASSERT_TRUE((*db)->migrate(v2).ok());
    EXPECT_EQ((*db)->schemaVersion(), 2);
    auto st = (*db)->prepare("SELECT name, note FROM t");
    ASSERT_TRUE(st->step().value());
    EXPECT_EQ(st->text(0), QStringLiteral("王五"));
    EXPECT_TRUE(st->isNull(1));
}

TEST(Database, AFailingMigrationChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.db"));
    auto db = Database::open(path);
    ASSERT_TRUE((*db)->migrate({{1, "CREATE TABLE t(id INTEGER);"}}).ok());
    const Status st = (*db)->migrate({{1, "CREATE TABLE t(id INTEGER);"},
                                      {2, "CREATE TABLE u(id INTEGER);"},
                                      {3, "CREATE TABLE broken(;"}});
    EXPECT_FALSE(st.ok());
    EXPECT_EQ((*db)->schemaVersion(), 1);
    EXPECT_EQ(scalar(**db, "SELECT count(*) FROM sqlite_schema WHERE name = 'u'"), 0);
}

TEST(Database, RefusesANewerSchema)
{
    dibao::test::TempDatabase temp;
    const QString path = temp.path();
    ASSERT_TRUE(temp.session().db().exec("PRAGMA user_version = 99").ok());
    auto reopened = Session::open(path);
    ASSERT_FALSE(reopened.ok());
    EXPECT_EQ(reopened.error().code, QStringLiteral("schema_newer"));
    EXPECT_TRUE(reopened.error().message.contains(QStringLiteral("99")));
}

TEST(Database, RefusesAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.db"));
    QFile junk(path);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    auto opened = Session::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, QStringLiteral("db_not_a_database"));
    QFile check(path);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray(4096, 'x')); // the file is left as it was
}

TEST(Database, TransactionRollsBackUnlessCommitted)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")));
    ASSERT_TRUE((*db)->exec("CREATE TABLE t(x INTEGER)").ok());
    {
        Transaction tx(**db);
        ASSERT_TRUE(tx.begun().ok());
        ASSERT_TRUE((*db)->exec("INSERT INTO t VALUES (1)").ok());
    }
    EXPECT_EQ(scalar(**db, "SELECT count(*) FROM t"), 0);
    {
        Transaction tx(**db);
        ASSERT_TRUE((*db)->exec("INSERT INTO t VALUES (1)").ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(scalar(**db, "SELECT count(*) FROM t"), 1);
}

TEST(Database, WriteTransactionsAreImmediateSoASecondWriterWaitsInsteadOfFailing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.db"));
    auto a = Database::open(path);
    ASSERT_TRUE((*a)->exec("CREATE TABLE t(x INTEGER)").ok());
    Database::Options quick;
    quick.busyTimeoutMs = 50;
    auto b = Database::open(path, quick);
    Transaction holder(**a);
    ASSERT_TRUE(holder.begun().ok());
    // While a holds the write lock, b's BEGIN IMMEDIATE reports busy at once (after its timeout) instead of
    // starting a read transaction that would fail later in the middle of its work.
    Transaction blocked(**b);
    ASSERT_FALSE(blocked.begun().ok());
    EXPECT_EQ(blocked.begun().error().code, QStringLiteral("db_busy"));
    ASSERT_TRUE(holder.commit().ok());
    Transaction next(**b);
    EXPECT_TRUE(next.begun().ok());
}

// A process killed in the middle of a write transaction leaves the database exactly as before.
// Fills the WAL past the checkpoint threshold in one committed transaction.
void fillWal(Database &db)
{
    ASSERT_TRUE(db.exec("CREATE TABLE t(x TEXT)").ok());
    Transaction tx(db);
    auto ins = db.prepare("INSERT INTO t VALUES (?)");
    ASSERT_TRUE(ins.ok());
    const QString text(3000, QLatin1Char('x'));
    for (int i = 0; i < 2 * Database::kCheckpointPages; ++i) {
        ins->bind(1, text + QString::number(i));
        ASSERT_TRUE(ins->run().ok());
    }
    ASSERT_TRUE(tx.commit().ok());
}

// In WAL mode only a checkpoint writes the database file itself.
const qint64 kCheckpointedBytes = qint64(Database::kCheckpointPages) * 4096;

TEST(Database, ACommitThatFillsTheWalLeavesTheCheckpointToAnotherThread)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    const qint64 before = QFileInfo(path).size();
    fillWal(**db);
    // This connection does nothing more; the copy happens anyway (waited for, however slow the machine).
    for (int i = 0; i < 1200 && (*db)->backgroundCheckpoints() == 0; ++i)
        QThread::msleep(50);
    EXPECT_GE((*db)->backgroundCheckpoints(), 1u);
    EXPECT_GE(QFileInfo(path).size(), before + kCheckpointedBytes);
    EXPECT_EQ(scalar(**db, "SELECT count(*) FROM t"), 2 * Database::kCheckpointPages);
}

TEST(Database, CheckpointEmptiesTheWalEvenWithABackgroundCheckpointUnderWay)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    fillWal(**db); // a background checkpoint asked for, maybe running
    ASSERT_TRUE((*db)->checkpoint().ok());
    EXPECT_EQ(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    EXPECT_EQ(scalar(**db, "SELECT count(*) FROM t"), 2 * Database::kCheckpointPages);
}

TEST(Database, WithoutTheBackgroundCheckpointTheCommitCheckpointsItself)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    Database::Options options;
    options.checkpointInBackground = false;
    auto db = Database::open(path, options);
    ASSERT_TRUE(db.ok());
    const qint64 before = QFileInfo(path).size();
    fillWal(**db);
    EXPECT_GE(QFileInfo(path).size(), before + kCheckpointedBytes); // at once, in the commit
    EXPECT_EQ((*db)->backgroundCheckpoints(), 0u);
}

TEST(Database, ClosingWhileTheBackgroundCheckpointIsAskedForLosesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        fillWal(**db);
    } // closed at once: the thread is stopped, the closing connection checkpoints
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(scalar(**db, "SELECT count(*) FROM t"), 2 * Database::kCheckpointPages);
    auto check = (*db)->prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check->step().value());
    EXPECT_EQ(check->text(0), QStringLiteral("ok"));
}

TEST(Database, CrashMidTransactionLeavesTheDatabaseAsBefore)
{
    dibao::test::TempDatabase temp;
    const QString path = temp.path();
    const qint64 householdsBefore = scalar(temp.session().db(), "SELECT count(*) FROM households");
    const qint64 auditBefore = scalar(temp.session().db(), "SELECT count(*) FROM audit");
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto session = Session::open(path);
        if (!session || !(*session)->signIn(QStringLiteral("admin"), QStringLiteral("secret1")).ok())
            _exit(3);
        Transaction tx((*session)->db());
        HouseholdFile file = dibao::test::sampleHousehold(QDate(2026, 11, 1));
        // Write the household (and its audit rows) inside the open transaction, then die without committing.
        if (!(*session)->writer().insert((*session)->writeContext(), QStringLiteral("households"),
                                         Row{{QStringLiteral("id"), QStringLiteral("h1")},
                                             {QStringLiteral("division_code"), file.household.divisionCode},
                                             {QStringLiteral("area"), QStringLiteral("rural")}})
                 .ok())
            _exit(4);
        kill(getpid(), SIGKILL);
        _exit(5);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
    temp.reopen();
    EXPECT_EQ(scalar(temp.session().db(), "SELECT count(*) FROM households"), householdsBefore);
    EXPECT_EQ(scalar(temp.session().db(), "SELECT count(*) FROM audit"), auditBefore);
    auto check = temp.session().db().prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check->step().value());
    EXPECT_EQ(check->text(0), QStringLiteral("ok"));
    EXPECT_TRUE(temp.session().audit().verify()->intact());
}

} // namespace
