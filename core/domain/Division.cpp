#include "domain/Division.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <stdexcept>

namespace dibao {
namespace {

bool isDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

} // namespace

QString toToken(DivisionLevel level)
{
    switch (level) {
    case DivisionLevel::City: return QStringLiteral("city");
    case DivisionLevel::County: return QStringLiteral("county");
    case DivisionLevel::Township: return QStringLiteral("township");
    }
    return {};
}

const DivisionRegistry &DivisionRegistry::instance()
{
    static const DivisionRegistry registry = [] {
        QFile file(QStringLiteral(":/dibao/divisions-zhaotong.csv"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("dibao: resource :/dibao/divisions-zhaotong.csv is missing");
        auto parsed = fromCsv(file.readAll());
        if (!parsed)
            throw std::runtime_error(parsed.error().message.toStdString());
        return std::move(parsed).value();
    }();
    return registry;
}

Result<DivisionRegistry> DivisionRegistry::fromCsv(const QByteArray &csv)
{
    DivisionRegistry registry;
    const QList<QByteArray> lines = csv.split('\n');
    int lineNo = 0;
    for (QByteArray line : lines) {
        ++lineNo;
        line = line.trimmed();
        if (line.isEmpty() || lineNo == 1)
            continue; // header
        const QStringList fields = QString::fromUtf8(line).split(QLatin1Char(','));
        auto bad = [&](const QString &why) {
            return makeError(ErrorKind::Invalid, QStringLiteral("division_csv"),
                             QCoreApplication::translate("dibao::Division", "Division list, line %1: %2").arg(lineNo).arg(why));
        };
        if (fields.size() != 4)
            return bad(QCoreApplication::translate("dibao::Division", "expected 4 columns"));
        Division d;
        d.code = fields.at(0).trimmed();
        d.name = fields.at(1).trimmed();
        d.parentCode = fields.at(2).trimmed();
        const QString level = fields.at(3).trimmed();
        if (level == QLatin1String("city"))
            d.level = DivisionLevel::City;
        else if (level == QLatin1String("county"))
            d.level = DivisionLevel::County;
        else if (level == QLatin1String("township"))
            d.level = DivisionLevel::Township;
        else
            return bad(QCoreApplication::translate("dibao::Division", "unknown level \"%1\"").arg(level));
        const int expectedLength = d.level == DivisionLevel::Township ? 9 : 6;
        if (d.code.size() != expectedLength || !isDigits(d.code))
            return bad(QCoreApplication::translate("dibao::Division", "code \"%1\" is not %2 digits").arg(d.code).arg(expectedLength));
        if (d.name.isEmpty())
            return bad(QCoreApplication::translate("dibao::Division", "empty name"));
        if (registry.m_byCode.contains(d.code))
            return bad(QCoreApplication::translate("dibao::Division", "duplicate code %1").arg(d.code));
        registry.m_byCode.insert(d.code, d);
    }
    // Parents must be known (except the city's own province), so a township can always be named in full.
    for (const Division &d : std::as_const(registry.m_byCode)) {
        if (d.level != DivisionLevel::City && !registry.m_byCode.contains(d.parentCode))
            return makeError(ErrorKind::Invalid, QStringLiteral("division_csv"),
                             QCoreApplication::translate("dibao::Division", "Division list: %1 has unknown parent %2").arg(d.code, d.parentCode));
    }
    registry.m_sortedCodes = registry.m_byCode.keys();
    std::sort(registry.m_sortedCodes.begin(), registry.m_sortedCodes.end());
    return registry;
}

const Division *DivisionRegistry::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &it.value();
}

QString DivisionRegistry::name(const QString &code) const
{
    const Division *d = find(code);
    return d ? d->name : QString();
}

QString DivisionRegistry::parentCode(const QString &code) const
{
    const Division *d = find(code);
    return d ? d->parentCode : QString();
}

bool DivisionRegistry::isCity(const QString &code) const
{
    const Division *d = find(code);
    return d && d->level == DivisionLevel::City;
}

bool DivisionRegistry::isCounty(const QString &code) const
{
    const Division *d = find(code);
    return d && d->level == DivisionLevel::County;
}

bool DivisionRegistry::isTownship(const QString &code) const
{
    const Division *d = find(code);
    return d && d->level == DivisionLevel::Township;
}

QList<Division> DivisionRegistry::counties() const
{
    QList<Division> out;
    for (const QString &code : m_sortedCodes)
        if (m_byCode.value(code).level == DivisionLevel::County)
            out << m_byCode.value(code);
    return out;
}

QList<Division> DivisionRegistry::townshipsOf(const QString &countyCode) const
{
    QList<Division> out;
    for (const QString &code : m_sortedCodes) {
        const Division &d = *find(code);
        if (d.level == DivisionLevel::Township && d.parentCode == countyCode)
            out << d;
    }
    return out;
}

QList<Division> DivisionRegistry::all() const
{
    QList<Division> out;
    for (const QString &code : m_sortedCodes)
        out << m_byCode.value(code);
    return out;
}

QString DivisionRegistry::countyOf(const QString &code) const
{
    QString current = code.size() == 12 ? code.left(9) : code;
    const Division *d = find(current);
    if (!d)
        return {};
    if (d->level == DivisionLevel::County)
        return d->code;
    if (d->level == DivisionLevel::Township)
        return d->parentCode;
    return {};
}

QString DivisionRegistry::fullName(const QString &code) const
{
    const QString lookup = code.size() == 12 ? code.left(9) : code;
    const Division *d = find(lookup);
    if (!d)
        return {};
    if (d->level == DivisionLevel::Township)
        return name(d->parentCode) + QLatin1Char(' ') + d->name;
    return d->name;
}

Status DivisionRegistry::validateVillageCode(const QString &code) const
{
    if (code.size() != 12 || !isDigits(code))
        return makeError(ErrorKind::Invalid, QStringLiteral("village_code_form"),
                         QCoreApplication::translate("dibao::Division", "A village code has 12 digits; \"%1\" does not.").arg(code));
    if (!isTownship(code.left(9)))
        return makeError(ErrorKind::Invalid, QStringLiteral("village_code_township"),
                         QCoreApplication::translate("dibao::Division", "Village code %1 does not start with a known township code.").arg(code));
    if (code.endsWith(QLatin1String("000")))
        return makeError(ErrorKind::Invalid, QStringLiteral("village_code_form"),
                         QCoreApplication::translate("dibao::Division", "Village code %1 ends in 000, which is the township itself.").arg(code));
    return {};
}

} // namespace dibao
