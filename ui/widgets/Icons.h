#pragma once

#include <QIcon>
#include <QString>

namespace vendo::ui {

// The window's icons, from the SVGs compiled in under :/icons (resources/icons).
// resources/icons/actions/<name>.svg as a toolbar or menu icon. The action icons are drawn in one
// neutral grey; they are painted in the palette's text colour of the moment, so that they read on
// light and dark themes alike (and greyed out when disabled).
QIcon actionIcon(const QString &name);
// The application's own icon, in its colours.
QIcon applicationIcon();

} // namespace vendo::ui
