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

} // namespace vendo::ui
