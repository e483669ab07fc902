#pragma once

#include <QProxyStyle>

#include <functional>

namespace vendo::ui {

// The platform's style, with the few standard icons every start of the window asks for (dock
// title-bar buttons, toolbar and menu-bar extension buttons) from the window's own rendered icons
// (IconEngine, resources/icons/actions/dock-*.svg, toolbar-more*.svg). The common style loads
// them as PNG files by name, and Qt reads a PNG whose format is not named by first loading every
// image-format plugin (gif, ico, jpeg, svg) to ask whether it can; the docks ask ~50 times per start.
//
// The main-window toolbar, the item-view header sections and the plain frames (an item view's, a
// panel's) look as Fusion draws them, but their lines are filled as one-pixel rectangles. Fusion
// strokes the toolbar's and headers' lines as cosmetic lines, which the raster engine turns into one
// span per pixel, and a long run of spans is split across a pool of worker threads: that pool's start
// was two threads and ~70 context switches in the window's first frame. It strokes a frame's outline
// as a path, at a cost that grows with the frame (~150 k instructions for the connections table's).
//
// Fusion's rounded line-edit and button panels are drawn once per look at a narrow width and kept in
// QPixmapCache; a panel of any width is that rendering's ends and its middle column stretched (within
// one level per channel of Fusion's own drawing).
//
// All of that applies over Fusion only (the base style on Linux desktops without a theme of their own);
// over another style, that style draws these elements.
//
// Widgets of a window that is not on screen (not exposed) are not animated: QMainWindow's layout moves each
// dock and toolbar through an animation whenever the style names a duration, even a move it does not
// animate, and built ~50 of them (each created, connected, started and deleted) before the first frame.
class InspectorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;

private:
    // Whether the base style is Fusion: the elements drawn here in Fusion's way are drawn only then.
    bool isFusion() const;
    // Draws a horizontally uniform element of `option`'s look through `draw`, once at a narrow width
    // (cached), and stretches its middle column to the option's width; false where it cannot.
    bool drawSliced(int element, const QStyleOption *option, QPainter *painter,
                    const std::function<void(const QStyleOption *, QPainter *)> &draw) const;
};

} // namespace vendo::ui
