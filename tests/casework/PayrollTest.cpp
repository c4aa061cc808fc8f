#include "casework/CaseworkFixture.h"

#include "payroll/CardCustody.h"
#include "payroll/PayrollService.h"
#include "payroll/RecoveryLedger.h"
#include "supervision/AuditTrail.h"
#include "sync/Crypto.h"

using namespace dibao;
using namespace dibao::test;

namespace {

const QDate kOct(2026, 10, 1);
const QDate kNov(2026, 11, 1);
const QDate kDec(2026, 12, 1);

class PayrollTest : public CaseworkFixture {
protected:
    void SetUp() override
    {
        CaseworkFixture::SetUp();
        // An application confirmed on 2026-09-17 (effective October) and a roster household enrolled since 2025.
        confirmCase(caseId, 40000, QDate(2026, 9, 17));
        roster = rosterHousehold(*db, 1, 50000, QDate(2025, 1, 1));
        db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    }

    Result<PayrollRoll> preview(const QDate &month)
    {
        PayrollService payroll(s());
        return payroll.preview(month);
    }

    Result<PayrollRoll> issue(const QDate &month, const QDate &on = QDate(2026, 11, 27))
    {
        PayrollService payroll(s());
        return payroll.issue(month, on);
    }

    static const PayrollLine *lineOf(const PayrollRoll &roll, const QString &household)
    {
        for (const PayrollLine &l : roll.lines)
            if (l.householdId == household)
                return &l;
        return nullptr;
    }

    static const PayrollChange *changeOf(const PayrollRoll &roll, const QString &household)
    {
        for (const PayrollChange &c : roll.changes)
            if (c.householdId == household)
                return &c;
        return nullptr;
    }

    // Opens, reports and decides a periodic review of an enrolled household.
    void decide(const QString &household, const QString &choice, Fen amount, const QDate &on, int months = 0)
    {
        const Actor acting = s().actor();
        db->signInAs(QStringLiteral("admin"));
        CaseStore cases(s());
        auto id = cases.openReview(household, on, QStringLiteral("定期复核"));
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        TransitionInput report;
        report.onDate = on;
        report.reason = QStringLiteral("入户核查完毕");
        ok(QStringLiteral("report_review"), report, *id);
        db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
        TransitionInput d;
        d.onDate = on;
        d.choice = choice;
        d.amount = amount;
        d.months = months;
        d.reason = QStringLiteral("家庭收入变化");
        ok(QStringLiteral("decide_review"), d, *id);
        s().actAs(acting);
    }

