#pragma once

#include <QLabel>

namespace vendo::ui {

// A word-wrapped plain-text note for a space that is large anyway (a placeholder): its size hints do
// not measure the text. A word-wrapped QLabel lays its whole text out for every width a layout tries
// (size hint, minimum size, each height for width), shaping the paragraph each time; this one lays
// it out once per paint.
class NoteLabel : public QLabel
{
    Q_OBJECT

public:
    explicit NoteLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return false; }
};

} // namespace vendo::ui
