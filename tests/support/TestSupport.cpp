#include "support/TestSupport.h"

namespace dibao::test {

QString dataPath(const QString &name)
{
    return QStringLiteral(DIBAO_TEST_DATA_DIR "/") + name;
}

} // namespace dibao::test
