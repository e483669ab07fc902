#include "ProcessHygiene.h"
#include "WindowContext.h"
#include "client/ProfileStore.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ProfileSwitcher.h"
#include "ui/window/ScreenshotDriver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("vendo-inspector"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vendo"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("vendo.run"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VENDO_VERSION));
}

// Qt's own strings and ours, in the system's language; the translators outlive the application.
struct Translators
{
    QTranslator qt;
    QTranslator inspector;

    void install()
    {
        if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        if (inspector.load(QLocale(), QStringLiteral("vendo-inspector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&inspector);
    }
};

struct Options
{
    bool sandbox = false;
    QString screenshot; // empty: no screenshot
    QString state;
    bool verbose = false;
    QString file; // a token, capture or log to open at start
};

// Parses the command line with a QCoreApplication, which needs no display: --help, --version and
// usage errors are answered (and the process exits) before QApplication connects to one
// (issue 19, item 16: they aborted without a display).
Options parseCommandLine(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    setApplicationNames();
    Translators translators;
    translators.install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop admin and diagnostics tool for the Vendo credentials service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start the embedded sandbox service and use its Sandbox profile."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window in the sandbox into FILE (PNG) and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        QCoreApplication::translate("main", "The state to render with --screenshot: %1.")
            .arg(vendo::ui::ScreenshotDriver::states().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("decoded"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("main",
                                    "Print diagnostics (requests, retries, keychain, sandbox) on standard error; "
                                    "never a secret."));
    parser.addOptions({ sandboxOption, screenshotOption, stateOption, verboseOption });
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A token, header block, curl command, HAR file or log to open."),
        QStringLiteral("[file]"));
    parser.process(core);
    return { parser.isSet(sandboxOption), parser.value(screenshotOption), parser.value(stateOption),
             parser.isSet(verboseOption), parser.positionalArguments().value(0) };
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can hold a key or a token.
    vendo::app::applyProcessHygiene();
    const Options options = parseCommandLine(argc, argv);

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Vendo Inspector"));
    QApplication::setDesktopFileName(QStringLiteral("run.vendo.inspector"));
    Translators translators;
    translators.install();
    // The vendo.* logging categories (docs/architecture.md, "Diagnostics"); QT_LOGGING_RULES, when set,
    // still has the last word.
    if (options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("vendo.*.debug=true"));

    const bool screenshot = !options.screenshot.isEmpty();
    using vendo::gui::WindowContext;
    WindowContext environment(
        options.sandbox || screenshot ? WindowContext::Mode::Sandbox : WindowContext::Mode::Normal, !screenshot);
    if (const auto started = environment.start(); !started) {
        QTextStream(stderr) << QApplication::translate("main", "vendo-inspector: the sandbox cannot start: %1")
                                   .arg(started.error().toString())
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
    if (!options.file.isEmpty() && !screenshot)
        QTimer::singleShot(0, &window, [&window, &options] { window.openFile(options.file); });
    if (!screenshot)
        return QApplication::exec();

    vendo::ui::ScreenshotDriver driver(&window, options.state, options.screenshot);
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
