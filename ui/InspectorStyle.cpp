#include "ui/InspectorStyle.h"

#include "ui/IconEngine.h"

#include <QMainWindow>
#include <QPainter>
#include <QPixmapCache>
#include <QStyleOption>
#include <QWidget>
#include <QWindow>

#include <variant>

namespace vendo::ui {

namespace {

// Fusion's anti-aliased rounded panels (a line edit's, a button's) cost in proportion to
// their width: the line edit of the connections filter alone took ~0.6 M instructions to stroke and
// fill. Their middle is the same column repeated, so one narrow rendering per look is drawn once and
// its middle column stretched: kSliceEdge pixels from each end are Fusion's corners and ends. (A
// tab's shape is not: Fusion draws it beyond its rectangle.)
constexpr int kSliceEdge = 8;
constexpr int kSliceWidth = 2 * kSliceEdge + 1;
constexpr int kSliceMaxHeight = 64;

// A copy of an option of one of the types the slicing knows (QStyleOption's destructor is not
// virtual: a copy is kept as its own type, never deleted through the base).
using OptionCopy
    = std::variant<std::monostate, QStyleOptionFrame, QStyleOptionButton, QStyleOptionToolButton, QStyleOptionComboBox>;

// `option` (as its own type, kept in `storage`) with `rect`, and what besides state, palette,
// direction and height its look depends on; nullptr for a type the slicing does not know.
QStyleOption *withRect(const QStyleOption *option, const QRect &rect, QString *look, OptionCopy *storage)
{
    QStyleOption *copy = nullptr;
    if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option)) {
        *look = QStringLiteral("frame:%1:%2:%3:%4")
                    .arg(frame->lineWidth)
                    .arg(frame->midLineWidth)
                    .arg(int(frame->features))
                    .arg(int(frame->frameShape));
        copy = &storage->emplace<QStyleOptionFrame>(*frame);
    } else if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option)) {
        *look = QStringLiteral("button:%1").arg(int(button->features));
        copy = &storage->emplace<QStyleOptionButton>(*button);
    } else if (const auto *toolButton = qstyleoption_cast<const QStyleOptionToolButton *>(option)) {
        *look = QStringLiteral("toolbutton:%1:%2:%3")
                    .arg(int(toolButton->features))
                    .arg(int(toolButton->subControls))
                    .arg(int(toolButton->activeSubControls));
        copy = &storage->emplace<QStyleOptionToolButton>(*toolButton);
    } else if (const auto *combo = qstyleoption_cast<const QStyleOptionComboBox *>(option)) {
        *look = QStringLiteral("combo:%1:%2:%3:%4")
                    .arg(int(combo->editable))
                    .arg(int(combo->frame))
                    .arg(int(combo->subControls))
                    .arg(int(combo->activeSubControls));
        copy = &storage->emplace<QStyleOptionComboBox>(*combo);
    } else {
        return nullptr;
    }
    copy->rect = rect;
    return copy;
}

} // namespace

