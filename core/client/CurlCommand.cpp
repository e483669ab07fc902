#include "client/CurlCommand.h"

#include <QCoreApplication>

namespace vendo::client {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::CurlCommand)
};

// Bash's $'...' escapes.
qsizetype readAnsiC(const QString &text, qsizetype i, QString &word)
{
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\''))
            return i;
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            word += c;
            continue;
        }
        const QChar e = text.at(++i);
        switch (e.unicode()) {
        case 'n':
            word += QLatin1Char('\n');
            break;
        case 't':
            word += QLatin1Char('\t');
            break;
        case 'r':
            word += QLatin1Char('\r');
            break;
        case 'x':
        case 'u': {
            const int digits = e == QLatin1Char('x') ? 2 : 4;
            bool ok = false;
            const uint code = text.mid(i + 1, digits).toUInt(&ok, 16);
            if (ok) {
                word += QChar(char16_t(code));
                i += digits;
            } else {
                word += e;
            }
            break;
        }
        default:
            word += e; // \\, \', \", and anything else literally
        }
    }
    return -1;
}

} // namespace

// Chrome's "Copy as cURL (cmd)" escapes for cmd.exe: ^" is a quote curl sees, ^\^" an escaped quote
// inside it, ^ at a line end a continuation. Turned into the POSIX spelling before splitting.
static QString fromCmdEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("^\"")) && !text.contains(QLatin1String("^\n")))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('^') || i + 1 >= text.size()) {
            result += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == QLatin1Char('\\') && i + 2 < text.size() && text.at(i + 1) == QLatin1Char('^')
            && text.at(i + 2) == QLatin1Char('"')) {
            result += QLatin1String("\\\"");
            i += 2;
        } else if (next == QLatin1Char('\n')) {
            result += QLatin1String("\\\n");
        } else {
            result += next;
        }
    }
    return result;
}

std::optional<QList<QStringList>> CurlCommand::splitCommands(const QString &input)
{
    const QString text = fromCmdEscapes(input);
    QList<QStringList> commands;
    QStringList words;
    QString word;
    bool inWord = false;
    const auto endWord = [&] {
        if (inWord)
            words << word;
        word.clear();
        inWord = false;
    };
    const auto endCommand = [&] {
        endWord();
        if (!words.isEmpty())
            commands << words;
        words.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('\\') || c == QLatin1Char('^')) && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('\n')) {
            ++i; // line continuation (bash "\", Windows cmd "^")
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            word += text.at(++i);
            inWord = true;
        } else if (c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0)
                return std::nullopt;
            word += text.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == QLatin1Char('$') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
            const qsizetype end = readAnsiC(text, i + 2, word);
            if (end < 0)
                return std::nullopt;
            inWord = true;
            i = end;
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            for (; j < text.size() && text.at(j) != QLatin1Char('"'); ++j) {
                if (text.at(j) == QLatin1Char('\\') && j + 1 < text.size()
                    && QStringView(u"\"\\$`\n").contains(text.at(j + 1))) {
                    if (text.at(j + 1) != QLatin1Char('\n'))
                        word += text.at(j + 1);
                    ++j;
                    continue;
                }
                word += text.at(j);
            }
            if (j >= text.size())
                return std::nullopt;
            inWord = true;
            i = j;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char(';')) {
            endCommand();
        } else if (c == QLatin1Char('&') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            endCommand();
        } else if (c.isSpace()) {
            endWord();
        } else {
            word += c;
            inWord = true;
        }
    }
    endCommand();
    return commands;
}

Result<QList<CurlCommand>> CurlCommand::parseAll(const QString &text)
{
    const auto commands = splitCommands(text);
    if (!commands)
        return std::unexpected(
            VendoError::make(VendoError::Kind::InvalidInput, Tr::tr("The curl command has an unterminated quote.")));
    QList<CurlCommand> result;
    for (QStringList words : *commands) {
        if (!words.isEmpty() && words.constFirst() == QLatin1String("$"))
            words.removeFirst();
        if (words.isEmpty() || !words.constFirst().startsWith(QLatin1String("curl")))
            continue;
        CurlCommand command;
        bool hasData = false;
        const auto addHeader = [&command](const QString &raw) {
            const qsizetype colon = raw.indexOf(QLatin1Char(':'));
            if (colon > 0)
                command.headers.append({ raw.left(colon).trimmed(), raw.mid(colon + 1).trimmed() });
        };
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QString &w = words.at(i);
            const auto next = [&]() -> QString { return i + 1 < words.size() ? words.at(++i) : QString(); };
            if (w == QLatin1String("-H") || w == QLatin1String("--header")) {
                addHeader(next());
            } else if (w.startsWith(QLatin1String("-H")) && w.size() > 2) {
                addHeader(w.mid(2));
            } else if (w.startsWith(QLatin1String("--header="))) {
                addHeader(w.mid(9));
            } else if (w == QLatin1String("-X") || w == QLatin1String("--request")) {
                command.method = next();
            } else if (w.startsWith(QLatin1String("-X")) && w.size() > 2) {
                command.method = w.mid(2);
            } else if (w == QLatin1String("-A") || w == QLatin1String("--user-agent")) {
                command.headers.append({ QStringLiteral("User-Agent"), next() });
            } else if (w == QLatin1String("-e") || w == QLatin1String("--referer")) {
                command.headers.append({ QStringLiteral("Referer"), next() });
            } else if (w == QLatin1String("-b") || w == QLatin1String("--cookie")) {
                command.headers.append({ QStringLiteral("Cookie"), next() });
            } else if (w == QLatin1String("--url")) {
                command.url = next();
            } else if (w.startsWith(QLatin1String("--data")) || w == QLatin1String("-d") || w == QLatin1String("-F")
                       || w == QLatin1String("--form") || w == QLatin1String("--json")) {
                hasData = true;
                next();
            } else if (w == QLatin1String("-u") || w == QLatin1String("--user") || w == QLatin1String("-o")
                       || w == QLatin1String("--output") || w == QLatin1String("-x") || w == QLatin1String("--proxy")
                       || w == QLatin1String("-m") || w == QLatin1String("--max-time")
                       || w == QLatin1String("--connect-timeout") || w == QLatin1String("-w")
                       || w == QLatin1String("--write-out") || w == QLatin1String("--cacert")
                       || w == QLatin1String("--cert") || w == QLatin1String("-K") || w == QLatin1String("--config")) {
                next(); // options with an argument that matters nothing here
            } else if (!w.startsWith(QLatin1Char('-')) && command.url.isEmpty()) {
                command.url = w;
            }
        }
        if (command.method.isEmpty())
            command.method = hasData ? QStringLiteral("POST") : QStringLiteral("GET");
        result.append(command);
    }
    if (result.isEmpty())
        return std::unexpected(VendoError::make(VendoError::Kind::InvalidInput, Tr::tr("No curl command was found.")));
    bool anyHeader = false;
    for (const CurlCommand &command : std::as_const(result))
        anyHeader = anyHeader || !command.headers.isEmpty();
    if (!anyHeader)
        return std::unexpected(
            VendoError::make(VendoError::Kind::InvalidInput, Tr::tr("The curl command sends no header (-H).")));
    return result;
}

} // namespace vendo::client
