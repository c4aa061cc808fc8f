#pragma once

#include <QString>

namespace dibao {

// A new record id, lower-case, without braces: every record's id is made where the record is created.
// A UUID of version 7 (RFC 9562): the time in milliseconds, a counter for ids made in the same millisecond, then 62
// random bits. Ids made one after another sort in the order they were made, so a record's index entries (its
// primary key, the audit trail's and the field versions' by entity id) go near the end of their indexes instead of
// to random pages all over a large database; the random bits keep ids of different devices apart.
QString newId();

} // namespace dibao
