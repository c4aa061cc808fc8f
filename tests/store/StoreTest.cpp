#include "common/ChinaDate.h"
#include "domain/IdNumber.h"
#include "io/HouseholdJson.h"
#include "store/AddressIndex.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "store/RecordWriter.h"
#include "store/UserStore.h"
#include "support/TestSupport.h"
#include "workflow/CaseStates.h"

#include <gtest/gtest.h>

using namespace dibao;
using namespace dibao::test;

namespace {

qint64 count(Session &s, const char *sql)
{
    auto st = s.db().prepare(sql);
    EXPECT_TRUE(st->step().ok());
    return st->int64(0);
}

QString apply(Session &s, HouseholdFile &file)
{
    HouseholdStore households(s);
    const Status st = households.create(file);
    EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message.toStdString());
    ApplicationInput in;
    in.householdId = file.household.id;
    in.applicantMemberId = file.members.first().id;
    CaseStore cases(s);
    auto id = cases.createApplication(in);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
    return id.ok() ? *id : QString();
}

TEST(HouseholdStore, RoundTripsAWholeHouseholdAndDerivesSexAndBirthDate)
{
    TempDatabase db;
    HouseholdFile file = sampleHousehold(QDate(2026, 11, 1));
    file.members[0].idNumber = file.members[0].idNumber.toLower(); // a lower-case x is accepted
    AssetItem car;
    car.kind = QStringLiteral("vehicle");
    car.subKind = QStringLiteral("car");
    car.value = 3500000;
    car.memberId = file.members[0].id;
    file.assets << car;
    ExpenseItem illness;
    illness.kind = QStringLiteral("illness_cost");
    illness.amount = 120000;
    illness.fromMonth = QDate(2026, 1, 1);
    illness.toMonth = QDate(2026, 6, 1);
    file.expenses << illness;
    HouseholdStore households(db.session());
    ASSERT_TRUE(households.create(file).ok());
    const HouseholdFile loaded = households.load(file.household.id).value();
    ASSERT_EQ(loaded.members.size(), 3);
    EXPECT_EQ(loaded.members[0].idNumber, file.members[0].idNumber.toUpper());
    EXPECT_EQ(loaded.members[0].birthDate, QDate(1980, 3, 15));
    EXPECT_EQ(loaded.members[0].sex, Sex::Male);
    EXPECT_EQ(loaded.members[1].sex, Sex::Female);
    EXPECT_EQ(loaded.incomes.size(), 1);
    EXPECT_EQ(loaded.incomes[0].amount, 1320000);
    EXPECT_EQ(loaded.assets[0].subKind, QStringLiteral("car"));
    EXPECT_EQ(loaded.expenses[0].toMonth, QDate(2026, 6, 1));
    EXPECT_EQ(loaded.household.registeredAddress, file.household.registeredAddress);
}

TEST(HouseholdStore, RefusesBadInputWithItsReasonAndWritesNothing)
{
    TempDatabase db;
    const qint64 before = count(db.session(), "SELECT count(*) FROM audit");
    HouseholdStore households(db.session());

    HouseholdFile badId = sampleHousehold(QDate(2026, 11, 1));
    badId.members[1].idNumber = QStringLiteral("530602198205200021");
    const Status st = households.create(badId);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, QStringLiteral("id_check_character"));
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("李芳")));

    HouseholdFile elsewhere = sampleHousehold(QDate(2026, 11, 1), 1, QStringLiteral("530602102"));
    EXPECT_EQ(households.create(elsewhere).error().code, QStringLiteral("outside_jurisdiction"));

    HouseholdFile unknown = sampleHousehold(QDate(2026, 11, 1), 2, QStringLiteral("530602999"));
    EXPECT_EQ(households.create(unknown).error().code, QStringLiteral("division_unknown"));

    HouseholdFile twice = sampleHousehold(QDate(2026, 11, 1), 3);
    twice.members[2].idNumber = twice.members[0].idNumber;
    EXPECT_EQ(households.create(twice).error().code, QStringLiteral("member_duplicate"));

    HouseholdFile badIncome = sampleHousehold(QDate(2026, 11, 1), 4);
    badIncome.incomes[0].kind = QStringLiteral("lottery");
    EXPECT_EQ(households.create(badIncome).error().code, QStringLiteral("income_kind"));

    EXPECT_EQ(count(db.session(), "SELECT count(*) FROM households"), 0);
    EXPECT_EQ(count(db.session(), "SELECT count(*) FROM audit"), before);
}

