#include "sync/SafeZipReader.h"
#include "sync/ZipWriter.h"

#include <gtest/gtest.h>

using namespace dibao;

namespace {

QByteArray sample()
{
    ZipWriter w;
    w.addFile(QStringLiteral("manifest.json"), "{}");
    w.addFile(QStringLiteral("att/a.enc"), QByteArray(1000, 'a'));
    w.addFile(QStringLiteral("empty.enc"), QByteArray());
    return w.finish();
}

bool any(const QString &)
{
    return true;
}

QString openCode(const QByteArray &zip, const ZipLimits &limits = {})
{
    auto r = SafeZipReader::open(zip, &any, limits);
    return r.ok() ? QStringLiteral("ok") : r.error().code;
}

} // namespace

TEST(ZipWriter, Deterministic)
{
    EXPECT_EQ(sample(), sample());
    ZipWriter other;
    other.addFile(QStringLiteral("manifest.json"), "{ }");
    EXPECT_NE(other.finish(), sample());
}

TEST(SafeZipReader, ReadsWriterOutput)
{
    auto zip = SafeZipReader::open(sample(), &any);
    ASSERT_TRUE(zip.ok()) << zip.error().code.toStdString();
    ASSERT_EQ(zip->entries().size(), 3);
    EXPECT_EQ(zip->entries()[1].name, QStringLiteral("att/a.enc"));
    EXPECT_EQ(*zip->read(QStringLiteral("att/a.enc"), 1000), QByteArray(1000, 'a'));
    EXPECT_EQ(*zip->read(QStringLiteral("empty.enc"), 0), QByteArray());
    EXPECT_EQ(zip->read(QStringLiteral("att/a.enc"), 999).error().code, QStringLiteral("zip_size_mismatch"));
    EXPECT_EQ(zip->read(QStringLiteral("nope"), 1).error().code, QStringLiteral("zip_entry_not_found"));
}

TEST(SafeZipReader, AllowListAndLimits)
{
    auto refused = SafeZipReader::open(sample(), [](const QString &n) { return n != QStringLiteral("empty.enc"); });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("zip_name_not_allowed"));
    EXPECT_EQ(SafeZipReader::open(sample(), {}).error().code, QStringLiteral("zip_name_not_allowed"));

    ZipLimits limits;
    limits.maxArchiveBytes = 100;
    EXPECT_EQ(openCode(sample(), limits), QStringLiteral("zip_too_large"));
    limits = {};
    limits.maxEntries = 2;
    EXPECT_EQ(openCode(sample(), limits), QStringLiteral("zip_too_many_entries"));
    limits = {};
    limits.maxEntryBytes = 999;
    EXPECT_EQ(openCode(sample(), limits), QStringLiteral("zip_entry_too_large"));
    limits = {};
    limits.maxTotalBytes = 1001;
    EXPECT_EQ(openCode(sample(), limits), QStringLiteral("zip_total_too_large"));
    limits = {};
    limits.maxNameLength = 8;
    EXPECT_EQ(openCode(sample(), limits), QStringLiteral("zip_name_too_long"));
}

TEST(SafeZipReader, NeverCrashesOnTruncationsOrFlips)
{
    const QByteArray zip = sample();
    for (qsizetype n = 0; n < zip.size(); ++n)
        EXPECT_NE(openCode(zip.left(n)), QStringLiteral("ok")) << n;
    for (qsizetype i = 0; i < zip.size(); ++i) {
        for (const char mask : {'\x01', '\x80', '\xff'}) {
            QByteArray copy = zip;
            copy[i] = char(copy[i] ^ mask);
            auto r = SafeZipReader::open(copy, &any);
            if (r.ok()) {
                for (const ZipEntryInfo &e : r->entries())
                    (void)r->read(e.name, e.uncompressedSize);
            }
        }
    }
}
