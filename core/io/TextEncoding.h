#pragma once

#include <QString>

#include <optional>

namespace dibao {

// The encodings tabular files arrive in. Chinese departments and banks still export GB18030 (often labelled "GBK"
// or "ANSI"); everything newer writes UTF-8. Detect means: valid UTF-8 is UTF-8, anything else is GB18030.
enum class TextEncoding {
    Detect,
    Utf8,
    Gb18030,
};

// "detect", "utf-8", "gb18030": the spelling used in mapping files and on the command line.
inline QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Detect:
        return QStringLiteral("detect");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("gb18030");
    }
    return {};
}

// Accepts the names people actually type: "UTF8", "utf-8", "GBK", "GB2312", "gb18030" (GBK and GB2312 are subsets
// of GB18030, so reading them as GB18030 loses nothing).
inline std::optional<TextEncoding> textEncodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("detect") || n == QLatin1String("auto"))
        return TextEncoding::Detect;
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312"))
        return TextEncoding::Gb18030;
    return std::nullopt;
}

} // namespace dibao
