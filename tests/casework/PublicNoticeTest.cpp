#include "casework/CaseworkFixture.h"

#include "casework/NoticeExport.h"
#include "domain/IdNumber.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace dibao;
using namespace dibao::test;

namespace {

class PublicNoticeTest : public CaseworkFixture {
protected:
    void SetUp() override
    {
        CaseworkFixture::SetUp();
        // The household has a phone and an account: neither may reach a notice.
        HouseholdStore households(s());
        Household h = households.household(householdOf(caseId)).value();
        h.phone = QStringLiteral("13812345678");
        h.bankAccount = QStringLiteral("6217000012345678901");
        h.actualAddress = QStringLiteral("旧圃镇新村三组18号");
        ASSERT_TRUE(households.updateHousehold(h).ok());
        walkTo(CaseState::TownshipReview);
    }

    Result<PublicNotice> post(const QStringList &ids, Fen amount = 40000, const QDate &on = QDate(2026, 9, 3))
    {
        NoticePosting p;
        p.divisionCode = QString::fromLatin1(kTownship);
        p.villageName = QStringLiteral("新村");
        p.place = QStringLiteral("新村村务公开栏");
        p.postedOn = on;
        for (const QString &id : ids)
            p.cases << NoticeProposal{id, amount, QString()};
        PublicNoticeStore store(s());
        return store.post(p);
    }

    // Every ID number, account and phone held for the notice's households, and common shapes of them.
    QStringList secrets()
    {
        QStringList out;
        auto st = s().db().prepare("SELECT id_number FROM members UNION SELECT bank_account FROM households "
                                   "WHERE bank_account IS NOT NULL UNION SELECT phone FROM households "
                                   "WHERE phone IS NOT NULL");
        EXPECT_TRUE(st.ok());
        EXPECT_TRUE(st->forEachRow([&] { out << st->text(0); }).ok());
        return out;
    }

