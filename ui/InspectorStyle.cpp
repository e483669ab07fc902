#include "ui/InspectorStyle.h"

#include "ui/SvgIconEngine.h"

#include <QMainWindow>
#include <QPainter>
#include <QStyleOption>

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

void InspectorStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    // Fusion's colours and gradients (qfusionstyle.cpp, Qt 6.4); only the way the lines are drawn differs.
    const auto *toolBar = qstyleoption_cast<const QStyleOptionToolBar *>(option);
    if (element == CE_ToolBar && toolBar && widget && qobject_cast<const QMainWindow *>(widget->parentWidget())
        && toolBar->toolBarArea == Qt::TopToolBarArea
        && (toolBar->positionOfLine == QStyleOptionToolBar::End
            || toolBar->positionOfLine == QStyleOptionToolBar::OnlyOne)) {
        // A top toolbar on the last (or only) line: a double line at the bottom meets the docks.
        const QRect r = option->rect;
        QLinearGradient gradient(r.topLeft(), r.bottomLeft());
        gradient.setColorAt(0, option->palette.window().color().lighter(104));
        gradient.setColorAt(1, option->palette.window().color());
        painter->fillRect(r, gradient);
        painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), QColor(255, 255, 255, 90));
        painter->fillRect(QRect(r.left(), r.bottom() - 1, r.width(), 1), QColor(0, 0, 0, 60));
        return;
    }
    if (element == CE_HeaderSection) {
        const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
        if (!header) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        const QRect r = option->rect;
        QColor button = option->palette.button().color();
        button = button.lighter(100 + qMax(1, (180 - qGray(button.rgb())) / 6));
        button.setHsv(button.hue(), int(button.saturation() * 0.75), button.value());
        QLinearGradient gradient(r.topLeft(), r.bottomLeft());
        gradient.setColorAt(0, button.lighter(104));
        gradient.setColorAt(1, button.darker(102));
        painter->fillRect(r, gradient);
        const QColor outline = option->palette.window().color().darker(140);
        painter->fillRect(QRect(r.left(), r.top(), r.width(), 1), QColor(255, 255, 255, 30));
        painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), outline);
        if (header->orientation == Qt::Horizontal && header->position != QStyleOptionHeader::End
            && header->position != QStyleOptionHeader::OnlyOneSection) {
            painter->fillRect(QRect(r.right(), r.top(), 1, r.height() - 1), QColor(0, 0, 0, 40));
            painter->fillRect(QRect(r.right() - 1, r.top(), 1, r.height() - 1), QColor(255, 255, 255, 30));
        } else if (header->orientation == Qt::Vertical) {
            painter->fillRect(QRect(r.right(), r.top(), 1, r.height()), outline);
        }
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

} // namespace vendo::ui
