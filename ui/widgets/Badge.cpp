#include "ui/widgets/Badge.h"

#include "ui/widgets/PlainToolTip.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace vendo::ui {

namespace {
constexpr int kRadius = 4;
} // namespace

Badge::Badge(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    // A badge is as wide as its text, also inside form layouts that stretch their fields.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setContentsMargins(8, 2, 8, 2);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    applyStyle();
}

void Badge::setBadge(const QString &text, Tone tone, const QString &toolTip)
{
    setText(text);
    setToolTip(plainToolTip(toolTip));
    m_tone = tone;
    applyStyle();
}

void Badge::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyStyle();
}

void Badge::paintEvent(QPaintEvent *)
{
    // Painted here rather than by a style sheet: a style sheet puts the widget (and, the first time,
    // the application) through QStyleSheetStyle, which parses it per widget. Both colours come from
    // the application palette at paint time, so they always match each other.
    const QPalette palette = QApplication::palette();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Palette::strong(m_tone, palette));
    painter.drawRoundedRect(QRectF(rect()), kRadius, kRadius);
    painter.setPen(Palette::onStrong(m_tone, palette));
    painter.setFont(font());
    painter.drawText(contentsRect(), int(alignment()), text());
}

void Badge::applyStyle()
{
    update();
}

} // namespace vendo::ui