    void expectNoSecrets(const QString &text, const char *where)
    {
        ASSERT_FALSE(text.isEmpty()) << where;
        const QString normalized = text.normalized(QString::NormalizationForm_KC);
        for (const QString &secret : secrets())
            EXPECT_FALSE(normalized.contains(secret)) << where << " contains " << secret.toStdString();
        // No 15/18-digit ID number, 11-digit mobile number or 16+-digit account of anyone.
        static const QRegularExpression idLike(QStringLiteral("\\d{17}[\\dX]|\\d{15}"));
        static const QRegularExpression phoneLike(QStringLiteral("(?<!\\d)1[3-9]\\d{9}(?!\\d)"));
        static const QRegularExpression accountLike(QStringLiteral("\\d{16,}"));
        EXPECT_FALSE(idLike.match(normalized).hasMatch()) << where;
        EXPECT_FALSE(phoneLike.match(normalized).hasMatch()) << where;
        EXPECT_FALSE(accountLike.match(normalized).hasMatch()) << where;
        EXPECT_FALSE(normalized.contains(QStringLiteral("三组18号"))) << where << ": exact address";
    }
};

TEST_F(PublicNoticeTest, PostingRunsTheWorkflowAndStartsTheSevenDayClock)
{
    auto notice = post({caseId});
    ASSERT_TRUE(notice.ok()) << notice.error().message.toStdString();
    EXPECT_EQ(state(), CaseState::Notice);
    EXPECT_EQ(notice->postedOn, QDate(2026, 9, 3));
    EXPECT_EQ(notice->endsOn, QDate(2026, 9, 10)); // 7 calendar days
    ASSERT_EQ(notice->lines.size(), 1);
    EXPECT_EQ(notice->lines.first().householdSize, 3);
    EXPECT_EQ(notice->lines.first().amount, 40000);
    CaseStore cases(s());
    EXPECT_EQ(cases.get(caseId)->proposedAmount, 40000);
    // The notice clock decides when it may close, not the notice record.
    EXPECT_EQ(step(QStringLiteral("close_notice"), TransitionInput{QDate(2026, 9, 9)}).error().code,
              QStringLiteral("notice_running"));
    ok(QStringLiteral("close_notice"), TransitionInput{QDate(2026, 9, 10)});
    EXPECT_EQ(state(), CaseState::CountyNotice);
    // Stored and read back.
    PublicNoticeStore store(s());
    EXPECT_EQ(store.notice(notice->id)->lines.first().applicantName, notice->lines.first().applicantName);
    EXPECT_EQ(store.noticesForCase(caseId)->size(), 1);
}

TEST_F(PublicNoticeTest, TheProposalDefaultsToTheEligibilityAmount)
{
    PublicNoticeStore store(s());
    const auto ready = store.candidates(QString::fromLatin1(kTownship), QString(), QDate(2026, 9, 3)).value();
    ASSERT_EQ(ready.size(), 1);
    EXPECT_GT(ready.first().amount, 0); // the sample household is eligible: its gap amount
    auto notice = post({caseId}, -1);
    ASSERT_TRUE(notice.ok()) << notice.error().message.toStdString();
    EXPECT_EQ(notice->lines.first().amount, ready.first().amount);
}

TEST_F(PublicNoticeTest, OnlyNameSizeAndAmountNoIdAccountOrPhoneAlsoInTheExportedFiles)
{
    auto notice = post({caseId});
    ASSERT_TRUE(notice.ok());
    expectNoSecrets(QString::fromUtf8(QJsonDocument(notice->toJson()).toJson()), "notice data");
    PublicNoticeStore store(s());
    expectNoSecrets(QString::fromUtf8(QJsonDocument(store.notice(notice->id)->toJson()).toJson()), "stored notice");

    const QString csvPath = db->dir() + QStringLiteral("/notice.csv");
    ASSERT_TRUE(writeNoticeCsv(*notice, csvPath).ok());
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(csvText.contains(notice->lines.first().applicantName));
    EXPECT_TRUE(csvText.contains(QStringLiteral("400.00")));
    expectNoSecrets(csvText, "notice CSV");

    const QString xlsxPath = db->dir() + QStringLiteral("/notice.xlsx");
    ASSERT_TRUE(writeNoticeXlsx(*notice, xlsxPath).ok());
    // Read back by a real reader: every cell value, as text.
    const QString cells = python(QStringLiteral("import openpyxl,sys\n"
                                                "wb=openpyxl.load_workbook(sys.argv[1])\n"
                                                "for ws in wb:\n"
                                                "  for row in ws.iter_rows(values_only=True):\n"
                                                "    print('|'.join('' if v is None else str(v) for v in row))\n"),
                                 {xlsxPath});
    EXPECT_TRUE(cells.contains(notice->lines.first().applicantName));
    expectNoSecrets(cells, "notice xlsx");
    // And the raw bytes of the workbook's parts.
    const QString raw = python(QStringLiteral("import zipfile,sys\n"
                                              "z=zipfile.ZipFile(sys.argv[1])\n"
                                              "print(''.join(z.read(n).decode('utf-8') for n in z.namelist()))\n"),
                               {xlsxPath});
    expectNoSecrets(raw, "notice xlsx parts");
}

TEST_F(PublicNoticeTest, CasesBackFromAnObjectionAreNotPostedAgain)
{
    ASSERT_TRUE(post({caseId}).ok());
    ObjectionInput o;
    o.caseId = caseId;
    o.receivedOn = QDate(2026, 9, 5);
    o.content = QStringLiteral("该户子女在城里有房");
    o.objectorName = QStringLiteral("李某");
    PublicNoticeStore store(s());
    ASSERT_TRUE(store.recordObjection(o).ok());
    TransitionInput reinvestigate;
    reinvestigate.choice = QStringLiteral("reinvestigate");
    reinvestigate.onDate = QDate(2026, 9, 6);
    ok(QStringLiteral("resolve_objection"), reinvestigate);
    m_date = QDate(2026, 9, 8);
    visit();
    ok(QStringLiteral("finish_investigation"));
    EXPECT_EQ(state(), CaseState::TownshipReview); // no second appraisal forced either
    EXPECT_TRUE(store.candidates(QString::fromLatin1(kTownship), QString(), QDate(2026, 9, 8))->isEmpty());
    auto again = post({caseId}, 40000, QDate(2026, 9, 8));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("notice_not_needed"));
    // The conclusion goes on to confirmation without a second notice.
    ok(QStringLiteral("submit_review"), TransitionInput{QDate(2026, 9, 8)});
    EXPECT_EQ(state(), CaseState::Confirmation);
}

