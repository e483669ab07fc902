#pragma once

#include <QString>

namespace vendo::ui {

// A tool tip that shows `text` literally. Qt renders a tool tip as rich text whenever its first line
// looks like HTML (Qt::mightBeRichText), so a claim, a slug or a service's error message such as
// `<img src=x><a href=...>` would be drawn as markup; every tool tip that carries token or service
// text goes through here. Line breaks are kept; empty stays empty (no tool tip).
QString plainToolTip(const QString &text);

// `text` with every run of more than `width` characters without a space (a revealed token, a URL) broken
// into lines of `width`: a label or tool tip then shows all of it instead of cutting it at its edge.
// Joining the lines of such a run gives it back unchanged.
QString brokenIntoLines(const QString &text, int width = 64);

} // namespace vendo::ui
