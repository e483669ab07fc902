#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vendo-inspector"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vendo Inspector"));
    QApplication::setOrganizationName(QStringLiteral("Vendo"));
    QApplication::setOrganizationDomain(QStringLiteral("vendo.run"));
    QApplication::setApplicationVersion(QStringLiteral(VENDO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop admin and diagnostics tool for the Vendo credentials service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start the embedded sandbox service and use its Sandbox profile."));
    parser.addOption(sandboxOption);
    parser.process(app);

    vendo::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
