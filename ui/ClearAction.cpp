#include "ui/ClearAction.h"

#include "ui/IconEngine.h"

#include <QLineEdit>

namespace vendo::ui {

ClearAction::ClearAction(QLineEdit *edit)
    : QAction(IconEngine::actionIcon(QStringLiteral("clear-text")), tr("Clear"), edit)
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
