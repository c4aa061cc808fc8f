// Streams both ways between a hub and devices on real SQLite files, with real bundles: the importer's state
// machine, the merge policy, keys, acks.
#include "SyncHarness.h"

#include "common/ChinaDate.h"
#include "store/AttachmentStore.h"
#include "store/CaseStore.h"
#include "sync/AckSigner.h"
#include "sync/BundleWriter.h"
#include "sync/ChangeApplier.h"
#include "sync/ChangeLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>

#include <cstring>

using namespace dibao;
using namespace dibao::test;

TEST(SyncFlow, ADevicesChangesReachTheHubAndAnotherDeviceOfItsTownship)
{
    Hub hub;
    Device a, b;
    a.join(hub);
    b.join(hub);
    const HouseholdFile file = a.addHousehold(1);

    const QList<ExportedBundle> up = a.exportAll();
    ASSERT_EQ(up.size(), 1);
    EXPECT_EQ(verdicts(hub.import(up)), QStringLiteral("applied"));
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households WHERE id = '%1'").arg(file.household.id)), 1);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM members")), 3);
    // Applied changes keep their origin and never enter the hub's own outbox.
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'households'")), 0);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM change_log WHERE origin = '%1' AND entity = "
                                                   "'households'").arg(a.id())),
              1);
    EXPECT_TRUE(hub.session().audit().verify().value().intact());

    // Device b's first bundle from the hub is a snapshot of its audience: a's household is in it.
    const QList<ExportedBundle> down = hub.exportFor(b.id());
    ASSERT_EQ(down.size(), 1);
    EXPECT_EQ(verdicts(b.import(down)), QStringLiteral("applied"));
    const Row household = *b.session().writer().read(QStringLiteral("households"), file.household.id).value();
    EXPECT_EQ(household.value(QStringLiteral("registered_address")).toString(), file.household.registeredAddress);
    EXPECT_EQ(scalar(b.session(), QStringLiteral("SELECT count(*) FROM members")), 3);
    // ...applied under a's origin, not re-entering b's outbox.
    EXPECT_EQ(scalar(b.session(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'households'")), 0);
    EXPECT_TRUE(b.session().audit().verify().value().intact());
    // a gets nothing of its own back (no echo), only the ack and the county's rows.
    const QList<ExportedBundle> toA = hub.exportFor(a.id());
    ASSERT_EQ(toA.size(), 1);
    const QList<ImportVerdict> atA = a.import(toA);
    EXPECT_EQ(verdicts(atA), QStringLiteral("applied"));
    EXPECT_EQ(atA.first().acksAccepted, 1);
    EXPECT_EQ(scalar(a.session(), QStringLiteral("SELECT count(*) FROM sync_out WHERE acked_at IS NULL")), 0);
    EXPECT_EQ(scalar(a.session(), QStringLiteral("SELECT count(*) FROM sync_out WHERE zip IS NOT NULL")), 0);
}

TEST(SyncFlow, ABundleIsCutOnceAndReExportedByteForByteUntilAcknowledged)
{
    Hub hub;
    Device a;
    a.join(hub);
    a.addHousehold(1);
    const QList<ExportedBundle> first = a.exportAll();
    ASSERT_EQ(first.size(), 1);
    EXPECT_TRUE(first.first().fresh);
    a.addHousehold(2);
    const QList<ExportedBundle> second = a.exportAll();
    ASSERT_EQ(second.size(), 2);
    EXPECT_FALSE(second.at(0).fresh);
    EXPECT_TRUE(second.at(1).fresh);
    EXPECT_EQ(second.at(0).zip, first.at(0).zip) << "bundle 1 is written again with the same bytes";
    EXPECT_EQ(second.at(1).bundleSeq, 2);
    EXPECT_EQ(a.exportAll().at(1).zip, second.at(1).zip);
    // Once the hub's ack arrives (by its bundle), nothing is pending.
    EXPECT_EQ(verdicts(hub.import(second)), QStringLiteral("applied,applied"));
    a.import(hub.exportFor(a.id()));
    EXPECT_TRUE(a.exportAll().isEmpty());
}

TEST(SyncFlow, AReplayIsADuplicateAnsweredWithTheSameAck)
{
    Hub hub;
    Device a;
    a.join(hub);
    a.addHousehold(1);
    const QList<ExportedBundle> up = a.exportAll();
    const QList<ImportVerdict> once = hub.import(up);
    ASSERT_EQ(verdicts(once), QStringLiteral("applied"));
    const qint64 changes = scalar(hub.session(), QStringLiteral("SELECT count(*) FROM change_log"));
    const qint64 audit = scalar(hub.session(), QStringLiteral("SELECT count(*) FROM audit"));
    const QList<ImportVerdict> twice = hub.import(up);
    ASSERT_EQ(verdicts(twice), QStringLiteral("duplicate"));
    EXPECT_EQ(CanonicalJson::serialize(twice.first().ack), CanonicalJson::serialize(once.first().ack));
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM change_log")), changes);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM audit")), audit);
}

