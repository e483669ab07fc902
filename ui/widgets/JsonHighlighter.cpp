#include "ui/widgets/JsonHighlighter.h"

#include "ui/widgets/Palette.h"

#include <QApplication>

namespace vendo::ui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_string(QStringLiteral(R"("(?:[^"\\]|\\.)*"?)"))
    , m_number(QStringLiteral(R"((?<![\w."])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w"]))"))
    , m_literal(QStringLiteral(R"(\b(?:true|false|null)\b)"))
{ }

void JsonHighlighter::highlightBlock(const QString &text)
{
    // A line this long is JSON shown as received (jwt::RawJson::pretty): 45 KB of "{"a":" in one line
    // made 18,000 coloured ranges and a third of a second on the GUI thread, and nobody reads such a
    // line by its colours.
    constexpr qsizetype kMaxHighlightedLine = 4096;
    if (text.size() > kMaxHighlightedLine)
        return;
    const QPalette palette = QApplication::palette();
    const bool dark = Palette::isDark(palette);
    QTextCharFormat key;
    key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x45, 0x8c));
    key.setFontWeight(QFont::DemiBold);
    QTextCharFormat string;
    string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    QTextCharFormat number;
    number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    QTextCharFormat literal;
    literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));

    // Numbers and literals first: strings are applied last and win where a string contains digits.
    for (auto it = m_number.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), number);
    }
    for (auto it = m_literal.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), literal);
    }
    for (auto it = m_string.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const qsizetype end = match.capturedEnd();
        qsizetype next = end;
        while (next < text.size() && text.at(next).isSpace())
            ++next;
        const bool isKey = next < text.size() && text.at(next) == QLatin1Char(':');
        setFormat(int(match.capturedStart()), int(match.capturedLength()), isKey ? key : string);
    }
}

} // namespace vendo::ui
