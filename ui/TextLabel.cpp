#include "ui/TextLabel.h"

#include <QEvent>
#include <QStyle>
#include <QStyleOption>

namespace vendo::ui {

namespace {
// QLabel's width for a label that does not wrap: any text fits.
constexpr int kUnwrappedWidth = 2000;
} // namespace

TextLabel::TextLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

TextLabel::TextLabel(const QString &text, QWidget *parent)
    : TextLabel(parent)
{
    setText(text);
}

bool TextLabel::measuredByQLabel() const
{
    return text().isEmpty() || wordWrap() || indent() >= 0 || margin() != 0 || frameWidth() != 0
        || textFormat() != Qt::PlainText;
}

QSize TextLabel::measure() const
{
    // QLabel's size for unwrapped plain text (QLabelPrivate::sizeForWidth): the text's bounding
    // rectangle in the text's own direction, without centring (which would round), with the
    // mnemonic shown or hidden as the style paints it, plus the contents margins.
    const Qt::LayoutDirection direction = text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    int flags = QStyle::visualAlignment(direction, alignment()) & ~(Qt::AlignVCenter | Qt::AlignHCenter);
    if (buddy() && text().contains(QLatin1Char('&'))) {
        flags |= Qt::TextShowMnemonic;
        QStyleOption option;
        option.initFrom(this);
        if (!style()->styleHint(QStyle::SH_UnderlineShortcut, &option, this))
            flags |= Qt::TextHideMnemonic;
    }
    const QMargins margins = contentsMargins();
    const int width = kUnwrappedWidth - margins.left() - margins.right();
    const QRect bounds = fontMetrics().boundingRect(0, 0, width, kUnwrappedWidth, flags, text());
    return QSize(bounds.width() + margins.left() + margins.right(), bounds.height() + margins.top() + margins.bottom())
        .expandedTo(minimumSize());
}

QSize TextLabel::sizeHint() const
{
    if (measuredByQLabel())
        return QLabel::sizeHint();
    const bool mnemonic = buddy() != nullptr;
    if (!m_measured || m_measured->text != text() || m_measured->alignment != alignment()
        || m_measured->margins != contentsMargins() || m_measured->minimumSize != minimumSize()
        || m_measured->mnemonic != mnemonic) {
        ensurePolished();
        m_measured = Measured { text(), alignment(), contentsMargins(), minimumSize(), mnemonic, measure() };
    }
    return m_measured->size;
}

QSize TextLabel::minimumSizeHint() const
{
    // One line, unwrapped: QLabel's minimum is its preferred size.
    return measuredByQLabel() ? QLabel::minimumSizeHint() : sizeHint();
}

void TextLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
        m_measured.reset();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace vendo::ui
