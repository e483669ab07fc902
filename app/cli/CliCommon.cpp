#include "CliCommon.h"

#include "jwt/RawJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

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

Input readBounded(QIODevice &device, qint64 limit, const QString &what)
{
    Input input;
    constexpr qint64 kChunk = 64 * 1024;
    while (true) {
        const QByteArray chunk = device.read(kChunk);
        if (chunk.isEmpty()) {
            if (device.atEnd() || !device.waitForReadyRead(-1))
                break;
            continue;
        }
        input.data += chunk;
        if (input.data.size() > limit) {
            input.data.clear();
            input.error = tr("%1 is larger than the limit of %2 bytes.").arg(what).arg(limit);
            return input;
        }
    }
    return input;
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
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

QString coloured(const QString &text, Colour colour)
{
    static const bool enabled = stdoutIsTerminal() && qEnvironmentVariableIsEmpty("NO_COLOR");
    if (!enabled)
        return text;
    const char *code = "";
    switch (colour) {
    case Colour::Red:
        code = "31";
        break;
    case Colour::Green:
        code = "32";
        break;
    case Colour::Yellow:
        code = "33";
        break;
    case Colour::Cyan:
        code = "36";
        break;
    case Colour::Bold:
        code = "1";
        break;
    case Colour::Dim:
        code = "2";
        break;
    }
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text);
}

Input readStandardInput(qint64 limit)
{
    QFile file;
    if (!file.open(stdin, QIODevice::ReadOnly)) {
        Input input;
        input.error = tr("Standard input cannot be read.");
        return input;
    }
    return readBounded(file, limit, tr("Standard input"));
}

Input readFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Input input;
        input.error = tr("Cannot read \"%1\": %2.").arg(path, file.errorString());
        return input;
    }
    return readBounded(file, limit, tr("The file \"%1\"").arg(path));
}

Input readArgumentOrStdin(const QString &argument, qint64 limit)
{
    if (argument == QLatin1String("-"))
        return readStandardInput(limit);
    Input input;
    input.data = argument.toUtf8();
    if (input.data.size() > limit) {
        input.data.clear();
        input.error = tr("The argument is larger than the limit of %1 bytes.").arg(limit);
    }
    return input;
}

void printJson(const QJsonObject &object)
{
    const QByteArray compact = QJsonDocument(object).toJson(QJsonDocument::Compact);
    // Indented for a person, within RawJson::pretty's bound: QJsonDocument's own indentation made
    // 25 MB of a hostile token's nested arrays.
    out() << QString::fromUtf8(stdoutIsTerminal() ? jwt::RawJson::prettyPrint(compact) : compact).trimmed() << Qt::endl;
}

void printJsonLine(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace vendo::cli
