#include "ui/InspectorStyle.h"

#include "ui/IconEngine.h"

#include <QMainWindow>
#include <QPainter>
#include <QStyleOption>
#include <QWidget>
#include <QWindow>

namespace vendo::ui {

QIcon InspectorStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton:
        return IconEngine::actionIcon(QStringLiteral("dock-close"));
    case SP_TitleBarNormalButton:
        return IconEngine::actionIcon(QStringLiteral("dock-float"));
    case SP_ToolBarHorizontalExtensionButton:
        return IconEngine::actionIcon(QStringLiteral("toolbar-more"));
    case SP_ToolBarVerticalExtensionButton:
        return IconEngine::actionIcon(QStringLiteral("toolbar-more-vertical"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

void InspectorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    // Fusion's PE_Frame: an outline in the window colour darkened, with a one-pixel pen, over the
    // whole rectangle (the frame of a combo box's pop-up is a menu's, left to Fusion).
    const QRect r = option->rect;
    if (element == PE_Frame && !r.isEmpty() && painter->worldTransform().type() <= QTransform::TxTranslate
        && option->palette.window().style() == Qt::SolidPattern
        && !(widget && widget->inherits("QComboBoxPrivateContainer"))) {
        const QColor outline = option->palette.window().color().darker(140).lighter(108);
        painter->fillRect(QRect(r.left(), r.top(), r.width(), 1), outline);
        if (r.height() > 1)
            painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), outline);
        if (r.height() > 2) {
            painter->fillRect(QRect(r.left(), r.top() + 1, 1, r.height() - 2), outline);
            if (r.width() > 1)
                painter->fillRect(QRect(r.right(), r.top() + 1, 1, r.height() - 2), outline);
        }
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
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

int InspectorStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                              QStyleHintReturn *returnData) const
{
    if (hint == SH_Widget_Animation_Duration && widget) {
        const QWindow *window = widget->window()->windowHandle();
        if (!window || !window->isExposed())
            return 0;
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace vendo::ui
