#pragma once

#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dibao {

class Session;

// 近亲属备案: staff and village cadres and their near relatives (220号 Art 14: spouse, parents, children, siblings,
// grandparents and grandchildren on both sides), by ID number, kept by the county. An application with a member on
// the register (the staff member or a relative), or whose applicant declared a near relative, is a near-relative
// case: listed for the county, and the confirming authority's own home visit is required before confirmation
// (workflow/AuthorityVisitRule).
struct NearRelativeEntry {
    QString id;
    QString staffName;
    QString staffIdNumber;
    QString staffRole;          // township_staff | village_cadre | county_staff
    QString staffUnit;          // township code or village
    QString relativeName;
    QString relativeIdNumber;
    QString relation;           // NearRelativeRegister::relations()
    QDate endedOn;
    QString note;
    QJsonObject toJson() const; // ID numbers masked
};

// One register hit on a case's household.
struct NearRelativeMatch {
    QString entryId;
    QString memberName;
    QString staffName;
    QString staffRole;
    QString relation;           // "self" when the member is the staff member
};

struct NearRelativeFlag {
    QString caseId;
    QString kind;
    QString state;
    QString divisionCode;
    QString villageName;
    QString applicantName;
    bool declared = false;
    QString declarationNote;
    QList<NearRelativeMatch> matches;
    bool authorityVisitRecorded = false;
    QJsonObject toJson() const;
};

class NearRelativeRegister {
public:
    explicit NearRelativeRegister(Session &session) : m_session(session) {}

    static const QStringList &relations();
    static const QStringList &staffRoles();

    // County database, near_relative_register. ID numbers are checked (GB 11643) and stored normalized; the same
    // (staff, relative) pair twice is refused.
    Result<QString> add(const NearRelativeEntry &entry);
    Status end(const QString &id, const QDate &on);
    Result<QList<NearRelativeEntry>> entries();

    // Open cases (not in a final state) that are near-relative cases: by register match or by declaration.
    Result<QList<NearRelativeFlag>> flagged(const QString &divisionCode = QString());

    // Register hits on a household's present members (any role may ask: the confirmation rule does).
    static Result<QList<NearRelativeMatch>> matchesForHousehold(Session &session, const QString &householdId);

private:
    Session &m_session;
};

} // namespace dibao