    QString roster;
};

TEST_F(PayrollTest, PreviewTotalsAreTheSumOfTheLinesAndNothingIsWritten)
{
    rosterHousehold(*db, 2, 30000, QDate(2025, 3, 1), QStringLiteral("530602101"), QString()); // no account
    db->actAsRole(Role::CountyReviewer);
    const qint64 audit = countRows(QStringLiteral("audit"));
    auto roll = preview(kOct);
    ASSERT_TRUE(roll.ok()) << roll.error().message.toStdString();
    EXPECT_FALSE(roll->issued);
    ASSERT_EQ(roll->lines.size(), 3);
    Fen sum = 0;
    Fen bank = 0;
    int bankLines = 0;
    for (const PayrollLine &l : roll->lines) {
        sum += l.amount;
        EXPECT_EQ(l.amount, l.baseAmount + l.adjustmentAmount + l.carriedAmount);
        if (l.sentToBank()) {
            bank += l.amount;
            EXPECT_EQ(l.bankSequence, ++bankLines);
        } else {
            EXPECT_EQ(l.bankSequence, 0);
        }
    }
    EXPECT_EQ(sum, 120000);
    EXPECT_EQ(roll->total.amount, sum);
    EXPECT_EQ(roll->total.households, 3);
    EXPECT_EQ(roll->bankTotal.amount, bank);
    EXPECT_EQ(bank, 90000);
    EXPECT_EQ(roll->heldCount, 1);
    for (const auto *totals : {&roll->byTownship, &roll->byArea, &roll->byTier}) {
        Fen t = 0;
        int n = 0;
        for (const PayrollTotal &p : *totals) {
            t += p.amount;
            n += p.households;
        }
        EXPECT_EQ(t, sum);
        EXPECT_EQ(n, 3);
    }
    EXPECT_EQ(roll->byTownship.value(QStringLiteral("530602101")).amount, sum);
    EXPECT_EQ(roll->byArea.value(QStringLiteral("rural")).households, 3);
    // A preview writes nothing: no roll, no line, no audit entry.
    EXPECT_EQ(countRows(QStringLiteral("payroll_rolls")), 0);
    EXPECT_EQ(countRows(QStringLiteral("payroll_lines")), 0);
    EXPECT_EQ(countRows(QStringLiteral("audit")), audit);
    EXPECT_EQ(roll->summaryJson().value(QStringLiteral("total_fen")).toInteger(), sum);
}

TEST_F(PayrollTest, PaymentStartsTheMonthAfterTheDecision)
{
    // Confirmed on 2026-09-17: nothing for September, paid from October.
    EXPECT_EQ(lineOf(*preview(QDate(2026, 9, 1)), householdOf(caseId)), nullptr);
    const PayrollRoll octRoll = preview(kOct).value();
    const PayrollLine *oct = lineOf(octRoll, householdOf(caseId));
    ASSERT_NE(oct, nullptr);
    EXPECT_EQ(oct->baseAmount, 40000);
    EXPECT_EQ(oct->changeKind, PayrollChangeKind::New);
    EXPECT_EQ(oct->payeeName, QStringLiteral("王小明"));
    // The roster household was paid in September as well: unchanged.
    EXPECT_EQ(lineOf(*preview(kOct), roster)->changeKind, PayrollChangeKind::Same);
    // A case confirmed on the last day of October starts in November.
    db->signInAs(QStringLiteral("admin"));
    const QString late = newCase(6);
    confirmCase(late, 33000, QDate(2026, 10, 31));
    db->actAsRole(Role::CountyReviewer);
    EXPECT_EQ(lineOf(*preview(kOct), householdOf(late)), nullptr);
    ASSERT_NE(lineOf(*preview(kNov), householdOf(late)), nullptr);
}

TEST_F(PayrollTest, AnIssuedRollCannotChange)
{
    auto issued = issue(kOct, QDate(2026, 10, 20));
    ASSERT_TRUE(issued.ok()) << issued.error().message.toStdString();
    EXPECT_TRUE(issued->issued);
    EXPECT_EQ(countRows(QStringLiteral("payroll_rolls")), 1);
    EXPECT_EQ(countRows(QStringLiteral("payroll_lines")), 2);
    // The lines are written in parts, one per township here: each part one audited record with one outbox change
    // for its township; the lines are derived from their part, with no audit entry or change of their own.
    auto parts = s().db().prepare("SELECT p.id, p.division_code, p.line_count, "
                                  "(SELECT count(*) FROM audit WHERE entity = 'payroll_roll_parts' AND entity_id = p.id "
                                  "AND action = 'insert'), (SELECT count(*) FROM outbox WHERE entity = 'payroll_roll_parts' "
                                  "AND entity_id = p.id AND township = p.division_code), "
                                  "(SELECT count(*) FROM payroll_lines l WHERE l.roll_id = p.roll_id AND "
                                  "l.division_code = p.division_code AND l.created_at = p.created_at) "
                                  "FROM payroll_roll_parts p WHERE p.roll_id = ?");
    parts->bind(1, issued->id);
    int partCount = 0;
    qint64 linesInParts = 0;
    ASSERT_TRUE(parts->forEachRow([&] {
        ++partCount;
        linesInParts += parts->int64(2);
        EXPECT_EQ(parts->int64(3), 1);
        EXPECT_EQ(parts->int64(4), 1);
        EXPECT_EQ(parts->int64(5), parts->int64(2)) << "every line derived, with its part's bookkeeping";
    }).ok());
    EXPECT_GE(partCount, 1);
    EXPECT_EQ(linesInParts, 2);
    auto own = s().db().prepare("SELECT (SELECT count(*) FROM audit WHERE entity = 'payroll_lines'), "
                                "(SELECT count(*) FROM change_log WHERE entity = 'payroll_lines'), "
                                "(SELECT count(*) FROM record_versions WHERE entity = 'payroll_lines')");
    ASSERT_TRUE(own->step().value());
    EXPECT_EQ(own->int64(0), 0);
    EXPECT_EQ(own->int64(1), 0);
    EXPECT_EQ(own->int64(2), 0);
    auto report = s().audit().verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->intact());
    // Issuing again is refused.
    auto again = issue(kOct);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("payroll_already_issued"));
    // The audited writer cannot change a line or the roll ...
    const QString lineId = issued->lines.first().id;
    EXPECT_FALSE(s().writer()
                     .update(s().writeContext(), QStringLiteral("payroll_lines"), lineId,
                             Row{{QStringLiteral("amount"), qint64(99999)}})
                     .ok());
    EXPECT_FALSE(s().writer()
                     .update(s().writeContext(), QStringLiteral("payroll_rolls"), issued->id,
                             Row{{QStringLiteral("total_fen"), qint64(1)}})
                     .ok());
    // ... nor can SQL behind its back.
    EXPECT_FALSE(s().db().exec("UPDATE payroll_lines SET amount = 1").ok());
    EXPECT_FALSE(s().db().exec("DELETE FROM payroll_lines").ok());
    EXPECT_FALSE(s().db().exec("DELETE FROM payroll_rolls").ok());
    // The roll reads back identical, and a preview of the month shows the issued roll, not a recomputation.
    auto roster2 = rosterHousehold(*db, 3, 12300, QDate(2025, 1, 1));
    Q_UNUSED(roster2);
    db->actAsRole(Role::CountyReviewer);
    auto shown = preview(kOct);
    ASSERT_TRUE(shown.ok());
    EXPECT_TRUE(shown->issued);
    EXPECT_EQ(shown->lines.size(), 2);
    EXPECT_EQ(shown->linesDigest, issued->linesDigest);
    EXPECT_EQ(shown->total.amount, issued->total.amount);
    PayrollService payroll(s());
    EXPECT_EQ(payroll.lastIssuedMonth().value(), kOct);
}

