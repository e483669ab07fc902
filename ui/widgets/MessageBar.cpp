#include "ui/widgets/MessageBar.h"

#include "ui/widgets/Palette.h"
#include "ui/widgets/PlainToolTip.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace vendo::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    hide();
}

void MessageBar::ensureContents()
{
    if (m_text)
        return;
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_actionButton = new QPushButton(this);
    m_closeButton = new QToolButton(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Dismiss this message"));
    m_actionButton->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::clearMessage);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        auto action = std::move(m_action);
        clearMessage();
        if (action)
            action();
    });
    connect(m_text, &QLabel::linkActivated, this, &MessageBar::linkActivated);
}

void MessageBar::showMessage(Level level, const QString &text, const QString &actionText, std::function<void()> action)
{
    ensureContents();
    m_level = level;
    m_topic.clear();
    m_text->setText(shownText(text)); // it often names a file, a server's message or a URL
    m_action = std::move(action);
    m_actionButton->setText(actionText);
    m_actionButton->setVisible(!actionText.isEmpty());
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (level == Level::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (level == Level::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (level == Level::Success)
        icon = QStyle::SP_DialogApplyButton;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    applyColours();
    show();
}

void MessageBar::clearTopic(const QString &topic)
{
    if (m_topic == topic)
        clearMessage();
}

void MessageBar::clearMessage()
{
    m_action = {};
    m_topic.clear();
    if (m_text)
        m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text && (isVisible() || !isHidden()) ? m_text->text() : QString();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Our own setPalette() sends PaletteChange too: follow only the application's palette.
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

void MessageBar::applyColours()
{
    Tone tone = Tone::Info;
    switch (m_level) {
    case Level::Info:
        tone = Tone::Info;
        break;
    case Level::Success:
        tone = Tone::Good;
        break;
    case Level::Warning:
        tone = Tone::Warning;
        break;
    case Level::Error:
        tone = Tone::Bad;
        break;
    }
    QPalette pal = QApplication::palette();
    pal.setColor(QPalette::Window, Palette::tint(tone, pal));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
    setPalette(pal);
}

} // namespace vendo::ui
