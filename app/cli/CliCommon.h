#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace vendo::cli {

// Exit codes, as DESIGN.md fixes them for scripts.
enum ExitCode : int {
    Success = 0,
    ServiceError = 1, // the service answered with an error
    UsageError = 2, // bad arguments, unknown or unavailable command
    LocalPrecondition = 3, // IdentityNotPresent, VendoOnlyFeature, malformed input
    TransportFailure = 4, // refused, DNS, TLS, timeout, reset, protocol
};

QTextStream &out();
QTextStream &err();

// Parses a subcommand's arguments. nullopt: go on; otherwise the exit code to return at once
// (Success after printing --help, UsageError after reporting what was wrong with the arguments).
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

// A user's token given on the command line is visible to every local user (`ps`, /proc) and in shell
// history; say so on stderr, once, and name the safer way (a file or standard input).
void warnSecretInArguments(const QString &saferOption);

// True when standard output is a terminal: colour and other decoration are used only then.
bool stdoutIsTerminal();

enum class Colour { Red, Green, Yellow, Cyan, Bold, Dim };
// `text` wrapped in an ANSI colour when standard output is a terminal (and NO_COLOR is unset).
QString coloured(const QString &text, Colour colour);

// Bounded input. A read never takes more than `limit` bytes into memory: larger input is an error
// with a message that names the limit, returned as soon as the limit is crossed.
struct Input
{
    QByteArray data;
    QString error; // translated; empty on success
    bool ok() const { return error.isEmpty(); }
};
Input readStandardInput(qint64 limit);
Input readFile(const QString &path, qint64 limit);
// "-" reads standard input, anything else is taken literally as the input itself.
Input readArgumentOrStdin(const QString &argument, qint64 limit);

// One JSON document on standard output (indented on a terminal, compact otherwise).
void printJson(const QJsonObject &object);
// One line of NDJSON on standard output.
void printJsonLine(const QJsonObject &object);

} // namespace vendo::cli
