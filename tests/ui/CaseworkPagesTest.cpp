// The casework pages (民主评议, 公示, 审核确认, 发放) on a real database, offscreen; their models under the tester.
// Includes the notice masking test: the posted notice's PDF, read back by pdftotext and NFKC-normalized, carries the
// applicants' names and no ID number, account or phone of any household.
#include "CaseworkUiTest.h"
#include "ConfirmationPage.h"
#include "MainWindow.h"
#include "MeetingPage.h"
#include "ModelCheck.h"
#include "NoticeCandidateModel.h"
#include "NoticePage.h"
#include "PayrollPage.h"
#include "PrintDocuments.h"
#include "TextTableModel.h"
#include "UiTestEnvironment.h"
#include "casework/CaseworkFixture.h"
#include "policy/PolicyJson.h"
#include "store/PolicyStore.h"
#include "db/Database.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QTimer>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace dibao;
using namespace dibao::test;
using namespace dibao::uitest;

namespace {

class CaseworkPagesTest : public CaseworkUiTest {
protected:

    // Gives the household of a case a phone, an account and an exact address: none may reach a notice.
    void giveSecrets(const QString &id, int n)
    {
        HouseholdStore households(s());
        Household h = households.household(householdOf(id)).value();
        h.phone = QStringLiteral("1381234%1").arg(5670 + n);
        h.bankAccount = QStringLiteral("621700001234567%1").arg(8900 + n);
        h.actualAddress = QStringLiteral("旧圃镇新村三组%1号").arg(18 + n);
        ASSERT_TRUE(households.updateHousehold(h).ok());
    }

    QStringList secrets()
    {
        QStringList out;
        auto st = s().db().prepare("SELECT id_number FROM members UNION SELECT bank_account FROM households "
                                   "WHERE bank_account IS NOT NULL AND bank_account <> '' UNION SELECT phone FROM "
                                   "households WHERE phone IS NOT NULL AND phone <> ''");
        EXPECT_TRUE(st.ok());
        EXPECT_TRUE(st->forEachRow([&] { out << st->text(0); }).ok());
        return out;
    }

    // pdftotext (poppler) of a PDF, NFKC-normalized so full-width or compatibility digits cannot hide a number.
    QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                              QStringLiteral("-")});
        EXPECT_TRUE(p.waitForFinished(60000));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    }

    void importRow(const QString &kind, const QString &key, const QJsonValue &value)
    {
        const Actor previous = s().actor();
        db->actAsRole(Role::CountyAdmin);
        PolicyRow row;
        row.kind = kind;
        row.key = key;
        row.effectiveFrom = QDate(2026, 1, 1);
        row.issuer = QStringLiteral("昭阳区民政局");
        row.documentNumber = QStringLiteral("昭区民发〔2026〕1号");
        row.value = value;
        const QByteArray json = policyToJson({row});
        auto done = PolicyStore(s()).importJson(json);
        s().actAs(previous);
        ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    }

    // Posts a notice of every ready case through the page and writes its PDF; returns the PDF's text.
    QString postAndExtract(NoticePage &page, const QString &pdfPath, int expectedLines)
    {
        page.postedOnEdit()->setDate(QDate(2026, 9, 3));
        page.loadCandidates();
        EXPECT_EQ(page.candidateModel()->rowCount(), expectedLines);
        typeText(page.placeEdit(), QStringLiteral("新村村务公开栏"));
        auto posted = page.postNotice();
        EXPECT_TRUE(posted.ok()) << (posted.ok() ? "" : posted.error().message.toStdString());
        if (!posted.ok())
            return {};
        EXPECT_EQ(posted->lines.size(), expectedLines);
        EXPECT_EQ(page.currentNotice().id, posted->id);
        EXPECT_EQ(page.lineModel()->rowCount(), expectedLines);
        QString error;
        EXPECT_TRUE(page.writePdf(pdfPath, &error)) << error.toStdString();
        return pdfText(pdfPath);
    }

    QTemporaryDir m_out;
};

