#include "io/XlsxReader.h"

#include "io/OoxmlText.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <zlib.h>

#include <optional>

namespace dibao {

namespace {

Error xlsxError(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

constexpr qsizetype kInflateChunk = qsizetype(256) << 10;

// Inflates one entry in chunks, straight from the archive in memory, holding the output to the size the zip
// declared (SafeZipReader checked the declared sizes against the limits; this checks the bytes against them).
class EntryInflater {
public:
    EntryInflater(const QByteArray &archive, const ZipEntryInfo &entry) : m_archive(archive), m_entry(entry)
    {
        if (m_entry.method == 8) {
            m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(archive.constData() + entry.dataOffset));
            m_stream.avail_in = uInt(entry.compressedSize);
            m_initialized = inflateInit2(&m_stream, -MAX_WBITS) == Z_OK;
        }
    }
    ~EntryInflater()
    {
        if (m_initialized)
            inflateEnd(&m_stream);
    }
    EntryInflater(const EntryInflater &) = delete;
    EntryInflater &operator=(const EntryInflater &) = delete;

    bool done() const { return m_done; }

    // The next piece of the entry; empty once done() is true.
    Result<QByteArray> nextChunk()
    {
        if (m_done)
            return QByteArray();
        if (m_entry.method == 0) {
            const qint64 left = m_entry.compressedSize - m_produced;
            const qsizetype n = qsizetype(std::min<qint64>(left, kInflateChunk));
            QByteArray chunk(m_archive.constData() + m_entry.dataOffset + m_produced, n);
            m_produced += n;
            m_done = m_produced == m_entry.compressedSize;
            return chunk;
        }
        if (!m_initialized)
            return zipFailure(
                "zip_inflate",
                QCoreApplication::translate("dibao::SafeZipReader", "A zip entry cannot be decompressed."));
        QByteArray out(kInflateChunk, Qt::Uninitialized);
        for (;;) {
            m_stream.next_out = reinterpret_cast<Bytef *>(out.data());
            m_stream.avail_out = uInt(out.size());
            const int rc = inflate(&m_stream, Z_NO_FLUSH);
            const qsizetype got = out.size() - qsizetype(m_stream.avail_out);
            m_produced += got;
            if (m_produced > m_entry.uncompressedSize)
                return zipFailure("zip_size_mismatch",
                                  QCoreApplication::translate("dibao::SafeZipReader",
                                                              "A zip entry inflates to more than it declares."));
            if (rc == Z_STREAM_END) {
                if (m_stream.avail_in != 0)
                    return zipFailure("zip_inflate",
                                      QCoreApplication::translate("dibao::SafeZipReader",
                                                                  "A zip entry has bytes after its compressed data."));
                if (m_produced != m_entry.uncompressedSize)
                    return zipFailure("zip_size_mismatch",
                                      QCoreApplication::translate("dibao::SafeZipReader",
                                                                  "A zip entry inflates to less than it declares."));
                m_done = true;
                out.truncate(got);
                return out;
            }
            if (rc != Z_OK && rc != Z_BUF_ERROR)
                return zipFailure(
                    "zip_inflate",
                    QCoreApplication::translate("dibao::SafeZipReader", "A zip entry cannot be decompressed."));
            if (got > 0) {
                out.truncate(got);
                return out;
            }
            if (m_stream.avail_in == 0) // no output, no input left, no end of stream: truncated
                return zipFailure(
                    "zip_inflate",
                    QCoreApplication::translate("dibao::SafeZipReader", "A zip entry cannot be decompressed."));
        }
    }

private:
    static Error zipFailure(const char *code, const QString &message)
    {
        return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
    }

    const QByteArray &m_archive;
    ZipEntryInfo m_entry;
    z_stream m_stream{};
    bool m_initialized = false;
    bool m_done = false;
    qint64 m_produced = 0;
};

// QXmlStreamReader over one part, fed whole or chunk by chunk. Any DOCTYPE is refused before it can declare an
// entity, and an entity reference Qt could not resolve is refused too: OOXML never needs either.
class XmlPart {
public:
    XmlPart(QString partName, EntryInflater *source) : m_partName(std::move(partName)), m_source(source) {}
    XmlPart(QString partName, const QByteArray &bytes) : m_partName(std::move(partName)), m_xml(bytes) {}

