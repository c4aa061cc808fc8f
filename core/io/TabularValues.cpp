#include "io/TabularValues.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace dibao {

namespace {

Error valueError(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

// value = digits × 10^-scale. Parsed without allocating: this runs for every money cell of a million-row batch.
struct Decimal {
    static constexpr int kMaxDigits = 64; // far beyond any amount; longer input is refused
    bool negative = false;
    char digits[kMaxDigits] = {};
    int count = 0; // significant digits (no leading zeros)
    int scale = 0;
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Plain decimal text: optional sign, digits with optional thousands commas (grouped by three), optional fraction,
// and, for numbers an xlsx stored, an exponent.
std::optional<Decimal> parseDecimal(QStringView text, bool allowExponent)
{
    Decimal d;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == QLatin1Char('-') || text[i] == QLatin1Char('+'))) {
        d.negative = text[i] == QLatin1Char('-');
        ++i;
    }
    auto push = [&d](QChar c) {
        if (d.count == 0 && c == QLatin1Char('0'))
            return true; // leading zero
        if (d.count == Decimal::kMaxDigits)
            return false;
        d.digits[d.count++] = char(c.unicode());
        return true;
    };
    int integerDigits = 0;
    int group = -1; // digits since the last comma; -1 before any comma
    while (i < n && (isDigit(text[i]) || text[i] == QLatin1Char(','))) {
        if (text[i] == QLatin1Char(',')) {
            if (integerDigits == 0 || (group == -1 ? integerDigits > 3 : group != 3))
                return std::nullopt;
            group = 0;
        } else {
            if (!push(text[i]))
                return std::nullopt;
            ++integerDigits;
            if (group >= 0)
                ++group;
        }
        ++i;
    }
    if (group >= 0 && group != 3)
        return std::nullopt;
    int fractionDigits = 0;
    if (i < n && text[i] == QLatin1Char('.')) {
        ++i;
        while (i < n && isDigit(text[i])) {
            if (!push(text[i++]))
                return std::nullopt;
            ++fractionDigits;
        }
    }
    if (integerDigits == 0 && fractionDigits == 0)
        return std::nullopt;
    int exponent = 0;
    if (allowExponent && i < n && (text[i] == QLatin1Char('e') || text[i] == QLatin1Char('E'))) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (text[i] == QLatin1Char('-') || text[i] == QLatin1Char('+')))
            negativeExponent = text[i++] == QLatin1Char('-');
        int digits = 0;
        while (i < n && isDigit(text[i]) && digits < 4) {
            exponent = exponent * 10 + (text[i++].unicode() - u'0');
            ++digits;
        }
        if (digits == 0 || digits > 3)
            return std::nullopt;
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;
    d.scale = fractionDigits - exponent;
    return d;
}

// The value scaled by 10^places, exactly; `noiseTolerant` rounds digits beyond that when they are within a
// millionth of a unit of a whole unit (binary floating-point residue from a spreadsheet formula).
enum class Scaled { Ok, Inexact, Overflow };
Scaled scaleExactly(const Decimal &d, int places, bool noiseTolerant, qint64 &out)
{
    const int shift = places - d.scale;
    // Digits [0, kept) form the whole units; the `cut` digits after them (with `implied` leading zeros when the
    // number is smaller than one unit) are what is left over.
    const int cut = shift >= 0 ? 0 : -shift;
    const int kept = std::max(0, d.count - cut);
    const int implied = std::max(0, cut - d.count);
    auto restDigit = [&](int k) { return k < implied ? '0' : d.digits[kept + (k - implied)]; };
    bool roundUp = false;
    bool restIsZero = true;
    for (int k = 0; k < cut && restIsZero; ++k)
        restIsZero = restDigit(k) == '0';
    if (!restIsZero) {
        if (!noiseTolerant || cut < 6)
            return Scaled::Inexact;
        bool zeros = true;
        bool nines = true;
        for (int k = 0; k < 6; ++k) {
            zeros = zeros && restDigit(k) == '0';
            nines = nines && restDigit(k) == '9';
        }
        if (!zeros && !nines)
            return Scaled::Inexact;
        roundUp = nines;
    }
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    qint64 v = 0;
    for (int k = 0; k < kept; ++k) {
        const int digit = d.digits[k] - '0';
        if (v > (kMax - digit) / 10)
            return Scaled::Overflow;
        v = v * 10 + digit;
    }
    for (int k = 0; k < shift && v != 0; ++k) {
        if (v > kMax / 10)
            return Scaled::Overflow;
        v *= 10;
    }
    if (roundUp) {
        if (v == kMax)
            return Scaled::Overflow;
        ++v;
    }
    out = d.negative ? -v : v;
    return Scaled::Ok;
}