TEST_F(PayrollTest, AuditVerifyFindsALineChangedAddedOrRemovedBehindItsPart)
{
    auto issued = issue(kOct, QDate(2026, 10, 20));
    ASSERT_TRUE(issued.ok()) << issued.error().message.toStdString();
    ASSERT_EQ(issued->lines.size(), 2);
    const QString changed = issued->lines.at(0).id;
    const QString removed = issued->lines.at(1).id;
    ASSERT_TRUE(s().audit().verify()->intact());
    // Someone with sqlite3 drops the lock and edits the derived table.
    ASSERT_TRUE(s().db().exec("DROP TRIGGER payroll_lines_issued_no_update").ok());
    ASSERT_TRUE(s().db().exec("DROP TRIGGER payroll_lines_issued_no_delete").ok());
    auto edit = s().db().prepare("UPDATE payroll_lines SET amount = amount + 100 WHERE id = ?");
    edit->bind(1, changed);
    ASSERT_TRUE(edit->run().ok());
    auto drop = s().db().prepare("DELETE FROM payroll_lines WHERE id = ?");
    drop->bind(1, removed);
    ASSERT_TRUE(drop->run().ok());
    const QString forged = QStringLiteral("0192f000-0000-7000-8000-000000000001");
    auto add = s().db().prepare(
        "INSERT INTO payroll_lines(id, roll_id, month, household_id, division_code, village_name, area, tier, members, "
        "payee_name, payee_id_number, bank_name, bank_account, base_amount, adjustment_amount, carried_amount, amount, "
        "held, custody, change_kind, previous_amount, adjustment_ids, carried_line_ids, created_at, updated_at, "
        "created_by, updated_by) SELECT ?1, roll_id, month, ?3, division_code, village_name, area, tier, "
        "members, payee_name, payee_id_number, bank_name, bank_account, base_amount, adjustment_amount, carried_amount, "
        "amount, held, custody, change_kind, previous_amount, adjustment_ids, carried_line_ids, created_at, updated_at, "
        "created_by, updated_by FROM payroll_lines WHERE id = ?2");
    add->bind(1, forged).bind(2, changed).bind(3, issued->lines.at(1).householdId);
    ASSERT_TRUE(add->run().ok());

    auto report = s().audit().verify();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_FALSE(report->intact());
    QMap<QString, QString> found; // line id -> problem kind
    for (const AuditLog::Problem &p : report->problems)
        if (p.entity == QLatin1String("payroll_lines"))
            found.insert(p.entityId, p.kind);
    EXPECT_EQ(found.value(changed), QStringLiteral("record_mismatch"));
    EXPECT_EQ(found.value(removed), QStringLiteral("record_mismatch"));
    EXPECT_EQ(found.value(forged), QStringLiteral("record_unaudited"));
    EXPECT_EQ(found.size(), 3);
    // The roll's own digest check refuses to show the altered roll as issued.
    PayrollService payroll(s());
    auto shown = payroll.issuedRoll(kOct);
    ASSERT_FALSE(shown.ok());
    EXPECT_EQ(shown.error().code, QStringLiteral("payroll_digest_mismatch"));
}

