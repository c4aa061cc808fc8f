// Decisions travel down to the townships in hub bundles and are read-only there unless the township is the
// delegated confirming authority (issue 5, docs/casework.md): a county decision cut into a hub→township bundle,
// imported at a non-delegated township, which then cannot change it through the workflow, and whose attempt through
// the raw writer is refused by the hub (field_not_owned) while the county's decision stands.
#include "SyncHarness.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "payroll/PayrollService.h"
#include "store/PayrollRollParts.h"
#include "store/CaseStore.h"
#include "workflow/CaseStates.h"
#include "workflow/Workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dibao;
using namespace dibao::test;

namespace {

void apply(Session &s, const QString &caseId, const char *transition, const QDate &on, TransitionInput in = {})
{
    in.onDate = on;
    const Status st = Workflow(s).apply(caseId, QString::fromLatin1(transition), in);
    ASSERT_TRUE(st.ok()) << transition << ": " << st.error().message.toStdString();
}

// A township's application taken through its notice on device `a`, sent to the hub, and confirmed there by the
// county (42,000 fen from October 2026). Returns the case id.
QString confirmedAtHub(Hub &hub, Device &a, HouseholdFile *householdOut = nullptr)
{
    qputenv("DIBAO_TODAY", "2026-11-27");
    const HouseholdFile file = a.addHousehold(1);
    if (householdOut)
        *householdOut = file;
    Session &township = a.session();
    ApplicationInput in;
    in.householdId = file.household.id;
    in.applicantMemberId = file.members.first().id;
    in.submittedOn = QDate(2026, 9, 1);
    in.documents << CaseDocument{QString(), QStringLiteral("verification_consent"), QStringLiteral("provided"),
                                 QString()};
    const QString caseId = CaseStore(township).createApplication(in).value();

    // The township's part, on its device: acceptance to the end of its notice.
    apply(township, caseId, "accept", QDate(2026, 9, 1));
    apply(township, caseId, "start_investigation", QDate(2026, 9, 2));
    HouseholdVisit v;
    v.caseId = caseId;
    v.visitDate = QDate(2026, 9, 2);
    v.investigators << Investigator{QStringLiteral("张三"), {}, QStringLiteral("township_staff")}
                    << Investigator{QStringLiteral("李四"), {}, QStringLiteral("village_official")};
    EXPECT_TRUE(CaseStore(township).addVisit(v).ok());
    apply(township, caseId, "finish_investigation", QDate(2026, 9, 2));
    TransitionInput conclude;
    conclude.choice = QStringLiteral("true_complete");
    apply(township, caseId, "conclude_appraisal", QDate(2026, 9, 2), conclude);
    TransitionInput review;
    review.amount = 40000;
    apply(township, caseId, "submit_review", QDate(2026, 9, 2), review);
    apply(township, caseId, "close_notice", QDate(2026, 9, 9));
    EXPECT_EQ(CaseStore(township).get(caseId)->state, CaseState::CountyNotice);
    EXPECT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("applied"));

    // The county decides at the hub.
    Session &county = hub.session();
    hub.db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    apply(county, caseId, "close_county_notice", QDate(2026, 9, 16));
    TransitionInput confirm;
    confirm.amount = 42000;
    confirm.tier = QStringLiteral("B");
    confirm.certificateNumber = QStringLiteral("ZY2026-0042");
    apply(county, caseId, "confirm", QDate(2026, 9, 21), confirm);
    return caseId;
}

