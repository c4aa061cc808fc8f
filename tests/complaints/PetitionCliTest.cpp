// dibao-cli's letters, visits and complaints commands and the near-relative register, run as the real program on real
// databases (docs/cli.md "Letters, visits and complaints commands").
#include "casework/CaseworkFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dibao;
using namespace dibao::test;

namespace {

class PetitionCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("DIBAO_TODAY", "2026-11-27");
        township = std::make_unique<TempDatabase>(QStringLiteral("530602101"));
        township->addUser(QStringLiteral("wang"), Role::TownshipAssistant);
        township->addUser(QStringLiteral("li"), Role::TownshipAssistant);
        county = std::make_unique<TempDatabase>(QStringLiteral("530602"));
        county->addUser(QStringLiteral("reviewer"), Role::CountyReviewer);
        household = rosterHousehold(*county, 3, 30000, QDate(2025, 1, 1));
    }

    static CliResult cli(TempDatabase &db, const QString &user, const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("--db"), db.path(), QStringLiteral("--user"), user} + args);
    }

    static qint64 count(TempDatabase &db, const char *table)
    {
        auto st = db.session().db().prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)));
        return st->step().value() ? st->int64(0) : -1;
    }

    QString addAtTownship(const QStringList &extra)
    {
        const CliResult r = cli(*township, QStringLiteral("wang"),
                                QStringList{QStringLiteral("petition-add"), QStringLiteral("--kind"),
                                            QStringLiteral("complaint"), QStringLiteral("--channel"),
                                            QStringLiteral("hotline"), QStringLiteral("--summary"),
                                            QStringLiteral("反映情况"), QStringLiteral("--json")}
                                    + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toString();
    }

    std::unique_ptr<TempDatabase> township;
    std::unique_ptr<TempDatabase> county;
    QString household;
};

TEST_F(PetitionCliTest, BadInputIsAUsageErrorAndStoresNothing)
{
    const QStringList base{QStringLiteral("petition-add"), QStringLiteral("--kind"), QStringLiteral("complaint"),
                           QStringLiteral("--channel"), QStringLiteral("hotline"), QStringLiteral("--summary"),
                           QStringLiteral("x")};
    // Neither anonymous nor a reporter; both; two subjects; a bad date; an unknown option.
    EXPECT_EQ(cli(*township, QStringLiteral("wang"), base).exitCode, 2);
    EXPECT_EQ(cli(*township, QStringLiteral("wang"),
                  base + QStringList{QStringLiteral("--anonymous"), QStringLiteral("--reporter"), QStringLiteral("某")})
                  .exitCode,
              2);
    EXPECT_EQ(cli(*township, QStringLiteral("wang"),
                  base + QStringList{QStringLiteral("--anonymous"), QStringLiteral("--household"), QStringLiteral("a"),
                                     QStringLiteral("--case"), QStringLiteral("b")})
                  .exitCode,
              2);
    EXPECT_EQ(cli(*township, QStringLiteral("wang"),
                  base + QStringList{QStringLiteral("--anonymous"), QStringLiteral("--date"), QStringLiteral("2026-13-01")})
                  .exitCode,
              2);
    EXPECT_EQ(cli(*township, QStringLiteral("wang"),
                  base + QStringList{QStringLiteral("--anonymous"), QStringLiteral("--amount"), QStringLiteral("1")})
                  .exitCode,
              2);
    // Well-formed but refused by the core: exit 1 with the token.
    const CliResult kind = cli(*township, QStringLiteral("wang"),
                               QStringList{QStringLiteral("petition-add"), QStringLiteral("--kind"),
                                           QStringLiteral("rumour"), QStringLiteral("--channel"),
                                           QStringLiteral("hotline"), QStringLiteral("--summary"), QStringLiteral("x"),
                                           QStringLiteral("--anonymous"), QStringLiteral("--json")});
    EXPECT_EQ(kind.exitCode, 1);
    EXPECT_TRUE(kind.out.contains(QStringLiteral("petition_kind")) || kind.err.contains(QStringLiteral("petition_kind")))
        << kind.out.toStdString() << kind.err.toStdString();
    const CliResult future = cli(*township, QStringLiteral("wang"),
                                 base + QStringList{QStringLiteral("--anonymous"), QStringLiteral("--date"),
                                                    QStringLiteral("2026-12-01")});
    EXPECT_EQ(future.exitCode, 1);
    EXPECT_EQ(count(*township, "petitions"), 0);
    EXPECT_EQ(count(*township, "petition_events"), 0);
}