TEST_F(PayrollTest, APartsAuditEntryFixesItsLinesByDigestAndAnEditedPartIsFound)
{
    auto issued = issue(kOct, QDate(2026, 10, 20));
    ASSERT_TRUE(issued.ok()) << issued.error().message.toStdString();
    auto st = s().db().prepare("SELECT p.id, p.lines, a.after FROM payroll_roll_parts p JOIN audit a ON "
                               "a.entity = 'payroll_roll_parts' AND a.entity_id = p.id");
    ASSERT_TRUE(st->step().value());
    const QString partId = st->text(0);
    const QByteArray lines = st->text(1).toUtf8();
    const QByteArray after = st->text(2).toUtf8();
    st->reset();
    // The entry holds the lines' SHA-256, not a second copy of them; the change that travels holds the lines.
    EXPECT_TRUE(after.contains("\"lines\":\"sha256:" + Crypto::sha256(lines).toHex() + '"')) << after.toStdString();
    EXPECT_FALSE(after.contains(issued->lines.first().id.toUtf8()));
    auto travels = s().db().prepare("SELECT count(*) FROM change_log WHERE entity = 'payroll_roll_parts' AND "
                                    "instr(fields, ?) > 0");
    travels->bind(1, issued->lines.first().id);
    ASSERT_TRUE(travels->step().value());
    EXPECT_EQ(travels->int64(0), 1);
    // The part's text edited behind the writer: the part no longer matches its entry.
    ASSERT_TRUE(s().db().exec("DROP TRIGGER payroll_roll_parts_issued_no_update").ok());
    auto edit = s().db().prepare("UPDATE payroll_roll_parts SET lines = replace(lines, '\"members\":', "
                                 "'\"members\":1') WHERE id = ?");
    edit->bind(1, partId);
    ASSERT_TRUE(edit->run().ok());
    auto report = s().audit().verify();
    ASSERT_TRUE(report.ok());
    bool found = false;
    for (const AuditLog::Problem &p : report->problems)
        found = found || (p.entity == QLatin1String("payroll_roll_parts") && p.entityId == partId);
    EXPECT_TRUE(found);
}

TEST_F(PayrollTest, ACasesAuditTrailShowsThePartThatPaidItsHousehold)
{
    auto issued = issue(kOct, QDate(2026, 10, 20));
    ASSERT_TRUE(issued.ok()) << issued.error().message.toStdString();
    db->actAsRole(Role::CountyAdmin);
    AuditFilter f;
    f.caseId = caseId;
    auto entries = AuditTrail(s()).page(f, 0, 1000);
    ASSERT_TRUE(entries.ok()) << entries.error().message.toStdString();
    QStringList parts;
    for (const AuditEntry &e : *entries)
        if (e.entity == QLatin1String("payroll_roll_parts"))
            parts << e.entityId;
    ASSERT_EQ(parts.size(), 1);
    auto st = s().db().prepare("SELECT count(*) FROM payroll_roll_parts p JOIN payroll_lines l ON l.roll_id = p.roll_id "
                               "AND instr(p.lines, l.id) > 0 WHERE p.id = ? AND l.household_id = ?");
    st->bind(1, parts.first()).bind(2, householdOf(caseId));
    ASSERT_TRUE(st->step().value());
    EXPECT_EQ(st->int64(0), 1);
}

TEST_F(PayrollTest, IssuingReportsProgressAndACancelWritesNothing)
{
    const qint64 audit = countRows(QStringLiteral("audit"));
    const qint64 changes = countRows(QStringLiteral("change_log"));
    QList<qint64> seen;
    // Cancelled once the lines are written, before the commit.
    PayrollService payroll(s());
    auto cancelled = payroll.issue(kOct, QDate(2026, 10, 20), [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, 2);
        seen << done;
        return done < total;
    });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, QStringLiteral("cancelled"));
    EXPECT_EQ(seen, (QList<qint64>{0, 2}));
    EXPECT_EQ(countRows(QStringLiteral("payroll_rolls")), 0);
    EXPECT_EQ(countRows(QStringLiteral("payroll_lines")), 0);
    EXPECT_EQ(countRows(QStringLiteral("audit")), audit);
    EXPECT_EQ(countRows(QStringLiteral("change_log")), changes);
    // Cancelled before any line is written.
    EXPECT_EQ(payroll.issue(kOct, QDate(2026, 10, 20), [](qint64, qint64) { return false; }).error().code,
              QStringLiteral("cancelled"));
    EXPECT_EQ(countRows(QStringLiteral("audit")), audit);
    // Not cancelled: issued, and the trail verifies.
    auto issued = payroll.issue(kOct, QDate(2026, 10, 20), [](qint64, qint64) { return true; });
    ASSERT_TRUE(issued.ok()) << issued.error().message.toStdString();
    EXPECT_EQ(countRows(QStringLiteral("payroll_lines")), 2);
    EXPECT_TRUE(s().audit().verify()->intact());
}

