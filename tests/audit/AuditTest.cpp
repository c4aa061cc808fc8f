#include "audit/AuditLog.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace dibao;
using namespace dibao::test;

namespace {

class AuditTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = std::make_unique<TempDatabase>();
        for (int i = 0; i < 3; ++i) {
            HouseholdFile file = sampleHousehold(QDate(2026, 11, 1), i);
            HouseholdStore households(db->session());
            ASSERT_TRUE(households.create(file).ok());
            householdIds << file.household.id;
        }
        auto report = db->session().audit().verify();
        ASSERT_TRUE(report.ok());
        ASSERT_TRUE(report->intact());
        entries = report->entries;
        ASSERT_GT(entries, 20);
    }

    void exec(const QString &sql)
    {
        const Status st = db->session().db().exec(sql.toUtf8().constData());
        ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    }

    AuditLog::Report verify()
    {
        auto report = db->session().audit().verify();
        EXPECT_TRUE(report.ok());
        return report.ok() ? *report : AuditLog::Report{};
    }

    std::unique_ptr<TempDatabase> db;
    QStringList householdIds;
    qint64 entries = 0;
};

TEST_F(AuditTest, EveryWriteIsAuditedWithWhoAndBeforeAndAfter)
{
    HouseholdStore households(db->session());
    Household h = households.household(householdIds[0]).value();
    h.bankAccount = QStringLiteral("6217999900001111");
    ASSERT_TRUE(households.updateHousehold(h).ok());
    auto st = db->session().db().prepare(
        "SELECT user_name, device_id, action, before, after FROM audit ORDER BY seq DESC LIMIT 1");
    ASSERT_TRUE(st->step().value());
    EXPECT_EQ(st->text(0), QStringLiteral("admin"));
    EXPECT_EQ(st->text(1), db->session().deviceId());
    EXPECT_EQ(st->text(2), QStringLiteral("update"));
    EXPECT_TRUE(st->text(3).contains(QStringLiteral("62170000000000")));
    EXPECT_TRUE(st->text(4).contains(QStringLiteral("6217999900001111")));
    EXPECT_TRUE(verify().intact());
}

TEST_F(AuditTest, SensitiveReadsAreLoggedInTheChain)
{
    ASSERT_TRUE(db->session().logSensitiveRead(QStringLiteral("households"), householdIds[0], QStringLiteral("case view")).ok());
    auto st = db->session().db().prepare("SELECT action, entity_id, user_name, after FROM audit ORDER BY seq DESC LIMIT 1");
    ASSERT_TRUE(st->step().value());
    EXPECT_EQ(st->text(0), QStringLiteral("read"));
    EXPECT_EQ(st->text(1), householdIds[0]);
    EXPECT_EQ(st->text(2), QStringLiteral("admin"));
    EXPECT_EQ(st->text(3), QStringLiteral("case view"));
    const auto report = verify();
    EXPECT_TRUE(report.intact());
    EXPECT_EQ(report.entries, entries + 1);
}

TEST_F(AuditTest, AnAlteredEntryIsFoundByItsSequence)
{
    exec(QStringLiteral("UPDATE audit SET user_name = 'mallory' WHERE seq = 12"));
    const auto report = verify();
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(report.problems.first().kind, QStringLiteral("entry_altered"));
    EXPECT_EQ(report.problems.first().seq, 12);
}

TEST_F(AuditTest, ARemovedEntryIsFound)
{
    exec(QStringLiteral("DELETE FROM audit WHERE seq = 9"));
    const auto report = verify();
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(report.problems.first().kind, QStringLiteral("entry_missing"));
    EXPECT_EQ(report.problems.first().seq, 9);
}

TEST_F(AuditTest, RemovingTheLastEntriesLeavesTheirRecordsUnmatched)
{
    // Cutting the tail keeps the chain consistent, but the records written by those entries no longer match.
    exec(QStringLiteral("DELETE FROM audit WHERE seq > %1").arg(entries - 2));
    const auto report = verify();
    ASSERT_FALSE(report.intact());
    EXPECT_TRUE(report.problems.first().kind.startsWith(QStringLiteral("record_")));
}

TEST_F(AuditTest, ReorderedEntriesAreFound)
{
    // Swap the content of entries 5 and 6, keeping their sequence numbers: a reorder of history.
    exec(QStringLiteral("CREATE TEMP TABLE a5 AS SELECT * FROM audit WHERE seq = 5"));
    exec(QStringLiteral("UPDATE audit SET (at, user_id, user_name, device_id, entity, entity_id, action, before, after, "
                        "prev_hash, hash) = (SELECT at, user_id, user_name, device_id, entity, entity_id, action, before, "
                        "after, prev_hash, hash FROM audit b WHERE b.seq = 6) WHERE seq = 5"));
    exec(QStringLiteral("UPDATE audit SET (at, user_id, user_name, device_id, entity, entity_id, action, before, after, "
                        "prev_hash, hash) = (SELECT at, user_id, user_name, device_id, entity, entity_id, action, before, "
                        "after, prev_hash, hash FROM a5) WHERE seq = 6"));
    const auto report = verify();
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(report.problems.first().seq, 5);
}

