// Sync benchmarks (issue "signed, encrypted change bundles"): cutting a bundle of 10,000 changes, bytes per change,
// importing it at the hub (verified, decrypted, merged, applied) against a bare apply loop over the same changes in the
// same run, and the hub's throughput with 30 concurrent clients through nginx. Figures: docs/benchmarks.md "Sync".
//
// Environment:
//   DIBAO_BENCH_SYNC_HOUSEHOLDS  households written on the device (default 2000 ≈ 10,000 changes; DIBAO_BENCH_HOUSEHOLDS
//                                caps it, so CI's tiny run stays tiny)
//   DIBAO_BENCH_SYNC_CLIENTS     clients for the hub throughput (default 30), each sending DIBAO_BENCH_SYNC_ROUNDS
//                                bundles (default 4) of 100 households
//   The hub benchmark needs dibao-hub (found beside this build), nginx (/usr/sbin/nginx), openssl and curl; without
//   them it is skipped with a message.
#include "BenchMain.h"
#include "common/ChinaDate.h"
#include "db/Database.h"
#include "domain/IdNumber.h"
#include "store/AddressIndex.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"
#include "sync/BundleReader.h"
#include "sync/CanonicalJson.h"
#include "sync/Change.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncNode.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace dibao;

namespace {

void die(const QString &what)
{
    std::fprintf(stderr, "bench_sync: %s\n", what.toUtf8().constData());
    std::exit(2);
}

template <typename T>
T must(Result<T> r, const char *what)
{
    if (!r)
        die(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), r.error().message));
    return std::move(r).value();
}

void must(const Status &s, const char *what)
{
    if (!s)
        die(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), s.error().message));
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariable(name).toInt(&ok);
    return ok && v > 0 ? v : fallback;
}

QString idNumber(const QString &county, const QDate &birth, int sequence)
{
    const QString first17 = county + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + idNumberCheckCharacter(first17);
}

// A three-person rural household with a wage: five changes (household, three members, an income item).
HouseholdFile household(int n, const QString &township)
{
    HouseholdFile f;
    f.household.divisionCode = township;
    f.household.villageName = QStringLiteral("新村%1组").arg(n % 12 + 1);
    f.household.area = Area::Rural;
    f.household.registeredAddress = QStringLiteral("昭阳区旧圃镇新村%1组%2号").arg(n % 12 + 1).arg(n);
    f.household.actualAddress = f.household.registeredAddress;
    f.household.bankName = QStringLiteral("昭阳农商银行");
    f.household.bankAccount = QStringLiteral("62170000%1").arg(n, 10, 10, QLatin1Char('0'));
    f.household.phone = QStringLiteral("138%1").arg(n, 8, 10, QLatin1Char('0'));
    const QString county = township.left(6);
    const QDate base(1950 + n % 40, 1 + n % 12, 1 + n % 28);
    const QStringList names{QStringLiteral("王建国"), QStringLiteral("李秀英"), QStringLiteral("王小明")};
    for (int m = 0; m < 3; ++m) {
        Member member;
        member.name = names.at(m);
        member.idNumber = idNumber(county, m == 2 ? base.addYears(28) : base.addDays(m * 400), (n * 7 + m) % 999 + 1);
        member.relation = m == 0 ? Relation::Self : m == 1 ? Relation::Spouse : Relation::Child;
        f.members << member;
    }
    IncomeItem wage;
    wage.kind = QStringLiteral("wage");
    wage.fromMonth = QDate(2025, 11, 1);
    wage.toMonth = QDate(2026, 10, 1);
    wage.amount = 110000 * 12 + n;
    f.incomes << wage;
    return f;
}

QString lineOf(const QString &text, const QString &key)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed();
    return {};
}