TEST_F(PayrollTest, RollsFollowEachOtherWithoutAGap)
{
    ASSERT_TRUE(issue(kOct, QDate(2026, 10, 20)).ok());
    EXPECT_EQ(issue(kDec).error().code, QStringLiteral("payroll_month_skipped"));
    EXPECT_EQ(issue(QDate(2026, 9, 1)).error().code, QStringLiteral("payroll_out_of_order"));
    EXPECT_EQ(issue(QDate(2027, 1, 1)).error().code, QStringLiteral("payroll_month_future"));
    EXPECT_TRUE(issue(kNov).ok());
    EXPECT_TRUE(issue(kDec).ok()); // next month's roll may be issued ahead
}

TEST_F(PayrollTest, OnlyTheConfirmingAuthorityRunsThePayroll)
{
    db->signInAs(QStringLiteral("admin")); // the township administrator, not delegated
    EXPECT_EQ(preview(kOct).error().code, QStringLiteral("not_confirming_authority"));
    EXPECT_EQ(issue(kOct).error().kind, ErrorKind::Permission);
    db->addUser(QStringLiteral("assistant"), Role::TownshipAssistant);
    db->signInAs(QStringLiteral("assistant"));
    EXPECT_EQ(issue(kOct).error().kind, ErrorKind::Permission);
    db->actAsRole(Role::Auditor);
    EXPECT_EQ(preview(kOct).error().kind, ErrorKind::Permission);
    EXPECT_EQ(countRows(QStringLiteral("payroll_rolls")), 0);
    // Where confirmation is delegated, the township administrator runs it.
    setPolicy(QStringLiteral("confirmer"), QStringLiteral("default"), QStringLiteral("township"), QDate(2026, 1, 1));
    db->signInAs(QStringLiteral("admin"));
    EXPECT_TRUE(issue(kOct).ok());
}

TEST_F(PayrollTest, ChangesAgainstLastMonthAreExplained)
{
    const QString raised = roster;
    const QString reduced = rosterHousehold(*db, 2, 30000, QDate(2025, 1, 1));
    const QString stopped = rosterHousehold(*db, 3, 25000, QDate(2025, 1, 1));
    const QString exiting = rosterHousehold(*db, 4, 20000, QDate(2025, 1, 1));
    const QString lowered = rosterHousehold(*db, 5, 10000, QDate(2025, 1, 1));
    db->actAsRole(Role::CountyReviewer);
    ASSERT_TRUE(issue(kOct, QDate(2026, 10, 20)).ok());
    // October 22: decisions, effective in November.
    decide(raised, QStringLiteral("raise"), 60000, QDate(2026, 10, 22));
    {
        // A member refused suitable work three times: the household loses that member's share only.
        db->actAsRole(Role::TownshipAssistant);
        HouseholdStore households(s());
        HouseholdFile file = households.load(reduced).value();
        Member m = file.members.at(1);
        m.workRefusals = 3;
        ASSERT_TRUE(households.updateMember(m).ok());
    }
    decide(reduced, QStringLiteral("lower"), 20000, QDate(2026, 10, 22));
    decide(stopped, QStringLiteral("stop"), -1, QDate(2026, 10, 22));
    decide(exiting, QStringLiteral("gradual_exit"), -1, QDate(2026, 10, 22), 2);
    decide(lowered, QStringLiteral("lower"), 8000, QDate(2026, 10, 22));
    db->signInAs(QStringLiteral("admin"));
    const QString fresh = newCase(6);
    confirmCase(fresh, 33000, QDate(2026, 10, 15));
    db->actAsRole(Role::CountyReviewer);

    // October as issued is untouched by the October decisions.
    const PayrollRoll oct = **PayrollService(s()).issuedRoll(kOct);
    EXPECT_EQ(lineOf(oct, raised)->baseAmount, 50000);
    EXPECT_EQ(lineOf(oct, stopped)->baseAmount, 25000);

    const PayrollRoll nov = preview(kNov).value();
    EXPECT_TRUE(nov.previousIssued);
    EXPECT_EQ(lineOf(nov, raised)->changeKind, PayrollChangeKind::Raised);
    EXPECT_EQ(lineOf(nov, raised)->previousAmount, 50000);
    EXPECT_EQ(lineOf(nov, raised)->baseAmount, 60000);
    EXPECT_EQ(lineOf(nov, reduced)->changeKind, PayrollChangeKind::ShareReduced);
    EXPECT_EQ(lineOf(nov, lowered)->changeKind, PayrollChangeKind::Lowered);
    EXPECT_EQ(lineOf(nov, householdOf(fresh))->changeKind, PayrollChangeKind::New);
    EXPECT_EQ(lineOf(nov, householdOf(caseId))->changeKind, PayrollChangeKind::Same);
    EXPECT_EQ(lineOf(nov, stopped), nullptr);
    ASSERT_NE(changeOf(nov, stopped), nullptr);
    EXPECT_EQ(changeOf(nov, stopped)->kind, PayrollChangeKind::Stopped);
    EXPECT_EQ(changeOf(nov, stopped)->previousAmount, 25000);
    EXPECT_EQ(changeOf(nov, householdOf(caseId)), nullptr); // unchanged households are not "changes"
    // Gradual exit: paid for its 2 months (November, December), then not.
    EXPECT_EQ(lineOf(nov, exiting)->baseAmount, 20000);
    ASSERT_TRUE(issue(kNov).ok());
    const PayrollRoll dec = preview(kDec).value();
    EXPECT_NE(lineOf(dec, exiting), nullptr);
    ASSERT_TRUE(issue(kDec).ok());
    const PayrollRoll jan = preview(QDate(2027, 1, 1)).value();
    EXPECT_EQ(lineOf(jan, exiting), nullptr);
    EXPECT_EQ(changeOf(jan, exiting)->kind, PayrollChangeKind::Stopped);
}

