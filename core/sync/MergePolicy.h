#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace dibao {

class Database;

// The merge-policy table (DESIGN.md "Sync", docs/sync.md): for every entity type that is written through
// RecordWriter, who owns it, how concurrent writes merge, and who receives it. A type without a row is a
// startup error (RecordWriter checks the table when a database is opened), so a new table cannot sync by accident.
class MergePolicy {
public:
    enum class Owner {
        Township,        // the township the record belongs to (any of its devices)
        CreatingDevice,  // whoever created the record; nobody changes it afterwards
        County,          // the county (the hub and the county clients on its database)
        Authority,       // the confirming authority: the county, or the township where confirmation is delegated
        LocalAccount,    // user accounts: each database's own; published as a directory, never as accounts
    };
    enum class Merge {
        LastWriterWins,  // per field by (HLC, origin device); the losing value kept in `conflicts` for a person
        AppendOnly,      // inserted once; corrections are new records; later writes refused
        CountyWins,      // only the county (or the authority) writes; writes by devices refused
        Directory,       // published into user_directory without secrets
    };
    enum class Township {
        OwnColumn,       // division_code of the record itself
        ViaHousehold,    // household_id → households.division_code
        ViaCase,         // case_id → cases.division_code
        ViaObjection,    // objection_id → objections.case_id → cases.division_code
        DivisionOrAll,   // division_code: a township's, or the county's (then every device of the county)
        AllDevices,      // county-wide rows: every device of the county
    };

    struct Row {
        QString entity;
        Owner owner;
        Merge merge;
        Township township;
        // Fields owned by the confirming authority (the county, or the township where confirmation is delegated).
        QStringList authorityFields;
        // Values of a field that only the confirming authority may write (e.g. cases.state = confirmed).
        QHash<QString, QStringList> authorityValues;
        // Authority fields a township may still set when it creates the record (e.g. a review's reason).
        QStringList authorityFieldsOpenOnInsert;
        // Fields never synced (secrets stay where they were made).
        QStringList localFields;
        // For people and docs/sync.md.
        QString ownerText;
        QString mergeText;
        QString audienceText;
        // Sent up to the county and never down to any device (objector identities, complaints).
        bool countyAudience = false;
    };

    static const QList<Row> &table();
    static const Row *find(const QString &entity);

    // Every entity must have a row. Token: merge_policy_missing.
    static Status check(const QStringList &entities);

    // Columns that are bookkeeping of the local copy, never part of a change.
    static bool isMetadataColumn(const QString &column);
    // The columns townshipOf reads: division_code, household_id, case_id, objection_id.
    static const QStringList &townshipColumns();
    static bool isTownshipColumn(const QString &column) { return townshipColumns().contains(column); }

    // The township a record belongs to (its audience), or an empty string for county-wide records. `record` holds
    // at least the columns the row's Township rule needs (the record's own or its parent's id). Token: parent_unknown.
    // `households`, if given, remembers each household's township looked up (an import applies a household's members
    // and items one after the other; the importer forgets a household when it applies a change to it).
    static Result<QString> townshipOf(Database &db, const Row &row, const QVariantMap &record,
                                      QHash<QString, QString> *households = nullptr);
    // Who receives a record (change_log.township): its township, "" for every device, or kCountyOnly.
    static Result<QString> audienceOf(Database &db, const Row &row, const QVariantMap &record,
                                      QHash<QString, QString> *households = nullptr);
    static inline const QString kCountyOnly = QStringLiteral("county");
};

} // namespace dibao
