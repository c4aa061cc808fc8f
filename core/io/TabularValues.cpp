#include "io/TabularValues.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace dibao {

namespace {

QString trValue(const char *text)
{
    return QCoreApplication::translate("dibao::TabularValues", text);
}

Error valueError(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

// value = digits × 10^-scale, digits without sign or leading zeros ("" for zero).
struct Decimal {
    bool negative = false;
    QString digits;
    int scale = 0;
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Plain decimal text: optional sign, digits with optional thousands commas (grouped by three), optional fraction,
// and, for numbers an xlsx stored, an exponent.
std::optional<Decimal> parseDecimal(const QString &text, bool allowExponent)
{
    Decimal d;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+'))) {
        d.negative = text.at(i) == QLatin1Char('-');
        ++i;
    }
    QString integer;
    int group = -1; // digits since the last comma; -1 before any comma
    int leading = 0;
    while (i < n && (isDigit(text.at(i)) || text.at(i) == QLatin1Char(','))) {
        if (text.at(i) == QLatin1Char(',')) {
            if (integer.isEmpty() || (group == -1 ? leading > 3 : group != 3))
                return std::nullopt;
            group = 0;
        } else {
            integer += text.at(i);
            if (group >= 0)
                ++group;
            else
                ++leading;
        }
        ++i;
    }
    if (group >= 0 && group != 3)
        return std::nullopt;
    QString fraction;
    if (i < n && text.at(i) == QLatin1Char('.')) {
        ++i;
        while (i < n && isDigit(text.at(i)))
            fraction += text.at(i++);
    }
    if (integer.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    int exponent = 0;
    if (allowExponent && i < n && (text.at(i) == QLatin1Char('e') || text.at(i) == QLatin1Char('E'))) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+')))
            negativeExponent = text.at(i++) == QLatin1Char('-');
        QString e;
        while (i < n && isDigit(text.at(i)))
            e += text.at(i++);
        if (e.isEmpty() || e.size() > 3)
            return std::nullopt;
        exponent = negativeExponent ? -e.toInt() : e.toInt();
    }
    if (i != n)
        return std::nullopt;
    d.digits = integer + fraction;
    d.scale = int(fraction.size()) - exponent;
    qsizetype zeros = 0;
    while (zeros < d.digits.size() && d.digits.at(zeros) == QLatin1Char('0'))
        ++zeros;
    d.digits.remove(0, zeros);
    return d;
}

std::optional<qint64> digitsToInt(const QString &digits)
{
    qint64 v = 0;
    for (const QChar c : digits) {
        const int digit = c.unicode() - u'0';
        if (v > (std::numeric_limits<qint64>::max() - digit) / 10)
            return std::nullopt;
        v = v * 10 + digit;
    }
    return v;
}

// The value scaled by 10^places, exactly; `noiseTolerant` rounds digits beyond that when they are within a
// millionth of a unit of a whole unit (binary floating-point residue from a spreadsheet formula).
enum class Scaled { Ok, Inexact, Overflow };
Scaled scaleExactly(const Decimal &d, int places, bool noiseTolerant, qint64 &out)
{
    QString digits = d.digits;
    const int shift = places - d.scale;
    bool roundUp = false;
    if (shift >= 0) {
        if (!digits.isEmpty())
            digits += QString(shift, QLatin1Char('0'));
    } else {
        const qsizetype cut = -shift;
        QString rest;
        if (cut >= digits.size()) {
            rest = QString(cut - digits.size(), QLatin1Char('0')) + digits;
            digits.clear();
        } else {
            rest = digits.right(cut);
            digits.chop(cut);
        }
        const bool zero = rest.count(QLatin1Char('0')) == rest.size();
        if (!zero) {
            if (!noiseTolerant || rest.size() < 6)
                return Scaled::Inexact;
            if (rest.startsWith(QLatin1String("000000")))
                roundUp = false;
            else if (rest.startsWith(QLatin1String("999999")))
                roundUp = true;
            else
                return Scaled::Inexact;
        }
    }
    const auto value = digitsToInt(digits);
    if (!value)
        return Scaled::Overflow;
    out = *value + (roundUp ? 1 : 0);
    if (d.negative)
        out = -out;
    return Scaled::Ok;
}

Error cellError(const TabularCell &cell)
{
    return valueError("map_cell_error", trValue("The cell holds the formula error %1.").arg(cell.text));
}

// Serial day numbers: 1900 system (day 1 = 1900-01-01, with Lotus's phantom 29 February 1900 as day 60) or
// 1904 system (day 0 = 1904-01-01). A fraction is the time of day and is dropped.
std::optional<QDate> dateFromSerial(const QString &lexical, bool date1904)
{
    bool ok = false;
    const double serial = lexical.toDouble(&ok);
    if (!ok || serial < 1 || serial >= 2958466)
        return std::nullopt;
    const auto day = qint64(serial);
    if (date1904)
        return QDate(1904, 1, 1).addDays(day);
    if (day == 60)
        return std::nullopt; // 1900-02-29 never existed
    return day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

bool plausibleYear(int year)
{
    return year >= 1900 && year <= 2200;
}

QDate makeDate(int y, int m, int d)
{
    if (!plausibleYear(y))
        return {};
    return QDate(y, m, d); // invalid when the day does not exist
}

} // namespace

QString foldFullWidth(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFF01 + 0x21));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return out;
}

