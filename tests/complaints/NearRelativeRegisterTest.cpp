#include "casework/CaseworkFixture.h"
#include "casework/ConfirmationQueue.h"
#include "complaints/NearRelativeRegister.h"

using namespace dibao;
using namespace dibao::test;

namespace {

// A county database (530602) holding three applications of township 530602101: the county keeps the register and
// confirms. Today 2026-11-27.
class NearRelativeRegisterTest : public CaseworkFixture {
protected:
    void SetUp() override
    {
        qputenv("DIBAO_TODAY", "2026-11-27");
        db = std::make_unique<TempDatabase>(QStringLiteral("530602"));
        db->addUser(QStringLiteral("reviewer"), Role::CountyReviewer);
        asTownship();
        caseId = newCase(0);                 // matched on the register below
        declaredCase = newCase(1, true);     // the applicant declared a near relative
        plainCase = newCase(2);
        asReviewer();
    }

    void asTownship() { db->actAsRole(Role::TownshipAssistant); }
    void asReviewer() { db->signInAs(QStringLiteral("reviewer")); }

    QString memberIdNumber(const QString &caseId, int index)
    {
        CaseStore cases(s());
        HouseholdStore households(s());
        return households.load(cases.get(caseId)->householdId)->members.at(index).idNumber;
    }

    NearRelativeEntry entry(const QString &relativeIdNumber, const QString &relation = QStringLiteral("sibling"))
    {
        NearRelativeEntry e;
        e.staffName = QStringLiteral("张干部");
        e.staffIdNumber = makeIdNumber(QStringLiteral("530602"), QDate(1975, 3, 3), 17);
        e.staffRole = QStringLiteral("village_cadre");
        e.staffUnit = QStringLiteral("新村");
        e.relativeName = QStringLiteral("张亲属");
        e.relativeIdNumber = relativeIdNumber;
        e.relation = relation;
        return e;
    }

    QString declaredCase;
    QString plainCase;
};

TEST_F(NearRelativeRegisterTest, TheRegisterIsKeptByTheCountyWithCheckedIdNumbers)
{
    NearRelativeRegister reg(s());
    const QString spouse = memberIdNumber(caseId, 1);
    NearRelativeEntry bad = entry(spouse);
    bad.relation = QStringLiteral("cousin");
    EXPECT_EQ(reg.add(bad).error().code, QStringLiteral("register_relation"));
    QString wrongCheck = makeIdNumber(QStringLiteral("530602"), QDate(1980, 1, 1), 123);
    wrongCheck[17] = wrongCheck[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    bad = entry(wrongCheck);
    EXPECT_FALSE(reg.add(bad).ok()) << "a wrong check character is refused";
    bad = entry(spouse);
    bad.staffRole = QStringLiteral("driver");
    EXPECT_EQ(reg.add(bad).error().code, QStringLiteral("register_staff_role"));
    EXPECT_EQ(countRows(QStringLiteral("near_relatives")), 0);
    NearRelativeEntry lower = entry(spouse.toLower(), QStringLiteral("spouse"));
    ASSERT_TRUE(reg.add(lower).ok());
    EXPECT_EQ(reg.add(entry(spouse, QStringLiteral("spouse"))).error().code, QStringLiteral("register_duplicate"));
    // Township roles may not keep it.
    asTownship();
    const auto denied = reg.add(entry(memberIdNumber(plainCase, 0)));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind, ErrorKind::Permission);
    EXPECT_EQ(reg.flagged().error().kind, ErrorKind::Permission);
}

TEST_F(NearRelativeRegisterTest, ApplicationsAreFlaggedByRegisterMatchAndByDeclaration)
{
    NearRelativeRegister reg(s());
    auto before = reg.flagged();
    ASSERT_TRUE(before.ok()) << before.error().message.toStdString();
    ASSERT_EQ(before->size(), 1);
    EXPECT_EQ(before->first().caseId, declaredCase);
    EXPECT_TRUE(before->first().declared);
    EXPECT_TRUE(before->first().matches.isEmpty());

    // The child of the first household is a cadre's grandchild.
    ASSERT_TRUE(reg.add(entry(memberIdNumber(caseId, 2), QStringLiteral("grandchild"))).ok());
    auto after = reg.flagged().value();
    ASSERT_EQ(after.size(), 2);
    QStringList ids;
    for (const NearRelativeFlag &f : after)
        ids << f.caseId;
    EXPECT_TRUE(ids.contains(caseId) && ids.contains(declaredCase));
    EXPECT_FALSE(ids.contains(plainCase));
    const NearRelativeFlag matched = after.at(ids.indexOf(caseId));
    EXPECT_FALSE(matched.declared);
    ASSERT_EQ(matched.matches.size(), 1);
    EXPECT_EQ(matched.matches.first().relation, QStringLiteral("grandchild"));
    EXPECT_EQ(matched.matches.first().staffName, QStringLiteral("张干部"));
    EXPECT_FALSE(matched.authorityVisitRecorded);
    // The staff member applying is flagged too ("self").
    NearRelativeEntry self = entry(makeIdNumber(QStringLiteral("530602"), QDate(1990, 5, 5), 21));
    self.staffIdNumber = memberIdNumber(plainCase, 0);
    ASSERT_TRUE(reg.add(self).ok());
    EXPECT_EQ(reg.flagged().value().size(), 3);
    // An entry that ended no longer flags.
    auto entries = reg.entries().value();
    for (const NearRelativeEntry &e : entries)
        if (e.staffIdNumber == self.staffIdNumber) {
            ASSERT_TRUE(reg.end(e.id, QDate(2026, 11, 1)).ok());
        }
    EXPECT_EQ(reg.flagged().value().size(), 2);
    // The confirmation queue shows the register match as a near-relative case needing the visit.
    ConfirmationQueue queue(s());
    auto detail = queue.detail(caseId);
    ASSERT_TRUE(detail.ok()) << detail.error().message.toStdString();
    EXPECT_TRUE(detail->item.nearRelative);
    EXPECT_TRUE(detail->visit.registerMatch);
    EXPECT_TRUE(detail->item.blocked);
}

TEST_F(NearRelativeRegisterTest, AFlaggedCaseIsNotConfirmedBeforeTheAuthoritysOwnVisit)
{
    NearRelativeRegister reg(s());
    ASSERT_TRUE(reg.add(entry(memberIdNumber(caseId, 0), QStringLiteral("parent"))).ok());
    asTownship();
    walkTo(CaseState::Confirmation);
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    TransitionInput in;
    in.onDate = QDate(2026, 9, 20);
    in.amount = 40000;
    const Status blocked = step(QStringLiteral("confirm"), in);
    ASSERT_FALSE(blocked.ok());
    EXPECT_EQ(blocked.error().code, QStringLiteral("authority_visit_required"));
    EXPECT_EQ(state(), CaseState::Confirmation);
    asTownship();
    visit(caseId, false);
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    EXPECT_FALSE(step(QStringLiteral("confirm"), in).ok()) << "the township's visit does not count";
    visit(caseId, true);
    ok(QStringLiteral("confirm"), in);
    EXPECT_EQ(state(), CaseState::Confirmed);
}

} // namespace
