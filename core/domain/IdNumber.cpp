#include "domain/IdNumber.h"

#include <QCoreApplication>
#include <QStringList>

namespace dibao {
namespace {

Error idError(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

bool allDigits(QStringView text)
{
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// A place of household registration is a county-level code: a province pair that has existed since ID numbers
// were issued (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81-83) and not a bare province ("530000"). Only the
// form is checked: codes retired by re-zoning (530630 was 水富县 until 2018) stay valid for life, so there is
// deliberately no table of county codes. 810000/820000/830000 are the codes on residence permits of Hong Kong,
// Macao and Taiwan residents, hence the exception for bare "8x0000".
bool plausibleAddressCode(QStringView code)
{
    static const QStringList kProvinces =
        QStringLiteral("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
                       "50 51 52 53 54 61 62 63 64 65 71 81 82 83")
            .split(QLatin1Char(' '));
    if (!kProvinces.contains(code.left(2).toString()))
        return false;
    if (code.mid(2) == QLatin1String("0000") && code.at(0) != QLatin1Char('8'))
        return false;
    return true;
}

} // namespace

QChar idNumberCheckCharacter(QStringView first17)
{
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kMap[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * kWeights[i];
    return QLatin1Char(kMap[sum % 11]);
}

Result<IdNumberInfo> parseIdNumber(const QString &text, QDate today)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return idError(IdNumberError::Empty, QCoreApplication::translate("dibao::IdNumber", "The ID number is empty."));
    if (trimmed.size() != 18 && trimmed.size() != 15)
        return idError(IdNumberError::Length,
                       QCoreApplication::translate("dibao::IdNumber", "An ID number has 18 characters (or 15 for an old card); this one has %1.")
                           .arg(trimmed.size()));

    const bool legacy = trimmed.size() == 15;
    QString body = trimmed;
    if (!legacy && body.at(17) == QLatin1Char('x'))
        body[17] = QLatin1Char('X');
    const bool charactersOk = legacy
        ? allDigits(body)
        : allDigits(QStringView(body).left(17))
            && (body.at(17) == QLatin1Char('X') || allDigits(QStringView(body).mid(17)));
    if (!charactersOk)
        return idError(IdNumberError::Characters,
                       legacy ? QCoreApplication::translate("dibao::IdNumber", "A 15-character ID number has digits only.")
                              : QCoreApplication::translate("dibao::IdNumber", "An ID number has 17 digits followed by a digit or X."));

    const QString address = body.left(6);
    if (!plausibleAddressCode(address))
        return idError(IdNumberError::AddressCode,
                       QCoreApplication::translate("dibao::IdNumber", "The address code %1 at the start of the ID number is not a possible county code.")
                           .arg(address));

    const QString dateText = legacy ? QStringLiteral("19") + body.mid(6, 6) : body.mid(6, 8);
    const QDate birth(dateText.left(4).toInt(), dateText.mid(4, 2).toInt(), dateText.mid(6, 2).toInt());
    if (!birth.isValid() || birth.year() < 1880)
        return idError(IdNumberError::BirthDate,
                       QCoreApplication::translate("dibao::IdNumber", "The birth date %1 in the ID number is not a real date.").arg(dateText));
    if (today.isValid() && birth > today)
        return idError(IdNumberError::FutureBirthDate,
                       QCoreApplication::translate("dibao::IdNumber", "The birth date %1 in the ID number is in the future.").arg(isoDate(birth)));

    QString normalized;
    if (legacy) {
        const QString first17 = address + dateText + body.mid(12, 3);
        normalized = first17 + idNumberCheckCharacter(first17);
    } else {
        const QChar expected = idNumberCheckCharacter(QStringView(body).left(17));
        if (body.at(17) != expected)
            return idError(IdNumberError::CheckCharacter,
                           QCoreApplication::translate("dibao::IdNumber", "The last character of the ID number should be %1, not %2: check the digits.")
                               .arg(expected)
                               .arg(body.at(17)));
        normalized = body;
    }

    IdNumberInfo info;
    info.normalized = normalized;
    info.birthDate = birth;
    info.sex = ((normalized.at(16).unicode() - '0') % 2 == 1) ? Sex::Male : Sex::Female;
    info.addressCode = address;
    info.legacy15 = legacy;
    return info;
}

QString maskIdNumber(const QString &idNumber)
{
    const QString trimmed = idNumber.trimmed();
    if (trimmed.size() != 18 && trimmed.size() != 15)
        return QString(qMax<qsizetype>(trimmed.size(), 1), QLatin1Char('*'));
    QString last4 = trimmed.right(4);
    if (last4.endsWith(QLatin1Char('x')))
        last4[3] = QLatin1Char('X');
    return trimmed.left(6) + QString(8, QLatin1Char('*')) + last4;
}

} // namespace dibao
