#include "ui/widgets/PlainToolTip.h"

#include <QTextDocument>

namespace vendo::ui {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Escaped and wrapped in a paragraph: Qt then reads it as rich text whose only content is the text.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
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
