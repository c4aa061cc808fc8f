#pragma once

#include "common/Result.h"
#include "store/RecordWriter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace dibao {

class Database;

// An issued roll's lines written, audited and synced in parts (schema v16, docs/payroll.md "How a roll is stored").
//
// A part is a record of payroll_roll_parts: consecutive lines of the roll that one township pays, at most kMaxLines
// of them and kMaxLinesBytes of text, in its `lines` column as a canonical JSON array (one object per line: every
// payroll_lines column but roll_id, month and the bookkeeping, keys sorted, as QJsonDocument::Compact writes it).
// The part is audited, goes to the outbox and travels like any append-only record; payroll_lines is derived from
// it in the same transaction wherever the part is stored — by the roll's issue, and by the importer on the hub and
// on the township's devices — with the part's roll, month and bookkeeping. The derived lines have no audit entry,
// change or field versions of their own: AuditLog::verify holds each to its part instead.
namespace PayrollRollParts {

inline constexpr qsizetype kMaxLines = 1000;
// The lines' text of one part as it travels: inside a change line every '"' and '\\' of it is escaped once more, and
// that escaped size stays under this, so the change line stays under a bundle's 1 MiB (docs/bundle-format.md §5).
inline constexpr qsizetype kMaxLinesBytes = 768 * 1024;

QString partsTable(); // payroll_roll_parts
QString linesTable(); // payroll_lines

// The payroll_lines columns a part's lines carry, sorted (the lines' keys).
const QStringList &lineFields();

// One value of a line as bound to its INSERT: null, an integer, or UTF-8 text.
struct LineValue {
    enum Kind : char { Null, Integer, Text };
    Kind kind = Null;
    qint64 integer = 0;
    QByteArray text;
};

// A part of a roll: its record, complete but for its bookkeeping (RecordWriter fills it), covering lines
// [begin, end) of the roll, with those lines' values ready to bind (lineFields().size() per line, in that order).
struct Part {
    Row record;
    qsizetype begin = 0;
    qsizetype end = 0;
    QList<LineValue> values;
};

// The part that starts at line `begin` of a roll of `count` lines: the lines from there of the same township, at
// most kMaxLines and kMaxLinesBytes. `lineAt(i)` gives line i as a payroll_lines row holding at least lineFields()
// (a line without one is a broken caller: std::logic_error); it is called for the part's lines and the one after.
using LineAt = std::function<Row(qsizetype)>;
Part cutFrom(const QString &rollId, const QString &month, qint64 partNo, qsizetype begin, qsizetype count,
             const LineAt &lineAt, const std::function<QString()> &newId);
// A whole roll's lines (in the roll's order) cut into parts.
QList<Part> cut(const QString &rollId, const QString &month, const QList<Row> &lines,
                const std::function<QString()> &newId);

// The payroll_lines rows a stored part derives: its lines with the part's roll_id, month and bookkeeping. Error
// payroll_part_invalid, saying what, for a `lines` text that is not exactly line_count complete lines of the part's
// township adding up to total_fen (what a bundle brings is checked here before anything is written).
Result<QList<Row>> derivedLines(const Row &part);

// Writes the lines of `part` as the part `stored` (the record as stored, with its bookkeeping) derives them,
// inside the caller's transaction.
Status writeLines(Database &db, const Row &stored, const Part &part);
// The lines' values of a part made from rows (derivedLines), for writeLines.
Part partOf(const QList<Row> &lines);

// Writes a roll's `count` lines as parts, each through the audited writer with its lines derived, all inside the
// caller's transaction. The next part is cut on a second thread while this one writes the current one (`lineAt` and
// `newId` run there, in order). `written(end)` is called after each part; returning false stops with code
// "cancelled" (the caller rolls back).
Status writeRoll(RecordWriter &writer, Database &db, const WriteContext &who, const QString &rollId,
                 const QString &month, qsizetype count, const LineAt &lineAt,
                 const std::function<QString()> &newId, const std::function<bool(qsizetype)> &written);

} // namespace PayrollRollParts

} // namespace dibao
