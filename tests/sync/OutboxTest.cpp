// The outbox and the clock: every write in store/ appends its change in the same transaction, gapless per device,
// with an HLC, the named user and the fields written.
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "store/RecordWriter.h"
#include "store/UserStore.h"
#include "support/TestSupport.h"
#include "sync/BundleManifest.h"
#include "sync/CanonicalJson.h"
#include "sync/Change.h"
#include "sync/ChangeLog.h"
#include "sync/Hlc.h"
#include "sync/IntakeDigest.h"
#include "sync/MergePolicy.h"
#include "common/Uuid.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace dibao;
using namespace dibao::test;

namespace {

struct OutboxRow {
    qint64 seq;
    QString hlc;
    QString user;
    QString entity;
    QString entityId;
    QJsonObject fields;
    QString township;
};

QList<OutboxRow> outbox(Session &s)
{
    auto st = s.db().prepare("SELECT change_seq, hlc, user_id, entity, entity_id, fields, township FROM outbox "
                             "ORDER BY change_seq");
    QList<OutboxRow> rows;
    while (st->step().value()) {
        rows.append({st->int64(0), st->text(1), st->text(2), st->text(3), st->text(4),
                     QJsonDocument::fromJson(st->text(5).toUtf8()).object(), st->text(6)});
    }
    return rows;
}

qint64 scalar(Session &s, const char *sql)
{
    auto st = s.db().prepare(sql);
    EXPECT_TRUE(st->step().value());
    return st->int64(0);
}

} // namespace

TEST(Hlc, FormatsParsesAndOrdersAsText)
{
    const Hlc a{1717171717171, 3};
    EXPECT_EQ(a.toString(), QStringLiteral("1717171717171-00003"));
    EXPECT_EQ(Hlc::parse(a.toString()), a);
    EXPECT_FALSE(Hlc::parse(QStringLiteral("1717171717171-3")).has_value());
    EXPECT_FALSE(Hlc::parse(QStringLiteral("1717171717171-00003\n")).has_value());
    const Hlc b{1717171717172, 0};
    EXPECT_LT(a, b);
    EXPECT_LT(a.toString(), b.toString());
}

TEST(Hlc, HandWrittenTextEqualsTheArgFormAndParseStaysStrict)
{
    // toString() and parse() are written by hand for the import's hot path; the reference is the original form.
    auto reference = [](const Hlc &h) {
        return QStringLiteral("%1-%2").arg(h.millis, 13, 10, QLatin1Char('0')).arg(h.counter, 5, 10, QLatin1Char('0'));
    };
    QList<Hlc> values{{0, 0}, {1, 1}, {Hlc::kMaxMillis, Hlc::kMaxCounter}, {1717171717171, 99999}, {42, 0}};
    quint64 x = 88172645463325252ull;
    for (int i = 0; i < 2000; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        values << Hlc{qint64(x % quint64(Hlc::kMaxMillis + 1)), int((x >> 40) % (Hlc::kMaxCounter + 1))};
    }
    values << Hlc{-5, 3} << Hlc{Hlc::kMaxMillis + 1, 0} << Hlc{7, Hlc::kMaxCounter + 1}; // out of range: the old way
    for (const Hlc &h : values) {
        EXPECT_EQ(h.toString(), reference(h)) << h.millis << " " << h.counter;
        if (h.millis >= 0 && h.millis <= Hlc::kMaxMillis && h.counter >= 0 && h.counter <= Hlc::kMaxCounter) {
            EXPECT_EQ(Hlc::parse(h.toString()), h);
        }
    }
    for (const QString &bad : {QStringLiteral(""), QStringLiteral("1717171717171_00003"),
                               QStringLiteral("171717171717-000003"), QStringLiteral("17171717171710-0003"),
                               QStringLiteral("1717171717171-0000a"), QStringLiteral(" 717171717171-00003"),
                               QStringLiteral("1717171717171-00003 "), QStringLiteral("-717171717171-00003"),
                               QStringLiteral("1717171717171-0000\u0663"),   // ARABIC-INDIC DIGIT THREE
                               QStringLiteral("\uFF11717171717171-00003"),   // FULLWIDTH DIGIT ONE
                               QStringLiteral("1717171717171-0000/"), QStringLiteral("1717171717171-0000:")})
        EXPECT_FALSE(Hlc::parse(bad).has_value()) << bad.toStdString();
}

