#include "SyncWorker.h"

#include "common/ChinaDate.h"
#include "sync/Backup.h"
#include "sync/HubClient.h"
#include "sync/HubKeys.h"
#include "sync/SyncExporter.h"
#include "sync/SyncNode.h"
#include "sync/SyncPeers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace dibao {

namespace {
QString trWorker(const char *text)
{
    return QCoreApplication::translate("dibao::SyncWorker", text);
}
} // namespace

SyncWorker::SyncWorker(QString databasePath, Actor actor) : m_path(std::move(databasePath)), m_actor(std::move(actor)) {}

SyncWorker::~SyncWorker()
{
    m_node.reset();
    m_session.reset();
}

Session *SyncWorker::session(QString *error)
{
    if (!m_session) {
        auto opened = Session::open(m_path);
        if (!opened) {
            *error = opened.error().message;
            return nullptr;
        }
        m_session = std::move(opened).value();
        m_session->actAs(m_actor);
    }
    return m_session.get();
}

bool SyncWorker::isCounty()
{
    QString error;
    Session *s = session(&error);
    return s && s->isCounty();
}

Status SyncWorker::unlock(const QString &password)
{
    QString error;
    Session *s = session(&error);
    if (!s)
        return makeError(ErrorKind::Io, QStringLiteral("database_unavailable"), error);
    auto node = s->isCounty() ? SyncNode::hub(*s, HubKeys::locate(m_path)) : SyncNode::device(*s, password);
    if (!node)
        return node.error();
    m_node = std::move(node).value();
    return {};
}

Status SyncWorker::requireNode()
{
    if (m_node)
        return {};
    // The county database needs no password: its keys are in the hub key file.
    if (isCounty())
        return unlock(QString());
    return makeError(ErrorKind::Permission, QStringLiteral("sync_locked"),
                     trWorker("Enter your password to open this device's sync keys."));
}

Result<SyncSummary> SyncWorker::summary()
{
    QString error;
    Session *s = session(&error);
    if (!s)
        return makeError(ErrorKind::Io, QStringLiteral("database_unavailable"), error);
    return SyncSummary::read(*s);
}

Result<QList<ImportVerdict>> SyncWorker::syncOnline(int timeoutMs)
{
    DIBAO_TRY(requireNode());
    if (m_node->isHub())
        return makeError(ErrorKind::Invalid, QStringLiteral("not_a_device"),
                         trWorker("The county database is the hub: devices sync with it."));
    HubClient client(*m_node);
    auto report = client.sync(timeoutMs);
    const Status recorded = SyncSummary::recordAttempt(*m_session, report ? QString() : report.error().code);
    if (!report)
        return report.error();
    DIBAO_TRY(recorded);
    return report->pulled;
}

Result<QStringList> SyncWorker::exportBundles(const QString &dir)
{
    DIBAO_TRY(requireNode());
    QList<ExportedBundle> bundles;
    if (m_node->isHub()) {
        auto devices = m_node->peers().all(QStringLiteral("device"));
        if (!devices)
            return devices.error();
        for (const SyncPeer &d : *devices) {
            if (d.status == QLatin1String("revoked") || d.status == QLatin1String("retired"))
                continue;
            auto some = SyncExporter(*m_node).forDevice(d.peerId);
            if (!some)
                return some.error();
            bundles << *some;
        }
    } else {
        auto some = SyncExporter(*m_node).forHub();
        if (!some)
            return some.error();
        bundles = *some;
    }
    return SyncExporter::writeFiles(bundles, dir);
}

QStringList SyncWorker::streamOrder(QStringList files)
{
    static const QRegularExpression name(QStringLiteral("^dibao_(.+)_to_(.+)_(\\d+)\\.zip$"));
    struct Key {
        bool named;
        QString origin;
        qint64 seq;
        int index;
    };
    QList<Key> keys;
    for (int i = 0; i < files.size(); ++i) {
        const auto m = name.match(QFileInfo(files.at(i)).fileName());
        keys << Key{m.hasMatch(), m.hasMatch() ? m.captured(1) : QString(), m.hasMatch() ? m.captured(3).toLongLong() : 0, i};
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.named != b.named)
            return a.named;
        if (a.origin != b.origin)
            return a.origin < b.origin;
        return a.seq < b.seq;
    });
    QStringList out;
    for (const Key &k : keys)
        out << files.at(k.index);
    return out;
}