TEST(HouseholdStore, AFaultInTheMiddleOfAWriteLeavesNothingHalfWritten)
{
    TempDatabase db;
    HouseholdStore households(db.session());
    for (int n = 3; n <= 30; n += 3) {
        HouseholdFile file = sampleHousehold(QDate(2026, 11, 1), n);
        const qint64 audit = count(db.session(), "SELECT count(*) FROM audit");
        const qint64 before = count(db.session(), "SELECT count(*) FROM households");
        const qint64 members = count(db.session(), "SELECT count(*) FROM members");
        db.session().db().failAfterSteps(n);
        const Status st = households.create(file);
        db.session().db().failAfterSteps(0);
        if (st.ok())
            continue; // the write finished before the fault point (and stays: the next round counts from it)
        EXPECT_EQ(count(db.session(), "SELECT count(*) FROM households"), before) << n;
        EXPECT_EQ(count(db.session(), "SELECT count(*) FROM members"), members) << n;
        EXPECT_EQ(count(db.session(), "SELECT count(*) FROM audit"), audit) << n;
    }
    EXPECT_TRUE(db.session().audit().verify()->intact());
}

TEST(CaseStore, APersonIsACountedMemberOfOneOpenCaseOnly)
{
    TempDatabase db;
    HouseholdFile first = sampleHousehold(QDate(2026, 11, 1), 0);
    const QString firstCase = apply(db.session(), first);
    HouseholdFile second = sampleHousehold(QDate(2026, 11, 1), 1);
    second.members[2].idNumber = first.members[2].idNumber; // the same child in two households
    HouseholdStore households(db.session());
    ASSERT_TRUE(households.create(second).ok());
    ApplicationInput in;
    in.householdId = second.household.id;
    in.applicantMemberId = second.members.first().id;
    CaseStore cases(db.session());
    auto refused = cases.createApplication(in);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("member_in_other_case"));
    EXPECT_TRUE(refused.error().message.contains(firstCase)) << refused.error().message.toStdString();
    EXPECT_FALSE(refused.error().message.contains(first.members[2].idNumber)); // masked

    // Not counted in the other household (e.g. imprisoned there): allowed.
    Member child = households.load(second.household.id)->members[2];
    child.notCounted = NotCountedReason::Imprisoned;
    ASSERT_TRUE(households.updateMember(child).ok());
    EXPECT_TRUE(cases.createApplication(in).ok());
}

