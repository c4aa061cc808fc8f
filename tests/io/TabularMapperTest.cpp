#include "db/Database.h"
#include "io/ColumnMapping.h"
#include "io/TabularMapper.h"
#include "io/TabularSource.h"

#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dibao;

namespace {

const QString kIdA = QStringLiteral("530602198001011234");
const QString kIdB = QStringLiteral("530602197512310020");
const QString kIdD = QStringLiteral("53060220150607004X");

MappingContext fixedToday()
{
    MappingContext c;
    c.today = QDate(2026, 11, 29);
    return c;
}

// The roster's mapping (fixtures made by tests/data/io/make_fixtures.py).
ColumnMapping rosterMapping()
{
    ColumnMapping m;
    m.source = QStringLiteral("roster");
    m.fields = {
        {QStringLiteral("name"), QStringLiteral("姓名"), 0, FieldType::Text, true},
        {QStringLiteral("id_number"), QStringLiteral("身份证号"), 0, FieldType::IdNumber, true},
        {QStringLiteral("amount"), QStringLiteral(" 月保障金 "), 0, FieldType::Money, true},
        {QStringLiteral("approved_on"), QStringLiteral("认定日期"), 0, FieldType::Date, true},
        {QStringLiteral("from_month"), QStringLiteral("起始月份"), 0, FieldType::Month, true},
        {QStringLiteral("persons"), QStringLiteral("人口数"), 0, FieldType::Integer, true},
        {QStringLiteral("remark"), QStringLiteral("备注"), 0, FieldType::Text, false},
    };
    return m;
}

Result<TabularSource> openSource(const QString &name, const ColumnMapping &mapping)
{
    return TabularSource::openFile(test::dataPath(QStringLiteral("io/") + name), TabularMapper::sourceOptions(mapping));
}

struct Found {
    qint64 line;
    QString field;
    QString code;
};

QList<Found> found(const MappingReport &report)
{
    QList<Found> out;
    for (const RowError &e : report.errors)
        out.append({e.line, e.field, e.code});
    return out;
}

void expectErrors(const MappingReport &report, const QList<Found> &expected)
{
    const QList<Found> actual = found(report);
    ASSERT_EQ(actual.size(), expected.size()) << QJsonDocument(report.toJson()).toJson().toStdString();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(actual[i].line, expected[i].line) << i;
        EXPECT_EQ(actual[i].field, expected[i].field) << i;
        EXPECT_EQ(actual[i].code, expected[i].code) << i;
    }
}

} // namespace

TEST(ColumnMapping, JsonRoundTripAndSavePerSource)
{
    ColumnMapping m = rosterMapping();
    m.encoding = TextEncoding::Gb18030;
    m.delimiter = QLatin1Char('\t');
    m.sheet = QStringLiteral("名单");
    m.fields.append({QStringLiteral("bank"), QString(), 9, FieldType::Text, false});
    auto back = ColumnMapping::fromJson(m.toJsonBytes());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->toJsonBytes(), m.toJsonBytes());
    EXPECT_EQ(back->encoding, TextEncoding::Gb18030);
    EXPECT_EQ(back->delimiter, QLatin1Char('\t'));
    EXPECT_EQ(back->fields.last().columnNumber, 9);
    EXPECT_FALSE(back->fields.last().required);
    EXPECT_EQ(back->fields.at(1).type, FieldType::IdNumber);

    QTemporaryDir dir;
    const QString mappings = dir.filePath(QStringLiteral("mappings"));
    ASSERT_TRUE(m.save(mappings).ok());
    EXPECT_TRUE(QFile::exists(QDir(mappings).filePath(QStringLiteral("roster.json"))));
    ColumnMapping other = rosterMapping();
    other.source = QStringLiteral("公安_户籍");
    ASSERT_TRUE(other.save(mappings).ok());
    auto loaded = ColumnMapping::load(mappings, QStringLiteral("roster"));
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->toJsonBytes(), m.toJsonBytes());
    EXPECT_EQ(ColumnMapping::load(mappings, QStringLiteral("公安_户籍"))->source, QStringLiteral("公安_户籍"));
    EXPECT_EQ(ColumnMapping::load(mappings, QStringLiteral("tax")).error().code, QStringLiteral("mapping_not_found"));
    EXPECT_EQ(ColumnMapping::load(mappings, QStringLiteral("../roster")).error().code,
              QStringLiteral("mapping_source_name"));

    // A file saved under one source's name holding another's mapping is refused.
    QFile::copy(QDir(mappings).filePath(QStringLiteral("roster.json")),
                QDir(mappings).filePath(QStringLiteral("tax.json")));
    EXPECT_EQ(ColumnMapping::load(mappings, QStringLiteral("tax")).error().code, QStringLiteral("mapping_invalid"));
}

