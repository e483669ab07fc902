#include "TerminalText.h"

#include "jwt/TerminalSafe.h"

namespace vendo::cli {

namespace {

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

TerminalText::TerminalText(const QString &text)
{
    jwt::appendTerminalSafe(m_text, text);
}

TerminalText TerminalText::styled(const QString &text, Colour colour)
{
    TerminalText result(text);
    if (!result.m_text.isEmpty())
        result.m_spans.append(Span { 0, result.m_text.size(), colour });
    return result;
}

TerminalText TerminalText::lines(const QString &text)
{
    TerminalText result;
    const QStringList parts = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            result.m_text += QLatin1Char('\n');
        jwt::appendTerminalSafe(result.m_text, parts.at(i));
    }
    return result;
}

TerminalText TerminalText::lineBreak()
{
    TerminalText result;
    result.m_text = QStringLiteral("\n");
    return result;
}

TerminalText &TerminalText::operator+=(const TerminalText &other)
{
    const qsizetype offset = m_text.size();
    m_text += other.m_text;
    for (const Span &span : other.m_spans)
        m_spans.append(Span { span.begin + offset, span.end + offset, span.colour });
    return *this;
}

QString TerminalText::render(bool colour) const
{
    if (!colour || m_spans.isEmpty())
        return m_text;
    QString rendered;
    rendered.reserve(m_text.size() + m_spans.size() * 9);
    qsizetype at = 0;
    for (const Span &span : m_spans) {
        rendered += QStringView(m_text).sliced(at, span.begin - at);
        rendered += QLatin1String("\x1b[") + QLatin1String(sgrCode(span.colour)) + QLatin1Char('m');
        rendered += QStringView(m_text).sliced(span.begin, span.end - span.begin);
        rendered += QLatin1String("\x1b[0m");
        at = span.end;
    }
    rendered += QStringView(m_text).sliced(at);
    return rendered;
}

} // namespace vendo::cli
