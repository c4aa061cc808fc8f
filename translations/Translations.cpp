#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace dibao {

QString installTranslations(const QString &language)
{
    QString lang = language.isEmpty() ? qEnvironmentVariable("DIBAO_LANG") : language;
    if (lang != QLatin1String("en"))
        lang = QStringLiteral("zh_CN");
    static QTranslator *current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/dibao_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(translator);
        current = translator;
    } else {
        delete translator;
    }
    return lang;
}

} // namespace dibao
