#pragma once

#include <QString>

namespace dibao::ooxml {

// OOXML strings carry characters XML 1.0 cannot (most C0 controls) and a carriage return XML parsers would fold
// into a line feed as "_xHHHH_"; a literal "_xHHHH_" in the text is protected as "_x005F_xHHHH_". Excel, WPS,
// LibreOffice and openpyxl all decode this, so a cell survives the round trip unchanged.

inline bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
}

// At `i`, does "_xHHHH_" start?
inline bool escapeAt(const QString &text, qsizetype i)
{
    if (i + 7 > text.size() || text.at(i) != QLatin1Char('_') || text.at(i + 1) != QLatin1Char('x')
        || text.at(i + 6) != QLatin1Char('_'))
        return false;
    for (int k = 2; k < 6; ++k)
        if (!isHex(text.at(i + k)))
            return false;
    return true;
}

inline QString encodeEscapes(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || u == 0xFFFE || u == 0xFFFF) {
            out += QLatin1String("_x") + QString::number(int(u), 16).toUpper().rightJustified(4, QLatin1Char('0'))
                + QLatin1Char('_');
        } else if (u == u'_' && escapeAt(text, i)) {
            out += QLatin1String("_x005F_");
        } else {
            out += c;
        }
    }
    return out;
}

inline QString decodeEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (escapeAt(text, i)) {
            const char16_t u = char16_t(QStringView(text).mid(i + 2, 4).toUInt(nullptr, 16));
            out += QChar(u);
            i += 7;
        } else {
            out += text.at(i);
            ++i;
        }
    }
    return out;
}

} // namespace dibao::ooxml