QList<ImportVerdict> SyncWorker::importFiles(const QStringList &files,
                                             const std::function<void(int, int)> &progress,
                                             const std::atomic_bool *cancel)
{
    QList<ImportVerdict> out;
    if (const Status st = requireNode(); !st) {
        for (const QString &f : files) {
            ImportVerdict v;
            v.file = f;
            v.verdict = QStringLiteral("rejected");
            v.reason = st.error().code;
            v.message = st.error().message;
            out << v;
        }
        return out;
    }
    const QStringList ordered = streamOrder(files);
    SyncImporter importer(*m_node);
    int done = 0;
    for (const QString &file : ordered) {
        if (cancel && cancel->load())
            break;
        const QList<ImportVerdict> verdicts = importer.importFiles({file});
        for (const ImportVerdict &v : verdicts) {
            // A bundle held earlier and applied now that its gap is filled: its file's verdict changes.
            bool replaced = false;
            if (v.wasHeld) {
                for (ImportVerdict &earlier : out)
                    if (earlier.verdict == QLatin1String("held") && earlier.bundleId == v.bundleId) {
                        const QString f = earlier.file;
                        earlier = v;
                        earlier.file = f;
                        replaced = true;
                    }
            }
            if (!replaced)
                out << v;
        }
        ++done;
        if (progress)
            progress(done, int(ordered.size()));
    }
    return out;
}

Result<QString> SyncWorker::backup(const QString &dir)
{
    DIBAO_TRY(requireNode());
    auto info = Backup::create(*m_node, dir);
    if (!info)
        return info.error();
    Transaction tx(m_session->db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(m_session->setMeta(QStringLiteral("backup.last_success"), nowUtc().toString(Qt::ISODate)));
    DIBAO_TRY(tx.commit());
    return info->path;
}

Result<QList<SyncConflict>> SyncWorker::conflicts()
{
    QString error;
    Session *s = session(&error);
    if (!s)
        return makeError(ErrorKind::Io, QStringLiteral("database_unavailable"), error);
    return SyncConflicts(*s).open();
}

Status SyncWorker::resolve(qint64 conflictId, SyncConflicts::Choice choice)
{
    QString error;
    Session *s = session(&error);
    if (!s)
        return makeError(ErrorKind::Io, QStringLiteral("database_unavailable"), error);
    return SyncConflicts(*s).resolve(conflictId, choice);
}

Result<SyncWorker::BackupSchedule> SyncWorker::backupSchedule()
{
    QString error;
    Session *s = session(&error);
    if (!s)
        return makeError(ErrorKind::Io, QStringLiteral("database_unavailable"), error);
    BackupSchedule b;
    auto folder = s->meta(QStringLiteral("backup.folder"));
    if (!folder)
        return folder.error();
    b.folder = *folder;
    auto every = s->meta(QStringLiteral("backup.every_hours"));
    if (!every)
        return every.error();
    b.everyHours = every->toInt();
    auto last = s->meta(QStringLiteral("backup.last_success"));
    if (!last)
        return last.error();
    b.lastSuccess = *last;
    return b;
}

Status SyncWorker::setBackupSchedule(const QString &folder, int everyHours)
{
    QString error;
    Session *s = session(&error);
    if (!s)
        return makeError(ErrorKind::Io, QStringLiteral("database_unavailable"), error);
    Transaction tx(s->db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(s->setMeta(QStringLiteral("backup.folder"), folder.isEmpty() ? QStringLiteral("") : folder));
    DIBAO_TRY(s->setMeta(QStringLiteral("backup.every_hours"), QString::number(qMax(0, everyHours))));
    return tx.commit();
}

bool SyncWorker::backupDue()
{
    auto b = backupSchedule();
    if (!b || b->everyHours <= 0 || b->folder.isEmpty() || !QFileInfo(b->folder).isDir())
        return false;
    if (b->lastSuccess.isEmpty())
        return true;
    const QDateTime last = QDateTime::fromString(b->lastSuccess, Qt::ISODate);
    return !last.isValid() || last.addSecs(qint64(b->everyHours) * 3600) <= nowUtc();
}

} // namespace dibao