TEST(SyncFlow, AGapIsHeldUntilFilledAndFilesGivenTogetherApplyInOrder)
{
    Hub hub;
    Device a;
    a.join(hub);
    QList<ExportedBundle> bundles;
    for (int i = 1; i <= 3; ++i) {
        a.addHousehold(i);
        bundles = a.exportAll();
    }
    ASSERT_EQ(bundles.size(), 3);
    // Bundle 3 alone: held, nothing applied.
    const QList<ImportVerdict> held = hub.import({bundles.at(2)});
    EXPECT_EQ(verdicts(held), QStringLiteral("held:gap"));
    EXPECT_EQ(SyncImporter::exitCode(held), 4);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households")), 0);
    // Bundles 2 and 1, in that order, in one call: 1, 2, then the held 3.
    QTemporaryDir dir;
    const QStringList paths = SyncExporter::writeFiles({bundles.at(1), bundles.at(0)}, dir.path()).value();
    SyncImporter importer(*hub.node);
    const QList<ImportVerdict> all = importer.importFiles(paths);
    EXPECT_EQ(SyncImporter::exitCode(all), 0);
    QStringList seqs;
    for (const ImportVerdict &v : all)
        seqs << QStringLiteral("%1:%2").arg(v.bundleSeq).arg(v.verdict);
    EXPECT_EQ(seqs.join(QLatin1Char(',')), QStringLiteral("1:applied,2:applied,3:applied"));
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households")), 3);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM sync_held")), 0);
}

TEST(SyncFlow, TheSameSequenceWithOtherContentIsQuarantinedAndFreezesTheStream)
{
    Hub hub;
    Device a;
    a.join(hub);
    a.addHousehold(1);
    const QList<ExportedBundle> original = a.exportAll();
    ASSERT_EQ(verdicts(hub.import(original)), QStringLiteral("applied"));
    // A second, different bundle 1 (as a restored copy of the device would cut).
    const SigningKeyPair key = a.node->deviceKeys()->activeSigningKey().value();
    const VerifiedBundle v = BundleReader::verify(original.first().zip, hub.node->trustedKeys()).value();
    BundleManifest header = v.manifest;
    header.hlc = Hlc{header.hlc.left(13).toLongLong() + 1, 0}.toString();
    BundleContent content;
    const BoxKeyPair hubBox{hub.node->hubKeys()->box().publicKey, hub.node->hubKeys()->box().secretKey.clone()};
    const OpenedBundle opened = BundleReader::decrypt(v, hubBox).value();
    content.changes = opened.changes.mid(0, 1);
    header.changeLast = content.changes.first().value(QStringLiteral("change_seq")).toInteger();
    const WrittenBundle fork = BundleWriter::write(header, content, key, hubBox.publicKey).value();
    const qint64 households = scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households"));
    const QList<ImportVerdict> q = hub.import({ExportedBundle{a.id(), hub.node->streamId(), 1, fork.bundleId, fork.zip, 1, true}});
    EXPECT_EQ(verdicts(q), QStringLiteral("quarantined:fork"));
    EXPECT_EQ(SyncImporter::exitCode(q), 1);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM sync_quarantine")), 1);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM sync_peers WHERE status = 'frozen'")), 1);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households")), households);
    // Frozen: the next bundle waits for a person.
    a.addHousehold(2);
    const QList<ExportedBundle> next = a.exportAll();
    EXPECT_EQ(verdicts(hub.import({next.last()})), QStringLiteral("held:stream_frozen"));
    ASSERT_TRUE(hub.node->unfreeze(a.id()).ok());
    EXPECT_EQ(verdicts(hub.import({next.last()})), QStringLiteral("applied"));
}