TEST(Hlc, TicksPastTheLastValueEvenWhenTheWallClockStandsStillOrGoesBack)
{
    Hlc h{1000, 0};
    h = Hlc::tick(h, 999); // wall clock went back
    EXPECT_EQ(h, (Hlc{1000, 1}));
    h = Hlc::tick(h, 1000);
    EXPECT_EQ(h, (Hlc{1000, 2}));
    h = Hlc::tick(h, 2000);
    EXPECT_EQ(h, (Hlc{2000, 0}));
    // A counter that would overflow its five digits moves the clock a millisecond ahead instead.
    EXPECT_EQ(Hlc::tick(Hlc{3000, Hlc::kMaxCounter}, 3000), (Hlc{3001, 0}));
}

TEST(Hlc, AFarFutureRemoteValueCannotDragTheClockPastTheBound)
{
    const qint64 wall = 1000000;
    const Hlc last{wall, 0};
    EXPECT_EQ(Hlc::receive(last, Hlc{wall + 10, 4}, wall, 500), (Hlc{wall + 10, 4}));
    const Hlc bounded = Hlc::receive(last, Hlc{wall + 100000000, 0}, wall, 500);
    EXPECT_EQ(bounded, (Hlc{wall + 500, Hlc::kMaxCounter}));
    EXPECT_EQ(Hlc::receive(last, Hlc{10, 0}, wall, 500), last);
}

TEST(MergePolicy, EveryAuditedTableHasARowAndAMissingRowIsAStartupError)
{
    EXPECT_TRUE(MergePolicy::check(RecordWriter::auditedTables()).ok());
    const Status missing = MergePolicy::check(RecordWriter::auditedTables() + QStringList{QStringLiteral("payroll")});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("merge_policy_missing"));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("payroll")));
}

TEST(Outbox, EveryWriteAppendsItsChangeGaplessWithHlcUserAndFields)
{
    TempDatabase db;
    Session &s = db.session();
    const QString device = s.deviceId();
    const qint64 before = scalar(s, "SELECT count(*) FROM outbox");
    EXPECT_GT(before, 0); // init: the administrator and the default policy rows

    HouseholdFile file = sampleHousehold(QDate(2026, 11, 1));
    HouseholdStore households(s);
    ASSERT_TRUE(households.create(file).ok());

    const QList<OutboxRow> rows = outbox(s);
    ASSERT_EQ(rows.size(), before + 1 + 3 + 1); // household, three members, one income item
    for (int i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].seq, i + 1) << "change_seq is gapless from 1";
        if (i > 0) {
            EXPECT_LT(rows[i - 1].hlc, rows[i].hlc) << "HLCs strictly increase";
        }
        EXPECT_TRUE(Hlc::parse(rows[i].hlc).has_value());
    }
    const OutboxRow &household = rows[before];
    EXPECT_EQ(household.entity, QStringLiteral("households"));
    EXPECT_EQ(household.entityId, file.household.id);
    EXPECT_EQ(household.user, s.actor().userId);
    EXPECT_EQ(household.township, QStringLiteral("530602101"));
    EXPECT_EQ(household.fields.value(QStringLiteral("registered_address")).toString(),
              file.household.registeredAddress);
    // Defaults the database filled in are part of the change; bookkeeping columns are not.
    EXPECT_EQ(household.fields.value(QStringLiteral("enrolment")).toString(), QStringLiteral("none"));
    EXPECT_FALSE(household.fields.contains(QStringLiteral("created_at")));
    EXPECT_FALSE(household.fields.contains(QStringLiteral("id")));
    const OutboxRow &member = rows[before + 1];
    EXPECT_EQ(member.entity, QStringLiteral("members"));
    EXPECT_EQ(member.township, QStringLiteral("530602101")); // found through the household
    EXPECT_TRUE(member.fields.value(QStringLiteral("disability_grade")).isDouble());

    // An update carries only the fields that really changed.
    Household h = households.household(file.household.id).value();
    h.phone = QStringLiteral("13800000000");
    ASSERT_TRUE(households.updateHousehold(h).ok());
    const OutboxRow last = outbox(s).last();
    EXPECT_EQ(last.seq, rows.size() + 1);
    EXPECT_EQ(last.fields, (QJsonObject{{QStringLiteral("phone"), QStringLiteral("13800000000")}}));
    // No change, no outbox row.
    ASSERT_TRUE(households.updateHousehold(h).ok());
    EXPECT_EQ(outbox(s).size(), rows.size() + 1);

    // The field versions follow the outbox.
    ChangeLog log(s.db());
    const QJsonObject versions = log.versions(QStringLiteral("households"), h.id).value();
    EXPECT_EQ(versions.value(QStringLiteral("phone")).toArray().at(0).toString(), last.hlc);
    EXPECT_EQ(versions.value(QStringLiteral("phone")).toArray().at(1).toString(), device);
    EXPECT_EQ(versions.value(QStringLiteral("phone")).toArray().at(2).toInteger(), last.seq);
    // Fields written only at creation share its version under "*".
    EXPECT_FALSE(versions.contains(QStringLiteral("area")));
    EXPECT_EQ(ChangeLog::fieldVersion(versions, QStringLiteral("area")).at(2).toInteger(), before + 1);
}

