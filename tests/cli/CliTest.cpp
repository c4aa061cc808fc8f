#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dibao::test;

namespace {

QJsonObject json(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// One household per entry, with an application; ids are valid unless `badIndex` names the entry to break.
QByteArray householdsJson(int count, int first = 0, int badIndex = -1)
{
    QJsonArray households;
    for (int i = first; i < first + count; ++i) {
        const QString applicantId = makeIdNumber(QStringLiteral("530602"), QDate(1970, 1, 1).addDays(i), 101);
        const QString spouseId = makeIdNumber(QStringLiteral("530602"), QDate(1972, 2, 2).addDays(i), 102);
        QJsonObject h{
            {QStringLiteral("division_code"), QStringLiteral("530602101")},
            {QStringLiteral("village_name"), QStringLiteral("新村")},
            {QStringLiteral("area"), QStringLiteral("rural")},
            {QStringLiteral("registered_address"), QStringLiteral("旧圃镇新村%1号").arg(i)},
            {QStringLiteral("members"),
             QJsonArray{QJsonObject{{QStringLiteral("ref"), QStringLiteral("a")},
                                    {QStringLiteral("name"), QStringLiteral("刘%1").arg(i)},
                                    {QStringLiteral("id_number"), i == badIndex ? applicantId.left(17) + QStringLiteral("Z") : applicantId},
                                    {QStringLiteral("relation"), QStringLiteral("self")}},
                        QJsonObject{{QStringLiteral("ref"), QStringLiteral("b")},
                                    {QStringLiteral("name"), QStringLiteral("陈%1").arg(i)},
                                    {QStringLiteral("id_number"), spouseId},
                                    {QStringLiteral("relation"), QStringLiteral("spouse")}}}},
            {QStringLiteral("incomes"),
             QJsonArray{QJsonObject{{QStringLiteral("member"), QStringLiteral("a")},
                                    {QStringLiteral("kind"), QStringLiteral("farming")},
                                    {QStringLiteral("amount"), 360000},
                                    {QStringLiteral("from"), QStringLiteral("2025-11")},
                                    {QStringLiteral("to"), QStringLiteral("2026-10")}}}},
            {QStringLiteral("application"),
             QJsonObject{{QStringLiteral("applicant"), QStringLiteral("a")},
                         {QStringLiteral("submitted_on"), QStringLiteral("2026-11-02")},
                         {QStringLiteral("documents"),
                          QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("truthfulness_promise")},
                                                 {QStringLiteral("status"), QStringLiteral("provided")}}}}}}};
        households.append(h);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("dibao-households")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("households"), households}})
        .toJson();
}

class Cli : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = dir.filePath(QStringLiteral("town.db"));
        const CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--division"),
                                    QStringLiteral("530602101"), QStringLiteral("--admin"), QStringLiteral("admin")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    CliResult run(QStringList args, const QStringList &env = {})
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runCli(args, env);
    }

    qint64 scalar(const QString &sql)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {db, sql});
        p.waitForFinished();
        return p.readAllStandardOutput().trimmed().toLongLong();
    }

    QTemporaryDir dir;
    QString db;
};

TEST(CliNoDb, IdCheckPrintsOneLinePerNumberAndExitsByValidity)
{
    CliResult r = runCli({QStringLiteral("id-check"), QStringLiteral("11010519491231002X"), QStringLiteral("11010519491231002x")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.count(QStringLiteral(": valid")), 2);
    r = runCli({QStringLiteral("id-check"), QStringLiteral("11010519491231002X"), QStringLiteral("110105194912310021"),
                QStringLiteral("110105194913310021")});
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[1].contains(QStringLiteral("should be X"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].contains(QStringLiteral("invalid"))) << lines[2].toStdString();
    r = runCli({QStringLiteral("id-check"), QStringLiteral("--json"), QStringLiteral("110105491231002")});
    EXPECT_EQ(r.exitCode, 0);
    const QJsonObject o = json(r).value(QStringLiteral("results")).toArray().first().toObject();
    EXPECT_EQ(o.value(QStringLiteral("normalized")).toString(), QStringLiteral("11010519491231002X"));
    EXPECT_TRUE(o.value(QStringLiteral("legacy15")).toBool());
    EXPECT_EQ(runCli({QStringLiteral("id-check")}).exitCode, 2);
}

TEST(CliNoDb, UsageErrorsExitTwo)
{
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(runCli({}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("id-check"), QStringLiteral("--bogus"), QStringLiteral("1")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("cases")}).exitCode, 2); // needs --db
    EXPECT_EQ(runCli({QStringLiteral("--db")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("help")}).exitCode, 0);
}