Error cellError(const TabularCell &cell)
{
    return valueError(
        "map_cell_error",
        QCoreApplication::translate("dibao::TabularValues", "The cell holds the formula error %1.").arg(cell.text));
}

// Serial day numbers: 1900 system (day 1 = 1900-01-01, with Lotus's phantom 29 February 1900 as day 60) or
// 1904 system (day 0 = 1904-01-01). A fraction is the time of day and is dropped.
std::optional<QDate> dateFromSerial(QStringView lexical, bool date1904)
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

// A little cursor over date text: digit runs of bounded length, expected characters, optional spaces.
class DateScanner {
public:
    explicit DateScanner(QStringView text) : m_text(text) {}
    bool atEnd() const { return m_i == m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_i]; }
    // Reads `min` to `max` digits; -1 when there are fewer than `min`.
    int number(int min, int max)
    {
        int value = 0;
        int digits = 0;
        while (!atEnd() && digits < max && isDigit(m_text[m_i])) {
            value = value * 10 + (m_text[m_i++].unicode() - u'0');
            ++digits;
        }
        if (digits < min || (!atEnd() && isDigit(m_text[m_i])))
            return -1;
        return value;
    }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_i;
        return true;
    }
    void spaces()
    {
        while (!atEnd() && m_text[m_i].isSpace())
            ++m_i;
    }
    // " 0:00:00", "T08:30", " 8:30:00.000" to the end.
    bool timeOfDay()
    {
        if (peek() != QLatin1Char(' ') && peek() != QLatin1Char('T'))
            return false;
        while (peek() == QLatin1Char(' ') || peek() == QLatin1Char('T'))
            ++m_i;
        if (number(1, 2) < 0 || !take(QLatin1Char(':')) || number(2, 2) < 0)
            return false;
        if (take(QLatin1Char(':'))) {
            if (number(2, 2) < 0)
                return false;
            if (take(QLatin1Char('.')) && number(1, 9) < 0)
                return false;
        }
        return atEnd();
    }

private:
    QStringView m_text;
    qsizetype m_i = 0;
};

bool isDateSeparator(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('.');
}

// Year first: 2026-11-29 (also / and .), 2026年11月29日, 20261129; a time of day may follow the first form.
QDate dateFromText(QStringView t)
{
    if (t.size() == 8) {
        DateScanner compact(t);
        const int ymd = compact.number(8, 8);
        if (ymd >= 0)
            return makeDate(ymd / 10000, ymd / 100 % 100, ymd % 100);
    }
    DateScanner s(t);
    const int y = s.number(4, 4);
    if (y < 0)
        return {};
    const QChar separator = s.peek();
    if (isDateSeparator(separator)) {
        s.take(separator);
        const int m = s.number(1, 2);
        if (m < 0 || !s.take(separator))
            return {};
        const int d = s.number(1, 2);
        if (d < 0 || !(s.atEnd() || s.timeOfDay()))
            return {};
        return makeDate(y, m, d);
    }
    s.spaces();
    if (!s.take(QChar(u'年')))
        return {};
    s.spaces();
    const int m = s.number(1, 2);
    s.spaces();
    if (m < 0 || !s.take(QChar(u'月')))
        return {};
    s.spaces();
    const int d = s.number(1, 2);
    s.spaces();
    if (d < 0)
        return {};
    if (!s.take(QChar(u'日')))
        s.take(QChar(u'号'));
    return s.atEnd() ? makeDate(y, m, d) : QDate();
}

// 2026-11 (also / and .), 2026年11月 or 2026年11月份, 202611: the first of that month.
QDate monthFromText(QStringView t)
{
    if (t.size() == 6) {
        DateScanner compact(t);
        const int ym = compact.number(6, 6);
        if (ym >= 0)
            return makeDate(ym / 100, ym % 100, 1);
    }
    DateScanner s(t);
    const int y = s.number(4, 4);
    if (y < 0)
        return {};
    const QChar separator = s.peek();
    if (isDateSeparator(separator)) {
        s.take(separator);
        const int m = s.number(1, 2);
        return m >= 0 && s.atEnd() ? makeDate(y, m, 1) : QDate();
    }
    s.spaces();
    if (!s.take(QChar(u'年')))
        return {};
    s.spaces();
    const int m = s.number(1, 2);
    s.spaces();
    if (m < 0 || !s.take(QChar(u'月')))
        return {};
    s.take(QChar(u'份'));
    return s.atEnd() ? makeDate(y, m, 1) : QDate();
}

bool needsFolding(QStringView text)
{
    for (const QChar c : text)
        if ((c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) || c.unicode() == 0x3000)
            return true;
    return false;
}

} // namespace

