// The roster of current recipients: dry run, commit marked migrated, all or nothing, duplicates refused by ID number;
// written by the confirming authority only (a county database, or a township where confirmation is delegated).
#include "verification/VerificationFixture.h"

#include "verification/RosterImport.h"

namespace dibao::test {
namespace {

class RosterImportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("DIBAO_TODAY", "2026-11-27");
        // The county imports (docs/verification.md): its administrator holds import_households.
        db = std::make_unique<TempDatabase>(QStringLiteral("530602"));
    }

    Session &s() { return db->session(); }

    static ColumnMapping mapping()
    {
        ColumnMapping m;
        m.source = QStringLiteral("roster");
        auto add = [&m](const char *field, const char *header, FieldType type, bool required = true) {
            m.fields << FieldMapping{QString::fromLatin1(field), QString::fromUtf8(header), 0, type, required};
        };
        add("household", "户编号", FieldType::Text);
        add("township", "乡镇代码", FieldType::Text);
        add("village", "村", FieldType::Text, false);
        add("name", "姓名", FieldType::Text);
        add("id_number", "身份证号", FieldType::IdNumber);
        add("relation", "与户主关系", FieldType::Text);
        add("area", "城乡", FieldType::Text);
        add("amount", "月保障金", FieldType::Money);
        add("approval_document", "批准文号", FieldType::Text);
        add("approval_date", "批准日期", FieldType::Date);
        return m;
    }

    QString id(int seq, int year = 1975) { return makeIdNumber(QStringLiteral("530602"), QDate(year, 6, 1), seq); }

    QString write(const QList<QStringList> &rows)
    {
        QString text = QStringLiteral("户编号,乡镇代码,村,姓名,身份证号,与户主关系,城乡,月保障金,批准文号,批准日期\n");
        for (const QStringList &r : rows)
            text += r.join(QLatin1Char(',')) + QLatin1Char('\n');
        const QString path = db->dir() + QStringLiteral("/roster.csv");
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
        return path;
    }

    QList<QStringList> goodRows()
    {
        const QString t = QStringLiteral("530602101");
        const QString doc1 = QStringLiteral("昭阳民〔2023〕12号"), doc2 = QStringLiteral("昭阳民〔2024〕3号");
        return {{QStringLiteral("H001"), t, QStringLiteral("新村"), QStringLiteral("张大山"), id(11), QStringLiteral("户主"),
                 QStringLiteral("农村"), QStringLiteral("650.00"), doc1, QStringLiteral("2023-05-10")},
                {QStringLiteral("H001"), t, QStringLiteral("新村"), QStringLiteral("刘小花"), id(12), QStringLiteral("配偶"),
                 QStringLiteral("农村"), QStringLiteral("650.00"), doc1, QStringLiteral("2023-05-10")},
                {QStringLiteral("H002"), t, QStringLiteral("老村"), QStringLiteral("陈独居"), id(13, 1950), QStringLiteral("本人"),
                 QStringLiteral("农村"), QStringLiteral("420"), doc2, QStringLiteral("2024/1/8")}};
    }

    QMap<QString, qint64> counts()
    {
        QMap<QString, qint64> out;
        for (const char *t : {"households", "members", "cases", "case_events", "audit", "change_log"}) {
            auto st = s().db().prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(t)));
            EXPECT_TRUE(st->step().ok());
            out.insert(QString::fromLatin1(t), st->int64(0));
        }
        return out;
    }

    std::unique_ptr<TempDatabase> db;
};

TEST_F(RosterImportTest, DryRunListsWhatWouldBeCreatedAndWritesNothing)
{
    const auto before = counts();
    auto result = RosterImport::run(s(), mapping(), write(goodRows()), true);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_TRUE(result->report.ok());
    EXPECT_FALSE(result->committed);
    ASSERT_EQ(result->households.size(), 2);
    EXPECT_EQ(result->households.at(0).applicantName, QStringLiteral("张大山"));
    EXPECT_EQ(result->households.at(0).members, 2);
    EXPECT_EQ(result->households.at(0).amount, 65000);
    EXPECT_EQ(result->households.at(1).approvedOn, QDate(2024, 1, 8));
    EXPECT_EQ(result->memberCount, 3);
    EXPECT_EQ(counts(), before);
}

