#pragma once

#include "db/Database.h"
#include "io/ColumnMapping.h"
#include "verification/DepartmentBatchImport.h"
#include "verification/VerificationStore.h"
#include "workflow/WorkflowFixture.h"

#include <QFile>
#include <QMap>
#include <QStringEncoder>

namespace dibao::test {

// A township database (today 2026-11-27) with the fixture's case accepted and its verification requested; helpers
// write department batches and count every table's rows.
class VerificationFixture : public WorkflowFixture {
protected:
    void SetUp() override
    {
        WorkflowFixture::SetUp();
        walkTo(CaseState::Accepted);
        ok(QStringLiteral("request_verification"));
        HouseholdStore households(s());
        auto c = CaseStore(s()).get(caseId);
        ASSERT_TRUE(c.ok());
        householdId = c->householdId;
        auto file = households.load(householdId);
        ASSERT_TRUE(file.ok());
        members = file->members;
    }

    // Starts the pending requests as the verification officer (and stays that officer).
    StartOutcome startAsOfficer()
    {
        db->actAsRole(Role::VerificationOfficer, QStringLiteral("核对员甲"));
        VerificationStore store(s());
        auto started = store.startPending(QDate(2026, 9, 3));
        EXPECT_TRUE(started.ok()) << (started.ok() ? "" : started.error().message.toStdString());
        return started.ok() ? *started : StartOutcome{};
    }

    static ColumnMapping departmentMapping()
    {
        ColumnMapping m;
        m.source = QStringLiteral("real_estate");
        m.fields << FieldMapping{QStringLiteral("id_number"), QStringLiteral("身份证号"), 0, FieldType::IdNumber, true}
                 << FieldMapping{QStringLiteral("name"), QStringLiteral("姓名"), 0, FieldType::Text, true}
                 << FieldMapping{QStringLiteral("item"), QStringLiteral("登记事项"), 0, FieldType::Text, false}
                 << FieldMapping{QStringLiteral("amount"), QStringLiteral("金额"), 0, FieldType::Money, false};
        return m;
    }

    // Writes "身份证号,姓名,登记事项,金额" and the rows, in UTF-8 or GB18030.
    QString writeBatch(const QString &name, const QList<QStringList> &rows, bool gb18030 = false)
    {
        QString text = QStringLiteral("身份证号,姓名,登记事项,金额\n");
        for (const QStringList &r : rows)
            text += r.join(QLatin1Char(',')) + QLatin1Char('\n');
        QByteArray bytes;
        if (gb18030) {
            QStringEncoder enc("GB18030");
            bytes = enc.encode(text);
            EXPECT_FALSE(enc.hasError());
        } else {
            bytes = text.toUtf8();
        }
        const QString path = db->dir() + QLatin1Char('/') + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    Result<DepartmentBatchResult> importBatch(const QString &path, const QString &department = QStringLiteral("real_estate"))
    {
        DepartmentBatchOptions options;
        options.department = department;
        options.mapping = departmentMapping();
        options.path = path;
        options.on = QDate(2026, 9, 4);
        return DepartmentBatchImport::run(s(), options);
    }

    // Rows of every table (sqlite_% and FTS shadow tables left out).
    QMap<QString, qint64> tableCounts()
    {
        QMap<QString, qint64> counts;
        auto st = s().db().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "AND name NOT LIKE '%fts%'");
        EXPECT_TRUE(st.ok());
        QStringList tables;
        EXPECT_TRUE(st->forEachRow([&] { tables << st->text(0); }).ok());
        for (const QString &t : tables) {
            auto c = s().db().prepare(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(t));
            EXPECT_TRUE(c.ok());
            auto r = c->step();
            EXPECT_TRUE(r.ok());
            counts.insert(t, c->int64(0));
        }
        return counts;
    }

    // Whether any text stored anywhere in the database contains `needle`.
    bool storedAnywhere(const QString &needle)
    {
        auto st = s().db().prepare("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                                   "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'");
        EXPECT_TRUE(st.ok());
        QList<QPair<QString, QString>> columns;
        EXPECT_TRUE(st->forEachRow([&] { columns.append({st->text(0), st->text(1)}); }).ok());
        for (const auto &[table, column] : columns) {
            auto q = s().db().prepare(
                QStringLiteral("SELECT COUNT(*) FROM \"%1\" WHERE instr(CAST(\"%2\" AS TEXT), ?) > 0").arg(table, column));
            if (!q.ok())
                continue;
            q->bind(1, needle);
            auto r = q->step();
            if (r.ok() && *r && q->int64(0) > 0)
                return true;
        }
        return false;
    }

    QString householdId;
    QList<Member> members;
};

} // namespace dibao::test