TEST_F(PayrollTest, TheRosterAmountBeforeAFirstDecisionComesFromTheRegisterAsItWas)
{
    // The roster household is raised in October (effective November) before October's roll is computed.
    decide(roster, QStringLiteral("raise"), 60000, QDate(2026, 10, 22));
    EXPECT_EQ(lineOf(*preview(kOct), roster)->baseAmount, 50000);
    EXPECT_EQ(lineOf(*preview(kNov), roster)->baseAmount, 60000);
}

TEST_F(PayrollTest, CorrectionsGoIntoTheNextRollAsAdjustments)
{
    ASSERT_TRUE(issue(kOct, QDate(2026, 10, 20)).ok());
    PayrollService payroll(s());
    PayrollAdjustmentInput in;
    in.householdId = householdOf(caseId);
    in.amount = 5000;
    in.reason = QStringLiteral("10月少发残疾补贴");
    in.forMonth = kOct;
    EXPECT_EQ(payroll.addAdjustment(in).error().code, QStringLiteral("payroll_month_issued"));
    in.forMonth = QDate();
    auto id = payroll.addAdjustment(in);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    PayrollAdjustmentInput back;
    back.householdId = roster;
    back.amount = -2000;
    back.reason = QStringLiteral("10月多发");
    ASSERT_TRUE(payroll.addAdjustment(back).ok());
    in.reason.clear();
    EXPECT_EQ(payroll.addAdjustment(in).error().code, QStringLiteral("reason_required"));

    const PayrollRoll nov = preview(kNov).value();
    const PayrollLine *a = lineOf(nov, householdOf(caseId));
    EXPECT_EQ(a->adjustmentAmount, 5000);
    EXPECT_EQ(a->amount, 45000);
    EXPECT_EQ(a->adjustmentIds, QStringList{*id});
    EXPECT_EQ(a->changeKind, PayrollChangeKind::Same); // the allowance itself did not change
    EXPECT_EQ(lineOf(nov, roster)->amount, 48000);
    EXPECT_EQ(nov.total.amount, 45000 + 48000);
    ASSERT_TRUE(issue(kNov).ok());
    // Paid once: December carries no adjustment.
    const PayrollRoll dec = preview(kDec).value();
    EXPECT_EQ(lineOf(dec, householdOf(caseId))->adjustmentAmount, 0);
    EXPECT_EQ(lineOf(dec, householdOf(caseId))->amount, 40000);
}

TEST_F(PayrollTest, ADeductionLargerThanThePaymentWaits)
{
    ASSERT_TRUE(issue(kOct, QDate(2026, 10, 20)).ok());
    PayrollService payroll(s());
    PayrollAdjustmentInput in;
    in.householdId = householdOf(caseId);
    in.amount = -50000;
    in.reason = QStringLiteral("多发追回");
    ASSERT_TRUE(payroll.addAdjustment(in).ok());
    const PayrollRoll nov = preview(kNov).value();
    EXPECT_EQ(lineOf(nov, householdOf(caseId))->amount, 40000);
    ASSERT_FALSE(nov.problems.isEmpty());
    EXPECT_EQ(nov.problems.first().code, QStringLiteral("adjustment_deferred"));
    EXPECT_TRUE(nov.canIssue());
}