TEST(ColumnMapping, StrictParsing)
{
    auto code = [](const QByteArray &json) {
        auto r = ColumnMapping::fromJson(json);
        return r.ok() ? QStringLiteral("ok") : r.error().code;
    };
    const QByteArray head = R"({"format":"dibao-column-mapping","version":1,"source":"x",)";
    EXPECT_EQ(code(head + R"("fields":[{"field":"a","header":"A"}]})"), QStringLiteral("ok"));
    EXPECT_EQ(code(head + R"("fields":[{"field":"a","header":"A","colour":"red"}]})"), QStringLiteral("mapping_json"));
    EXPECT_EQ(code(head + R"("fields":[{"field":"a","header":"A","type":"float"}]})"), QStringLiteral("mapping_json"));
    EXPECT_EQ(code(head + R"("fields":[{"field":"a","column_number":0}]})"), QStringLiteral("mapping_json"));
    EXPECT_EQ(code(head + R"("fields":[{"field":"a","column_number":1.5}]})"), QStringLiteral("mapping_json"));
    EXPECT_EQ(code(head + R"("fields":[{"field":"a","header":"A","column_number":2}]})"),
              QStringLiteral("mapping_invalid"));
    EXPECT_EQ(code(head + R"("fields":[{"field":"a"}]})"), QStringLiteral("mapping_invalid"));
    EXPECT_EQ(code(head + R"("fields":[{"field":"a","header":"A"},{"field":"a","header":"B"}]})"),
              QStringLiteral("mapping_invalid"));
    EXPECT_EQ(code(head + R"("fields":[]})"), QStringLiteral("mapping_invalid"));
    EXPECT_EQ(code(head + R"("header_row":false,"fields":[{"field":"a","header":"A"}]})"),
              QStringLiteral("mapping_invalid"));
    EXPECT_EQ(code(head + R"("encoding":"latin1","fields":[{"field":"a","header":"A"}]})"),
              QStringLiteral("mapping_json"));
    EXPECT_EQ(code(head + R"("encoding":"GBK","delimiter":";","fields":[{"field":"a","header":"A"}]})"),
              QStringLiteral("ok"));
    EXPECT_EQ(code(head + R"("delimiter":"|","fields":[{"field":"a","header":"A"}]})"), QStringLiteral("mapping_json"));
    EXPECT_EQ(code(R"({"format":"dibao-column-mapping","version":2,"source":"x","fields":[]})"),
              QStringLiteral("mapping_json"));
    EXPECT_EQ(code(R"({"format":"other","version":1,"source":"x","fields":[]})"), QStringLiteral("mapping_json"));
    EXPECT_EQ(
        code(R"({"format":"dibao-column-mapping","version":1,"source":"a/b","fields":[{"field":"a","header":"A"}]})"),
        QStringLiteral("mapping_source_name"));
    EXPECT_EQ(code("[1,2]"), QStringLiteral("mapping_json"));
    EXPECT_EQ(code("{"), QStringLiteral("mapping_json"));
}

TEST(TabularMapper, SameRosterFromCsvInBothEncodingsAndFromXlsx)
{
    const ColumnMapping mapping = rosterMapping();
    QList<QList<QVariantList>> results;
    for (const QString &name : {QStringLiteral("roster-utf8-bom.csv"), QStringLiteral("roster-gb18030.csv"),
                                QStringLiteral("roster-utf8-tab.csv"), QStringLiteral("roster.xlsx")}) {
        SCOPED_TRACE(name.toStdString());
        auto source = openSource(name, mapping);
        ASSERT_TRUE(source.ok()) << source.error().message.toStdString();
        auto report = TabularMapper::preview(*source, mapping, 100, fixedToday());
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
        EXPECT_TRUE(report->ok()) << QJsonDocument(report->toJson()).toJson().toStdString();
        EXPECT_EQ(report->rowsRead, 3);
        QList<QVariantList> values;
        for (const MappedRow &row : report->preview)
            values.append(row.values);
        results.append(values);
        if (name.endsWith(QLatin1String(".xlsx"))) {
            EXPECT_EQ(source->format(), TabularSource::Format::Xlsx);
            EXPECT_EQ(report->preview.at(1).line, 4); // after the blank row 3
        } else {
            EXPECT_EQ(source->format(), TabularSource::Format::Csv);
            EXPECT_EQ(report->preview.at(1).line, 3);
        }
    }
    ASSERT_EQ(results.size(), 4);
    const QList<QVariantList> expected = {
        {QStringLiteral("张三丰"), kIdA, qint64(123450), QDate(2026, 11, 29), QDate(2026, 11, 1), qint64(3),
         QStringLiteral("村东头, \"老宅\"")},
        {QStringLiteral("李四"), kIdB, qint64(62000), QDate(2026, 1, 5), QDate(2026, 1, 1), qint64(1), QVariant()},
        {QStringLiteral("王小二"), kIdD, qint64(8880), QDate(2026, 3, 1), QDate(2026, 3, 1), qint64(4),
         QStringLiteral("多行\n备注")},
    };
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(results[i], expected) << i;
}