TEST_F(RosterImportTest, CommitMarksHouseholdsMigratedWithTheirApprovalAndInventsNoProcedure)
{
    const auto before = counts();
    auto result = RosterImport::run(s(), mapping(), write(goodRows()), false);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    ASSERT_TRUE(result->committed);
    const auto after = counts();
    EXPECT_EQ(after.value(QStringLiteral("households")) - before.value(QStringLiteral("households")), 2);
    EXPECT_EQ(after.value(QStringLiteral("members")) - before.value(QStringLiteral("members")), 3);
    EXPECT_EQ(after.value(QStringLiteral("cases")), before.value(QStringLiteral("cases")));
    EXPECT_EQ(after.value(QStringLiteral("case_events")), before.value(QStringLiteral("case_events")));

    auto row = s().writer().read(QStringLiteral("households"), result->households.at(0).householdId);
    ASSERT_TRUE(row.ok() && row->has_value());
    const Row &h = **row;
    EXPECT_EQ(h.value(QStringLiteral("migrated")).toLongLong(), 1);
    EXPECT_EQ(h.value(QStringLiteral("migrated_reference")).toString(), QStringLiteral("昭阳民〔2023〕12号"));
    EXPECT_EQ(h.value(QStringLiteral("migrated_approved_on")).toString(), QStringLiteral("2023-05-10"));
    EXPECT_EQ(h.value(QStringLiteral("enrolment")).toString(), QStringLiteral("enrolled"));
    EXPECT_EQ(h.value(QStringLiteral("current_amount")).toLongLong(), 65000);
    EXPECT_EQ(h.value(QStringLiteral("enrolled_since")).toString(), QStringLiteral("2023-06"));
    EXPECT_FALSE(h.value(QStringLiteral("next_review_due")).toString().isEmpty());
    EXPECT_GE(parseIsoDate(h.value(QStringLiteral("next_review_due")).toString()), QDate(2026, 11, 27));
    auto file = HouseholdStore(s()).load(result->households.at(0).householdId);
    ASSERT_TRUE(file.ok());
    EXPECT_TRUE(file->household.migrated);
    ASSERT_EQ(file->members.size(), 2);
    EXPECT_EQ(file->members.at(1).relation, Relation::Spouse);
}