TEST(Outbox, AFailedTransactionLeavesNeitherRecordsNorChanges)
{
    TempDatabase db;
    Session &s = db.session();
    const qint64 changes = scalar(s, "SELECT count(*) FROM change_log");
    const qint64 audit = scalar(s, "SELECT count(*) FROM audit");
    HouseholdFile file = sampleHousehold(QDate(2026, 11, 1));
    HouseholdStore households(s);
    s.db().failAfterSteps(20); // somewhere in the middle of the household's inserts
    EXPECT_FALSE(households.create(file).ok());
    s.db().failAfterSteps(0);
    EXPECT_EQ(scalar(s, "SELECT count(*) FROM change_log"), changes);
    EXPECT_EQ(scalar(s, "SELECT count(*) FROM audit"), audit);
    EXPECT_EQ(scalar(s, "SELECT count(*) FROM households"), 0);
    // And the next write continues the sequence with no gap.
    HouseholdFile again = sampleHousehold(QDate(2026, 11, 1));
    ASSERT_TRUE(households.create(again).ok());
    EXPECT_EQ(scalar(s, "SELECT max(change_seq) - count(*) FROM outbox"), 0);
}

TEST(Outbox, PasswordHashesNeverLeaveTheDatabase)
{
    TempDatabase db;
    db.addUser(QStringLiteral("wang.li"), Role::TownshipAssistant);
    Session &s = db.session();
    auto st = s.db().prepare("SELECT fields FROM outbox WHERE entity = 'users'");
    int users = 0;
    while (st->step().value()) {
        ++users;
        const QJsonObject fields = QJsonDocument::fromJson(st->text(0).toUtf8()).object();
        EXPECT_FALSE(fields.contains(QStringLiteral("pw_hash")));
        EXPECT_TRUE(fields.contains(QStringLiteral("name")));
    }
    EXPECT_EQ(users, 2);
    EXPECT_EQ(scalar(s, "SELECT count(*) FROM change_log WHERE fields LIKE '%argon2%'"), 0);
}

