#pragma once

#include <QStyledItemDelegate>

namespace vendo::ui {

// Draws a cell as a coloured badge. The model gives the tone (a ui::Tone as int) in kToneRole;
// cells without a tone are drawn normally.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kToneRole = Qt::UserRole + 100;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace vendo::ui
