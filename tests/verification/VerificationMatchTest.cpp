// Economic verification: requests and their 3-WD clock, streaming department batches (kept: only rows of authorized
// members), malformed batches, findings and their resolution.
#include "verification/VerificationFixture.h"

#include "sync/MergePolicy.h"
#include "verification/AuthorizedMembers.h"

namespace dibao::test {
namespace {

class VerificationTest : public VerificationFixture {};

QString outsider(int seq)
{
    return makeIdNumber(QStringLiteral("530602"), QDate(1970, 1, 1), seq);
}

TEST_F(VerificationTest, StartingARequestStopsTheThreeWorkingDayClock)
{
    auto clocks = CaseStore(s()).clocks(caseId);
    ASSERT_TRUE(clocks.ok());
    bool running = false;
    for (const ClockRecord &k : *clocks)
        if (k.clock == QLatin1String("verification_start")) {
            running = !k.doneOn.isValid();
            EXPECT_EQ(k.length, 3);
            EXPECT_EQ(k.unit, QStringLiteral("working_days"));
        }
    ASSERT_TRUE(running);

    const StartOutcome started = startAsOfficer();
    EXPECT_EQ(started.started, QStringList{caseId});
    EXPECT_TRUE(started.refused.isEmpty());
    clocks = CaseStore(s()).clocks(caseId);
    for (const ClockRecord &k : *clocks) {
        if (k.clock == QLatin1String("verification_start")) {
            EXPECT_EQ(k.doneOn, QDate(2026, 9, 3));
        }
    }
    auto request = VerificationStore(s()).request(caseId);
    ASSERT_TRUE(request.ok());
    EXPECT_EQ(request->status, QStringLiteral("in_progress"));
    EXPECT_EQ(request->requestedOn, QDate(2026, 9, 1));
    // Running again starts nothing twice.
    EXPECT_TRUE(VerificationStore(s()).startPending(QDate(2026, 9, 4))->started.isEmpty());
}

TEST_F(VerificationTest, OnlyTheVerificationOfficerOrReviewerStartsAndImports)
{
    db->actAsRole(Role::TownshipAssistant);
    auto started = VerificationStore(s()).startPending();
    ASSERT_FALSE(started.ok());
    EXPECT_EQ(started.error().kind, ErrorKind::Permission);
    auto imported = importBatch(writeBatch(QStringLiteral("b.csv"), {}));
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().kind, ErrorKind::Permission);
}

TEST_F(VerificationTest, ConsentNoLongerProvidedIsRefusedAlone)
{
    CaseDocument consent{QString(), QStringLiteral("verification_consent"), QStringLiteral("promised"), QString()};
    auto docs = CaseStore(s()).documents(caseId);
    for (const CaseDocument &d : *docs)
        if (d.kind == consent.kind)
            consent.id = d.id;
    ASSERT_TRUE(CaseStore(s()).setDocument(caseId, consent).ok());
    const StartOutcome started = startAsOfficer();
    EXPECT_TRUE(started.started.isEmpty());
    ASSERT_EQ(started.refused.size(), 1);
    EXPECT_EQ(started.refused.first().second.code, QStringLiteral("verification_consent_missing"));
}

TEST_F(VerificationTest, BatchBeforeAnyVerificationStartedIsRefused)
{
    db->actAsRole(Role::VerificationOfficer);
    auto imported = importBatch(writeBatch(QStringLiteral("b.csv"), {{members.at(0).idNumber, members.at(0).name, {}, {}}}));
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, QStringLiteral("verification_none_in_progress"));
}

