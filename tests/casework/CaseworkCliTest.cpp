#include "casework/CaseworkFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dibao;
using namespace dibao::test;

namespace {

// dibao-cli on a county database with three roster households and a county reviewer.
class CaseworkCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("DIBAO_TODAY", "2026-11-27");
        db = std::make_unique<TempDatabase>(QStringLiteral("530602"));
        db->addUser(QStringLiteral("reviewer"), Role::CountyReviewer);
        rosterHousehold(*db, 1, 50000, QDate(2025, 1, 1));
        rosterHousehold(*db, 2, 30000, QDate(2025, 1, 1), QStringLiteral("530602102"));
        rosterHousehold(*db, 3, 20000, QDate(2025, 1, 1), QStringLiteral("530602101"), QString()); // held
        out = db->dir() + QStringLiteral("/out");
    }

    CliResult cli(const QStringList &args, const QString &user = QStringLiteral("reviewer"))
    {
        return runCli(QStringList{QStringLiteral("--db"), db->path(), QStringLiteral("--user"), user} + args);
    }

    qint64 rolls()
    {
        auto st = db->session().db().prepare("SELECT count(*) FROM payroll_rolls");
        return st->step().value() ? st->int64(0) : -1;
    }

    std::unique_ptr<TempDatabase> db;
    QString out;
};

TEST_F(CaseworkCliTest, PayrollPreviewWritesBothFilesAndStoresNothing)
{
    const CliResult r = cli({QStringLiteral("payroll"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                             QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1000.00"))) << r.out.toStdString();
    EXPECT_TRUE(QFile::exists(out + QStringLiteral("/dibao-payroll-530602-2026-11-preview-bank.csv")));
    EXPECT_TRUE(QFile::exists(out + QStringLiteral("/dibao-payroll-530602-2026-11-preview.xlsx")));
    EXPECT_EQ(rolls(), 0);
}

TEST_F(CaseworkCliTest, PayrollIssueLocksTheRollAndReportsAsJson)
{
    const CliResult r = cli({QStringLiteral("payroll"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                             QStringLiteral("--out"), out, QStringLiteral("--issue"), QStringLiteral("--json"),
                             QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_TRUE(o.value(QStringLiteral("issued")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("lines")).toInt(), 3);
    EXPECT_EQ(o.value(QStringLiteral("total_fen")).toInteger(), 100000);
    EXPECT_EQ(o.value(QStringLiteral("bank_lines")).toInt(), 2);
    EXPECT_EQ(o.value(QStringLiteral("bank_total_fen")).toInteger(), 80000);
    EXPECT_EQ(o.value(QStringLiteral("by_township")).toObject().size(), 2);
    const QString bank = o.value(QStringLiteral("bank_file")).toString();
    EXPECT_TRUE(bank.endsWith(QStringLiteral("dibao-payroll-530602-2026-11-bank.csv")));
    QFile f(bank);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith(QStringLiteral("序号,账号,户名,金额,证件号码,摘要\r\n").toUtf8()));
    EXPECT_EQ(bytes.count('\n'), 3);
    EXPECT_EQ(rolls(), 1);
    // Issued once: again is refused (exit 1), and nothing changes.
    const CliResult again = cli({QStringLiteral("payroll"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                                 QStringLiteral("--out"), out, QStringLiteral("--issue"), QStringLiteral("--json")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("error")).toString(),
              QStringLiteral("payroll_already_issued"));
    EXPECT_EQ(rolls(), 1);

    // The bank's result: line 1 failed; December carries it.
    const QString result = db->dir() + QStringLiteral("/return.csv");
    QFile rf(result);
    ASSERT_TRUE(rf.open(QIODevice::WriteOnly));
    const QList<QByteArray> lines = bytes.split('\n');
    const QList<QByteArray> first = lines.at(1).trimmed().split(',');
    const QList<QByteArray> second = lines.at(2).trimmed().split(',');
    rf.write(QStringLiteral("序号,账号,户名,金额,结果,原因\n").toUtf8());
    rf.write(first.at(0) + ',' + first.at(1) + ',' + first.at(2) + ',' + first.at(3) + QStringLiteral(",失败,账户冻结\n").toUtf8());
    rf.write(second.at(0) + ',' + second.at(1) + ',' + second.at(2) + ',' + second.at(3) + QStringLiteral(",成功,\n").toUtf8());
    rf.close();
    const CliResult returned = cli({QStringLiteral("bank-return"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                                    result, QStringLiteral("--json")});
    ASSERT_EQ(returned.exitCode, 0) << returned.err.toStdString();
    const QJsonObject ro = QJsonDocument::fromJson(returned.out.toUtf8()).object();
    EXPECT_EQ(ro.value(QStringLiteral("failed")).toInt(), 1);
    EXPECT_EQ(ro.value(QStringLiteral("paid")).toInt(), 1);
    const CliResult dec = cli({QStringLiteral("payroll"), QStringLiteral("--month"), QStringLiteral("2026-12"),
                               QStringLiteral("--out"), out, QStringLiteral("--json")});
    ASSERT_EQ(dec.exitCode, 0) << dec.err.toStdString();
    const Fen failed = qRound64(QString::fromUtf8(first.at(3)).toDouble() * 100);
    // December: the three allowances, the failed payment and the held November line carried.
    EXPECT_EQ(QJsonDocument::fromJson(dec.out.toUtf8()).object().value(QStringLiteral("total_fen")).toInteger(),
              100000 + failed + 20000);
}

TEST_F(CaseworkCliTest, PayrollIsForTheAuthorityAndNeedsItsOptions)
{
    const CliResult admin = cli({QStringLiteral("payroll"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                                 QStringLiteral("--out"), out},
                                QStringLiteral("admin"));
    EXPECT_EQ(admin.exitCode, 3) << admin.err.toStdString();
    EXPECT_FALSE(QDir(out).exists());
    EXPECT_EQ(cli({QStringLiteral("payroll"), QStringLiteral("--out"), out}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("payroll"), QStringLiteral("--month"), QStringLiteral("2026-13"),
                   QStringLiteral("--out"), out})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("payroll"), QStringLiteral("--month"), QStringLiteral("2026-11")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("payroll"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                   QStringLiteral("--out"), out, QStringLiteral("--encoding"), QStringLiteral("latin1")})
                  .exitCode,
              2);
    EXPECT_EQ(rolls(), 0);
}

TEST_F(CaseworkCliTest, ReviewsDueAndTheQueue)
{
    const CliResult due = cli({QStringLiteral("reviews-due"), QStringLiteral("--until"), QStringLiteral("2025-12-31"),
                               QStringLiteral("--json")});
    ASSERT_EQ(due.exitCode, 0) << due.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(due.out.toUtf8()).object().value(QStringLiteral("count")).toInt(), 3);
    const CliResult queue = cli({QStringLiteral("confirmation-queue"), QStringLiteral("--json")});
    ASSERT_EQ(queue.exitCode, 0) << queue.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(queue.out.toUtf8()).object().value(QStringLiteral("count")).toInt(), 0);
    const CliResult standing = cli({QStringLiteral("standing-list"), QStringLiteral("--out"),
                                    db->dir() + QStringLiteral("/standing.csv")});
    ASSERT_EQ(standing.exitCode, 0) << standing.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("reviews-due"), QStringLiteral("--category"), QStringLiteral("weekly")}).exitCode, 1);
}

// `transition CASE confirm --certificate NUMBER` records the 低保证 number as the client's confirmation page does;
// the option belongs to the confirm step alone, and a refused call records nothing.
class ConfirmCliTest : public CaseworkFixture {
protected:
    CliResult cli(const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("--db"), db->path(), QStringLiteral("--user"), QStringLiteral("admin")}
                      + args);
    }

    QString certificate()
    {
        CaseStore cases(s());
        return cases.get(caseId)->certificateNumber;
    }
};

