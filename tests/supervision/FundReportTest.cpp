#include "casework/CaseworkFixture.h"

#include "payroll/PayrollService.h"
#include "payroll/RecoveryLedger.h"
#include "supervision/FundReport.h"

using namespace dibao;
using namespace dibao::test;

namespace {

const QDate kOct(2026, 10, 1);
const QDate kNov(2026, 11, 1);

// A township with a confirmed application (400 yuan from October), a roster household (500) and one without an
// account (300, held). October's roll is issued late (2026-11-03); the bank pays the roster household and fails
// the application's payment. A recovery of 3,000 + 500 fine, 1,200 received on 2026-10-20.
class FundReportTest : public CaseworkFixture {
protected:
    void SetUp() override
    {
        CaseworkFixture::SetUp();
        confirmCase(caseId, 40000, QDate(2026, 9, 17));
        roster = rosterHousehold(*db, 1, 50000, QDate(2025, 1, 1));
        noAccount = rosterHousehold(*db, 2, 30000, QDate(2025, 1, 1), QString::fromLatin1(kTownship), QString());
        db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
        PayrollService payroll(s());
        auto oct = payroll.issue(kOct, QDate(2026, 11, 3));
        ASSERT_TRUE(oct.ok()) << oct.error().message.toStdString();
        const PayrollLine *a = nullptr, *r = nullptr;
        for (const PayrollLine &l : oct->lines) {
            if (l.householdId == householdOf(caseId))
                a = &l;
            if (l.householdId == roster)
                r = &l;
        }
        ASSERT_TRUE(a && r);
        BankReturnRecord paid{r->bankSequence, r->bankAccount, r->amount, true, QString()};
        BankReturnRecord failed{a->bankSequence, a->bankAccount, a->amount, false, QStringLiteral("账户冻结")};
        ASSERT_TRUE(payroll.importBankReturns(kOct, {paid, failed}, QDate(2026, 11, 10)).ok());

        db->actAsRole(Role::CountyReviewer);
        RecoveryLedger ledger(s());
        RecoveryCase rc;
        rc.householdId = roster;
        rc.decidedOn = QDate(2026, 10, 8);
        rc.basis = QStringLiteral("隐瞒经营收入骗取低保金，昭区民发〔2026〕8号");
        rc.fromMonth = QDate(2026, 1, 1);
        rc.toMonth = QDate(2026, 6, 1);
        rc.amountDue = 300000;
        rc.fine = 50000;
        ASSERT_TRUE(ledger.open(rc).ok());
        RecoveryEntry received{QString(), QStringLiteral("repayment"), QDate(2026, 10, 20), 120000,
                               QStringLiteral("NO.0012345"), QString()};
        ASSERT_TRUE(ledger.addEntry(rc.id, received).ok());
        db->actAsRole(Role::Auditor, QStringLiteral("钱审计"));
    }

    FundReport compute(const QDate &month)
    {
        FundReports reports(s());
        auto r = reports.compute(month);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message.toStdString());
        return r.ok() ? *r : FundReport{};
    }

    QString roster, noAccount;
};

TEST_F(FundReportTest, TimelinessReconciliationAndRecoveryOfAMonth)
{
    const FundReport r = compute(kOct);
    ASSERT_EQ(r.rolls.size(), 1);
    EXPECT_FALSE(r.rolls[0].onTime);
    EXPECT_EQ(r.rolls[0].daysLate, 3);
    EXPECT_TRUE(r.rolls[0].balanced());
    EXPECT_EQ(r.rolls[0].total, 120000);
    EXPECT_EQ(r.rolls[0].bankTotal, 90000);
    ASSERT_EQ(r.townships.size(), 1);
    const FundTownship &t = r.townships[0];
    EXPECT_EQ(t.code, QString::fromLatin1(kTownship));
    EXPECT_EQ(t.households, 3);
    EXPECT_EQ(t.amount, 120000);
    EXPECT_EQ(t.heldLines, 1);
    EXPECT_EQ(t.heldAmount, 30000);
    EXPECT_EQ(t.paidLines, 1);
    EXPECT_EQ(t.paidAmount, 50000);
    EXPECT_EQ(t.failedLines, 1);
    EXPECT_EQ(t.failedAmount, 40000);
    EXPECT_EQ(t.awaitingLines, 0);
    EXPECT_EQ(t.recovered, 120000);
    EXPECT_EQ(r.recoveryDue, 350000);
    EXPECT_EQ(r.recoveryReceived, 120000);
    EXPECT_EQ(r.recoveryOutstanding(), 230000);
    EXPECT_FALSE(r.rollMissing);

    // November: no roll yet while households are enrolled.
    const FundReport nov = compute(kNov);
    EXPECT_TRUE(nov.rolls.isEmpty());
    EXPECT_TRUE(nov.rollMissing);
}

TEST_F(FundReportTest, ARollChangedBehindTheProductsBackDoesNotBalance)
{
    // The issued roll is protected by triggers; someone with the file drops them and edits the total.
    ASSERT_TRUE(s().db()
                    .exec("DROP TRIGGER payroll_rolls_issued_no_update; "
                          "UPDATE payroll_rolls SET total_fen = total_fen + 100")
                    .ok());
    const FundReport r = compute(kOct);
    ASSERT_EQ(r.rolls.size(), 1);
    EXPECT_FALSE(r.rolls[0].balanced());
    EXPECT_EQ(r.rolls[0].total - r.rolls[0].linesTotal, 100);
}

TEST_F(FundReportTest, PublishedAccountOpensInOpenpyxlAndTheCliWritesIt)
{
    const FundReport r = compute(kOct);
    const QString path = db->dir() + QStringLiteral("/fund.xlsx");
    ASSERT_TRUE(FundReports::writeXlsx(r, QStringLiteral("昭阳区"), path).ok());
    const QString out = python(QStringLiteral(
        "import sys, openpyxl\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "rows = list(wb['资金使用公开'].iter_rows(values_only=True))\n"
        "print(rows[1][0], rows[1][2], '%.2f' % rows[1][3], '%.2f' % rows[1][4], '%.2f' % rows[1][5])\n"
        "t = list(wb['发放及时性'].iter_rows(values_only=True))[1]\n"
        "print(t[2], t[3], t[9])\n"
        "rec = {row[0]: row[1] for row in wb['追缴'].iter_rows(values_only=True)}\n"
        "print('%.2f' % rec['未到账'])\n"),
        {path});
    EXPECT_EQ(out.trimmed(), QStringLiteral("530602101 3 1200.00 500.00 1200.00\n逾期 3 平衡\n2300.00"));

    db->signInAs(QStringLiteral("admin")); // a township administrator may not inspect: the CLI says so
    const CliResult refused = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("fund-report"),
                                      QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--out"),
                                      db->dir() + QStringLiteral("/cli-fund.xlsx")},
                                     {QStringLiteral("DIBAO_TODAY=2026-11-27")});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_EQ(runCli({QStringLiteral("--db"), db->path(), QStringLiteral("fund-report"), QStringLiteral("--month"),
                      QStringLiteral("2026-10")})
                  .exitCode,
              2);
}

} // namespace