// The world the benchmarks share: a county hub and one township device with its changes, both pristine on disk.
struct World {
    QTemporaryDir dir;
    QString hubPath, devicePath, keyFile;
    QString deviceId;
    int households = 0;
    qint64 changes = 0;
    QByteArray bundle;          // the device's bundle of all its changes
    QList<QJsonObject> lines;   // its change lines, decrypted (for the bare loop)
    qint64 bundleBytes = 0;
};

World &world()
{
    static World w;
    return w;
}

std::unique_ptr<Session> openAs(const QString &path)
{
    auto s = must(Session::open(path), "open");
    must(s->signIn(QStringLiteral("admin"), QStringLiteral("bench1")), "sign in");
    return s;
}

void prepare()
{
    World &w = world();
    w.households = envInt("DIBAO_BENCH_SYNC_HOUSEHOLDS", 2000);
    if (qEnvironmentVariableIsSet("DIBAO_BENCH_HOUSEHOLDS"))
        w.households = std::min(w.households, envInt("DIBAO_BENCH_HOUSEHOLDS", 2000));
    w.hubPath = w.dir.filePath(QStringLiteral("hub.db"));
    w.devicePath = w.dir.filePath(QStringLiteral("device.db"));
    w.keyFile = w.hubPath + QStringLiteral(".hub-keys");
    Session::InitOptions init;
    init.adminName = QStringLiteral("admin");
    init.adminPassword = QStringLiteral("bench1");
    init.cheapPasswordHash = true;
    init.divisionCode = QStringLiteral("530602");
    auto hub = must(Session::create(w.hubPath, init), "hub");
    init.divisionCode = QStringLiteral("530602101");
    auto device = must(Session::create(w.devicePath, init), "device");
    auto hubNode = must(SyncNode::hub(*hub, w.keyFile, true), "hub keys");
    auto deviceNode = must(SyncNode::device(*device, QStringLiteral("bench1")), "device keys");
    must(deviceNode->join(CanonicalJson::serialize(must(hubNode->hubCard(QString(), QString()), "card"))), "join");
    must(hubNode->enroll(CanonicalJson::serialize(must(deviceNode->deviceKeys()->keyCard(), "key card")), QString()), "enroll");
    w.deviceId = device->deviceId();
    // The device's init changes (its admin) go first, applied at the hub, so the measured bundle holds the households.
    const QList<ExportedBundle> first = must(SyncExporter(*deviceNode).forHub(), "first export");
    const QList<ImportVerdict> applied = SyncImporter(*hubNode).importBytes(first.first().zip, QStringLiteral("init"));
    if (applied.first().verdict != QLatin1String("applied"))
        die(QStringLiteral("the first bundle: %1").arg(applied.first().reason));
    must(device->db().exec("UPDATE sync_out SET acked_at = 'x', zip = NULL"), "ack");
    QElapsedTimer t;
    t.start();
    HouseholdStore store(*device);
    {
        Transaction tx(device->db());
        for (int n = 0; n < w.households; ++n) {
            HouseholdFile f = household(n, device->divisionCode());
            must(store.create(f), "household");
        }
        must(tx.commit(), "commit");
    }
    std::fprintf(stderr, "bench_sync: %d households written on the device in %.1f s\n", w.households, t.elapsed() / 1000.0);
    deviceNode.reset();
    hubNode.reset();
    device.reset();
    hub.reset();
}

// Puts the device back to "nothing cut yet" for the households (between export iterations).
void resetDeviceOutbox(Session &s, qint64 firstSeq)
{
    must(s.db().exec("DELETE FROM sync_out WHERE acked_at IS NULL"), "reset");
    auto st = must(s.db().prepare("UPDATE sync_peers SET out_seq = 1, out_position = ?, out_bundle_id = "
                                  "(SELECT bundle_id FROM sync_out WHERE bundle_seq = 1)"), "reset peer");
    st.bind(1, firstSeq - 1);
    must(st.run(), "reset peer");
}