TEST(Outbox, ADecisionRemembersTheIntakeItWasBasedOn)
{
    TempDatabase db;
    Session &s = db.session();
    HouseholdFile file = sampleHousehold(QDate(2026, 11, 1));
    HouseholdStore households(s);
    ASSERT_TRUE(households.create(file).ok());
    ApplicationInput in;
    in.householdId = file.household.id;
    in.applicantMemberId = file.members.first().id;
    CaseStore cases(s);
    const QString caseId = cases.createApplication(in).value();
    const QString digest = IntakeDigest::compute(s.db(), file.household.id).value();
    ASSERT_TRUE(s.writer()
                    .update(s.writeContext(), QStringLiteral("cases"), caseId,
                            Row{{QStringLiteral("state"), QStringLiteral("confirmed")}}, QStringLiteral("confirm"))
                    .ok());
    const Row stored = *s.writer().read(QStringLiteral("cases"), caseId).value();
    EXPECT_EQ(stored.value(QStringLiteral("intake_digest")).toString(), digest);
    EXPECT_EQ(outbox(s).last().fields.value(QStringLiteral("intake_digest")).toString(), digest);
    // A later intake edit changes the digest.
    Household h = households.household(file.household.id).value();
    h.actualAddress = QStringLiteral("昭阳区旧圃镇新村四组");
    ASSERT_TRUE(households.updateHousehold(h).ok());
    EXPECT_NE(IntakeDigest::compute(s.db(), file.household.id).value(), digest);
}

TEST(ChangeLine, FieldsSlicedFromTheCanonicalLineEqualTheirSerialization)
{
    // Change::fromLine keeps the fields' canonical text from the line instead of serializing them again (the change
    // log stores it); it must be byte for byte CanonicalJson::serialize(fields), or left empty.
    QList<QJsonObject> fieldSets{
        QJsonObject{},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("王建国")}, {QStringLiteral("amount"), 1320001}},
        QJsonObject{{QStringLiteral("a"), QJsonValue()}, {QStringLiteral("hlc"), QStringLiteral("x\",\"hlc\":\"y")},
                    {QStringLiteral("z"), QStringLiteral("tab\there \\ \"q\" \u0001 \u00e9 \u4e2d")}},
        QJsonObject{{QStringLiteral("big"), qint64(9007199254740991LL)}, {QStringLiteral("neg"), qint64(-42)},
                    {QStringLiteral("emoji"), QString::fromUtf8("\xF0\x9F\x98\x80")}},
    };
    int n = 0;
    for (const QJsonObject &fields : fieldSets) {
        for (const QString &user : {QStringLiteral("u1"), QStringLiteral("用户\"}"), QString()}) {
            Change c;
            c.changeSeq = ++n;
            c.entity = QStringLiteral("members");
            c.entityId = QStringLiteral("m-%1").arg(n);
            c.fields = fields;
            c.hlc = Hlc{1717171717171 + n, n};
            c.origin = QStringLiteral("dev-1");
            c.user = user;
            const QByteArray line = CanonicalJson::serialize(c.toJson());
            auto parsed = CanonicalJson::parse(line, 1 << 20);
            ASSERT_TRUE(parsed.ok()) << line.constData();
            auto back = Change::fromLine(*parsed, line);
            ASSERT_TRUE(back.ok());
            EXPECT_FALSE(back->fieldsJson.isEmpty());
            EXPECT_EQ(back->fieldsJson, CanonicalJson::serialize(fields)) << line.constData();
            EXPECT_EQ(back->canonicalFields(), CanonicalJson::serialize(fields));
            // Bytes that are not this object's serialization: nothing sliced, the fields are serialized instead.
            QByteArray other = line;
            other.replace("\"origin\":\"dev-1\"", "\"origin\":\"dev-2\"");
            auto mismatched = Change::readObject(*parsed, other);
            ASSERT_TRUE(mismatched.ok());
            EXPECT_TRUE(mismatched->fieldsJson.isEmpty());
            EXPECT_EQ(mismatched->canonicalFields(), CanonicalJson::serialize(fields));
        }
    }
}

