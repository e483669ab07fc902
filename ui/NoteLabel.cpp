#include "ui/NoteLabel.h"

namespace vendo::ui {

NoteLabel::NoteLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    // The text gets whatever height the layout has to spare, not what it would measure.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

QSize NoteLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    return QSize(metrics.averageCharWidth() * 30 + margins.left() + margins.right(),
                 metrics.lineSpacing() * 3 + margins.top() + margins.bottom());
}

QSize NoteLabel::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    return QSize(metrics.averageCharWidth() * 10 + margins.left() + margins.right(),
                 metrics.lineSpacing() * 2 + margins.top() + margins.bottom());
}

} // namespace vendo::ui
