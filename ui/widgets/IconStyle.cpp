#include "ui/widgets/IconStyle.h"

#include "ui/widgets/Icons.h"

#include <QApplication>

namespace vendo::ui {

IconStyle::IconStyle()
    : QProxyStyle(QApplication::style()->name())
    , m_close(actionIcon(QStringLiteral("clear-text")))
    , m_float(actionIcon(QStringLiteral("float")))
    , m_more(actionIcon(QStringLiteral("more")))
{ }

QIcon IconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_LineEditClearButton:
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton:
        return m_close;
    case SP_TitleBarNormalButton:
        return m_float;
    case SP_ToolBarHorizontalExtensionButton:
        return m_more;
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace vendo::ui
