#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace dibao {

// The client's settings, one typed accessor per key (no string keys scattered through the code). Stored with
// QSettings in the user's configuration; tests point it at a temporary file with setFilePath().
class AppSettings {
public:
    // Uses this INI file instead of the user's configuration (tests, portable installs). Empty: the default.
    static void setFilePath(const QString &path);

    // "zh_CN" (default) or "en".
    static QString language();
    static void setLanguage(const QString &language);

    static QString lastDatabase();
    static void setLastDatabase(const QString &path);

    static QString lastUser();
    static void setLastUser(const QString &name);

    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray &geometry);

private:
    static std::unique_ptr<QSettings> open();
    static QVariant value(const char *key, const QVariant &fallback);
    static void setValue(const char *key, const QVariant &value);
};

} // namespace dibao