void BM_ExportChanges(benchmark::State &state)
{
    World &w = world();
    auto s = openAs(w.devicePath);
    auto node = must(SyncNode::device(*s, QStringLiteral("bench1")), "device");
    auto first = must(s->db().prepare("SELECT p.position + 1, (SELECT count(*) FROM outbox WHERE change_seq > p.position "
                                      "AND entity <> 'policy_rows') FROM sync_out p WHERE p.bundle_seq = 1"), "first");
    must(first.step(), "first");
    const qint64 firstSeq = first.int64(0);
    w.changes = first.int64(1);
    for (auto _ : state) {
        state.PauseTiming();
        resetDeviceOutbox(*s, firstSeq);
        state.ResumeTiming();
        auto bundles = must(SyncExporter(*node).forHub(), "export");
        benchmark::DoNotOptimize(bundles);
        state.PauseTiming();
        w.bundle = bundles.last().zip;
        w.bundleBytes = w.bundle.size();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * w.changes);
    state.counters["changes"] = double(w.changes);
    state.counters["bundle_bytes"] = double(w.bundleBytes);
    state.counters["bytes_per_change"] = double(w.bundleBytes) / double(w.changes);
    // Plaintext, for comparison with the ciphertext (which does not compress).
    auto keys = must(SyncNode::hub(*openAs(w.hubPath), w.keyFile), "hub");
    const BoxKeyPair box{keys->hubKeys()->box().publicKey, keys->hubKeys()->box().secretKey.clone()};
    auto opened = must(BundleReader::open(w.bundle, [&](const QString &) { return std::optional<QByteArray>(node->signer().publicKey); }, box), "open");
    w.lines = opened.changes;
    qint64 plain = 0;
    for (const QJsonObject &l : w.lines)
        plain += CanonicalJson::serialize(l).size() + 1;
    state.counters["plain_bytes_per_change"] = double(plain) / double(w.changes);
}
BENCHMARK(BM_ExportChanges)->Unit(benchmark::kMillisecond)->MinTime(0.5);

QString copyHub(const QString &name)
{
    World &w = world();
    const QString path = w.dir.filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!QFile::copy(w.hubPath, path))
        die(QStringLiteral("cannot copy the hub database"));
    return path;
}

void BM_ImportChanges(benchmark::State &state)
{
    World &w = world();
    if (w.bundle.isEmpty())
        die(QStringLiteral("run BM_ExportChanges first"));
    double closeMs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = copyHub(QStringLiteral("import.db"));
        auto s = openAs(path);
        auto node = must(SyncNode::hub(*s, w.keyFile), "hub");
        state.ResumeTiming();
        const QList<ImportVerdict> v = SyncImporter(*node).importBytes(w.bundle, QStringLiteral("bench"));
        state.PauseTiming();
        if (v.isEmpty() || v.first().verdict != QLatin1String("applied") || !v.first().refused.isEmpty())
            die(QStringLiteral("import: %1 %2").arg(v.isEmpty() ? QString() : v.first().verdict, v.isEmpty() ? QString() : v.first().reason));
        QElapsedTimer closing;
        closing.start();
        node.reset();
        s.reset();
        closeMs += closing.nsecsElapsed() / 1e6;
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * w.changes);
    // Not timed: closing the database after the commit, which waits for a background checkpoint still running and
    // copies the rest of the WAL into the database (what the hub's next writes would otherwise run beside).
    state.counters["close_ms"] = closeMs / double(state.iterations());
}
// Wall time: the import reads the lines on two threads.
BENCHMARK(BM_ImportChanges)->Unit(benchmark::kMillisecond)->MinTime(1.0)->UseRealTime();

