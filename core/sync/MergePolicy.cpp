#include "sync/MergePolicy.h"

#include "db/Database.h"

#include <QCoreApplication>

namespace dibao {

namespace {

QString trMerge(const char *text)
{
    return QCoreApplication::translate("dibao::MergePolicy", text);
}

QList<MergePolicy::Row> buildTable()
{
    using O = MergePolicy::Owner;
    using M = MergePolicy::Merge;
    using T = MergePolicy::Township;
    const QString township = QStringLiteral("township");
    const QString lww = QStringLiteral("last writer wins per field by (HLC, device id); the loser kept in conflicts");
    const QString townshipAudience = QStringLiteral("that township's devices, the county");
    QList<MergePolicy::Row> rows;
    auto add = [&rows](MergePolicy::Row row) { rows.append(std::move(row)); };

    add({QStringLiteral("users"), O::LocalAccount, M::Directory, T::DivisionOrAll, {}, {}, {}, {QStringLiteral("pw_hash")},
         QStringLiteral("the database that made the account"),
         QStringLiteral("published into user_directory without the password hash; never an account elsewhere"),
         QStringLiteral("township users: the county; county users: every device of the county")});
    // The confirming authority writes enrolment and the amount in force when it decides.
    // The confirming authority writes enrolment and the amount in force when it decides, and moves a household to
    // another township (a transfer).
    add({QStringLiteral("households"), O::Township, M::LastWriterWins, T::OwnColumn,
         {QStringLiteral("enrolment"), QStringLiteral("current_amount"), QStringLiteral("current_tier"),
          QStringLiteral("enrolled_since"), QStringLiteral("next_review_due"), QStringLiteral("division_code")},
         {}, {QStringLiteral("division_code")}, {},
         township + QStringLiteral(" (enrolment, amount, transfer: the confirming authority)"), lww, townshipAudience});
    for (const char *table : {"members", "income_items", "expense_items", "asset_items"}) {
        add({QString::fromLatin1(table), O::Township, M::LastWriterWins, T::ViaHousehold, {}, {}, {}, {}, township, lww,
             townshipAudience});
    }
    add({QStringLiteral("cases"), O::Township, M::LastWriterWins, T::OwnColumn,
         {QStringLiteral("amount"), QStringLiteral("tier"), QStringLiteral("method"), QStringLiteral("decided_on"),
          QStringLiteral("decided_by"), QStringLiteral("effective_month"), QStringLiteral("decision_reason"),
          QStringLiteral("certificate_number"), QStringLiteral("review_outcome"), QStringLiteral("gradual_exit_months"), QStringLiteral("intake_digest")},
         {{QStringLiteral("state"),
           {QStringLiteral("confirmed"), QStringLiteral("refused"), QStringLiteral("review_decided")}}},
         {QStringLiteral("decision_reason")}, {},
         QStringLiteral("township (the decision, amount and tier: the confirming authority)"), lww, townshipAudience});
    add({QStringLiteral("case_events"), O::CreatingDevice, M::AppendOnly, T::ViaCase, {},
         {{QStringLiteral("action"),
           {QStringLiteral("confirm"), QStringLiteral("refuse"), QStringLiteral("decide_review"),
            QStringLiteral("close_county_notice")}}},
         {}, {}, QStringLiteral("creating device (decisions: the confirming authority)"),
         QStringLiteral("append-only; corrections are new records"), townshipAudience});
    add({QStringLiteral("case_clocks"), O::Township, M::LastWriterWins, T::ViaCase, {}, {}, {}, {}, township, lww,
         townshipAudience});
    add({QStringLiteral("documents"), O::Township, M::LastWriterWins, T::ViaCase, {}, {}, {}, {}, township, lww,
         townshipAudience});
    add({QStringLiteral("visits"), O::CreatingDevice, M::AppendOnly, T::ViaCase, {}, {}, {}, {},
         QStringLiteral("creating device"), QStringLiteral("append-only; corrections are new records"),
         townshipAudience});
    add({QStringLiteral("policy_rows"), O::County, M::CountyWins, T::AllDevices, {}, {}, {}, {},
         QStringLiteral("county"), QStringLiteral("county wins; writes by devices refused"),
         QStringLiteral("every device of the county")});
    // Casework (schema v3). Meetings, notices, objections, complaints and change reports: append-only by the creating
    // device. The objector's identity and complaints go to the county only. Payroll, bank returns, adjustments,
    // recovery and transfers belong to the confirming authority (the county, or the township where delegated).
    const QString creating = QStringLiteral("creating device");
    const QString appendOnly = QStringLiteral("append-only; corrections are new records");
    const QString authority = QStringLiteral("the confirming authority (county, or the township where delegated)");
    const QString authorityWins = QStringLiteral("append-only; writes by others refused");
    add({QStringLiteral("appraisal_meetings"), O::CreatingDevice, M::AppendOnly, T::OwnColumn, {}, {}, {}, {}, creating,
         appendOnly, townshipAudience});
    add({QStringLiteral("public_notices"), O::CreatingDevice, M::AppendOnly, T::OwnColumn, {},
         {{QStringLiteral("kind"), {QStringLiteral("county")}}}, {}, {},
         QStringLiteral("creating device (the county's notice: the confirming authority)"), appendOnly,
         townshipAudience});
    for (const char *table : {"appraisal_items", "public_notice_items", "objections"})
        add({QString::fromLatin1(table), O::CreatingDevice, M::AppendOnly, T::ViaCase, {}, {}, {}, {}, creating,
             appendOnly, townshipAudience});
    {
        MergePolicy::Row identities{QStringLiteral("objector_identities"), O::CreatingDevice, M::AppendOnly,
                                    T::ViaObjection, {}, {}, {}, {}, creating, appendOnly,
                                    QStringLiteral("the county only (the objector's identity is confidential)")};
        identities.countyAudience = true;
        add(identities);
        MergePolicy::Row complaints{QStringLiteral("case_complaints"), O::CreatingDevice, M::AppendOnly, T::ViaCase,
                                    {}, {}, {}, {}, QStringLiteral("whoever records it"), appendOnly,
                                    QStringLiteral("the county only (the township is the subject's office)")};
        complaints.countyAudience = true;
        add(complaints);
    }
    add({QStringLiteral("change_reports"), O::CreatingDevice, M::AppendOnly, T::ViaHousehold, {}, {}, {}, {}, creating,
         appendOnly, townshipAudience});
    add({QStringLiteral("card_custody"), O::Township, M::LastWriterWins, T::ViaHousehold, {}, {}, {}, {}, township, lww,
         townshipAudience});
    add({QStringLiteral("payroll_rolls"), O::Authority, M::AppendOnly, T::DivisionOrAll, {}, {}, {}, {}, authority,
         authorityWins, QStringLiteral("the township paid (a county roll: every device of the county), the county")});
    for (const char *table : {"payroll_roll_parts", "payroll_lines", "bank_returns"})
        add({QString::fromLatin1(table), O::Authority, M::AppendOnly, T::OwnColumn, {}, {}, {}, {}, authority,
             authorityWins, townshipAudience});
    for (const char *table : {"payroll_adjustments", "recovery_cases", "recovery_entries", "household_transfers"})
        add({QString::fromLatin1(table), O::Authority, M::AppendOnly, T::ViaHousehold, {}, {}, {}, {}, authority,
             authorityWins, townshipAudience});
    // Economic verification (schema v5, docs/verification.md). The county (or the city centre) alone writes it. The
    // summary on the case reaches its township; department batches and findings never leave the county.
    const QString county = QStringLiteral("county / city verification centre");
    const QString countyWins = QStringLiteral("county wins; writes by devices refused");
    add({QStringLiteral("verifications"), O::County, M::CountyWins, T::ViaCase, {}, {}, {}, {}, county, countyWins,
         QStringLiteral("that township's devices (the summary on the case), the county")});
    {
        MergePolicy::Row batches{QStringLiteral("verification_batches"), O::County, M::CountyWins, T::AllDevices, {},
                                 {}, {}, {}, county, countyWins,
                                 QStringLiteral("the county only (department data stays with the verifier)")};
        batches.countyAudience = true;
        add(batches);
        MergePolicy::Row findings{QStringLiteral("verification_findings"), O::County, M::CountyWins, T::ViaCase, {},
                                  {}, {}, {}, county, countyWins,
                                  QStringLiteral("the county only (department data stays with the verifier)")};
        findings.countyAudience = true;
        add(findings);
    }
    // Letters, visits, complaints (schema v6). A petition's audience is its own division_code: the township concerned,
    // or the county's code when it names a township or its staff — no township device matches it, so it stays at the
    // county (信访工作条例 Art 30). The reporter's identity and the near-relative register: the county only.
    const QString petitionAudience =
        QStringLiteral("the township concerned and the county; the county only when it names a township or its staff");
    add({QStringLiteral("petitions"), O::CreatingDevice, M::LastWriterWins, T::OwnColumn, {}, {}, {}, {},
         QStringLiteral("the first-contact owner (until a recorded hand-over)"), lww, petitionAudience});
    add({QStringLiteral("petition_events"), O::CreatingDevice, M::AppendOnly, T::OwnColumn, {}, {}, {}, {}, creating,
         appendOnly, petitionAudience});
    add({QStringLiteral("petition_forwards"), O::CreatingDevice, M::LastWriterWins, T::OwnColumn, {}, {}, {}, {},
         QStringLiteral("the petition's owner (the outcome as received from the higher body)"), lww,
         petitionAudience});
    {
        MergePolicy::Row reporters{QStringLiteral("petition_reporters"), O::CreatingDevice, M::AppendOnly,
                                   T::OwnColumn, {}, {}, {}, {}, creating, appendOnly,
                                   QStringLiteral("the county only (the reporter's identity is confidential)")};
        reporters.countyAudience = true;
        add(reporters);
        MergePolicy::Row relatives{QStringLiteral("near_relatives"), O::County, M::CountyWins, T::OwnColumn, {}, {},
                                   {}, {}, QStringLiteral("county"),
                                   QStringLiteral("county wins; writes by devices refused"),
                                   QStringLiteral("the county only (near-relative register)")};
        relatives.countyAudience = true;
        add(relatives);
    }
    // Client (schema v9): attachment metadata (store/AttachmentStore). The content files are not in change bundles yet
    // (the bundle format has room: att/<sha256>.enc); backups carry them.
    add({QStringLiteral("attachments"), O::CreatingDevice, M::AppendOnly, T::ViaCase, {}, {}, {}, {}, creating,
         appendOnly, townshipAudience});
    return rows;
}

} // namespace

const QList<MergePolicy::Row> &MergePolicy::table()
{
    static const QList<Row> rows = buildTable();
    return rows;
}

const MergePolicy::Row *MergePolicy::find(const QString &entity)
{
    for (const Row &row : table())
        if (row.entity == entity)
            return &row;
    return nullptr;
}

Status MergePolicy::check(const QStringList &entities)
{
    QStringList missing;
    for (const QString &e : entities)
        if (!find(e))
            missing << e;
    if (!missing.isEmpty())
        return makeError(ErrorKind::Internal, QStringLiteral("merge_policy_missing"),
                         trMerge("No merge policy for %1: every synced record type needs a row in the merge-policy "
                                 "table (core/sync/MergePolicy.cpp).")
                             .arg(missing.join(QStringLiteral(", "))));
    return {};
}

const QStringList &MergePolicy::townshipColumns()
{
    static const QStringList columns{QStringLiteral("division_code"), QStringLiteral("household_id"),
                                     QStringLiteral("case_id"), QStringLiteral("objection_id")};
    return columns;
}

bool MergePolicy::isMetadataColumn(const QString &column)
{
    return column == QLatin1String("created_at") || column == QLatin1String("updated_at")
        || column == QLatin1String("created_by") || column == QLatin1String("updated_by");
}

Result<QString> MergePolicy::townshipOf(Database &db, const Row &row, const QVariantMap &record,
                                        QHash<QString, QString> *households)
{
    auto lookup = [&db](const char *sql, const QString &id) -> Result<QString> {
        auto st = db.cached(sql);
        if (!st)
            return st.error();
        (*st)->bind(1, id);
        auto r = (*st)->step();
        if (!r)
            return r.error();
        if (!*r)
            return makeError(ErrorKind::NotFound, QStringLiteral("parent_unknown"),
                             trMerge("The record this change belongs to (%1) is unknown here.").arg(id));
        const QString code = (*st)->text(0);
        (*st)->reset();
        return code;
    };
    switch (row.township) {
    case Township::OwnColumn:
        return record.value(QStringLiteral("division_code")).toString();
    case Township::ViaHousehold: {
        const QString household = record.value(QStringLiteral("household_id")).toString();
        if (households) {
            const auto known = households->constFind(household);
            if (known != households->constEnd())
                return *known;
        }
        auto code = lookup("SELECT division_code FROM households WHERE id = ?", household);
        if (code && households)
            households->insert(household, *code);
        return code;
    }
    case Township::ViaCase:
        return lookup("SELECT division_code FROM cases WHERE id = ?", record.value(QStringLiteral("case_id")).toString());
    case Township::ViaObjection:
        return lookup("SELECT c.division_code FROM objections o JOIN cases c ON c.id = o.case_id WHERE o.id = ?",
                      record.value(QStringLiteral("objection_id")).toString());
    case Township::DivisionOrAll: {
        const QString code = record.value(QStringLiteral("division_code")).toString();
        return code.size() == 9 ? code : QString();
    }
    case Township::AllDevices:
        return QString();
    }
    return QString();
}

Result<QString> MergePolicy::audienceOf(Database &db, const Row &row, const QVariantMap &record,
                                        QHash<QString, QString> *households)
{
    if (row.countyAudience)
        return kCountyOnly;
    return townshipOf(db, row, record, households);
}

} // namespace dibao