TEST_F(VerificationTest, KeepsOnlyRowsOfAuthorizedMembersAndTellsNameMismatchesApart)
{
    // A second household with an accepted application but no verification request: its members did not authorize.
    const QString other = newCase(1);
    m_date = QDate(2026, 9, 1);
    ok(QStringLiteral("accept"), {}, other);
    auto otherFile = HouseholdStore(s()).load(CaseStore(s()).get(other)->householdId);
    ASSERT_TRUE(otherFile.ok());
    const QString unauthorized = otherFile->members.first().idNumber;

    startAsOfficer();
    const QMap<QString, qint64> before = tableCounts();
    const QString stranger1 = outsider(901), stranger2 = outsider(903);
    const QString path = writeBatch(QStringLiteral("real_estate.csv"),
                                    {{stranger1, QStringLiteral("赵无关"), QStringLiteral("住宅"), QStringLiteral("1000")},
                                     {members.at(0).idNumber, members.at(0).name, QStringLiteral("商铺一套"),
                                      QStringLiteral("¥350000.00")},
                                     {unauthorized, otherFile->members.first().name, QStringLiteral("住宅"), {}},
                                     {members.at(1).idNumber.toLower(), QStringLiteral("李 芳芳"), QStringLiteral("车位"), {}},
                                     {stranger2, QStringLiteral("钱无关"), {}, {}}});
    auto imported = importBatch(path);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_TRUE(imported->stored);
    EXPECT_EQ(imported->report.rowsRead, 5);
    EXPECT_EQ(imported->matched, 1);
    EXPECT_EQ(imported->nameMismatch, 1);
    EXPECT_EQ(imported->authorizedMembers, 3);

    auto findings = VerificationStore(s()).findings(caseId);
    ASSERT_TRUE(findings.ok());
    ASSERT_EQ(findings->size(), 2);
    QMap<QString, VerificationFinding> byMatch;
    for (const VerificationFinding &f : *findings)
        byMatch.insert(f.match, f);
    const VerificationFinding hit = byMatch.value(FindingMatch::Match);
    EXPECT_EQ(hit.memberId, members.at(0).id);
    EXPECT_EQ(hit.line, 3);
    EXPECT_EQ(hit.department, QStringLiteral("real_estate"));
    EXPECT_EQ(hit.record.value(QStringLiteral("amount")).toInteger(), 35000000);
    EXPECT_EQ(hit.record.value(QStringLiteral("item")).toString(), QStringLiteral("商铺一套"));
    const VerificationFinding mismatch = byMatch.value(FindingMatch::NameMismatch);
    EXPECT_EQ(mismatch.memberId, members.at(1).id);
    EXPECT_EQ(mismatch.recordName, QStringLiteral("李 芳芳"));
    EXPECT_EQ(mismatch.line, 5);

    // Nothing of the other rows is stored anywhere: only the batch record, two findings, the summary update and
    // their audit and change-log entries were added.
    const QMap<QString, qint64> after = tableCounts();
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const qint64 added = it.value() - before.value(it.key());
        qint64 expected = 0;
        if (it.key() == QLatin1String("verification_batches"))
            expected = 1;
        else if (it.key() == QLatin1String("verification_findings"))
            expected = 2;
        else if (it.key() == QLatin1String("audit") || it.key() == QLatin1String("change_log")
                 || it.key() == QLatin1String("record_versions"))
            continue;
        EXPECT_EQ(added, expected) << it.key().toStdString();
    }
    EXPECT_FALSE(storedAnywhere(stranger1));
    EXPECT_FALSE(storedAnywhere(stranger2));
    EXPECT_FALSE(storedAnywhere(QStringLiteral("赵无关")));
    EXPECT_FALSE(storedAnywhere(QStringLiteral("钱无关")));
    // The unauthorized member is in the database as a member, but no finding names them.
    for (const VerificationFinding &f : *findings)
        EXPECT_NE(f.memberId, otherFile->members.first().id);
    auto summary = VerificationStore(s()).request(caseId);
    EXPECT_EQ(summary->findingsTotal, 2);
    EXPECT_EQ(summary->findingsOpen, 2);
    EXPECT_EQ(summary->departments, QStringList{QStringLiteral("real_estate")});
}

