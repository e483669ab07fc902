#pragma once

#include <QString>

namespace vendo::ui {

// Text from a token, a server, a file or a HAR as the window shows it: every character that could
// reorder the line or act on a terminal (jwt::isTerminalUnsafe: the bidirectional overrides and
// isolates, C0, DEL, C1) written as a visible \u escape, the rule the CLI and the reports follow,
// so a right-to-left override cannot make "exe.gnp" read as "png.exe" in a label, a cell or a tool
// tip. Line breaks are kept (multi-line labels stay multi-line); text without such a character is
// returned as it is, shared, not copied. Labels that show it are plain text as well (Qt::PlainText).
QString shownText(const QString &text);

// A tool tip that shows `text` literally. Qt renders a tool tip as rich text whenever its first line
// looks like HTML (Qt::mightBeRichText), so a claim, a slug or a service's error message such as
// `<img src=x><a href=...>` would be drawn as markup; every tool tip that carries token or service
// text goes through here, and through shownText() first. Line breaks are kept; empty stays empty.
QString plainToolTip(const QString &text);

// `text` with every run of more than `width` characters without a space (a revealed token, a URL) broken
// into lines of `width`: a label or tool tip then shows all of it instead of cutting it at its edge.
// Joining the lines of such a run gives it back unchanged.
QString brokenIntoLines(const QString &text, int width = 64);

} // namespace vendo::ui
