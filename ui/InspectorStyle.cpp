#include "ui/InspectorStyle.h"

#include "ui/SvgIconEngine.h"

namespace vendo::ui {

namespace {
// 16 x 16, in the action icons' source colour (drawn in the palette's text colour).
QByteArray svg(const char *body)
{
    return QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">)"
                      R"(<g fill="none" stroke="#5f6b7a" stroke-width="1.4" stroke-linecap="round" )"
                      R"(stroke-linejoin="round">)")
        + body + QByteArray("</g></svg>");
}
} // namespace

QIcon InspectorStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton: {
        static const QIcon close = SvgIconEngine::fromSource(svg(R"(<path d="M4.5 4.5l7 7M11.5 4.5l-7 7"/>)"));
        return close;
    }
    case SP_TitleBarNormalButton: {
        static const QIcon normal = SvgIconEngine::fromSource(
            svg(R"(<rect x="5.5" y="2.5" width="8" height="8" rx="1"/><path d="M3.5 5.5v7a1 1 0 0 0 1 1h7"/>)"));
        return normal;
    }
    case SP_ToolBarHorizontalExtensionButton: {
        static const QIcon horizontal
            = SvgIconEngine::fromSource(svg(R"(<path d="M4 4.5l3.5 3.5L4 11.5M8.5 4.5L12 8l-3.5 3.5"/>)"));
        return horizontal;
    }
    case SP_ToolBarVerticalExtensionButton: {
        static const QIcon vertical
            = SvgIconEngine::fromSource(svg(R"(<path d="M4.5 4L8 7.5 11.5 4M4.5 8.5L8 12l3.5-3.5"/>)"));
        return vertical;
    }
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace vendo::ui
