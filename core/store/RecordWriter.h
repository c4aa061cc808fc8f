#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"
#include "sync/ChangeLog.h"
#include "sync/MergePolicy.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace dibao {

class Database;
class Statement;

// A record as column → value (QString, qint64 or null). The one generic write path: every insert and update
// of a synced table goes through here, so the audit trail and the outbox can never be skipped.
using Row = QVariantMap;

class RecordWriter {
public:
    // Checks the merge-policy table against auditedTables(): a record type without a merge row is a broken build,
    // refused when the first database is opened (throws std::logic_error, code merge_policy_missing).
    RecordWriter(Database &db, AuditLog &audit);

    // The tables whose records are audited (and later synced), with their columns.
    static const QStringList &auditedTables();
    Result<QStringList> columns(const QString &table);

    // Inserts a record: row must hold "id"; created/updated columns are filled here. Inside the caller's
    // transaction (or its own). In the same transaction the change goes to the outbox (change_log with this
    // device as origin, the next gapless change_seq, an HLC, the user and the fields written).
    // `stored`, if given, receives the record as stored.
    Status insert(const WriteContext &who, const QString &table, Row row, Row *stored = nullptr);
    // Updates the given columns of one record and audits before/after; the fields that really changed go to the
    // outbox. No-op (no audit, no change) if nothing changes. A decision (action confirm, refuse, decide_review on
    // a case) also records the digest of the intake it was based on (cases.intake_digest).
    Status update(const WriteContext &who, const QString &table, const QString &id, const Row &changes,
                  const QString &action = QStringLiteral("update"));

    // Sync only: the fields of a change made on another device that won the merge. Audited as written by that
    // change's user on its device, never appended to the local outbox (the importer keeps the change in the change
    // log under its own origin, so it is not sent back).
    // `stored`, if given, receives the record as stored.
    Status insertApplied(const WriteContext &who, const QString &table, Row row, Row *stored = nullptr);
    Status updateApplied(const WriteContext &who, const QString &table, const QString &id, const Row &changes,
                         Row *stored = nullptr);

    // An insert made ready away from the database: the row completed (its bookkeeping written by `userId` at `now`),
    // the record as stored and its audited text, the key of its statement. `status` holds what completing the row
    // refused (an id missing, a column unknown); `ready` is false then, or where the stored record is not certain
    // without asking SQLite: insert `row` the ordinary way.
    struct PreparedInsert {
        Status status;
        bool ready = false;
        Row row;
        Row stored;
        QByteArray record;
        QString key;
        QList<QByteArray> texts; // per column of `row`, in order: the UTF-8 of a non-empty text, else null
    };
    // What SQLite does with a value bound to, or a default of, one column (its type affinity, its default).
    struct ColumnShape {
        char affinity = 'b';          // i(nteger), t(ext), b(lob/none), r(eal), n(umeric)
        bool predictableDefault = false;
        QVariant defaultValue;        // as rowOf reads it back
        bool rowidAlias = false;      // INTEGER PRIMARY KEY: omitted or null, SQLite picks the value
    };
    struct TableShape {
        bool predictable = false;     // no generated column
        QHash<QString, ColumnShape> columns;
    };
    // What prepareInsert needs of a table: a copy, read-only, usable on any thread.
    struct InsertShape {
        QSet<QString> columns;
        TableShape shape;
    };
    Result<InsertShape> insertShape(const QString &table);
    // Needs no database and no writer: runs on any thread.
    static PreparedInsert prepareInsert(const InsertShape &shape, const QString &userId, const QString &table, Row row,
                                        const QString &now);
    // insertApplied() of a prepared row: the same statement, record, audit entry, with the work already done.
    Status insertApplied(const WriteContext &who, const QString &table, PreparedInsert prepared,
                         Row *stored = nullptr);

    // The change-line fields of a stored record (bookkeeping columns and secrets left out).
    static QJsonObject changeFields(const QString &table, const Row &row);
    // The same fields as the canonical JSON the outbox stores (CanonicalJson::serialize of changeFields), written
    // directly.
    static QByteArray changeFieldsText(const QString &table, const Row &row);
    Result<std::optional<Row>> read(const QString &table, const QString &id);