// Change::fromLine reads a line's bytes (Change::readPlain) and falls back to reading its object key by key
// (Change::readObject); both must give the same change, or the same refusal, for every line CanonicalJson accepts.
void expectSameChange(const QByteArray &line, int *plainRead)
{
    auto parsed = CanonicalJson::parse(line, 1 << 20);
    if (!parsed.ok())
        return; // not a line a bundle can hold
    const std::optional<Change> plain = Change::readPlain(*parsed, line);
    const Result<Change> object = Change::readObject(*parsed, line);
    const Result<Change> read = Change::fromLine(*parsed, line);
    ASSERT_EQ(read.ok(), object.ok()) << line.constData();
    if (!object.ok()) {
        EXPECT_FALSE(plain.has_value()) << line.constData();
        EXPECT_EQ(read.error().code, object.error().code);
        EXPECT_EQ(read.error().message, object.error().message);
        return;
    }
    if (plain)
        ++*plainRead;
    for (const Change *c : {&*read, plain ? &*plain : &*read}) {
        EXPECT_EQ(c->changeSeq, object->changeSeq) << line.constData();
        EXPECT_EQ(c->entity, object->entity);
        EXPECT_EQ(c->entityId, object->entityId);
        EXPECT_EQ(c->fields, object->fields);
        EXPECT_EQ(c->hlc, object->hlc);
        EXPECT_EQ(c->op, object->op);
        EXPECT_EQ(c->origin, object->origin);
        EXPECT_EQ(c->user, object->user);
        EXPECT_EQ(c->fieldsJson, object->fieldsJson) << line.constData();
    }
}

