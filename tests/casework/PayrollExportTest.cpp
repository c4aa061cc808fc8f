#include "casework/CaseworkFixture.h"

#include "payroll/PayrollExport.h"
#include "payroll/PayrollService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dibao;
using namespace dibao::test;

namespace {

// Reads the bank CSV and the workbook with Python (csv module; Debian's openpyxl) and prints what both say, so the
// test compares what a real reader sees, not what we meant to write.
const char *const kReadBoth = R"PY(
import csv, io, json, sys, openpyxl
bank_path, xlsx_path, encoding = sys.argv[1], sys.argv[2], sys.argv[3]
raw = open(bank_path, 'rb').read()
text = raw.decode(encoding)
rows = list(csv.reader(io.StringIO(text, newline='')))
header, body = rows[0], rows[1:]
bank = [{'seq': int(r[0]), 'account': r[1], 'name': r[2], 'amount': r[3], 'id': r[4], 'memo': r[5]} for r in body]
wb = openpyxl.load_workbook(xlsx_path)
lines = wb['发放明细']
lrows = list(lines.iter_rows(values_only=True))
lhead = list(lrows[0])
def col(name): return lhead.index(name)
xlines = []
for r in lrows[1:]:
    xlines.append({'seq': r[col('序号')], 'account': r[col('账号')], 'name': r[col('户名')],
                   'amount': r[col('实发金额')], 'status': r[col('状态')], 'township': r[col('乡镇代码')],
                   'base': r[col('保障金')], 'carried': r[col('补发')], 'adjust': r[col('调整')]})
totals = {}
for r in list(wb['合计'].iter_rows(values_only=True))[1:]:
    totals[r[0] + ':' + str(r[1])] = [r[2], r[3]]
changes = [list(r) for r in list(wb['变动'].iter_rows(values_only=True))[1:]]
print(json.dumps({'header': header, 'bank': bank, 'lines': xlines, 'totals': totals, 'changes': changes,
                  'sheets': wb.sheetnames, 'crlf': b'\r\n' in raw}, ensure_ascii=False, default=str))
)PY";

class PayrollExportTest : public CaseworkFixture {
protected:
    void SetUp() override
    {
        CaseworkFixture::SetUp();
        confirmCase(caseId, 40000, QDate(2026, 9, 17));
        rosterHousehold(*db, 1, 50000, QDate(2025, 1, 1));
        rosterHousehold(*db, 2, 31234, QDate(2025, 1, 1), QStringLiteral("530602101"), QString()); // held
        rosterHousehold(*db, 3, 12345, QDate(2025, 1, 1));
        db->actAsRole(Role::CountyReviewer);
    }

    QJsonObject readBack(const PayrollExportFiles &files, const char *encoding)
    {
        const QString out = python(QString::fromUtf8(kReadBoth),
                                   {files.bankFile, files.workbook, QString::fromLatin1(encoding)});
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }

    // Yuan with two decimals, as text, from a number openpyxl returned (a float) or the CSV text.
    static Fen fen(const QJsonValue &v)
    {
        const QString text = v.isString() ? v.toString() : QString::number(v.toDouble(), 'f', 2);
        return qRound64(text.toDouble() * 100);
    }