TEST_F(PayrollTest, FailedAndHeldPaymentsAreCarriedToTheNextRollOnce)
{
    const QString noAccount = rosterHousehold(*db, 2, 30000, QDate(2025, 1, 1), QStringLiteral("530602101"), QString());
    db->actAsRole(Role::CountyReviewer);
    auto oct = issue(kOct, QDate(2026, 10, 20));
    ASSERT_TRUE(oct.ok());
    EXPECT_TRUE(lineOf(*oct, noAccount)->held);
    const PayrollLine *a = lineOf(*oct, householdOf(caseId));
    const PayrollLine *r = lineOf(*oct, roster);
    PayrollService payroll(s());
    // A result that does not match the roll changes nothing.
    BankReturnRecord wrong{a->bankSequence, QStringLiteral("6217000000000000"), a->amount, false, QStringLiteral("户名不符")};
    BankReturnRecord fine{r->bankSequence, r->bankAccount, r->amount, true, QString()};
    auto refused = payroll.importBankReturns(kOct, {fine, wrong}, QDate(2026, 10, 25));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("bank_return_mismatch"));
    EXPECT_EQ(countRows(QStringLiteral("bank_returns")), 0);
    BankReturnRecord noReason{a->bankSequence, a->bankAccount, a->amount, false, QString()};
    EXPECT_EQ(payroll.importBankReturns(kOct, {noReason}).error().code, QStringLiteral("bank_return_reason"));
    BankReturnRecord failed{a->bankSequence, a->bankAccount, a->amount, false, QStringLiteral("账户冻结")};
    auto done = payroll.importBankReturns(kOct, {fine, failed}, QDate(2026, 10, 25));
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done->paid, 1);
    EXPECT_EQ(done->failed, 1);
    EXPECT_EQ(done->failedAmount, 40000);
    // The same file again: nothing new; a different result for a line: refused.
    EXPECT_EQ(payroll.importBankReturns(kOct, {fine, failed})->unchanged, 2);
    BankReturnRecord flipped = failed;
    flipped.paid = true;
    EXPECT_EQ(payroll.importBankReturns(kOct, {flipped}).error().code, QStringLiteral("bank_return_conflict"));

    const PayrollRoll nov = preview(kNov).value();
    EXPECT_EQ(lineOf(nov, householdOf(caseId))->carriedAmount, 40000);
    EXPECT_EQ(lineOf(nov, householdOf(caseId))->amount, 80000);
    EXPECT_EQ(lineOf(nov, roster)->carriedAmount, 0);
    // Held for want of an account: carried, and held again until there is one.
    EXPECT_EQ(lineOf(nov, noAccount)->carriedAmount, 30000);
    EXPECT_TRUE(lineOf(nov, noAccount)->held);
    ASSERT_TRUE(issue(kNov).ok());
    const PayrollRoll dec = preview(kDec).value();
    EXPECT_EQ(lineOf(dec, householdOf(caseId))->carriedAmount, 0); // carried once
    EXPECT_EQ(lineOf(dec, noAccount)->carriedAmount, 60000);
    // Once the account is known, everything owed goes to the bank.
    db->actAsRole(Role::TownshipAssistant);
    HouseholdStore households(s());
    Household h = households.household(noAccount).value();
    h.bankAccount = QStringLiteral("6217000099998888777");
    ASSERT_TRUE(households.updateHousehold(h).ok());
    db->actAsRole(Role::CountyReviewer);
    const PayrollRoll paid = preview(kDec).value();
    EXPECT_FALSE(lineOf(paid, noAccount)->held);
    EXPECT_EQ(lineOf(paid, noAccount)->amount, 90000);
    EXPECT_GT(lineOf(paid, noAccount)->bankSequence, 0);
}

