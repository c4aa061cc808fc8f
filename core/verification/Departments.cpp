#include "verification/Departments.h"

#include <QCoreApplication>

namespace dibao::Department {

const QStringList &all()
{
    static const QStringList tokens{
        QStringLiteral("public_security"), QStringLiteral("human_resources"), QStringLiteral("real_estate"),
        QStringLiteral("market_regulation"), QStringLiteral("tax"), QStringLiteral("bank"),
        QStringLiteral("securities"), QStringLiteral("insurance"), QStringLiteral("housing_fund"),
        QStringLiteral("civil_affairs")};
    return tokens;
}

bool isKnown(const QString &token)
{
    return all().contains(token);
}

QString displayName(const QString &token)
{
    const char *context = "dibao::Department";
    if (token == QLatin1String("public_security"))
        return QCoreApplication::translate(context, "Public security");
    if (token == QLatin1String("human_resources"))
        return QCoreApplication::translate(context, "Human resources and social security");
    if (token == QLatin1String("real_estate"))
        return QCoreApplication::translate(context, "Real-estate registration");
    if (token == QLatin1String("market_regulation"))
        return QCoreApplication::translate(context, "Market regulation");
    if (token == QLatin1String("tax"))
        return QCoreApplication::translate(context, "Tax");
    if (token == QLatin1String("bank"))
        return QCoreApplication::translate(context, "Banks");
    if (token == QLatin1String("securities"))
        return QCoreApplication::translate(context, "Securities");
    if (token == QLatin1String("insurance"))
        return QCoreApplication::translate(context, "Insurance");
    if (token == QLatin1String("housing_fund"))
        return QCoreApplication::translate(context, "Housing provident fund");
    if (token == QLatin1String("civil_affairs"))
        return QCoreApplication::translate(context, "Civil affairs");
    return token;
}

} // namespace dibao::Department
