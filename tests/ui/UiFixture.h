#pragma once

#include "domain/Household.h"
#include "store/Session.h"

#include <QDate>
#include <QString>

namespace dibao::uitest {

// A valid ID number, unique per n (birth date and sequence vary with n), in the county of `township`.
QString idNumberFor(const QString &township, int n, bool male);

// A household of 1–4 members (by n) in one of eight villages, with a wage over the 12 months before `asOf`.
HouseholdFile householdFor(const QString &township, int n, const QDate &asOf);

// Creates household n with its application; returns the case id (empty on failure, with the reason in *error).
QString addApplication(Session &session, int n, const QDate &asOf, QString *error = nullptr);

// Bulk: households [first, first + count) in one transaction, a share of them moved on through acceptance and
// investigation so the lists and 工作台 have every kind of row. Returns false with the reason in *error.
bool populate(Session &session, int first, int count, const QDate &asOf, QString *error = nullptr);

} // namespace dibao::uitest
