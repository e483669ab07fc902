#include "ui/widgets/IconStyle.h"

#include "ui/widgets/Icons.h"

#include <QApplication>

namespace vendo::ui {

IconStyle::IconStyle()
    : QProxyStyle(QApplication::style()->name())
{ }

QIcon IconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    if (standardIcon == SP_LineEditClearButton)
        return actionIcon(QStringLiteral("clear-text"));
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

} // namespace vendo::ui