TEST_F(RosterImportTest, MalformedRowsAreReportedWithLinesAndNothingIsImported)
{
    QList<QStringList> rows = goodRows();
    QString badId = id(14);
    badId[17] = badId[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    rows << QStringList{QStringLiteral("H003"), QStringLiteral("530602101"), {}, QStringLiteral("错号"), badId,
                        QStringLiteral("户主"), QStringLiteral("农村"), QStringLiteral("300"), QStringLiteral("文1"),
                        QStringLiteral("2024-02-01")};
    rows << QStringList{QStringLiteral("H004"), QStringLiteral("530602101"), {}, QStringLiteral("关系怪"), id(15),
                        QStringLiteral("邻居"), QStringLiteral("城郊"), QStringLiteral("300"), QStringLiteral("文2"),
                        QStringLiteral("2024-02-01")};
    rows << QStringList{QStringLiteral("H001"), QStringLiteral("530602101"), {}, QStringLiteral("张小山"), id(16, 2010),
                        QStringLiteral("子"), QStringLiteral("农村"), QStringLiteral("700"), QStringLiteral("昭阳民〔2023〕12号"),
                        QStringLiteral("2023-05-10")};
    rows << QStringList{QStringLiteral("H005"), QStringLiteral("530602101"), {}, QStringLiteral("重复"), id(12),
                        QStringLiteral("户主"), QStringLiteral("农村"), QStringLiteral("300"), QStringLiteral("文3"),
                        QStringLiteral("2024-02-01")};
    const auto before = counts();
    for (bool dry : {true, false}) {
        auto result = RosterImport::run(s(), mapping(), write(rows), dry);
        ASSERT_TRUE(result.ok());
        EXPECT_FALSE(result->committed);
        QMap<qint64, QStringList> byLine;
        for (const RowError &e : result->report.errors)
            byLine[e.line] << e.code;
        EXPECT_EQ(byLine.value(5), QStringList{QStringLiteral("id_check_character")});
        EXPECT_TRUE(byLine.value(6).contains(QStringLiteral("roster_relation")));
        EXPECT_TRUE(byLine.value(6).contains(QStringLiteral("roster_area")));
        EXPECT_EQ(byLine.value(7), QStringList{QStringLiteral("roster_household_mismatch")});
        EXPECT_EQ(byLine.value(8), QStringList{QStringLiteral("roster_duplicate")});
        EXPECT_EQ(counts(), before);
    }
}

TEST_F(RosterImportTest, PersonAlreadyInTheDatabaseIsRefusedNamingTheirHousehold)
{
    // A first roster brings in 张大山's household; a second one naming his spouse again is refused.
    auto first = RosterImport::run(s(), mapping(), write(goodRows().mid(0, 2)), false);
    ASSERT_TRUE(first.ok() && first->committed);
    const QString existingId = first->households.at(0).householdId;
    QList<QStringList> rows = goodRows();
    rows[2][4] = id(12);
    rows.removeAt(1);
    rows.removeAt(0);
    const auto before = counts();
    auto result = RosterImport::run(s(), mapping(), write(rows), false);
    ASSERT_TRUE(result.ok());
    EXPECT_FALSE(result->committed);
    ASSERT_EQ(result->report.errors.size(), 1);
    const RowError &e = result->report.errors.first();
    EXPECT_EQ(e.code, QStringLiteral("roster_in_database"));
    EXPECT_EQ(e.line, 2);
    EXPECT_TRUE(e.message.contains(existingId)) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("刘小花"))) << e.message.toStdString();
    EXPECT_EQ(counts(), before);
}

TEST_F(RosterImportTest, TownshipDatabaseChecksButOnlyTheAuthorityImports)
{
    // A township database whose county confirms: its administrator may check the roster, not write it.
    db = std::make_unique<TempDatabase>(QStringLiteral("530602101"));
    const auto before = counts();
    auto dry = RosterImport::run(s(), mapping(), write(goodRows()), true);
    ASSERT_TRUE(dry.ok()) << dry.error().message.toStdString();
    EXPECT_TRUE(dry->report.ok());
    auto refused = RosterImport::run(s(), mapping(), write(goodRows()), false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("roster_not_authority"));
    EXPECT_EQ(refused.error().kind, ErrorKind::Permission);
    EXPECT_EQ(counts(), before);
    // Nor may a role without import_households even check one.
    db->actAsRole(Role::VerificationOfficer);
    EXPECT_EQ(RosterImport::run(s(), mapping(), write(goodRows()), true).error().code,
              RosterImport::run(s(), mapping(), write(goodRows()), false).error().code);
    EXPECT_EQ(RosterImport::run(s(), mapping(), write(goodRows()), true).error().kind, ErrorKind::Permission);

    // Where confirmation is delegated to the township, the township is the authority and imports.
    db->signInAs(QStringLiteral("admin"));
    db->actAsRole(Role::CountyAdmin);
    ASSERT_TRUE(setTestPolicy(s(), QStringLiteral("confirmer"), QStringLiteral("default"), QStringLiteral("township"),
                              QDate(2026, 1, 1))
                    .ok());
    db->signInAs(QStringLiteral("admin"));
    auto done = RosterImport::run(s(), mapping(), write(goodRows()), false);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_TRUE(done->committed);
    EXPECT_EQ(counts().value(QStringLiteral("households")) - before.value(QStringLiteral("households")), 2);
}

TEST_F(RosterImportTest, MappingWithoutTheApprovalReferenceIsRefused)
{
    ColumnMapping m = mapping();
    m.fields.removeAt(m.indexOf(QStringLiteral("approval_document")));
    auto result = RosterImport::run(s(), m, write(goodRows()), true);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("roster_mapping_fields"));
}

} // namespace
} // namespace dibao::test