    // Canonical JSON of a record for the audit trail; secret columns appear as their SHA-256.
    static QByteArray canonicalRecord(const QString &table, const Row &row);
    // Every column of a statement's current row, by name (any statement, cached or not).
    static Row columnsOf(const Statement &st);

    // Tests: every insert whose stored record was predicted reads the record back and fails with code
    // "stored_prediction_mismatch" if it differs (also on with DIBAO_CHECK_STORED=1 in the environment).
    static void setCheckPredictions(bool on);
    // Whether an insert into `table` knows the stored record without RETURNING * (no generated column; the
    // values and constant defaults decide per insert). As with RETURNING, a trigger that rewrote a record after its
    // insert would not be seen: none does.
    bool predictsStored(const QString &table);

private:
    enum class Source { Local, Applied };
    const TableShape &tableShape(const QString &table);
    // The record an INSERT of `row` (bookkeeping filled) stores, exactly as rowOf would read it back, when the
    // columns' affinities and constant defaults make it certain; nullopt otherwise (then RETURNING * tells).
    std::optional<Row> predictStored(const QString &table, const Row &row);
    static std::optional<Row> predictStoredWith(const TableShape &shape, const Row &row);
    // Fills the bookkeeping columns and checks the id and the columns.
    Status completeRow(const WriteContext &who, const QString &table, Row &row, const QString &now);
    static Status completeRowWith(const QSet<QString> &known, const QString &userId, const QString &table, Row &row,
                                  const QString &now);
    // The cached INSERT of these columns (with RETURNING * or without), its values bound; found by its key
    // (statementKey), given or made here.
    // `texts`, if given, holds the UTF-8 of the row's texts (PreparedInsert::texts).
    Result<Statement *> boundInsert(const QString &table, const Row &row, bool returning, const QString *key = nullptr,
                                    const QList<QByteArray> *texts = nullptr);
    static QString statementKey(const QString &table, const Row &row, bool returning);
    // PreparedInsert::texts of a row.
    static QList<QByteArray> boundTexts(const Row &row);
    // A plain INSERT of a completed row whose stored record was predicted; checks the prediction where asked to.
    Status insertPredicted(const QString &table, const Row &row, const Row &stored, const QString *key = nullptr,
                           const QList<QByteArray> *texts = nullptr);
    // Where predictions are checked: the record read back must be the predicted one.
    Status checkPrediction(const QString &table, const Row &predicted);
    Status insertRecord(const WriteContext &who, const QString &table, Row row, Source source, Row *storedOut);
    // Fills the bookkeeping columns, checks the columns and inserts; the record as stored (predicted, or RETURNING *).
    Result<Row> insertStored(const WriteContext &who, const QString &table, Row row, const QString &now);
    // The insert of a completed row with RETURNING *, left on the returned row (read it, then run() the statement
    // to its end).
    Result<Statement *> insertReturning(const QString &table, const Row &row);
    // The result columns of a cached statement sorted by name (rowOf's order); null if a name repeats.
    const QList<std::pair<QString, int>> *sortedColumns(const Statement &st);
    Status updateRecord(const WriteContext &who, const QString &table, const QString &id, Row changes,
                        const QString &action, Source source, Row *storedOut);
    const QSet<QString> &columnSet(const QString &table);
    // The current row of a cached statement as a Row (columnsOf's, built faster for the statements it caches).
    Row rowOf(const Statement &st);
    Status appendToOutbox(const WriteContext &who, const QString &table, const QString &id, const Row *before,
                          const Row &stored);

    Database &m_db;
    AuditLog &m_audit;
    ChangeLog m_log;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QSet<QString>> m_columnSets;
    QHash<const Statement *, QList<std::pair<QString, int>>> m_resultColumns;
    QHash<QString, Statement *> m_inserts; // "table\x1fcol,col,…\x1fR" → its INSERT (… RETURNING * with R)
    QHash<QString, TableShape> m_shapes;
};

} // namespace dibao
