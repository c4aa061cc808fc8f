#include "verification/DepartmentBatchImport.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "db/Database.h"
#include "io/TabularMapper.h"
#include "io/TabularSource.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"
#include "verification/AuthorizedMembers.h"
#include "verification/Departments.h"
#include "verification/Verification.h"
#include "verification/VerificationStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace dibao {

namespace {

QString trBatch(const char *text)
{
    return QCoreApplication::translate("dibao::DepartmentBatchImport", text);
}

Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("io_open"),
                         trBatch("Cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(ErrorKind::Io, QStringLiteral("io_open"),
                         trBatch("Cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QDate)
        return isoDate(v.toDate());
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return v.toLongLong();
    return v.toString();
}

struct HeldFinding {
    const AuthorizedMember *member;
    qint64 line;
    QString match;
    QString recordName;
    QJsonObject record;
};

} // namespace

Result<DepartmentBatchResult> DepartmentBatchImport::run(Session &session, const DepartmentBatchOptions &options)
{
    DIBAO_TRY(session.require(Action::Verify));
    if (!Department::isKnown(options.department))
        return makeError(ErrorKind::Invalid, QStringLiteral("department_unknown"),
                         trBatch("Unknown department %1; one of: %2.")
                             .arg(options.department, Department::all().join(QStringLiteral(", "))));
    const qsizetype idField = options.mapping.indexOf(QStringLiteral("id_number"));
    const qsizetype nameField = options.mapping.indexOf(QStringLiteral("name"));
    if (idField < 0 || nameField < 0 || options.mapping.fields.at(idField).type != FieldType::IdNumber
        || !options.mapping.fields.at(idField).required || !options.mapping.fields.at(nameField).required)
        return makeError(ErrorKind::Invalid, QStringLiteral("verify_mapping_fields"),
                         trBatch("A department mapping must map the required fields id_number (type id_number) and "
                                 "name."));
    const QDate on = options.on.isValid() ? options.on : chinaToday();

    auto members = AuthorizedMembers::load(session.db());
    if (!members)
        return members.error();
    if (members->verifications() == 0)
        return makeError(ErrorKind::Invalid, QStringLiteral("verification_none_in_progress"),
                         trBatch("No verification is in progress: start the requested ones first (verify-run). A "
                                 "department's data may only be matched against members who authorized it."));

    auto source = TabularSource::openFile(options.path, TabularMapper::sourceOptions(options.mapping));
    if (!source)
        return source.error();
    auto mapper = TabularMapper::create(options.mapping, *source);
    if (!mapper)
        return mapper.error();

    DepartmentBatchResult result;
    result.authorizedMembers = members->size();
    result.verificationsOpen = members->verifications();
    result.sourceFormat = source->describe();
    MappingReport &report = result.report;
    QList<HeldFinding> held;
    bool cancelled = false;
    mapper->scan(*source, options.maxErrors, report, [&](const TabularRow &row, const MappedRow &mapped) {
        ++report.rowsValid;
        if (options.progress && !cancelled && report.rowsRead % 4096 == 0)
            cancelled = !options.progress(report.rowsRead);
        if (cancelled)
            return;
        if (report.rowsWithErrors > 0)
            return; // nothing will be stored: no need to hold matches
        const QList<const AuthorizedMember *> hits = members->find(mapped.values.at(idField).toString());
        if (hits.isEmpty())
            return; // not an authorized member: discarded as read
        const QString recordName = mapped.values.at(nameField).toString();
        const QString recordNorm = HouseholdStore::normalizeName(recordName);
        QJsonObject record;
        for (qsizetype i = 0; i < mapped.fields.size(); ++i)
            record.insert(mapped.fields.at(i), jsonOf(mapped.values.at(i)));
        for (const AuthorizedMember *m : hits)
            held.append({m, row.line, recordNorm == m->nameNorm ? FindingMatch::Match : FindingMatch::NameMismatch,
                         recordName, record});
    });
    if (cancelled || (options.progress && !options.progress(report.rowsRead)))
        return makeError(ErrorKind::Invalid, QStringLiteral("verify_batch_cancelled"),
                         trBatch("The import was cancelled after %1 rows; nothing was kept.").arg(report.rowsRead));
    if (!report.ok()) {
        held.clear();
        return result;
    }

    auto sha = sha256Of(options.path);
    if (!sha)
        return sha.error();
    for (const HeldFinding &f : std::as_const(held))
        ++(f.match == FindingMatch::Match ? result.matched : result.nameMismatch);

    RecordWriter &w = session.writer();
    const WriteContext who = session.writeContext();
    Transaction tx(session.db());
    DIBAO_TRY(tx.begun());
    result.batchId = newId();
    DIBAO_TRY(w.insert(who, QStringLiteral("verification_batches"),
                       Row{{QStringLiteral("id"), result.batchId},
                           {QStringLiteral("department"), options.department},
                           {QStringLiteral("file_name"), QFileInfo(options.path).fileName()},
                           {QStringLiteral("file_sha256"), *sha},
                           {QStringLiteral("source_format"), result.sourceFormat},
                           {QStringLiteral("imported_on"), isoDate(on)},
                           {QStringLiteral("rows_read"), report.rowsRead},
                           {QStringLiteral("rows_matched"), result.matched},
                           {QStringLiteral("rows_name_mismatch"), result.nameMismatch},
                           {QStringLiteral("verifications_open"), result.verificationsOpen}}));
    QSet<QString> touched;
    for (const HeldFinding &f : std::as_const(held)) {
        DIBAO_TRY(w.insert(
            who, QStringLiteral("verification_findings"),
            Row{{QStringLiteral("id"), newId()},
                {QStringLiteral("verification_id"), f.member->verificationId},
                {QStringLiteral("case_id"), f.member->caseId},
                {QStringLiteral("household_id"), f.member->householdId},
                {QStringLiteral("member_id"), f.member->memberId},
                {QStringLiteral("batch_id"), result.batchId},
                {QStringLiteral("department"), options.department},
                {QStringLiteral("line"), f.line},
                {QStringLiteral("match"), f.match},
                {QStringLiteral("record_name"), f.recordName},
                {QStringLiteral("record"), QString::fromUtf8(QJsonDocument(f.record).toJson(QJsonDocument::Compact))},
                {QStringLiteral("status"), QStringLiteral("open")}}));
        touched.insert(f.member->verificationId);
    }
    VerificationStore store(session);
    for (const QString &id : std::as_const(touched))
        DIBAO_TRY(store.refreshSummary(id));
    DIBAO_TRY(tx.commit());
    result.stored = true;
    return result;
}

} // namespace dibao