TEST(SyncFlow, ContentRefusalsAreListedInTheAckAndTheRestApplies)
{
    Hub hub;
    Device a;
    a.join(hub);
    const HouseholdFile mine = a.addHousehold(1);
    // A household of another township written on this device (only possible by going around the store's checks).
    Session &s = a.session();
    Row foreign = HouseholdStore::householdRow(sampleHousehold(QDate(2026, 11, 1), 9, QStringLiteral("530602102")).household);
    foreign.insert(QStringLiteral("id"), QStringLiteral("foreign-household"));
    ASSERT_TRUE(s.writer().insert(s.writeContext(), QStringLiteral("households"), foreign).ok());
    // The amount in force belongs to the confirming authority (the county here).
    ASSERT_TRUE(s.writer()
                    .update(s.writeContext(), QStringLiteral("households"), mine.household.id,
                            Row{{QStringLiteral("current_amount"), qint64(50000)}})
                    .ok());
    const QList<ImportVerdict> result = hub.import(a.exportAll());
    ASSERT_EQ(result.size(), 1);
    EXPECT_EQ(result.first().verdict, QStringLiteral("applied"));
    EXPECT_EQ(SyncImporter::exitCode(result), 0);
    QStringList reasons;
    for (const QJsonValue &r : result.first().refused)
        reasons << r.toObject().value(QStringLiteral("reason")).toString();
    reasons.sort();
    EXPECT_EQ(reasons.join(QLatin1Char(',')), QStringLiteral("field_not_owned,household_outside_township"));
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households")), 1);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households WHERE current_amount IS NULL")), 1);
    // The refusals are in the signed ack, and the device learns them from it.
    const QJsonObject ack = AckSigner::verify(result.first().ack, [&](const QString &) {
                                return std::optional<QByteArray>(hub.node->signer().publicKey);
                            }).value();
    EXPECT_EQ(ack.value(QStringLiteral("refused")).toArray().size(), 2);
    ASSERT_TRUE(SyncImporter(*a.node).acceptAck(result.first().ack).value());
    EXPECT_EQ(scalar(a.session(), QStringLiteral("SELECT count(*) FROM sync_flags WHERE kind = 'refused'")), 2);
    EXPECT_EQ(scalar(a.session(), QStringLiteral("SELECT count(*) FROM sync_out WHERE acked_at IS NOT NULL")), 1);
}

TEST(SyncFlow, ConcurrentEditsMergeByHlcAndTheLoserIsKeptForAPerson)
{
    Hub hub;
    Device a;
    a.join(hub);
    const HouseholdFile file = a.addHousehold(1);
    hub.import(a.exportAll());
    a.import(hub.exportFor(a.id()));
    // The county edits the phone at the hub; then, not having seen it, the township edits it too (later HLC).
    Session &county = hub.session();
    ASSERT_TRUE(county.writer()
                    .update(county.writeContext(), QStringLiteral("households"), file.household.id,
                            Row{{QStringLiteral("phone"), QStringLiteral("0870-1111111")}})
                    .ok());
    QThread::msleep(20); // HLCs within one millisecond order by their counters, not by the wall clock
    Session &township = a.session();
    ASSERT_TRUE(township.writer()
                    .update(township.writeContext(), QStringLiteral("households"), file.household.id,
                            Row{{QStringLiteral("phone"), QStringLiteral("13900000000")}})
                    .ok());
    EXPECT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("applied"));
    // The later write wins at the hub, and the county's value is kept for a person.
    const Row atHub = *county.writer().read(QStringLiteral("households"), file.household.id).value();
    EXPECT_EQ(atHub.value(QStringLiteral("phone")).toString(), QStringLiteral("13900000000"));
    EXPECT_EQ(scalar(county, QStringLiteral("SELECT count(*) FROM conflicts WHERE field = 'phone' AND "
                                            "lost_value = '\"0870-1111111\"' AND resolved_at IS NULL")),
              1);
    // The county's write goes down too and loses there as well: both ends agree.
    a.import(hub.exportFor(a.id()));
    const Row atDevice = *township.writer().read(QStringLiteral("households"), file.household.id).value();
    EXPECT_EQ(atDevice.value(QStringLiteral("phone")).toString(), QStringLiteral("13900000000"));
    EXPECT_GE(scalar(township, QStringLiteral("SELECT count(*) FROM conflicts WHERE field = 'phone'")), 1);
}

