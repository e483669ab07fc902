#pragma once

#include <QProxyStyle>

namespace vendo::ui {

// The application's style (the platform's, or the one -style or QT_STYLE_OVERRIDE chose), with the
// window's own icon for the clear button of its line edits: the one standard icon the window shows in
// its first frame. Qt's styles look that icon up in the desktop's icon theme, which reads the theme's
// index and searches its directories; on X11 that search was a fifth of the work before the first
// frame (README, Performance: start-up). Every other icon of the window is already its own SVG.
class IconStyle final : public QProxyStyle
{
public:
    IconStyle();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace vendo::ui
