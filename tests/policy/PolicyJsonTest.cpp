#include "policy/PolicyJson.h"
#include "policy/PolicySet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>

using namespace dibao;

namespace {

QJsonObject validRow()
{
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("standard")},
                       {QStringLiteral("key"), QStringLiteral("urban")},
                       {QStringLiteral("effective_from"), QStringLiteral("2020-01-01")},
                       {QStringLiteral("issuer"), QString::fromUtf8("昭通市民政局")},
                       {QStringLiteral("document_number"), QString::fromUtf8("昭民发〔2020〕1号")},
                       {QStringLiteral("value"), 64000}};
}

QByteArray fileWith(const QJsonArray &rows)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("dibao-policy")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("rows"), rows}})
        .toJson();
}

// Parses [validRow(), row] and returns the error (the bad row is rows[1]).
Error secondRowError(const QJsonObject &row)
{
    const auto r = parsePolicyJson(fileWith(QJsonArray{validRow(), row}));
    EXPECT_FALSE(r.ok());
    return r.ok() ? Error{} : r.error();
}

QJsonObject with(QJsonObject row, const char *field, const QJsonValue &value)
{
    row.insert(QString::fromLatin1(field), value);
    return row;
}

QJsonObject without(QJsonObject row, const char *field)
{
    row.remove(QString::fromLatin1(field));
    return row;
}

