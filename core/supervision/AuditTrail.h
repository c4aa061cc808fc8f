#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace dibao {

class Session;

// What the audit viewer shows: every field empty means everything. Dates are China calendar days, inclusive.
struct AuditFilter {
    QString caseId;     // the case and everything recorded about it: its household and members, and every record
                        // that names the case (visits, documents, events, clocks, complaints, meeting items ...)
    QString userName;   // the account name that wrote or read
    QString entity;     // a table: cases, households, members, visits ...
    QString action;     // insert, update, read, or a domain verb (confirm, refuse ...)
    QDate from;
    QDate to;
};

// One entry of the trail as stored, with a check of its own hash: `hashMatches` is false when the stored fields no
// longer give the stored hash — an entry edited behind the product's back shows as such in the viewer even before
// the whole chain is checked.
struct AuditEntry {
    qint64 seq = 0;
    QString at;          // UTC instant as stored
    QString atChina;     // the same instant in China time, "2026-11-27 09:30:12"
    QString userId;
    QString userName;
    QString deviceId;
    QString entity;
    QString entityId;
    QString action;
    QByteArray before;   // canonical JSON, empty for a creation or a read
    QByteArray after;    // canonical JSON; for a read, the purpose
    bool hashMatches = true;
};

// The audit viewer's queries (who changed or read what and when) and its export. Newest first. Read-only; the
// signed-in user needs Action::ViewAuditTrail. Reading the trail is itself not logged (it holds no record content
// beyond what the records' own readers see); exporting it is, as a sensitive read of the trail.
class AuditTrail {
public:
    explicit AuditTrail(Session &session) : m_session(session) {}

    Result<qint64> count(const AuditFilter &filter);
    Result<QList<AuditEntry>> page(const AuditFilter &filter, int offset, int limit);

    enum class Format { Xlsx, Csv };
    // Every entry the filter selects, newest first, as a workbook (sheet 审计记录) or UTF-8 CSV with a byte-order
    // mark (Excel opens it as UTF-8). Written through QSaveFile. Returns the number of entries written.
    Result<qint64> exportTo(const AuditFilter &filter, const QString &path, Format format);
    static std::optional<Format> formatForPath(const QString &path);

    // The audited record ids a case's history covers, as (entity, id) pairs.
    Result<QList<QPair<QString, QString>>> caseRecords(const QString &caseId);

    static QStringList columnTitles(); // the export's and the viewer's columns, translated

private:
    struct Sql {
        QString where;
        QList<QString> binds;
    };
    Result<Sql> whereFor(const AuditFilter &filter);
    Status forEach(const AuditFilter &filter, int offset, int limit, const std::function<Status(const AuditEntry &)> &f);

    Session &m_session;
};

} // namespace dibao