// The reference: parse each canonical line, upsert the record with an HLC guard, the address index (the households
// trigger queues, the queue is indexed before the commit as the importer does), a hash-chained audit row — in one
// transaction, no crypto, no merge policy, no change log.
void BM_BareApplyLoop(benchmark::State &state)
{
    World &w = world();
    if (w.lines.isEmpty())
        die(QStringLiteral("run BM_ExportChanges first"));
    QList<QByteArray> raw;
    for (const QJsonObject &l : w.lines)
        raw << CanonicalJson::serialize(l);
    double closeMs = 0; // closing the database after the commit: the rest of the WAL copied into it (not timed)
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = copyHub(QStringLiteral("bare.db"));
        auto s = openAs(path);
        must(s->db().exec("CREATE TABLE bare_versions (entity TEXT, id TEXT, hlc TEXT, PRIMARY KEY(entity, id)) "
                          "WITHOUT ROWID"),
             "bare table");
        QHash<QString, QStringList> columns;
        state.ResumeTiming();
        Transaction tx(s->db());
        for (const QByteArray &bytes : raw) {
            const QJsonObject line = must(CanonicalJson::parse(bytes, 1 << 20), "parse");
            const QString entity = line.value(QStringLiteral("entity")).toString();
            const QString id = line.value(QStringLiteral("entity_id")).toString();
            const QString hlc = line.value(QStringLiteral("hlc")).toString();
            const QJsonObject fields = line.value(QStringLiteral("fields")).toObject();
            auto guard = must(s->db().cached("SELECT hlc FROM bare_versions WHERE entity = ? AND id = ?"), "guard");
            guard->bind(1, entity).bind(2, id);
            const bool newer = !must(guard->step(), "guard") || guard->text(0) < hlc;
            guard->reset();
            if (!newer)
                continue;
            QStringList cols = fields.keys();
            QStringList marks, updates;
            for (const QString &c : cols) {
                marks << QStringLiteral("?");
                updates << c + QStringLiteral("=excluded.") + c;
            }
            auto up = must(s->db().cached(QStringLiteral("INSERT INTO %1(id,%2,created_at,updated_at) VALUES (?,%3,?,?) "
                                                         "ON CONFLICT(id) DO UPDATE SET %4")
                                              .arg(entity, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(',')),
                                                   updates.join(QLatin1Char(',')))),
                           "upsert");
            int i = 1;
            up->bind(i++, id);
            for (const QString &c : cols) {
                const QJsonValue v = fields.value(c);
                if (v.isDouble())
                    up->bind(i++, qint64(v.toInteger()));
                else if (v.isNull())
                    up->bindNull(i++);
                else
                    up->bind(i++, v.toString());
            }
            up->bind(i, hlc).bind(i + 1, hlc);
            i += 2;
            must(up->run(), "upsert");
            auto ver = must(s->db().cached("INSERT OR REPLACE INTO bare_versions(entity, id, hlc) VALUES (?,?,?)"), "ver");
            ver->bind(1, entity).bind(2, id).bind(3, hlc);
            must(ver->run(), "ver");
            must(s->audit().append(WriteContext{line.value(QStringLiteral("user")).toString(), QString(),
                                                line.value(QStringLiteral("origin")).toString()},
                                   entity, id, QStringLiteral("sync"), QByteArray(), CanonicalJson::serialize(fields)),
                 "audit");
        }
        must(indexQueuedAddresses(s->db()), "address index");
        must(tx.commit(), "commit");
        state.PauseTiming();
        QElapsedTimer closing;
        closing.start();
        s.reset();
        closeMs += closing.nsecsElapsed() / 1e6;
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * w.changes);
    state.counters["close_ms"] = closeMs / double(state.iterations());
}
BENCHMARK(BM_BareApplyLoop)->Unit(benchmark::kMillisecond)->MinTime(1.0)->UseRealTime();

// --- the hub behind nginx, 30 clients at once

QString buildDir()
{
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(QLatin1Char('/'), 0, -3);
}

QString sourceDir()
{
    QFile cache(buildDir() + QStringLiteral("/CMakeCache.txt"));
    if (!cache.open(QIODevice::ReadOnly))
        return {};
    return lineOf(QString::fromUtf8(cache.readAll()), QStringLiteral("dibao_SOURCE_DIR:STATIC="));
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

bool waitForPort(quint16 port)
{
    for (int i = 0; i < 200; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100))
            return true;
        QThread::msleep(50);
    }
    return false;
}