TEST_F(CaseworkPagesTest, NoticePdfCarriesNamesAndNoIdAccountOrPhone)
{
    QStringList ids{caseId, newCase(1), newCase(2)};
    for (int i = 0; i < ids.size(); ++i) {
        giveSecrets(ids.at(i), i);
        walkTo(CaseState::TownshipReview, ids.at(i));
    }
    NoticePage page(s());
    ModelChecks checks(std::vector<QAbstractItemModel *>{page.candidateModel(), page.noticeModel(), page.lineModel()});
    const QString pdf = m_out.filePath(QStringLiteral("notice.pdf"));
    const QString text = postAndExtract(page, pdf, 3);
    ASSERT_FALSE(text.isEmpty());
    // The names are there: the extraction works, so the absence below means something.
    CaseStore cases(s());
    for (const QString &id : ids) {
        const QString name = cases.get(id)->applicantName;
        EXPECT_TRUE(text.contains(name)) << "applicant " << name.toStdString() << " missing from the PDF";
    }
    // The amounts and the notice period read back too (digits survive the extraction).
    for (const NoticeLine &l : page.currentNotice().lines)
        EXPECT_TRUE(text.contains(formatYuan(l.amount))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2026-09-03")) && text.contains(QStringLiteral("2026-09-10")))
        << text.toStdString();
    // A number wrapped across lines must not slip through: look at the text without any white space as well.
    const QString compact = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
    const QStringList held = secrets();
    ASSERT_GE(held.size(), 9); // every member's ID number, three accounts, three phones
    for (const QString &secret : held) {
        EXPECT_FALSE(text.contains(secret)) << "the notice PDF shows " << secret.toStdString();
        EXPECT_FALSE(compact.contains(secret)) << "the notice PDF shows " << secret.toStdString();
    }
    static const QRegularExpression idLike(QStringLiteral("\\d{17}[\\dXx]|\\d{15}"));
    static const QRegularExpression phoneLike(QStringLiteral("(?<!\\d)1[3-9]\\d{9}(?!\\d)"));
    static const QRegularExpression accountLike(QStringLiteral("\\d{12,}"));
    EXPECT_FALSE(idLike.match(compact).hasMatch()) << text.toStdString();
    EXPECT_FALSE(phoneLike.match(compact).hasMatch()) << text.toStdString();
    EXPECT_FALSE(accountLike.match(compact).hasMatch()) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("三组18号")));
    // A4 for posting.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_TRUE(info.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(A4)")));
}

TEST_F(CaseworkPagesTest, AMaskedIdOnTheNoticeOnlyWhenThePolicySaysSoAndNeverInFull)
{
    importRow(QStringLiteral("notice_content"), QStringLiteral("show_masked_id"), true);
    giveSecrets(caseId, 0);
    walkTo(CaseState::TownshipReview);
    NoticePage page(s());
    const QString text = postAndExtract(page, m_out.filePath(QStringLiteral("masked.pdf")), 1);
    ASSERT_FALSE(text.isEmpty());
    const QString masked = page.currentNotice().lines.value(0).maskedId;
    ASSERT_EQ(masked.size(), 18);
    const QString compact = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(compact.contains(masked)) << text.toStdString();
    for (const QString &secret : secrets())
        EXPECT_FALSE(compact.contains(secret)) << "the notice PDF shows " << secret.toStdString();
}

TEST_F(CaseworkPagesTest, ObjectionRecordedFromThePostedNotice)
{
    walkTo(CaseState::TownshipReview);
    NoticePage page(s());
    page.postedOnEdit()->setDate(QDate(2026, 9, 3));
    page.loadCandidates();
    page.placeEdit()->setText(QStringLiteral("新村村务公开栏"));
    ASSERT_TRUE(page.postNotice().ok());
    EXPECT_EQ(state(), CaseState::Notice);
    ObjectionInput in;
    in.caseId = caseId;
    in.receivedOn = QDate(2026, 9, 5);
    in.content = QStringLiteral("反映该户有人长期在外务工");
    EXPECT_FALSE(page.recordObjection(ObjectionInput{caseId, QDate(2026, 9, 5), QStringLiteral("letter")}).ok());
    auto id = page.recordObjection(in);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_NE(state(), CaseState::Notice); // the objection took the case out of the notice
}

