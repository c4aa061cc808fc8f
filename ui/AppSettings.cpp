#include "AppSettings.h"

#include <QSettings>

namespace dibao {

namespace {
QString &filePathOverride()
{
    static QString path;
    return path;
}
} // namespace

void AppSettings::setFilePath(const QString &path)
{
    filePathOverride() = path;
}

std::unique_ptr<QSettings> AppSettings::open()
{
    if (!filePathOverride().isEmpty())
        return std::make_unique<QSettings>(filePathOverride(), QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("dibao"),
                                       QStringLiteral("dibao"));
}

QVariant AppSettings::value(const char *key, const QVariant &fallback)
{
    return open()->value(QString::fromLatin1(key), fallback);
}

void AppSettings::setValue(const char *key, const QVariant &value)
{
    auto settings = open();
    settings->setValue(QString::fromLatin1(key), value);
    settings->sync();
}

QString AppSettings::language()
{
    const QString lang = value("ui/language", QStringLiteral("zh_CN")).toString();
    return lang == QLatin1String("en") ? lang : QStringLiteral("zh_CN");
}

void AppSettings::setLanguage(const QString &language)
{
    setValue("ui/language", language == QLatin1String("en") ? language : QStringLiteral("zh_CN"));
}

QString AppSettings::lastDatabase()
{
    return value("session/lastDatabase", QString()).toString();
}

void AppSettings::setLastDatabase(const QString &path)
{
    setValue("session/lastDatabase", path);
}

QString AppSettings::lastUser()
{
    return value("session/lastUser", QString()).toString();
}

void AppSettings::setLastUser(const QString &name)
{
    setValue("session/lastUser", name);
}

QByteArray AppSettings::mainWindowGeometry()
{
    return value("ui/mainWindowGeometry", QByteArray()).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    setValue("ui/mainWindowGeometry", geometry);
}

} // namespace dibao