    void expectSameLinesAndTotals(const PayrollRoll &roll, const QJsonObject &seen)
    {
        const QJsonArray bank = seen.value(QStringLiteral("bank")).toArray();
        const QJsonArray lines = seen.value(QStringLiteral("lines")).toArray();
        ASSERT_EQ(lines.size(), roll.lines.size());
        ASSERT_EQ(bank.size(), roll.bankTotal.households);
        // Every line sent to the bank appears in both, with the same sequence, account, name and amount.
        int sent = 0;
        Fen xlsxTotal = 0;
        Fen xlsxBank = 0;
        for (const auto &v : lines) {
            const QJsonObject l = v.toObject();
            xlsxTotal += fen(l.value(QStringLiteral("amount")));
            EXPECT_EQ(fen(l.value(QStringLiteral("amount"))),
                      fen(l.value(QStringLiteral("base"))) + fen(l.value(QStringLiteral("carried")))
                          + fen(l.value(QStringLiteral("adjust"))));
            if (l.value(QStringLiteral("seq")).isNull())
                continue;
            const QJsonObject b = bank.at(sent++).toObject();
            EXPECT_EQ(l.value(QStringLiteral("seq")).toInt(), b.value(QStringLiteral("seq")).toInt());
            EXPECT_EQ(l.value(QStringLiteral("account")).toString(), b.value(QStringLiteral("account")).toString());
            EXPECT_EQ(l.value(QStringLiteral("name")).toString(), b.value(QStringLiteral("name")).toString());
            EXPECT_EQ(fen(l.value(QStringLiteral("amount"))), fen(b.value(QStringLiteral("amount"))));
            xlsxBank += fen(l.value(QStringLiteral("amount")));
        }
        EXPECT_EQ(sent, bank.size());
        Fen csvTotal = 0;
        for (const auto &v : bank) {
            csvTotal += fen(v.toObject().value(QStringLiteral("amount")));
            // Accounts stay text: all digits, no exponent, nothing lost.
            EXPECT_FALSE(v.toObject().value(QStringLiteral("account")).toString().contains(QLatin1Char('E')));
        }
        const QJsonObject totals = seen.value(QStringLiteral("totals")).toObject();
        const QJsonArray all = totals.value(QStringLiteral("总计:") + isoMonth(roll.month)).toArray();
        const QJsonArray sentTotals = totals.value(QStringLiteral("银行:发送银行")).toArray();
        EXPECT_EQ(all.at(0).toInt(), roll.total.households);
        EXPECT_EQ(fen(all.at(1)), roll.total.amount);
        EXPECT_EQ(fen(all.at(1)), xlsxTotal);             // totals sheet = sum of the lines sheet
        EXPECT_EQ(fen(sentTotals.at(1)), csvTotal);       // = sum of the bank file
        EXPECT_EQ(fen(sentTotals.at(1)), xlsxBank);
        EXPECT_EQ(sentTotals.at(0).toInt(), bank.size());
        // Township, area and tier totals each add up to the whole.
        for (const QString &group : {QStringLiteral("乡镇"), QStringLiteral("城乡"), QStringLiteral("档次")}) {
            Fen sum = 0;
            for (auto it = totals.constBegin(); it != totals.constEnd(); ++it)
                if (it.key().startsWith(group + QLatin1Char(':')))
                    sum += fen(it->toArray().at(1));
            EXPECT_EQ(sum, roll.total.amount) << group.toStdString();
        }
    }
};

TEST_F(PayrollExportTest, BankFileAndWorkbookAgreeWhenReadByRealReaders)
{
    PayrollService payroll(s());
    const PayrollRoll roll = payroll.preview(QDate(2026, 10, 1)).value();
    ASSERT_EQ(roll.lines.size(), 4);
    ASSERT_EQ(roll.heldCount, 1);
    const QString dir = db->dir() + QStringLiteral("/out");
    auto files = exportPayroll(roll, dir);
    ASSERT_TRUE(files.ok()) << files.error().message.toStdString();
    EXPECT_TRUE(QFileInfo(files->bankFile).fileName().contains(QStringLiteral("-preview")));
    const QJsonObject seen = readBack(*files, "gb18030");
    EXPECT_EQ(seen.value(QStringLiteral("sheets")).toArray().size(), 3);
    EXPECT_TRUE(seen.value(QStringLiteral("crlf")).toBool());
    expectSameLinesAndTotals(roll, seen);
    EXPECT_EQ(seen.value(QStringLiteral("bank")).toArray().first().toObject().value(QStringLiteral("memo")).toString(),
              QStringLiteral("2026年10月低保金"));
}

