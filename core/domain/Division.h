#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace dibao {

enum class DivisionLevel { City, County, Township };

struct Division {
    QString code;        // 6 digits (city, county) or 9 digits (township)
    QString name;
    QString parentCode;
    DivisionLevel level = DivisionLevel::Township;
};

// The administrative divisions the product serves (GB/T 2260 + 9-digit township codes). Villages (12 digits) are
// entered by the county and are not listed here; only the form of a village code is checked.
class DivisionRegistry {
public:
    // The registry built from the compiled-in resource :/dibao/divisions-zhaotong.csv. A broken resource is a
    // build defect, so it throws rather than returning an empty registry that would silently refuse every code.
    static const DivisionRegistry &instance();

    // Parses "code,name,parent_code,level" CSV (UTF-8, header line first).
    static Result<DivisionRegistry> fromCsv(const QByteArray &csv);

    const Division *find(const QString &code) const;
    bool contains(const QString &code) const { return find(code) != nullptr; }
    QString name(const QString &code) const;       // empty if unknown
    QString parentCode(const QString &code) const; // empty if unknown
    bool isCity(const QString &code) const;
    bool isCounty(const QString &code) const;
    bool isTownship(const QString &code) const;

    QList<Division> counties() const;                          // sorted by code
    QList<Division> townshipsOf(const QString &countyCode) const; // sorted by code; empty for an unknown county
    QList<Division> all() const;                               // sorted by code

    // The county a township (or 12-digit village) code belongs to; the code itself for a county; else empty.
    QString countyOf(const QString &code) const;

    // "昭阳区 凤凰街道" for a township, "昭阳区" for a county, "昭通市" for the city. A 12-digit village code gives
    // its township's full name (village names live with the household). Empty for an unknown code.
    QString fullName(const QString &code) const;

    // A village code is 12 digits, starts with a known township code and does not end in "000".
    Status validateVillageCode(const QString &code) const;

private:
    QHash<QString, Division> m_byCode;
    QList<QString> m_sortedCodes;
};

QString toToken(DivisionLevel level);

} // namespace dibao
