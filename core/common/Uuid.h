#pragma once

#include <QString>
#include <QUuid>

namespace dibao {

// A new random UUID, lower-case, without braces: every record's id is made where the record is created.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace dibao
