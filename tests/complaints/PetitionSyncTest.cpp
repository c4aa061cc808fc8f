// A complaint naming a township or its staff stays at the county (信访工作条例 Art 30): cut the real hub → township
// bundles (the snapshot and the incremental ones), open them with the township's key, and find no trace of it or of
// any reporter's identity.
#include "complaints/PetitionStore.h"
#include "sync/BundleReader.h"
#include "sync/SyncHarness.h"

#include <QJsonDocument>

using namespace dibao;
using namespace dibao::test;

namespace {

// Every change line of the bundles the hub cuts for a device, as text, opened with the device's own box key.
QString openedText(Device &device, const QList<ExportedBundle> &bundles)
{
    QString text;
    const QByteArray boxPublic = device.node->deviceKeys()->activePublicKey(QStringLiteral("box")).value();
    for (const ExportedBundle &b : bundles) {
        auto verified = BundleReader::verify(b.zip, device.node->trustedKeys());
        if (!verified)
            throw std::runtime_error(verified.error().message.toStdString());
        auto opened = BundleReader::decrypt(*verified, device.node->openingKey(Crypto::keyId(boxPublic)).value());
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        for (const QJsonObject &change : opened->changes)
            text += QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
    }
    return text;
}

QString registerAtHub(Hub &hub, PetitionInput in)
{
    PetitionStore store(hub.session());
    auto id = store.registerPetition(in);
    if (!id)
        throw std::runtime_error(id.error().message.toStdString());
    return *id;
}

TEST(PetitionSync, AComplaintNamingATownshipNeverReachesThatTownshipsDevice)
{
    Hub hub;
    Device a(QStringLiteral("530602101"));
    a.join(hub);
    const HouseholdFile household = a.addHousehold(1);
    ASSERT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("applied"));
    // The first hub bundle (the snapshot) before any petition.
    ASSERT_EQ(verdicts(a.import(hub.exportFor(a.id()))), QStringLiteral("applied"));

    hub.db->addUser(QStringLiteral("reviewer"), Role::CountyReviewer);
    hub.db->signInAs(QStringLiteral("reviewer"));
    PetitionInput staff;
    staff.kind = PetitionKind::Report;
    staff.channel = QStringLiteral("letter");
    staff.realName = true;
    staff.reporterName = QStringLiteral("REPORTER-ONE");
    staff.reporterPhone = QStringLiteral("13900007777");
    staff.subjectKind = QStringLiteral("staff");
    staff.subjectDivision = QStringLiteral("530602101");
    staff.staffName = QStringLiteral("STAFF-NAMED");
    staff.summary = QStringLiteral("MARKER-STAFF 优亲厚友");
    staff.receivedOn = QDate(2026, 11, 2);
    const QString staffId = registerAtHub(hub, staff);
    PetitionInput office = staff;
    office.subjectKind = QStringLiteral("office");
    office.staffName.clear();
    office.reporterName = QStringLiteral("REPORTER-TWO");
    office.summary = QStringLiteral("MARKER-OFFICE 乡镇不作为");
    const QString officeId = registerAtHub(hub, office);
    PetitionInput aboutHousehold;
    aboutHousehold.kind = PetitionKind::Complaint;
    aboutHousehold.channel = QStringLiteral("hotline");
    aboutHousehold.realName = true;
    aboutHousehold.reporterName = QStringLiteral("REPORTER-THREE");
    aboutHousehold.subjectKind = QStringLiteral("household");
    aboutHousehold.householdId = household.household.id;
    aboutHousehold.summary = QStringLiteral("MARKER-HOUSEHOLD 有车辆");
    aboutHousehold.receivedOn = QDate(2026, 11, 2);
    const QString householdPetition = registerAtHub(hub, aboutHousehold);
    // Work on the staff complaint at the county: events and a hand-over stay at the county too.
    PetitionStore store(hub.session());
    ASSERT_TRUE(store.acknowledge(staffId, QDate(2026, 11, 3), QStringLiteral("MARKER-ACK")).ok());

