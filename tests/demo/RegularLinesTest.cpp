// The payroll's lines from the ordered passes (regularPayrollLines: the decisions over the covering index, members
// and households once each) against the SQL they replaced (one query with a correlated probe per household for the
// decision in force this month, last month, a later decision and the members), kept here as the reference. Compared
// field by field, in order, on a 24-month demo county with stops, gradual exits, migrated households, transfers
// between townships, card custody and adjustments, for several months: what the roll, its digest and its CSV/xlsx
// are made of is the same as before.
#include "casework/PeriodicReview.h"
#include "common/ChinaDate.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "payroll/CardCustody.h"
#include "payroll/PayrollService.h"
#include "payroll/RegularLines.h"
#include "store/Session.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

#include <memory>

using namespace dibao;

namespace {

const bool kTodayPinned = [] {
    qputenv("DIBAO_TODAY", "2026-11-20");
    return true;
}();

const QString kCounty = QStringLiteral("530681"); // 水富市, 4 townships

struct ReferenceCounts {
    int laterMigrated = 0; // migrated households paid their roster amount before a later first decision
};

// The lines as PayrollService::regularLines computed them before the ordered passes (kept verbatim but for the
// helpers that moved unchanged to RegularLines.h).
Result<QList<PayrollLine>> referenceLines(Database &db, const QDate &month, QList<PayrollLine> *previous,
                                          ReferenceCounts &counts)
{
    auto st = db.prepare(
        "WITH hh AS ("
        " SELECT h.id, h.division_code, h.village_name, h.area, h.bank_name, h.bank_account, h.current_amount,"
        "  h.current_tier, h.enrolled_since, h.migrated,"
        "  (SELECT c.rowid FROM cases c WHERE c.household_id = h.id AND c.state IN ('confirmed', 'review_decided')"
        "   AND c.effective_month <= ?1 ORDER BY c.effective_month DESC, c.rowid DESC LIMIT 1) AS drow,"
        "  CASE WHEN ?2 IS NOT NULL THEN (SELECT c.rowid FROM cases c WHERE c.household_id = h.id"
        "   AND c.state IN ('confirmed', 'review_decided') AND c.effective_month <= ?2"
        "   ORDER BY c.effective_month DESC, c.rowid DESC LIMIT 1) END AS prow"
        " FROM households h WHERE h.enrolment <> 'none')"
        "SELECT hh.id, hh.division_code, hh.village_name, hh.area, hh.bank_name, hh.bank_account, hh.current_amount,"
        " hh.current_tier, hh.enrolled_since, hh.migrated,"
        " d.kind, d.review_outcome, d.amount, d.tier, d.effective_month, d.gradual_exit_months,"
        " p.kind, p.review_outcome, p.amount, p.tier, p.effective_month, p.gradual_exit_months,"
        " CASE WHEN hh.drow IS NULL AND hh.migrated = 1 THEN EXISTS (SELECT 1 FROM cases c WHERE c.household_id = hh.id"
        "  AND c.state IN ('confirmed', 'review_decided') AND c.effective_month > ?1) END,"
        " (SELECT count(*) || char(31) || max(m.work_refusals) || char(31) || COALESCE(max(CASE WHEN m.relation = 'self'"
        "  THEN m.name || char(31) || m.id_number END), '') FROM members m WHERE m.household_id = hh.id"
        "  AND m.left_reason IS NULL) "
        "FROM hh LEFT JOIN cases d ON d.rowid = hh.drow LEFT JOIN cases p ON p.rowid = hh.prow");
    if (!st)
        return st.error();
    auto transfers = loadTransfers(db);
    if (!transfers)
        return transfers.error();
    auto custody = householdsInCustody(db, month);
    if (!custody)
        return custody.error();
    Statement &s = *st;
    const QString m = isoMonth(month);
    const QDate prevMonth = month.addMonths(-1);
    const QString pm = isoMonth(prevMonth);
    s.bind(1, m);
    if (previous)
        s.bind(2, pm);
    else
        s.bindNull(2);
    auto decided = [&s](int at, const QDate &forMonth, QString &tier) -> Fen {
        const QString kind = s.text(at);
        const QString outcome = s.text(at + 1);
        const Fen amount = s.isNull(at + 2) ? 0 : s.int64(at + 2);
        if (kind == QLatin1String("application")) {
            if (!s.isNull(at + 3) && !s.text(at + 3).isEmpty())
                tier = s.text(at + 3);
            return amount;
        }
        if (outcome == QLatin1String("stop"))
            return 0;
        if (outcome == QLatin1String("gradual_exit"))
            return forMonth < parseIsoMonth(s.text(at + 4)).addMonths(s.integer(at + 5)) ? amount : 0;
        return amount;
    };
    QList<PayrollLine> lines;
    QStringList laterMigrated;
    QStringList prevMigrated;
    const QChar sep(31);
    DIBAO_TRY(s.forEachRow([&] {
        const bool migrated = s.int64(9) != 0;
        const QString since = s.text(8);
        const Fen roster = s.isNull(6) ? 0 : s.int64(6);
        PayrollLine l;
        l.householdId = s.text(0);
        l.divisionCode = s.text(1);
        l.villageName = s.text(2);
        l.area = s.text(3);
        l.bankName = s.text(4);
        l.bankAccount = s.text(5).trimmed();
        const QStringList members = s.text(23).split(sep);
        l.members = members.value(0).toInt();
        l.memberLostShare = members.value(1).toInt() >= 3;
        l.payeeName = members.value(2);
        l.payeeIdNumber = members.value(3);
        l.held = !usableBankAccount(l.bankAccount) || l.payeeName.trimmed().isEmpty();
        const QList<TransferRow> moves = transfers->value(l.householdId);
        if (previous) {
            QString tier = s.text(7);
            Fen base = 0;
            if (!s.isNull(16))
                base = decided(16, prevMonth, tier);
            else if (migrated && !since.isEmpty() && since <= pm)
                base = roster;
            if (base > 0) {
                PayrollLine p = l;
                p.tier = tier;
                p.baseAmount = base;
                p.amount = base;
                placeFor(moves, pm, p.divisionCode, p.villageName);
                if (s.isNull(16) && migrated && (!s.isNull(10) || s.int64(22) != 0))
                    prevMigrated << p.householdId;
                *previous << p;
            }
        }
        QString tier = s.text(7);
        Fen base = 0;
        if (!s.isNull(10)) {
            base = decided(10, month, tier);
        } else if (migrated && !since.isEmpty() && since <= m) {
            base = roster;
            if (s.int64(22) != 0)
                laterMigrated << l.householdId;
        }
        if (base <= 0)
            return;
        l.tier = tier;
        l.baseAmount = base;
        l.amount = base;
        l.custody = custody->contains(l.householdId);
        placeFor(moves, m, l.divisionCode, l.villageName);
        lines << l;
    }));
    counts.laterMigrated += int(laterMigrated.size());
    DIBAO_TRY(fixRosterAmounts(db, lines, laterMigrated));
    if (previous) {
        DIBAO_TRY(fixRosterAmounts(db, *previous, prevMigrated));
    }
    return lines;
}

void expectSameLines(const QList<PayrollLine> &actual, const QList<PayrollLine> &expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        const PayrollLine &a = actual.at(i);
        const PayrollLine &e = expected.at(i);
        SCOPED_TRACE(e.householdId.toStdString());
        EXPECT_EQ(a.householdId, e.householdId);
        EXPECT_EQ(a.divisionCode, e.divisionCode);
        EXPECT_EQ(a.villageName, e.villageName);
        EXPECT_EQ(a.area, e.area);
        EXPECT_EQ(a.tier, e.tier);
        EXPECT_EQ(a.members, e.members);
        EXPECT_EQ(a.payeeName, e.payeeName);
        EXPECT_EQ(a.payeeIdNumber, e.payeeIdNumber);
        EXPECT_EQ(a.bankName, e.bankName);
        EXPECT_EQ(a.bankAccount, e.bankAccount);
        EXPECT_EQ(a.baseAmount, e.baseAmount);
        EXPECT_EQ(a.adjustmentAmount, e.adjustmentAmount);
        EXPECT_EQ(a.carriedAmount, e.carriedAmount);
        EXPECT_EQ(a.amount, e.amount);
        EXPECT_EQ(a.held, e.held);
        EXPECT_EQ(a.custody, e.custody);
        EXPECT_EQ(a.changeKind, e.changeKind);
        EXPECT_EQ(a.previousAmount, e.previousAmount);
        EXPECT_EQ(a.adjustmentIds, e.adjustmentIds);
        EXPECT_EQ(a.carriedLineIds, e.carriedLineIds);
        EXPECT_EQ(a.memberLostShare, e.memberLostShare);
        if (::testing::Test::HasFailure())
            return; // one household's differences are enough to read
    }
}

} // namespace