TEST(SyncFlow, KeyRotationTravelsSignedByTheOldKeyAndRetiresIt)
{
    Hub hub;
    Device a;
    a.join(hub);
    a.addHousehold(1);
    const SigningKeyPair oldKey = a.node->deviceKeys()->activeSigningKey().value();
    const QString newKeyId = a.node->deviceKeys()->rotate().value();
    const QList<ExportedBundle> b1 = a.exportAll();
    ASSERT_EQ(b1.size(), 1);
    EXPECT_EQ(BundleReader::verify(b1.first().zip, hub.node->trustedKeys()).value().signerKeyId, Crypto::keyId(oldKey.publicKey));
    EXPECT_EQ(verdicts(hub.import(b1)), QStringLiteral("applied"));
    a.addHousehold(2);
    const QList<ExportedBundle> b2 = a.exportAll();
    ASSERT_EQ(b2.size(), 2);
    EXPECT_EQ(BundleReader::verify(b2.last().zip, hub.node->trustedKeys()).value().signerKeyId, newKeyId);
    // A bundle 2 signed with the rotated-out key is refused; the one with the new key applies.
    const VerifiedBundle v = BundleReader::verify(b2.last().zip, hub.node->trustedKeys()).value();
    const BoxKeyPair hubBox{hub.node->hubKeys()->box().publicKey, hub.node->hubKeys()->box().secretKey.clone()};
    const OpenedBundle opened = BundleReader::decrypt(v, hubBox).value();
    BundleContent content;
    content.changes = opened.changes;
    const WrittenBundle stale = BundleWriter::write(v.manifest, content, oldKey, hubBox.publicKey).value();
    EXPECT_EQ(verdicts(hub.import({ExportedBundle{a.id(), hub.node->streamId(), 2, stale.bundleId, stale.zip, 1, true}})),
              QStringLiteral("rejected:key_not_valid"));
    EXPECT_EQ(verdicts(hub.import({b2.last()})), QStringLiteral("applied"));
    // The hub now seals to the device's new box key, and the device opens it.
    EXPECT_EQ(verdicts(a.import(hub.exportFor(a.id()))), QStringLiteral("applied"));
}

TEST(SyncFlow, ARevokedDevicesLaterBundlesAreRejected)
{
    Hub hub;
    Device a;
    a.join(hub);
    a.addHousehold(1);
    const QList<ExportedBundle> b1 = a.exportAll();
    a.addHousehold(2);
    const QList<ExportedBundle> both = a.exportAll();
    ASSERT_EQ(both.size(), 2);
    ASSERT_TRUE(hub.node->revoke(a.id(), 1).ok());
    EXPECT_EQ(verdicts(hub.import({both.at(0)})), QStringLiteral("applied")) << "bundles up to the named one still count";
    EXPECT_EQ(verdicts(hub.import({both.at(1)})), QStringLiteral("rejected:device_revoked"));
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households")), 1);
    EXPECT_FALSE(SyncExporter(*hub.node).forDevice(a.id()).ok());
}

TEST(SyncFlow, AForgedAckIsIgnoredAndTheBundleStaysInTheOutbox)
{
    Hub hub;
    Device a;
    a.join(hub);
    a.addHousehold(1);
    const QList<ExportedBundle> up = a.exportAll();
    const QList<ImportVerdict> applied = hub.import(up);
    QJsonObject forged = applied.first().ack;
    const SigningKeyPair impostor = Crypto::generateSigningKeyPair();
    QJsonObject ack = forged.value(QStringLiteral("ack")).toObject();
    forged = AckSigner::sign(ack, impostor).value();
    EXPECT_FALSE(SyncImporter(*a.node).acceptAck(forged).value());
    // A changed byte in a real ack: also ignored.
    QJsonObject tampered = applied.first().ack;
    ack.insert(QStringLiteral("refused"), QJsonArray{});
    ack.insert(QStringLiteral("bundle_seq"), 1);
    ack.insert(QStringLiteral("reason"), QStringLiteral("x"));
    tampered.insert(QStringLiteral("ack"), ack);
    EXPECT_FALSE(SyncImporter(*a.node).acceptAck(tampered).value());
    EXPECT_EQ(scalar(a.session(), QStringLiteral("SELECT count(*) FROM sync_out WHERE acked_at IS NULL AND zip IS NOT NULL")), 1);
    EXPECT_EQ(a.exportAll().size(), 1);
    // The genuine one is accepted.
    EXPECT_TRUE(SyncImporter(*a.node).acceptAck(applied.first().ack).value());
    EXPECT_TRUE(a.exportAll().isEmpty());
}

