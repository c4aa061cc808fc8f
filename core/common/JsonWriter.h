#pragma once

#include <QByteArray>
#include <QString>

namespace dibao {

// Appends a string as QJsonDocument::Compact writes it: '"', '\\' and control characters escaped (\b \f \n \r \t,
// others \u00xx), everything else as UTF-8. False for a string with a surrogate (left to Qt). For hot paths that
// write canonical JSON directly instead of building a QJsonObject (the audit entry, the audited record); their
// tests compare the output with Qt's byte for byte.
inline bool appendQtJsonString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const QChar qc : s) {
        const char16_t u = qc.unicode();
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out += char(u);
                continue;
            }
            out += '\\';
            switch (u) {
            case u'"': out += '"'; break;
            case u'\\': out += '\\'; break;
            case 0x8: out += 'b'; break;
            case 0xc: out += 'f'; break;
            case 0xa: out += 'n'; break;
            case 0xd: out += 'r'; break;
            case 0x9: out += 't'; break;
            default:
                out += "u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            return false;
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
    out += '"';
    return true;
}

} // namespace dibao
