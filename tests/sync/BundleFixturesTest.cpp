// Every hostile-input case is a file under tests/data/bundles/, written by make_fixtures.py (an independent Python
// implementation of docs/bundle-format.md); expected.json names the verdict each one must get.
#include "BundleTestKeys.h"

#include "support/TestSupport.h"
#include "sync/BundleInspector.h"
#include "sync/BundleReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace dibao;

namespace {

struct FixtureCase {
    QString file;
    QString expect;
    QJsonObject limits;
};

void PrintTo(const FixtureCase &c, std::ostream *os)
{
    *os << c.file.toStdString();
}

QString fixtureDir()
{
    return test::dataPath(QStringLiteral("bundles"));
}

std::vector<FixtureCase> loadCases()
{
    QFile file(fixtureDir() + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    std::vector<FixtureCase> out;
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        out.push_back(FixtureCase{it.key(), o.value(QStringLiteral("expect")).toString(),
                                  o.value(QStringLiteral("limits")).toObject()});
    }
    return out;
}

BundleLimits limitsFor(const QJsonObject &overrides)
{
    BundleLimits limits;
    if (overrides.contains(QStringLiteral("maxManifestBytes")))
        limits.maxManifestBytes = overrides.value(QStringLiteral("maxManifestBytes")).toInteger();
    if (overrides.contains(QStringLiteral("maxLineBytes")))
        limits.maxLineBytes = overrides.value(QStringLiteral("maxLineBytes")).toInteger();
    return limits;
}

class BundleFixture : public ::testing::TestWithParam<FixtureCase> {};

} // namespace

TEST(BundleFixtures, EveryFixtureHasAnExpectation)
{
    const std::vector<FixtureCase> cases = loadCases();
    ASSERT_GE(cases.size(), 50u);
    QStringList listed;
    for (const FixtureCase &c : cases)
        listed << c.file;
    const QStringList files = QDir(fixtureDir()).entryList({QStringLiteral("*.zip")}, QDir::Files);
    for (const QString &f : files)
        EXPECT_TRUE(listed.contains(f)) << "fixture without expectation: " << f.toStdString();
    for (const QString &f : listed)
        EXPECT_TRUE(files.contains(f)) << "expectation without fixture: " << f.toStdString();
}

TEST_P(BundleFixture, ReaderVerdict)
{
    const FixtureCase &c = GetParam();
    const BundleLimits limits = limitsFor(c.limits);
    auto bytes = BundleReader::readFile(fixtureDir() + QLatin1Char('/') + c.file, limits);
    ASSERT_TRUE(bytes.ok()) << bytes.error().code.toStdString();
    const auto trusted = test::trustOnly({test::fixtureSender().publicKey});
    auto opened = BundleReader::open(*bytes, trusted, test::fixtureRecipient(), limits);
    const QString got = opened.ok() ? QStringLiteral("ok") : opened.error().code;
    EXPECT_EQ(got.toStdString(), c.expect.toStdString());
    if (!opened.ok()) {
        EXPECT_EQ(opened.error().kind, ErrorKind::Invalid);
    }

    // bundle-inspect agrees with the reader on everything it checks (it stops before decryption).
    const BundleInspection inspection = BundleInspector::inspect(*bytes, trusted, limits);
    const bool contentOnly = c.expect.startsWith(QStringLiteral("ndjson_")) || c.expect == QStringLiteral("decrypt_failed")
        || c.expect == QStringLiteral("recipient_mismatch") || c.expect == QStringLiteral("changes_count_mismatch")
        || c.expect == QStringLiteral("attachment_hash_mismatch") || c.file.startsWith(QStringLiteral("change-"));
    if (c.expect == QStringLiteral("ok") || contentOnly) {
        EXPECT_EQ(inspection.verdict, QStringLiteral("ok")) << inspection.error.code.toStdString();
    } else if (c.expect == QStringLiteral("upgrade_required")) {
        EXPECT_EQ(inspection.verdict, QStringLiteral("upgrade_required"));
    } else if (c.expect == QStringLiteral("signature_unknown_key")) {
        EXPECT_EQ(inspection.verdict, QStringLiteral("unverified"));
    } else {
        EXPECT_EQ(inspection.verdict, QStringLiteral("rejected"));
        EXPECT_EQ(inspection.error.code.toStdString(), c.expect.toStdString());
    }
    EXPECT_EQ(inspection.report.value(QStringLiteral("verdict")).toString(), inspection.verdict);
}

INSTANTIATE_TEST_SUITE_P(files, BundleFixture, ::testing::ValuesIn(loadCases()),
                         [](const ::testing::TestParamInfo<FixtureCase> &info) {
                             QString name = info.param.file;
                             name.chop(4);
                             return name.replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
                         });

TEST(BundleFixtures, ValidFixtureContent)
{
    auto bytes = BundleReader::readFile(fixtureDir() + QStringLiteral("/valid.zip"));
    ASSERT_TRUE(bytes.ok());
    auto opened = BundleReader::open(*bytes, test::trustOnly({test::fixtureSender().publicKey}),
                                     test::fixtureRecipient());
    ASSERT_TRUE(opened.ok()) << opened.error().code.toStdString();
    ASSERT_EQ(opened->changes.size(), 2);
    EXPECT_EQ(opened->changes[0].value(QStringLiteral("fields")).toObject().value(QStringLiteral("head_name")).toString(),
              QStringLiteral("张三丰"));
    EXPECT_EQ(opened->changes[1].value(QStringLiteral("change_seq")).toInteger(), 42);
    ASSERT_EQ(opened->attachments.size(), 1);
    EXPECT_TRUE(QString::fromUtf8(opened->attachments.begin().value()).startsWith(QStringLiteral("身份证扫描件")));
    EXPECT_EQ(opened->verified.manifest.bundleSeq, 7);
    EXPECT_EQ(opened->verified.manifest.origin, QStringLiteral("dev-township-01"));
    EXPECT_EQ(opened->verified.signerKeyId, Crypto::keyId(test::fixtureSender().publicKey));
    EXPECT_EQ(opened->verified.bundleId, Crypto::sha256Hex(opened->verified.manifestBytes));
}
