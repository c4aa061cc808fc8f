// Visit attachments in the client: by file dialog (addFiles) and drag and drop, thumbnails, refusals, tampering.
#include "AttachmentPanel.h"
#include "CaseView.h"
#include "UiFixture.h"
#include "UiTestEnvironment.h"
#include "VisitDialog.h"
#include "common/ChinaDate.h"
#include "store/AttachmentStore.h"
#include "store/CaseStore.h"
#include "support/TestSupport.h"
#include "workflow/Workflow.h"

#include <QBuffer>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>

using namespace dibao;
using namespace dibao::uitest;

namespace {

class AttachmentUiTest : public UiTest {};

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

QByteArray jpeg(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return out;
}

// Drags files onto a widget and drops them, as the window system delivers it.
void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    data.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

} // namespace

TEST_F(AttachmentUiTest, AVisitWithTwoAttachmentsByFileDialogAndDrop)
{
    test::TempDatabase db;
    const QString caseId = addApplication(db.session(), 2, chinaToday());
    Workflow flow(db.session());
    ASSERT_TRUE(flow.apply(caseId, QStringLiteral("accept")).ok());
    ASSERT_TRUE(flow.apply(caseId, QStringLiteral("start_investigation")).ok());
    CaseView view(db.session(), caseId);

    const QString photo = writeFile(db.dir() + QStringLiteral("/签字表.jpg"), jpeg(1600, 1200));
    const QString scan = writeFile(db.dir() + QStringLiteral("/证明.pdf"), QByteArray("%PDF-1.4\n% scan\n%%EOF\n"));
    const QString big = db.dir() + QStringLiteral("/huge.tif");
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(AttachmentStore::MaxBytes + 1));
    }

    VisitDialog *visit = view.startVisit();
    typeText(visit->investigatorField(1), QStringLiteral("李村官"));
    visit->findChild<QListWidget *>(QStringLiteral("visitMembersSeen"))->item(0)->setCheckState(Qt::Checked);
    AttachmentPanel *pending = visit->attachments();
    EXPECT_EQ(pending->addFiles({photo}), 1); // what the file dialog returns
    dropFiles(pending, {scan, big});          // dragged from the file manager
    EXPECT_EQ(pending->pendingFiles().size(), 2);
    EXPECT_TRUE(pending->message().contains(QStringLiteral("huge.tif"))) << pending->message().toStdString();
    EXPECT_TRUE(pending->message().contains(QStringLiteral("20.0 MB"))) << pending->message().toStdString();
    EXPECT_EQ(pending->list()->count(), 2);
    visit->accept();
    ASSERT_FALSE(visit->recordedId().isEmpty()) << visit->messageLabel()->text().toStdString();

    AttachmentStore store(db.session());
    const auto stored = store.list(QStringLiteral("visits"), visit->recordedId()).value();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored[0].originalName, QStringLiteral("签字表.jpg"));
    EXPECT_EQ(stored[1].originalName, QStringLiteral("证明.pdf"));

    // The case view lists them under the visit, the photo as a scaled-down thumbnail, the PDF as an icon.
    AttachmentPanel *panel = view.visitAttachments();
    ASSERT_EQ(panel->ownerId(), visit->recordedId());
    ASSERT_EQ(panel->list()->count(), 2);
    const QIcon thumb = panel->list()->item(0)->icon();
    ASSERT_FALSE(thumb.isNull());
    const QSize thumbSize = thumb.availableSizes().value(0);
    EXPECT_EQ(thumbSize, QSize(96, 72)); // 1600×1200 kept in proportion
    EXPECT_FALSE(panel->list()->item(1)->icon().isNull());

    // Dropping the same photo again on the recorded visit stores nothing new.
    dropFiles(panel, {photo});
    EXPECT_EQ(panel->list()->count(), 2);
    EXPECT_EQ(QDir(store.directory()).entryList(QDir::Files).size(), 2);
}

TEST_F(AttachmentUiTest, ATamperedAttachmentIsReportedWhenOpened)
{
    test::TempDatabase db;
    const QString caseId = addApplication(db.session(), 3, chinaToday());
    HouseholdVisit v;
    v.caseId = caseId;
    v.visitDate = chinaToday();
    v.investigators << Investigator{QStringLiteral("张三"), {}, {}} << Investigator{QStringLiteral("李四"), {}, {}};
    ASSERT_TRUE(CaseStore(db.session()).addVisit(v).ok());
    AttachmentStore store(db.session());
    const Attachment a =
        store.attach(QStringLiteral("visits"), v.id, writeFile(db.dir() + QStringLiteral("/a.jpg"), jpeg(40, 30)))
            .value();
    QFile stored(store.contentPath(a.sha256));
    ASSERT_TRUE(stored.open(QIODevice::ReadWrite));
    stored.seek(stored.size() / 2);
    stored.write("tampered");
    stored.close();

    CaseView view(db.session(), caseId);
    view.show();
    ASSERT_TRUE(activate(&view));
    view.sections()->setCurrentIndex(CaseView::VisitsSection);
    AttachmentPanel *panel = view.visitAttachments();
    ASSERT_EQ(panel->list()->count(), 1);
    panel->list()->setFocus();
    panel->list()->setCurrentRow(0);
    QTest::keyClick(panel->list(), Qt::Key_Return); // open it
    EXPECT_TRUE(panel->messageLabel()->isVisible());
    EXPECT_TRUE(panel->message().contains(QStringLiteral("SHA-256"))) << panel->message().toStdString();
    EXPECT_TRUE(panel->message().contains(QStringLiteral("a.jpg"))) << panel->message().toStdString();
}