TEST_F(PublicNoticeTest, ObjectionPathAndTheObjectorsIdentityIsForCountyRolesOnly)
{
    ASSERT_TRUE(post({caseId}).ok());
    PublicNoticeStore store(s());
    ObjectionInput bad;
    bad.caseId = caseId;
    EXPECT_EQ(store.recordObjection(bad).error().code, QStringLiteral("objection_content"));

    ObjectionInput o;
    o.caseId = caseId;
    o.receivedOn = QDate(2026, 9, 5);
    o.channel = QStringLiteral("letter");
    o.content = QStringLiteral("该户经营小卖部，收入未申报");
    o.objectorName = QStringLiteral("王五");
    o.objectorPhone = QStringLiteral("13900001111");
    auto id = store.recordObjection(o);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(state(), CaseState::Objection);
    CaseStore cases(s());
    EXPECT_EQ(cases.get(caseId)->extensionGround, QStringLiteral("objection")); // whole case 45 WD

    // What and when are on the case for the township; who is not.
    const auto list = store.objections(caseId).value();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().content, o.content);
    EXPECT_EQ(list.first().receivedOn, QDate(2026, 9, 5));
    EXPECT_FALSE(list.first().noticeId.isEmpty());
    // The township administrator and assistant may not read the identity (enforced in core).
    auto denied = store.objectorIdentity(*id);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind, ErrorKind::Permission);
    EXPECT_EQ(denied.error().code, QStringLiteral("objector_identity_county_only"));
    db->addUser(QStringLiteral("assistant"), Role::TownshipAssistant);
    db->signInAs(QStringLiteral("assistant"));
    EXPECT_EQ(store.objectorIdentity(*id).error().code, QStringLiteral("objector_identity_county_only"));
    // A county reviewer may, and the read is logged.
    db->actAsRole(Role::CountyReviewer);
    const qint64 reads = [&] {
        auto st = s().db().prepare("SELECT count(*) FROM audit WHERE entity = 'objector_identities' AND action = 'read'");
        return st->step().value() ? st->int64(0) : -1;
    }();
    const auto who = store.objectorIdentity(*id);
    ASSERT_TRUE(who.ok()) << who.error().message.toStdString();
    EXPECT_EQ(who->name, QStringLiteral("王五"));
    EXPECT_EQ(who->phone, QStringLiteral("13900001111"));
    auto st = s().db().prepare("SELECT count(*) FROM audit WHERE entity = 'objector_identities' AND action = 'read'");
    ASSERT_TRUE(st->step().value());
    EXPECT_EQ(st->int64(0), reads + 1);
    // The identity's audience is the county: its division code is the county's, not the township's.
    auto div = s().db().prepare("SELECT division_code FROM objector_identities");
    ASSERT_TRUE(div->step().value());
    EXPECT_EQ(div->text(0), QStringLiteral("530602"));
    // The identity is in no column of the objection itself.
    auto cols = s().db().prepare("SELECT * FROM objections");
    ASSERT_TRUE(cols->step().value());
    for (int c = 0; c < cols->columnCount(); ++c)
        EXPECT_FALSE(cols->text(c).contains(QStringLiteral("王五")));

    // The township chooses: an appraisal meeting this time; then on to confirmation without a second notice.
    db->signInAs(QStringLiteral("admin"));
    TransitionInput choice;
    choice.choice = QStringLiteral("appraisal");
    choice.onDate = QDate(2026, 9, 6);
    ok(QStringLiteral("resolve_objection"), choice);
    EXPECT_EQ(state(), CaseState::Appraisal);
    AppraisalMeeting m = validMeeting({caseId}, AppraisalView::TrueComplete, QDate(2026, 9, 7));
    AppraisalMeetingStore meetings(s());
    ASSERT_TRUE(meetings.record(m).ok());
    EXPECT_EQ(state(), CaseState::TownshipReview);
    ok(QStringLiteral("submit_review"), TransitionInput{QDate(2026, 9, 8)});
    EXPECT_EQ(state(), CaseState::Confirmation);
}