TEST(SyncFlow, AMemberCountedInTwoTownshipsIsFlaggedAtTheHubNotRefused)
{
    Hub hub;
    Device a(QStringLiteral("530602101"));
    Device b(QStringLiteral("530602102"));
    a.join(hub);
    b.join(hub);
    const HouseholdFile fa = a.addHousehold(1);
    HouseholdFile fb = sampleHousehold(QDate(2026, 11, 1), 2, QStringLiteral("530602102"));
    fb.members[1].idNumber = fa.members[1].idNumber; // the same spouse registered in both townships
    HouseholdStore households(b.session());
    ASSERT_TRUE(households.create(fb).ok());
    EXPECT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("applied"));
    const QList<ImportVerdict> vb = hub.import(b.exportAll());
    EXPECT_EQ(verdicts(vb), QStringLiteral("applied"));
    EXPECT_TRUE(vb.first().refused.isEmpty());
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM sync_flags WHERE kind = 'duplicate_member'")), 1);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM members")), 6);
    // Township b does not receive township a's households.
    b.import(hub.exportFor(b.id()));
    EXPECT_EQ(scalar(b.session(), QStringLiteral("SELECT count(*) FROM households")), 1);
}

TEST(SyncFlow, AnUpdateBeforeItsCreateIsParkedAndMergedWhenTheRecordArrives)
{
    Device a;
    ChangeApplier::Context ctx;
    ctx.senderStream = QStringLiteral("hub-x");
    ctx.senderTownship = a.session().divisionCode();
    ctx.authorityOrigins = {QStringLiteral("hub-x")};
    Session &s = a.session();
    const Hlc t0 = Hlc::tick(Hlc{}, Hlc::wallMillis());
    Change update{1, QStringLiteral("households"), QStringLiteral("h-late"),
                  QJsonObject{{QStringLiteral("phone"), QStringLiteral("123")}}, Hlc{t0.millis + 10, 0},
                  Change::kUpsert, QStringLiteral("dev-other"), QStringLiteral("u1")};
    Transaction tx(s.db());
    {
        ChangeApplier applier(s, ctx);
        EXPECT_EQ(applier.apply(update).value().outcome, ChangeApplier::Outcome::Pending);
        ASSERT_TRUE(applier.finish().ok());
    }
    EXPECT_EQ(scalar(s, QStringLiteral("SELECT count(*) FROM pending_changes")), 1);
    Row h = HouseholdStore::householdRow(sampleHousehold(QDate(2026, 11, 1), 3, s.divisionCode()).household);
    QJsonObject fields = RecordWriter::changeFields(QStringLiteral("households"), h);
    fields.insert(QStringLiteral("phone"), QStringLiteral("old"));
    Change create{2, QStringLiteral("households"), QStringLiteral("h-late"), fields, t0, Change::kUpsert,
                  QStringLiteral("dev-other"), QStringLiteral("u1")};
    {
        ChangeApplier applier(s, ctx);
        EXPECT_EQ(applier.apply(create).value().outcome, ChangeApplier::Outcome::Applied);
        ASSERT_TRUE(applier.finish().ok());
    }
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_EQ(scalar(s, QStringLiteral("SELECT count(*) FROM pending_changes")), 0);
    // The update was later (HLC), so it wins over the create's value.
    EXPECT_EQ(s.writer().read(QStringLiteral("households"), QStringLiteral("h-late")).value()->value(QStringLiteral("phone")).toString(),
              QStringLiteral("123"));
    EXPECT_TRUE(s.audit().verify().value().intact());
}

