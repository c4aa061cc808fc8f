#include "db/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

namespace dibao {

namespace {
QString trDb(const char *text)
{
    return QCoreApplication::translate("dibao::Database", text);
}
} // namespace

// Copies the WAL into the database through a connection of its own, on its own thread, when asked.
class Database::Checkpointer {
public:
    explicit Checkpointer(QByteArray path) : m_path(std::move(path)), m_thread([this] { run(); }) {}
    ~Checkpointer()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    quint64 done() const { return m_done; }
    void request()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_requested = true;
        }
        m_wake.notify_one();
    }

private:
    void run()
    {
        sqlite3 *db = nullptr;
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || m_requested; });
            if (m_stop)
                break; // the closing connection checkpoints what is left
            m_requested = false;
            lock.unlock();
            // A connection learns that the database is in WAL mode from its first read: until then a checkpoint
            // through it does nothing.
            if (!db
                && (sqlite3_open_v2(m_path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
                        != SQLITE_OK
                    || sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) != SQLITE_OK)) {
                sqlite3_close_v2(db); // tried again at the next request; kCheckpointHerePages bounds the WAL
                db = nullptr;
            }
            int walFrames = -1; // -1: the connection does not see a WAL, nothing was done
            if (db && sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &walFrames, nullptr) == SQLITE_OK
                && walFrames >= 0)
                ++m_done;
            lock.lock();
        }
        lock.unlock();
        if (db)
            sqlite3_close_v2(db);
    }

    const QByteArray m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stop = false;
    std::atomic<quint64> m_done{0};
    std::thread m_thread; // last: started once the rest is made
};

int Database::walCommitted(void *self, sqlite3 *db, const char *schema, int pages)
{
    auto *database = static_cast<Database *>(self);
    if (pages >= kCheckpointHerePages)
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    else if (pages >= kCheckpointPages) {
        if (!database->m_checkpointer)
            database->m_checkpointer = std::make_unique<Checkpointer>(database->m_path.toUtf8());
        database->m_checkpointer->request();
    }
    return SQLITE_OK;
}

quint64 Database::backgroundCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->done() : 0;
}

Status Database::checkpoint()
{
    m_checkpointer.reset(); // waits for its checkpoint; started again at the next full WAL
    if (sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr) != SQLITE_OK)
        return lastError(trDb("copying the WAL into the database"));
    return {};
}

Database::Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

Database::~Database()
{
    m_checkpointer.reset();
    m_cacheByAddress.clear();
    m_cache.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
}

Error Database::lastError(const QString &what) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    const bool busy = (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
    return makeError(busy ? ErrorKind::Conflict : ErrorKind::Io,
                     busy ? QStringLiteral("db_busy") : QStringLiteral("db_error"),
                     trDb("Database error while %1: %2").arg(what, detail));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (!options.create && !QFileInfo::exists(path))
        return makeError(ErrorKind::NotFound, QStringLiteral("db_missing"),
                         trDb("The database file %1 does not exist.").arg(path));
    sqlite3 *raw = nullptr;
    int flags = options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.readOnly)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return db->lastError(trDb("opening %1").arg(path));
    sqlite3_extended_result_codes(raw, 1);
    // Every end of a transaction counted (transactionsEnded()); the commit hook's 0 lets the commit go on.
    sqlite3_commit_hook(raw, [](void *counter) { ++*static_cast<quint64 *>(counter); return 0; },
                        &db->m_transactionsEnded);
    sqlite3_rollback_hook(raw, [](void *counter) { ++*static_cast<quint64 *>(counter); }, &db->m_transactionsEnded);
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);

    const QByteArray pragmas = QByteArray("PRAGMA foreign_keys=ON;")
        + "PRAGMA cache_size=-" + QByteArray::number(options.cacheKiB) + ";"
        + "PRAGMA mmap_size=" + QByteArray::number(options.mmapBytes) + ";"
        + "PRAGMA temp_store=MEMORY;";
    // A file that is not a database fails here, with a clear message, before any pragma could touch it.
    {
        sqlite3_stmt *probe = nullptr;
        int probeRc = sqlite3_prepare_v2(raw, "SELECT count(*) FROM sqlite_schema", -1, &probe, nullptr);
        if (probeRc == SQLITE_OK)
            probeRc = sqlite3_step(probe);
        sqlite3_finalize(probe);
        if (probeRc != SQLITE_ROW)
            return makeError(ErrorKind::Invalid, QStringLiteral("db_not_a_database"),
                             trDb("%1 is not a dibao database (%2).").arg(path, QString::fromUtf8(sqlite3_errmsg(raw))));
    }
    DIBAO_TRY(db->exec(pragmas.constData()));
    if (!options.readOnly) {
        DIBAO_TRY(db->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"));
        if (options.checkpointInBackground)
            sqlite3_wal_hook(raw, &Database::walCommitted, db.get()); // replaces the automatic checkpoint
    }
    return db;
}