void BM_HubThroughputThroughNginx(benchmark::State &state)
{
    const int clients = envInt("DIBAO_BENCH_SYNC_CLIENTS", 30);
    const int rounds = envInt("DIBAO_BENCH_SYNC_ROUNDS", 4);
    const int perBundle = std::min(100, std::max(10, world().households / 20));
    const QString hubBin = buildDir() + QStringLiteral("/app/hub/dibao-hub");
    const QString site = sourceDir() + QStringLiteral("/installer/hub/nginx-dibao-hub.conf");
    if (!QFileInfo::exists(hubBin) || !QFileInfo::exists(site) || !QFileInfo::exists(QStringLiteral("/usr/sbin/nginx"))) {
        state.SkipWithError("needs dibao-hub, installer/hub/nginx-dibao-hub.conf and nginx");
        return;
    }
    QTemporaryDir dir;
    // A fresh hub with one device per client, each with its bundles cut and written.
    Session::InitOptions init;
    init.adminName = QStringLiteral("admin");
    init.adminPassword = QStringLiteral("bench1");
    init.cheapPasswordHash = true;
    init.divisionCode = QStringLiteral("530602");
    const QString hubPath = dir.filePath(QStringLiteral("hub.db"));
    auto hub = must(Session::create(hubPath, init), "hub");
    auto hubNode = must(SyncNode::hub(*hub, hubPath + QStringLiteral(".hub-keys"), true), "hub keys");
    const QByteArray card = CanonicalJson::serialize(must(hubNode->hubCard(QString(), QString()), "card"));
    QList<QStringList> files; // per client, its bundles in order
    qint64 totalChanges = 0;
    for (int c = 0; c < clients; ++c) {
        init.divisionCode = QStringLiteral("530602101");
        auto device = must(Session::create(dir.filePath(QStringLiteral("d%1.db").arg(c)), init), "device");
        auto node = must(SyncNode::device(*device, QStringLiteral("bench1")), "device keys");
        must(node->join(card), "join");
        must(hubNode->enroll(CanonicalJson::serialize(must(node->deviceKeys()->keyCard(), "card")), QString()), "enroll");
        HouseholdStore store(*device);
        QList<ExportedBundle> bundles;
        for (int r = 0; r < rounds; ++r) {
            Transaction tx(device->db());
            for (int n = 0; n < perBundle; ++n) {
                HouseholdFile f = household(c * 100000 + r * 1000 + n, device->divisionCode());
                must(store.create(f), "household");
            }
            must(tx.commit(), "commit");
            bundles = must(SyncExporter(*node).forHub(), "export");
        }
        for (const ExportedBundle &b : bundles)
            totalChanges += b.changeCount;
        files << must(SyncExporter::writeFiles(bundles, dir.filePath(QStringLiteral("c%1").arg(c))), "write");
    }
    hubNode.reset();
    hub.reset();

    // dibao-hub, and nginx in front with the shipped site.
    QProcess hubProcess;
    hubProcess.setStandardErrorFile(dir.filePath(QStringLiteral("hub.log")));
    hubProcess.start(hubBin, {QStringLiteral("--db"), hubPath, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    hubProcess.waitForReadyRead(10000);
    const QString listening = QString::fromUtf8(hubProcess.readAllStandardOutput());
    const quint16 hubPort = quint16(listening.section(QLatin1Char(':'), -1).trimmed().toUInt());
    QProcess::execute(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                                  QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                                  QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                                                  QStringLiteral("/CN=bench"), QStringLiteral("-keyout"),
                                                  dir.filePath(QStringLiteral("k.pem")), QStringLiteral("-out"),
                                                  dir.filePath(QStringLiteral("c.pem"))});
    const quint16 port = freePort();
    QFile siteFile(site);
    siteFile.open(QIODevice::ReadOnly);
    QString text = QString::fromUtf8(siteFile.readAll());
    text.replace(QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(port));
    text.replace(QStringLiteral("/etc/dibao-hub/tls/hub.crt"), dir.filePath(QStringLiteral("c.pem")));
    text.replace(QStringLiteral("/etc/dibao-hub/tls/hub.key"), dir.filePath(QStringLiteral("k.pem")));
    text.replace(QStringLiteral("server 127.0.0.1:8470;"), QStringLiteral("server 127.0.0.1:%1;").arg(hubPort));
    text.replace(QStringLiteral("/var/log/nginx/"), dir.path() + QLatin1Char('/'));
    QFile out(dir.filePath(QStringLiteral("site.conf")));
    out.open(QIODevice::WriteOnly);
    out.write(text.toUtf8());
    out.close();
    QFile conf(dir.filePath(QStringLiteral("nginx.conf")));
    conf.open(QIODevice::WriteOnly);
    conf.write(QStringLiteral("%1daemon off;\nworker_processes 2;\npid %2/nginx.pid;\nerror_log %2/error.log;\n"
                              "events { worker_connections 1024; }\nhttp { access_log %2/access.log; "
                              "client_body_temp_path %2/body; proxy_temp_path %2/proxy; include %2/site.conf; }\n")
                   .arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), dir.path())
                   .toUtf8());
    conf.close();
    QProcess nginx;
    nginx.start(QStringLiteral("/usr/sbin/nginx"), {QStringLiteral("-p"), dir.path(), QStringLiteral("-c"), conf.fileName(),
                                                    QStringLiteral("-e"), dir.filePath(QStringLiteral("start.log"))});
    if (hubPort == 0 || !waitForPort(port)) {
        state.SkipWithError("the hub or nginx did not start");
        return;
    }
    for (auto _ : state) {
        // Each client uploads its bundles one after the other (curl, as a device would PUT them); all clients at once.
        std::vector<std::unique_ptr<QProcess>> procs;
        for (const QStringList &mine : files) {
            QStringList args{QStringLiteral("-s"), QStringLiteral("-k"), QStringLiteral("--fail-with-body"),
                             QStringLiteral("--retry"), QStringLiteral("20"), QStringLiteral("--retry-all-errors")};
            for (int i = 0; i < mine.size(); ++i) {
                if (i > 0)
                    args << QStringLiteral("--next") << QStringLiteral("-s") << QStringLiteral("-k")
                         << QStringLiteral("--fail-with-body") << QStringLiteral("--retry") << QStringLiteral("20")
                         << QStringLiteral("--retry-all-errors");
                args << QStringLiteral("-X") << QStringLiteral("PUT") << QStringLiteral("--data-binary")
                     << QLatin1Char('@') + mine.at(i) << QStringLiteral("-o") << QStringLiteral("/dev/null")
                     << QStringLiteral("https://127.0.0.1:%1/v1/bundles").arg(port);
            }
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral("curl"), args);
            procs.push_back(std::move(p));
        }
        for (auto &p : procs) {
            p->waitForFinished(600000);
            if (p->exitCode() != 0)
                state.SkipWithError("an upload failed");
        }
    }
    nginx.terminate();
    nginx.waitForFinished(5000);
    hubProcess.terminate();
    hubProcess.waitForFinished(5000);
    auto check = openAs(hubPath);
    auto st = must(check->db().prepare("SELECT count(*) FROM sync_in"), "count");
    must(st.step(), "count");
    state.counters["bundles"] = double(st.int64(0));
    state.counters["clients"] = clients;
    state.counters["bundles_per_s"] = benchmark::Counter(double(st.int64(0)), benchmark::Counter::kIsRate);
    state.SetItemsProcessed(totalChanges);
    if (st.int64(0) != qint64(clients) * rounds)
        state.SkipWithError("not every bundle was applied");
}
BENCHMARK(BM_HubThroughputThroughNginx)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    return runBenchmarks(argc, argv, prepare);
}