TEST(SyncFlow, ATownshipEditAfterADecisionIsFlaggedChangedSinceDecision)
{
    Hub hub;
    Device a;
    a.join(hub);
    const HouseholdFile file = a.addHousehold(1);
    ApplicationInput in;
    in.householdId = file.household.id;
    in.applicantMemberId = file.members.first().id;
    const QString caseId = CaseStore(a.session()).createApplication(in).value();
    hub.import(a.exportAll());
    // The county decides (at the hub), remembering the intake.
    Session &county = hub.session();
    ASSERT_TRUE(county.writer()
                    .update(county.writeContext(), QStringLiteral("cases"), caseId,
                            Row{{QStringLiteral("amount"), qint64(30000)}}, QStringLiteral("confirm"))
                    .ok());
    EXPECT_EQ(scalar(county, QStringLiteral("SELECT count(*) FROM cases WHERE intake_digest IS NOT NULL")), 1);
    a.import(hub.exportFor(a.id()));
    // The decision came down to the township with its digest.
    EXPECT_EQ(scalar(a.session(), QStringLiteral("SELECT amount FROM cases")), 30000);
    // Then the township edits the intake.
    Household h = HouseholdStore(a.session()).household(file.household.id).value();
    h.actualAddress = QStringLiteral("搬到了县城");
    ASSERT_TRUE(HouseholdStore(a.session()).updateHousehold(h).ok());
    EXPECT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("applied"));
    EXPECT_EQ(scalar(county, QStringLiteral("SELECT count(*) FROM sync_flags WHERE kind = 'changed_since_decision' AND "
                                            "entity_id = '%1'").arg(caseId)),
              1);
}

namespace {
// A visit on a new application of the device's household, with files of the given sizes attached (random content).
QList<Attachment> visitWithFiles(Device &d, const HouseholdFile &file, const QList<int> &sizes)
{
    ApplicationInput in;
    in.householdId = file.household.id;
    in.applicantMemberId = file.members.first().id;
    CaseStore cases(d.session());
    const QString caseId = cases.createApplication(in).value();
    HouseholdVisit v;
    v.caseId = caseId;
    v.visitDate = chinaToday();
    v.investigators << Investigator{QStringLiteral("张三"), {}, {}} << Investigator{QStringLiteral("李四"), {}, {}};
    EXPECT_TRUE(cases.addVisit(v).ok());
    QList<Attachment> out;
    AttachmentStore store(d.session());
    for (int i = 0; i < sizes.size(); ++i) {
        QByteArray content(sizes.at(i), Qt::Uninitialized);
        for (qsizetype b = 0; b < content.size(); b += 4) {
            const quint32 r = QRandomGenerator::global()->generate();
            std::memcpy(content.data() + b, &r, size_t(std::min<qsizetype>(4, content.size() - b)));
        }
        auto a = store.attachData(QStringLiteral("visits"), v.id, content, QStringLiteral("scan-%1.jpg").arg(i));
        EXPECT_TRUE(a.ok()) << (a.ok() ? "" : a.error().message.toStdString());
        if (a)
            out << *a;
    }
    return out;
}
} // namespace

// The scans and photos of a visit travel with their rows: device → hub → another device of the township, the
// same bytes at every end, stored before the bundle's commit.
TEST(SyncFlow, AttachmentFilesTravelWithTheirRows)
{
    Hub hub;
    Device a, b;
    a.join(hub);
    b.join(hub);
    const HouseholdFile file = a.addHousehold(1);
    const QList<Attachment> sent = visitWithFiles(a, file, {1000, 70000});
    ASSERT_EQ(sent.size(), 2);
    EXPECT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("applied"));
    AttachmentStore atHub(hub.session());
    for (const Attachment &att : sent) {
        auto row = atHub.get(att.id);
        ASSERT_TRUE(row.ok()) << row.error().message.toStdString();
        auto content = atHub.read(*row);
        ASSERT_TRUE(content.ok()) << content.error().message.toStdString();
        EXPECT_EQ(*content, AttachmentStore(a.session()).read(att).value());
    }
    // Device b's snapshot from the hub carries them on.
    EXPECT_EQ(verdicts(b.import(hub.exportFor(b.id()))), QStringLiteral("applied"));
    AttachmentStore atB(b.session());
    for (const Attachment &att : sent)
        EXPECT_EQ(atB.read(atB.get(att.id).value()).value(), AttachmentStore(a.session()).read(att).value());
    // A file added later goes to b in the hub's next incremental bundle.
    const QList<Attachment> later = visitWithFiles(a, a.addHousehold(2), {5000});
    // (the first bundles are not acknowledged yet, so they come again: duplicates)
    EXPECT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("duplicate,applied"));
    EXPECT_EQ(verdicts(b.import(hub.exportFor(b.id()))), QStringLiteral("duplicate,applied"));
    EXPECT_EQ(atB.read(atB.get(later.first().id).value()).value(), AttachmentStore(a.session()).read(later.first()).value());
}