TEST(ChangeLine, BytesReaderAgreesWithTheObjectReaderOnLinesAndTheirMutations)
{
    const QList<QJsonObject> fieldSets{
        QJsonObject{},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("王建国")}, {QStringLiteral("amount"), 1320001},
                    {QStringLiteral("left_reason"), QJsonValue()}},
        QJsonObject{{QStringLiteral("a"), QStringLiteral("x\",\"hlc\":\"y")}, {QStringLiteral("b_2"), qint64(-42)},
                    {QStringLiteral("z"), QStringLiteral("tab\there \\ \"q\" \u0001 \u00e9 \u4e2d \U0001F600")}},
        QJsonObject{{QStringLiteral("big"), qint64(9007199254740991LL)}, {QStringLiteral("neg"), qint64(-9007199254740991LL)},
                    {QStringLiteral("zero"), 0}, {QStringLiteral("Upper"), 1}, {QStringLiteral("nested"), QJsonObject{}},
                    {QStringLiteral("flag"), true}},
        QJsonObject{{QString(65, QLatin1Char('a')), 1}, {QStringLiteral("9lead"), QStringLiteral("v")}},
    };
    QString astral; // 64 characters beyond the BMP: 128 UTF-16 units
    for (int i = 0; i < 64; ++i)
        astral += QString::fromUtf8("\xF0\x9F\x98\x80");
    const QStringList users{QString(), QStringLiteral("u1"), QStringLiteral("用户\"}"), QString(128, QChar(0x4e2d)),
                            QString(129, QLatin1Char('u')), QStringLiteral("a\\b"), QString::fromUtf8("\xF0\xA0\xAE\xB7"),
                            astral};
    const QStringList origins{QStringLiteral("dev-1"), QStringLiteral("hub:530602.2"), QStringLiteral("-bad"),
                              QString(65, QLatin1Char('o')), QStringLiteral("设备")};
    const QStringList entities{QStringLiteral("members"), QStringLiteral("Members"), QString(), QString(65, QLatin1Char('e'))};
    const QStringList ids{QStringLiteral("0190a-b.c:d_e"), QStringLiteral(".x"), QString(129, QLatin1Char('i')),
                          QStringLiteral("id/1")};
    const QStringList ops{Change::kUpsert, Change::kTombstone, QStringLiteral("delete")};
    const QList<qint64> seqs{1, 42, 9007199254740991LL};
    QList<QByteArray> lines;
    int n = 0;
    for (const QJsonObject &fields : fieldSets)
        for (const QString &user : users)
            for (const QString &origin : origins) {
                ++n;
                Change c;
                c.changeSeq = seqs.at(n % seqs.size());
                c.entity = entities.at(n % entities.size());
                c.entityId = ids.at((n / 2) % ids.size());
                c.fields = fields;
                c.hlc = Hlc{1717171717171 + n, n % 3};
                c.op = ops.at((n / 3) % ops.size());
                c.origin = origin;
                c.user = user;
                lines << CanonicalJson::serialize(c.toJson());
            }
    // And every valid combination of the plain parts (3 × 3 × 2 × 2 lines in the plain layout), and with a user
    // name one character too long.
    for (qsizetype f = 0; f < 3; ++f)
        for (qsizetype u = 0; u < 4; ++u)
            for (qsizetype o = 0; o < 2; ++o)
                for (qsizetype p = 0; p < 2; ++p) {
                    Change c;
                    c.changeSeq = seqs.at((f + u) % seqs.size());
                    c.entity = entities.at(0);
                    c.entityId = ids.at(0);
                    c.fields = fieldSets.at(f);
                    c.hlc = Hlc{1717171717171 + f, int(u)};
                    c.op = ops.at(p);
                    c.origin = origins.at(o);
                    c.user = u == 2 ? users.at(3) : u == 3 ? users.at(4) : users.at(u);
                    lines << CanonicalJson::serialize(c.toJson());
                    c.user = users.at(6 + (f + o + p) % 2); // beyond the BMP: read through the object
                    lines << CanonicalJson::serialize(c.toJson());
                }
    // The plain lines a device writes are read from their bytes: the test checks the reader, not only its fallback.
    int plainRead = 0;
    Change plain;
    plain.changeSeq = 7;
    plain.entity = QStringLiteral("members");
    plain.entityId = QStringLiteral("0190f00d-0000-7000-8000-000000000001");
    plain.fields = fieldSets.at(2);
    plain.hlc = Hlc{1717171717171, 3};
    plain.origin = QStringLiteral("dev-1");
    plain.user = QStringLiteral("用户\"}");
    for (const QByteArray &line : {CanonicalJson::serialize(plain.toJson())}) {
        expectSameChange(line, &plainRead);
        lines << line;
    }
    ASSERT_EQ(plainRead, 0) << "a user name with an escape is read through the object";
    plain.user = QStringLiteral("用户");
    expectSameChange(CanonicalJson::serialize(plain.toJson()), &plainRead);
    ASSERT_EQ(plainRead, 1) << "a plain line must be read from its bytes";
    lines << CanonicalJson::serialize(plain.toJson());

    plainRead = 0;
    for (const QByteArray &line : lines)
        expectSameChange(line, &plainRead);
    EXPECT_GE(plainRead, 3 * 3 * 2 * 2 + 1);
    // Every line with one byte replaced, removed or doubled: what still parses is read alike both ways.
    const QByteArray replacements("\"\\{}[],:0-9aZ _tn.\x7f\xc3", 20);
    quint64 x = 0x2545F4914F6CDD1Dull;
    for (const QByteArray &line : std::as_const(lines)) {
        for (int k = 0; k < 60; ++k) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            const qsizetype at = qsizetype(x % quint64(line.size()));
            QByteArray mutated = line;
            switch (int((x >> 40) % 3)) {
            case 0:
                mutated[at] = replacements.at(int((x >> 20) % quint64(replacements.size())));
                break;
            case 1:
                mutated.remove(at, 1);
                break;
            default:
                mutated.insert(at, line.at(at));
            }
            expectSameChange(mutated, &plainRead);
        }
    }
}

TEST(ChangeLine, AllFieldsVersionTextEqualsItsSerialization)
{
    for (const QString &origin : {QStringLiteral("dev-1"), QStringLiteral("hub:530602.2"), QStringLiteral("a")}) {
        for (qint64 seq : {qint64(1), qint64(42), qint64(9007199254740991LL)}) {
            Change c;
            c.changeSeq = seq;
            c.origin = origin;
            c.hlc = Hlc{1717171717171 + seq % 1000, int(seq % 100000)};
            EXPECT_EQ(ChangeLog::allFieldsVersionText(c),
                      CanonicalJson::serialize(QJsonObject{{ChangeLog::kAllFields, ChangeLog::versionOf(c)}}));
        }
    }
}

