#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace vendo::ui {

// An inline message over a panel (errors, warnings, confirmations) instead of a modal dialog.
// One message at a time; a new one replaces the old.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Success, Warning, Error };
    Q_ENUM(Level)

    explicit MessageBar(QWidget *parent = nullptr);

    // `actionText` adds a button that runs `action` and then hides the bar.
    void showMessage(Level level, const QString &text, const QString &actionText = {},
                     std::function<void()> action = {});
    void clearMessage();
    // What the message is about (e.g. "key", "scope"): whoever owns a state clears its own message when
    // the state changes, and never another's. showMessage() and clearMessage() reset it.
    void setTopic(const QString &topic) { m_topic = topic; }
    QString topic() const { return m_topic; }
    // Clears the message only when it is about `topic`.
    void clearTopic(const QString &topic);

    QString text() const;
    Level level() const { return m_level; }
    QPushButton *actionButton() const { return m_actionButton; } // nullptr before the first message

signals:
    void linkActivated(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The icon, text and buttons: made for the first message (most bars never show one).
    void ensureContents();
    void applyColours();

    Level m_level = Level::Info;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_actionButton = nullptr;
    QToolButton *m_closeButton = nullptr;
    std::function<void()> m_action;
    QString m_topic;
};

} // namespace vendo::ui