TEST_F(PublicNoticeTest, AnonymousObjectionsKeepAnExplicitEmptyIdentity)
{
    ASSERT_TRUE(post({caseId}).ok());
    PublicNoticeStore store(s());
    ObjectionInput o;
    o.caseId = caseId;
    o.receivedOn = QDate(2026, 9, 4);
    o.channel = QStringLiteral("phone");
    o.content = QStringLiteral("匿名电话反映该户有车");
    auto id = store.recordObjection(o);
    ASSERT_TRUE(id.ok());
    db->actAsRole(Role::CountyReviewer);
    EXPECT_TRUE(store.objectorIdentity(*id)->name.isEmpty());
}

TEST_F(PublicNoticeTest, StandingPublicationListsCurrentRecipientsWithoutIds)
{
    ASSERT_TRUE(post({caseId}).ok());
    ok(QStringLiteral("close_notice"), TransitionInput{QDate(2026, 9, 10)});
    db->actAsRole(Role::CountyReviewer);
    ok(QStringLiteral("close_county_notice"), TransitionInput{QDate(2026, 9, 17)});
    ok(QStringLiteral("confirm"), TransitionInput{QDate(2026, 9, 18)});
    db->signInAs(QStringLiteral("admin"));
    const QString waiting = newCase(1); // an applicant not yet decided: not published
    Q_UNUSED(waiting);
    PublicNoticeStore store(s());
    const auto list = store.standingPublication().value();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().householdSize, 3);
    EXPECT_EQ(list.first().amount, 40000);
    EXPECT_EQ(list.first().villageName, QStringLiteral("新村"));
    EXPECT_EQ(store.standingPublication(QString::fromLatin1(kTownship), QStringLiteral("别村"))->size(), 0);
    const QString path = db->dir() + QStringLiteral("/standing.csv");
    ASSERT_TRUE(writeStandingCsv(list, path).ok());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(list.first().applicantName));
    expectNoSecrets(text, "standing CSV");
    const QString xlsx = db->dir() + QStringLiteral("/standing.xlsx");
    ASSERT_TRUE(writeStandingXlsx(list, xlsx).ok());
    expectNoSecrets(python(QStringLiteral("import openpyxl,sys\n"
                                          "wb=openpyxl.load_workbook(sys.argv[1])\n"
                                          "for r in wb.active.iter_rows(values_only=True): print(r)\n"),
                           {xlsx}),
                    "standing xlsx");
}

TEST_F(PublicNoticeTest, MaskedIdNumbersOnlyInTheirMaskedForm)
{
    // The masked form itself keeps 6 + 4 characters and never the birth date.
    const QString id = makeIdNumber(QStringLiteral("530602"), QDate(1980, 3, 15), 101);
    const QString masked = maskIdNumber(id);
    EXPECT_EQ(masked.size(), 18);
    EXPECT_TRUE(masked.startsWith(QStringLiteral("530602********")));
    EXPECT_FALSE(masked.contains(QStringLiteral("19800315")));
    // By default (no notice_content policy) a notice shows no ID number at all.
    auto notice = post({caseId});
    ASSERT_TRUE(notice.ok());
    EXPECT_TRUE(notice->lines.first().maskedId.isEmpty());
    EXPECT_FALSE(notice->showMaskedId);
}

} // namespace
