// Visit attachments: content-addressed beside the database, deduplicated, audited, checked when read.
#include "common/ChinaDate.h"
#include "store/AttachmentStore.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace dibao;
using namespace dibao::test;

namespace {

qint64 count(Session &s, const QString &sql)
{
    auto st = s.db().prepare(sql);
    EXPECT_TRUE(st->step().ok());
    return st->int64(0);
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

// A tiny valid PNG (1×1, red).
QByteArray png()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
}

class AttachmentTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        HouseholdFile f = sampleHousehold(QDate(2026, 11, 1), 0);
        HouseholdStore households(db.session());
        ASSERT_TRUE(households.create(f).ok());
        ApplicationInput in;
        in.householdId = f.household.id;
        in.applicantMemberId = f.members.first().id;
        CaseStore cases(db.session());
        caseId = cases.createApplication(in).value();
        visitId = addVisit();
    }
    QString addVisit()
    {
        CaseStore cases(db.session());
        HouseholdVisit v;
        v.caseId = caseId;
        v.visitDate = chinaToday();
        v.investigators << Investigator{QStringLiteral("张三"), {}, {}} << Investigator{QStringLiteral("李四"), {}, {}};
        EXPECT_TRUE(cases.addVisit(v).ok());
        return v.id;
    }
    qint64 filesStored()
    {
        return QDir(AttachmentStore(db.session()).directory()).entryList(QDir::Files).size();
    }

    TempDatabase db;
    QString caseId;
    QString visitId;
};