TEST(ChangeLine, StreamIdCheckMatchesItsDocumentedPattern)
{
    // BundleManifest::isStreamId is written by hand (it runs for every change line); the pattern is the reference.
    const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\\z"));
    QStringList samples{QString(), QStringLiteral("a"), QStringLiteral("dev-1"), QStringLiteral("hub:530602.2_x"),
                        QStringLiteral("-dev"), QStringLiteral(".a"), QStringLiteral("a b"), QStringLiteral("a/b"),
                        QStringLiteral("a\n"), QStringLiteral("设备"), QStringLiteral("a\u00e9"), QStringLiteral("Z9")};
    samples << QString(64, QLatin1Char('a')) << QString(65, QLatin1Char('a')) << QStringLiteral("a") + QString(63, QLatin1Char(':'))
            << QStringLiteral("a") + QString(64, QLatin1Char('-'));
    const QString alphabet = QStringLiteral("aZ09._:-/ \u00e9\u4e2d");
    quint64 x = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < 3000; ++i) {
        QString s;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const int n = int(x % 6);
        for (int k = 0; k < n; ++k)
            s += alphabet.at(int((x >> (8 * k + 3)) % quint64(alphabet.size())));
        samples << s;
    }
    for (const QString &s : samples)
        EXPECT_EQ(BundleManifest::isStreamId(s), re.match(s).hasMatch()) << s.toStdString();
}

namespace {

// A member row with only the columns without defaults, the rest filled by SQLite.
Row memberRow(const QString &householdId, int i)
{
    const QString name = QStringLiteral("王\"小%1\\\n").arg(i); // quote, backslash, newline: escaped in the texts
    return Row{{QStringLiteral("id"), newId()},
               {QStringLiteral("household_id"), householdId},
               {QStringLiteral("name"), name},
               {QStringLiteral("name_norm"), name},
               {QStringLiteral("id_number"), makeIdNumber(QStringLiteral("530602"), QDate(1990, 1, 1).addDays(i), 131)},
               {QStringLiteral("sex"), QStringLiteral("female")},
               {QStringLiteral("birth_date"), QStringLiteral("1990-01-01")},
               {QStringLiteral("relation"), QStringLiteral("child")},
               {QStringLiteral("health"), QStringLiteral("healthy")},
               {QStringLiteral("work_ability"), QStringLiteral("full")},
               // null, text and empty text: the three ways a text column comes back
               {QStringLiteral("occupation"),
                i % 3 == 0 ? QVariant(QStringLiteral("")) : i % 3 == 1 ? QVariant() : QVariant(QStringLiteral("务农"))}};
}

} // namespace

// insert() writes a new record's change text directly (ChangeLog::appendCreated): byte for byte what Qt's compact
// JSON makes of its change fields, for text, empty text and null alike, with one version for every field.
TEST(Outbox, InsertWritesTheChangeTextAsQtSerializesTheFields)
{
    TempDatabase db;
    Session &s = db.session();
    HouseholdFile file = sampleHousehold(QDate(2026, 11, 1));
    ASSERT_TRUE(HouseholdStore(s).create(file).ok());
    RecordWriter &w = s.writer();
    ChangeLog log(s.db());
    auto text = s.db().prepare("SELECT fields, change_seq, hlc, township FROM outbox WHERE entity_id = ?");
    for (int i = 1; i <= 3; ++i) { // occupation: empty text, null, text
        const Row row = memberRow(file.household.id, i);
        const QString id = row.value(QStringLiteral("id")).toString();
        ASSERT_TRUE(w.insert(s.writeContext(), QStringLiteral("members"), row).ok());
        const Row stored = w.read(QStringLiteral("members"), id).value().value();
        text->bind(1, id);
        ASSERT_TRUE(text->step().value());
        EXPECT_EQ(text->text(0).toUtf8(),
                  CanonicalJson::serialize(RecordWriter::changeFields(QStringLiteral("members"), stored)));
        EXPECT_EQ(text->text(3), QStringLiteral("530602101"));
        EXPECT_EQ(log.versions(QStringLiteral("members"), id).value(),
                  (QJsonObject{{ChangeLog::kAllFields, QJsonArray{text->text(2), s.deviceId(), text->int64(1)}}}));
        text->reset();
    }
}