TEST(TabularMapper, ValidationReportsEveryBadCellWithItsRow)
{
    const ColumnMapping mapping = rosterMapping();
    auto source = openSource(QStringLiteral("roster-errors.xlsx"), mapping);
    ASSERT_TRUE(source.ok());
    auto report = TabularMapper::validate(*source, mapping, 1000, fixedToday());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->complete);
    EXPECT_FALSE(report->ok());
    EXPECT_EQ(report->rowsRead, 4);
    EXPECT_EQ(report->rowsValid, 1);
    EXPECT_EQ(report->rowsWithErrors, 3);
    expectErrors(*report,
                 {
                     {3, QStringLiteral("id_number"), QStringLiteral("id_check_character")},
                     {3, QStringLiteral("approved_on"), QStringLiteral("map_date")},
                     {3, QStringLiteral("from_month"), QStringLiteral("map_month")},
                     {4, QStringLiteral("name"), QStringLiteral("map_required")},
                     {4, QStringLiteral("amount"), QStringLiteral("map_money")},
                     {4, QStringLiteral("persons"), QStringLiteral("map_integer")},
                     {5, QStringLiteral("id_number"), QStringLiteral("id_birth_date")},
                     {5, QStringLiteral("approved_on"), QStringLiteral("map_date")},
                 });
    const RowError &first = report->errors.first();
    EXPECT_EQ(first.columnNumber, 3);
    EXPECT_EQ(first.column, QStringLiteral("身份证号"));
    EXPECT_FALSE(first.message.isEmpty());
    const QJsonObject json = report->toJson();
    EXPECT_EQ(json.value(QStringLiteral("rows_with_errors")).toInt(), 3);
    EXPECT_FALSE(json.value(QStringLiteral("ok")).toBool());

    // The cap keeps the list short and the counts exact.
    auto again = openSource(QStringLiteral("roster-errors.xlsx"), mapping);
    auto capped = TabularMapper::validate(*again, mapping, 2, fixedToday());
    EXPECT_EQ(capped->errors.size(), 2);
    EXPECT_TRUE(capped->truncated);
    EXPECT_EQ(capped->rowsWithErrors, 3);
}

TEST(TabularMapper, CsvLineNumbersCountPhysicalLines)
{
    ColumnMapping mapping;
    mapping.source = QStringLiteral("payments");
    mapping.fields = {{QStringLiteral("name"), QStringLiteral("姓名"), 0, FieldType::Text, true},
                      {QStringLiteral("id"), QStringLiteral("身份证号"), 0, FieldType::IdNumber, true},
                      {QStringLiteral("amount"), QStringLiteral("金额"), 0, FieldType::Money, true},
                      {QStringLiteral("date"), QStringLiteral("日期"), 0, FieldType::Date, true}};
    auto source = openSource(QStringLiteral("errors-utf8.csv"), mapping);
    ASSERT_TRUE(source.ok());
    auto report = TabularMapper::validate(*source, mapping, 1000, fixedToday());
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->rowsRead, 4);
    EXPECT_EQ(report->rowsValid, 1);
    expectErrors(*report,
                 {
                     {3, QStringLiteral("amount"), QStringLiteral("map_money")},
                     {6, QStringLiteral("id"), QStringLiteral("id_check_character")},
                     {6, QStringLiteral("amount"), QStringLiteral("map_money")},
                     {6, QStringLiteral("date"), QStringLiteral("map_date")},
                     {7, QStringLiteral("amount"), QStringLiteral("map_required")},
                 });
}

