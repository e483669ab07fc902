#pragma once

#include <QProxyStyle>

namespace vendo::ui {

// The platform's style, with the few standard icons every start of the window asks for (dock
// title-bar buttons, toolbar and menu-bar extension buttons) drawn from SVG. The common style loads
// them as PNG files by name, and Qt reads a PNG whose format is not named by first loading every
// image-format plugin (gif, ico, jpeg, svg) to ask whether it can; the docks ask ~50 times per start.
class InspectorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace vendo::ui