TEST(CaseStore, SearchFindsNamesFromOneCharacterIdNumbersExactlyAndAddresses)
{
    TempDatabase db;
    QStringList ids;
    const QStringList names{QStringLiteral("王小明"), QStringLiteral("王大力"), QStringLiteral("张三丰"),
                            QStringLiteral("欧阳娜娜"), QStringLiteral("阿依·古丽")};
    QList<HouseholdFile> files;
    for (int i = 0; i < names.size(); ++i) {
        HouseholdFile f = sampleHousehold(QDate(2026, 11, 1), i);
        f.members[0].name = names[i];
        f.members[2].name = QStringLiteral("周乐");
        f.household.registeredAddress = QStringLiteral("旧圃镇%1村%2组").arg(i % 2 ? QStringLiteral("新") : QStringLiteral("老")).arg(i);
        ids << apply(db.session(), f);
        files << f;
    }
    CaseStore cases(db.session());
    auto found = [&](const QString &q) {
        CaseFilter f;
        f.search = q;
        QStringList out;
        for (const CaseSummary &c : cases.list(f).value())
            out << c.applicantName;
        out.sort();
        return out;
    };
    EXPECT_EQ(found(QStringLiteral("王")), (QStringList{QStringLiteral("王大力"), QStringLiteral("王小明")}));
    EXPECT_EQ(found(QStringLiteral("王小")), (QStringList{QStringLiteral("王小明")}));
    EXPECT_EQ(found(QStringLiteral("张三丰")), (QStringList{QStringLiteral("张三丰")}));
    EXPECT_EQ(found(QStringLiteral("欧阳")), (QStringList{QStringLiteral("欧阳娜娜")}));
    EXPECT_EQ(found(QStringLiteral("阿依古丽")), (QStringList{QStringLiteral("阿依·古丽")})); // middle dot ignored
    // Members are found too: the spouse 李芳 is in every household.
    EXPECT_EQ(found(QStringLiteral("李")).size(), 5);
    EXPECT_TRUE(found(QStringLiteral("赵")).isEmpty());
    // ID number: exact only, lower-case x normalized.
    EXPECT_EQ(found(files[3].members[0].idNumber), (QStringList{QStringLiteral("欧阳娜娜")}));
    EXPECT_EQ(found(files[3].members[0].idNumber.toLower()), (QStringList{QStringLiteral("欧阳娜娜")}));
    QString wrongCheck = files[3].members[0].idNumber;
    wrongCheck[17] = wrongCheck[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    EXPECT_TRUE(found(wrongCheck).isEmpty());
    // Addresses of 3+ characters through trigram FTS.
    EXPECT_EQ(found(QStringLiteral("新村1")), (QStringList{QStringLiteral("王大力")}));
    EXPECT_EQ(found(QStringLiteral("老村")).size(), 0); // 2 characters: names only
    EXPECT_EQ(found(QStringLiteral("旧圃镇老村")).size(), 3);
    // Quotes in a query cannot break the FTS syntax.
    EXPECT_TRUE(found(QStringLiteral("\"旧圃\" OR")).isEmpty());
}

// Addresses are indexed once per writing transaction (schema v17): a household written without the index being
// brought up to date is found all the same (search reads the queue), a change of address takes the old terms out
// whether or not the household was indexed yet, and the index stays consistent (FTS5's own integrity check).
TEST(CaseStore, AddressSearchFindsQueuedHouseholdsAndTheIndexStaysConsistent)
{
    TempDatabase db;
    Session &s = db.session();
    HouseholdFile a = sampleHousehold(QDate(2026, 11, 1), 0);
    a.household.registeredAddress = QStringLiteral("旧圃镇甲子村一组");
    const QString caseA = apply(s, a); // HouseholdStore::create indexes before it commits
    CaseStore cases(s);
    auto found = [&](const QString &q) {
        CaseFilter f;
        f.search = q;
        QStringList out;
        for (const CaseSummary &c : cases.list(f).value())
            out << c.id;
        return out;
    };
    auto queued = [&] {
        auto st = s.db().prepare("SELECT count(*) FROM household_fts_queue");
        EXPECT_TRUE(st->step().value());
        return st->int64(0);
    };
    // FTS5's check against the content table (rank 1): every household indexed with its current address and
    // nothing else — so only with the queue empty.
    auto consistent = [&] {
        return s.db().exec("INSERT INTO household_address_fts(household_address_fts, rank) VALUES ('integrity-check', 1)")
            .ok();
    };
    EXPECT_EQ(queued(), 0);
    EXPECT_EQ(found(QStringLiteral("甲子村")), QStringList{caseA});

    // Written through the writer alone, as a raw caller could: queued, not indexed, and found.
    RecordWriter &w = s.writer();
    ASSERT_TRUE(w.update(s.writeContext(), QStringLiteral("households"), a.household.id,
                         Row{{QStringLiteral("registered_address"), QStringLiteral("旧圃镇乙丑村二组")}})
                    .ok());
    EXPECT_EQ(queued(), 1);
    EXPECT_EQ(found(QStringLiteral("乙丑村")), QStringList{caseA});
    EXPECT_EQ(found(QStringLiteral("甲子村")), QStringList()); // the old terms went out at once
    // Changed again while queued: nothing indexed to take out, the latest address is what gets indexed.
    ASSERT_TRUE(w.update(s.writeContext(), QStringLiteral("households"), a.household.id,
                         Row{{QStringLiteral("registered_address"), QStringLiteral("旧圃镇丙寅村三组")}})
                    .ok());
    EXPECT_EQ(queued(), 1);
    EXPECT_FALSE(consistent()); // the queued household is not in the index yet: the strict check says so
    ASSERT_TRUE(indexQueuedAddresses(s.db()).ok());
    EXPECT_EQ(queued(), 0);
    EXPECT_TRUE(consistent());
    EXPECT_EQ(found(QStringLiteral("丙寅村")), QStringList{caseA});
    EXPECT_EQ(found(QStringLiteral("乙丑村")), QStringList());
    EXPECT_EQ(found(QStringLiteral("甲子村")), QStringList());
    // Indexed, then changed: the old terms out, the new ones queued until the next index.
    ASSERT_TRUE(w.update(s.writeContext(), QStringLiteral("households"), a.household.id,
                         Row{{QStringLiteral("registered_address"), QStringLiteral("旧圃镇丁卯村四组")}})
                    .ok());
    EXPECT_EQ(found(QStringLiteral("丙寅村")), QStringList());
    EXPECT_EQ(found(QStringLiteral("丁卯村")), QStringList{caseA});
    ASSERT_TRUE(indexQueuedAddresses(s.db()).ok());
    EXPECT_TRUE(consistent());
    EXPECT_EQ(found(QStringLiteral("丁卯村")), QStringList{caseA});
    // Queued twice over is indexed once.
    auto hits = s.db().prepare("SELECT count(*) FROM household_address_fts WHERE household_address_fts MATCH '\"丁卯村\"'");
    ASSERT_TRUE(hits->step().value());
    EXPECT_EQ(hits->int64(0), 1);
    // Latin letters match either case, queued or indexed, as the trigram index folds them.
    ASSERT_TRUE(w.update(s.writeContext(), QStringLiteral("households"), a.household.id,
                         Row{{QStringLiteral("registered_address"), QStringLiteral("旧圃镇B栋101号")}})
                    .ok());
    EXPECT_EQ(found(QStringLiteral("b栋101")), QStringList{caseA});
    ASSERT_TRUE(indexQueuedAddresses(s.db()).ok());
    EXPECT_EQ(found(QStringLiteral("b栋101")), QStringList{caseA});
    EXPECT_TRUE(consistent());
}

// 1-2 character searches read case_name_keys (schema v10): its triggers must follow every change of a member's
// name, a new member and a case's place in the list, or the search would answer from stale keys.
TEST(CaseStore, ShortNameSearchFollowsRenamesNewMembersAndListOrder)
{
    TempDatabase db;
    Session &s = db.session();
    HouseholdFile a = sampleHousehold(QDate(2026, 11, 1), 0);
    a.members[0].name = QStringLiteral("王小明");
    a.members[2].name = QStringLiteral("周乐");
    HouseholdFile b = sampleHousehold(QDate(2026, 11, 1), 1);
    b.members[0].name = QStringLiteral("王大力");
    b.members[2].name = QStringLiteral("周欢");
    const QString caseA = apply(s, a);
    const QString caseB = apply(s, b);
    CaseStore cases(s);
    auto found = [&](const QString &q) {
        CaseFilter f;
        f.search = q;
        f.limit = 50;
        QStringList out;
        for (const CaseSummary &c : cases.list(f).value())
            out << c.id;
        return out;
    };
    auto counted = [&](const QString &q) {
        CaseFilter f;
        f.search = q;
        return cases.count(f).value();
    };
    EXPECT_EQ(found(QStringLiteral("王")).size(), 2);
    EXPECT_EQ(counted(QStringLiteral("王")), 2);
    EXPECT_EQ(found(QStringLiteral("王小")), QStringList{caseA});

    // A rename: the old prefix no longer finds the case, the new one does.
    HouseholdStore households(s);
    Member renamed = a.members[0];
    renamed.name = QStringLiteral("钱小明");
    ASSERT_TRUE(households.updateMember(renamed).ok());
    EXPECT_EQ(found(QStringLiteral("王")), QStringList{caseB});
    EXPECT_EQ(found(QStringLiteral("王小")), QStringList());
    EXPECT_EQ(found(QStringLiteral("钱小")), QStringList{caseA});
    EXPECT_EQ(counted(QStringLiteral("钱")), 1);

    // The list order follows the cases' next due dates, exactly as the unsearched list orders them.
    ASSERT_TRUE(s.db().prepare("UPDATE cases SET next_due = '2026-01-01' WHERE id = ?")->bind(1, caseB).run().ok());
    ASSERT_TRUE(s.db().prepare("UPDATE cases SET next_due = '2027-01-01' WHERE id = ?")->bind(1, caseA).run().ok());
    EXPECT_EQ(found(QStringLiteral("李")), (QStringList{caseB, caseA})); // 李芳 is the spouse in both
    ASSERT_TRUE(s.db().prepare("UPDATE cases SET next_due = NULL WHERE id = ?")->bind(1, caseB).run().ok());
    EXPECT_EQ(found(QStringLiteral("李")), (QStringList{caseA, caseB}));

    // Nothing left over: the keys equal their definition.
    EXPECT_EQ(count(s, "SELECT count(*) FROM (SELECT key, due_null, next_due, submitted_on, case_id FROM case_name_keys "
                       "EXCEPT SELECT key, due_null, next_due, submitted_on, case_id FROM case_name_key_source)"), 0);
    EXPECT_EQ(count(s, "SELECT count(*) FROM (SELECT key, due_null, next_due, submitted_on, case_id "
                       "FROM case_name_key_source EXCEPT SELECT key, due_null, next_due, submitted_on, case_id "
                       "FROM case_name_keys)"), 0);
}

TEST(CaseStore, ListsPageAndCountWithFilters)
{
    TempDatabase db;
    for (int i = 0; i < 7; ++i) {
        HouseholdFile f = sampleHousehold(QDate(2026, 11, 1), i);
        apply(db.session(), f);
    }
    CaseStore cases(db.session());
    CaseFilter all;
    EXPECT_EQ(cases.count(all).value(), 7);
    CaseFilter page;
    page.limit = 3;
    page.offset = 6;
    EXPECT_EQ(cases.list(page)->size(), 1);
    CaseFilter submitted;
    submitted.state = CaseState::Submitted;
    EXPECT_EQ(cases.count(submitted).value(), 7);
    submitted.state = CaseState::Confirmed;
    EXPECT_EQ(cases.count(submitted).value(), 0);
}

TEST(CaseStore, KeysetPagesFollowTheListOrderAcrossTiesAndCasesWithoutADueDate)
{
    TempDatabase db;
    for (int i = 0; i < 11; ++i) {
        HouseholdFile f = sampleHousehold(QDate(2026, 11, 1), i);
        apply(db.session(), f);
    }
    // Ties on the due date and on the submission date, and cases without a due date (read-only set-up).
    ASSERT_TRUE(db.session().db().exec("UPDATE cases SET next_due = CASE rowid % 3 WHEN 0 THEN NULL WHEN 1 THEN "
                                       "'2026-12-01' ELSE '2026-12-03' END, submitted_on = CASE rowid % 2 WHEN 0 "
                                       "THEN '2026-11-01' ELSE '2026-11-02' END").ok());
    CaseStore cases(db.session());
    // The whole list, a 1-character and a 2-character name (read from case_name_keys), a longer one, a state.
    CaseFilter one, two, longer, state;
    one.search = QStringLiteral("李");
    two.search = QStringLiteral("李芳");
    longer.search = QStringLiteral("李芳芳"); // no such name: an empty list pages to nothing
    state.state = CaseState::Submitted;
    for (const CaseFilter &filter : {CaseFilter{}, one, two, longer, state}) {
        QStringList all;
        for (const CaseSummary &c : cases.list(filter).value())
            all << c.id;
        ASSERT_EQ(all.size(), filter.search == longer.search ? 0 : 11) << filter.search.toStdString();
        for (int pageSize : {1, 2, 3, 5}) {
            QStringList paged;
            CaseFilter page = filter;
            page.limit = pageSize;
            for (int guard = 0; guard < 20; ++guard) {
                const auto rows = cases.list(page).value();
                for (const CaseSummary &c : rows)
                    paged << c.id;
                if (rows.size() < pageSize)
                    break;
                page.after(rows.last());
            }
            EXPECT_EQ(paged, all) << "page size " << pageSize << " search " << filter.search.toStdString();
        }
    }
    // The capped count stops after cap + 1.
    EXPECT_EQ(cases.count(CaseFilter{}, 4).value(), 5);
    EXPECT_EQ(cases.count(CaseFilter{}, 100).value(), 11);
    EXPECT_EQ(cases.count(one, 4).value(), 5);
    EXPECT_EQ(cases.count(one, 100).value(), 11);
    EXPECT_EQ(cases.count(two, 100).value(), 11);
}

TEST(CaseStore, HistoryStartsWithTheCreationOfTheCase)
{
    TempDatabase db;
    db.signInAs(db.addUser(QStringLiteral("wang.zhuli"), Role::TownshipAssistant));
    HouseholdFile f = sampleHousehold(QDate(2026, 11, 1), 0);
    const QString caseId = apply(db.session(), f);
    CaseStore cases(db.session());
    const auto history = cases.history(caseId).value();
    ASSERT_EQ(history.size(), 1);
    const CaseEvent &created = history.first();
    EXPECT_EQ(created.id, caseId);
    EXPECT_EQ(created.action, QStringLiteral("create"));
    EXPECT_EQ(created.toState, CaseState::Submitted);
    EXPECT_TRUE(created.fromState.isEmpty());
    EXPECT_EQ(created.onDate, cases.get(caseId)->submittedOn);
    EXPECT_EQ(created.userName, QStringLiteral("wang.zhuli")); // the creator by name, not by id
    EXPECT_FALSE(created.at.isEmpty());
    EXPECT_EQ(cases.history(QStringLiteral("no-such-case")).error().code, QStringLiteral("case_not_found"));
}

TEST(UserStore, PasswordsAreArgon2idAndSignInFailsTheSameWayForUnknownUsers)
{
    TempDatabase db;
    auto row = db.session().db().prepare("SELECT pw_hash FROM users WHERE name = 'admin'");
    ASSERT_TRUE(row->step().value());
    EXPECT_TRUE(row->text(0).startsWith(QStringLiteral("$argon2id$")));
    // The real cost (INTERACTIVE) is what hashPassword uses by default.
    const QString real = hashPassword(QStringLiteral("pw-1234"));
    EXPECT_TRUE(real.contains(QStringLiteral("m=65536,t=2")));
    EXPECT_TRUE(checkPassword(real, QStringLiteral("pw-1234")));
    EXPECT_FALSE(checkPassword(real, QStringLiteral("pw-1235")));
    const Status wrong = db.session().signIn(QStringLiteral("admin"), QStringLiteral("nope"));
    const Status unknown = db.session().signIn(QStringLiteral("nobody"), QStringLiteral("nope"));
    EXPECT_EQ(wrong.error().code, QStringLiteral("sign_in_failed"));
    EXPECT_EQ(unknown.error().message, wrong.error().message);
    // Only an administrator manages users; roles belong to the database's level.
    db.addUser(QStringLiteral("assistant"), Role::TownshipAssistant);
    db.signInAs(QStringLiteral("assistant"));
    UserStore users(db.session());
    EXPECT_EQ(users.create(QStringLiteral("x1"), {}, Role::VillageCadre, db.session().divisionCode(),
                           QStringLiteral("secret1"), PasswordCost::Minimal)
                  .error()
                  .kind,
              ErrorKind::Permission);
    db.signInAs(QStringLiteral("admin"));
    EXPECT_EQ(users.create(QStringLiteral("x2"), {}, Role::CountyReviewer, db.session().divisionCode(),
                           QStringLiteral("secret1"), PasswordCost::Minimal)
                  .error()
                  .code,
              QStringLiteral("role_level_mismatch"));
}

TEST(HouseholdImport, NamesThePlaceOfEveryProblem)
{
    const QByteArray bad = R"({"format":"dibao-households","version":1,"households":[
        {"division_code":"530602101","members":[{"ref":"a","name":"王","id_number":"1","relation":"boss"}]}]})";
    auto parsed = parseHouseholdImport(bad);
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("households[0].members[0].relation")))
        << parsed.error().message.toStdString();
    const QByteArray unknownKey = R"({"format":"dibao-households","version":1,"households":[
        {"division_code":"530602101","colour":"red","members":[]}]})";
    EXPECT_TRUE(parseHouseholdImport(unknownKey).error().message.contains(QStringLiteral("households[0].colour")));
    EXPECT_EQ(parseHouseholdImport("{").error().code, QStringLiteral("import_not_json"));
    EXPECT_FALSE(parseHouseholdImport(R"({"format":"x","version":1,"households":[]})").ok());
}

} // namespace