TEST(TabularMapper, FileLevelProblemsStopTheReport)
{
    ColumnMapping mapping;
    mapping.source = QStringLiteral("x");
    mapping.fields = {{QStringLiteral("a"), QStringLiteral("a"), 0, FieldType::Integer, true}};
    auto source = openSource(QStringLiteral("unterminated-quote.csv"), mapping);
    ASSERT_TRUE(source.ok());
    auto report = TabularMapper::validate(*source, mapping);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->complete);
    EXPECT_FALSE(report->ok());
    EXPECT_EQ(report->rowsRead, 1);
    expectErrors(*report, {{3, QString(), QStringLiteral("csv_unterminated_quote")}});
}

TEST(TabularMapper, ColumnsByHeaderOrNumber)
{
    const QByteArray csv = "ID Number,Amount,Amount\n530602198001011234,1,2\n";
    ColumnMapping byHeader;
    byHeader.source = QStringLiteral("x");
    byHeader.fields = {{QStringLiteral("id"), QStringLiteral("idnumber"), 0, FieldType::IdNumber, true}};
    auto source = TabularSource::fromBytes(csv);
    ASSERT_TRUE(source.ok());
    EXPECT_EQ(source->header(),
              (QStringList{QStringLiteral("ID Number"), QStringLiteral("Amount"), QStringLiteral("Amount")}));
    EXPECT_TRUE(TabularMapper::create(byHeader, *source).ok()); // white space and Latin case ignored

    ColumnMapping ambiguous = byHeader;
    ambiguous.fields = {{QStringLiteral("amount"), QStringLiteral("Amount"), 0, FieldType::Money, true}};
    EXPECT_EQ(TabularMapper::create(ambiguous, *source).error().code, QStringLiteral("map_column_ambiguous"));

    ColumnMapping missing = byHeader;
    missing.fields.append({QStringLiteral("name"), QStringLiteral("姓名"), 0, FieldType::Text, true});
    auto refused = TabularMapper::create(missing, *source);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("map_column_missing"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("姓名")));

    // By number, without a header row: column 3 is the second "Amount".
    ColumnMapping byNumber;
    byNumber.source = QStringLiteral("x");
    byNumber.headerRow = false;
    byNumber.fields = {{QStringLiteral("amount"), QString(), 3, FieldType::Integer, true},
                       {QStringLiteral("beyond"), QString(), 7, FieldType::Text, false}};
    auto plain = TabularSource::fromBytes("1,2,3\n4,5,6\n", TabularMapper::sourceOptions(byNumber));
    ASSERT_TRUE(plain.ok());
    EXPECT_TRUE(plain->header().isEmpty());
    auto report = TabularMapper::validate(*plain, byNumber);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok());
    EXPECT_EQ(report->rowsRead, 2);

    auto firstRows = TabularSource::fromBytes("1,2,3\n4,5,6\n7,8,9\n", TabularMapper::sourceOptions(byNumber));
    auto preview = TabularMapper::preview(*firstRows, byNumber, 2);
    ASSERT_EQ(preview->preview.size(), 2);
    EXPECT_EQ(preview->preview[1].integer(QStringLiteral("amount")), 6);
    EXPECT_TRUE(preview->preview[1].isNull(QStringLiteral("beyond")));
    EXPECT_FALSE(preview->complete);
}

TEST(TabularMapper, IdNumbersTheSpreadsheetTurnedIntoNumbers)
{
    ColumnMapping mapping;
    mapping.source = QStringLiteral("x");
    mapping.headerRow = false;
    mapping.fields = {{QStringLiteral("id"), QString(), 1, FieldType::IdNumber, true}};
    auto source = TabularSource::openFile(test::dataPath(QStringLiteral("io/handmade-types.xlsx")),
                                          TabularMapper::sourceOptions(mapping));
    ASSERT_TRUE(source.ok());
    auto report = TabularMapper::validate(*source, mapping);
    ASSERT_TRUE(report.ok());
    ASSERT_FALSE(report->errors.isEmpty());
    EXPECT_EQ(report->errors.last().line, 6);
    EXPECT_EQ(report->errors.last().code, QStringLiteral("map_id_number_as_number"));
}