bool InspectorStyle::isFusion() const
{
    // What is drawn here in Fusion's colours, or checked against Fusion's drawing, is Fusion's only:
    // over another style (a desktop's own, Windows', macOS's) that style draws everything.
    return baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

bool InspectorStyle::drawSliced(int element, const QStyleOption *option, QPainter *painter,
                                const std::function<void(const QStyleOption *, QPainter *)> &draw) const
{
    const QRect r = option->rect;
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    if (r.width() < 3 * kSliceWidth || r.height() <= 0 || r.height() > kSliceMaxHeight || ratio != 1.0
        || painter->worldTransform().type() > QTransform::TxTranslate || painter->opacity() != 1.0
        || painter->compositionMode() != QPainter::CompositionMode_SourceOver)
        return false;
    QString look;
    OptionCopy storage;
    const QStyleOption *narrow = withRect(option, QRect(0, 0, kSliceWidth, r.height()), &look, &storage);
    if (!narrow)
        return false;
    const QString key = QStringLiteral("vendo-slice:%1:%2:%3:%4:%5:%6")
                            .arg(element)
                            .arg(look)
                            .arg(r.height())
                            .arg(uint(option->state))
                            .arg(option->palette.cacheKey())
                            .arg(int(option->direction));
    QPixmap slice;
    if (!QPixmapCache::find(key, &slice)) {
        slice = QPixmap(kSliceWidth, r.height());
        slice.fill(Qt::transparent);
        QPainter slicePainter(&slice);
        draw(narrow, &slicePainter);
        slicePainter.end();
        QPixmapCache::insert(key, slice);
    }
    const int h = r.height();
    painter->drawPixmap(QRect(r.left(), r.top(), kSliceEdge, h), slice, QRect(0, 0, kSliceEdge, h));
    painter->drawPixmap(QRect(r.left() + kSliceEdge, r.top(), r.width() - 2 * kSliceEdge, h), slice,
                        QRect(kSliceEdge, 0, 1, h));
    painter->drawPixmap(QRect(r.right() - kSliceEdge + 1, r.top(), kSliceEdge, h), slice,
                        QRect(kSliceWidth - kSliceEdge, 0, kSliceEdge, h));
    return true;
}

QIcon InspectorStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton:
        return IconEngine::actionIcon(QStringLiteral("dock-close"));
    case SP_TitleBarNormalButton:
        return IconEngine::actionIcon(QStringLiteral("dock-float"));
    case SP_ToolBarHorizontalExtensionButton:
        return IconEngine::actionIcon(QStringLiteral("toolbar-more"));
    case SP_ToolBarVerticalExtensionButton:
        return IconEngine::actionIcon(QStringLiteral("toolbar-more-vertical"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

void InspectorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    // Fusion's PE_Frame: an outline in the window colour darkened, with a one-pixel pen, over the
    // whole rectangle (the frame of a combo box's pop-up is a menu's, left to Fusion).
    const QRect r = option->rect;
    if (element == PE_Frame && isFusion() && !r.isEmpty() && painter->worldTransform().type() <= QTransform::TxTranslate
        && option->palette.window().style() == Qt::SolidPattern
        && !(widget && widget->inherits("QComboBoxPrivateContainer"))) {
        const QColor outline = option->palette.window().color().darker(140).lighter(108);
        painter->fillRect(QRect(r.left(), r.top(), r.width(), 1), outline);
        if (r.height() > 1)
            painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), outline);
        if (r.height() > 2) {
            painter->fillRect(QRect(r.left(), r.top() + 1, 1, r.height() - 2), outline);
            if (r.width() > 1)
                painter->fillRect(QRect(r.right(), r.top() + 1, 1, r.height() - 2), outline);
        }
        return;
    }
    if ((element == PE_PanelLineEdit || element == PE_PanelButtonCommand) && isFusion()) {
        const auto draw = [&](const QStyleOption *narrow, QPainter *slicePainter) {
            QProxyStyle::drawPrimitive(element, narrow, slicePainter, widget);
        };
        if (drawSliced(element, option, painter, draw))
            return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void InspectorStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    // Fusion's colours and gradients (qfusionstyle.cpp, Qt 6.4); only the way the lines are drawn differs.
    const auto *toolBar = qstyleoption_cast<const QStyleOptionToolBar *>(option);
    if (element == CE_ToolBar && isFusion() && toolBar && widget
        && qobject_cast<const QMainWindow *>(widget->parentWidget()) && toolBar->toolBarArea == Qt::TopToolBarArea
        && (toolBar->positionOfLine == QStyleOptionToolBar::End
            || toolBar->positionOfLine == QStyleOptionToolBar::OnlyOne)) {
        // A top toolbar on the last (or only) line: a double line at the bottom meets the docks.
        const QRect r = option->rect;
        QLinearGradient gradient(r.topLeft(), r.bottomLeft());
        gradient.setColorAt(0, option->palette.window().color().lighter(104));
        gradient.setColorAt(1, option->palette.window().color());
        painter->fillRect(r, gradient);
        painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), QColor(255, 255, 255, 90));
        painter->fillRect(QRect(r.left(), r.bottom() - 1, r.width(), 1), QColor(0, 0, 0, 60));
        return;
    }
    if (element == CE_HeaderSection && isFusion()) {
        const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
        if (!header) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        const QRect r = option->rect;
        QColor button = option->palette.button().color();
        button = button.lighter(100 + qMax(1, (180 - qGray(button.rgb())) / 6));
        button.setHsv(button.hue(), int(button.saturation() * 0.75), button.value());
        QLinearGradient gradient(r.topLeft(), r.bottomLeft());
        gradient.setColorAt(0, button.lighter(104));
        gradient.setColorAt(1, button.darker(102));
        painter->fillRect(r, gradient);
        const QColor outline = option->palette.window().color().darker(140);
        painter->fillRect(QRect(r.left(), r.top(), r.width(), 1), QColor(255, 255, 255, 30));
        painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), outline);
        if (header->orientation == Qt::Horizontal && header->position != QStyleOptionHeader::End
            && header->position != QStyleOptionHeader::OnlyOneSection) {
            painter->fillRect(QRect(r.right(), r.top(), 1, r.height() - 1), QColor(0, 0, 0, 40));
            painter->fillRect(QRect(r.right() - 1, r.top(), 1, r.height() - 1), QColor(255, 255, 255, 30));
        } else if (header->orientation == Qt::Vertical) {
            painter->fillRect(QRect(r.right(), r.top(), 1, r.height()), outline);
        }
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

int InspectorStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                              QStyleHintReturn *returnData) const
{
    if (hint == SH_Widget_Animation_Duration && widget) {
        const QWindow *window = widget->window()->windowHandle();
        if (!window || !window->isExposed())
            return 0;
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace vendo::ui