TEST_F(CaseworkPagesTest, MeetingRecordedThroughTheFormThenCorrectedAsANewRecord)
{
    walkTo(CaseState::Appraisal);
    MeetingPage page(s());
    ModelCheck check(page.meetingModel());
    ASSERT_EQ(page.agendaTable()->rowCount(), 1);
    EXPECT_TRUE(page.agendaHtml().contains(QStringLiteral("Noto Sans CJK SC")));
    EXPECT_TRUE(page.signatureSheetHtml().contains(QStringLiteral("Village representative")));
    page.dateEdit()->setDate(QDate(2026, 9, 3));
    typeText(page.placeEdit(), QStringLiteral("新村村委会会议室"));
    typeText(page.chairEdit(), QStringLiteral("陈主任"));
    typeText(page.recorderEdit(), QStringLiteral("周文书"));
    typeText(page.minutesEdit(), QStringLiteral("逐户介绍调查情况。"));
    for (int i = 0; i < 4; ++i)
        page.addParticipant(QStringLiteral("代表%1").arg(i + 1), MeetingCategory::VillageRepresentative, true);
    page.addParticipant(QStringLiteral("老党员甲"), MeetingCategory::PartyVeteran, true);
    page.addParticipant(QStringLiteral("村委乙"), MeetingCategory::VillageCommittee, true);

    // No township staff: refused by the core, nothing written, the case still waits.
    Status refused = page.recordMeeting();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("appraisal_staff_missing"));
    EXPECT_EQ(countRows(QStringLiteral("appraisal_meetings")), 0);

    typeText(page.staffEdit(), QStringLiteral("张三"));
    QTest::keyClick(page.staffEdit(), Qt::Key_Tab);
    page.setConclusion(caseId, AppraisalView::TrueComplete, QStringLiteral("张三"));
    page.addOpinion(caseId, AppraisalOpinion{QStringLiteral("代表1"), MeetingCategory::VillageRepresentative,
                                             AppraisalView::TrueComplete, QStringLiteral("入户情况属实")});
    const AppraisalMeeting form = page.meetingFromForm();
    ASSERT_EQ(form.items.size(), 1);
    EXPECT_EQ(form.items.first().opinions.size(), 1);
    EXPECT_EQ(form.items.first().opinions.first().category, MeetingCategory::VillageRepresentative);
    const Status st = page.recordMeeting();
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    EXPECT_EQ(state(), CaseState::TownshipReview);
    ASSERT_EQ(page.meetingModel()->rowCount(), 1);
    EXPECT_TRUE(page.recordView()->toPlainText().contains(QStringLiteral("逐户介绍调查情况")));
    EXPECT_TRUE(page.minutesHtml().contains(QStringLiteral("入户情况属实")));
    EXPECT_TRUE(page.recordView()->isReadOnly());
    EXPECT_EQ(page.agendaTable()->rowCount(), 0); // the case moved on

    // A correction is a new record naming the one it corrects; the first stays as it was.
    const QString first = page.meetingModel()->rows().first().key;
    ASSERT_TRUE(page.startCorrection(first));
    page.minutesEdit()->setPlainText(QStringLiteral("逐户介绍调查情况，补记老党员发言。"));
    typeText(page.correctionReasonEdit(), QStringLiteral("补记发言"));
    const Status corrected = page.recordMeeting();
    ASSERT_TRUE(corrected.ok()) << corrected.error().message.toStdString();
    EXPECT_EQ(countRows(QStringLiteral("appraisal_meetings")), 2);
    ASSERT_EQ(page.meetingModel()->rowCount(), 2);
    AppraisalMeetingStore store(s());
    EXPECT_EQ(store.meeting(first)->minutes, QStringLiteral("逐户介绍调查情况。"));
    EXPECT_FALSE(store.meeting(first)->correctedByMeetingId.isEmpty());
}

