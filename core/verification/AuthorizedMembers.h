#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace dibao {

class Database;

// A member a department row may be matched against: a member of a household whose verification is in progress,
// listed on it when it started (the consent covers the members who signed it) and not since left.
struct AuthorizedMember {
    QString memberId;
    QString name;              // not loaded (findings read the member's name from the register)
    QString nameNorm;          // HouseholdStore::normalizeName
    QString verificationId;
    QString caseId;
    QString householdId;
};

// Every authorized member by ID number, loaded once by one query before a batch is streamed, so each department row
// costs one hash lookup. A person in two verifications (rare: duplicates are refused per database) is kept twice.
class AuthorizedMembers {
public:
    static Result<AuthorizedMembers> load(Database &db);

    // The members with this (normalized, 18-character) ID number; empty when none is authorized.
    QList<const AuthorizedMember *> find(const QString &idNumber) const;
    qsizetype size() const { return m_count; }
    qsizetype verifications() const { return m_verifications; }

private:
    // Keyed by the ID number's first 17 digits as an integer (the 18th is their check character): 400,000 string
    // keys cost a heap string each and a string compare per lookup; an integer key costs neither.
    static qint64 key(QStringView idNumber);
    QHash<qint64, AuthorizedMember> m_byId;
    QMultiHash<qint64, AuthorizedMember> m_more; // second and later holders of one ID number
    qsizetype m_count = 0;
    qsizetype m_verifications = 0;
};

} // namespace dibao
