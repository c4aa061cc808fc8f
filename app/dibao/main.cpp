// dibao: the township client. `dibao --db FILE [--user NAME]`; with DIBAO_PASSWORD set, --user signs straight in.
#include "AppSettings.h"
#include "ClientSetup.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "SetupWizard.h"
#include "SignInDialog.h"
#include "SyncController.h"
#include "SyncMenu.h"
#include "store/Session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>

using namespace dibao;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ClientSetup::configure(app);
    ClientSetup::applyLanguage(ClientSetup::startLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "dibao — minimum living allowance casework"));
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "The database file to open."),
                                QStringLiteral("FILE"));
    QCommandLineOption userOption(QStringLiteral("user"),
                                  QApplication::translate("main", "Sign in as this user (with DIBAO_PASSWORD set, "
                                                                  "without asking)."),
                                  QStringLiteral("NAME"));
    QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                         QApplication::translate("main", "Save PNGs of the main screens into DIR "
                                                                         "and quit (tools/screenshots)."),
                                         QStringLiteral("DIR"));
    QCommandLineOption suffixOption(QStringLiteral("screenshot-suffix"), QStringLiteral("suffix"),
                                    QStringLiteral("SUFFIX"), QStringLiteral("100"));
    suffixOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(dbOption);
    parser.addOption(userOption);
    parser.addOption(screenshotsOption);
    parser.addOption(suffixOption);
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = AppSettings::lastDatabase();
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(nullptr, QApplication::translate("main", "Open a dibao database"),
                                            QString(),
                                            QApplication::translate("main", "dibao databases (*.db *.sqlite);;All "
                                                                            "files (*)"));
    if (path.isEmpty())
        return 2;

    // First run: no database there yet — the setup wizard creates it with its first administrator, signed in.
    std::unique_ptr<Session> created;
    if (!QFileInfo::exists(path)) {
        SetupWizard wizard(path);
        if (wizard.exec() != QDialog::Accepted)
            return 2;
        created = wizard.takeSession();
    }
    auto session = created ? Result<std::unique_ptr<Session>>(std::move(created)) : Session::open(path);
    if (!session) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "dibao"), session.error().message);
        return 1;
    }
    AppSettings::setLastDatabase(path);

    const QString user = parser.isSet(userOption) ? parser.value(userOption)
                                                  : (AppSettings::lastUser().isEmpty() ? (*session)->defaultAdmin()
                                                                                       : AppSettings::lastUser());
    bool signedIn = (*session)->signedIn();
    // The password also opens this device's sync keys for background sync (kept only until they are open).
    QString password;
    if (!signedIn && parser.isSet(userOption) && qEnvironmentVariableIsSet("DIBAO_PASSWORD")) {
        signedIn = (*session)->signIn(user, qEnvironmentVariable("DIBAO_PASSWORD")).ok();
        if (signedIn)
            password = qEnvironmentVariable("DIBAO_PASSWORD");
    }
    if (!signedIn) {
        SignInDialog dialog(**session, user);
        if (dialog.exec() != QDialog::Accepted)
            return 3;
        password = dialog.passwordField()->text();
    }
    AppSettings::setLastUser((*session)->actor().name);

    MainWindow window(**session);
    if (!password.isEmpty() && !parser.isSet(screenshotsOption))
        window.sync()->controller()->unlock(password);
    password.clear();
    window.show();
    if (parser.isSet(screenshotsOption)) {
        window.resize(1280, 800);
        const int written = ScreenshotTour::run(window, parser.value(screenshotsOption), parser.value(suffixOption));
        return written > 0 ? 0 : 1;
    }
    return app.exec();
}
