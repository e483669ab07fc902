#include "FirstPaintExit.h"
#include "ProcessHygiene.h"
#include "client/ProfileStore.h"
#include "ui/InspectorStyle.h"
#include "ui/MainWindow.h"
#include "ui/ProfileSwitcher.h"
#include "ui/SandboxLoader.h"
#include "ui/ScreenshotDriver.h"
#include "ui/ServicesLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    // Before anything can hold a key or a token.
    vendo::app::applyProcessHygiene();
    QApplication app(argc, argv);
    QApplication::setStyle(new vendo::ui::InspectorStyle);
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
    // Hidden: the startup bench (tests/bench) times the process to its first painted window.
    QCommandLineOption firstPaintOption(QStringLiteral("exit-after-first-paint"));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ sandboxOption, screenshotOption, stateOption, firstPaintOption });
    parser.process(app);

    const bool screenshot = parser.isSet(screenshotOption);
    vendo::ui::InspectorContext context;

    std::unique_ptr<vendo::ui::SandboxBackend> sandbox;
    // The network, OpenSSL and the keychain: loaded when the window first needs them, after its first
    // frame (the key read). Outlives the window.
    std::unique_ptr<vendo::ui::ServicesLoader> services;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<vendo::client::ProfileStore> profileStore;
    if (parser.isSet(sandboxOption) || screenshot) {
        QString error;
        sandbox = vendo::ui::SandboxLoader::load(&error);
        if (sandbox && !sandbox->start())
            error = sandbox->errorString();
        if (!error.isEmpty()) {
            QTextStream(stderr)
                << QApplication::translate("main", "vendo-inspector: the sandbox cannot start: %1").arg(error)
                << Qt::endl;
            return 1;
        }
        context = sandbox->context();
    } else {
        services = std::make_unique<vendo::ui::ServicesLoader>();
        context.services = services->services();
        context.secretStore = services->keychain();
        settings = std::make_unique<QSettings>();
        profileStore = std::make_unique<vendo::client::ProfileStore>(settings.get());
        context.profiles = profileStore->profiles();
        context.initialProfileId = profileStore->currentId();
    }
    if (!screenshot) {
        if (!settings)
            settings = std::make_unique<QSettings>();
        context.settings = settings.get();
    }

    vendo::ui::MainWindow window(context);
    if (services) {
        // A broken installation: the window still decodes and judges tokens, but cannot reach the
        // service, check signatures or use the keychain.
        // Queued: the load happens inside whatever first needed it, not the place for a dialog.
        QObject::connect(
            services.get(), &vendo::ui::ServicesLoader::loadFailed, &window,
            [&window](const QString &error) {
                QTextStream(stderr) << "vendo-inspector: " << error << Qt::endl;
                QMessageBox::critical(&window, QApplication::applicationDisplayName(),
                                      QApplication::translate("main",
                                                              "Part of the installation is missing: %1.\n\nThe window "
                                                              "can decode tokens, but cannot reach the service, check "
                                                              "signatures or use the keychain.")
                                          .arg(error));
            },
            Qt::QueuedConnection);
    }
    if (profileStore) {
        // The next start opens on the profile chosen last.
        QObject::connect(
            window.profileSwitcher(), &vendo::ui::ProfileSwitcher::profileChanged, &app,
            [&profileStore](const vendo::client::Profile &profile) { profileStore->setCurrentId(profile.id); });
    }
    vendo::gui::FirstPaintExit firstPaint;
    if (parser.isSet(firstPaintOption))
        window.installEventFilter(&firstPaint);
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
