#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vendo-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VENDO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local Vendo-compatible service with seeded users, connections and faults."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("main", "Listen on this loopback port (0 = any free port)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QCoreApplication::translate("main", "Load this scenario file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption printEnvOption(
        QStringLiteral("print-env"),
        QCoreApplication::translate("main", "Print shell exports for the sandbox's URLs and demo API key."));
    parser.addOptions({ portOption, scenarioOption, printEnvOption });
    parser.process(app);

    QTextStream(stderr) << QCoreApplication::translate("main", "vendo-sandbox: the sandbox service is not built yet.")
                        << Qt::endl;
    return 2;
}