TEST(DecisionBundle, ACountyDecisionArrivesReadOnlyAtANonDelegatedTownship)
{
    Hub hub;
    Device a;
    a.join(hub);
    const QString caseId = confirmedAtHub(hub, a);
    Session &township = a.session();
    Session &county = hub.session();

    // Cut into the hub→township bundle and imported at the township.
    const QList<ExportedBundle> down = hub.exportFor(a.id());
    ASSERT_FALSE(down.isEmpty());
    EXPECT_EQ(verdicts(a.import(down)).count(QStringLiteral("applied")), down.size());
    const CaseRecord arrived = CaseStore(township).get(caseId).value();
    EXPECT_EQ(arrived.state, CaseState::Confirmed);
    EXPECT_EQ(arrived.amount, 42000);
    EXPECT_EQ(arrived.tier, QStringLiteral("B"));
    EXPECT_EQ(arrived.effectiveMonth, QDate(2026, 10, 1));
    EXPECT_EQ(arrived.certificateNumber, QStringLiteral("ZY2026-0042"));
    EXPECT_EQ(arrived.decidedBy.isEmpty(), false);

    // The township (not delegated) cannot decide: no decision is offered and the workflow refuses.
    ASSERT_EQ(township.actor().role, Role::TownshipAdmin);
    Workflow flow(township);
    EXPECT_FALSE(flow.mayConfirm(QDate(2026, 9, 22)).ok());
    for (const QString &t : flow.available(arrived))
        EXPECT_TRUE(t != QLatin1String("confirm") && t != QLatin1String("refuse") && t != QLatin1String("decide_review"))
            << t.toStdString();
    TransitionInput refuse;
    refuse.onDate = QDate(2026, 9, 22);
    refuse.reason = QStringLiteral("改为不予确认");
    EXPECT_FALSE(flow.apply(caseId, QStringLiteral("refuse"), refuse).ok());
    TransitionInput again;
    again.onDate = QDate(2026, 9, 22);
    again.amount = 90000;
    EXPECT_FALSE(flow.apply(caseId, QStringLiteral("confirm"), again).ok());
    EXPECT_EQ(CaseStore(township).get(caseId)->amount, 42000);

    // Going around the workflow with the raw writer changes only the township's copy: the hub refuses the decision's
    // fields from a township (field_not_owned) and the county's decision stands.
    ASSERT_TRUE(township.writer()
                    .update(township.writeContext(), QStringLiteral("cases"), caseId,
                            Row{{QStringLiteral("amount"), qint64(90000)},
                                {QStringLiteral("certificate_number"), QStringLiteral("FAKE-1")}})
                    .ok());
    const QList<ImportVerdict> up = hub.import(a.exportAll());
    ASSERT_EQ(up.size(), 1);
    QStringList reasons;
    for (const QJsonValue &r : up.first().refused)
        reasons << r.toObject().value(QStringLiteral("reason")).toString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("field_not_owned"))) << reasons.join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(scalar(county, QStringLiteral("SELECT amount FROM cases WHERE id = '%1'").arg(caseId)), 42000);
    const CaseRecord atHub = CaseStore(county).get(caseId).value();
    EXPECT_EQ(atHub.certificateNumber, QStringLiteral("ZY2026-0042"));
    EXPECT_TRUE(county.audit().verify().value().intact());
}

// Every payroll_lines record of a database as its canonical text, by id; without the instants of its writing,
// which are each database's own (bookkeeping never travels, docs/sync.md).
QMap<QString, QByteArray> linesOf(Session &s)
{
    QMap<QString, QByteArray> out;
    auto st = s.db().prepare("SELECT * FROM payroll_lines");
    EXPECT_TRUE(st->forEachRow([&] {
        Row row;
        for (int c = 0; c < st->columnCount(); ++c)
            row.insert(st->columnName(c), st->value(c));
        row.remove(QStringLiteral("created_at"));
        row.remove(QStringLiteral("updated_at"));
        out.insert(row.value(QStringLiteral("id")).toString(),
                   RecordWriter::canonicalRecord(QStringLiteral("payroll_lines"), row));
    }).ok());
    return out;
}

QStringList refusalsOf(const QList<ImportVerdict> &verdicts)
{
    QStringList out;
    for (const ImportVerdict &v : verdicts)
        for (const QJsonValue &r : v.refused)
            out << r.toObject().value(QStringLiteral("reason")).toString();
    out.sort();
    return out;
}