TEST(RegularLines, AgreeFieldByFieldWithTheCorrelatedSqlTheyReplaced)
{
    test::TempDatabase db(kCounty);
    Session &s = db.session();
    DemoOptions options;
    options.households = 300;
    options.seed = 11;
    auto demo = generateDemo(s, options);
    ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
    s.actAs(Actor{QStringLiteral("t-reviewer"), QStringLiteral("t.reviewer"), QStringLiteral("审核"),
                  Role::CountyReviewer, kCounty});

    // What the passes must get right is there: stops, gradual exits, migrated households, several townships.
    EXPECT_GT(test::queryScalar(s, "SELECT count(*) FROM cases WHERE state = 'review_decided'"
                                   " AND review_outcome = 'stop'"),
              0);
    EXPECT_GT(test::queryScalar(s, "SELECT count(*) FROM cases WHERE state = 'review_decided'"
                                   " AND review_outcome = 'gradual_exit'"),
              0);
    EXPECT_GT(test::queryScalar(s, "SELECT count(*) FROM households WHERE migrated = 1 AND enrolment <> 'none'"), 0);

    // Transfers between townships (one household moved twice, one moving next month), card custody, adjustments.
    // Four households paid in November (household and township), chosen from the lines in table order.
    auto paid = regularPayrollLines(s.db(), QDate(2026, 11, 1), nullptr);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    ASSERT_GE(paid->size(), 4);
    QList<QPair<QString, QString>> households;
    for (int i = 0; i < 4; ++i)
        households << qMakePair(paid->at(i).householdId, paid->at(i).divisionCode);
    auto townships = s.db().prepare("SELECT DISTINCT division_code FROM households ORDER BY 1");
    ASSERT_TRUE(townships.ok());
    QStringList codes;
    ASSERT_TRUE(townships->forEachRow([&] { codes << townships->text(0); }).ok());
    ASSERT_GE(codes.size(), 2);
    auto otherTownship = [&](const QString &code) { return code == codes.at(0) ? codes.at(1) : codes.at(0); };
    PeriodicReview review(s);
    auto move = [&](const QString &household, const QString &to, const QDate &first) {
        TransferInput t;
        t.householdId = household;
        t.toDivision = to;
        t.toVillage = QStringLiteral("安置点社区");
        t.firstMonth = first;
        t.reason = QStringLiteral("relocation");
        auto id = review.transfer(t);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    };
    move(households[0].first, otherTownship(households[0].second), QDate(2026, 8, 1));
    move(households[1].first, otherTownship(households[1].second), QDate(2026, 6, 1));
    move(households[1].first, households[1].second, QDate(2026, 10, 1));
    move(households[2].first, otherTownship(households[2].second), QDate(2026, 12, 1));
    CardCustody custody(s);
    CardCustodyAgreement a;
    a.householdId = households[3].first;
    a.custodianName = QStringLiteral("李村干");
    a.custodianRole = QStringLiteral("村干部");
    a.agreementOn = QDate(2026, 9, 15);
    a.reason = QStringLiteral("年老行动不便");
    ASSERT_TRUE(custody.record(a).ok());
    PayrollService payroll(s);
    PayrollAdjustmentInput adj;
    adj.householdId = households[3].first;
    adj.amount = 12000;
    adj.reason = QStringLiteral("补发九月差额");
    adj.forMonth = QDate(2026, 11, 1);
    ASSERT_TRUE(payroll.addAdjustment(adj).ok());
    EXPECT_EQ(test::queryScalar(s, "SELECT count(*) FROM household_transfers"), 4);
    // Members who refused suitable work three times (the share lost explains a lowering): test data, by SQL.
    ASSERT_TRUE(s.db()
                    .exec("UPDATE members SET work_refusals = 3 WHERE rowid IN (SELECT m.rowid FROM members m"
                          " JOIN households h ON h.id = m.household_id WHERE h.enrolment = 'enrolled'"
                          " AND m.relation <> 'self' AND m.left_reason IS NULL ORDER BY m.rowid LIMIT 5)")
                    .ok());

    ReferenceCounts counts;
    int compared = 0;
    for (int back : {-1, 0, 1, 2, 3, 4, 6, 12, 18, 23}) {
        const QDate month = QDate(2026, 11, 1).addMonths(-back);
        SCOPED_TRACE(isoMonth(month).toStdString());
        QList<PayrollLine> previous, previousExpected;
        auto lines = regularPayrollLines(s.db(), month, &previous);
        ASSERT_TRUE(lines.ok()) << lines.error().message.toStdString();
        auto expected = referenceLines(s.db(), month, &previousExpected, counts);
        ASSERT_TRUE(expected.ok()) << expected.error().message.toStdString();
        expectSameLines(*lines, *expected);
        expectSameLines(previous, previousExpected);
        // Without the month before (an issued previous roll), the same lines.
        auto alone = regularPayrollLines(s.db(), month, nullptr);
        ASSERT_TRUE(alone.ok());
        expectSameLines(*alone, *expected);
        compared += int(expected->size());
        if (HasFailure())
            return;
    }
    EXPECT_GT(compared, 1000);
    EXPECT_GT(counts.laterMigrated, 0); // the roster amount before a first decision was compared too

    // The preview is made of these lines: the transfers, custody and the adjustment show in it.
    auto roll = payroll.preview(QDate(2026, 11, 1));
    ASSERT_TRUE(roll.ok()) << roll.error().message.toStdString();
    QHash<QString, const PayrollLine *> byHousehold;
    for (const PayrollLine &l : roll->lines)
        byHousehold.insert(l.householdId, &l);
    ASSERT_TRUE(byHousehold.contains(households[0].first));
    EXPECT_EQ(byHousehold.value(households[0].first)->divisionCode, otherTownship(households[0].second));
    ASSERT_TRUE(byHousehold.contains(households[1].first));
    EXPECT_EQ(byHousehold.value(households[1].first)->divisionCode, households[1].second);
    ASSERT_TRUE(byHousehold.contains(households[2].first));
    EXPECT_EQ(byHousehold.value(households[2].first)->divisionCode, households[2].second);
    ASSERT_TRUE(byHousehold.contains(households[3].first));
    EXPECT_TRUE(byHousehold.value(households[3].first)->custody);
    EXPECT_EQ(byHousehold.value(households[3].first)->adjustmentAmount, 12000);
}
