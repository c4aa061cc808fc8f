// The hub's .deb (installer/hub/build-deb.sh): its contents, its dependencies, and that the programs run from an
// extracted copy.
#include "HubTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

using namespace dibao::test;

namespace {
QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(300000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}
} // namespace

TEST(HubPackage, TheDebHoldsTheHubItsUnitSiteAndLogrotateAndRuns)
{
    QTemporaryDir out;
    const QString build = QFileInfo(QStringLiteral(DIBAO_CLI_PATH)).dir().filePath(QStringLiteral("../.."));
    int code = -1;
    const QString built = run(QStringLiteral(DIBAO_SOURCE_DIR "/installer/hub/build-deb.sh"), {build, out.path()}, &code);
    ASSERT_EQ(code, 0) << built.toStdString();
    const QString deb = built.trimmed().split(QLatin1Char('\n')).last();
    ASSERT_TRUE(QFileInfo::exists(deb)) << built.toStdString();

    const QString contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), deb});
    for (const char *path : {"./usr/bin/dibao-hub", "./usr/bin/dibao-hub-cli", "./lib/systemd/system/dibao-hub.service",
                             "./etc/nginx/sites-available/dibao-hub", "./etc/logrotate.d/dibao-hub",
                             "./usr/share/doc/dibao-hub/hub-api.md"})
        EXPECT_TRUE(contents.contains(QString::fromLatin1(path))) << path;
    const QString info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--info"), deb});
    EXPECT_TRUE(info.contains(QStringLiteral("libqt6httpserver6"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("nginx-light | nginx")));
    EXPECT_FALSE(info.contains(QStringLiteral("libqt6widgets6"))) << "a server needs no Widgets";
    const QString conffiles = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), deb, QStringLiteral("conffiles")});
    EXPECT_TRUE(conffiles.contains(QStringLiteral("/etc/nginx/sites-available/dibao-hub"))) << conffiles.toStdString();

    const QString root = out.filePath(QStringLiteral("root"));
    run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, root}, &code);
    ASSERT_EQ(code, 0);
    run(root + QStringLiteral("/usr/bin/dibao-hub"), {QStringLiteral("--help")}, &code);
    EXPECT_EQ(code, 0);
    const QString id = run(root + QStringLiteral("/usr/bin/dibao-hub-cli"), {QStringLiteral("id-check"),
                                                                             QStringLiteral("11010519491231002X")}, &code);
    EXPECT_EQ(code, 0) << id.toStdString();
    // The unit runs the packaged program with the key file as a systemd credential, as its own user.
    QFile unit(root + QStringLiteral("/lib/systemd/system/dibao-hub.service"));
    ASSERT_TRUE(unit.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(unit.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("ExecStart=/usr/bin/dibao-hub --db /var/lib/dibao-hub/county.db --listen 127.0.0.1:8470")));
    EXPECT_TRUE(text.contains(QStringLiteral("LoadCredential=hub-keys:")));
    EXPECT_TRUE(text.contains(QStringLiteral("User=dibao-hub")));
}
