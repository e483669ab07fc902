#include "ui/Badge.h"

#include <QApplication>
#include <QEvent>

namespace vendo::ui {

Badge::Badge(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    // A badge is as wide as its text, also inside form layouts that stretch their fields.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    applyStyle();
}

void Badge::setBadge(const QString &text, Tone tone, const QString &toolTip)
{
    setText(text);
    setToolTip(toolTip);
    m_tone = tone;
    applyStyle();
}

void Badge::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyStyle();
}

void Badge::applyStyle()
{
    const QPalette palette = QApplication::palette();
    // A style sheet on this one widget only: rounded corners are not expressible with a palette.
    setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 4px;"
                                 " padding: 2px 8px; font-weight: bold; }")
                      .arg(Palette::strong(m_tone, palette).name(), Palette::onStrong(m_tone, palette).name()));
}

} // namespace vendo::ui