TEST(PayrollBundle, ACountyRollReachesTheTownshipAsPartsAndItsLinesAreDerivedThereIdentically)
{
    Hub hub;
    Device a;
    a.join(hub);
    HouseholdFile file;
    confirmedAtHub(hub, a, &file);
    Session &county = hub.session();
    auto roll = PayrollService(county).issue(QDate(2026, 10, 1), QDate(2026, 10, 20));
    ASSERT_TRUE(roll.ok()) << roll.error().message.toStdString();
    ASSERT_EQ(roll->lines.size(), 1);
    EXPECT_EQ(roll->lines.first().householdId, file.household.id);

    EXPECT_EQ(verdicts(a.import(hub.exportFor(a.id()))).count(QStringLiteral("applied")) > 0, true);
    Session &township = a.session();
    EXPECT_EQ(scalar(township, QStringLiteral("SELECT count(*) FROM payroll_roll_parts")), 1);
    // The same lines, byte for byte as audited text, with the same ids (bank returns and carried payments name them).
    const QMap<QString, QByteArray> atHub = linesOf(county);
    ASSERT_EQ(atHub.size(), 1);
    EXPECT_EQ(linesOf(township), atHub);
    EXPECT_TRUE(atHub.contains(roll->lines.first().id));
    // Only the part travelled; the line has no change, audit entry or versions of its own on either side.
    for (Session *s : {&county, &township}) {
        EXPECT_EQ(scalar(*s, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'payroll_roll_parts'")), 1);
        EXPECT_EQ(scalar(*s, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'payroll_lines'")), 0);
        EXPECT_EQ(scalar(*s, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'payroll_lines'")), 0);
        auto report = s->audit().verify();
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->intact()) << (report->problems.isEmpty() ? std::string()
                                                                     : report->problems.first().detail.toStdString());
    }

    // A new device of the township (a replaced laptop) gets the part in its snapshot and derives the same line.
    Device b;
    hub.db->actAsRole(Role::CountyAdmin);
    b.join(hub);
    EXPECT_EQ(verdicts(b.import(hub.exportFor(b.id()))).count(QStringLiteral("applied")) > 0, true);
    EXPECT_EQ(linesOf(b.session()), atHub);
    EXPECT_TRUE(b.session().audit().verify().value().intact());
}

TEST(PayrollBundle, AHubRefusesADelegatedTownshipsPartWhoseLinesDoNotHoldAndParksOneForAnUnknownHousehold)
{
    Hub hub;
    Device a;
    a.join(hub);
    const HouseholdFile file = a.addHousehold(1);
    EXPECT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("applied"));
    // Confirmation (and so payment) delegated to the townships.
    hub.db->actAsRole(Role::CountyAdmin);
    ASSERT_TRUE(setTestPolicy(hub.session(), QStringLiteral("confirmer"), QStringLiteral("default"),
                              QStringLiteral("township"), QDate(2026, 1, 1))
                    .ok());

    // The township's device writes a roll and three parts with the audited writer: one sound, one whose lines do
    // not add up to its total, one paying a household the hub has never seen.
    Session &township = a.session();
    RecordWriter &w = township.writer();
    const QString rollId = newId();
    const QString month = QStringLiteral("2026-10");
    ASSERT_TRUE(w.insert(township.writeContext(), QStringLiteral("payroll_rolls"),
                         Row{{QStringLiteral("id"), rollId}, {QStringLiteral("division_code"), township.divisionCode()},
                             {QStringLiteral("month"), month}, {QStringLiteral("issued_on"), QStringLiteral("2026-10-20")},
                             {QStringLiteral("issued_by"), township.actor().userId},
                             {QStringLiteral("line_count"), qint64(3)}, {QStringLiteral("held_count"), qint64(0)},
                             {QStringLiteral("total_fen"), qint64(120000)}, {QStringLiteral("bank_total_fen"), qint64(120000)},
                             {QStringLiteral("lines_digest"), QStringLiteral("-")}})
                    .ok());
    auto line = [&](const QString &household) {
        return Row{{QStringLiteral("id"), newId()}, {QStringLiteral("roll_id"), rollId}, {QStringLiteral("month"), month},
                   {QStringLiteral("household_id"), household}, {QStringLiteral("division_code"), township.divisionCode()},
                   {QStringLiteral("village_name"), QVariant()}, {QStringLiteral("area"), QStringLiteral("rural")},
                   {QStringLiteral("tier"), QVariant()}, {QStringLiteral("members"), qint64(2)},
                   {QStringLiteral("payee_name"), QStringLiteral("王五")}, {QStringLiteral("payee_id_number"), QVariant()},
                   {QStringLiteral("bank_name"), QVariant()}, {QStringLiteral("bank_account"), QVariant()},
                   {QStringLiteral("base_amount"), qint64(40000)}, {QStringLiteral("adjustment_amount"), qint64(0)},
                   {QStringLiteral("carried_amount"), qint64(0)}, {QStringLiteral("amount"), qint64(40000)},
                   {QStringLiteral("held"), qint64(0)}, {QStringLiteral("custody"), qint64(0)},
                   {QStringLiteral("change_kind"), QStringLiteral("new")}, {QStringLiteral("previous_amount"), QVariant()},
                   {QStringLiteral("adjustment_ids"), QVariant()}, {QStringLiteral("carried_line_ids"), QVariant()}};
    };
    const QList<Row> sound{line(file.household.id)};
    const QList<Row> stranger{line(newId())};
    QList<PayrollRollParts::Part> parts = PayrollRollParts::cut(rollId, month, sound, [] { return newId(); });
    parts += PayrollRollParts::cut(rollId, month, sound, [] { return newId(); }); // the same line again ...
    parts.last().record.insert(QStringLiteral("part_no"), qint64(2));
    parts.last().record.insert(QStringLiteral("total_fen"), qint64(99)); // ... saying another total
    parts += PayrollRollParts::cut(rollId, month, stranger, [] { return newId(); });
    parts.last().record.insert(QStringLiteral("part_no"), qint64(3));
    for (const PayrollRollParts::Part &p : parts) // written raw: the device's own check is what the hub repeats
        ASSERT_TRUE(w.insert(township.writeContext(), PayrollRollParts::partsTable(), p.record).ok());

    const QList<ImportVerdict> up = hub.import(a.exportAll()); // the first bundle again (not acked yet), then these
    ASSERT_FALSE(up.isEmpty());
    EXPECT_EQ(up.last().verdict, QStringLiteral("applied"));
    EXPECT_EQ(refusalsOf(up), QStringList{QStringLiteral("payroll_part_invalid")});
    Session &county = hub.session();
    EXPECT_EQ(scalar(county, QStringLiteral("SELECT count(*) FROM payroll_roll_parts")), 1);
    // The part paying a household the hub has not seen waits for it, as a record whose parent is missing does.
    EXPECT_EQ(scalar(county, QStringLiteral("SELECT count(*) FROM pending_changes WHERE entity = 'payroll_roll_parts'")), 1);
    const QMap<QString, QByteArray> lines = linesOf(county);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_TRUE(lines.contains(sound.first().value(QStringLiteral("id")).toString()));
    EXPECT_TRUE(county.audit().verify().value().intact());
}

} // namespace
