#pragma once

#include <QList>
#include <QString>
#include <QStringBuilder>
#include <QStringView>

#include <optional>

namespace vendo::cli {

enum class Colour { Red, Green, Yellow, Cyan, Bold, Dim };

// Text bound for a person: runs of text, some styled, and the line breaks the program writes itself.
// Rendering escapes every control character inside the runs (jwt::terminalSafe), a newline inside a value
// too, so the only control bytes a rendered text holds are its own line breaks and, on a colour terminal,
// the SGR codes of its styles. All human output of the CLI is a TerminalText (out() and err() take
// nothing else), so no command can print untrusted text raw.
class TerminalText
{
public:
    TerminalText() = default;
    TerminalText(const QString &text); // NOLINT(google-explicit-constructor): plain text is the common case
    template<typename A, typename B>
    TerminalText(const QStringBuilder<A, B> &text) // NOLINT(google-explicit-constructor)
        : TerminalText(QString(text))
    { }
    TerminalText(const char *literal) = delete; // say QStringLiteral or TerminalText::lines

    static TerminalText styled(const QString &text, Colour colour);
    // Text the program wrote with line breaks in it (help, usage): each '\n' is a line break, every
    // other control character is still escaped. Never for values.
    static TerminalText lines(const QString &text);
    static TerminalText lineBreak();

    TerminalText &operator+=(const TerminalText &other);
    friend TerminalText operator+(TerminalText left, const TerminalText &right) { return left += right; }

    bool isEmpty() const { return m_text.isEmpty(); }
    // Escaped; SGR codes around the styled runs when `colour` is true.
    QString render(bool colour) const;

private:
    // The text escaped as it is appended: rendering without colour is the text itself, one string per
    // line of output however many pieces made it (audit renders a line per token, on every core).
    struct Span
    {
        qsizetype begin;
        qsizetype end;
        Colour colour;
    };
    QString m_text;
    QList<Span> m_spans;
};

} // namespace vendo::cli