TEST_F(PayrollTest, APersonPaidInTwoHouseholdsBlocksTheRoll)
{
    // The same person enrolled again in a second household (a relocation done as a new household).
    db->actAsRole(Role::TownshipAssistant);
    HouseholdStore households(s());
    const HouseholdFile original = households.load(roster).value();
    HouseholdFile copy = sampleHousehold(QDate(2026, 11, 1), 9);
    for (Member &m : copy.members)
        m.id = newId();
    copy.incomes.clear();
    copy.members[0].idNumber = original.members.at(0).idNumber;
    ASSERT_TRUE(households.create(copy).ok());
    ASSERT_TRUE(s().writer()
                    .update(s().writeContext(), QStringLiteral("households"), copy.household.id,
                            Row{{QStringLiteral("enrolment"), QStringLiteral("enrolled")},
                                {QStringLiteral("current_amount"), qint64(30000)},
                                {QStringLiteral("enrolled_since"), QStringLiteral("2026-06")},
                                {QStringLiteral("migrated"), qint64(1)}})
                    .ok());
    db->actAsRole(Role::CountyReviewer);
    auto roll = preview(kOct);
    ASSERT_TRUE(roll.ok());
    ASSERT_FALSE(roll->canIssue());
    EXPECT_EQ(roll->problems.first().code, QStringLiteral("duplicate_person"));
    auto issued = issue(kOct);
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(issued.error().code, QStringLiteral("payroll_problems"));
    EXPECT_EQ(countRows(QStringLiteral("payroll_lines")), 0);
}

TEST_F(PayrollTest, CardCustodyIsShownOnTheLines)
{
    CardCustodyAgreement a;
    a.householdId = roster;
    a.custodianName = QStringLiteral("村委乙");
    a.custodianRole = QStringLiteral("village_cadre");
    a.agreementOn = QDate(2026, 10, 10);
    a.reason = QStringLiteral("户主重残，无法自行取款");
    CardCustody custody(s());
    ASSERT_TRUE(custody.record(a).ok());
    EXPECT_FALSE(lineOf(*preview(QDate(2026, 9, 1)), roster)->custody);
    EXPECT_TRUE(lineOf(*preview(kOct), roster)->custody);
    ASSERT_TRUE(custody.end(a.id, QDate(2026, 10, 31)).ok());
    EXPECT_TRUE(lineOf(*preview(kOct), roster)->custody);
    EXPECT_FALSE(lineOf(*preview(kNov), roster)->custody);
    EXPECT_EQ(custody.forHousehold(roster)->size(), 1);
    CardCustodyAgreement incomplete;
    incomplete.householdId = roster;
    EXPECT_EQ(custody.record(incomplete).error().code, QStringLiteral("custody_incomplete"));
}

TEST_F(PayrollTest, RecoveryLedgerIsSeparateFromPayroll)
{
    RecoveryLedger ledger(s());
    RecoveryCase r;
    r.householdId = roster;
    r.decidedOn = QDate(2026, 10, 8);
    r.basis = QStringLiteral("隐瞒经营收入骗取低保金，昭区民发〔2026〕8号");
    r.fromMonth = QDate(2026, 1, 1);
    r.toMonth = QDate(2026, 6, 1);
    r.amountDue = 300000;
    r.fine = 50000;
    ASSERT_TRUE(ledger.open(r).ok());
    RecoveryEntry i1{QString(), QStringLiteral("instalment"), QDate(2026, 11, 30), 200000, QString(), QString()};
    RecoveryEntry i2{QString(), QStringLiteral("instalment"), QDate(2026, 12, 31), 150000, QString(), QString()};
    ASSERT_TRUE(ledger.addEntry(r.id, i1).ok());
    ASSERT_TRUE(ledger.addEntry(r.id, i2).ok());
    RecoveryEntry tooMuch{QString(), QStringLiteral("instalment"), QDate(2027, 1, 31), 1, QString(), QString()};
    EXPECT_EQ(ledger.addEntry(r.id, tooMuch).error().code, QStringLiteral("recovery_schedule"));
    RecoveryEntry paid{QString(), QStringLiteral("repayment"), QDate(2026, 11, 20), 120000, QString(), QString()};
    EXPECT_EQ(ledger.addEntry(r.id, paid).error().code, QStringLiteral("recovery_receipt"));
    paid.receiptNumber = QStringLiteral("NO.0012345");
    ASSERT_TRUE(ledger.addEntry(r.id, paid).ok());
    const RecoveryCase back = ledger.get(r.id).value();
    EXPECT_EQ(back.repaid(), 120000);
    EXPECT_EQ(back.outstanding(), 230000);
    EXPECT_EQ(back.overdue(QDate(2026, 11, 30)), 80000);
    EXPECT_EQ(back.overdue(QDate(2026, 11, 29)), 0);
    // The payroll is not touched: no deduction for a debt.
    EXPECT_EQ(lineOf(*preview(kNov), roster)->amount, 50000);
    db->signInAs(QStringLiteral("admin"));
    RecoveryCase other = r;
    EXPECT_EQ(ledger.open(other).error().kind, ErrorKind::Permission);
}

} // namespace
