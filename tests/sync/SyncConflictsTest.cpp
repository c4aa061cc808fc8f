// Conflicts for a person (core/sync/SyncConflicts): both values with who and when, a resolution written as a normal
// change that travels, and the status summary the client's status bar shows.
#include "support/SyncConflictSetup.h"
#include "sync/SyncConflicts.h"
#include "sync/SyncHarness.h"

using namespace dibao;
using namespace dibao::test;

TEST(SyncConflicts, ListsBothValuesWithWhoAndWhen)
{
    Hub hub;
    Device a;
    const HouseholdFile file = makeConflict(hub, a);
    auto list = SyncConflicts(a.session()).open();
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    ASSERT_GE(list->size(), 1);
    const SyncConflict &c = list->first();
    EXPECT_EQ(c.entity, QStringLiteral("households"));
    EXPECT_EQ(c.entityId, file.household.id);
    EXPECT_EQ(c.field, QStringLiteral("phone"));
    EXPECT_EQ(c.keptValue.toString(), QStringLiteral("13900000000"));
    EXPECT_EQ(c.lostValue.toString(), QStringLiteral("0870-1111111"));
    EXPECT_EQ(c.keptOrigin, a.id());
    EXPECT_EQ(c.lostOrigin, hub.node->streamId());
    EXPECT_FALSE(c.keptUser.isEmpty());
    EXPECT_FALSE(c.lostUser.isEmpty()) << "the county user is named from the user directory";
    EXPECT_TRUE(SyncConflict::hlcTime(c.lostHlc).isValid());
    EXPECT_LE(SyncConflict::hlcTime(c.lostHlc), SyncConflict::hlcTime(c.keptHlc));
    EXPECT_EQ(SyncConflicts(a.session()).openCount().value(), list->size());
}

TEST(SyncConflicts, RestoringTheLostValueIsANormalChangeThatTravels)
{
    Hub hub;
    Device a;
    const HouseholdFile file = makeConflict(hub, a);
    Session &township = a.session();
    const qint64 outboxBefore = scalar(township, QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 auditBefore = scalar(township, QStringLiteral("SELECT count(*) FROM audit"));
    const qint64 id = SyncConflicts(township).open().value().first().id;
    const Status st = SyncConflicts(township).resolve(id, SyncConflicts::Choice::Lost);
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    EXPECT_EQ(phone(township, file.household.id), QStringLiteral("0870-1111111"));
    EXPECT_EQ(scalar(township, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
    EXPECT_EQ(scalar(township, QStringLiteral("SELECT count(*) FROM audit")), auditBefore + 1);
    EXPECT_EQ(scalar(township, QStringLiteral("SELECT count(*) FROM conflicts WHERE field = 'phone' AND "
                                              "resolved_at IS NULL")),
              0);
    EXPECT_EQ(scalar(township, QStringLiteral("SELECT count(*) FROM conflicts WHERE resolution = 'restored'")),
              scalar(township, QStringLiteral("SELECT count(*) FROM conflicts WHERE field = 'phone'")));
    // Resolved once: a second resolution is refused.
    EXPECT_EQ(SyncConflicts(township).resolve(id, SyncConflicts::Choice::Kept).error().code,
              QStringLiteral("conflict_resolved"));
    // The resolution reaches the hub like any edit and wins there.
    EXPECT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("applied"));
    EXPECT_EQ(phone(hub.session(), file.household.id), QStringLiteral("0870-1111111"));
}

TEST(SyncConflicts, KeepingTheValueInForceWritesNothing)
{
    Hub hub;
    Device a;
    const HouseholdFile file = makeConflict(hub, a);
    Session &township = a.session();
    const qint64 outboxBefore = scalar(township, QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 id = SyncConflicts(township).open().value().first().id;
    ASSERT_TRUE(SyncConflicts(township).resolve(id, SyncConflicts::Choice::Kept).ok());
    EXPECT_EQ(phone(township, file.household.id), QStringLiteral("13900000000"));
    EXPECT_EQ(scalar(township, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore);
    EXPECT_EQ(scalar(township, QStringLiteral("SELECT count(*) FROM conflicts WHERE id = %1 AND resolution = 'kept'")
                                   .arg(id)),
              1);
    EXPECT_EQ(SyncConflicts(township).openCount().value(), 0);
}

TEST(SyncConflicts, ARoleThatDoesNotWriteHouseholdsMayNotResolve)
{
    Hub hub;
    Device a;
    makeConflict(hub, a);
    const qint64 id = SyncConflicts(a.session()).open().value().first().id;
    a.db->addUser(QStringLiteral("cadre"), Role::VillageCadre);
    a.db->signInAs(QStringLiteral("cadre"));
    const Status st = SyncConflicts(a.session()).resolve(id, SyncConflicts::Choice::Lost);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, QStringLiteral("permission_denied"));
    EXPECT_EQ(SyncConflicts(a.session()).openCount().value(), 1);
    EXPECT_EQ(SyncConflicts(a.session()).resolve(id + 1000, SyncConflicts::Choice::Lost).error().code,
              QStringLiteral("permission_denied"));
}

TEST(SyncConflicts, UnknownConflictIsNotFound)
{
    Device a;
    EXPECT_EQ(SyncConflicts(a.session()).resolve(4242, SyncConflicts::Choice::Lost).error().code,
              QStringLiteral("conflict_not_found"));
}

TEST(SyncSummary, PendingBundlesConflictsAndLastSync)
{
    Hub hub;
    Device a;
    auto before = SyncSummary::read(a.session());
    ASSERT_TRUE(before.ok());
    EXPECT_FALSE(before->joined);
    a.join(hub);
    a.addHousehold(1);
    auto pending = SyncSummary::read(a.session()).value();
    EXPECT_TRUE(pending.joined);
    EXPECT_EQ(pending.pendingBundles, 1) << "changes not cut yet make one bundle";
    EXPECT_GT(pending.pendingChanges, 0);
    const QList<ExportedBundle> bundles = a.exportAll();
    ASSERT_EQ(bundles.size(), 1);
    EXPECT_EQ(SyncSummary::read(a.session()).value().pendingBundles, 1) << "cut, not acknowledged";
    a.import(hub.exportFor(a.id())); // nothing acknowledged yet: the hub has not seen it
    EXPECT_EQ(SyncSummary::read(a.session()).value().pendingBundles, 1);
    hub.import(bundles);
    a.import(hub.exportFor(a.id())); // the ack comes down
    auto done = SyncSummary::read(a.session()).value();
    EXPECT_EQ(done.pendingBundles, 0);
    EXPECT_EQ(done.pendingChanges, 0);
    EXPECT_TRUE(done.lastSync.isEmpty());
    ASSERT_TRUE(SyncSummary::recordAttempt(a.session(), QStringLiteral("hub_unreachable")).ok());
    auto failed = SyncSummary::read(a.session()).value();
    EXPECT_TRUE(failed.lastSync.isEmpty());
    EXPECT_EQ(failed.lastError, QStringLiteral("hub_unreachable"));
    ASSERT_TRUE(SyncSummary::recordAttempt(a.session(), QString()).ok());
    auto ok = SyncSummary::read(a.session()).value();
    EXPECT_FALSE(ok.lastSync.isEmpty());
    EXPECT_TRUE(ok.lastError.isEmpty());
    EXPECT_EQ(SyncSummary::read(hub.session()).value().hub, true);
}
