#include "ui/widgets/IconStyle.h"

#include "ui/widgets/Icons.h"

#include <QApplication>

namespace vendo::ui {

IconStyle::IconStyle()
    : QProxyStyle(QApplication::style()->name())
{ }

QIcon IconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_LineEditClearButton:
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton:
        return actionIcon(QStringLiteral("clear-text"));
    case SP_TitleBarNormalButton:
        return actionIcon(QStringLiteral("float"));
    case SP_ToolBarHorizontalExtensionButton:
        return actionIcon(QStringLiteral("more"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace vendo::ui
