// Decisions travel down to the townships in hub bundles and are read-only there unless the township is the
// delegated confirming authority (issue 5, docs/casework.md): a county decision cut into a hub→township bundle,
// imported at a non-delegated township, which then cannot change it through the workflow, and whose attempt through
// the raw writer is refused by the hub (field_not_owned) while the county's decision stands.
#include "SyncHarness.h"

#include "common/ChinaDate.h"
#include "store/CaseStore.h"
#include "workflow/CaseStates.h"
#include "workflow/Workflow.h"

#include <QJsonArray>
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

TEST(DecisionBundle, ACountyDecisionArrivesReadOnlyAtANonDelegatedTownship)
{
    qputenv("DIBAO_TODAY", "2026-11-27");
    Hub hub;
    Device a;
    a.join(hub);
    const HouseholdFile file = a.addHousehold(1);
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
    ASSERT_TRUE(CaseStore(township).addVisit(v).ok());
    apply(township, caseId, "finish_investigation", QDate(2026, 9, 2));
    TransitionInput conclude;
    conclude.choice = QStringLiteral("true_complete");
    apply(township, caseId, "conclude_appraisal", QDate(2026, 9, 2), conclude);
    TransitionInput review;
    review.amount = 40000;
    apply(township, caseId, "submit_review", QDate(2026, 9, 2), review);
    apply(township, caseId, "close_notice", QDate(2026, 9, 9));
    ASSERT_EQ(CaseStore(township).get(caseId)->state, CaseState::CountyNotice);
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

} // namespace