TEST(TabularMapper, ImportIsAllOrNothingInTheCallersTransaction)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("io.db")));
    ASSERT_TRUE(db.ok());
    Database &database = **db;
    ASSERT_TRUE(
        database.exec("CREATE TABLE roster(line INTEGER, name TEXT, id_number TEXT UNIQUE, amount INTEGER)").ok());
    auto count = [&database]() {
        auto st = database.prepare("SELECT count(*) FROM roster");
        EXPECT_TRUE(st->step().value());
        return st->int64(0);
    };
    auto sink = [&database](const MappedRow &row) -> Status {
        auto st = database.prepare("INSERT INTO roster(line, name, id_number, amount) VALUES(?, ?, ?, ?)");
        if (!st)
            return st.error();
        st->bind(1, row.line).bind(2, row.text(QStringLiteral("name"))).bind(3, row.text(QStringLiteral("id_number")));
        st->bind(4, row.fen(QStringLiteral("amount")));
        const Status done = st->run();
        if (!done.ok())
            return makeError(ErrorKind::Conflict, QStringLiteral("duplicate_id_number"),
                             QStringLiteral("This ID number is already registered."));
        return {};
    };
    const ColumnMapping mapping = rosterMapping();

    // A bad file: the first row goes in, the second stops the import, the caller does not commit.
    {
        auto source = openSource(QStringLiteral("roster-errors.xlsx"), mapping);
        ASSERT_TRUE(source.ok());
        Transaction tx(database);
        auto report = TabularMapper::importRows(*source, mapping, tx, sink, fixedToday());
        ASSERT_TRUE(report.ok());
        EXPECT_FALSE(report->ok());
        EXPECT_EQ(report->rowsValid, 1);
        EXPECT_EQ(count(), 1); // inside the transaction
        ASSERT_EQ(report->errors.size(), 3); // every problem of the first bad row
        EXPECT_EQ(report->errors.first().line, 3);
    }
    EXPECT_EQ(count(), 0); // rolled back

    // A good file commits whole.
    {
        auto source = openSource(QStringLiteral("roster-gb18030.csv"), mapping);
        Transaction tx(database);
        auto report = TabularMapper::importRows(*source, mapping, tx, sink, fixedToday());
        ASSERT_TRUE(report.ok());
        ASSERT_TRUE(report->ok()) << QJsonDocument(report->toJson()).toJson().toStdString();
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(count(), 3);

    // The same people again: the sink refuses the first duplicate; its error carries the row's line.
    {
        auto source = openSource(QStringLiteral("roster.xlsx"), mapping);
        Transaction tx(database);
        auto report = TabularMapper::importRows(*source, mapping, tx, sink, fixedToday());
        ASSERT_TRUE(report.ok());
        EXPECT_FALSE(report->ok());
        expectErrors(*report, {{2, QString(), QStringLiteral("duplicate_id_number")}});
    }
    EXPECT_EQ(count(), 3);

    // A file that breaks half-way (an unclosed quote on line 4) leaves nothing either.
    {
        QByteArray csv = QStringLiteral("姓名,身份证号,月保障金,认定日期,起始月份,人口数\n").toUtf8();
        csv += QStringLiteral("新人,%1,1,2026-11-29,2026-11,1\n").arg(QStringLiteral("530602199001011239")).toUtf8();
        csv += "\"broken,1,1\n";
        ColumnMapping partial = mapping;
        partial.fields.removeLast(); // no remark column in this file
        auto source = TabularSource::fromBytes(csv);
        ASSERT_TRUE(source.ok());
        Transaction tx(database);
        auto report = TabularMapper::importRows(*source, partial, tx, sink, fixedToday());
        ASSERT_TRUE(report.ok());
        EXPECT_EQ(report->rowsValid, 1);
        expectErrors(*report, {{3, QString(), QStringLiteral("csv_unterminated_quote")}});
    }
    EXPECT_EQ(count(), 3);
}

TEST(TabularSource, FormatByContentNotName)
{
    QTemporaryDir dir;
    const QString disguised = dir.filePath(QStringLiteral("batch.csv"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("io/roster.xlsx")), disguised));
    auto source = TabularSource::openFile(disguised);
    ASSERT_TRUE(source.ok());
    EXPECT_EQ(source->format(), TabularSource::Format::Xlsx);
    EXPECT_EQ(source->header().at(1), QStringLiteral("姓名"));
    EXPECT_TRUE(source->describe().contains(QStringLiteral("名单")));

    EXPECT_EQ(TabularSource::openFile(test::dataPath(QStringLiteral("io/legacy.xls"))).error().code,
              QStringLiteral("xlsx_not_xlsx"));
    EXPECT_EQ(TabularSource::fromBytes(QByteArray()).error().code, QStringLiteral("tabular_empty"));
    EXPECT_EQ(TabularSource::fromBytes("\n\n,,\n").error().code, QStringLiteral("tabular_empty"));

    auto gb = TabularSource::openFile(test::dataPath(QStringLiteral("io/roster-gb18030.csv")));
    ASSERT_TRUE(gb.ok());
    EXPECT_EQ(gb->encoding(), TextEncoding::Gb18030);
    EXPECT_EQ(gb->describe(), QStringLiteral("CSV, GB18030, delimiter ','"));
}