Result<Fen> parseYuanToFen(const QString &text)
{
    return parseYuanToFen(TabularCell::fromText(text));
}

Result<Fen> parseYuanToFen(const TabularCell &cell)
{
    if (cell.kind == TabularCell::Kind::Error)
        return cellError(cell);
    const bool number = cell.kind == TabularCell::Kind::Number;
    QString t = foldFullWidth(cell.text).trimmed();
    if (!number) {
        // Currency marks people add by hand: ¥ (U+00A5), ￥ (U+FFE5, outside the block foldFullWidth folds), RMB.
        for (const QString &prefix : {QStringLiteral("¥"), QStringLiteral("￥"), QStringLiteral("RMB")})
            if (t.startsWith(prefix))
                t = t.mid(prefix.size()).trimmed();
        if (t.endsWith(QStringLiteral("元")))
            t = t.chopped(1).trimmed();
        if (t.startsWith(QChar(0x2212))) // the minus sign, as Word and some exports write it
            t.replace(0, 1, QLatin1Char('-'));
    }
    const auto decimal = parseDecimal(t, number);
    if (!decimal)
        return valueError("map_money", trValue("\"%1\" is not an amount in yuan (e.g. 1234.50).").arg(cell.text));
    qint64 fen = 0;
    switch (scaleExactly(*decimal, 2, number, fen)) {
    case Scaled::Ok:
        return fen;
    case Scaled::Inexact:
        return valueError("map_money", trValue("\"%1\" has more than two decimals; amounts are in yuan and fen.")
                                           .arg(cell.text));
    case Scaled::Overflow:
        break;
    }
    return valueError("map_money", trValue("\"%1\" is too large an amount.").arg(cell.text));
}

Result<qint64> parseWholeNumber(const TabularCell &cell)
{
    if (cell.kind == TabularCell::Kind::Error)
        return cellError(cell);
    const bool number = cell.kind == TabularCell::Kind::Number;
    const QString t = foldFullWidth(cell.text).trimmed();
    const auto decimal = parseDecimal(t, number);
    qint64 value = 0;
    if (!decimal || scaleExactly(*decimal, 0, false, value) != Scaled::Ok)
        return valueError("map_integer", trValue("\"%1\" is not a whole number.").arg(cell.text));
    return value;
}

Result<QDate> parseFlexibleDate(const TabularCell &cell, bool date1904)
{
    if (cell.kind == TabularCell::Kind::Error)
        return cellError(cell);
    const QString t = foldFullWidth(cell.text).trimmed();
    if (cell.kind == TabularCell::Kind::Number) {
        // 20261129 typed as a number is far beyond any serial day, so the two readings never collide.
        static const QRegularExpression eightDigits(QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})$"));
        const auto m = eightDigits.match(t);
        if (m.hasMatch()) {
            const QDate date = makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (date.isValid())
                return date;
        } else if (const auto date = dateFromSerial(t, date1904); date && plausibleYear(date->year())) {
            return *date;
        }
        return valueError("map_date", trValue("The number %1 is not a date.").arg(cell.text));
    }
    // Year, month, day with one separator kind; or 年月日; or eight digits. A time of day may follow.
    static const QRegularExpression separated(QStringLiteral(
        "^([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})(?:(?:[ T]+)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?)?$"));
    static const QRegularExpression chinese(
        QStringLiteral("^([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*[日号]?$"));
    static const QRegularExpression compact(QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})$"));
    int y = 0, m = 0, d = 0;
    if (const auto match = separated.match(t); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(3).toInt();
        d = match.captured(4).toInt();
    } else if (const auto cn = chinese.match(t); cn.hasMatch()) {
        y = cn.captured(1).toInt();
        m = cn.captured(2).toInt();
        d = cn.captured(3).toInt();
    } else if (const auto c = compact.match(t); c.hasMatch()) {
        y = c.captured(1).toInt();
        m = c.captured(2).toInt();
        d = c.captured(3).toInt();
    } else {
        return valueError("map_date", trValue("\"%1\" is not a date (write it year first, e.g. 2026-11-29 or "
                                              "2026年11月29日).")
                                          .arg(cell.text));
    }
    const QDate date = makeDate(y, m, d);
    if (!date.isValid())
        return valueError("map_date", trValue("\"%1\" is not a real date.").arg(cell.text));
    return date;
}

Result<QDate> parseFlexibleMonth(const TabularCell &cell, bool date1904)
{
    if (cell.kind == TabularCell::Kind::Error)
        return cellError(cell);
    const QString t = foldFullWidth(cell.text).trimmed();
    static const QRegularExpression separated(QStringLiteral("^([0-9]{4})[-/.]([0-9]{1,2})$"));
    static const QRegularExpression chinese(QStringLiteral("^([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月(?:份)?$"));
    static const QRegularExpression compact(QStringLiteral("^([0-9]{4})([0-9]{2})$"));
    QRegularExpressionMatch match = separated.match(t);
    if (!match.hasMatch())
        match = chinese.match(t);
    if (!match.hasMatch())
        match = compact.match(t);
    if (match.hasMatch()) {
        const QDate first = makeDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
        if (first.isValid())
            return first;
    }
    auto date = parseFlexibleDate(cell, date1904);
    if (!date)
        return valueError("map_month",
                          trValue("\"%1\" is not a month (write it year first, e.g. 2026-11 or 2026年11月).")
                              .arg(cell.text));
    return QDate(date->year(), date->month(), 1);
}

} // namespace dibao
