#include "TerminalText.h"

namespace vendo::cli {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

const char *sgrCode(Colour colour)
{
    switch (colour) {
    case Colour::Red:
        return "31";
    case Colour::Green:
        return "32";
    case Colour::Yellow:
        return "33";
    case Colour::Cyan:
        return "36";
    case Colour::Bold:
        return "1";
    case Colour::Dim:
        break;
    }
    return "2";
}

} // namespace

QString escapeControls(QStringView text)
{
    qsizetype first = 0;
    while (first < text.size() && !isControl(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text.toString();
    QString escaped = text.left(first).toString();
    escaped.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isControl(c))
            escaped += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            escaped += QChar(c);
    }
    return escaped;
}

TerminalText::TerminalText(const QString &text)
{
    if (!text.isEmpty())
        m_runs.append(Run { text, std::nullopt, false });
}

TerminalText TerminalText::styled(const QString &text, Colour colour)
{
    TerminalText result;
    if (!text.isEmpty())
        result.m_runs.append(Run { text, colour, false });
    return result;
}

TerminalText TerminalText::lines(const QString &text)
{
    TerminalText result;
    const QStringList parts = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            result += lineBreak();
        result += TerminalText(parts.at(i));
    }
    return result;
}

TerminalText TerminalText::lineBreak()
{
    TerminalText result;
    result.m_runs.append(Run { {}, std::nullopt, true });
    return result;
}

TerminalText &TerminalText::operator+=(const TerminalText &other)
{
    m_runs += other.m_runs;
    return *this;
}

QString TerminalText::render(bool colour) const
{
    QString rendered;
    for (const Run &run : m_runs) {
        if (run.lineBreak) {
            rendered += QLatin1Char('\n');
        } else if (colour && run.colour) {
            rendered += QStringLiteral("\x1b[%1m%2\x1b[0m")
                            .arg(QLatin1String(sgrCode(*run.colour)), escapeControls(run.text));
        } else {
            rendered += escapeControls(run.text);
        }
    }
    return rendered;
}

} // namespace vendo::cli
