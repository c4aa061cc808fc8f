#include "store/RecordWriter.h"

#include "common/ChinaDate.h"
#include "common/Json.h"
#include "common/JsonWriter.h"
#include "audit/CanonicalText.h"
#include "db/Database.h"
#include "sync/Crypto.h"
#include "sync/IntakeDigest.h"
#include "sync/MergePolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <stdexcept>

namespace dibao {

namespace {

QString trWriter(const char *text)
{
    return QCoreApplication::translate("dibao::RecordWriter", text);
}

bool isSecretColumn(const QString &table, const QString &column)
{
    return table == QLatin1String("users") && column == QLatin1String("pw_hash");
}

// A column an audited record holds as its digest: a secret, or text too large to copy into every audit entry that
// the record itself keeps (an issued roll part's lines, store/PayrollRollParts.h). The record, not the audit entry,
// is then where the text is read; the entry still fixes it.
bool isDigestedColumn(const QString &table, const QString &column)
{
    return isSecretColumn(table, column)
        || (table == QLatin1String("payroll_roll_parts") && column == QLatin1String("lines"));
}

// How a digested column's value stands in an audited record: "sha256:" and the hex digest of its UTF-8 text.
QByteArray secretDigest(QByteArrayView utf8)
{
    return "sha256:" + Crypto::sha256(utf8).toHex();
}

// A column that travels in a change: not the id, not bookkeeping, not local to this database.
bool isChangeField(const MergePolicy::Row *policy, const QString &column)
{
    return column != QLatin1String("id") && !MergePolicy::isMetadataColumn(column)
        && !(policy && policy->localFields.contains(column));
}

// Values are stored as text or integers; the audit JSON keeps that distinction exactly.
QJsonValue jsonValue(const QVariant &value)
{
    // In Qt 6 a QVariant holding a null QString is not "null"; a null string is stored as SQL NULL, so it is null here.
    if (value.isNull() || !value.isValid()
        || (value.typeId() == QMetaType::QString && value.toString().isNull()))
        return QJsonValue();
    switch (value.typeId()) {
    case QMetaType::Bool:
        return QJsonValue(qint64(value.toBool() ? 1 : 0));
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    default:
        return QJsonValue(value.toString());
    }
}

bool isDecision(const QString &table, const QString &action)
{
    return table == QLatin1String("cases")
        && (action == QLatin1String("confirm") || action == QLatin1String("refuse")
            || action == QLatin1String("decide_review"));
}

} // namespace

RecordWriter::RecordWriter(Database &db, AuditLog &audit) : m_db(db), m_audit(audit), m_log(db)
{
    static const Status merge = MergePolicy::check(auditedTables());
    if (!merge)
        throw std::logic_error(merge.error().message.toStdString());
}

const QStringList &RecordWriter::auditedTables()
{
    static const QStringList tables{
        QStringLiteral("users"),        QStringLiteral("households"),   QStringLiteral("members"),
        QStringLiteral("income_items"), QStringLiteral("expense_items"), QStringLiteral("asset_items"),
        QStringLiteral("cases"),        QStringLiteral("case_events"),  QStringLiteral("case_clocks"),
        QStringLiteral("documents"),    QStringLiteral("visits"),       QStringLiteral("policy_rows"),
        // casework (schema v3)
        QStringLiteral("appraisal_meetings"), QStringLiteral("appraisal_items"), QStringLiteral("public_notices"),
        QStringLiteral("public_notice_items"), QStringLiteral("objections"), QStringLiteral("objector_identities"),
        QStringLiteral("case_complaints"), QStringLiteral("payroll_rolls"),
        QStringLiteral("payroll_roll_parts"), // schema v16: parents before children (a snapshot's order)
        QStringLiteral("payroll_lines"),
        QStringLiteral("bank_returns"), QStringLiteral("payroll_adjustments"), QStringLiteral("card_custody"),
        QStringLiteral("recovery_cases"), QStringLiteral("recovery_entries"), QStringLiteral("household_transfers"),
        QStringLiteral("change_reports"),
        // economic verification (schema v5)
        QStringLiteral("verifications"), QStringLiteral("verification_batches"), QStringLiteral("verification_findings"),
        // letters, visits, complaints and the near-relative register (schema v6); parents before children
        QStringLiteral("petitions"), QStringLiteral("petition_events"), QStringLiteral("petition_forwards"),
        QStringLiteral("petition_reporters"), QStringLiteral("near_relatives"),
        // client (schema v9)
        QStringLiteral("attachments"),
    };
    return tables;
}

Result<QStringList> RecordWriter::columns(const QString &table)
{
    auto found = m_columns.constFind(table);
    if (found != m_columns.constEnd())
        return *found;
    if (!auditedTables().contains(table))
        return makeError(ErrorKind::Internal, QStringLiteral("unknown_table"),
                         trWriter("Unknown record type %1.").arg(table));
    auto st = m_db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    if (!st)
        return st.error();
    QStringList cols;
    DIBAO_TRY(st->forEachRow([&] {
        cols << st->text(0);
    }));
    m_columns.insert(table, cols);
    return cols;
}

QByteArray RecordWriter::canonicalRecord(const QString &table, const Row &row)
{
    return canonicalRecordText(table, row, false);
}

namespace {

// canonicalRecordText, with the digested columns as their digest (`digests`) or as they are (a change's fields).
QByteArray objectText(const QString &table, const Row &row, bool reference, bool digests)
{
    if (!reference) {
        // Written directly, byte for byte what the QJsonObject below gives (tests compare): the Row's keys are in
        // QString order, which is QJsonObject's order for the ASCII column names; anything else goes the slow way.
        QByteArray out;
        out.reserve(64 * int(row.size()));
        out += '{';
        bool ok = true;
        bool first = true;
        for (auto it = row.constBegin(); ok && it != row.constEnd(); ++it) {
            for (const QChar c : it.key())
                ok = ok && c.unicode() < 0x80;
            if (!first)
                out += ',';
            first = false;
            ok = ok && appendQtJsonString(out, it.key());
            out += ':';
            const QVariant &value = it.value();
            if (digests && isDigestedColumn(table, it.key()) && !value.isNull()) {
                out += '"';
                out += secretDigest(value.toString().toUtf8());
                out += '"';
                continue;
            }
            if (value.isNull() || !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isNull())) {
                out += "null";
                continue;
            }
            switch (value.typeId()) {
            case QMetaType::Bool: out += value.toBool() ? '1' : '0'; break;
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong: out += QByteArray::number(value.toLongLong()); break;
            default: ok = ok && appendQtJsonString(out, value.toString());
            }
        }
        out += '}';
        if (ok)
            return out;
    }
    QJsonObject object;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (digests && isDigestedColumn(table, it.key()) && !it.value().isNull()) {
            object.insert(it.key(), QString::fromLatin1(secretDigest(it.value().toString().toUtf8())));
        } else {
            object.insert(it.key(), jsonValue(it.value()));
        }
    }
    return compactJson(object);
}

} // namespace

