#include "ui/widgets/BadgeDelegate.h"

#include "ui/widgets/Palette.h"

#include <QApplication>
#include <QPainter>

namespace vendo::ui {

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant toneValue = index.data(kToneRole);
    if (!toneValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection) as usual, then the badge instead of the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const auto tone = Tone(toneValue.toInt());
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font; // bold, as Badge
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = qMin(option.rect.width() - 8, metrics.horizontalAdvance(text) + 16);
    const int height = qMin(option.rect.height() - 4, metrics.height() + 4);
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Palette::strong(tone, option.palette));
    painter->drawRoundedRect(badge, 4, 4);
    painter->setFont(font);
    painter->setPen(Palette::onStrong(tone, option.palette));
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - 8));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(kToneRole).isValid())
        size.rwidth() += 24;
    return size;
}

} // namespace vendo::ui
