#pragma once

#include <QString>

namespace dibao {

// Installs the translator for the UI language: `language` if given ("zh_CN" or "en"), else DIBAO_LANG,
// else zh_CN (the default language). Returns the language installed.
QString installTranslations(const QString &language = QString());

} // namespace dibao