QByteArray defaultFile()
{
    QFile file(QStringLiteral(":/dibao/policy-default.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST(PolicyJson, ValidRowParses)
{
    const auto r = parsePolicyJson(fileWith(QJsonArray{validRow()}));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->size(), 1);
    const PolicyRow &row = r->first();
    EXPECT_EQ(row.kind, QStringLiteral("standard"));
    EXPECT_EQ(row.key, QStringLiteral("urban"));
    EXPECT_EQ(row.effectiveFrom, QDate(2020, 1, 1));
    EXPECT_TRUE(row.effectiveUntil.isNull());
    EXPECT_FALSE(row.example);
    EXPECT_EQ(row.value.toInteger(), 64000);
}

TEST(PolicyJson, DefaultFileParsesAndEveryRowIsAnExample)
{
    const auto r = parsePolicyJson(defaultFile());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_GT(r->size(), 50);
    for (const PolicyRow &row : *r) {
        EXPECT_TRUE(row.example) << row.kind.toStdString() << "/" << row.key.toStdString();
        EXPECT_FALSE(row.issuer.isEmpty());
        EXPECT_FALSE(row.documentNumber.isEmpty());
    }
    EXPECT_TRUE(PolicySet::loadDefault().ok());
}

TEST(PolicyJson, RoundTripIsLosslessAndDeterministic)
{
    const auto rows = parsePolicyJson(defaultFile());
    ASSERT_TRUE(rows.ok());
    const QByteArray once = policyToJson(*rows);
    const auto again = parsePolicyJson(once);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    ASSERT_EQ(again->size(), rows->size());
    // Same rows, whatever order they came in.
    QList<PolicyRow> shuffled = *rows;
    std::reverse(shuffled.begin(), shuffled.end());
    EXPECT_EQ(policyToJson(shuffled), once);
    EXPECT_EQ(policyToJson(*again), once);
    for (const PolicyRow &row : *rows)
        EXPECT_TRUE(again->contains(row)) << row.kind.toStdString() << "/" << row.key.toStdString();
}

TEST(PolicyJson, RowsBuiltInCodeRoundTrip)
{
    PolicyRow row;
    row.kind = QStringLiteral("margin_factor");
    row.key = QStringLiteral("default");
    row.effectiveFrom = QDate(2021, 7, 1);
    row.effectiveUntil = QDate(2030, 12, 31);
    row.issuer = QString::fromUtf8("民政部");
    row.documentNumber = QString::fromUtf8("民发〔2021〕57号");
    row.example = true;
    row.value = QJsonObject{{QStringLiteral("num"), 3}, {QStringLiteral("den"), 2}};
    row.note = QStringLiteral("note");
    const auto back = parsePolicyJson(policyToJson({row}));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    ASSERT_EQ(back->size(), 1);
    EXPECT_EQ(back->first(), row);
}

TEST(PolicyJson, NotJsonOrWrongEnvelope)
{
    EXPECT_EQ(parsePolicyJson("{").error().code, QStringLiteral("policy_json"));
    EXPECT_EQ(parsePolicyJson("[]").error().code, QStringLiteral("policy_format"));
    EXPECT_EQ(parsePolicyJson(R"({"format":"other","version":1,"rows":[]})").error().code,
              QStringLiteral("policy_format"));
    EXPECT_EQ(parsePolicyJson(R"({"format":"dibao-policy","version":2,"rows":[]})").error().code,
              QStringLiteral("policy_version"));
    EXPECT_EQ(parsePolicyJson(R"({"format":"dibao-policy","version":1,"rows":{}})").error().code,
              QStringLiteral("policy_format"));
    EXPECT_EQ(parsePolicyJson(R"({"format":"dibao-policy","version":1,"rows":[],"extra":1})").error().code,
              QStringLiteral("policy_format"));
}

TEST(PolicyJson, UnknownKind)
{
    const Error e = secondRowError(with(validRow(), "kind", QStringLiteral("bonus")));
    EXPECT_EQ(e.code, QStringLiteral("policy_kind"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("rows[1]"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("bonus")));
}

TEST(PolicyJson, UnknownKey)
{
    const Error e = secondRowError(with(validRow(), "key", QStringLiteral("suburban")));
    EXPECT_EQ(e.code, QStringLiteral("policy_key"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("rows[1]")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("\"key\"")));
}

TEST(PolicyJson, UnknownField)
{
    const Error e = secondRowError(with(validRow(), "efective_from", QStringLiteral("2020-01-01")));
    EXPECT_EQ(e.code, QStringLiteral("policy_field"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("efective_from")));
}

TEST(PolicyJson, BadDates)
{
    Error e = secondRowError(with(validRow(), "effective_from", QStringLiteral("2020-02-30")));
    EXPECT_EQ(e.code, QStringLiteral("policy_date"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("effective_from")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("rows[1]")));

    e = secondRowError(with(validRow(), "effective_from", QStringLiteral("2020/01/01")));
    EXPECT_EQ(e.code, QStringLiteral("policy_date"));

    e = secondRowError(without(validRow(), "effective_from"));
    EXPECT_EQ(e.code, QStringLiteral("policy_date"));

    e = secondRowError(with(with(validRow(), "effective_from", QStringLiteral("2021-01-01")), "effective_until",
                            QStringLiteral("2020-12-31")));
    EXPECT_EQ(e.code, QStringLiteral("policy_date"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("effective_until")));

    e = secondRowError(with(with(validRow(), "effective_from", QStringLiteral("2021-01-01")), "effective_until", 5));
    EXPECT_EQ(e.code, QStringLiteral("policy_date"));
}

TEST(PolicyJson, IssuerAndDocumentNumberAreRequired)
{
    Error e = secondRowError(without(validRow(), "issuer"));
    EXPECT_EQ(e.code, QStringLiteral("policy_issuer"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("issuer")));
    e = secondRowError(with(validRow(), "issuer", QStringLiteral("  ")));
    EXPECT_EQ(e.code, QStringLiteral("policy_issuer"));
    e = secondRowError(without(validRow(), "document_number"));
    EXPECT_EQ(e.code, QStringLiteral("policy_document"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("document_number")));
}

TEST(PolicyJson, WrongValueTypes)
{
    auto valueCode = [](const char *kind, const char *key, const QJsonValue &value) {
        QJsonObject row = validRow();
        row.insert(QStringLiteral("kind"), QString::fromLatin1(kind));
        row.insert(QStringLiteral("key"), QString::fromLatin1(key));
        row.insert(QStringLiteral("value"), value);
        const auto r = parsePolicyJson(fileWith(QJsonArray{validRow(), row}));
        if (r.ok())
            return QStringLiteral("ok");
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("rows[1]"))) << r.error().message.toStdString();
        const QString field = r.error().code == QLatin1String("policy_key") ? QStringLiteral("\"key\"")
                                                                            : QStringLiteral("\"value\"");
        EXPECT_TRUE(r.error().message.contains(field)) << r.error().message.toStdString();
        return r.error().code;
    };
    const QString bad = QStringLiteral("policy_value");
    EXPECT_EQ(valueCode("standard", "rural", QStringLiteral("640")), bad);
    EXPECT_EQ(valueCode("standard", "rural", 375.5), bad);
    EXPECT_EQ(valueCode("standard", "rural", -1), bad);
    EXPECT_EQ(valueCode("standard", "rural", 37500), QStringLiteral("ok"));
    EXPECT_EQ(valueCode("income_excluded", "basic_pension", 1), bad);
    EXPECT_EQ(valueCode("income_excluded", "basic_pension", true), QStringLiteral("ok"));
    EXPECT_EQ(valueCode("rounding", "default", QStringLiteral("yuan_down")), bad);
    EXPECT_EQ(valueCode("margin_factor", "default", QJsonObject{{QStringLiteral("num"), 3}}), bad);
    EXPECT_EQ(valueCode("margin_factor", "default",
                        QJsonObject{{QStringLiteral("num"), 3}, {QStringLiteral("den"), 0}}),
              bad);
    EXPECT_EQ(valueCode("tier", "A", QJsonObject{{QStringLiteral("fen"), 100}, {QStringLiteral("num"), 1},
                                                 {QStringLiteral("den"), 2}}),
              bad);
    EXPECT_EQ(valueCode("tier", "A", QJsonObject{{QStringLiteral("fenn"), 100}}), bad);
    EXPECT_EQ(valueCode("supplement", "elderly",
                        QJsonObject{{QStringLiteral("fen"), 100}, {QStringLiteral("min_age"), 70}}),
              QStringLiteral("ok"));
    EXPECT_EQ(valueCode("review_months", "stable", 0), bad);
    EXPECT_EQ(valueCode("asset_rule", "vehicle_allowed_subkinds", QJsonArray{QStringLiteral("Car")}), bad);
    EXPECT_EQ(valueCode("visit_spot_check", "default",
                        QJsonObject{{QStringLiteral("num"), 3}, {QStringLiteral("den"), 2}}),
              bad);
    EXPECT_EQ(valueCode("holiday", "2025-10-01", QString()), bad);
    EXPECT_EQ(valueCode("holiday", "2025-10-32", QStringLiteral("x")), QStringLiteral("policy_key"));

    QJsonObject noValue = without(validRow(), "value");
    EXPECT_EQ(secondRowError(noValue).code, bad);
}

TEST(PolicyJson, DuplicateRowsAreRefusedNamingBoth)
{
    const QJsonObject duplicate = with(validRow(), "value", 70000);
    const auto r = parsePolicyJson(fileWith(QJsonArray{validRow(), with(validRow(), "key", QStringLiteral("rural")),
                                                       duplicate}));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("policy_duplicate"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("rows[2]"))) << r.error().message.toStdString();
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("rows[0]")));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("effective_from")));

    // A later effective date for the same kind and key is a new rule, not a duplicate.
    EXPECT_TRUE(parsePolicyJson(fileWith(QJsonArray{validRow(), with(duplicate, "effective_from",
                                                                     QStringLiteral("2024-01-01"))}))
                    .ok());
}

