#include "ui/HeaderView.h"

#include <QEvent>
#include <QIcon>
#include <QStyleOptionHeader>

namespace vendo::ui {

HeaderView::HeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setHighlightSections(false);
}

QSize HeaderView::sectionSizeFromContents(int logicalIndex) const
{
    if (!model() || logicalIndex < 0)
        return {};
    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QIcon icon = qvariant_cast<QIcon>(model()->headerData(logicalIndex, orientation(), Qt::DecorationRole));
    const auto cached = m_measured.constFind(logicalIndex);
    if (cached != m_measured.cend() && cached->text == text && cached->iconKey == icon.cacheKey()
        && cached->sortIndicator == isSortIndicatorShown())
        return cached->size;

    // As QHeaderView measures (qheaderview.cpp, Qt 6.4), in the header's own font.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.section = logicalIndex;
    option.text = text;
    option.icon = icon;
    QSize size = style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(100, 30), this);
    if (isSortIndicatorShown()) {
        const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, &option, this);
        if (orientation() == Qt::Horizontal)
            size.rwidth() += size.height() + margin;
        else
            size.rheight() += size.width() + margin;
    }
    m_measured.insert(logicalIndex, { text, icon.cacheKey(), isSortIndicatorShown(), size });
    return size;
}

void HeaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_measured.clear();
    QHeaderView::changeEvent(event);
}

} // namespace vendo::ui
