#include "ui/widgets/Palette.h"

namespace vendo::ui {

bool Palette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Palette::strong(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Neutral:
        return palette.color(QPalette::Mid);
    case Tone::Info:
        return dark ? QColor(0x5c, 0x9d, 0xf0) : QColor(0x1f, 0x63, 0xc4);
    case Tone::Good:
        return dark ? QColor(0x4c, 0xb8, 0x6a) : QColor(0x1e, 0x7e, 0x34);
    case Tone::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xb3, 0x6b, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xf0, 0x5c, 0x5c) : QColor(0xc6, 0x28, 0x28);
    case Tone::Production:
        return QColor(0xc6, 0x28, 0x28);
    case Tone::Sandbox:
        return dark ? QColor(0x26, 0xa6, 0x9a) : QColor(0x00, 0x79, 0x6b);
    }
    return palette.color(QPalette::Mid);
}

QColor Palette::onStrong(Tone tone, const QPalette &palette)
{
    if (tone == Tone::Neutral)
        return palette.color(QPalette::Text);
    // Dark themes use lighter badge colours, which read better with dark text.
    if (isDark(palette) && tone != Tone::Production)
        return QColor(0x16, 0x18, 0x1b);
    return QColor(Qt::white);
}

QColor Palette::tint(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor accent = strong(tone, palette);
    const qreal amount = isDark(palette) ? 0.28 : 0.14;
    return QColor::fromRgbF(base.redF() * (1 - amount) + accent.redF() * amount,
                            base.greenF() * (1 - amount) + accent.greenF() * amount,
                            base.blueF() * (1 - amount) + accent.blueF() * amount);
}

} // namespace vendo::ui