TEST_F(PetitionCliTest, TheOwnerWorksItThroughAndOthersAreRefused)
{
    const QString id = addAtTownship({QStringLiteral("--reporter"), QStringLiteral("王某"), QStringLiteral("--date"),
                                      QStringLiteral("2026-09-30")});
    ASSERT_FALSE(id.isEmpty());
    // Overdue: not acknowledged within 15 days.
    CliResult r = cli(*township, QStringLiteral("wang"),
                      {QStringLiteral("petitions"), QStringLiteral("--overdue"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    ASSERT_EQ(o.value(QStringLiteral("count")).toInt(), 1);
    const QJsonObject row = o.value(QStringLiteral("petitions")).toArray().first().toObject();
    EXPECT_EQ(row.value(QStringLiteral("acknowledge_due")).toString(), QStringLiteral("2026-10-15"));
    EXPECT_EQ(row.value(QStringLiteral("conclude_due")).toString(), QStringLiteral("2026-11-29"));
    EXPECT_EQ(row.value(QStringLiteral("days_left")).toInt(), -43);
    EXPECT_FALSE(r.out.contains(QStringLiteral("王某"))) << "the list never shows the reporter";
    // Another assistant is not the owner: exit 3.
    EXPECT_EQ(cli(*township, QStringLiteral("li"), {QStringLiteral("petition-ack"), id}).exitCode, 3);
    EXPECT_EQ(cli(*township, QStringLiteral("wang"), {QStringLiteral("petition-ack"), id, QStringLiteral("--date"),
                                                      QStringLiteral("2026-10-08")})
                  .exitCode,
              0);
    EXPECT_EQ(cli(*township, QStringLiteral("wang"), {QStringLiteral("petition-extend"), id}).exitCode, 2);
    EXPECT_EQ(cli(*township, QStringLiteral("wang"),
                  {QStringLiteral("petition-extend"), id, QStringLiteral("--reason"), QStringLiteral("需外调")})
                  .exitCode,
              0);
    r = cli(*township, QStringLiteral("wang"),
            {QStringLiteral("petition-extend"), id, QStringLiteral("--reason"), QStringLiteral("再延"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("petition_extension_used"))) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(cli(*township, QStringLiteral("wang"),
                  {QStringLiteral("petition-handover"), id, QStringLiteral("--to"), QStringLiteral("li"),
                   QStringLiteral("--reason"), QStringLiteral("调岗")})
                  .exitCode,
              0);
    EXPECT_EQ(cli(*township, QStringLiteral("li"),
                  {QStringLiteral("petition-conclude"), id, QStringLiteral("--outcome"), QStringLiteral("upheld"),
                   QStringLiteral("--findings"), QStringLiteral("属实"), QStringLiteral("--verified")})
                  .exitCode,
              0);
    EXPECT_EQ(cli(*township, QStringLiteral("li"),
                  {QStringLiteral("petition-reward"), id, QStringLiteral("--amount"), QStringLiteral("lots")})
                  .exitCode,
              2);
    EXPECT_EQ(cli(*township, QStringLiteral("li"),
                  {QStringLiteral("petition-reward"), id, QStringLiteral("--amount"), QStringLiteral("20000")})
                  .exitCode,
              0);
    // The township may not read the reporter; the forward to itself is refused.
    EXPECT_EQ(cli(*township, QStringLiteral("li"), {QStringLiteral("petition-reporter"), id}).exitCode, 3);
    r = cli(*township, QStringLiteral("li"),
            {QStringLiteral("petition-forward"), id, QStringLiteral("--stage"), QStringLiteral("reexamination"),
             QStringLiteral("--body"), QStringLiteral("本乡镇"), QStringLiteral("--to"), QStringLiteral("530602101")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(cli(*township, QStringLiteral("li"),
                  {QStringLiteral("petition-forward"), id, QStringLiteral("--stage"), QStringLiteral("reexamination"),
                   QStringLiteral("--body"), QStringLiteral("昭阳区民政局")})
                  .exitCode,
              0);
    r = cli(*township, QStringLiteral("li"), {QStringLiteral("petition-show"), id, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("history")).toArray().size(), 7);
    EXPECT_EQ(o.value(QStringLiteral("forwards")).toArray().first().toObject().value(QStringLiteral("to_office")).toString(),
              QStringLiteral("530602"));
}

TEST_F(PetitionCliTest, TheCountyKeepsTheRegisterAndListsFlaggedCases)
{
    const QStringList entry{QStringLiteral("relative-add"), QStringLiteral("--staff"), QStringLiteral("张干部"),
                            QStringLiteral("--staff-id"), makeIdNumber(QStringLiteral("530602"), QDate(1975, 3, 3), 17),
                            QStringLiteral("--staff-role"), QStringLiteral("village_cadre"), QStringLiteral("--relative"),
                            QStringLiteral("李亲属"), QStringLiteral("--relation"), QStringLiteral("sibling"),
                            QStringLiteral("--relative-id")};
    // A township database's administrator may not; a bad ID number is refused; a missing option is a usage error.
    EXPECT_EQ(cli(*township, QStringLiteral("admin"),
                  entry + QStringList{makeIdNumber(QStringLiteral("530602"), QDate(1980, 1, 1), 11)})
                  .exitCode,
              3);
    QString wrongCheck = makeIdNumber(QStringLiteral("530602"), QDate(1980, 1, 1), 123);
    wrongCheck[17] = wrongCheck[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    EXPECT_EQ(cli(*county, QStringLiteral("reviewer"), entry + QStringList{wrongCheck}).exitCode, 1);
    EXPECT_EQ(cli(*county, QStringLiteral("reviewer"), entry.mid(0, 5)).exitCode, 2);
    EXPECT_EQ(count(*county, "near_relatives"), 0);
    CliResult r = cli(*county, QStringLiteral("reviewer"),
                      {QStringLiteral("relatives-flagged"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("count")).toInt(), 0);
    // The roster household's applicant is a cadre's sibling; a review of it is open (a complaint at the township
    // would open one; here the county opens one through the workflow's own path) — only open cases are listed, so
    // first there is nothing, after the review opens, one.
    HouseholdStore households(county->session());
    const QString applicantId = households.load(household)->members.first().idNumber;
    ASSERT_EQ(cli(*county, QStringLiteral("reviewer"), entry + QStringList{applicantId}).exitCode, 0);
    r = cli(*county, QStringLiteral("reviewer"), {QStringLiteral("relatives"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_FALSE(r.out.contains(applicantId)) << "ID numbers are masked in the listing";
    county->actAsRole(Role::TownshipAssistant);
    CaseStore cases(county->session());
    ASSERT_TRUE(cases.openReview(household, QDate(2026, 11, 20), QStringLiteral("举报核查")).ok());
    r = cli(*county, QStringLiteral("reviewer"), {QStringLiteral("relatives-flagged"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    ASSERT_EQ(o.value(QStringLiteral("count")).toInt(), 1);
    const QJsonObject flagged = o.value(QStringLiteral("cases")).toArray().first().toObject();
    EXPECT_EQ(flagged.value(QStringLiteral("grounds")).toArray().first().toString(), QStringLiteral("register"));
    EXPECT_FALSE(flagged.value(QStringLiteral("authority_visit_recorded")).toBool());
}

} // namespace
