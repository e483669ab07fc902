#pragma once

#include <QColor>
#include <QPalette>

namespace vendo::ui {

// What a coloured element means; the colour itself is chosen for the current light or dark palette.
enum class Tone { Neutral, Info, Good, Warning, Bad, Production, Sandbox };

// Colours derived from the system palette so the window follows light and dark themes.
class Palette
{
public:
    static bool isDark(const QPalette &palette);
    // A saturated colour for badges and countdowns.
    static QColor strong(Tone tone, const QPalette &palette);
    // The text colour to draw on top of strong().
    static QColor onStrong(Tone tone, const QPalette &palette);
    // A soft background for message bars and highlighted rows.
    static QColor tint(Tone tone, const QPalette &palette);
};

} // namespace vendo::ui