TEST_F(CaseworkPagesTest, ConfirmationQueueConfirmsWithTheComputedMonthAndRefusesWithRights)
{
    const QString second = newCase(1);
    const QString near = newCase(2, true);
    walkTo(CaseState::Confirmation);
    walkTo(CaseState::Confirmation, second);
    walkTo(CaseState::Confirmation, near);
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    ConfirmationPage page(s());
    ModelCheck check(page.queueModel());
    ASSERT_EQ(page.queueModel()->rowCount(), 3);

    // The near-relative case cannot be confirmed before the authority's own visit: the button says so, the core
    // refuses.
    page.selectCase(near);
    EXPECT_TRUE(page.detail().visit.blocks());
    EXPECT_FALSE(page.confirmButton()->isEnabled());
    EXPECT_TRUE(page.fileView()->toPlainText().contains(QStringLiteral("NOT recorded")));
    page.amountEdit()->setText(QStringLiteral("300.00"));
    EXPECT_EQ(page.confirmCurrent().error().code, QStringLiteral("authority_visit_required"));

    // The effective month is computed from the decision date and shown; there is no field to choose it.
    page.selectCase(caseId);
    page.decisionDateEdit()->setDate(QDate(2026, 9, 21));
    EXPECT_TRUE(page.effectiveMonthLabel()->text().startsWith(QStringLiteral("2026-10")));
    EXPECT_TRUE(page.confirmButton()->isEnabled());
    page.amountEdit()->clear();
    typeText(page.amountEdit(), QStringLiteral("420.00"));
    page.tierBox()->setCurrentIndex(page.tierBox()->findData(QStringLiteral("B")));
    typeText(page.certificateEdit(), QStringLiteral("ZY2026-0001"));
    const Status confirmed = page.confirmCurrent();
    ASSERT_TRUE(confirmed.ok()) << confirmed.error().message.toStdString();
    CaseStore cases(s());
    const CaseRecord c = cases.get(caseId).value();
    EXPECT_EQ(c.state, CaseState::Confirmed);
    EXPECT_EQ(c.amount, 42000);
    EXPECT_EQ(c.tier, QStringLiteral("B"));
    EXPECT_EQ(c.effectiveMonth, QDate(2026, 10, 1));
    EXPECT_EQ(c.certificateNumber, QStringLiteral("ZY2026-0001"));
    EXPECT_TRUE(page.decisionNoticeHtml().contains(QStringLiteral("ZY2026-0001")));
    EXPECT_TRUE(page.decisionNoticeHtml().contains(QStringLiteral("2026-10")));
    EXPECT_EQ(page.queueModel()->rowCount(), 2);

    // Refusing needs written reasons; the notice states them and the household's rights.
    page.selectCase(second);
    page.decisionDateEdit()->setDate(QDate(2026, 9, 21));
    EXPECT_FALSE(page.refuseCurrent().ok());
    EXPECT_EQ(cases.get(second)->state, CaseState::Confirmation);
    typeText(page.reasonsEdit(), QStringLiteral("家庭人均收入高于保障标准"));
    const Status refusedSt = page.refuseCurrent();
    ASSERT_TRUE(refusedSt.ok()) << refusedSt.error().message.toStdString();
    EXPECT_EQ(cases.get(second)->state, CaseState::Refused);
    const QString notice = page.decisionNoticeHtml();
    EXPECT_TRUE(notice.contains(QStringLiteral("家庭人均收入高于保障标准")));
    EXPECT_TRUE(notice.contains(QStringLiteral("administrative review")));
    EXPECT_TRUE(notice.contains(QStringLiteral("lawsuit")));
    QString error;
    EXPECT_TRUE(PrintDocuments::toPdf(notice, m_out.filePath(QStringLiteral("refusal.pdf")), &error))
        << error.toStdString();
}

TEST_F(CaseworkPagesTest, PayrollPreviewIssueAndExport)
{
    confirmCase(caseId, 40000, QDate(2026, 9, 21)); // paid from 2026-10
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    PayrollPage page(s());
    ModelChecks checks(std::vector<QAbstractItemModel *>{page.lineModel(), page.totalModel(), page.changeModel()});
    page.monthEdit()->setDate(QDate(2026, 10, 1));
    ASSERT_TRUE(page.load().ok());
    EXPECT_FALSE(page.roll().issued);
    ASSERT_EQ(page.lineModel()->rowCount(), 1);
    EXPECT_EQ(page.roll().total.amount, 40000);
    EXPECT_TRUE(page.issueButton()->isEnabled());
    // The screen shows the account's last four digits only.
    const QString account = page.roll().lines.first().bankAccount;
    for (int c = 0; c < page.lineModel()->columnCount(); ++c)
        if (!account.isEmpty()) {
            EXPECT_NE(page.lineModel()->index(0, c).data().toString(), account);
        }
    ASSERT_TRUE(page.issue().ok());
    EXPECT_TRUE(page.roll().issued);
    EXPECT_FALSE(page.issueButton()->isEnabled());
    EXPECT_TRUE(page.summaryLabel()->text().contains(QStringLiteral("locked")));
    auto files = page.exportTo(m_out.path());
    ASSERT_TRUE(files.ok()) << files.error().message.toStdString();
    EXPECT_GT(QFileInfo(files->bankFile).size(), 0);
    EXPECT_GT(QFileInfo(files->workbook).size(), 0);
    // Issued: the page shows the stored roll again, never a new computation.
    ASSERT_TRUE(page.load().ok());
    EXPECT_TRUE(page.roll().issued);
}