TEST_F(VerificationTest, Gb18030BatchMatchesLikeUtf8)
{
    startAsOfficer();
    const QStringList row{members.at(2).idNumber, members.at(2).name, QStringLiteral("养老保险待遇"), QStringLiteral("\"1,234.50\"")};
    auto gb = importBatch(writeBatch(QStringLiteral("gb.csv"), {row}, true), QStringLiteral("human_resources"));
    ASSERT_TRUE(gb.ok()) << gb.error().message.toStdString();
    EXPECT_TRUE(gb->sourceFormat.contains(QStringLiteral("GB18030"))) << gb->sourceFormat.toStdString();
    EXPECT_EQ(gb->matched, 1);
    auto utf = importBatch(writeBatch(QStringLiteral("utf.csv"), {row}), QStringLiteral("tax"));
    ASSERT_TRUE(utf.ok());
    EXPECT_TRUE(utf->sourceFormat.contains(QStringLiteral("UTF-8"))) << utf->sourceFormat.toStdString();
    EXPECT_EQ(utf->matched, 1);
    auto findings = VerificationStore(s()).findings(caseId);
    ASSERT_EQ(findings->size(), 2);
    for (const VerificationFinding &f : *findings) {
        EXPECT_EQ(f.recordName, members.at(2).name);
        EXPECT_EQ(f.record.value(QStringLiteral("item")).toString(), QStringLiteral("养老保险待遇"));
        EXPECT_EQ(f.record.value(QStringLiteral("amount")).toInteger(), 123450);
    }
}

TEST_F(VerificationTest, MalformedRowsAreReportedWithLinesAndNothingIsKept)
{
    startAsOfficer();
    const QMap<QString, qint64> before = tableCounts();
    QString badCheck = members.at(0).idNumber;
    badCheck[17] = badCheck[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const QString path = writeBatch(QStringLiteral("bad.csv"),
                                    {{members.at(0).idNumber, members.at(0).name, {}, {}},
                                     {badCheck, QStringLiteral("某人"), {}, {}},
                                     {outsider(905), QStringLiteral("某某"), {}, QStringLiteral("12.345")},
                                     {members.at(1).idNumber, QString(), {}, {}}});
    auto imported = importBatch(path);
    ASSERT_TRUE(imported.ok());
    EXPECT_FALSE(imported->stored);
    EXPECT_EQ(imported->report.rowsRead, 4);
    EXPECT_EQ(imported->report.rowsWithErrors, 3);
    QList<qint64> lines;
    QStringList codes;
    for (const RowError &e : imported->report.errors) {
        lines << e.line;
        codes << e.code;
    }
    EXPECT_EQ(lines, (QList<qint64>{3, 4, 5}));
    EXPECT_EQ(codes.at(0), QStringLiteral("id_check_character"));
    EXPECT_EQ(codes.at(1), QStringLiteral("map_money"));
    EXPECT_EQ(codes.at(2), QStringLiteral("map_required"));
    EXPECT_EQ(tableCounts(), before);

    // A file-level problem (a quote left open at the end) is reported with its line, nothing kept.
    QFile f(db->dir() + QStringLiteral("/broken.csv"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("身份证号,姓名,登记事项,金额\n%1,%2,,\n").arg(members.at(0).idNumber, members.at(0).name).toUtf8());
    f.write("x,\"unclosed\n");
    f.close();
    auto broken = importBatch(f.fileName());
    ASSERT_TRUE(broken.ok());
    EXPECT_FALSE(broken->stored);
    ASSERT_FALSE(broken->report.errors.isEmpty());
    EXPECT_EQ(broken->report.errors.first().line, 3);
    EXPECT_EQ(tableCounts(), before);
}

TEST_F(VerificationTest, CancelledBatchKeepsNothing)
{
    startAsOfficer();
    const QMap<QString, qint64> before = tableCounts();
    // 5,000 rows, one of them a member's: the progress hook is asked every 4,096 rows and once at the end.
    QList<QStringList> rows;
    for (int i = 0; i < 5000; ++i)
        rows << QStringList{makeIdNumber(QStringLiteral("530602"), QDate(1950, 1, 1).addDays(i), 701),
                            QStringLiteral("路人"), {}, {}};
    rows[4500] = QStringList{members.at(0).idNumber, members.at(0).name, QStringLiteral("住宅"), {}};
    const QString path = writeBatch(QStringLiteral("big.csv"), rows);
    DepartmentBatchOptions options;
    options.department = QStringLiteral("real_estate");
    options.mapping = departmentMapping();
    options.path = path;
    options.on = QDate(2026, 9, 4);
    QList<qint64> seen;
    options.progress = [&seen](qint64 rowsRead) {
        seen << rowsRead;
        return rowsRead < 4096; // cancel at the first report past 4,096 rows
    };
    auto cancelled = DepartmentBatchImport::run(s(), options);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, QStringLiteral("verify_batch_cancelled"));
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.first(), 4096);
    EXPECT_EQ(tableCounts(), before);
    // Not cancelled: the same file keeps its one finding, and the hook saw the whole file at the end.
    seen.clear();
    options.progress = [&seen](qint64 rowsRead) {
        seen << rowsRead;
        return true;
    };
    auto kept = DepartmentBatchImport::run(s(), options);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_TRUE(kept->stored);
    EXPECT_EQ(kept->matched, 1);
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.last(), 5000);
}