QByteArray canonicalRecordText(const QString &table, const Row &row, bool reference)
{
    return objectText(table, row, reference, true);
}

const QList<std::pair<QString, int>> *RecordWriter::sortedColumns(const Statement &st)
{
    // The statement's columns sorted by name once (cached statements live as long as the connection).
    auto found = m_resultColumns.constFind(&st);
    if (found == m_resultColumns.constEnd()) {
        QList<std::pair<QString, int>> columns;
        for (int c = 0; c < st.columnCount(); ++c)
            columns.append({st.columnName(c), c});
        std::sort(columns.begin(), columns.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (qsizetype i = 1; i < columns.size(); ++i)
            if (columns.at(i - 1).first == columns.at(i).first)
                return nullptr;
        found = m_resultColumns.insert(&st, columns);
    }
    return &*found;
}

Row RecordWriter::columnsOf(const Statement &st)
{
    Row row;
    for (int c = 0; c < st.columnCount(); ++c)
        row.insert(st.columnName(c), st.value(c));
    return row;
}

Row RecordWriter::rowOf(const Statement &st)
{
    // Built by appending in key order instead of searching the map for every column.
    const auto *columns = sortedColumns(st);
    Row row;
    if (!columns) // SELECT * of one table never repeats a name; if it did, the map keeps the last, as insert does
        return columnsOf(st);
    for (const auto &[name, column] : *columns)
        row.insert(row.cend(), name, st.value(column));
    return row;
}

Result<std::optional<Row>> RecordWriter::read(const QString &table, const QString &id)
{
    auto cols = columns(table);
    if (!cols)
        return cols.error();
    auto st = m_db.cached(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    if (!st)
        return st.error();
    Statement &s = **st;
    s.bind(1, id);
    auto r = s.step();
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<Row>();
    Row row = rowOf(s);
    s.reset();
    return std::optional<Row>(std::move(row));
}

Status RecordWriter::insert(const WriteContext &who, const QString &table, Row row, Row *stored)
{
    return insertRecord(who, table, std::move(row), Source::Local, stored);
}

Status RecordWriter::insertApplied(const WriteContext &who, const QString &table, Row row, Row *stored)
{
    return insertRecord(who, table, std::move(row), Source::Applied, stored);
}

Status RecordWriter::update(const WriteContext &who, const QString &table, const QString &id, const Row &changes,
                            const QString &action)
{
    return updateRecord(who, table, id, changes, action, Source::Local, nullptr);
}

Status RecordWriter::updateApplied(const WriteContext &who, const QString &table, const QString &id,
                                   const Row &changes, Row *stored)
{
    return updateRecord(who, table, id, changes, QStringLiteral("sync"), Source::Applied, stored);
}

const QSet<QString> &RecordWriter::columnSet(const QString &table)
{
    auto found = m_columnSets.constFind(table);
    if (found != m_columnSets.constEnd())
        return *found;
    const QStringList cols = m_columns.value(table);
    return *m_columnSets.insert(table, QSet<QString>(cols.cbegin(), cols.cend()));
}


QJsonObject RecordWriter::changeFields(const QString &table, const Row &row)
{
    const MergePolicy::Row *policy = MergePolicy::find(table);
    QJsonObject fields;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        if (isChangeField(policy, it.key()))
            fields.insert(it.key(), jsonValue(it.value()));
    return fields;
}

QByteArray RecordWriter::changeFieldsText(const QString &table, const Row &row)
{
    // What CanonicalJson::serialize makes of changeFields() (the same compact form; no secret column is a change
    // field, and a digested one travels as it is).
    const MergePolicy::Row *policy = MergePolicy::find(table);
    Row fields;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        if (isChangeField(policy, it.key()))
            fields.insert(fields.constEnd(), it.key(), it.value());
    return objectText(table, fields, false, false);
}

Status RecordWriter::appendToOutbox(const WriteContext &who, const QString &table, const QString &id,
                                    const Row *before, const Row &stored)
{
    QJsonObject fields;
    if (before) {
        fields = changeFields(table, stored);
        const QJsonObject old = changeFields(table, *before);
        for (auto it = fields.begin(); it != fields.end();) {
            if (old.value(it.key()) == it.value())
                it = fields.erase(it);
            else
                ++it;
        }
        if (fields.isEmpty())
            return {}; // only bookkeeping or local-only fields changed: nothing to sync
    }
    const MergePolicy::Row *policy = MergePolicy::find(table);
    auto township = MergePolicy::audienceOf(m_db, *policy, stored);
    if (!township)
        return township.error();
    // A new record: every field, its text written directly (what CanonicalJson::serialize makes of changeFields();
    // tests/sync/OutboxTest compares), one version for all of them.
    if (!before)
        return m_log.appendCreated(who.deviceId, who.userId, table,
                                   {ChangeLog::Created{id, changeFieldsText(table, stored), *township}});
    auto change = m_log.appendLocal(who.deviceId, who.userId, table, id, fields, *township);
    if (!change)
        return change.error();
    return {};
}

namespace {

bool s_checkPredictions = qEnvironmentVariableIntValue("DIBAO_CHECK_STORED") == 1;

// SQLite's rules for a column's type affinity from its declared type (datatype3.html, 3.1).
char affinityOf(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return 'i';
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) || t.contains(QLatin1String("TEXT")))
        return 't';
    if (t.contains(QLatin1String("BLOB")) || t.isEmpty())
        return 'b';
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) || t.contains(QLatin1String("DOUB")))
        return 'r';
    return 'n';
}

