#pragma once

#include <QString>

namespace dibao::test {

// Path of a file under tests/data.
QString dataPath(const QString &name);

} // namespace dibao::test
