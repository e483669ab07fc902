#pragma once

#include <QAction>

class QLineEdit;

namespace vendo::ui {

// The "clear" button at the end of a line edit, shown while it holds text. Instead of
// QLineEdit::setClearButtonEnabled: that loads the style's PNG by file name, and Qt reads a PNG
// whose format is not named by asking every image-format plugin (gif, ico, jpeg, svg) whether it
// can read it, loading each one while the window opens. This icon is drawn from SVG.
class ClearAction : public QAction
{
    Q_OBJECT

public:
    explicit ClearAction(QLineEdit *edit);
};

} // namespace vendo::ui
