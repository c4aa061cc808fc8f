#pragma once

#include <QString>

namespace dibao {

// The one table of what the client calls a record kind (entity) and each of its fields, translated: the conflicts
// waiting for a person say "Monthly amount in force", never `current_amount`. Every field of a record that merges
// last-writer-wins (the ones that can conflict) has its label (tests/ui/SyncPageTest.cpp checks the table against
// the schema).
namespace FieldLabels {

// "Household", "Case", …; the table name itself when unknown.
QString entity(const QString &entity);
// The label of a field of that entity (its own label, else the label shared by that field name), or an empty
// string when the table has none.
QString find(const QString &entity, const QString &field);
// find(), falling back to the field name as stored.
QString field(const QString &entity, const QString &field);

} // namespace FieldLabels
} // namespace dibao
