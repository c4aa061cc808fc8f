#pragma once

#include "casework/CaseworkFixture.h"
#include "common/Uuid.h"

#include <QProcess>

namespace dibao::test {

// A county database (昭阳区 530602) with households in two townships, 旧圃镇 (A, 530602101) and 永丰镇
// (B, 530602102), whose decisions are written as the confirming authority's records (the audited writer), so the
// months they are in force are chosen exactly. Today is 2026-11-27.
class SupervisionFixture : public ::testing::Test {
protected:
    static constexpr const char *kCounty = "530602";
    static constexpr const char *kA = "530602101";
    static constexpr const char *kB = "530602102";

    void SetUp() override
    {
        qputenv("DIBAO_TODAY", "2026-11-27");
        db = std::make_unique<TempDatabase>(QString::fromLatin1(kCounty));
    }

    Session &s() { return db->session(); }

    // A three-person household of the sample; area "rural" unless said.
    QString household(const QString &township, int variant, const QString &area = QStringLiteral("rural"))
    {
        HouseholdFile file = sampleHousehold(QDate(2026, 11, 1), variant, township);
        for (Member &m : file.members) {
            const QString old = m.id;
            m.id = newId();
            for (IncomeItem &i : file.incomes)
                if (i.memberId == old)
                    i.memberId = m.id;
        }
        const Actor previous = s().actor();
        db->actAsRole(Role::TownshipAssistant);
        HouseholdStore households(s());
        const Status created = households.create(file);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        s().actAs(previous);
        if (area != QLatin1String("rural"))
            write("households", file.household.id, Row{{QStringLiteral("area"), area}});
        firstMember[file.household.id] = file.members.first().id;
        return file.household.id;
    }

    // A decided case: an application confirmed, or a review decided with `outcome`, effective `month`.
    QString decision(const QString &householdId, const QString &township, const QString &month, Fen amount,
                     const QString &tier = QString(), const QString &outcome = QString(), int exitMonths = 0,
                     bool individual = false)
    {
        const QString id = newId();
        const bool review = !outcome.isEmpty();
        Row row{{QStringLiteral("id"), id},
                {QStringLiteral("household_id"), householdId},
                {QStringLiteral("kind"), review ? QStringLiteral("review") : QStringLiteral("application")},
                {QStringLiteral("state"), review ? QStringLiteral("review_decided") : QStringLiteral("confirmed")},
                {QStringLiteral("division_code"), township},
                {QStringLiteral("member_count"), qint64(3)},
                {QStringLiteral("submitted_on"), month + QStringLiteral("-01")},
                {QStringLiteral("amount"), amount},
                {QStringLiteral("effective_month"), month},
                {QStringLiteral("decided_on"), month + QStringLiteral("-01")},
                {QStringLiteral("decided_by"), QStringLiteral("赵审核")}};
        if (!tier.isEmpty())
            row.insert(QStringLiteral("tier"), tier);
        if (review)
            row.insert(QStringLiteral("review_outcome"), outcome);
        if (exitMonths > 0)
            row.insert(QStringLiteral("gradual_exit_months"), qint64(exitMonths));
        if (individual)
            row.insert(QStringLiteral("individual_member_id"), firstMember.value(householdId));
        insert("cases", row);
        return id;
    }

    void clock(const QString &caseId, const QString &name, const QString &due, const QString &done = QString())
    {
        Row row{{QStringLiteral("id"), caseId + QLatin1Char(':') + name},
                {QStringLiteral("case_id"), caseId},
                {QStringLiteral("clock"), name},
                {QStringLiteral("unit"), QStringLiteral("working_days")},
                {QStringLiteral("length"), qint64(3)},
                {QStringLiteral("started_on"), QStringLiteral("2026-09-01")},
                {QStringLiteral("due_on"), due}};
        if (!done.isEmpty())
            row.insert(QStringLiteral("done_on"), done);
        insert("case_clocks", row);
    }

    void complaint(const QString &caseId, const QString &on)
    {
        insert("case_complaints", Row{{QStringLiteral("id"), newId()},
                                      {QStringLiteral("case_id"), caseId},
                                      {QStringLiteral("received_on"), on},
                                      {QStringLiteral("channel"), QStringLiteral("letter")},
                                      {QStringLiteral("summary"), QStringLiteral("反映该户有车辆")}});
    }

    void insert(const char *table, const Row &row)
    {
        const Status st = s().writer().insert(s().writeContext(), QString::fromLatin1(table), row);
        ASSERT_TRUE(st.ok()) << table << ": " << st.error().message.toStdString();
    }

    void write(const char *table, const QString &id, const Row &changes)
    {
        const Status st = s().writer().update(s().writeContext(), QString::fromLatin1(table), id, changes);
        ASSERT_TRUE(st.ok()) << table << ": " << st.error().message.toStdString();
    }

    // Runs /usr/bin/python3 (Debian's, with openpyxl); returns stdout, fails the test on a non-zero exit.
    QString python(const QString &script, const QStringList &args = {})
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + args);
        if (!p.waitForFinished(120000)) {
            ADD_FAILURE() << "python did not finish";
            return {};
        }
        if (p.exitCode() != 0)
            ADD_FAILURE() << "python failed: " << p.readAllStandardError().toStdString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    std::unique_ptr<TempDatabase> db;
    QHash<QString, QString> firstMember;
};

} // namespace dibao::test