TEST_F(PayrollExportTest, IssuedRollInUtf8WithCarriedAndAdjustedLines)
{
    PayrollService payroll(s());
    auto oct = payroll.issue(QDate(2026, 10, 1), QDate(2026, 10, 20));
    ASSERT_TRUE(oct.ok());
    const PayrollLine *first = nullptr;
    for (const PayrollLine &l : oct->lines)
        if (l.bankSequence == 1)
            first = &l;
    ASSERT_NE(first, nullptr);
    ASSERT_TRUE(payroll
                    .importBankReturns(QDate(2026, 10, 1),
                                       {BankReturnRecord{1, first->bankAccount, first->amount, false,
                                                         QStringLiteral("账号不存在")}})
                    .ok());
    PayrollAdjustmentInput adj;
    adj.householdId = oct->lines.last().householdId;
    adj.amount = 1111;
    adj.reason = QStringLiteral("补发");
    ASSERT_TRUE(payroll.addAdjustment(adj).ok());
    auto nov = payroll.issue(QDate(2026, 11, 1));
    ASSERT_TRUE(nov.ok());
    PayrollExportOptions options;
    options.encoding = TextEncoding::Utf8;
    auto files = exportPayroll(*nov, db->dir() + QStringLiteral("/issued"), options);
    ASSERT_TRUE(files.ok()) << files.error().message.toStdString();
    EXPECT_FALSE(QFileInfo(files->workbook).fileName().contains(QStringLiteral("-preview")));
    const QJsonObject seen = readBack(*files, "utf-8");
    expectSameLinesAndTotals(*nov, seen);
    Fen carried = 0;
    for (const auto &v : seen.value(QStringLiteral("lines")).toArray())
        carried += fen(v.toObject().value(QStringLiteral("carried")));
    EXPECT_EQ(carried, first->amount + 31234); // the failed payment and the held one
    // Exported from the stored roll again: the same bytes.
    const PayrollRoll stored = *payroll.issuedRoll(QDate(2026, 11, 1)).value();
    auto again = exportPayroll(stored, db->dir() + QStringLiteral("/again"), options);
    ASSERT_TRUE(again.ok());
    QFile a(files->bankFile), b(again->bankFile), c(files->workbook), d(again->workbook);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly)
                && d.open(QIODevice::ReadOnly));
    EXPECT_EQ(a.readAll(), b.readAll());
    EXPECT_EQ(c.readAll(), d.readAll());
}

} // namespace

TEST_F(PayrollExportTest, IssuingWithFilesWritesThemWhileTheLinesAreWrittenAndOnlyForACommittedRoll)
{
    PayrollService payroll(s());
    const QString dir = db->dir() + QStringLiteral("/with-files");
    const auto entries = [&dir] {
        return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    };
    // Cancelled after the lines are written, before the commit: no roll, no file, no staging folder left.
    auto cancelled = payroll.issueWithFiles(QDate(2026, 10, 1), QDate(2026, 10, 20), dir, {},
                                            [](qint64 done, qint64 total) { return done < total; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, QStringLiteral("cancelled"));
    EXPECT_EQ(entries(), QStringList());
    EXPECT_EQ(payroll.lastIssuedMonth().value(), QDate());
    // Issued: the two files of the issued roll, nothing else, the same lines and totals as the stored roll.
    PayrollExportOptions options;
    options.encoding = TextEncoding::Utf8;
    auto issued = payroll.issueWithFiles(QDate(2026, 10, 1), QDate(2026, 10, 20), dir, options);
    ASSERT_TRUE(issued.ok()) << issued.error().message.toStdString();
    EXPECT_EQ(payroll.lastIssuedMonth().value(), QDate(2026, 10, 1));
    QStringList expected{QFileInfo(issued->files.bankFile).fileName(), QFileInfo(issued->files.workbook).fileName()};
    expected.sort();
    EXPECT_EQ(entries(), expected);
    EXPECT_EQ(QFileInfo(issued->files.bankFile).absolutePath(), QFileInfo(dir).absoluteFilePath());
    EXPECT_FALSE(issued->files.workbook.contains(QStringLiteral("-preview")));
    expectSameLinesAndTotals(issued->roll, readBack(issued->files, "utf-8"));
    // Refused (already issued): nothing new in the folder.
    auto again = payroll.issueWithFiles(QDate(2026, 10, 1), QDate(2026, 10, 20), dir, options);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("payroll_already_issued"));
    EXPECT_EQ(entries(), expected);
}