    Result<QXmlStreamReader::TokenType> next()
    {
        for (;;) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD)
                return xlsxError(
                    "xlsx_doctype",
                    QCoreApplication::translate(
                        "dibao::XlsxReader", "%1 declares a DOCTYPE, which spreadsheets never do; the file is refused.")
                        .arg(m_partName));
            if (token == QXmlStreamReader::EntityReference)
                return xlsxError(
                    "xlsx_xml",
                    QCoreApplication::translate("dibao::XlsxReader", "%1 uses an undeclared entity.").arg(m_partName));
            if (token == QXmlStreamReader::StartElement)
                ++m_depth;
            else if (token == QXmlStreamReader::EndElement && --m_depth == 0)
                m_rootClosed = true;
            if (token != QXmlStreamReader::Invalid)
                return token;
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && m_source) {
                if (m_source->done()) {
                    // Data fed in pieces never tells the reader it is complete; a closed root element does.
                    if (m_rootClosed)
                        return QXmlStreamReader::EndDocument;
                } else {
                    auto chunk = m_source->nextChunk();
                    if (!chunk)
                        return chunk.error();
                    m_xml.addData(*chunk);
                    continue;
                }
            }
            return xlsxError("xlsx_xml",
                             QCoreApplication::translate("dibao::XlsxReader", "%1 is not well-formed XML (line %2): %3")
                                 .arg(m_partName)
                                 .arg(m_xml.lineNumber())
                                 .arg(m_xml.errorString()));
        }
    }

    QXmlStreamReader &xml() { return m_xml; }

private:
    QString m_partName;
    EntryInflater *m_source = nullptr;
    QXmlStreamReader m_xml;
    int m_depth = 0;
    bool m_rootClosed = false;
};

QString attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.attributes().value(name).toString();
}

// r:id carries the relationships namespace, transitional or strict; match it by local name and namespace suffix.
QString relationshipId(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == QLatin1String("id")
            && (a.namespaceUri().endsWith(QLatin1String("/relationships"))
                || a.qualifiedName() == QLatin1String("r:id")))
            return a.value().toString();
    }
    return {};
}

// "worksheets/sheet1.xml" relative to "xl/", or "/xl/worksheets/sheet1.xml": the zip entry name, or empty when the
// target climbs out of the package.
QString resolvePart(const QString &baseDir, const QString &target)
{
    const QString joined = target.startsWith(QLatin1Char('/')) ? target.mid(1) : baseDir + target;
    QStringList out;
    for (const QString &segment : joined.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (out.isEmpty())
                return {};
            out.removeLast();
            continue;
        }
        out.append(segment);
    }
    return out.join(QLatin1Char('/'));
}

struct Relationship {
    QString type;
    QString target; // resolved part name
};

// A number format shows a date or time when, outside quoted text, [colour/locale] brackets and escaped characters,
// it uses y, m, d, h or s (or e, the era year); elapsed-time brackets such as [h] count too.
bool isDateFormatCode(const QString &code)
{
    bool inQuote = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (inQuote) {
            if (c == QLatin1Char('"'))
                inQuote = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuote = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // escaped character, or padding/fill by the next character
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return false;
            const QString inner = code.mid(i + 1, close - i - 1).toLower();
            static const QRegularExpression elapsed(QStringLiteral("^(h+|m+|s+)$"));
            if (elapsed.match(inner).hasMatch())
                return true;
            i = close;
        } else {
            const QChar l = c.toLower();
            if (l == QLatin1Char('y') || l == QLatin1Char('m') || l == QLatin1Char('d') || l == QLatin1Char('h')
                || l == QLatin1Char('s') || l == QLatin1Char('e'))
                return true;
            if (c == QLatin1Char(';'))
                return false; // only the first section decides
        }
    }
    return false;
}