    // The incremental bundle for the township's device.
    const QList<ExportedBundle> bundles = hub.exportFor(a.id());
    ASSERT_FALSE(bundles.isEmpty());
    const QString text = openedText(a, bundles);
    EXPECT_TRUE(text.contains(householdPetition)) << "the control: the household's complaint does go down";
    EXPECT_TRUE(text.contains(QStringLiteral("MARKER-HOUSEHOLD")));
    for (const QString &absent : {staffId, officeId, QStringLiteral("MARKER-STAFF"), QStringLiteral("MARKER-OFFICE"),
                                  QStringLiteral("MARKER-ACK"), QStringLiteral("STAFF-NAMED"),
                                  QStringLiteral("REPORTER-ONE"), QStringLiteral("REPORTER-TWO"),
                                  QStringLiteral("REPORTER-THREE"), QStringLiteral("13900007777"),
                                  QStringLiteral("petition_reporters")})
        EXPECT_FALSE(text.contains(absent)) << absent.toStdString();
    // The snapshot bundle is still unacknowledged, so it comes again (a duplicate) with the new one.
    const QList<ImportVerdict> applied = a.import(bundles);
    EXPECT_EQ(SyncImporter::exitCode(applied), 0) << verdicts(applied).toStdString();
    EXPECT_EQ(applied.last().verdict, QStringLiteral("applied"));
    EXPECT_EQ(scalar(a.session(), QStringLiteral("SELECT count(*) FROM petitions")), 1);
    EXPECT_EQ(scalar(a.session(), QStringLiteral("SELECT count(*) FROM petition_reporters")), 0);

    // A new device of the same township starts from a snapshot cut now: no trace either.
    hub.db->signInAs(QStringLiteral("admin"));
    Device b(QStringLiteral("530602101"));
    b.join(hub);
    const QString snapshot = openedText(b, hub.exportFor(b.id()));
    EXPECT_TRUE(snapshot.contains(householdPetition));
    for (const QString &absent : {staffId, officeId, QStringLiteral("MARKER-STAFF"), QStringLiteral("MARKER-OFFICE"),
                                  QStringLiteral("REPORTER-ONE"), QStringLiteral("REPORTER-THREE")})
        EXPECT_FALSE(snapshot.contains(absent)) << absent.toStdString();
}

TEST(PetitionSync, ATownshipsComplaintGoesUpWithItsReporterAndTheIdentityNeverComesBack)
{
    Hub hub;
    Device a(QStringLiteral("530602101"));
    a.join(hub);
    const HouseholdFile household = a.addHousehold(2);
    a.db->addUser(QStringLiteral("wang"), Role::TownshipAssistant);
    a.db->signInAs(QStringLiteral("wang"));
    PetitionInput in;
    in.kind = PetitionKind::Complaint;
    in.channel = QStringLiteral("visit");
    in.realName = true;
    in.reporterName = QStringLiteral("REPORTER-UP");
    in.subjectKind = QStringLiteral("household");
    in.householdId = household.household.id;
    in.summary = QStringLiteral("上访反映");
    in.receivedOn = QDate(2026, 11, 2);
    PetitionStore store(a.session());
    auto id = store.registerPetition(in);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    ASSERT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("applied"));
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM petitions")), 1);
    EXPECT_EQ(scalar(hub.session(), QStringLiteral("SELECT count(*) FROM petition_reporters")), 1);
    hub.db->actAsRole(Role::CountyReviewer);
    auto who = PetitionStore(hub.session()).reporter(*id);
    ASSERT_TRUE(who.ok()) << who.error().message.toStdString();
    EXPECT_EQ(who->name, QStringLiteral("REPORTER-UP"));
    // A second device of the township never receives the identity.
    hub.db->signInAs(QStringLiteral("admin"));
    Device b(QStringLiteral("530602101"));
    b.join(hub);
    const QString snapshot = openedText(b, hub.exportFor(b.id()));
    EXPECT_TRUE(snapshot.contains(*id));
    EXPECT_FALSE(snapshot.contains(QStringLiteral("REPORTER-UP")));
}

} // namespace