// Text as Statement::text reads it back: never a null string (an empty default cut from between its quotes could be
// one; QString::fromUtf8("", 0) is not).
QVariant storedText(const QString &text)
{
    if (text.isEmpty())
        return QVariant(QString::fromUtf8("", 0));
    return QVariant(text);
}

// The value SQLite stores for `value` bound (Statement::bind) to a column of `affinity`, as Statement::value reads it;
// nullopt where a conversion could happen (a number as text, text in a numeric column, a float, a blob).
std::optional<QVariant> storedValue(const QVariant &value, char affinity)
{
    if (!value.isValid() || value.isNull())
        return QVariant();
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        if (affinity == 'i' || affinity == 'n' || affinity == 'b')
            return QVariant(value.toLongLong());
        return std::nullopt;
    case QMetaType::QString: {
        const QString text = value.toString();
        if (text.isNull())
            return QVariant();
        if ((affinity != 't' && affinity != 'b') || !QStringView(text).isValidUtf16())
            return std::nullopt;
        return storedText(text);
    }
    default:
        return std::nullopt;
    }
}

} // namespace

void RecordWriter::setCheckPredictions(bool on)
{
    s_checkPredictions = on;
}

bool RecordWriter::predictsStored(const QString &table)
{
    return tableShape(table).predictable;
}