TEST(CliNoDb, InitRefusesUnknownDivisionsAndNeverOverwrites)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.db"));
    CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--division"),
                          QStringLiteral("530699"), QStringLiteral("--admin"), QStringLiteral("admin")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("530699")));
    EXPECT_FALSE(QFile::exists(db));
    EXPECT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("a")}).exitCode, 2);
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--division"), QStringLiteral("530602"),
                QStringLiteral("--admin"), QStringLiteral("chief"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("level")).toString(), QStringLiteral("county"));
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--division"), QStringLiteral("530602"),
                QStringLiteral("--admin"), QStringLiteral("other")});
    EXPECT_EQ(r.exitCode, 1);
    // The first administrator is the default user and a county one.
    EXPECT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("audit-verify")}).exitCode, 0);
}

TEST(CliNoDb, BadFilesGetAClearMessageNeverACrash)
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.db"));
    writeFile(junk, QByteArray(10000, '\xff'));
    CliResult r = runCli({QStringLiteral("--db"), junk, QStringLiteral("cases")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a dibao database"))) << r.err.toStdString();
    r = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("absent.db")), QStringLiteral("cases")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("absent.db")))); // nothing created by a read
    // A SQLite file that is not a dibao database.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    QProcess::execute(QStringLiteral("sqlite3"), {other, QStringLiteral("CREATE TABLE x(y)")});
    r = runCli({QStringLiteral("--db"), other, QStringLiteral("cases")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.isEmpty());
}

TEST_F(Cli, GarbageImportFilesChangeNothing)
{
    const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit"));
    const QString garbage = dir.filePath(QStringLiteral("garbage.bin"));
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes.append(char((i * 7919) % 251));
    writeFile(garbage, bytes);
    for (const QString &command : {QStringLiteral("household-import"), QStringLiteral("policy-import")}) {
        const CliResult r = run({command, garbage});
        EXPECT_NE(r.exitCode, 0) << command.toStdString();
        EXPECT_NE(r.exitCode, -1) << command.toStdString() << " crashed";
        EXPECT_FALSE(r.err.isEmpty());
    }
    writeFile(garbage, "{\"format\":\"dibao-households\",\"version\":1,\"households\":[{\"division_code\":\"530602101\","
                       "\"members\":[{\"name\":\"x\",\"id_number\":\"11010519491231002X\"}],"
                       "\"incomes\":[{\"kind\":\"wage\",\"amount\":-5,\"from\":\"2026-01\",\"to\":\"2026-02\"}]}]}");
    CliResult r = run({QStringLiteral("household-import"), garbage});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("incomes[0].amount"))) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit")), audit);
}

TEST_F(Cli, SignInFailuresArePermissionDenied)
{
    EXPECT_EQ(run({QStringLiteral("cases")}, {QStringLiteral("DIBAO_PASSWORD=wrong")}).exitCode, 3);
    EXPECT_EQ(run({QStringLiteral("cases"), QStringLiteral("--user"), QStringLiteral("nobody")}).exitCode, 3);
    // No password in the environment and no terminal: a clear refusal, not a hang.
    const CliResult r = run({QStringLiteral("cases")}, {QStringLiteral("DIBAO_PASSWORD=")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("DIBAO_PASSWORD")));
}