TEST_F(AttachmentTest, AVisitWithTwoAttachmentsStoredByTheirHashAndAudited)
{
    AttachmentStore store(db.session());
    const QString photo = writeFile(db.dir() + QStringLiteral("/签字表.png"), png());
    const QString scan = writeFile(db.dir() + QStringLiteral("/scan.pdf"), QByteArray("%PDF-1.4\n% a scan\n%%EOF\n"));
    auto a = store.attach(QStringLiteral("visits"), visitId, photo);
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
    auto b = store.attach(QStringLiteral("visits"), visitId, scan);
    ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
    EXPECT_EQ(a->originalName, QStringLiteral("签字表.png"));
    EXPECT_EQ(a->mediaType, QStringLiteral("image/png"));
    EXPECT_EQ(b->mediaType, QStringLiteral("application/pdf"));
    EXPECT_EQ(a->caseId, caseId);
    EXPECT_EQ(a->size, png().size());
    EXPECT_EQ(a->sha256, AttachmentStore::sha256Hex(png()));
    EXPECT_EQ(a->sha256.size(), 64);
    // Beside the database, named by the hash, byte for byte.
    EXPECT_EQ(store.directory(), db.path() + QStringLiteral(".att"));
    QFile stored(store.contentPath(a->sha256));
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
    EXPECT_EQ(stored.readAll(), png());
    const auto listed = store.list(QStringLiteral("visits"), visitId).value();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed[0].id, a->id);
    EXPECT_EQ(listed[1].id, b->id);
    EXPECT_EQ(store.forCase(caseId)->size(), 2);
    EXPECT_EQ(store.read(listed[1]).value(), QByteArray("%PDF-1.4\n% a scan\n%%EOF\n"));
    // Written through RecordWriter: audited and in the outbox.
    EXPECT_EQ(count(db.session(), QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'attachments'")), 2);
    EXPECT_EQ(count(db.session(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'attachments'")), 2);
}

TEST_F(AttachmentTest, TheSameFileTwiceIsStoredOnce)
{
    AttachmentStore store(db.session());
    const QString photo = writeFile(db.dir() + QStringLiteral("/a.png"), png());
    const QString copy = writeFile(db.dir() + QStringLiteral("/copy of a.png"), png());
    const Attachment first = store.attach(QStringLiteral("visits"), visitId, photo).value();
    // The same content again on the same visit (under another name): the same attachment, nothing new.
    const Attachment again = store.attach(QStringLiteral("visits"), visitId, copy).value();
    EXPECT_EQ(again.id, first.id);
    EXPECT_EQ(store.list(QStringLiteral("visits"), visitId)->size(), 1);
    // On another visit it is a second attachment of the same stored file.
    const QString other = addVisit();
    const Attachment second = store.attach(QStringLiteral("visits"), other, photo).value();
    EXPECT_NE(second.id, first.id);
    EXPECT_EQ(second.sha256, first.sha256);
    EXPECT_EQ(filesStored(), 1);
    EXPECT_EQ(count(db.session(), QStringLiteral("SELECT count(*) FROM attachments")), 2);
}

TEST_F(AttachmentTest, ATamperedFileIsDetectedWhenOpened)
{
    AttachmentStore store(db.session());
    const Attachment a =
        store.attach(QStringLiteral("visits"), visitId, writeFile(db.dir() + QStringLiteral("/a.png"), png())).value();
    ASSERT_TRUE(store.read(a).ok());
    QByteArray changed = png();
    changed[changed.size() - 5] = char(changed[changed.size() - 5] ^ 0x01); // same size, one bit different
    writeFile(store.contentPath(a.sha256), changed);
    auto read = store.read(a);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, QStringLiteral("attachment_tampered"));
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("a.png"))) << read.error().message.toStdString();
    // Attaching the true content again repairs the stored file.
    ASSERT_TRUE(store.attach(QStringLiteral("visits"), visitId, db.dir() + QStringLiteral("/a.png")).ok());
    EXPECT_TRUE(store.read(a).ok());
    // A missing file is reported as missing.
    ASSERT_TRUE(QFile::remove(store.contentPath(a.sha256)));
    EXPECT_EQ(store.read(a).error().code, QStringLiteral("attachment_missing"));
}

TEST_F(AttachmentTest, RefusesOverLargeUnreadableAndEmptyFilesWritingNothing)
{
    AttachmentStore store(db.session());
    const QString big = db.dir() + QStringLiteral("/big.jpg");
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(AttachmentStore::MaxBytes + 1));
    }
    auto tooLarge = store.attach(QStringLiteral("visits"), visitId, big);
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_EQ(tooLarge.error().code, QStringLiteral("attachment_too_large"));
    EXPECT_TRUE(tooLarge.error().message.contains(QStringLiteral("big.jpg")));
    EXPECT_TRUE(tooLarge.error().message.contains(QStringLiteral("20.0 MB")));
    auto missing = store.attach(QStringLiteral("visits"), visitId, db.dir() + QStringLiteral("/nowhere.png"));
    EXPECT_EQ(missing.error().code, QStringLiteral("attachment_unreadable"));
    const QString locked = writeFile(db.dir() + QStringLiteral("/locked.png"), png());
    QFile::setPermissions(locked, QFileDevice::WriteOwner);
    if (!QFileInfo(locked).isReadable()) { // root reads anything
        auto unreadable = store.attach(QStringLiteral("visits"), visitId, locked);
        EXPECT_EQ(unreadable.error().code, QStringLiteral("attachment_unreadable"));
    }
    const QString empty = writeFile(db.dir() + QStringLiteral("/empty.png"), QByteArray());
    EXPECT_EQ(store.attach(QStringLiteral("visits"), visitId, empty).error().code, QStringLiteral("attachment_empty"));
    EXPECT_EQ(store.attach(QStringLiteral("visits"), QStringLiteral("no-such-visit"),
                           writeFile(db.dir() + QStringLiteral("/b.png"), png()))
                  .error()
                  .code,
              QStringLiteral("attachment_owner_unknown"));
    EXPECT_EQ(store.attach(QStringLiteral("households"), visitId, db.dir() + QStringLiteral("/b.png")).error().code,
              QStringLiteral("attachment_owner_kind"));
    EXPECT_EQ(count(db.session(), QStringLiteral("SELECT count(*) FROM attachments")), 0);
    EXPECT_EQ(count(db.session(), QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'attachments'")), 0);
    EXPECT_EQ(filesStored(), 0);
}

} // namespace