int Database::schemaVersion()
{
    auto st = prepare("PRAGMA user_version");
    if (!st || !st->step().ok())
        return -1;
    return st->integer(0);
}

Status Database::migrate(const std::vector<Migration> &migrations)
{
    const int current = schemaVersion();
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (current > newest)
        return makeError(ErrorKind::Invalid, QStringLiteral("schema_newer"),
                         trDb("This database has schema version %1, newer than this program knows (%2). "
                              "Install a newer dibao to open it.")
                             .arg(current)
                             .arg(newest));
    if (current == newest)
        return {};
    Transaction tx(*this);
    DIBAO_TRY(tx.begun());
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        DIBAO_TRY(exec(m.sql));
        const QByteArray setVersion = "PRAGMA user_version=" + QByteArray::number(m.version);
        DIBAO_TRY(exec(setVersion.constData()));
    }
    return tx.commit();
}

Result<Statement> Database::prepare(const QString &sql)
{
    return prepare(sql.toUtf8().constData());
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return lastError(trDb("preparing \"%1\"").arg(QString::fromUtf8(sql).left(120)));
    return Statement(this, stmt);
}

Result<Statement *> Database::cached(const QString &sql)
{
    auto found = m_cache.find(sql);
    if (found != m_cache.end()) {
        found->second->reset();
        return found->second.get();
    }
    auto st = prepare(sql);
    if (!st)
        return st.error();
    auto owned = std::make_unique<Statement>(std::move(st).value());
    Statement *raw = owned.get();
    m_cache.emplace(sql, std::move(owned));
    return raw;
}

Result<Statement *> Database::cached(const char *sql)
{
    auto found = m_cacheByAddress.find(sql);
    if (found != m_cacheByAddress.end() && std::strcmp(found->second.first.constData(), sql) == 0) {
        found->second.second->reset();
        return found->second.second;
    }
    auto st = cached(QString::fromUtf8(sql));
    if (!st)
        return st.error();
    m_cacheByAddress.insert_or_assign(sql, std::pair<QByteArray, Statement *>(QByteArray(sql), *st));
    return *st;
}

Status Database::exec(const char *sql)
{
    if (consumeInjectedFault())
        return makeError(ErrorKind::Io, QStringLiteral("db_error"), trDb("Injected database fault."));
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Error error = lastError(trDb("running \"%1\"").arg(QString::fromUtf8(sql).left(120)));
        sqlite3_free(message);
        return error;
    }
    return {};
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

bool Database::consumeInjectedFault()
{
    if (m_failAfterSteps <= 0)
        return false;
    return --m_failAfterSteps == 0;
}

// --- Statement

Statement::Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) { other.m_stmt = nullptr; }
Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}
Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}
Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}
Statement &Statement::bindTextUncopied(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}
Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}
Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}
Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}
Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    if (m_db->consumeInjectedFault())
        return makeError(ErrorKind::Io, QStringLiteral("db_error"), trDb("Injected database fault."));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_db->lastError(trDb("running \"%1\"").arg(QString::fromUtf8(sqlite3_sql(m_stmt)).left(120)));
    sqlite3_reset(m_stmt);
    return error;
}

Status Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

Status Statement::forEachRow(const std::function<void()> &onRow)
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        onRow();
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
QString Statement::columnName(int column) const { return QString::fromUtf8(sqlite3_column_name(m_stmt, column)); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}
qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}
int Statement::type(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return QVariant();
    }
}

// --- Transaction

Transaction::Transaction(Database &db) : m_db(db)
{
    if (db.inTransaction())
        return; // joins the outer transaction; the outer one commits or rolls back
    m_begun = db.exec("BEGIN IMMEDIATE");
    m_owner = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_owner && !m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Transaction::commit()
{
    if (!m_begun)
        return m_begun.error();
    m_done = true;
    if (!m_owner)
        return {};
    Status st = m_db.exec("COMMIT");
    if (!st)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    return st;
}

} // namespace dibao
