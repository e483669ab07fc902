#pragma once

#include "ui/widgets/Palette.h"

#include <QLabel>

namespace vendo::ui {

// A small rounded label whose colour says what it means (environment, verdict, status).
class Badge : public QLabel
{
    Q_OBJECT

public:
    explicit Badge(QWidget *parent = nullptr);

    void setBadge(const QString &text, Tone tone, const QString &toolTip = {});
    Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyStyle();

    Tone m_tone = Tone::Neutral;
};

} // namespace vendo::ui
