#pragma once

#include <QtGlobal>

namespace dibao {

// The length of the well-formed UTF-8 sequence of the non-ASCII character at `p` (its lead byte is ≥ 0x80; `left`
// bytes are readable from p), or 0: no stray continuation byte, no overlong form, no encoded surrogate, nothing
// beyond U+10FFFF. The one check behind CanonicalJson's strict UTF-8 and the JSON writer's UTF-8 path.
inline int utf8SequenceLength(const unsigned char *p, qsizetype left)
{
    const auto continues = [&](int i) { return i < left && (p[i] & 0xc0) == 0x80; };
    if (p[0] >= 0xc2 && p[0] <= 0xdf)
        return continues(1) ? 2 : 0;
    if (p[0] >= 0xe0 && p[0] <= 0xef) {
        if (!continues(1) || !continues(2))
            return 0;
        if ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] >= 0xa0))
            return 0; // overlong, or a surrogate
        return 3;
    }
    if (p[0] >= 0xf0 && p[0] <= 0xf4) {
        if (!continues(1) || !continues(2) || !continues(3))
            return 0;
        if ((p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] >= 0x90))
            return 0; // overlong, or beyond U+10FFFF
        return 4;
    }
    return 0;
}

} // namespace dibao