// Built-in formats that are dates or times: 14-22 everywhere, 27-36 and 50-58 in CJK locales (年月日), 45-47.
bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// xsd:double as spreadsheets write it: [-+]digits[.digits][(e|E)[-+]digits]. Checked by hand, as toDouble() on
// every numeric cell of a large sheet was measurable.
bool isXmlNumber(QStringView v)
{
    qsizetype i = 0;
    const qsizetype n = v.size();
    auto digits = [&]() {
        const qsizetype from = i;
        while (i < n && v[i] >= QLatin1Char('0') && v[i] <= QLatin1Char('9'))
            ++i;
        return i - from;
    };
    if (i < n && (v[i] == QLatin1Char('-') || v[i] == QLatin1Char('+')))
        ++i;
    qsizetype mantissa = digits();
    if (i < n && v[i] == QLatin1Char('.')) {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0)
        return false;
    if (i < n && (v[i] == QLatin1Char('e') || v[i] == QLatin1Char('E'))) {
        ++i;
        if (i < n && (v[i] == QLatin1Char('-') || v[i] == QLatin1Char('+')))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == n;
}

bool parseBoolAttribute(const QString &value)
{
    return value == QLatin1String("1") || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

struct XlsxReader::Private {
    XlsxReadOptions options;
    std::optional<SafeZipReader> zip;
    QStringList sheetNames;
    QString sheetName;
    bool date1904 = false;
    QStringList sharedStrings;
    QList<bool> dateStyles; // by cellXfs index

    std::unique_ptr<EntryInflater> inflater;
    std::unique_ptr<XmlPart> sheet;
    bool inSheetData = false;
    bool finished = false;
    bool failed = false;
    qint64 lastRow = 0;
    qint64 errorLine = 0;

    Result<QByteArray> readPart(const QString &name) const
    {
        const ZipEntryInfo *entry = zip->find(name);
        if (!entry)
            return xlsxError(
                "xlsx_part_missing",
                QCoreApplication::translate("dibao::XlsxReader", "The workbook has no part %1.").arg(name));
        if (entry->uncompressedSize > options.maxPartBytes)
            return xlsxError(
                "xlsx_part_too_large",
                QCoreApplication::translate("dibao::XlsxReader", "The workbook part %1 is larger than allowed.")
                    .arg(name));
        return zip->read(name, entry->uncompressedSize);
    }

    Result<QHash<QString, Relationship>> readRelationships(const QString &relsName, const QString &baseDir) const
    {
        QHash<QString, Relationship> rels;
        if (!zip->find(relsName))
            return rels;
        auto bytes = readPart(relsName);
        if (!bytes)
            return bytes.error();
        XmlPart part(relsName, *bytes);
        for (;;) {
            auto token = part.next();
            if (!token)
                return token.error();
            if (*token == QXmlStreamReader::EndDocument)
                break;
            if (*token != QXmlStreamReader::StartElement || part.xml().name() != QLatin1String("Relationship"))
                continue;
            if (attribute(part.xml(), QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            Relationship r;
            r.type = attribute(part.xml(), QLatin1String("Type"));
            r.target = resolvePart(baseDir, attribute(part.xml(), QLatin1String("Target")));
            rels.insert(attribute(part.xml(), QLatin1String("Id")), r);
        }
        return rels;
    }

    Status readSharedStrings(const QString &name)
    {
        auto bytes = readPart(name);
        if (!bytes)
            return bytes.error();
        XmlPart part(name, *bytes);
        QString text;
        bool inItem = false;
        bool inText = false;
        int phoneticDepth = 0; // <rPh> runs are furigana-style readings, not cell text
        for (;;) {
            auto token = part.next();
            if (!token)
                return token.error();
            const QXmlStreamReader &xml = part.xml();
            switch (*token) {
            case QXmlStreamReader::EndDocument:
                return {};
            case QXmlStreamReader::StartElement:
                if (xml.name() == QLatin1String("si")) {
                    inItem = true;
                    text.clear();
                } else if (xml.name() == QLatin1String("rPh")) {
                    ++phoneticDepth;
                } else if (xml.name() == QLatin1String("t") && inItem && phoneticDepth == 0) {
                    inText = true;
                }
                break;
            case QXmlStreamReader::EndElement:
                if (xml.name() == QLatin1String("si")) {
                    if (sharedStrings.size() >= options.maxSharedStrings)
                        return xlsxError("xlsx_too_many_shared_strings",
                                         QCoreApplication::translate("dibao::XlsxReader",
                                                                     "The workbook has more than %1 distinct strings.")
                                             .arg(options.maxSharedStrings));
                    sharedStrings.append(ooxml::decodeEscapes(text));
                    inItem = false;
                } else if (xml.name() == QLatin1String("rPh")) {
                    --phoneticDepth;
                } else if (xml.name() == QLatin1String("t")) {
                    inText = false;
                }
                break;
            case QXmlStreamReader::Characters:
                if (inText) {
                    text += xml.text();
                    if (text.size() > options.maxCellLength)
                        return xlsxError("xlsx_cell_too_long",
                                         QCoreApplication::translate("dibao::XlsxReader",
                                                                     "Shared string %1 is longer than %2 characters.")
                                             .arg(sharedStrings.size())
                                             .arg(options.maxCellLength));
                }
                break;
            default:
                break;
            }
        }
    }

    Status readStyles(const QString &name)
    {
        auto bytes = readPart(name);
        if (!bytes)
            return bytes.error();
        XmlPart part(name, *bytes);
        QHash<int, bool> customIsDate;
        bool inCellXfs = false;
        for (;;) {
            auto token = part.next();
            if (!token)
                return token.error();
            const QXmlStreamReader &xml = part.xml();
            if (*token == QXmlStreamReader::EndDocument)
                return {};
            if (*token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("numFmt")) {
                    customIsDate.insert(attribute(xml, QLatin1String("numFmtId")).toInt(),
                                        isDateFormatCode(attribute(xml, QLatin1String("formatCode"))));
                } else if (xml.name() == QLatin1String("cellXfs")) {
                    inCellXfs = true;
                } else if (xml.name() == QLatin1String("xf") && inCellXfs) {
                    const int id = attribute(xml, QLatin1String("numFmtId")).toInt();
                    dateStyles.append(customIsDate.contains(id) ? customIsDate.value(id) : isBuiltinDateFormat(id));
                    if (dateStyles.size() > 65536)
                        return xlsxError(
                            "xlsx_xml",
                            QCoreApplication::translate("dibao::XlsxReader", "%1 has too many cell formats.")
                                .arg(name));
                }
            } else if (*token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
    }

    // Returns the sheet's part name.
    Result<QString> readWorkbook(const QString &workbookName)
    {
        const qsizetype slash = workbookName.lastIndexOf(QLatin1Char('/'));
        const QString baseDir = slash < 0 ? QString() : workbookName.left(slash + 1);
        const QString relsName
            = baseDir + QLatin1String("_rels/") + workbookName.mid(slash + 1) + QLatin1String(".rels");
        auto rels = readRelationships(relsName, baseDir);
        if (!rels)
            return rels.error();

        auto bytes = readPart(workbookName);
        if (!bytes)
            return bytes.error();
        XmlPart part(workbookName, *bytes);
        QStringList sheetRelIds;
        QList<bool> hidden;
        for (;;) {
            auto token = part.next();
            if (!token)
                return token.error();
            if (*token == QXmlStreamReader::EndDocument)
                break;
            if (*token != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamReader &xml = part.xml();
            if (xml.name() == QLatin1String("workbookPr")) {
                date1904 = parseBoolAttribute(attribute(xml, QLatin1String("date1904")));
            } else if (xml.name() == QLatin1String("sheet")) {
                sheetNames.append(attribute(xml, QLatin1String("name")));
                sheetRelIds.append(relationshipId(xml));
                hidden.append(!attribute(xml, QLatin1String("state")).isEmpty()
                              && attribute(xml, QLatin1String("state")) != QLatin1String("visible"));
            }
        }
        if (sheetNames.isEmpty())
            return xlsxError("xlsx_sheet_not_found",
                             QCoreApplication::translate("dibao::XlsxReader", "The workbook has no sheets."));

        qsizetype chosen = -1;
        if (options.sheet.isEmpty()) {
            chosen = hidden.indexOf(false); // the first sheet people can see
            if (chosen < 0)
                chosen = 0;
        } else {
            chosen = sheetNames.indexOf(options.sheet);
            if (chosen < 0)
                return xlsxError("xlsx_sheet_not_found",
                                 QCoreApplication::translate("dibao::XlsxReader",
                                                             "The workbook has no sheet named \"%1\"; it has: %2.")
                                     .arg(options.sheet, sheetNames.join(QStringLiteral(", "))));
        }
        sheetName = sheetNames.at(chosen);
        const Relationship sheetRel = rels->value(sheetRelIds.at(chosen));
        if (sheetRel.target.isEmpty() || !zip->find(sheetRel.target))
            return xlsxError(
                "xlsx_part_missing",
                QCoreApplication::translate("dibao::XlsxReader", "Sheet \"%1\" has no worksheet part.").arg(sheetName));

        for (const Relationship &r : std::as_const(*rels)) {
            if (r.type.endsWith(QLatin1String("/sharedStrings")) && zip->find(r.target))
                DIBAO_TRY(readSharedStrings(r.target));
            else if (r.type.endsWith(QLatin1String("/styles")) && zip->find(r.target))
                DIBAO_TRY(readStyles(r.target));
        }
        return sheetRel.target;
    }

    Error failAt(qint64 line, Error error)
    {
        failed = true;
        errorLine = line;
        return error;
    }
};

XlsxReader::XlsxReader(std::unique_ptr<Private> p) : d(std::move(p)) {}
XlsxReader::XlsxReader(XlsxReader &&) noexcept = default;
XlsxReader &XlsxReader::operator=(XlsxReader &&) noexcept = default;
XlsxReader::~XlsxReader() = default;

bool XlsxReader::isAllowedPartName(const QString &name)
{
    // OOXML parts people's spreadsheet programs write: content types, relationships, document properties, the
    // workbook and everything under xl/ (sheets, styles, themes, drawings, printer settings...), custom XML.
    static const QRegularExpression allowed(QStringLiteral(
        "^(\\[Content_Types\\]\\.xml|_rels/\\.rels|(docProps|xl|customXml)/[A-Za-z0-9_.\\-]+(/[A-Za-z0-9_.\\-]+)*)$"));
    return allowed.match(name).hasMatch();
}

Result<XlsxReader> XlsxReader::open(QByteArray archive, const XlsxReadOptions &options)
{
    if (archive.startsWith("\xD0\xCF\x11\xE0"))
        return xlsxError(
            "xlsx_not_xlsx",
            QCoreApplication::translate("dibao::XlsxReader",
                                        "This is an Excel 97-2003 (.xls) or WPS (.et) file; save it as .xlsx "
                                        "(or CSV) and try again."));
    if (!archive.startsWith("PK"))
        return xlsxError("xlsx_not_xlsx",
                         QCoreApplication::translate("dibao::XlsxReader", "This is not an .xlsx workbook."));
    auto zip = SafeZipReader::open(std::move(archive), &XlsxReader::isAllowedPartName, options.limits);
    if (!zip)
        return zip.error();

    auto p = std::make_unique<Private>();
    p->options = options;
    p->zip.emplace(std::move(zip).value());
    if (!p->zip->find(QStringLiteral("[Content_Types].xml")))
        return xlsxError("xlsx_not_xlsx",
                         QCoreApplication::translate(
                             "dibao::XlsxReader", "This zip file is not an .xlsx workbook (no [Content_Types].xml)."));

    // The package relationships say where the workbook is; xl/workbook.xml is only the usual place.
    QString workbookName = QStringLiteral("xl/workbook.xml");
    auto rootRels = p->readRelationships(QStringLiteral("_rels/.rels"), QString());
    if (!rootRels)
        return rootRels.error();
    for (const Relationship &r : std::as_const(*rootRels))
        if (r.type.endsWith(QLatin1String("/officeDocument")) && !r.target.isEmpty())
            workbookName = r.target;
    if (!p->zip->find(workbookName))
        return xlsxError("xlsx_not_xlsx",
                         QCoreApplication::translate("dibao::XlsxReader",
                                                     "This zip file is not an .xlsx workbook (no workbook part)."));

    auto sheetPart = p->readWorkbook(workbookName);
    if (!sheetPart)
        return sheetPart.error();
    const ZipEntryInfo *entry = p->zip->find(*sheetPart);
    p->inflater = std::make_unique<EntryInflater>(p->zip->archive(), *entry);
    p->sheet = std::make_unique<XmlPart>(*sheetPart, p->inflater.get());
    return XlsxReader(std::move(p));
}

Result<XlsxReader> XlsxReader::openFile(const QString &path, const XlsxReadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Io, QStringLiteral("io_open"),
            QCoreApplication::translate("dibao::XlsxReader", "Cannot open %1: %2").arg(path, file.errorString()));
    // Check the size before reading, so a huge file is refused without being loaded.
    if (file.size() > options.limits.maxArchiveBytes)
        return makeError(ErrorKind::Invalid, QStringLiteral("zip_too_large"),
                         QCoreApplication::translate("dibao::SafeZipReader", "The archive is larger than allowed."));
    QByteArray bytes = file.read(options.limits.maxArchiveBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(
            ErrorKind::Io, QStringLiteral("io_read"),
            QCoreApplication::translate("dibao::XlsxReader", "Reading %1 failed: %2").arg(path, file.errorString()));
    return open(std::move(bytes), options);
}

QStringList XlsxReader::sheetNames() const
{
    return d->sheetNames;
}

QString XlsxReader::sheetName() const
{
    return d->sheetName;
}

bool XlsxReader::date1904() const
{
    return d->date1904;
}

qint64 XlsxReader::errorLine() const
{
    return d->errorLine;
}

Result<bool> XlsxReader::next(TabularRow &row)
{
    if (d->failed)
        return xlsxError("xlsx_failed",
                         QCoreApplication::translate("dibao::XlsxReader", "The sheet could not be read past row %1.")
                             .arg(d->errorLine));
    if (d->finished)
        return false;
    row.cells.clear();
    row.line = 0;

    XmlPart &part = *d->sheet;
    const XlsxReadOptions &options = d->options;
    bool inRow = false;
    bool rowHasValue = false;
    int lastColumn = -1;
    // The cell being read.
    bool inCell = false;
    int column = -1;
    QString type;
    int style = -1;
    QString value;
    QString inlineText;
    enum class Capture { None, Value, InlineText } capture = Capture::None;
    bool inInline = false;
    int phoneticDepth = 0;

    for (;;) {
        auto token = part.next();
        if (!token)
            return d->failAt(d->lastRow, token.error());
        const QXmlStreamReader &xml = part.xml();
        switch (*token) {
        case QXmlStreamReader::EndDocument:
            d->finished = true;
            return false;
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            if (!d->inSheetData) {
                if (name == QLatin1String("sheetData"))
                    d->inSheetData = true;
                break;
            }
            if (name == QLatin1String("row")) {
                const QString r = xml.attributes().value(QLatin1String("r")).toString();
                qint64 number = d->lastRow + 1;
                if (!r.isEmpty()) {
                    bool ok = false;
                    number = r.toLongLong(&ok);
                    if (!ok)
                        number = -1;
                }
                if (number <= d->lastRow || number > 1048576)
                    return d->failAt(
                        d->lastRow,
                        xlsxError("xlsx_row_order",
                                  QCoreApplication::translate("dibao::XlsxReader",
                                                              "Row number \"%1\" after row %2: rows must be "
                                                              "numbered upwards from 1.")
                                      .arg(r)
                                      .arg(d->lastRow)));
                d->lastRow = number;
                row.line = number;
                inRow = true;
                rowHasValue = false;
                lastColumn = -1;
                row.cells.clear();
            } else if (name == QLatin1String("c") && inRow) {
                const QXmlStreamAttributes attributes = xml.attributes(); // a copy: fetch it once per cell
                const QString ref = attributes.value(QLatin1String("r")).toString();
                column = lastColumn + 1;
                if (!ref.isEmpty()) {
                    // "BC12": column letters, then this row's number.
                    qsizetype i = 0;
                    qint64 c = 0;
                    while (i < ref.size() && i < 4 && ref.at(i) >= QLatin1Char('A') && ref.at(i) <= QLatin1Char('Z')) {
                        c = c * 26 + (ref.at(i).unicode() - u'A' + 1);
                        ++i;
                    }
                    bool ok = false;
                    const qint64 refRow = QStringView(ref).mid(i).toLongLong(&ok);
                    if (i == 0 || !ok || refRow != d->lastRow)
                        return d->failAt(
                            d->lastRow,
                            xlsxError("xlsx_cell_ref",
                                      QCoreApplication::translate("dibao::XlsxReader",
                                                                  "Row %1 holds a cell with the reference \"%2\".")
                                          .arg(d->lastRow)
                                          .arg(ref)));
                    column = int(std::min<qint64>(c - 1, options.maxColumns));
                }
                if (column <= lastColumn)
                    return d->failAt(d->lastRow,
                                     xlsxError("xlsx_cell_ref",
                                               QCoreApplication::translate("dibao::XlsxReader",
                                                                           "Row %1 has cells out of order or "
                                                                           "twice (at \"%2\").")
                                                   .arg(d->lastRow)
                                                   .arg(ref)));
                if (column >= options.maxColumns)
                    return d->failAt(
                        d->lastRow,
                        xlsxError("xlsx_too_many_columns",
                                  QCoreApplication::translate("dibao::XlsxReader", "Row %1 has more than %2 columns.")
                                      .arg(d->lastRow)
                                      .arg(options.maxColumns)));
                lastColumn = column;
                inCell = true;
                type = attributes.value(QLatin1String("t")).toString();
                const QStringView s = attributes.value(QLatin1String("s"));
                style = s.isEmpty() ? -1 : s.toInt();
                value.clear();
                inlineText.clear();
                inInline = false;
                phoneticDepth = 0;
            } else if (inCell && name == QLatin1String("v")) {
                capture = Capture::Value;
            } else if (inCell && name == QLatin1String("is")) {
                inInline = true;
            } else if (inInline && name == QLatin1String("rPh")) {
                ++phoneticDepth;
            } else if (inInline && name == QLatin1String("t") && phoneticDepth == 0) {
                capture = Capture::InlineText;
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (capture == Capture::None)
                break;
            (capture == Capture::Value ? value : inlineText) += xml.text();
            if (value.size() > options.maxCellLength || inlineText.size() > options.maxCellLength)
                return d->failAt(d->lastRow,
                                 xlsxError("xlsx_cell_too_long",
                                           QCoreApplication::translate("dibao::XlsxReader",
                                                                       "A cell in row %1 is longer than %2 characters.")
                                               .arg(d->lastRow)
                                               .arg(options.maxCellLength)));
            break;
        case QXmlStreamReader::EndElement: {
            const QStringView name = xml.name();
            if (!d->inSheetData)
                break;
            if (name == QLatin1String("v") || name == QLatin1String("t")) {
                capture = Capture::None;
            } else if (name == QLatin1String("rPh")) {
                --phoneticDepth;
            } else if (name == QLatin1String("is")) {
                inInline = false;
            } else if (name == QLatin1String("c") && inCell) {
                inCell = false;
                TabularCell cell;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const qint64 index = value.trimmed().toLongLong(&ok);
                    if (!ok || index < 0 || index >= d->sharedStrings.size())
                        return d->failAt(
                            d->lastRow,
                            xlsxError("xlsx_shared_string_index",
                                      QCoreApplication::translate("dibao::XlsxReader",
                                                                  "Row %1 refers to a shared string that does "
                                                                  "not exist.")
                                          .arg(d->lastRow)));
                    cell = TabularCell::fromText(d->sharedStrings.at(qsizetype(index)));
                } else if (type == QLatin1String("inlineStr")) {
                    cell = TabularCell::fromText(ooxml::decodeEscapes(inlineText));
                } else if (type == QLatin1String("str") || type == QLatin1String("d")) {
                    // A formula's text result, or an ISO 8601 date (t="d"): both are text to the mappings.
                    cell = TabularCell::fromText(ooxml::decodeEscapes(value));
                } else if (type == QLatin1String("b")) {
                    const QString v = value.trimmed();
                    if (v != QLatin1String("0") && v != QLatin1String("1"))
                        return d->failAt(d->lastRow,
                                         xlsxError("xlsx_cell_type",
                                                   QCoreApplication::translate("dibao::XlsxReader",
                                                                               "Row %1 holds a boolean "
                                                                               "that is neither 0 nor 1.")
                                                       .arg(d->lastRow)));
                    cell.kind = TabularCell::Kind::Boolean;
                    cell.text = v == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type == QLatin1String("e")) {
                    cell.kind = TabularCell::Kind::Error;
                    cell.text = value.trimmed();
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    const QString v = value.trimmed();
                    if (!v.isEmpty()) {
                        if (!isXmlNumber(v))
                            return d->failAt(d->lastRow,
                                             xlsxError("xlsx_number",
                                                       QCoreApplication::translate("dibao::XlsxReader",
                                                                                   "Row %1 holds a number "
                                                                                   "that is not a number.")
                                                           .arg(d->lastRow)));
                        cell.kind = TabularCell::Kind::Number;
                        cell.text = v;
                        cell.dateStyled = style >= 0 && style < d->dateStyles.size() && d->dateStyles.at(style);
                    }
                } else {
                    return d->failAt(d->lastRow,
                                     xlsxError("xlsx_cell_type",
                                               QCoreApplication::translate("dibao::XlsxReader",
                                                                           "Row %1 holds a cell of unknown "
                                                                           "type \"%2\".")
                                                   .arg(d->lastRow)
                                                   .arg(type)));
                }
                if (cell.kind != TabularCell::Kind::Empty) {
                    while (row.cells.size() < column)
                        row.cells.append(TabularCell());
                    row.cells.append(cell);
                    rowHasValue = true;
                }
            } else if (name == QLatin1String("row") && inRow) {
                inRow = false;
                if (rowHasValue)
                    return true;
                row.cells.clear();
            } else if (name == QLatin1String("sheetData")) {
                d->finished = true; // the rest of the sheet (merges, margins...) carries no values
                return false;
            }
            break;
        }
        default:
            break;
        }
    }
}

} // namespace dibao