const RecordWriter::TableShape &RecordWriter::tableShape(const QString &table)
{
    auto found = m_shapes.constFind(table);
    if (found != m_shapes.constEnd())
        return *found;
    TableShape shape;
    bool ok = true;
    // hidden: 0 a plain column, 1 a virtual table's hidden column, 2 and 3 generated columns.
    auto st = m_db.prepare(QStringLiteral("SELECT name, type, dflt_value, pk, hidden FROM pragma_table_xinfo('%1')")
                               .arg(table));
    int pkColumns = 0;
    if (st) {
        ok = st->forEachRow([&] {
                   ColumnShape c;
                   c.affinity = affinityOf(st->text(1));
                   if (st->int64(4) != 0)
                       ok = false;
                   if (st->int64(3) > 0) {
                       ++pkColumns;
                       c.rowidAlias = st->text(1).compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
                   }
                   const QString dflt = st->text(2);
                   static const QRegularExpression integer(QStringLiteral("^-?[1-9][0-9]{0,17}$|^0$"));
                   if (st->isNull(2) || dflt.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0) {
                       c.predictableDefault = true;
                   } else if (integer.match(dflt).hasMatch()) {
                       c.predictableDefault = c.affinity == 'i' || c.affinity == 'n' || c.affinity == 'b';
                       c.defaultValue = QVariant(dflt.toLongLong());
                   } else if (dflt.size() >= 2 && dflt.startsWith(QLatin1Char('\'')) && dflt.endsWith(QLatin1Char('\''))) {
                       const QString inner = dflt.mid(1, dflt.size() - 2);
                       c.predictableDefault = (c.affinity == 't' || c.affinity == 'b')
                           && !inner.contains(QLatin1Char('\''));
                       c.defaultValue = storedText(inner);
                   }
                   shape.columns.insert(st->text(0), c);
               }).ok() && ok;
    } else {
        ok = false;
    }
    if (pkColumns != 1)
        for (ColumnShape &c : shape.columns)
            c.rowidAlias = false;
    shape.predictable = ok && !shape.columns.isEmpty();
    return *m_shapes.insert(table, shape);
}

std::optional<Row> RecordWriter::predictStored(const QString &table, const Row &row)
{
    return predictStoredWith(tableShape(table), row);
}

