#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace dibao {

// Canonical JSON as defined in docs/bundle-format.md §2: Qt's compact form (sorted keys, no whitespace), integers only
// within ±(2^53−1), strict UTF-8, unique printable-ASCII keys. Keys are ASCII because Qt 6.4 orders keys it parsed by
// code point but keys it was given with insert() by UTF-16 unit (measured: U+1F600 vs U+FF41), and Python sorts by
// code point; for ASCII all three agree. Signatures are taken over these exact bytes, so a reader must refuse
// anything that a second serialization would not reproduce byte for byte.
class CanonicalJson {
public:
    static constexpr int kMaxDepth = 32;
    static constexpr qint64 kMaxSafeInteger = 9007199254740991LL; // 2^53 − 1: exact in a double, in JS and Python

    static QByteArray serialize(const QJsonObject &object);

    // Tokens, checked in this order: json_too_large, json_bad_utf8, json_syntax, json_too_deep, json_duplicate_key,
    // json_key_not_ascii, json_float, json_integer_range, json_not_object, json_not_canonical.
    // Text that is already canonical is read in one pass; anything else is checked by a validating scanner, Qt's
    // parser and a second serialization (`reference` forces that way: tests compare the two).
    static Result<QJsonObject> parse(const QByteArray &bytes, qsizetype maxBytes, int maxDepth = kMaxDepth,
                                     bool reference = false);

    // The one-pass reader parse() tries first: the object when `text` is exactly canonical, else nothing (it does
    // not say why; parse() does).
    static std::optional<QJsonObject> readCanonical(QByteArrayView text, int maxDepth = kMaxDepth);

    // serialize() then parse(): what a writer calls before signing, so it never emits what readers refuse
    // (a double or an over-large integer slipped into an object).
    static Result<QByteArray> serializeChecked(const QJsonObject &object, qsizetype maxBytes);

    // One canonical object per line, each line ending in exactly one '\n'. Tokens: ndjson_line_too_long,
    // ndjson_syntax, ndjson_too_many_lines, then the json_* tokens of the offending line.
    // rawLines, if given, receives each line's bytes (without its '\n'), which are the canonical text of its object.
    static Result<QList<QJsonObject>> parseNdjson(const QByteArray &bytes, qsizetype maxLineBytes, qsizetype maxLines,
                                                  QList<QByteArray> *rawLines = nullptr);
    static QByteArray serializeNdjson(const QList<QJsonObject> &objects);

    // Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
    static bool isValidUtf8(QByteArrayView bytes);
};

} // namespace dibao