// Files over one bundle's attachment budget are spread over several bundles, each under the hub's request limit;
// all of them arrive.
TEST(SyncFlow, AttachmentsBeyondOneBundlesBudgetGoInTheNextBundles)
{
    Hub hub;
    Device a;
    a.join(hub);
    const int big = 15 * 1024 * 1024; // three of these exceed the 40 MiB budget
    const QList<Attachment> sent = visitWithFiles(a, a.addHousehold(1), {big, big, big});
    ASSERT_EQ(sent.size(), 3);
    const QList<ExportedBundle> up = a.exportAll();
    ASSERT_EQ(up.size(), 2);
    for (const ExportedBundle &bundle : up)
        EXPECT_LT(bundle.zip.size(), 64 * 1024 * 1024);
    EXPECT_EQ(verdicts(hub.import(up)), QStringLiteral("applied,applied"));
    AttachmentStore atHub(hub.session());
    for (const Attachment &att : sent)
        EXPECT_EQ(atHub.read(atHub.get(att.id).value()).value().size(), big);
}

// A row whose file is missing on the sender travels without it: the receiver has the row and says the file is
// missing when it is opened; nothing else is refused.
TEST(SyncFlow, AnAttachmentRowWithoutItsFileStillTravels)
{
    Hub hub;
    Device a;
    a.join(hub);
    const QList<Attachment> sent = visitWithFiles(a, a.addHousehold(1), {2000});
    ASSERT_EQ(sent.size(), 1);
    ASSERT_TRUE(QFile::remove(AttachmentStore(a.session()).contentPath(sent.first().sha256)));
    EXPECT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("applied"));
    AttachmentStore atHub(hub.session());
    auto row = atHub.get(sent.first().id);
    ASSERT_TRUE(row.ok());
    auto content = atHub.read(*row);
    ASSERT_FALSE(content.ok());
    EXPECT_EQ(content.error().code, QStringLiteral("attachment_missing"));
}

TEST(SyncFlow, ALargeBundleReadOnTwoThreadsAppliesEveryChangeInOrder)
{
    // Over 512 change lines: the importer parses them and reads them into changes in two halves at once.
    Hub hub;
    Device a;
    a.join(hub);
    for (int i = 0; i < 130; ++i)
        a.addHousehold(100 + i);
    const qint64 written = scalar(a.session(), QStringLiteral("SELECT count(*) FROM outbox"));
    ASSERT_GT(written, 600);
    const QList<ExportedBundle> up = a.exportAll();
    ASSERT_EQ(up.size(), 1);
    ASSERT_GT(up.first().changeCount, 512);
    EXPECT_EQ(verdicts(hub.import(up)), QStringLiteral("applied"));
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households")), 130);
    // Their addresses indexed in one statement before the commit (schema v17): every household in the index once,
    // none left queued, the index consistent.
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM household_fts_queue")), 0);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM household_address_fts_docsize")), 130);
    EXPECT_TRUE(hub.session().db().exec(
        "INSERT INTO household_address_fts(household_address_fts, rank) VALUES ('integrity-check', 1)").ok());
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM change_log WHERE origin = '%1'").arg(a.id())),
              up.first().changeCount);
    // Applied in the stream's order: each change of the device logged after the one before it (a change the device
    // keeps to itself leaves a gap in the numbers, never a step back).
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM change_log c1 JOIN change_log c2 "
                                                   "ON c2.id = (SELECT min(id) FROM change_log WHERE origin = c1.origin "
                                                   "AND id > c1.id) WHERE c1.origin = '%1' "
                                                   "AND c2.change_seq <= c1.change_seq").arg(a.id())),
              0);
    // Made ready on a second thread a chunk ahead (ChangeApplier::prepare): each household as its change wrote it,
    // by its user, with its change's version for every field.
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM households h JOIN change_log c ON c.entity = "
                                                   "'households' AND c.entity_id = h.id WHERE c.origin = '%1' AND "
                                                   "h.created_by IS c.user_id AND h.created_at = h.updated_at")
                                        .arg(a.id())),
              130);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM record_versions v JOIN change_log c ON "
                                                   "c.entity = v.entity AND c.entity_id = v.entity_id WHERE "
                                                   "v.entity = 'households' AND c.origin = '%1' AND v.versions = "
                                                   "'{\"*\":[\"' || c.hlc || '\",\"' || c.origin || '\",' || "
                                                   "c.change_seq || ']}'")
                                        .arg(a.id())),
              130);
    EXPECT_TRUE(hub.session().audit().verify().value().intact());
}
