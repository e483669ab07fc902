#pragma once

#include "TerminalText.h"
#include "secrets/SecretBuffer.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <expected>
#include <optional>
#include <type_traits>

namespace vendo::cli {

// Runs the event loop until `job` reports, and returns what it reported.
template<typename Value, typename Job> Value awaitJob(Job *job)
{
    Value value;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, [&](const Value &reported) {
        value = reported;
        loop.quit();
    });
    loop.exec();
    return value;
}

// Exit codes, as docs/architecture.md fixes them for scripts.
enum ExitCode : int {
    Success = 0,
    ServiceError = 1, // the service answered with an error
    UsageError = 2, // bad arguments, unknown or unavailable command
    LocalPrecondition = 3, // IdentityNotPresent, VendoOnlyFeature, malformed input
    TransportFailure = 4, // refused, DNS, TLS, timeout, reset, protocol
};

// Numbers print as numbers; a char is a character (a '\n' a line break), a bool is neither.
template<typename T>
concept PrintedNumber = std::is_arithmetic_v<T> && !std::is_same_v<T, char> && !std::is_same_v<T, bool>;

// The one path of human output (standard output or standard error). Everything written is a
// TerminalText: a QString is a value and has every control character escaped, a newline in it too; the
// program's own line breaks are '\n', Qt::endl and the line breaks of a string literal.
class HumanStream
{
public:
    explicit HumanStream(FILE *file);

    HumanStream &operator<<(const TerminalText &text);
    HumanStream &operator<<(const QString &value) { return *this << TerminalText(value); }
    HumanStream &operator<<(QLatin1StringView value) { return *this << TerminalText(QString(value)); }
    HumanStream &operator<<(const char *literal) { return *this << TerminalText::lines(QString::fromUtf8(literal)); }
    HumanStream &operator<<(char character);
    template<PrintedNumber Number> HumanStream &operator<<(Number number)
    {
        return *this << TerminalText(QString::number(number));
    }
    // Qt::endl (a line break and a flush) and Qt::flush.
    HumanStream &operator<<(QTextStream &(*manipulator)(QTextStream &));

private:
    QTextStream m_stream;
};

HumanStream &out();
HumanStream &err();

// Human text as the streams write it, for output assembled on worker threads (audit).
QByteArray renderForTerminal(const TerminalText &text);

// Parses a subcommand's arguments. nullopt: go on; otherwise the exit code to return at once
// (Success after printing --help, UsageError after reporting what was wrong with the arguments).
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

// A user's token given on the command line is visible to every local user (`ps`, /proc) and in shell
// history; say so on stderr, once, and name the safer way (a file or standard input).
void warnSecretInArguments(const QString &saferOption);

// True when standard output is a terminal: colour and other decoration are used only then.
bool stdoutIsTerminal();

// `text` in an ANSI colour when standard output is a terminal and NO_COLOR is unset; escaped as any text.
inline TerminalText coloured(const QString &text, Colour colour)
{
    return TerminalText::styled(text, colour);
}

// Why input could not be read: the CLI's input error (docs/architecture.md, "Errors").
struct InputError
{
    enum class Kind {
        Unreadable, // the file or standard input cannot be opened
        TooLarge, // more than the limit; nothing of it is kept
    };
    Kind kind = Kind::Unreadable;
    QString message; // translated, names the file or the limit
};

// Bounded input. A read never takes more than `limit` bytes into memory: larger input is an error
// with a message that names the limit, returned as soon as the limit is crossed.
// Input may be a token, a key or a secret: it lives in a SecretBuffer, wiped when the Input is dropped.
using Input = std::expected<secrets::SecretBuffer, InputError>;
// An input error as every command reports it, a file error alike (a missing file is not a service error):
// {"class": "LocalError", "code": "input_unreadable" | "input_too_large", "message": ...}.
QJsonObject inputErrorJson(const InputError &error);
// Prints the error (the message on standard error, or {"error": inputErrorJson} with --json) and returns
// LocalPrecondition (3), the exit code of every input error.
int failInput(const InputError &error, bool json);
Input readStandardInput(qint64 limit);
Input readFile(const QString &path, qint64 limit);
// "-" reads standard input, anything else is taken literally as the input itself.
Input readArgumentOrStdin(const QString &argument, qint64 limit);

// JSON as written for a terminal or a pipe: the JSON writer escapes C0 controls itself; DEL and the C1
// controls it leaves raw are written as \u007f and \u0080..\u009f (the same JSON value).
QByteArray jsonText(const QJsonObject &object, bool indented = false);
// One JSON document on standard output (indented on a terminal, compact otherwise).
void printJson(const QJsonObject &object);
// One line of NDJSON on standard output.
void printJsonLine(const QJsonObject &object);

} // namespace vendo::cli