std::optional<Row> RecordWriter::predictStoredWith(const TableShape &shape, const Row &row)
{
    if (!shape.predictable)
        return std::nullopt;
    Row stored;
    // The columns given, in the row's (name) order, appended; then the defaults of the columns not given.
    for (auto given = row.constBegin(); given != row.constEnd(); ++given) {
        const auto column = shape.columns.constFind(given.key());
        if (column == shape.columns.constEnd())
            return std::nullopt;
        std::optional<QVariant> value = storedValue(given.value(), column->affinity);
        if (!value || (column->rowidAlias && value->isNull()))
            return std::nullopt;
        stored.insert(stored.cend(), given.key(), std::move(*value));
    }
    if (stored.size() != shape.columns.size()) {
        for (auto it = shape.columns.constBegin(); it != shape.columns.constEnd(); ++it) {
            if (row.contains(it.key()))
                continue;
            if (!it->predictableDefault || it->rowidAlias)
                return std::nullopt;
            stored.insert(it.key(), it->defaultValue);
        }
    }
    return stored;
}

Status RecordWriter::checkPrediction(const QString &table, const Row &predicted)
{
    if (!s_checkPredictions)
        return {};
    auto read = this->read(table, predicted.value(QStringLiteral("id")).toString());
    if (!read)
        return read.error();
    bool same = *read && (*read)->keys() == predicted.keys();
    for (auto it = predicted.constBegin(); same && it != predicted.constEnd(); ++it) {
        const QVariant &stored = (*read)->value(it.key());
        same = stored.typeId() == it.value().typeId() && stored.isNull() == it.value().isNull() && stored == it.value()
            && (stored.typeId() != QMetaType::QString || stored.toString().isNull() == it.value().toString().isNull());
    }
    if (same)
        return {};
    return makeError(ErrorKind::Internal, QStringLiteral("stored_prediction_mismatch"),
                     QStringLiteral("The stored record of %1 is not the predicted one: %2 stored, %3 predicted.")
                         .arg(table,
                              QString::fromUtf8(*read ? canonicalRecord(table, **read) : QByteArray("nothing")),
                              QString::fromUtf8(canonicalRecord(table, predicted))));
}

Status RecordWriter::completeRow(const WriteContext &who, const QString &table, Row &row, const QString &now)
{
    auto cols = columns(table);
    if (!cols)
        return cols.error();
    return completeRowWith(columnSet(table), who.userId, table, row, now);
}

Status RecordWriter::completeRowWith(const QSet<QString> &known, const QString &userId, const QString &table, Row &row,
                                     const QString &now)
{
    if (row.value(QStringLiteral("id")).toString().isEmpty())
        return makeError(ErrorKind::Internal, QStringLiteral("missing_id"), trWriter("A record has no id."));
    if (known.contains(QStringLiteral("created_at"))) {
        row.insert(QStringLiteral("created_at"), now);
        row.insert(QStringLiteral("updated_at"), now);
        row.insert(QStringLiteral("created_by"), userId);
        row.insert(QStringLiteral("updated_by"), userId);
    }
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        if (!known.contains(it.key()))
            return makeError(ErrorKind::Internal, QStringLiteral("unknown_column"),
                             trWriter("Unknown field %1 of %2.").arg(it.key(), table));
    return {};
}

QString RecordWriter::statementKey(const QString &table, const Row &row, bool returning)
{
    // The table and the columns given (a short key); the statement's SQL is written once.
    QString key = table;
    key += QChar(0x1f);
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        key += it.key();
        key += QLatin1Char(',');
    }
    if (returning)
        key += QStringLiteral("\x1fR");
    return key;
}

