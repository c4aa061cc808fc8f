#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dibao {

class Statement;

// One migration step: the SQL that takes the schema from version-1 to version.
struct Migration {
    int version;
    const char *sql;
};

// The one owner of a SQLite connection. Opens with WAL, foreign keys, a busy timeout and real cache/mmap sizes;
// applies ordered migrations in one transaction; refuses a schema newer than this build knows.
class Database {
public:
    struct Options {
        bool create = true;          // create the file if missing
        bool readOnly = false;
        int busyTimeoutMs = 10000;
        qint64 cacheKiB = 64 * 1024; // 64 MiB page cache
        qint64 mmapBytes = 256ll * 1024 * 1024;
        // Where a commit leaves the WAL at kCheckpointPages pages or more, the WAL is copied into the database on a
        // thread of this connection's own (a PASSIVE checkpoint: it blocks no writer and no reader), not in the
        // commit. Off: SQLite's own automatic checkpoint, in the commit that fills the WAL.
        bool checkpointInBackground = true;
    };
    static constexpr int kCheckpointPages = 1000;     // SQLite's automatic checkpoint's threshold
    static constexpr int kCheckpointHerePages = 50000; // the WAL grew this far anyway (a reader held it): here
    // Checkpoints the background thread completed (tests).
    quint64 backgroundCheckpoints() const;
    // Copies the whole WAL into the database now and empties it, once a background checkpoint under way has
    // finished (before measuring, or before copying the file).
    Status checkpoint();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }

    // Brings the schema to the newest of `migrations` (ordered by version, gapless from 1). A database whose
    // user_version is newer than the newest migration is refused with code "schema_newer".
    Status migrate(const std::vector<Migration> &migrations);
    int schemaVersion();

    Result<Statement> prepare(const QString &sql);
    // A prepared statement kept for the connection's life, reset before it is returned: for hot paths.
    Result<Statement *> cached(const QString &sql);
    // The same for SQL in a C string (a literal, mostly): found by its address first, confirmed by its text, so a
    // hot path does not convert and hash the SQL on every call.
    Result<Statement *> cached(const char *sql);
    Result<Statement> prepare(const char *sql);
    // Runs SQL with no parameters and no result rows (may hold several statements).
    Status exec(const char *sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    bool inTransaction() const;
    // Counts the transactions this connection ended (committed or rolled back, explicit or not): a value read inside
    // a transaction and still the same later means the same transaction, so what it read (and wrote) still holds.
    quint64 transactionsEnded() const { return m_transactionsEnded; }

    // Fault injection for tests: the Nth statement step from now fails with SQLITE_IOERR (0 disables).
    void failAfterSteps(int steps) { m_failAfterSteps = steps; }

    Error lastError(const QString &what) const;

private:
    friend class Statement;
    explicit Database(sqlite3 *db, QString path);
    bool consumeInjectedFault();

    class Checkpointer;
    static int walCommitted(void *self, sqlite3 *db, const char *schema, int pages);

    std::unique_ptr<Checkpointer> m_checkpointer; // started at the first full WAL; stopped before the close
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_cache;
    std::unordered_map<const char *, std::pair<QByteArray, Statement *>> m_cacheByAddress;
    int m_failAfterSteps = 0;
    quint64 m_transactionsEnded = 0;
};

// A prepared statement. Bind by 1-based index; step() returns true while a row is available.
class Statement {
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);   // a null QString binds NULL
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindText(int index, const QByteArray &utf8); // TEXT from UTF-8 bytes (a null array binds NULL)
    // The same without SQLite's copy of the bytes: they must stay as they are until reset() (which clears the
    // bindings), so call reset() after the statement ran, whatever way it ended.
    Statement &bindTextUncopied(int index, const QByteArray &utf8);
    Statement &bind(int index, const QVariant &value);  // null, integer, string or bytes
    Statement &bindNull(int index);

    // Steps once. Ok(true): a row is ready; Ok(false): done.
    Result<bool> step();
    // Steps to completion (for writes).
    Status run();
    // Steps through every row, calling onRow() with the row current, then resets the statement.
    Status forEachRow(const std::function<void()> &onRow);
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    QByteArray blob(int column) const;
    QVariant value(int column) const;
    // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL (1–5).
    int type(int column) const;
    // A TEXT value's UTF-8 bytes, valid until the statement steps or resets.
    QByteArrayView utf8(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt);

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// RAII write transaction: BEGIN IMMEDIATE (in WAL a read-then-write transaction would otherwise get SQLITE_BUSY
// at once whatever the timeout), ROLLBACK unless commit() succeeded. Nested use joins the outer transaction.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // The error from BEGIN, if any. Check before writing.
    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_owner = false;
    bool m_done = false;
};

} // namespace dibao
