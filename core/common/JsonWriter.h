#pragma once

#include "common/Utf8.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace dibao {

namespace jsonwriter_detail {

// Writes the escape of an ASCII character that JSON (as Qt writes it) cannot carry as itself; returns the new end.
inline char *writeEscape(char *p, char16_t u)
{
    static const char hex[] = "0123456789abcdef";
    *p++ = '\\';
    switch (u) {
    case u'"': *p++ = '"'; break;
    case u'\\': *p++ = '\\'; break;
    case 0x8: *p++ = 'b'; break;
    case 0xc: *p++ = 'f'; break;
    case 0xa: *p++ = 'n'; break;
    case 0xd: *p++ = 'r'; break;
    case 0x9: *p++ = 't'; break;
    default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = hex[u >> 4];
        *p++ = hex[u & 0xf];
    }
    return p;
}

inline bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

} // namespace jsonwriter_detail

// Appends a string as QJsonDocument::Compact writes it: '"', '\\' and control characters escaped (\b \f \n \r \t,
// others \u00xx), everything else as UTF-8. False for a string with a surrogate (left to Qt; `out` is then as it was).
// For hot paths that write canonical JSON directly instead of building a QJsonObject (the audit entry, the audited
// record, a change's line); their tests compare the output with Qt's byte for byte. Written through a raw pointer
// into room for the worst case (six bytes per UTF-16 unit), trimmed after: appending byte by byte cost more than the
// SHA-256 of the same text.
inline bool appendQtJsonString(QByteArray &out, QStringView s)
{
    using namespace jsonwriter_detail;
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * s.size());
    char *p = out.data() + start;
    *p++ = '"';
    for (const QChar qc : s) {
        const char16_t u = qc.unicode();
        if (u < 0x80) {
            if (needsEscape((unsigned char)u))
                p = writeEscape(p, u);
            else
                *p++ = char(u);
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            out.resize(start);
            return false;
        } else {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
    return true;
}

// The same for text already in UTF-8 (what appendQtJsonString(out, QString::fromUtf8(utf8)) writes, without the
// round trip through UTF-16). False, `out` as it was, for anything that is not well-formed UTF-8 of the Basic
// Multilingual Plane (bad bytes, overlong forms, encoded surrogates, four-byte sequences): Qt's conversion decides
// those (replacement characters, surrogate pairs), so the caller takes the QString way.
inline bool appendQtJsonStringUtf8(QByteArray &out, QByteArrayView utf8)
{
    using namespace jsonwriter_detail;
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * utf8.size());
    char *p = out.data() + start;
    *p++ = '"';
    const auto *in = reinterpret_cast<const unsigned char *>(utf8.data());
    const auto *end = in + utf8.size();
    const auto fail = [&] {
        out.resize(start);
        return false;
    };
    while (in < end) {
        const unsigned char c = *in;
        if (c < 0x80) {
            if (needsEscape(c))
                p = writeEscape(p, c);
            else
                *p++ = char(c);
            ++in;
        } else {
            const int length = utf8SequenceLength(in, end - in);
            if (length == 0 || length == 4) // not well-formed, or beyond the BMP
                return fail();
            for (int k = 0; k < length; ++k)
                *p++ = char(in[k]);
            in += length;
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
    return true;
}

} // namespace dibao
