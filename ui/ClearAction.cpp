#include "ui/ClearAction.h"

#include "ui/SvgIconEngine.h"

#include <QLineEdit>

namespace vendo::ui {

namespace {
// A cross in the action icons' source colour (drawn in the palette's text colour, light or dark).
constexpr char kClearSvg[]
    = R"(<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">)"
      R"(<path d="M4.5 4.5l7 7M11.5 4.5l-7 7" fill="none" stroke="#5f6b7a" stroke-width="1.6" stroke-linecap="round"/>)"
      R"(</svg>)";
} // namespace

ClearAction::ClearAction(QLineEdit *edit)
    : QAction(SvgIconEngine::fromSource(QByteArray(kClearSvg)), tr("Clear"), edit)
{
    setObjectName(edit->objectName() + QStringLiteral("Clear"));
    setToolTip(tr("Clear the text"));
    edit->addAction(this, QLineEdit::TrailingPosition);
    // After adding: the line edit shows or hides the button when the action changes.
    setVisible(!edit->text().isEmpty());
    connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) { setVisible(!text.isEmpty()); });
    connect(this, &QAction::triggered, edit, [edit] {
        // As the built-in button does: an edit by the user, so textEdited observers hear of it too.
        if (edit->text().isEmpty())
            return;
        edit->clear();
        emit edit->textEdited(QString());
    });
}

} // namespace vendo::ui
