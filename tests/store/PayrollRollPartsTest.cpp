// An issued roll's lines in parts (store/PayrollRollParts.h): how a roll is cut, that a part's text is what Qt's
// compact JSON makes of the same lines, that a part derives exactly its lines, and that a part whose text does not
// hold (it comes from a bundle) is refused with payroll_part_invalid before anything is written.
#include "store/PayrollRollParts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace dibao;

namespace {

Row line(int n, const QString &township, const QString &village = QStringLiteral("新村"))
{
    return Row{{QStringLiteral("id"), QStringLiteral("line-%1").arg(n)},
               {QStringLiteral("roll_id"), QStringLiteral("roll-1")},
               {QStringLiteral("month"), QStringLiteral("2026-10")},
               {QStringLiteral("household_id"), QStringLiteral("hh-%1").arg(n)},
               {QStringLiteral("division_code"), township},
               {QStringLiteral("village_name"), village},
               {QStringLiteral("area"), QStringLiteral("rural")},
               {QStringLiteral("tier"), n % 2 ? QVariant(QStringLiteral("B")) : QVariant()},
               {QStringLiteral("members"), qint64(1 + n % 5)},
               {QStringLiteral("payee_name"), QStringLiteral("张\"三\"\\%1").arg(n)},
               {QStringLiteral("payee_id_number"), QString()},
               {QStringLiteral("bank_name"), QStringLiteral("农村信用社")},
               {QStringLiteral("bank_account"), QStringLiteral("6228%1").arg(n, 12, 10, QLatin1Char('0'))},
               {QStringLiteral("base_amount"), qint64(30000 + n)},
               {QStringLiteral("adjustment_amount"), qint64(n % 3 ? 0 : -500)},
               {QStringLiteral("carried_amount"), qint64(0)},
               {QStringLiteral("amount"), qint64(30000 + n + (n % 3 ? 0 : -500))},
               {QStringLiteral("held"), qint64(0)},
               {QStringLiteral("custody"), qint64(n % 7 == 0)},
               {QStringLiteral("change_kind"), QStringLiteral("same")},
               {QStringLiteral("previous_amount"), n % 4 ? QVariant(qint64(30000)) : QVariant()},
               {QStringLiteral("adjustment_ids"), n % 3 ? QVariant() : QVariant(QStringLiteral("[\"adj-1\"]"))},
               {QStringLiteral("carried_line_ids"), QVariant()}};
}

// A stored part as RecordWriter leaves it: the cut record with its bookkeeping.
Row stored(const PayrollRollParts::Part &p)
{
    Row part = p.record;
    part.insert(QStringLiteral("created_at"), QStringLiteral("2026-10-20T01:02:03.004Z"));
    part.insert(QStringLiteral("updated_at"), QStringLiteral("2026-10-20T01:02:03.004Z"));
    part.insert(QStringLiteral("created_by"), QStringLiteral("user-1"));
    part.insert(QStringLiteral("updated_by"), QStringLiteral("user-1"));
    return part;
}

QList<PayrollRollParts::Part> cutAll(const QList<Row> &lines)
{
    int n = 0;
    return PayrollRollParts::cut(QStringLiteral("roll-1"), QStringLiteral("2026-10"), lines,
                                 [&] { return QStringLiteral("part-%1").arg(++n); });
}

TEST(PayrollRollParts, ARollIsCutByTownshipAndAtAThousandLines)
{
    QList<Row> lines;
    for (int i = 0; i < 2500; ++i)
        lines << line(i, QStringLiteral("530602101"));
    for (int i = 2500; i < 2510; ++i)
        lines << line(i, QStringLiteral("530602102"));
    const auto parts = cutAll(lines);
    ASSERT_EQ(parts.size(), 4);
    const QList<std::pair<qsizetype, qsizetype>> ranges{{0, 1000}, {1000, 2000}, {2000, 2500}, {2500, 2510}};
    for (qsizetype p = 0; p < parts.size(); ++p) {
        const Row &r = parts.at(p).record;
        EXPECT_EQ(parts.at(p).begin, ranges.at(p).first);
        EXPECT_EQ(parts.at(p).end, ranges.at(p).second);
        EXPECT_EQ(r.value(QStringLiteral("part_no")).toLongLong(), p + 1);
        EXPECT_EQ(r.value(QStringLiteral("line_count")).toLongLong(), ranges.at(p).second - ranges.at(p).first);
        EXPECT_EQ(r.value(QStringLiteral("division_code")).toString(),
                  p < 3 ? QStringLiteral("530602101") : QStringLiteral("530602102"));
        qint64 total = 0;
        for (qsizetype i = parts.at(p).begin; i < parts.at(p).end; ++i)
            total += lines.at(i).value(QStringLiteral("amount")).toLongLong();
        EXPECT_EQ(r.value(QStringLiteral("total_fen")).toLongLong(), total);
    }
}

TEST(PayrollRollParts, APartStaysUnderItsByteLimitWhateverTheLinesHold)
{
    QList<Row> lines;
    for (int i = 0; i < 300; ++i)
        lines << line(i, QStringLiteral("530602101"), QString(2000, QChar(0x6751))); // 6 KB of 村 per line
    const auto parts = cutAll(lines);
    ASSERT_GT(parts.size(), 2);
    qsizetype covered = 0;
    for (const auto &p : parts) {
        EXPECT_LE(p.record.value(QStringLiteral("lines")).toString().toUtf8().size(), PayrollRollParts::kMaxLinesBytes);
        EXPECT_EQ(p.begin, covered);
        covered = p.end;
    }
    EXPECT_EQ(covered, lines.size());
}

TEST(PayrollRollParts, ThePartsTextIsQtsCompactJsonOfItsLines)
{
    QList<Row> lines;
    for (int i = 0; i < 40; ++i)
        lines << line(i, QStringLiteral("530602101"));
    const auto parts = cutAll(lines);
    ASSERT_EQ(parts.size(), 1);
    QJsonArray expected;
    for (const Row &l : lines) {
        QJsonObject o;
        for (const QString &f : PayrollRollParts::lineFields()) {
            const QVariant v = l.value(f);
            if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull()))
                o.insert(f, QJsonValue::Null);
            else if (v.typeId() == QMetaType::QString)
                o.insert(f, v.toString());
            else
                o.insert(f, v.toLongLong());
        }
        expected.append(o);
    }
    EXPECT_EQ(parts.first().record.value(QStringLiteral("lines")).toString().toUtf8(),
              QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

TEST(PayrollRollParts, APartDerivesExactlyItsLinesWithItsBookkeeping)
{
    QList<Row> lines;
    for (int i = 0; i < 25; ++i)
        lines << line(i, QStringLiteral("530602101"));
    const auto parts = cutAll(lines);
    ASSERT_EQ(parts.size(), 1);
    const Row part = stored(parts.first());
    auto derived = PayrollRollParts::derivedLines(part);
    ASSERT_TRUE(derived.ok()) << derived.error().message.toStdString();
    ASSERT_EQ(derived->size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Row want = lines.at(i);
        for (const char *c : {"created_at", "updated_at", "created_by", "updated_by"})
            want.insert(QString::fromLatin1(c), part.value(QString::fromLatin1(c)));
        EXPECT_EQ(RecordWriter::canonicalRecord(QStringLiteral("payroll_lines"), derived->at(i)),
                  RecordWriter::canonicalRecord(QStringLiteral("payroll_lines"), want));
    }
}

TEST(PayrollRollParts, AnEmptyTextStaysEmptyAndQuotesCountAsTheyTravel)
{
    // A carried-only line of a household without a current applicant has an empty payee name: written, derived and
    // compared as the empty text it is (not null, not refused).
    Row empty = line(1, QStringLiteral("530602101"));
    empty.insert(QStringLiteral("payee_name"), QStringLiteral(""));
    const auto one = cutAll({empty});
    ASSERT_EQ(one.size(), 1);
    ASSERT_EQ(one.first().values.size(), PayrollRollParts::lineFields().size());
    const qsizetype payee = PayrollRollParts::lineFields().indexOf(QStringLiteral("payee_name"));
    EXPECT_EQ(one.first().values.at(payee).kind, PayrollRollParts::LineValue::Text);
    EXPECT_FALSE(one.first().values.at(payee).text.isNull());
    auto derived = PayrollRollParts::derivedLines(stored(one.first()));
    ASSERT_TRUE(derived.ok()) << derived.error().message.toStdString();
    EXPECT_EQ(derived->first().value(QStringLiteral("payee_name")).toString(), QString());
    EXPECT_FALSE(derived->first().value(QStringLiteral("payee_name")).toString().isNull());

    // Names full of quotes and backslashes: what a part's text takes once escaped inside a change line stays under
    // the limit, so the line stays under a bundle's 1 MiB.
    QList<Row> lines;
    for (int i = 0; i < 1000; ++i) {
        Row r = line(i, QStringLiteral("530602101"), QString(200, QLatin1Char('"')));
        r.insert(QStringLiteral("payee_name"), QString(200, QLatin1Char('\\')));
        lines << r;
    }
    const auto parts = cutAll(lines);
    ASSERT_GT(parts.size(), 1);
    for (const auto &p : parts) {
        const QByteArray text = p.record.value(QStringLiteral("lines")).toString().toUtf8();
        EXPECT_LE(text.size() + text.count('"') + text.count('\\'), PayrollRollParts::kMaxLinesBytes);
        EXPECT_TRUE(PayrollRollParts::derivedLines(stored(p)).ok());
    }
}

TEST(PayrollRollParts, APartWhoseTextDoesNotHoldIsRefusedSayingWhy)
{
    QList<Row> lines;
    for (int i = 0; i < 3; ++i)
        lines << line(i, QStringLiteral("530602101"));
    const Row good = stored(cutAll(lines).first());
    const QByteArray text = good.value(QStringLiteral("lines")).toString().toUtf8();
    const QJsonArray array = QJsonDocument::fromJson(text).array();
    auto withLines = [&](const QByteArray &t) {
        Row r = good;
        r.insert(QStringLiteral("lines"), QString::fromUtf8(t));
        return r;
    };
    auto withLine0 = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonArray a = array;
        QJsonObject o = a.at(0).toObject();
        change(o);
        a.replace(0, o);
        return withLines(QJsonDocument(a).toJson(QJsonDocument::Compact));
    };
    Row otherCount = good;
    otherCount.insert(QStringLiteral("line_count"), qint64(4));
    Row otherTotal = good;
    otherTotal.insert(QStringLiteral("total_fen"), good.value(QStringLiteral("total_fen")).toLongLong() + 1);
    const QList<std::pair<const char *, Row>> bad{
        {"not JSON", withLines("[{\"id\":")},
        {"an object, not an array", withLines("{\"id\":\"x\"}")},
        {"a line that is a number", withLines("[1,2,3]")},
        {"a count that differs", otherCount},
        {"a total that differs", otherTotal},
        {"a field missing", withLine0([](QJsonObject &o) { o.remove(QStringLiteral("amount")); })},
        {"a field too many", withLine0([](QJsonObject &o) { o.insert(QStringLiteral("note"), 1); })},
        {"text for an amount", withLine0([](QJsonObject &o) { o.insert(QStringLiteral("amount"), QStringLiteral("30000")); })},
        {"a fraction for an amount", withLine0([](QJsonObject &o) { o.insert(QStringLiteral("amount"), 30000.5); })},
        {"a null required text", withLine0([](QJsonObject &o) { o.insert(QStringLiteral("household_id"), QJsonValue::Null); })},
        {"an empty id", withLine0([](QJsonObject &o) { o.insert(QStringLiteral("id"), QString()); })},
        {"another township's line", withLine0([](QJsonObject &o) { o.insert(QStringLiteral("division_code"), QStringLiteral("530602102")); })},
        {"too long a text", withLines(QByteArray(PayrollRollParts::kMaxLinesBytes + 1, ' '))},
    };
    for (const auto &[what, part] : bad) {
        auto derived = PayrollRollParts::derivedLines(part);
        ASSERT_FALSE(derived.ok()) << what;
        EXPECT_EQ(derived.error().code, QStringLiteral("payroll_part_invalid")) << what;
        EXPECT_TRUE(derived.error().message.contains(good.value(QStringLiteral("id")).toString())) << what;
    }
    EXPECT_TRUE(PayrollRollParts::derivedLines(good).ok());
}

} // namespace
