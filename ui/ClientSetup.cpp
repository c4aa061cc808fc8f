#include "ClientSetup.h"

#include "AppSettings.h"
#include "Translations.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QStyleFactory>

namespace dibao {

QFont ClientSetup::uiFont()
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    font.setPointSizeF(10.5);
    return font;
}

void ClientSetup::configure(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("dibao"));
    QApplication::setApplicationName(QStringLiteral("dibao"));
    QApplication::setApplicationDisplayName(QStringLiteral("dibao"));
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    app.setFont(uiFont());
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/dibao.svg")));
}

QString ClientSetup::startLanguage()
{
    const QString env = qEnvironmentVariable("DIBAO_LANG");
    if (!env.isEmpty())
        return env == QLatin1String("en") ? env : QStringLiteral("zh_CN");
    return AppSettings::language();
}

QString ClientSetup::applyLanguage(const QString &language)
{
    const QString installed = installTranslations(language.isEmpty() ? QStringLiteral("zh_CN") : language);
    QLocale::setDefault(installed == QLatin1String("en") ? QLocale(QLocale::English, QLocale::China)
                                                         : QLocale(QLocale::Chinese, QLocale::China));
    // QApplication posts LanguageChange to every window: deliver it now, so the switch is complete on return.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return installed;
}

} // namespace dibao