TEST_F(Cli, RolesDecideWhatEachCommandMayDo)
{
    ASSERT_EQ(run({QStringLiteral("user-add"), QStringLiteral("cadre"), QStringLiteral("--role"), QStringLiteral("village_cadre")},
                  {QStringLiteral("DIBAO_NEW_PASSWORD=cadre-pw")})
                  .exitCode,
              0);
    ASSERT_EQ(run({QStringLiteral("user-add"), QStringLiteral("assistant"), QStringLiteral("--role"),
                   QStringLiteral("township_assistant")},
                  {QStringLiteral("DIBAO_NEW_PASSWORD=assistant-pw")})
                  .exitCode,
              0);
    const QString file = dir.filePath(QStringLiteral("h.json"));
    writeFile(file, householdsJson(1));
    // A village cadre may not import households or add users; the assistant may import.
    const QStringList cadre{QStringLiteral("DIBAO_PASSWORD=cadre-pw")};
    CliResult r = run({QStringLiteral("--user"), QStringLiteral("cadre"), QStringLiteral("household-import"), file}, cadre);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("may not")));
    EXPECT_EQ(run({QStringLiteral("--user"), QStringLiteral("cadre"), QStringLiteral("user-add"), QStringLiteral("x1"),
                   QStringLiteral("--role"), QStringLiteral("village_cadre")},
                  {QStringLiteral("DIBAO_PASSWORD=cadre-pw"), QStringLiteral("DIBAO_NEW_PASSWORD=xxxx")})
                  .exitCode,
              3);
    r = run({QStringLiteral("--user"), QStringLiteral("assistant"), QStringLiteral("household-import"), file},
            {QStringLiteral("DIBAO_PASSWORD=assistant-pw")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString caseId = r.out.trimmed();
    // The cadre may not accept it; a township user may not import policy (the county enters policy).
    EXPECT_EQ(run({QStringLiteral("--user"), QStringLiteral("cadre"), QStringLiteral("transition"), caseId, QStringLiteral("accept")}, cadre).exitCode, 3);
    const QString policy = dir.filePath(QStringLiteral("p.json"));
    ASSERT_EQ(run({QStringLiteral("policy-export"), QStringLiteral("--out"), policy}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("policy-import"), policy}).exitCode, 3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT state FROM cases")), 0); // still "submitted" (not a number)
    EXPECT_EQ(run({QStringLiteral("--user"), QStringLiteral("assistant"), QStringLiteral("transition"), caseId, QStringLiteral("accept"),
                   QStringLiteral("--date"), QStringLiteral("2026-11-03")},
                  {QStringLiteral("DIBAO_PASSWORD=assistant-pw")})
                  .exitCode,
              0);
}

TEST_F(Cli, HouseholdImportIsAllOrNothing)
{
    const qint64 auditBefore = scalar(QStringLiteral("SELECT count(*) FROM audit"));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    writeFile(bad, householdsJson(3, 0, 2)); // the third household has a broken ID number
    CliResult r = run({QStringLiteral("household-import"), bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("households[2]"))) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM households")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit")), auditBefore);
    writeFile(bad, "{\"format\": \"dibao-households\", \"version\": 1, \"households\": [");
    EXPECT_EQ(run({QStringLiteral("household-import"), bad}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("household-import"), dir.filePath(QStringLiteral("missing.json"))}).exitCode, 1);

    const QString good = dir.filePath(QStringLiteral("good.json"));
    writeFile(good, householdsJson(3));
    r = run({QStringLiteral("household-import"), good});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed().split(QLatin1Char('\n')).size(), 3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM cases")), 3);
    // Importing the same people again would count them in two open cases: refused as a whole.
    r = run({QStringLiteral("household-import"), good});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("open case"))) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM households")), 3);
}

