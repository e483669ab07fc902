#include "ui/widgets/PlainToolTip.h"

#include "jwt/TerminalSafe.h"

#include <QTextDocument>

#include <algorithm>

namespace vendo::ui {

QString shownText(const QString &text)
{
    const auto unsafe = [](QChar c) { return c != QLatin1Char('\n') && jwt::isTerminalUnsafe(c.unicode()); };
    if (std::none_of(text.cbegin(), text.cend(), unsafe))
        return text;
    QString shown;
    shown.reserve(text.size() + 16);
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        jwt::appendTerminalSafe(shown, QStringView(text).sliced(start, end - start));
        if (end < text.size())
            shown += QLatin1Char('\n');
        start = end + 1;
    }
    return shown;
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Escaped and wrapped in a paragraph: Qt then reads it as rich text whose only content is the text.
    return Qt::convertFromPlainText(shownText(text), Qt::WhiteSpaceNormal);
}

QString brokenIntoLines(const QString &text, int width)
{
    QString result;
    result.reserve(text.size() + text.size() / qMax(1, width));
    int run = 0;
    for (const QChar c : text) {
        if (c.isSpace()) {
            run = 0;
        } else if (run == width) {
            result += QLatin1Char('\n');
            run = 0;
        }
        if (!c.isSpace())
            ++run;
        result += c;
    }
    return result;
}

} // namespace vendo::ui
