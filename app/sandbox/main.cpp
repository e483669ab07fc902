#include "ShutdownSignals.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

// The human-readable banner: URLs, the demo key and one ready-to-use identity token per seeded
// user. All of them are sandbox-only fakes, so printing them is the point (docs/sandbox.md).
void printBanner(QTextStream &out, const vendo::sandbox::SandboxServer &server)
{
    const auto url = [](const QUrl &u) { return u.toString(QUrl::FullyEncoded); };
    out << tr("vendo-sandbox %1: scenario \"%2\"").arg(QCoreApplication::applicationVersion(), server.scenario().name)
        << Qt::endl
        << QStringLiteral("  ") << tr("API base:     %1").arg(url(server.baseUrl())) << Qt::endl
        << QStringLiteral("  ") << tr("Credentials:  %1").arg(url(server.credentialsUrl())) << Qt::endl
        << QStringLiteral("  ") << tr("JWKS:         %1").arg(url(server.jwksUrl())) << Qt::endl
        << QStringLiteral("  ") << tr("Admin API:    %1/sandbox/").arg(url(server.baseUrl())) << Qt::endl
        << QStringLiteral("  ") << tr("Demo API key: %1 (sandbox only)").arg(server.demoApiKey()) << Qt::endl
        << tr("Identity tokens (valid for one hour):") << Qt::endl;
    for (const auto &user : server.users()) {
        const auto minted = server.mintToken(user.id);
        out << QStringLiteral("  ") << user.email << QStringLiteral(" (") << user.name << QStringLiteral(", ")
            << user.tenantId << QStringLiteral(")") << Qt::endl
            << QStringLiteral("    ") << (minted ? *minted : minted.error().message) << Qt::endl;
    }
    out << tr("Press Ctrl+C to stop.") << Qt::endl;
}

} // namespace

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

    QTextStream err(stderr);
    QTextStream out(stdout);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << tr("vendo-sandbox: --port expects a number from 0 to 65535, got \"%1\".").arg(parser.value(portOption))
            << Qt::endl;
        return 2;
    }

    vendo::sandbox::Scenario scenario = vendo::sandbox::Scenario::defaults();
    if (parser.isSet(scenarioOption)) {
        auto loaded = vendo::sandbox::Scenario::fromFile(parser.value(scenarioOption));
        if (!loaded) {
            err << tr("vendo-sandbox: invalid scenario: %1").arg(loaded.error().toString()) << Qt::endl;
            return 2;
        }
        scenario = std::move(loaded).value();
    }

    vendo::sandbox::SandboxServer server(std::move(scenario));
    if (const auto started = server.start(QHostAddress::LocalHost, static_cast<quint16>(port)); !started) {
        err << tr("vendo-sandbox: %1").arg(started.error().toString()) << Qt::endl;
        return 1;
    }

    if (parser.isSet(printEnvOption)) {
        // stdout stays sourceable; the banner goes to stderr.
        out << QStringLiteral("export VENDO_BASE_URL=") << server.baseUrl().toString(QUrl::FullyEncoded) << Qt::endl
            << QStringLiteral("export VENDO_CREDENTIALS_URL=") << server.credentialsUrl().toString(QUrl::FullyEncoded)
            << Qt::endl
            << QStringLiteral("export VENDO_API_KEY=") << server.demoApiKey() << Qt::endl
            << QStringLiteral("export VENDO_WEBHOOK_SECRET=") << server.webhookSecret() << Qt::endl;
        printBanner(err, server);
    } else {
        printBanner(out, server);
    }

    vendo::sandbox::ShutdownSignals shutdown;
    QObject::connect(&shutdown, &vendo::sandbox::ShutdownSignals::requested, &app, [&server] {
        server.stop();
        QCoreApplication::quit();
    });
    return app.exec();
}
