#pragma once

#include "AppSettings.h"
#include "ClientSetup.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace dibao::uitest {

// Types text as a user would: ASCII by key events; Chinese as an input method delivers it, a composition
// (pre-edit) first and then the committed characters.
inline void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QString ascii;
    auto flush = [&] {
        if (!ascii.isEmpty())
            QTest::keyClicks(widget, ascii);
        ascii.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            ascii += c;
            continue;
        }
        flush();
        QInputMethodEvent composing(QStringLiteral("pinyin"), {});
        QApplication::sendEvent(widget, &composing);
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(widget, &commit);
    }
    flush();
}

// Makes the window active so focus moves (and focus-out checks run) as for a user.
inline bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// Every UI test: a temporary settings file, the client's font and style, and English unless a test switches.
class UiTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_settingsDir.isValid());
        AppSettings::setFilePath(m_settingsDir.filePath(QStringLiteral("dibao.ini")));
        ClientSetup::configure(*qApp);
        qputenv("DIBAO_LANG", "en");
        ClientSetup::applyLanguage(QStringLiteral("en"));
    }
    void TearDown() override
    {
        qputenv("DIBAO_LANG", "en");
        ClientSetup::applyLanguage(QStringLiteral("en"));
        AppSettings::setFilePath(QString());
    }
    QTemporaryDir m_settingsDir;
};

} // namespace dibao::uitest