TEST(PolicyJson, HolidayAndWorkdayOnTheSameDateClash)
{
    QJsonObject holiday{{QStringLiteral("kind"), QStringLiteral("holiday")},
                        {QStringLiteral("key"), QStringLiteral("2025-10-01")},
                        {QStringLiteral("effective_from"), QStringLiteral("2024-11-12")},
                        {QStringLiteral("issuer"), QString::fromUtf8("国务院办公厅")},
                        {QStringLiteral("document_number"), QString::fromUtf8("国办发明电〔2024〕12号")},
                        {QStringLiteral("value"), QString::fromUtf8("国庆节")}};
    QJsonObject workday = with(holiday, "kind", QStringLiteral("workday"));
    const auto r = parsePolicyJson(fileWith(QJsonArray{holiday, workday}));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("policy_duplicate"));
}

// The shipped file is kept in policyToJson's canonical form, so an edit through the software and an edit by hand
// produce the same diff.
TEST(PolicyJson, ShippedDefaultIsCanonical)
{
    const QByteArray bytes = defaultFile();
    const auto rows = parsePolicyJson(bytes);
    ASSERT_TRUE(rows.ok());
    const QString note = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("note")).toString();
    EXPECT_TRUE(note.contains(QStringLiteral("EXAMPLE")));
    EXPECT_EQ(policyToJson(*rows, note), bytes);
}
