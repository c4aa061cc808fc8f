#include "io/TabularMapper.h"

#include "db/Database.h"
#include "domain/IdNumber.h"
#include "io/TabularValues.h"
#include "io/XlsxWriter.h"

#include <QCoreApplication>

namespace dibao {

namespace {

// Headers are compared without any white space (full-width included) and ignoring Latin case: "身份证 号码" and
// "身份证号码", "ID No" and "id no" name the same column. A byte-order mark that survived into a header is dropped.
QString headerKey(const QString &header)
{
    QString key;
    key.reserve(header.size());
    for (const QChar c : header)
        if (!c.isSpace() && c != QChar(0xFEFF))
            key += c;
    return key.toCaseFolded();
}

void fileLevelError(MappingReport &report, const TabularSource &source, const Error &error)
{
    RowError e;
    e.line = source.errorLine();
    e.code = error.code;
    e.message = error.message;
    report.errors.append(e);
    report.complete = false;
}

MappingContext contextFor(const TabularSource &source, const MappingContext &context)
{
    MappingContext c = context;
    c.date1904 = c.date1904 || source.date1904();
    return c;
}

} // namespace

TabularOptions TabularMapper::sourceOptions(const ColumnMapping &mapping)
{
    TabularOptions options;
    options.encoding = mapping.encoding;
    options.delimiter = mapping.delimiter;
    options.sheet = mapping.sheet;
    options.headerRow = mapping.headerRow;
    return options;
}

Result<TabularMapper> TabularMapper::create(const ColumnMapping &mapping, const TabularSource &source)
{
    MappingContext context;
    context.date1904 = source.date1904();
    return create(mapping, source.header(), context);
}

Result<TabularMapper> TabularMapper::create(const ColumnMapping &mapping, const QStringList &header,
                                            const Context &context)
{
    DIBAO_TRY(mapping.validate());
    TabularMapper mapper;
    mapper.m_mapping = mapping;
    mapper.m_context = context;
    QStringList keys;
    for (const QString &h : header)
        keys.append(headerKey(h));
    QStringList missing;
    for (const FieldMapping &f : mapping.fields) {
        int column = -1;
        if (f.header.trimmed().isEmpty()) {
            column = f.columnNumber - 1;
        } else {
            const QString key = headerKey(f.header);
            column = int(keys.indexOf(key));
            if (column >= 0 && keys.indexOf(key, column + 1) >= 0)
                return makeError(ErrorKind::Invalid, QStringLiteral("map_column_ambiguous"),
                                 QCoreApplication::translate(
                                     "dibao::TabularMapper",
                                     "The file has two columns headed \"%1\"; map field \"%2\" by column number.")
                                     .arg(f.header, f.field));
            if (column < 0)
                missing.append(f.header);
        }
        mapper.m_fieldNames.append(f.field);
        mapper.m_columns.append(column);
        const QString label = column >= 0 && column < header.size() && !header.at(column).isEmpty()
            ? header.at(column)
            : xlsxColumnName(std::max(column, 0));
        mapper.m_labels.append(label);
    }
    if (!missing.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("map_column_missing"),
                         QCoreApplication::translate("dibao::TabularMapper",
                                                     "The file has no column headed %1. Its columns are: %2.")
                             .arg(QLatin1Char('"') + missing.join(QStringLiteral("\", \"")) + QLatin1Char('"'),
                                  header.join(QStringLiteral(", "))));
    return mapper;
}

bool TabularMapper::map(const TabularRow &row, MappedRow &out, QList<RowError> &errors) const
{
    out.line = row.line;
    out.fields = m_fieldNames;
    out.values.resize(m_mapping.fields.size());
    bool ok = true;
    for (qsizetype i = 0; i < m_mapping.fields.size(); ++i) {
        const FieldMapping &f = m_mapping.fields.at(i);
        const int column = m_columns.at(i);
        auto fail = [&](const QString &code, const QString &message) {
            RowError e;
            e.line = row.line;
            e.columnNumber = column + 1;
            e.column = m_labels.at(i);
            e.field = f.field;
            e.code = code;
            e.message = message;
            errors.append(e);
            out.values[i] = QVariant();
            ok = false;
        };
        static const TabularCell kNoCell;
        const TabularCell &cell = column < row.cells.size() ? row.cells.at(column) : kNoCell;
        if (cell.isBlank()) {
            if (f.required)
                fail(QStringLiteral("map_required"),
                     QCoreApplication::translate("dibao::TabularMapper", "%1 is empty.").arg(f.field));
            else
                out.values[i] = QVariant();
            continue;
        }
        if (cell.kind == TabularCell::Kind::Error) {
            fail(QStringLiteral("map_cell_error"),
                 QCoreApplication::translate("dibao::TabularMapper", "The cell holds the formula error %1.")
                     .arg(cell.text));
            continue;
        }
        switch (f.type) {
        case FieldType::Text:
            out.values[i] = cell.text.trimmed();
            break;
        case FieldType::IdNumber: {
            // 18 digits are beyond a double's precision: as a number the spreadsheet already changed the last
            // digits (shown as 5.30602E+17), and no reader can get them back.
            if (cell.kind == TabularCell::Kind::Number
                && (cell.text.contains(QLatin1Char('E')) || cell.text.contains(QLatin1Char('e'))
                    || cell.text.contains(QLatin1Char('.')))) {
                fail(QStringLiteral("map_id_number_as_number"),
                     QCoreApplication::translate(
                         "dibao::TabularMapper",
                         "The ID number was stored as a number and has lost its last digits; format the "
                         "column as text in the spreadsheet and enter it again."));
                break;
            }
            auto id = parseIdNumber(foldFullWidth(cell.text), m_context.today);
            if (!id)
                fail(id.error().code,
                     QCoreApplication::translate("dibao::TabularMapper", "Not a valid ID number (\"%1\"): %2")
                         .arg(cell.text, id.error().message));
            else
                out.values[i] = id->normalized;
            break;
        }
        case FieldType::Integer: {
            auto v = parseWholeNumber(cell);
            if (!v)
                fail(v.error().code, v.error().message);
            else
                out.values[i] = *v;
            break;
        }
        case FieldType::Money: {
            auto v = parseYuanToFen(cell);
            if (!v)
                fail(v.error().code, v.error().message);
            else
                out.values[i] = qint64(*v);
            break;
        }
        case FieldType::Date: {
            auto v = parseFlexibleDate(cell, m_context.date1904);
            if (!v)
                fail(v.error().code, v.error().message);
            else
                out.values[i] = *v;
            break;
        }
        case FieldType::Month: {
            auto v = parseFlexibleMonth(cell, m_context.date1904);
            if (!v)
                fail(v.error().code, v.error().message);
            else
                out.values[i] = *v;
            break;
        }
        }
    }
    return ok;
}

Result<MappingReport> TabularMapper::preview(TabularSource &source, const ColumnMapping &mapping, int rows,
                                             const Context &context)
{
    auto mapper = create(mapping, source.header(), contextFor(source, context));
    if (!mapper)
        return mapper.error();
    MappingReport report;
    TabularRow row;
    MappedRow mapped;
    while (report.rowsRead < rows) {
        auto got = source.next(row);
        if (!got) {
            fileLevelError(report, source, got.error());
            return report;
        }
        if (!*got) {
            report.complete = true;
            return report;
        }
        ++report.rowsRead;
        if (mapper->map(row, mapped, report.errors)) {
            ++report.rowsValid;
            report.preview.append(mapped);
        } else {
            ++report.rowsWithErrors;
        }
    }
    return report;
}

void TabularMapper::scan(TabularSource &source, int maxErrors, MappingReport &report,
                         const MappedRowVisitor &onMapped) const
{
    TabularRow row;
    MappedRow mapped;
    QList<RowError> rowErrors;
    for (;;) {
        auto got = source.next(row);
        if (!got) {
            fileLevelError(report, source, got.error());
            return;
        }
        if (!*got) {
            report.complete = true;
            return;
        }
        ++report.rowsRead;
        rowErrors.clear();
        if (map(row, mapped, rowErrors)) {
            onMapped(row, mapped);
            continue;
        }
        ++report.rowsWithErrors;
        for (const RowError &e : std::as_const(rowErrors)) {
            if (report.errors.size() >= maxErrors) {
                report.truncated = true;
                break;
            }
            report.errors.append(e);
        }
    }
}

Result<MappingReport> TabularMapper::validate(TabularSource &source, const ColumnMapping &mapping, int maxErrors,
                                              const Context &context)
{
    auto mapper = create(mapping, source.header(), contextFor(source, context));
    if (!mapper)
        return mapper.error();
    MappingReport report;
    mapper->scan(source, maxErrors, report, [&report](const TabularRow &, const MappedRow &) { ++report.rowsValid; });
    return report;
}

Result<MappingReport> TabularMapper::importRows(TabularSource &source, const ColumnMapping &mapping,
                                                Transaction &transaction, const RowSink &sink, const Context &context)
{
    if (!transaction.begun().ok())
        return transaction.begun().error();
    auto mapper = create(mapping, source.header(), contextFor(source, context));
    if (!mapper)
        return mapper.error();
    MappingReport report;
    TabularRow row;
    MappedRow mapped;
    for (;;) {
        auto got = source.next(row);
        if (!got) {
            fileLevelError(report, source, got.error());
            return report;
        }
        if (!*got) {
            report.complete = true;
            return report;
        }
        ++report.rowsRead;
        if (!mapper->map(row, mapped, report.errors)) {
            ++report.rowsWithErrors;
            return report;
        }
        const Status accepted = sink(mapped);
        if (!accepted.ok()) {
            ++report.rowsWithErrors;
            RowError e;
            e.line = row.line;
            e.code = accepted.error().code;
            e.message = accepted.error().message;
            report.errors.append(e);
            return report;
        }
        ++report.rowsValid;
    }
}

} // namespace dibao
