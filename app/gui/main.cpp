#include "ProcessHygiene.h"
#include "WindowContext.h"
#include "client/ProfileStore.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ProfileSwitcher.h"
#include "ui/window/ScreenshotDriver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char *argv[])
{
    // Before anything can hold a key or a token.
    vendo::app::applyProcessHygiene();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vendo-inspector"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vendo Inspector"));
    QApplication::setOrganizationName(QStringLiteral("Vendo"));
    QApplication::setOrganizationDomain(QStringLiteral("vendo.run"));
    QApplication::setApplicationVersion(QStringLiteral(VENDO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("run.vendo.inspector"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("vendo-inspector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop admin and diagnostics tool for the Vendo credentials service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start the embedded sandbox service and use its Sandbox profile."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window in the sandbox into FILE (PNG) and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         QApplication::translate("main", "The state to render with --screenshot: %1.")
                                             .arg(vendo::ui::ScreenshotDriver::states().join(QStringLiteral(", "))),
                                         QStringLiteral("NAME"), QStringLiteral("decoded"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QApplication::translate("main",
                                "Print diagnostics (requests, retries, keychain, sandbox) on standard error; "
                                "never a secret."));
    parser.addOptions({ sandboxOption, screenshotOption, stateOption, verboseOption });
    parser.process(app);
    // The vendo.* logging categories (docs/architecture.md, "Diagnostics"); QT_LOGGING_RULES, when set,
    // still has the last word.
    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("vendo.*.debug=true"));

    const bool screenshot = parser.isSet(screenshotOption);
    using vendo::gui::WindowContext;
    WindowContext environment(parser.isSet(sandboxOption) || screenshot ? WindowContext::Mode::Sandbox
                                                                        : WindowContext::Mode::Normal,
                              !screenshot);
    if (!environment.start()) {
        QTextStream(stderr) << QApplication::translate("main", "vendo-inspector: the sandbox cannot start: %1")
                                   .arg(environment.errorString())
                            << Qt::endl;
        return 1;
    }

    vendo::ui::MainWindow window(environment.context());
    if (vendo::client::ProfileStore *profiles = environment.profileStore()) {
        // The next start opens on the profile chosen last.
        QObject::connect(window.profileSwitcher(), &vendo::ui::ProfileSwitcher::profileChanged, &app,
                         [profiles](const vendo::client::Profile &profile) { profiles->setCurrentId(profile.id); });
    }
    window.show();
    if (!screenshot)
        return QApplication::exec();

    vendo::ui::ScreenshotDriver driver(&window, parser.value(stateOption), parser.value(screenshotOption));
    int exitCode = 0;
    QObject::connect(&driver, &vendo::ui::ScreenshotDriver::finished, &app,
                     [&exitCode](bool ok, const QString &message) {
                         QTextStream(ok ? stdout : stderr) << message << Qt::endl;
                         exitCode = ok ? 0 : 1;
                         QApplication::quit();
                     });
    driver.start();
    QApplication::exec();
    return exitCode;
}