TEST_F(ConfirmCliTest, TransitionConfirmRecordsTheCertificateNumber)
{
    walkTo(CaseState::Confirmation);
    // The township confirms where the county delegates it: the township administrator signs in to the CLI.
    setPolicy(QStringLiteral("confirmer"), QStringLiteral("default"), QStringLiteral("township"), QDate(2026, 1, 1));
    const QStringList confirm{QStringLiteral("transition"), caseId, QStringLiteral("confirm"), QStringLiteral("--date"),
                              QStringLiteral("2026-09-18"), QStringLiteral("--amount"), QStringLiteral("40000")};

    // Usage errors (exit 2) change nothing: an empty number, or the option on another step.
    EXPECT_EQ(cli(confirm + QStringList{QStringLiteral("--certificate"), QStringLiteral("  ")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("transition"), caseId, QStringLiteral("refuse"), QStringLiteral("--reason"),
                   QStringLiteral("收入超过标准"), QStringLiteral("--certificate"), QStringLiteral("X-1")})
                  .exitCode,
              2);
    EXPECT_EQ(state(), CaseState::Confirmation);
    EXPECT_TRUE(certificate().isEmpty());

    const CliResult r = cli(confirm + QStringList{QStringLiteral("--certificate"), QStringLiteral(" 镇雄低保2026-0815 "),
                                                  QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
              CaseState::Confirmed);
    EXPECT_EQ(state(), CaseState::Confirmed);
    EXPECT_EQ(certificate(), QStringLiteral("镇雄低保2026-0815"));
    // Written through the audited writer like every decision: the trail still verifies.
    EXPECT_EQ(cli({QStringLiteral("audit-verify")}).exitCode, 0);
}

} // namespace