Result<Statement *> RecordWriter::boundInsert(const QString &table, const Row &row, bool returning, const QString *given,
                                              const QList<QByteArray> *texts)
{
    const QString key = given ? *given : statementKey(table, row, returning);
    Statement *insert = m_inserts.value(key);
    if (!insert) {
        const QStringList names = row.keys();
        QStringList marks;
        for (int i = 0; i < names.size(); ++i)
            marks << QStringLiteral("?");
        auto st = m_db.cached(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)%4")
                                  .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')),
                                       returning ? QStringLiteral(" RETURNING *") : QString()));
        if (!st)
            return st.error();
        insert = *st;
        m_inserts.insert(key, insert);
    } else {
        insert->reset();
    }
    int i = 1;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it, ++i) {
        if (texts && !texts->at(i - 1).isNull())
            insert->bindTextUncopied(i, texts->at(i - 1)); // the caller resets the statement after it ran
        else
            insert->bind(i, it.value());
    }
    return insert;
}

Result<Statement *> RecordWriter::insertReturning(const QString &table, const Row &row)
{
    // Columns not given take their defaults: the record as stored (RETURNING *, one statement instead of an insert
    // and a read back; no trigger changes a record after its insert).
    auto insert = boundInsert(table, row, true);
    if (!insert)
        return insert.error();
    Statement &ins = **insert;
    auto returned = ins.step();
    if (!returned) {
        ins.reset();
        return returned.error();
    }
    if (!*returned) {
        ins.reset();
        return makeError(ErrorKind::Internal, QStringLiteral("insert_returned_nothing"),
                         trWriter("The new record of %1 could not be read back.").arg(table));
    }
    return &ins;
}

Result<Row> RecordWriter::insertStored(const WriteContext &who, const QString &table, Row row, const QString &now)
{
    DIBAO_TRY(completeRow(who, table, row, now));
    // Where the record as stored is certain from what is bound and the constant defaults, a plain INSERT: RETURNING
    // costs SQLite an ephemeral table per statement.
    if (std::optional<Row> predicted = predictStored(table, row)) {
        DIBAO_TRY(insertPredicted(table, row, *predicted));
        return std::move(*predicted);
    }
    auto ins = insertReturning(table, row);
    if (!ins)
        return ins.error();
    Row stored = rowOf(**ins);
    DIBAO_TRY((*ins)->run()); // to the end of the statement (and reset)
    return stored;
}

QList<QByteArray> RecordWriter::boundTexts(const Row &row)
{
    QList<QByteArray> texts;
    texts.reserve(row.size());
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const bool text = it->typeId() == QMetaType::QString && !it->toString().isEmpty();
        texts.append(text ? it->toString().toUtf8() : QByteArray());
    }
    return texts;
}

Status RecordWriter::insertPredicted(const QString &table, const Row &row, const Row &stored, const QString *key,
                                     const QList<QByteArray> *texts)
{
    auto insert = boundInsert(table, row, false, key, texts);
    if (!insert)
        return insert.error();
    const Status ran = (*insert)->run();
    if (texts)
        (*insert)->reset(); // the texts were bound without a copy: their bindings go before they can
    DIBAO_TRY(ran);
    return checkPrediction(table, stored);
}

Result<RecordWriter::InsertShape> RecordWriter::insertShape(const QString &table)
{
    if (auto cols = columns(table); !cols)
        return cols.error();
    return InsertShape{columnSet(table), tableShape(table)};
}

RecordWriter::PreparedInsert RecordWriter::prepareInsert(const InsertShape &shape, const QString &userId,
                                                         const QString &table, Row row, const QString &now)
{
    PreparedInsert p;
    p.status = completeRowWith(shape.columns, userId, table, row, now);
    std::optional<Row> stored = p.status ? predictStoredWith(shape.shape, row) : std::nullopt;
    if (stored) {
        p.record = canonicalRecord(table, *stored);
        p.key = statementKey(table, row, false);
        p.texts = boundTexts(row);
        p.stored = std::move(*stored);
        p.ready = true;
    }
    p.row = std::move(row);
    return p;
}