// The preview, issuing and the export run in the page's worker thread: the page keeps processing events while they
// run, the roll appears when the worker is done, and a cancelled issue writes nothing.
TEST_F(CaseworkPagesTest, PayrollWorkRunsOffTheUiThreadAndACancelledIssueWritesNothing)
{
    confirmCase(caseId, 40000, QDate(2026, 9, 21)); // paid from 2026-10
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    PayrollPage page(s());
    page.monthEdit()->setDate(QDate(2026, 10, 1));
    QList<QStringList> finished;
    QObject::connect(&page, &PayrollPage::workFinished, &page,
                     [&](bool ok, const QString &code, const QString &) {
                         finished << QStringList{ok ? QStringLiteral("ok") : QStringLiteral("failed"), code};
                     });

    // The result comes back as a queued call: right after the start, nothing is shown yet and the page is busy.
    ASSERT_TRUE(page.startPreview());
    EXPECT_TRUE(page.busy());
    EXPECT_FALSE(page.roll().month.isValid());
    EXPECT_FALSE(page.issueButton()->isEnabled());
    EXPECT_FALSE(page.startIssue()); // one piece of work at a time
    ASSERT_TRUE(page.waitForWork());
    EXPECT_EQ(finished.size(), 1);
    ASSERT_EQ(page.lineModel()->rowCount(), 1);
    EXPECT_EQ(page.roll().total.amount, 40000);
    EXPECT_TRUE(page.issueButton()->isEnabled());

    // Another connection holds the write lock: issuing waits for it in the worker (busy timeout) while the UI thread
    // goes on processing events; cancelled meanwhile, it rolls back before its commit.
    const qint64 audit = countRows(QStringLiteral("audit"));
    const qint64 changes = countRows(QStringLiteral("change_log"));
    auto other = Database::open(s().db().path());
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE((*other)->exec("BEGIN IMMEDIATE").ok());
    ASSERT_TRUE(page.startIssue());
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &page, [&] { ++ticks; });
    ticker.start(10);
    QElapsedTimer held;
    held.start();
    while (held.elapsed() < 400)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_GE(ticks, 3) << "the UI thread kept processing events";
    EXPECT_TRUE(page.busy());
    ASSERT_NE(page.progressDialog(), nullptr);
    auto *cancel = page.progressDialog()->findChild<QPushButton *>();
    ASSERT_NE(cancel, nullptr);
    cancel->click(); // the dialog's Cancel button
    ASSERT_TRUE((*other)->exec("ROLLBACK").ok());
    ASSERT_TRUE(page.waitForWork());
    ASSERT_EQ(finished.size(), 2);
    EXPECT_EQ(finished.last(), (QStringList{QStringLiteral("failed"), QStringLiteral("cancelled")}));
    EXPECT_FALSE(page.roll().issued);
    EXPECT_EQ(countRows(QStringLiteral("payroll_rolls")), 0);
    EXPECT_EQ(countRows(QStringLiteral("payroll_lines")), 0);
    EXPECT_EQ(countRows(QStringLiteral("audit")), audit);
    EXPECT_EQ(countRows(QStringLiteral("change_log")), changes);
    EXPECT_TRUE(page.issueButton()->isEnabled());

    // Not cancelled: issued in the worker, then shown locked; the export runs there too.
    ASSERT_TRUE(page.issue().ok());
    EXPECT_TRUE(page.roll().issued);
    EXPECT_EQ(countRows(QStringLiteral("payroll_lines")), 1);
    EXPECT_TRUE(page.summaryLabel()->text().contains(QStringLiteral("locked")));
    EXPECT_TRUE(s().audit().verify()->intact());
    // A cancelled export keeps no file.
    ASSERT_TRUE(page.startExport(m_out.path()));
    page.cancelWork();
    ASSERT_TRUE(page.waitForWork());
    EXPECT_EQ(finished.last(), (QStringList{QStringLiteral("failed"), QStringLiteral("cancelled")}));
    EXPECT_TRUE(QDir(m_out.path()).entryList(QDir::Files).isEmpty());
    auto files = page.exportTo(m_out.path());
    ASSERT_TRUE(files.ok()) << files.error().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(files->workbook));
}

TEST_F(CaseworkPagesTest, NavigationOffersThePagesTheRoleMayUse)
{
    {
        MainWindow window(s()); // township administrator
        EXPECT_NE(window.meetings(), nullptr);
        EXPECT_NE(window.notices(), nullptr);
        EXPECT_EQ(window.confirmation(), nullptr);
        EXPECT_EQ(window.payroll(), nullptr);
        window.showPage(MainWindow::Page::Notices);
        EXPECT_EQ(window.currentPage(), MainWindow::Page::Notices);
    }
    db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
    MainWindow window(s());
    EXPECT_EQ(window.meetings(), nullptr);
    EXPECT_EQ(window.notices(), nullptr);
    ASSERT_NE(window.confirmation(), nullptr);
    ASSERT_NE(window.payroll(), nullptr);
    window.showPage(MainWindow::Page::Payroll);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Payroll);
    QStringList texts;
    for (int i = 0; i < window.navigation()->count(); ++i)
        texts << window.navigation()->item(i)->text();
    EXPECT_TRUE(texts.contains(QStringLiteral("Confirmation")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Payroll")));
}

} // namespace
