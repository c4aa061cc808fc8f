#pragma once

#include "common/ChinaDate.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "support/TestSupport.h"
#include "workflow/CaseStates.h"
#include "workflow/Workflow.h"

#include <gtest/gtest.h>

namespace dibao::test {

// A township database with one household and its submitted application; helpers walk the case forward.
class WorkflowFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("DIBAO_TODAY", "2026-11-27"); // for the processes a test starts (dibao-cli)
        setTodayOverride(QDate(2026, 11, 27)); // and this one, whichever fixture asked for the date first
        ASSERT_EQ(chinaToday(), QDate(2026, 11, 27));
        db = std::make_unique<TempDatabase>();
        caseId = newCase(0);
    }

    Session &s() { return db->session(); }

    QString newCase(int variant, bool nearRelative = false)
    {
        HouseholdFile file = sampleHousehold(QDate(2026, 11, 1), variant);
        HouseholdStore households(s());
        EXPECT_TRUE(households.create(file).ok());
        ApplicationInput in;
        in.householdId = file.household.id;
        in.applicantMemberId = file.members.first().id;
        in.submittedOn = QDate(2026, 9, 1);
        in.nearRelativeDeclared = nearRelative;
        in.documents << CaseDocument{QString(), QStringLiteral("verification_consent"), QStringLiteral("provided"), QString()};
        CaseStore cases(s());
        auto id = cases.createApplication(in);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? *id : QString();
    }

    Status step(const QString &transition, TransitionInput in = {}, const QString &id = QString())
    {
        Workflow flow(s());
        if (!in.onDate.isValid())
            in.onDate = m_date;
        return flow.apply(id.isEmpty() ? caseId : id, transition, in);
    }

    void ok(const QString &transition, TransitionInput in = {}, const QString &id = QString())
    {
        const Status st = step(transition, std::move(in), id);
        ASSERT_TRUE(st.ok()) << transition.toStdString() << ": " << st.error().message.toStdString();
    }

    void visit(const QString &id = QString(), bool byAuthority = false)
    {
        CaseStore cases(s());
        HouseholdVisit v;
        v.caseId = id.isEmpty() ? caseId : id;
        v.visitDate = m_date;
        v.investigators << Investigator{QStringLiteral("张三"), {}, QStringLiteral("township_staff")}
                        << Investigator{QStringLiteral("李四"), {}, QStringLiteral("village_official")};
        v.byAuthority = byAuthority;
        const Status st = cases.addVisit(v);
        ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    }

    QString state(const QString &id = QString())
    {
        CaseStore cases(s());
        auto c = cases.get(id.isEmpty() ? caseId : id);
        return c.ok() ? c->state : QStringLiteral("<error>");
    }

    // Walks an application to the given state along the ordinary path (appraisal every case, county notice on).
    void walkTo(const QString &target, const QString &id = QString())
    {
        const QStringList path{CaseState::Accepted,      CaseState::Investigating, CaseState::Appraisal,
                               CaseState::TownshipReview, CaseState::Notice,       CaseState::CountyNotice,
                               CaseState::Confirmation};
        auto at = [&]() { return state(id); };
        m_date = QDate(2026, 9, 1);
        if (at() == target) return;
        ok(QStringLiteral("accept"), {}, id);
        if (at() == target) return;
        m_date = QDate(2026, 9, 2);
        ok(QStringLiteral("start_investigation"), {}, id);
        if (at() == target) return;
        visit(id);
        ok(QStringLiteral("finish_investigation"), {}, id);
        if (at() == target) return;
        TransitionInput conclude;
        conclude.choice = QStringLiteral("true_complete");
        ok(QStringLiteral("conclude_appraisal"), conclude, id);
        if (at() == target) return;
        TransitionInput review;
        review.amount = 40000;
        ok(QStringLiteral("submit_review"), review, id);
        if (at() == target) return;
        m_date = QDate(2026, 9, 9);
        ok(QStringLiteral("close_notice"), {}, id);
        if (at() == target) return;
        db->actAsRole(Role::CountyReviewer);
        m_date = QDate(2026, 9, 16);
        ok(QStringLiteral("close_county_notice"), {}, id);
        db->signInAs(QStringLiteral("admin"));
        ASSERT_TRUE(path.contains(target)) << "walkTo does not reach " << target.toStdString();
    }

    std::unique_ptr<TempDatabase> db;
    QString caseId;
    QDate m_date = QDate(2026, 9, 1);
};

} // namespace dibao::test