QString foldFullWidth(const QString &text)
{
    if (!needsFolding(text))
        return text; // shared, not copied
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
    const QString folded = foldFullWidth(cell.text);
    QStringView t = QStringView(folded).trimmed();
    QString minus;
    if (!number) {
        // Currency marks people add by hand: ¥ (U+00A5), ￥ (U+FFE5, outside the block foldFullWidth folds), RMB.
        for (const QStringView prefix : {QStringView(u"¥"), QStringView(u"￥"), QStringView(u"RMB")})
            if (t.startsWith(prefix))
                t = t.mid(prefix.size()).trimmed();
        if (t.endsWith(QChar(u'元')))
            t = t.chopped(1).trimmed();
        if (t.startsWith(QChar(0x2212))) { // the minus sign, as Word and some exports write it
            minus = QLatin1Char('-') + t.mid(1).toString();
            t = minus;
        }
    }
    const auto decimal = parseDecimal(t, number);
    if (!decimal)
        return valueError(
            "map_money",
            QCoreApplication::translate("dibao::TabularValues", "\"%1\" is not an amount in yuan (e.g. 1234.50).")
                .arg(cell.text));
    qint64 fen = 0;
    switch (scaleExactly(*decimal, 2, number, fen)) {
    case Scaled::Ok:
        return fen;
    case Scaled::Inexact:
        return valueError("map_money",
                          QCoreApplication::translate("dibao::TabularValues",
                                                      "\"%1\" has more than two decimals; amounts are in yuan and fen.")
                              .arg(cell.text));
    case Scaled::Overflow:
        break;
    }
    return valueError(
        "map_money",
        QCoreApplication::translate("dibao::TabularValues", "\"%1\" is too large an amount.").arg(cell.text));
}

Result<qint64> parseWholeNumber(const TabularCell &cell)
{
    if (cell.kind == TabularCell::Kind::Error)
        return cellError(cell);
    const QString folded = foldFullWidth(cell.text);
    const auto decimal = parseDecimal(QStringView(folded).trimmed(), cell.kind == TabularCell::Kind::Number);
    qint64 value = 0;
    if (!decimal || scaleExactly(*decimal, 0, false, value) != Scaled::Ok)
        return valueError(
            "map_integer",
            QCoreApplication::translate("dibao::TabularValues", "\"%1\" is not a whole number.").arg(cell.text));
    return value;
}

Result<QDate> parseFlexibleDate(const TabularCell &cell, bool date1904)
{
    if (cell.kind == TabularCell::Kind::Error)
        return cellError(cell);
    const QString folded = foldFullWidth(cell.text);
    const QStringView t = QStringView(folded).trimmed();
    if (cell.kind == TabularCell::Kind::Number) {
        // 20261129 typed as a number is far beyond any serial day (at most 2958465), so the readings never collide.
        if (t.size() == 8 && std::all_of(t.begin(), t.end(), isDigit)) {
            const QDate date = dateFromText(t);
            if (date.isValid())
                return date;
        } else if (const auto date = dateFromSerial(t, date1904); date && plausibleYear(date->year())) {
            return *date;
        }
        return valueError(
            "map_date",
            QCoreApplication::translate("dibao::TabularValues", "The number %1 is not a date.").arg(cell.text));
    }
    const QDate date = dateFromText(t);
    if (!date.isValid())
        return valueError(
            "map_date",
            QCoreApplication::translate("dibao::TabularValues",
                                        "\"%1\" is not a date: write a real date year first, e.g. 2026-11-29, "
                                        "2026/11/29 or 2026年11月29日.")
                .arg(cell.text));
    return date;
}

Result<QDate> parseFlexibleMonth(const TabularCell &cell, bool date1904)
{
    if (cell.kind == TabularCell::Kind::Error)
        return cellError(cell);
    if (cell.kind != TabularCell::Kind::Number) {
        const QString folded = foldFullWidth(cell.text);
        const QDate first = monthFromText(QStringView(folded).trimmed());
        if (first.isValid())
            return first;
    } else if (cell.text.trimmed().size() == 6) {
        const QDate first = monthFromText(QStringView(cell.text).trimmed()); // 202611 typed as a number
        if (first.isValid())
            return first;
    }
    auto date = parseFlexibleDate(cell, date1904);
    if (!date)
        return valueError(
            "map_month",
            QCoreApplication::translate("dibao::TabularValues",
                                        "\"%1\" is not a month (write it year first, e.g. 2026-11 or 2026年11月).")
                .arg(cell.text));
    return QDate(date->year(), date->month(), 1);
}

} // namespace dibao