Status RecordWriter::insertApplied(const WriteContext &who, const QString &table, PreparedInsert prepared,
                                   Row *storedOut)
{
    if (!prepared.ready)
        return makeError(ErrorKind::Internal, QStringLiteral("insert_not_prepared"),
                         QStringLiteral("An insert into %1 was not prepared.").arg(table));
    const QString id = prepared.row.value(QStringLiteral("id")).toString();
    Transaction tx(m_db);
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(insertPredicted(table, prepared.row, prepared.stored, &prepared.key, &prepared.texts));
    DIBAO_TRY(m_audit.append(who, table, id, QStringLiteral("sync_insert"), QByteArray(), prepared.record));
    if (storedOut)
        *storedOut = std::move(prepared.stored);
    return tx.commit();
}

Status RecordWriter::insertRecord(const WriteContext &who, const QString &table, Row row, Source source, Row *storedOut)
{
    const QString id = row.value(QStringLiteral("id")).toString();
    Transaction tx(m_db);
    DIBAO_TRY(tx.begun());
    auto stored = insertStored(who, table, std::move(row), nowUtcIsoMs());
    if (!stored)
        return stored.error();
    DIBAO_TRY(m_audit.append(who, table, id, source == Source::Local ? QStringLiteral("insert") : QStringLiteral("sync_insert"),
                             QByteArray(), canonicalRecord(table, *stored)));
    if (source == Source::Local)
        DIBAO_TRY(appendToOutbox(who, table, id, nullptr, *stored));
    if (storedOut)
        *storedOut = std::move(*stored);
    return tx.commit();
}

Status RecordWriter::updateRecord(const WriteContext &who, const QString &table, const QString &id, Row changes,
                                  const QString &action, Source source, Row *storedOut)
{
    auto cols = columns(table);
    if (!cols)
        return cols.error();
    Transaction tx(m_db);
    DIBAO_TRY(tx.begun());
    auto before = read(table, id);
    if (!before)
        return before.error();
    if (!*before)
        return makeError(ErrorKind::NotFound, QStringLiteral("not_found"),
                         trWriter("No record %1 in %2.").arg(id, table));
    if (source == Source::Local && isDecision(table, action) && !changes.contains(QStringLiteral("intake_digest"))) {
        auto digest = IntakeDigest::compute(m_db, (*before)->value(QStringLiteral("household_id")).toString());
        if (!digest)
            return digest.error();
        changes.insert(QStringLiteral("intake_digest"), *digest);
    }
    Row after = **before;
    bool changed = false;
    const QSet<QString> &known = columnSet(table);
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!known.contains(it.key()) || it.key() == QLatin1String("id"))
            return makeError(ErrorKind::Internal, QStringLiteral("unknown_column"),
                             trWriter("Unknown field %1 of %2.").arg(it.key(), table));
        if (jsonValue(after.value(it.key())) != jsonValue(it.value())) {
            after.insert(it.key(), it.value());
            changed = true;
        }
    }
    if (!changed) {
        if (storedOut)
            *storedOut = **before;
        return tx.commit();
    }
    QStringList keys = changes.keys();
    if (cols->contains(QStringLiteral("updated_at"))) {
        after.insert(QStringLiteral("updated_at"), nowUtcIsoMs());
        after.insert(QStringLiteral("updated_by"), who.userId);
        keys << QStringLiteral("updated_at") << QStringLiteral("updated_by");
    }
    QStringList sets;
    for (const QString &k : keys)
        sets << k + QStringLiteral("=?");
    auto st = m_db.cached(QStringLiteral("UPDATE %1 SET %2 WHERE id=?").arg(table, sets.join(QLatin1Char(','))));
    if (!st)
        return st.error();
    int i = 1;
    for (const QString &k : keys)
        (*st)->bind(i++, after.value(k));
    (*st)->bind(i, id);
    DIBAO_TRY((*st)->run());
    // Audit what SQLite stored (after type affinity), so the record check compares like with like.
    auto stored = read(table, id);
    if (!stored)
        return stored.error();
    DIBAO_TRY(m_audit.append(who, table, id, action, canonicalRecord(table, **before),
                             canonicalRecord(table, **stored)));
    if (source == Source::Local)
        DIBAO_TRY(appendToOutbox(who, table, id, &**before, **stored));
    if (storedOut)
        *storedOut = **stored;
    return tx.commit();
}

} // namespace dibao
