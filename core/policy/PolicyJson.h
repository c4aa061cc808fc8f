#pragma once

#include "common/Result.h"
#include "policy/PolicyRow.h"

#include <QByteArray>
#include <QList>

namespace dibao {

// A whole policy file: {"format": "dibao-policy", "version": 1, "note": "...", "rows": [ {row}, ... ]}.
// Each row: kind, key, effective_from, effective_until (null or absent = open), issuer, document_number,
// example (optional, false), value, note (optional). docs/policy.md documents every kind.
//
// Validation is strict because these rows decide people's allowances: unknown fields, unknown kinds, bad dates,
// missing issuer or document number, values of the wrong type and two rows with the same kind, key and
// effective_from are all refused, and the message names the row ("rows[3]") and the field.
Result<QList<PolicyRow>> parsePolicyJson(const QByteArray &json);

// Deterministic: rows sorted by kind, key, effective_from (then the rest), keys sorted, indented, UTF-8,
// so the same rows always give the same bytes (diffable, hashable).
QByteArray policyToJson(const QList<PolicyRow> &rows, const QString &fileNote = QString());

} // namespace dibao
