#pragma once

#include "casework/AppraisalMeetingStore.h"
#include "casework/PublicNoticeStore.h"
#include "policy/PolicyRow.h"
#include "store/PolicyStore.h"
#include "common/Uuid.h"
#include "workflow/WorkflowFixture.h"

#include <QProcess>

namespace dibao::test {

// A household of the roster kept before this product (migrated): enrolled since `since` with `amount` fen a month,
// written as the demo generator writes the roster (the audited writer; there is no intake field for it).
inline QString rosterHousehold(TempDatabase &db, int variant, Fen amount, const QDate &since,
                               const QString &township = QStringLiteral("530602101"),
                               const QString &account = QStringLiteral("<sample>"), bool stable = false)
{
    HouseholdFile file = sampleHousehold(QDate(2026, 11, 1), variant, township);
    for (Member &m : file.members) {
        const QString old = m.id;
        m.id = newId();
        for (IncomeItem &i : file.incomes)
            if (i.memberId == old)
                i.memberId = m.id;
    }
    if (account != QLatin1String("<sample>"))
        file.household.bankAccount = account;
    file.household.stableCategory = stable;
    Session &s = db.session();
    const Actor previous = s.actor();
    db.actAsRole(Role::TownshipAssistant);
    HouseholdStore households(s);
    const Status created = households.create(file);
    EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
    s.actAs(previous);
    const Status enrolled = s.writer().update(
        s.writeContext(), QStringLiteral("households"), file.household.id,
        Row{{QStringLiteral("enrolment"), QStringLiteral("enrolled")},
            {QStringLiteral("current_amount"), amount},
            {QStringLiteral("enrolled_since"), isoMonth(firstOfMonth(since))},
            {QStringLiteral("next_review_due"), isoDate(since.addMonths(stable ? 12 : 6))},
            {QStringLiteral("migrated"), qint64(1)}},
        QStringLiteral("roster"));
    EXPECT_TRUE(enrolled.ok()) << enrolled.error().message.toStdString();
    return file.household.id;
}

// The workflow fixture (a township database, today 2026-11-27) with helpers for meetings, notices and enrolled
// households.
class CaseworkFixture : public WorkflowFixture {
protected:
    static constexpr const char *kTownship = "530602101";

    // A meeting that satisfies the default rules: one township staff member, six participants all present, four of
    // them village representatives (4/6 = 2/3).
    AppraisalMeeting validMeeting(const QStringList &caseIds, const QString &conclusion = AppraisalView::TrueComplete,
                                  const QDate &date = QDate(2026, 9, 3))
    {
        AppraisalMeeting m;
        m.divisionCode = QString::fromLatin1(kTownship);
        m.villageName = QStringLiteral("新村");
        m.meetingDate = date;
        m.place = QStringLiteral("新村村委会会议室");
        m.chair = QStringLiteral("陈主任");
        m.recorder = QStringLiteral("周文书");
        m.townshipStaff << TownshipStaffMember{QStringLiteral("张三"), QString()};
        for (int i = 0; i < 4; ++i)
            m.participants << MeetingParticipant{QStringLiteral("代表%1").arg(i + 1), MeetingCategory::VillageRepresentative, true};
        m.participants << MeetingParticipant{QStringLiteral("老党员甲"), MeetingCategory::PartyVeteran, true};
        m.participants << MeetingParticipant{QStringLiteral("村委乙"), MeetingCategory::VillageCommittee, true};
        m.minutes = QStringLiteral("逐户介绍调查情况，与会人员对调查是否真实完整发表意见。");
        m.attachments << QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        for (const QString &id : caseIds) {
            AppraisalAgendaItem item;
            item.caseId = id;
            item.opinions << AppraisalOpinion{QStringLiteral("代表1"), MeetingCategory::VillageRepresentative,
                                              conclusion, QStringLiteral("入户情况属实")};
            item.conclusion = conclusion;
            item.concludedBy = QStringLiteral("张三");
            m.items << item;
        }
        return m;
    }

    // Walks a case to confirmation and confirms it as the county on `on` with `amount`.
    void confirmCase(const QString &id, Fen amount, const QDate &on)
    {
        walkTo(CaseState::Confirmation, id);
        db->actAsRole(Role::CountyReviewer, QStringLiteral("赵审核"));
        TransitionInput in;
        in.onDate = on;
        in.amount = amount;
        ok(QStringLiteral("confirm"), in, id);
        db->signInAs(QStringLiteral("admin"));
    }

    QString householdOf(const QString &id)
    {
        CaseStore cases(s());
        return cases.get(id)->householdId;
    }

    qint64 countRows(const QString &table)
    {
        auto st = s().db().prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!st || !st->step().value())
            return -1;
        return st->int64(0);
    }

    void setPolicy(const QString &kind, const QString &key, const QJsonValue &value, const QDate &from)
    {
        const Status done = setTestPolicy(s(), kind, key, value, from);
        ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    }

    // Runs /usr/bin/python3 (Debian's, with openpyxl) on a script; returns stdout, fails the test on a non-zero exit.
    QString python(const QString &script, const QStringList &args = {})
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + args);
        if (!p.waitForFinished(120000)) {
            ADD_FAILURE() << "python did not finish";
            return {};
        }
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() != 0)
            ADD_FAILURE() << "python failed: " << err.toStdString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }
};

} // namespace dibao::test
