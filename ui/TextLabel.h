#pragma once

#include <QLabel>

#include <optional>

namespace vendo::ui {

// A one-line plain-text label (a status, a caption, a field's name) whose size hints measure its
// text once per text, font and margins. QLabel lays its text out three times for a minimum size hint
// (at no width, at any width and at its preferred width, as if it might wrap) and again after every
// change; for the window's half-dozen captions that was ~0.7 M instructions of its first frame.
// The sizes are QLabel's own; a label that wraps, indents, has a margin or draws a frame is measured
// by QLabel, as is an empty one.
class TextLabel : public QLabel
{
    Q_OBJECT

public:
    explicit TextLabel(QWidget *parent = nullptr);
    explicit TextLabel(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the measured size depends on besides the font and style (which invalidate it).
    struct Measured
    {
        QString text;
        Qt::Alignment alignment;
        QMargins margins;
        QSize minimumSize;
        bool mnemonic = false;
        QSize size;
    };
    bool measuredByQLabel() const;
    QSize measure() const;

    mutable std::optional<Measured> m_measured;
};

} // namespace vendo::ui
