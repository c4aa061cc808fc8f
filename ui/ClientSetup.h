#pragma once

#include <QFont>
#include <QString>

class QApplication;

namespace dibao {

// What every client process (the app, the tests, the benchmark) sets up the same way: style, font, icon and
// the UI language.
class ClientSetup {
public:
    // Fusion style, the window icon and the font family "Noto Sans CJK SC" set explicitly: with LANG=C Qt would
    // otherwise pick Japanese glyphs for Chinese text.
    static void configure(QApplication &app);
    static QFont uiFont();

    // The language to start in: DIBAO_LANG if set, else the saved choice, else zh_CN.
    static QString startLanguage();
    // Installs the translator; widgets retranslate on the LanguageChange event that follows.
    static QString applyLanguage(const QString &language);
};

} // namespace dibao
