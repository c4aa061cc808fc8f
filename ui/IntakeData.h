#pragma once

#include "domain/Case.h"
#include "domain/Household.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace dibao {

// Everything an intake form holds, in the shape the core takes (a HouseholdFile and the application fields),
// with a JSON form for the drafts table. The JSON is the client's own scratch format, never synced or audited.
struct IntakeData {
    HouseholdFile file;
    QString applicantMemberId;
    QString channel = QStringLiteral("in_person");
    QString entrustedName;
    bool nearRelativeDeclared = false;
    QString nearRelativeNote;
    QDate submittedOn;
    QList<CaseDocument> documents;

    QByteArray toJson() const;
    static IntakeData fromJson(const QByteArray &json);
    // The applicant's name, or the first member's, for titles and draft lists.
    QString displayName() const;
};

} // namespace dibao
