#pragma once

#include "common/ChinaDate.h"
#include "common/Result.h"
#include "io/ColumnMapping.h"
#include "io/MappingReport.h"
#include "io/TabularRow.h"
#include "io/TabularSource.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>

namespace dibao {

class Transaction;

// What a conversion needs besides the cell.
struct MappingContext {
    QDate today = chinaToday(); // ID numbers may not be born after it
    bool date1904 = false; // xlsx serial days count from 1904 (TabularSource::date1904())
};

// Applies a ColumnMapping to rows: finds each field's column in the header once, then converts cell by cell
// (io/TabularValues, domain/IdNumber). The three passes people need are static: a preview of the first rows, a
// validation of the whole file (a dry run that stores nothing), and an import that hands each mapped row to the
// caller inside the caller's transaction and stops at the first problem — the caller commits only when the report
// is ok(), so a file is imported whole or not at all. Tokens: map_required, map_id_number (the message carries
// parseIdNumber's reason), map_id_number_as_number, map_integer, map_money, map_date, map_month, map_cell_error,
// map_column_missing, map_column_ambiguous, plus the readers' tokens for file-level problems.
class TabularMapper {
public:
    using Context = MappingContext;

    // Finds the columns: a header missing from the file or present twice is an error here, before any row.
    static Result<TabularMapper> create(const ColumnMapping &mapping, const QStringList &header,
                                        const Context &context);
    static Result<TabularMapper> create(const ColumnMapping &mapping, const TabularSource &source);

    // Maps one row. All fields are tried, so a row reports all its problems at once; returns true when none.
    bool map(const TabularRow &row, MappedRow &out, QList<RowError> &errors) const;

    // The column each field reads (0-based), and how the report names it.
    int columnOf(qsizetype fieldIndex) const { return m_columns.at(fieldIndex); }
    QString columnLabel(qsizetype fieldIndex) const { return m_labels.at(fieldIndex); }

    static TabularOptions sourceOptions(const ColumnMapping &mapping);

    // Reads every row of `source` through this mapper into `report`: counts the rows read, and for a row that does
    // not map counts it in rowsWithErrors and lists its problems while fewer than `maxErrors` are listed (then
    // `truncated`); calls `onMapped` for each row that maps (it decides what counts as valid). A file-level problem
    // ends the read with its line; `complete` is set only when the end of the file was reached.
    using MappedRowVisitor = std::function<void(const TabularRow &row, const MappedRow &mapped)>;
    void scan(TabularSource &source, int maxErrors, MappingReport &report, const MappedRowVisitor &onMapped) const;

    // The first `rows` data rows mapped, with their problems.
    static Result<MappingReport> preview(TabularSource &source, const ColumnMapping &mapping, int rows = 20,
                                         const Context &context = {});
    // Every row checked, nothing kept; at most `maxErrors` problems listed (the counts stay exact).
    static Result<MappingReport> validate(TabularSource &source, const ColumnMapping &mapping, int maxErrors = 1000,
                                          const Context &context = {});

    using RowSink = std::function<Status(const MappedRow &row)>;
    // Calls `sink` for each mapped row while the caller's transaction is open; stops at the first row that does
    // not map or that the sink refuses (that error is reported with the row's line). Never commits: the caller
    // commits when the report is ok() and otherwise lets the transaction roll back.
    static Result<MappingReport> importRows(TabularSource &source, const ColumnMapping &mapping,
                                            Transaction &transaction, const RowSink &sink, const Context &context = {});

private:
    ColumnMapping m_mapping;
    Context m_context;
    QStringList m_fieldNames;
    QList<int> m_columns;
    QStringList m_labels;
};

} // namespace dibao
