#pragma once

#include "domain/Household.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dibao {

// Stable tokens for the domain enums: the stored form, the JSON form and the CLI's --json form.
QString toToken(Area value);
QString toToken(Sex value);
QString toToken(Health value);
QString toToken(WorkAbility value);
QString toToken(Relation value);
QString toToken(StudentLevel value);
QString toToken(NotCountedReason value);
QString toToken(EnrolmentStatus value);

template <typename E>
std::optional<E> fromToken(const QString &token);

// Every token of an enum, in declaration order (for validation messages and combo boxes).
template <typename E>
QStringList allTokens();

} // namespace dibao
