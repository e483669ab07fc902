#include "CliCommon.h"

#include "jwt/RawJson.h"
#include "jwt/TerminalSafe.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <array>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define VENDO_ISATTY _isatty
#define VENDO_FILENO _fileno
#else
#include <unistd.h>
#define VENDO_ISATTY isatty
#define VENDO_FILENO fileno
#endif

namespace vendo::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::cli", text);
}

// `device` is unbuffered, so that the bytes pass through no storage but `chunk` (wiped) and `data`.
Input readBounded(QIODevice &device, qint64 limit, const QString &what)
{
    secrets::SecretBuffer data;
    std::array<char, 16 * 1024> chunk {};
    bool tooLarge = false;
    while (true) {
        const qint64 read = device.read(chunk.data(), qint64(chunk.size()));
        if (read <= 0) {
            if (read < 0 || device.atEnd() || !device.waitForReadyRead(-1))
                break;
            continue;
        }
        data.append(QByteArrayView(chunk.data(), read));
        if (data.size() > limit) {
            data.clear();
            tooLarge = true;
            break;
        }
    }
    secrets::wipeBytes(chunk.data(), chunk.size());
    if (tooLarge)
        return std::unexpected(InputError { InputError::Kind::TooLarge,
                                            tr("%1 is larger than the limit of %2 bytes.").arg(what).arg(limit) });
    return data;
}

bool colourEnabled()
{
    static const bool enabled = stdoutIsTerminal() && qEnvironmentVariableIsEmpty("NO_COLOR");
    return enabled;
}

} // namespace

HumanStream::HumanStream(FILE *file)
    : m_stream(file)
{ }

HumanStream &HumanStream::operator<<(const TerminalText &text)
{
    m_stream << text.render(colourEnabled());
    return *this;
}

HumanStream &HumanStream::operator<<(char character)
{
    return *this << (character == '\n' ? TerminalText::lineBreak() : TerminalText(QString(QLatin1Char(character))));
}

HumanStream &HumanStream::operator<<(QTextStream &(*manipulator)(QTextStream &))
{
    m_stream << manipulator;
    return *this;
}

HumanStream &out()
{
    static HumanStream stream(stdout);
    return stream;
}

HumanStream &err()
{
    static HumanStream stream(stderr);
    return stream;
}

QByteArray renderForTerminal(const TerminalText &text)
{
    return text.render(colourEnabled()).toUtf8();
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program by argv[0] (the executable's path); a subcommand's help
        // names the command as it is typed: "Usage: vendo-inspector-cli token [options] SLUG...".
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
        if (!arguments.isEmpty() && !program.isEmpty()) {
            const qsizetype at = help.indexOf(program);
            if (at >= 0 && (firstLineEnd < 0 || at < firstLineEnd))
                help.replace(at, program.size(), arguments.constFirst());
        }
        out() << TerminalText::lines(help);
        return Success;
    }
    return std::nullopt;
}

void warnSecretInArguments(const QString &saferOption)
{
    err() << tr("Warning: a token on the command line is visible in the process list and shell history; "
                "prefer %1.")
                 .arg(saferOption)
          << Qt::endl;
}

bool stdoutIsTerminal()
{
    return VENDO_ISATTY(VENDO_FILENO(stdout)) != 0;
}

Input readStandardInput(qint64 limit)
{
    QFile file;
    // By descriptor: a FILE* would keep a copy in the C library's buffer.
    if (!file.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::unexpected(InputError { InputError::Kind::Unreadable, tr("Standard input cannot be read.") });
    return readBounded(file, limit, tr("Standard input"));
}

Input readFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::unexpected(
            InputError { InputError::Kind::Unreadable, tr("Cannot read \"%1\": %2.").arg(path, file.errorString()) });
    return readBounded(file, limit, tr("The file \"%1\"").arg(path));
}

Input readArgumentOrStdin(const QString &argument, qint64 limit)
{
    if (argument == QLatin1String("-"))
        return readStandardInput(limit);
    QByteArray bytes = argument.toUtf8();
    secrets::SecretBuffer data = secrets::SecretBuffer::take(bytes);
    if (data.size() > limit) {
        data.clear();
        return std::unexpected(InputError { InputError::Kind::TooLarge,
                                            tr("The argument is larger than the limit of %1 bytes.").arg(limit) });
    }
    return data;
}

QJsonObject inputErrorJson(const InputError &error)
{
    return { { QStringLiteral("class"), QStringLiteral("LocalError") },
             { QStringLiteral("code"),
               error.kind == InputError::Kind::TooLarge ? QStringLiteral("input_too_large")
                                                        : QStringLiteral("input_unreadable") },
             { QStringLiteral("message"), error.message } };
}

int failInput(const InputError &error, bool json)
{
    if (json)
        printJson(QJsonObject { { QStringLiteral("error"), inputErrorJson(error) } });
    else
        err() << error.message << Qt::endl;
    return LocalPrecondition;
}

QByteArray jsonText(const QJsonObject &object, bool indented)
{
    // Indented for a person within RawJson::pretty's bound: QJsonDocument's own indentation made 25 MB
    // of a hostile token's nested arrays.
    const QByteArray compact = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QByteArray json = (indented ? jwt::RawJson::prettyPrint(compact) : compact).trimmed();
    // QJsonDocument escapes C0; the rest of what a terminal acts on is escaped here (jwt/TerminalSafe.h).
    QByteArray escaped;
    escaped.reserve(json.size());
    jwt::appendTerminalSafeJson(escaped, json);
    return escaped;
}

// JSON bypasses HumanStream: jsonText has escaped it already, and its backslashes must stay single.
void writeJsonLine(const QByteArray &json)
{
    out() << Qt::flush;
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject &object)
{
    writeJsonLine(jsonText(object, stdoutIsTerminal()));
}

void printJsonLine(const QJsonObject &object)
{
    writeJsonLine(jsonText(object));
}

} // namespace vendo::cli
