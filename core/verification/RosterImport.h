#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "io/ColumnMapping.h"
#include "io/MappingReport.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace dibao {

class Session;

// One household of the roster, as it will be (or was) created.
struct RosterHousehold {
    QString key;              // the roster's household column (户编号)
    qint64 line = 0;          // its first row
    QString householdId;      // set when committed
    QString divisionCode;
    QString villageName;
    QString applicantName;
    int members = 0;
    Fen amount = 0;           // fen per month in force
    QString tier;
    QString approvalDocument; // 文号 of the original approval
    QDate approvedOn;
    QDate enrolledSince;      // first of the month
    QDate nextReviewDue;
};

struct RosterImportResult {
    MappingReport report;     // every row's problems with line numbers (file-level ones too)
    QList<RosterHousehold> households;
    int memberCount = 0;
    bool committed = false;
};

// Brings in the spreadsheet of current recipients a township starts from (docs/verification.md "The roster"): one
// row per member, grouped into households by the `household` column, each household marked migrated with the
// reference of its original approval (document number and date) and enrolled with its current amount — never as if
// this product had run its procedure: no case, no meeting, notice or decision is invented. Every row is read and
// checked first (the dry run stops there); a commit writes all households in one transaction or nothing. A person
// (ID number) already in the database is refused, naming the household that holds them.
// Mapping fields: household, township, name, id_number, relation, area, amount, approval_document, approval_date
// (required); village, address, tier, enrolled_since, bank_name, bank_account, phone (optional).
// Tokens: roster_mapping_fields, roster_invalid (the report has the rows), plus core/io's.
class RosterImport {
public:
    static Result<RosterImportResult> run(Session &session, const ColumnMapping &mapping, const QString &path,
                                          bool dryRun, int maxErrors = 1000);
    static const QStringList &requiredFields();
};

} // namespace dibao
