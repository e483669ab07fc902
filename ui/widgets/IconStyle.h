#pragma once

#include <QProxyStyle>

namespace vendo::ui {

// The application's style (the platform's, or the one -style or QT_STYLE_OVERRIDE chose), with the
// window's own icons for the standard icons its first frame asks for: the line edits' clear button, the
// docks' close and float buttons, the menu bar's extension. Qt's styles look the clear icon up in the
// desktop's icon theme, which reads the theme's index and searches its directories (on X11 a fifth of
// the work before the first frame), and Fusion builds the title-bar icons anew from XPM images each time
// a dock measures its buttons (README, Performance: start-up). Every other icon of the window is
// already its own SVG.
class IconStyle final : public QProxyStyle
{
public:
    IconStyle();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

private:
    // Made once: a dock asks for its buttons' icons each time it measures its title bar.
    const QIcon m_close;
    const QIcon m_float;
    const QIcon m_more;
};

} // namespace vendo::ui