TEST_F(VerificationTest, MemberAddedAfterTheConsentIsNotMatched)
{
    startAsOfficer();
    db->actAsRole(Role::TownshipAssistant);
    Member late;
    late.householdId = householdId;
    late.name = QStringLiteral("王后来");
    late.idNumber = makeIdNumber(QStringLiteral("530602"), QDate(1990, 2, 2), 777);
    late.relation = Relation::Sibling;
    ASSERT_TRUE(HouseholdStore(s()).addMember(late).ok());
    db->actAsRole(Role::VerificationOfficer);
    auto set = AuthorizedMembers::load(s().db());
    ASSERT_TRUE(set.ok());
    EXPECT_EQ(set->size(), 3);
    EXPECT_TRUE(set->find(late.idNumber).isEmpty());
    EXPECT_EQ(set->find(members.at(0).idNumber).size(), 1);
}

TEST_F(VerificationTest, ResolvingFindingsUpdatesTheCase)
{
    startAsOfficer();
    auto imported = importBatch(writeBatch(
        QStringLiteral("hr.csv"),
        {{members.at(0).idNumber, members.at(0).name, QStringLiteral("工资"), QStringLiteral("3000")},
         {members.at(1).idNumber, members.at(1).name, QStringLiteral("小轿车"), QStringLiteral("80000")},
         {members.at(2).idNumber, members.at(2).name, QStringLiteral("学生医保"), {}}}));
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported->matched, 3);
    auto findings = VerificationStore(s()).findings(caseId, true);
    ASSERT_EQ(findings->size(), 3);
    auto forMember = [&](const QString &memberId) {
        for (const VerificationFinding &f : *findings)
            if (f.memberId == memberId)
                return f.id;
        return QString();
    };
    auto before = HouseholdStore(s()).load(householdId);
    ASSERT_TRUE(before.ok());

    VerificationStore store(s());
    FindingResolution income;
    income.kind = FindingResolutionKind::IncomeAdded;
    income.note = QStringLiteral("人社数据显示务工工资");
    income.income.kind = QStringLiteral("wage");
    income.income.amount = 300000;
    income.income.fromMonth = QDate(2026, 6, 1);
    income.income.toMonth = QDate(2026, 8, 1);
    income.on = QDate(2026, 9, 5);
    ASSERT_TRUE(store.resolve(forMember(members.at(0).id), income).ok());

    FindingResolution asset;
    asset.kind = FindingResolutionKind::AssetAdded;
    asset.note = QStringLiteral("登记小轿车一辆");
    asset.asset.kind = QStringLiteral("vehicle");
    asset.asset.subKind = QStringLiteral("car");
    asset.asset.value = 8000000;
    ASSERT_TRUE(store.resolve(forMember(members.at(1).id), asset).ok());

    // An unknown kind is refused by the household store's checks and nothing changes.
    FindingResolution wrong = income;
    wrong.income.kind = QStringLiteral("lottery");
    const Status refused = store.resolve(forMember(members.at(2).id), wrong);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("income_kind"));
    // Review opened needs an enrolled household.
    FindingResolution review;
    review.kind = FindingResolutionKind::ReviewOpened;
    review.note = QStringLiteral("需复核");
    EXPECT_EQ(store.resolve(forMember(members.at(2).id), review).error().code, QStringLiteral("not_enrolled"));
    FindingResolution explained;
    explained.kind = FindingResolutionKind::Explained;
    EXPECT_EQ(store.resolve(forMember(members.at(2).id), explained).error().code, QStringLiteral("reason_required"));
    explained.note = QStringLiteral("城乡居民医保，不计收入");
    ASSERT_TRUE(store.resolve(forMember(members.at(2).id), explained).ok());
    EXPECT_EQ(store.resolve(forMember(members.at(2).id), explained).error().code, QStringLiteral("finding_resolved"));

    auto after = HouseholdStore(s()).load(householdId);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->incomes.size(), before->incomes.size() + 1);
    ASSERT_EQ(after->assets.size(), before->assets.size() + 1);
    const IncomeItem &added = after->incomes.last();
    EXPECT_EQ(added.memberId, members.at(0).id);
    EXPECT_EQ(added.amount, 300000);
    EXPECT_EQ(after->assets.last().subKind, QStringLiteral("car"));
    EXPECT_EQ(after->assets.last().memberId, members.at(1).id);

    auto resolved = store.findings(caseId);
    for (const VerificationFinding &f : *resolved) {
        EXPECT_EQ(f.status, QStringLiteral("resolved"));
        EXPECT_EQ(f.resolvedBy, s().actor().name);
    }
    EXPECT_EQ(store.request(caseId)->findingsOpen, 0);
    EXPECT_EQ(store.request(caseId)->findingsTotal, 3);
    ASSERT_TRUE(store.complete(caseId, QDate(2026, 9, 8)).ok());
    EXPECT_EQ(store.request(caseId)->status, QStringLiteral("completed"));
    // A completed verification's members are no longer matched.
    auto set = AuthorizedMembers::load(s().db());
    EXPECT_EQ(set->size(), 0);
}