TEST_F(Cli, CasesEligibilityAndStates)
{
    const QString good = dir.filePath(QStringLiteral("good.json"));
    writeFile(good, householdsJson(2));
    ASSERT_EQ(run({QStringLiteral("household-import"), good}).exitCode, 0);
    CliResult r = run({QStringLiteral("cases"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray cases = json(r).value(QStringLiteral("cases")).toArray();
    ASSERT_EQ(cases.size(), 2);
    EXPECT_EQ(cases.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
    EXPECT_EQ(run({QStringLiteral("cases"), QStringLiteral("--state"), QStringLiteral("nonsense")}).exitCode, 2);
    r = run({QStringLiteral("cases"), QStringLiteral("--state"), QStringLiteral("confirmed"), QStringLiteral("--json")});
    EXPECT_EQ(json(r).value(QStringLiteral("count")).toInt(), 0);

    // 2 counted persons with 3,600 yuan of farming income over 12 months: 300.00 a month, against the default
    // rural example standard of 375.00: gap 2 × 375.00 − 300.00 = 450.00.
    const QString caseId = cases.first().toObject().value(QStringLiteral("id")).toString();
    r = run({QStringLiteral("eligibility"), caseId, QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-20")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject e = json(r);
    EXPECT_EQ(e.value(QStringLiteral("verdict")).toString(), QStringLiteral("eligible"));
    EXPECT_EQ(e.value(QStringLiteral("amount")).toObject().value(QStringLiteral("amount_fen")).toInteger(), 45000);
    EXPECT_EQ(run({QStringLiteral("eligibility"), QStringLiteral("no-such-case")}).exitCode, 1);
}

TEST_F(Cli, AuditVerifyNamesTheFirstBadEntry)
{
    const QString good = dir.filePath(QStringLiteral("good.json"));
    writeFile(good, householdsJson(1));
    ASSERT_EQ(run({QStringLiteral("household-import"), good}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("audit-verify")}).exitCode, 0);
    QProcess::execute(QStringLiteral("sqlite3"), {db, QStringLiteral("UPDATE audit SET action = 'x' WHERE seq = 7")});
    const CliResult r = run({QStringLiteral("audit-verify")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("entry 7"))) << r.out.toStdString();
}

TEST_F(Cli, TwoProcessesWritingAtOnceBothSucceed)
{
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const QString b = dir.filePath(QStringLiteral("b.json"));
    writeFile(a, householdsJson(40, 0));
    writeFile(b, householdsJson(40, 100));
    QProcess p1, p2;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DIBAO_PASSWORD"), QStringLiteral("secret1"));
    p1.setProcessEnvironment(env);
    p2.setProcessEnvironment(env);
    p1.start(QStringLiteral(DIBAO_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("household-import"), a});
    p2.start(QStringLiteral(DIBAO_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("household-import"), b});
    ASSERT_TRUE(p1.waitForFinished(120000));
    ASSERT_TRUE(p2.waitForFinished(120000));
    EXPECT_EQ(p1.exitCode(), 0) << p1.readAllStandardError().toStdString();
    EXPECT_EQ(p2.exitCode(), 0) << p2.readAllStandardError().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM households")), 80);
    EXPECT_EQ(run({QStringLiteral("audit-verify")}).exitCode, 0);
}

TEST_F(Cli, PolicyImportIsValidatedAndCountyOnly)
{
    QTemporaryDir county;
    const QString cdb = county.filePath(QStringLiteral("county.db"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), cdb, QStringLiteral("init"), QStringLiteral("--division"), QStringLiteral("530602"),
                      QStringLiteral("--admin"), QStringLiteral("chief")})
                  .exitCode,
              0);
    const QString exported = county.filePath(QStringLiteral("p.json"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), cdb, QStringLiteral("policy-export"), QStringLiteral("--out"), exported}).exitCode, 0);
    QFile f(exported);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray policy = f.readAll();
    f.close();
    // A broken file changes nothing and says where it is wrong.
    QByteArray broken = policy;
    broken.replace("\"effective_from\": \"2020-01-01\"", "\"effective_from\": \"2020-13-01\"");
    ASSERT_NE(broken, policy);
    const QString bad = county.filePath(QStringLiteral("bad.json"));
    writeFile(bad, broken);
    CliResult r = runCli({QStringLiteral("--db"), cdb, QStringLiteral("policy-import"), bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("rows["))) << r.err.toStdString();
    // The same file again is all unchanged; then a new standard row dated 2027 is added.
    r = runCli({QStringLiteral("--db"), cdb, QStringLiteral("policy-import"), exported, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("added")).toInt(), 0);
    EXPECT_EQ(json(r).value(QStringLiteral("updated")).toInt(), 0);
    QJsonObject doc = QJsonDocument::fromJson(policy).object();
    QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
    rows.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("standard")},
                            {QStringLiteral("key"), QStringLiteral("rural")},
                            {QStringLiteral("effective_from"), QStringLiteral("2027-01-01")},
                            {QStringLiteral("issuer"), QStringLiteral("昭通市民政局")},
                            {QStringLiteral("document_number"), QStringLiteral("昭民发〔2026〕99号")},
                            {QStringLiteral("value"), 40000}});
    doc.insert(QStringLiteral("rows"), rows);
    writeFile(exported, QJsonDocument(doc).toJson());
    r = runCli({QStringLiteral("--db"), cdb, QStringLiteral("policy-import"), exported, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("added")).toInt(), 1);
}

} // namespace

// `help` names every command docs/cli.md documents, and each of them is a command the CLI knows (a usage error for
// missing arguments, exit 2, is fine; "unknown command" is not).
TEST(CliNoDb, HelpListsEveryDocumentedCommand)
{
    QFile doc(QStringLiteral(DIBAO_SOURCE_DIR "/docs/cli.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    QStringList commands;
    for (const QString &line : QString::fromUtf8(doc.readAll()).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("dibao-cli ")))
            continue;
        // dibao-cli [--db ANY] --db FILE COMMAND ...: the first word that is no option, option value or bracket.
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 1; i < words.size(); ++i) {
            const QString w = words.at(i);
            if (w.startsWith(QLatin1Char('[')) || w.endsWith(QLatin1Char(']')))
                continue;
            if (w.startsWith(QLatin1String("--"))) {
                ++i; // its value
                continue;
            }
            if (!commands.contains(w))
                commands << w;
            break;
        }
    }
    ASSERT_GE(commands.size(), 40) << "docs/cli.md lists the commands as 'dibao-cli ... COMMAND' lines";
    const CliResult help = runCli({QStringLiteral("help")});
    ASSERT_EQ(help.exitCode, 0);
    ASSERT_TRUE(runCli({QStringLiteral("frobnicate")}).err.contains(QStringLiteral("unknown command")));
    for (const QString &c : commands) {
        const QRegularExpression named(QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(c)),
                                       QRegularExpression::MultilineOption);
        EXPECT_TRUE(named.match(help.out).hasMatch()) << "help does not name " << c.toStdString();
        const CliResult r = runCli({c, QStringLiteral("--no-such-option")});
        EXPECT_FALSE(r.err.contains(QStringLiteral("unknown command"))) << c.toStdString() << " is documented but unknown to the CLI";
    }
}
