// Economic verification (核对), issue 6: a department batch streamed against the members under verification,
// keeping only matches. Full size: 1,000,000 rows against 400,000 persons (target under 5 s end to end).
//
//   DIBAO_BENCH_HOUSEHOLDS  households under verification (default 120000 ≈ 400,000 persons; CI runs 300). Persons
//                           are households × 10/3, batch rows persons × 2.5 — 1,000,000 at full size.
//
// The person set is made once by a bulk insert straight into a county database (households, members, an accepted
// case and a verification in progress each) at /tmp/dibao-bench-verification-<N>.db, and the batch CSV once at
// /tmp/dibao-bench-verification-<N>.csv; delete them to regenerate. What is timed is the product's path:
// DepartmentBatchImport::run — one query loading the authorized members, the batch streamed through
// TabularSource/TabularMapper with every row validated, 1 % of rows matching (0.1 % under another name), findings
// written through the audited RecordWriter in one transaction. Findings are removed between iterations (untimed).
#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "db/Database.h"
#include "domain/IdNumber.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"
#include "verification/AuthorizedMembers.h"
#include "verification/DepartmentBatchImport.h"

#include "BenchMain.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

#include <memory>

using namespace dibao;

namespace {

int households()
{
    const int n = qEnvironmentVariableIntValue("DIBAO_BENCH_HOUSEHOLDS");
    return n > 0 ? n : 120000;
}
int persons() { return int(qint64(households()) * 10 / 3); }
int batchRows() { return int(qint64(persons()) * 5 / 2); }

QString dbPath() { return QStringLiteral("/tmp/dibao-bench-verification-%1.db").arg(households()); }
QString csvPath() { return QStringLiteral("/tmp/dibao-bench-verification-%1.csv").arg(households()); }

QString idNumber(const QString &address, int i)
{
    const QDate birth = QDate(1930, 1, 1).addDays(i % 30000);
    const QString first17 = address + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg((i / 30000) % 1000, 3, 10, QLatin1Char('0'));
    return first17 + idNumberCheckCharacter(first17);
}
QString personId(int i) { return idNumber(QStringLiteral("530602"), i); }
QString strangerId(int i) { return idNumber(QStringLiteral("530621"), i); } // another county: never a member

QString personName(int i)
{
    static const QStringList surnames = QStringLiteral("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗").split(QLatin1Char(' '));
    static const QStringList given = QStringLiteral("建国 秀英 桂兰 志强 海燕 丽 伟 芳 敏 静 磊 洋 勇 军 杰 娟 涛 明 超 霞").split(QLatin1Char(' '));
    return surnames.at(i % surnames.size()) + given.at((i / surnames.size()) % given.size());
}

void check(const Status &st, const char *what)
{
    if (!st.ok())
        qFatal("%s: %s", what, qPrintable(st.error().message));
}

// Households, members, an accepted case and a verification in progress each, written straight into the tables.
void ensureDatabase()
{
    if (QFileInfo::exists(dbPath()))
        return;
    Session::InitOptions init;
    init.divisionCode = QStringLiteral("530602");
    init.adminName = QStringLiteral("admin");
    init.adminDisplayName = QStringLiteral("管理员");
    init.adminPassword = QStringLiteral("bench1");
    init.cheapPasswordHash = true;
    auto created = Session::create(dbPath(), init);
    if (!created)
        qFatal("create: %s", qPrintable(created.error().message));
    Database &db = (*created)->db();
    const QString before = QStringLiteral("2026-09-01T00:00:00.000Z"), after = QStringLiteral("2026-09-02T00:00:00.000Z");
    Transaction tx(db);
    check(tx.begun(), "begin");
    auto h = db.prepare("INSERT INTO households (id, division_code, village_name, area, created_at, updated_at) "
                        "VALUES (?, '530602101', '新村', 'rural', ?, ?)");
    auto m = db.prepare("INSERT INTO members (id, household_id, name, name_norm, id_number, sex, birth_date, relation, "
                        "health, work_ability, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, 'male', '1970-01-01', ?, 'healthy', 'able', ?, ?)");
    auto c = db.prepare("INSERT INTO cases (id, household_id, kind, state, division_code, submitted_on, accepted_on, "
                        "created_at, updated_at) VALUES (?, ?, 'application', 'investigating', '530602101', "
                        "'2026-08-25', '2026-08-26', ?, ?)");
    auto v = db.prepare("INSERT INTO verifications (id, case_id, household_id, requested_on, started_on, status, "
                        "member_ids, created_at, updated_at) "
                        "VALUES (?, ?, ?, '2026-08-27', '2026-08-28', 'in_progress', ?, ?, ?)");
    if (!h || !m || !c || !v)
        qFatal("prepare");
    const int n = households(), people = persons();
    int person = 0;
    for (int i = 0; i < n; ++i) {
        const QString hid = newId(), cid = newId();
        h->bind(1, hid).bind(2, before).bind(3, before);
        check(h->run(), "household");
        const int size = (i + 1) * qint64(people) / n - person; // spreads persons evenly: 3 or 4 each
        QStringList memberIds;
        for (int k = 0; k < size; ++k, ++person) {
            const QString name = personName(person);
            memberIds << QLatin1Char('"') + newId() + QLatin1Char('"');
            m->bind(1, memberIds.last().mid(1, 36)).bind(2, hid).bind(3, name).bind(4, HouseholdStore::normalizeName(name));
            m->bind(5, personId(person)).bind(6, k == 0 ? "self" : "other").bind(7, before).bind(8, before);
            check(m->run(), "member");
        }
        c->bind(1, cid).bind(2, hid).bind(3, before).bind(4, before);
        check(c->run(), "case");
        v->bind(1, newId()).bind(2, cid).bind(3, hid).bind(4, QLatin1Char('[') + memberIds.join(QLatin1Char(',')) + QLatin1Char(']'));
        v->bind(5, after).bind(6, after);
        check(v->run(), "verification");
    }
    check(tx.commit(), "commit");
}

// Every 100th row is a person under verification (every 1000th under another name); the rest are strangers.
void ensureBatch()
{
    if (QFileInfo(csvPath()).size() > 0)
        return;
    QFile f(csvPath() + QStringLiteral(".part"));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write the batch");
    QByteArray out = QStringLiteral("证件号码,姓名,单位名称,缴费基数,参保日期\n").toUtf8();
    const int rows = batchRows(), people = persons();
    for (int i = 0; i < rows; ++i) {
        QString id, name;
        if (i % 100 == 0) {
            const int p = int((qint64(i / 100) * 7919) % people);
            id = personId(p);
            name = i % 1000 == 0 ? personName(p + 1) + QStringLiteral("某") : personName(p);
        } else {
            id = strangerId(i);
            name = personName(i);
        }
        out += (id + QLatin1Char(',') + name + QStringLiteral(",昭通市某某有限公司,") + formatYuan(200000 + (i % 5000) * 100)
                + QStringLiteral(",2024-03-01\n"))
                   .toUtf8();
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    f.close();
    QFile::rename(f.fileName(), csvPath());
}

ColumnMapping mapping()
{
    ColumnMapping m;
    m.source = QStringLiteral("human_resources");
    m.fields << FieldMapping{QStringLiteral("id_number"), QStringLiteral("证件号码"), 0, FieldType::IdNumber, true}
             << FieldMapping{QStringLiteral("name"), QStringLiteral("姓名"), 0, FieldType::Text, true}
             << FieldMapping{QStringLiteral("employer"), QStringLiteral("单位名称"), 0, FieldType::Text, false}
             << FieldMapping{QStringLiteral("base_amount"), QStringLiteral("缴费基数"), 0, FieldType::Money, false}
             << FieldMapping{QStringLiteral("since"), QStringLiteral("参保日期"), 0, FieldType::Date, false};
    return m;
}

std::unique_ptr<Session> openAsOfficer()
{
    ensureDatabase();
    ensureBatch();
    auto s = Session::open(dbPath());
    if (!s)
        qFatal("open: %s", qPrintable(s.error().message));
    Actor officer;
    officer.userId = QStringLiteral("bench-officer");
    officer.name = QStringLiteral("officer");
    officer.displayName = QStringLiteral("核对员");
    officer.role = Role::VerificationOfficer;
    officer.divisionCode = QStringLiteral("530602");
    (*s)->actAs(officer);
    return std::move(*s);
}

void BM_LoadAuthorizedMembers(benchmark::State &state)
{
    auto session = openAsOfficer();
    for (auto _ : state) {
        auto set = AuthorizedMembers::load(session->db());
        if (!set || set->size() != persons())
            state.SkipWithError("authorized members: wrong count");
        benchmark::DoNotOptimize(set);
    }
    state.counters["persons"] = persons();
}

void BM_StreamDepartmentBatch(benchmark::State &state)
{
    auto session = openAsOfficer();
    DepartmentBatchOptions options;
    options.department = QStringLiteral("human_resources");
    options.mapping = mapping();
    options.path = csvPath();
    options.on = QDate(2026, 9, 3);
    qint64 kept = 0;
    for (auto _ : state) {
        auto result = DepartmentBatchImport::run(*session, options);
        if (!result || !result->stored || result->report.rowsRead != batchRows()) {
            state.SkipWithError(result ? "batch not stored" : qPrintable(result.error().message));
            break;
        }
        kept = result->matched + result->nameMismatch;
        state.PauseTiming();
        check(session->db().exec("DELETE FROM verification_findings"), "clean findings");
        check(session->db().exec("DELETE FROM verification_batches"), "clean batches");
        state.ResumeTiming();
    }
    state.counters["rows"] = batchRows();
    state.counters["persons"] = persons();
    state.counters["kept"] = double(kept);
    state.counters["rows_per_s"] = benchmark::Counter(double(batchRows()), benchmark::Counter::kIsIterationInvariantRate);
}

BENCHMARK(BM_LoadAuthorizedMembers)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
BENCHMARK(BM_StreamDepartmentBatch)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

} // namespace

int main(int argc, char **argv)
{
    return runBenchmarks(argc, argv);
}
