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
    QString name;
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
    QHash<QString, AuthorizedMember> m_byId;
    QMultiHash<QString, AuthorizedMember> m_more; // second and later holders of one ID number
    qsizetype m_count = 0;
    qsizetype m_verifications = 0;
};

} // namespace dibao
