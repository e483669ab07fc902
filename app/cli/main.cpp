#include "CliCommon.h"
#include "ClientCommands.h"
#include "Commands.h"
#include "EventCommands.h"
#include "JwtCommands.h"
#include "KeyCommands.h"
#include "ProcessHygiene.h"
#include "ProfileCommands.h"
#include "WebhookCommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <array>

using namespace vendo::cli;

namespace {

// The subcommands of docs/architecture.md ("The command line"). Each implementation lives beside its core module's
// front end in this directory.
const std::array kCommands = {
    Command { "decode", "decode [TOKEN|FILE|-]", QT_TRANSLATE_NOOP("cli", "Decode an identity token and judge it"),
              runDecode },
    Command { "verify", "verify [TOKEN|FILE|-] [--jwks FILE|URL | --key FILE | --secret-file FILE | --profile NAME]",
              QT_TRANSLATE_NOOP("cli", "Decode and verify a token's signature"), runVerify },
    Command { "audit", "audit FILE|-", QT_TRANSLATE_NOOP("cli", "Verify every token in a file or log"), runAudit },
    Command { "headers", "headers [FILE|-] [--sdk NAME]",
              QT_TRANSLATE_NOOP("cli", "Predict what forRequest makes of a header block"), runHeaders },
    Command { "token", "token SLUG... [--sdk NAME]", QT_TRANSLATE_NOOP("cli", "Fetch provider tokens for the user"),
              runToken },
    Command { "connections", "connections [--sdk NAME]", QT_TRANSLATE_NOOP("cli", "List the user's connections"),
              runConnections },
    Command { "whoami", "whoami [--as-user | --sdk NAME]",
              QT_TRANSLATE_NOOP("cli", "Ask the service who the key (or user) is"), runWhoami },
    Command { "explain", "explain CODE|STATUS|LOGLINE",
              QT_TRANSLATE_NOOP("cli", "Explain an error code, HTTP status or log line"), runExplain },
    Command { "events", "events [--follow] [--since ID] [--kinds K,...] [--json]",
              QT_TRANSLATE_NOOP("cli", "Print the app's live events"), runEvents },
    Command { "webhook", "webhook verify [FILE|-] [--secret-file F] [--max-age S] [--now EPOCH] [--json]",
              QT_TRANSLATE_NOOP("cli", "Verify a captured webhook delivery like the SDK"), runWebhook },
    Command { "key", "key set|show|delete [--profile NAME] [--webhook]",
              QT_TRANSLATE_NOOP("cli", "Manage the profile's API key in the OS keychain"), runKey },
    Command { "profile", "profile list|add ID|remove ID",
              QT_TRANSLATE_NOOP("cli", "List, add or remove custom profiles (shared with the window)"), runProfile },
};

void printUsage(HumanStream &stream)
{
    stream << QCoreApplication::translate("cli", "Usage: vendo-inspector-cli <command> [options]") << "\n\n"
           << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const Command &command : kCommands) {
        stream << "  " << QString::fromLatin1(command.synopsis) << '\n'
               << "      " << QCoreApplication::translate("cli", command.summary) << '\n';
    }
    stream << '\n'
           << QCoreApplication::translate("cli", "Run 'vendo-inspector-cli <command> --help' for a command's options.")
           << '\n'
           << QCoreApplication::translate("cli",
                                          "--verbose (with any command) prints diagnostics on standard error: "
                                          "requests, retries, keychain; never a secret.")
           << '\n'
           << QCoreApplication::translate("cli",
                                          "Exit codes: 0 success, 1 service error, 2 usage error, "
                                          "3 local precondition, 4 transport failure.")
           << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can hold a key or a token.
    vendo::app::applyProcessHygiene();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vendo-inspector-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vendo"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("vendo.run"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VENDO_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    // --verbose, anywhere on the line: the program's own diagnostics (the vendo.* logging categories)
    // on standard error. QT_LOGGING_RULES, when set, still has the last word.
    if (arguments.removeAll(QStringLiteral("--verbose")) > 0)
        QLoggingCategory::setFilterRules(QStringLiteral("vendo.*.debug=true"));
    if (arguments.size() < 2) {
        printUsage(err());
        return UsageError;
    }
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(out());
        return Success;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out() << "vendo-inspector-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    for (const Command &command : kCommands) {
        if (name != QLatin1String(command.name))
            continue;
        QStringList commandArguments = arguments;
        commandArguments.removeAt(1);
        commandArguments[0] = QStringLiteral("vendo-inspector-cli %1").arg(name);
        return command.run(commandArguments);
    }
    err() << QCoreApplication::translate("cli", "vendo-inspector-cli: unknown command '%1'.").arg(name) << "\n\n";
    printUsage(err());
    return UsageError;
}
