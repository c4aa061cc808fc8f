#pragma once

#include "UiTestEnvironment.h"
#include "casework/CaseworkFixture.h"

#include <QTemporaryDir>

namespace dibao::uitest {

// The casework fixture (a township database, today 2026-11-27, helpers to walk cases) for the client's pages:
// a temporary settings file, the client's font and style, English.
class CaseworkUiTest : public dibao::test::CaseworkFixture {
protected:
    void SetUp() override
    {
        CaseworkFixture::SetUp();
        ASSERT_TRUE(m_settingsDir.isValid());
        AppSettings::setFilePath(m_settingsDir.filePath(QStringLiteral("dibao.ini")));
        ClientSetup::configure(*qApp);
        qputenv("DIBAO_LANG", "en");
        ClientSetup::applyLanguage(QStringLiteral("en"));
    }
    void TearDown() override
    {
        AppSettings::setFilePath(QString());
        CaseworkFixture::TearDown();
    }

    QTemporaryDir m_settingsDir;
};

} // namespace dibao::uitest