TEST_F(AuditTest, AReorderWithRecomputedHashesIsStillFoundByTheLinks)
{
    // An editor who recomputes an entry's own hash after moving it still breaks the link to the entry before.
    auto st = db->session().db().prepare("SELECT seq, at, user_id, user_name, device_id, entity, entity_id, action, "
                                         "before, after, prev_hash FROM audit WHERE seq = 8");
    ASSERT_TRUE(st->step().value());
    const QString fakePrev = QString::fromLatin1(AuditLog::kGenesis);
    const QString rehashed = AuditLog::entryHash(fakePrev, 8, st->text(1), st->text(2), st->text(3), st->text(4),
                                                 st->text(5), st->text(6), st->text(7), st->text(8).toUtf8(),
                                                 st->text(9).toUtf8());
    exec(QStringLiteral("UPDATE audit SET prev_hash = '%1', hash = '%2' WHERE seq = 8").arg(fakePrev, rehashed));
    const auto report = verify();
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(report.problems.first().kind, QStringLiteral("entry_reordered"));
    EXPECT_EQ(report.problems.first().seq, 8);
}

TEST_F(AuditTest, ARecordEditedBehindTheTrailsBackIsFound)
{
    exec(QStringLiteral("UPDATE households SET bank_account = '6222000011112222' WHERE id = '%1'").arg(householdIds[1]));
    const auto report = verify();
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().kind, QStringLiteral("record_mismatch"));
    EXPECT_EQ(report.problems.first().entity, QStringLiteral("households"));
    EXPECT_EQ(report.problems.first().entityId, householdIds[1]);
}

TEST_F(AuditTest, ARecordInsertedBehindTheTrailsBackIsFound)
{
    exec(QStringLiteral("INSERT INTO users(id, name, display_name, role, division_code, pw_hash, created_at, updated_at) "
                        "VALUES ('u-x', 'mallory', 'M', 'county_reviewer', '530602', 'x', 'now', 'now')"));
    const auto report = verify();
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().kind, QStringLiteral("record_unaudited"));
    EXPECT_EQ(report.problems.first().entityId, QStringLiteral("u-x"));
}

TEST_F(AuditTest, APasswordHashChangedBehindTheTrailsBackIsFoundWithoutStoringTheHash)
{
    auto st = db->session().db().prepare("SELECT after FROM audit WHERE entity = 'users'");
    ASSERT_TRUE(st->step().value());
    EXPECT_FALSE(st->text(0).contains(QStringLiteral("$argon2id$"))); // only its SHA-256 is in the trail
    exec(QStringLiteral("UPDATE users SET pw_hash = 'attacker' WHERE name = 'admin'"));
    const auto report = verify();
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().kind, QStringLiteral("record_mismatch"));
}

} // namespace

// The audit head is kept between appends only while this connection's write transaction lasts: another connection
// (the hub beside the county client) appending in between — after a read-only transaction here, after a commit,
// after a rollback — never forks the chain.
TEST_F(AuditTest, TwoConnectionsAppendingInTurnKeepOneChain)
{
    auto other = Session::open(db->path());
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE((*other)->signIn(QStringLiteral("admin"), QStringLiteral("secret1")).ok());
    Session &mine = db->session();
    const WriteContext who{QStringLiteral("u"), QStringLiteral("用户"), mine.deviceId()};
    const auto append = [&](Session &s, const QString &id) {
        const Status st = s.audit().append(who, QStringLiteral("households"), id, QStringLiteral("view"), {}, {});
        ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    };
    for (int round = 0; round < 3; ++round) {
        {   // a write transaction here appends twice (the head kept between), then the other connection appends
            Transaction tx(mine.db());
            append(mine, QStringLiteral("a1"));
            append(mine, QStringLiteral("a2"));
            ASSERT_TRUE(tx.commit().ok());
        }
        append(**other, QStringLiteral("b1"));
        {   // a read-only transaction here reads the head; the other appends; then a write transaction here
            ASSERT_TRUE(mine.db().exec("BEGIN").ok());
            ASSERT_TRUE(mine.audit().head().ok());
            ASSERT_TRUE(mine.db().exec("COMMIT").ok());
        }
        append(**other, QStringLiteral("b2"));
        {
            Transaction tx(mine.db());
            append(mine, QStringLiteral("a3"));
            ASSERT_TRUE(tx.commit().ok());
        }
        {   // appended, then rolled back: the head it left is forgotten
            Transaction tx(mine.db());
            append(mine, QStringLiteral("gone"));
        }
        append(**other, QStringLiteral("b3"));
        append(mine, QStringLiteral("a4"));
    }
    const AuditLog::Report report = verify();
    EXPECT_TRUE(report.intact());
    EXPECT_EQ(report.entries, entries + 3 * 7);
}