TEST_F(VerificationTest, ReviewOpenedBringsAnEnrolledHouseholdsReviewForward)
{
    startAsOfficer();
    const Actor officer = s().actor();
    ASSERT_TRUE(s().writer()
                    .update(s().writeContext(), QStringLiteral("households"), householdId,
                            Row{{QStringLiteral("enrolment"), QStringLiteral("enrolled")},
                                {QStringLiteral("next_review_due"), QStringLiteral("2027-03-01")}})
                    .ok());
    auto imported = importBatch(writeBatch(QStringLiteral("ms.csv"), {{members.at(0).idNumber, members.at(0).name,
                                                                     QStringLiteral("个体工商户"), {}}}),
                                QStringLiteral("market_regulation"));
    ASSERT_TRUE(imported.ok());
    auto findings = VerificationStore(s()).findings(caseId, true);
    ASSERT_EQ(findings->size(), 1);
    FindingResolution review;
    review.kind = FindingResolutionKind::ReviewOpened;
    review.note = QStringLiteral("登记个体工商户，需复核经营收入");
    review.on = QDate(2026, 11, 27);
    ASSERT_TRUE(VerificationStore(s()).resolve(findings->first().id, review).ok());
    EXPECT_EQ(HouseholdStore(s()).household(householdId)->nextReviewDue, QDate(2026, 11, 27));
    auto due = CaseStore(s()).dueWork(QDate(2026, 11, 27));
    ASSERT_TRUE(due.ok());
    bool listed = false;
    for (const DueItem &d : *due)
        listed = listed || (d.householdId == householdId && d.clock == QLatin1String("review_due"));
    EXPECT_TRUE(listed);
}

TEST_F(VerificationTest, TheTownshipReceivesTheSummaryAndNeverTheFindings)
{
    startAsOfficer();
    auto imported = importBatch(writeBatch(QStringLiteral("tax.csv"), {{members.at(0).idNumber, members.at(0).name, {}, {}}}),
                                QStringLiteral("tax"));
    ASSERT_TRUE(imported.ok() && imported->stored);
    auto st = s().db().prepare("SELECT entity, township FROM change_log WHERE entity LIKE 'verification%'");
    ASSERT_TRUE(st.ok());
    QMap<QString, QSet<QString>> audiences;
    ASSERT_TRUE(st->forEachRow([&] { audiences[st->text(0)].insert(st->text(1)); }).ok());
    EXPECT_EQ(audiences.value(QStringLiteral("verifications")), QSet<QString>{QStringLiteral("530602101")});
    EXPECT_EQ(audiences.value(QStringLiteral("verification_findings")), QSet<QString>{MergePolicy::kCountyOnly});
    EXPECT_EQ(audiences.value(QStringLiteral("verification_batches")), QSet<QString>{MergePolicy::kCountyOnly});
}

} // namespace
} // namespace dibao::test
