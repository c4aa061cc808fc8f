// The cost of one audited write, taken apart: what the demo generator (and every store) pays per record.
// RecordWriter::insert/update = the SQL write + reading the stored record back + canonical JSON of it (twice for an
// update: before and after) + AuditLog::append (canonical JSON of the entry, SHA-256, INSERT into audit).
#include "BenchMain.h"
#include "audit/AuditLog.h"
#include "common/Uuid.h"
#include "store/RecordWriter.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace dibao;

namespace {

struct Scratch {
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    QString householdId;
};

Scratch &scratch()
{
    static Scratch s;
    if (!s.session) {
        Session::InitOptions init;
        init.divisionCode = QStringLiteral("530627108");
        init.adminName = QStringLiteral("admin");
        init.adminDisplayName = QStringLiteral("管理员");
        init.adminPassword = QStringLiteral("dibao-bench");
        init.cheapPasswordHash = true;
        auto created = Session::create(s.dir.filePath(QStringLiteral("a.db")), init);
        if (!created)
            qFatal("%s", created.error().message.toUtf8().constData());
        s.session = std::move(created).value();
        s.householdId = newId();
        Row household{{QStringLiteral("id"), s.householdId},
                      {QStringLiteral("division_code"), QStringLiteral("530627108")},
                      {QStringLiteral("area"), QStringLiteral("rural")}};
        if (!s.session->writer().insert(s.session->writeContext(), QStringLiteral("households"), household))
            qFatal("household insert failed");
    }
    return s;
}

// A case row as the workflow writes it: ~40 columns, about 1 KB of canonical JSON.
Row caseRow(const QString &id, const QString &householdId)
{
    return Row{{QStringLiteral("id"), id},
               {QStringLiteral("household_id"), householdId},
               {QStringLiteral("kind"), QStringLiteral("application")},
               {QStringLiteral("state"), QStringLiteral("submitted")},
               {QStringLiteral("division_code"), QStringLiteral("530627108")},
               {QStringLiteral("village_name"), QStringLiteral("大坪村")},
               {QStringLiteral("applicant_name"), QStringLiteral("王建国")},
               {QStringLiteral("applicant_name_norm"), QStringLiteral("王建国")},
               {QStringLiteral("member_count"), qint64(4)},
               {QStringLiteral("channel"), QStringLiteral("in_person")},
               {QStringLiteral("submitted_on"), QStringLiteral("2026-10-01")}};
}

void BM_CanonicalRecordOfCase(benchmark::State &state)
{
    Scratch &s = scratch();
    const QString id = newId();
    (void)s.session->writer().insert(s.session->writeContext(), QStringLiteral("cases"), caseRow(id, s.householdId));
    const Row stored = **s.session->writer().read(QStringLiteral("cases"), id);
    qint64 bytes = 0;
    for (auto _ : state) {
        const QByteArray json = RecordWriter::canonicalRecord(QStringLiteral("cases"), stored);
        bytes = json.size();
        benchmark::DoNotOptimize(json);
    }
    state.counters["json_bytes"] = double(bytes);
}
BENCHMARK(BM_CanonicalRecordOfCase)->Unit(benchmark::kMicrosecond);

void BM_AuditEntryHash(benchmark::State &state)
{
    Scratch &s = scratch();
    const QString id = newId();
    (void)s.session->writer().insert(s.session->writeContext(), QStringLiteral("cases"), caseRow(id, s.householdId));
    const QByteArray after =
        RecordWriter::canonicalRecord(QStringLiteral("cases"), **s.session->writer().read(QStringLiteral("cases"), id));
    for (auto _ : state) {
        const QString hash = AuditLog::entryHash(QString::fromLatin1(AuditLog::kGenesis), 12345,
                                                 QStringLiteral("2026-11-29T04:00:00.000Z"), id, QStringLiteral("demo"),
                                                 id, QStringLiteral("cases"), id, QStringLiteral("update"), after, after);
        benchmark::DoNotOptimize(hash);
    }
}
BENCHMARK(BM_AuditEntryHash)->Unit(benchmark::kMicrosecond);

void BM_RecordReadOfCase(benchmark::State &state)
{
    Scratch &s = scratch();
    const QString id = newId();
    (void)s.session->writer().insert(s.session->writeContext(), QStringLiteral("cases"), caseRow(id, s.householdId));
    for (auto _ : state) {
        auto row = s.session->writer().read(QStringLiteral("cases"), id);
        benchmark::DoNotOptimize(row);
    }
}
BENCHMARK(BM_RecordReadOfCase)->Unit(benchmark::kMicrosecond);

// Audited writes inside one open transaction, as the generator batches them.
void BM_AuditedInsertOfCase(benchmark::State &state)
{
    Scratch &s = scratch();
    Transaction tx(s.session->db());
    for (auto _ : state) {
        if (!s.session->writer().insert(s.session->writeContext(), QStringLiteral("cases"),
                                        caseRow(newId(), s.householdId)))
            state.SkipWithError("insert failed");
    }
    (void)tx.commit();
}
BENCHMARK(BM_AuditedInsertOfCase)->Unit(benchmark::kMicrosecond);

void BM_AuditedUpdateOfCase(benchmark::State &state)
{
    Scratch &s = scratch();
    const QString id = newId();
    (void)s.session->writer().insert(s.session->writeContext(), QStringLiteral("cases"), caseRow(id, s.householdId));
    Transaction tx(s.session->db());
    qint64 n = 0;
    for (auto _ : state) {
        const Row changes{{QStringLiteral("member_count"), ++n}};
        if (!s.session->writer().update(s.session->writeContext(), QStringLiteral("cases"), id, changes))
            state.SkipWithError("update failed");
    }
    (void)tx.commit();
}
BENCHMARK(BM_AuditedUpdateOfCase)->Unit(benchmark::kMicrosecond);

// The same insert without the audit trail, for scale only: what the bare SQL costs.
void BM_BareInsertOfCase(benchmark::State &state)
{
    Scratch &s = scratch();
    Database &db = s.session->db();
    Transaction tx(db);
    for (auto _ : state) {
        auto st = db.cached("INSERT INTO cases(id, household_id, kind, state, division_code, village_name, "
                            "applicant_name, applicant_name_norm, member_count, channel, submitted_on, created_at, "
                            "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        const Row r = caseRow(newId(), s.householdId);
        int i = 1;
        for (const char *k : {"id", "household_id", "kind", "state", "division_code", "village_name", "applicant_name",
                              "applicant_name_norm", "member_count", "channel", "submitted_on"})
            (*st)->bind(i++, r.value(QString::fromLatin1(k)));
        (*st)->bind(i++, QStringLiteral("2026-11-29T04:00:00.000Z"));
        (*st)->bind(i, QStringLiteral("2026-11-29T04:00:00.000Z"));
        if (!(*st)->run())
            state.SkipWithError("insert failed");
    }
    // Leave no unaudited rows behind: this scratch database is thrown away, but keep it honest anyway.
}
BENCHMARK(BM_BareInsertOfCase)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    return runBenchmarks(argc, argv, {}, [] { scratch().session.reset(); });
}
