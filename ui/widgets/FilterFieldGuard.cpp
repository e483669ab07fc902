#include "ui/widgets/FilterFieldGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace vendo::ui {

void FilterFieldGuard::install(QLineEdit *field, std::function<bool(const QString &)> isIdentity)
{
    field->installEventFilter(new FilterFieldGuard(field, std::move(isIdentity)));
}

FilterFieldGuard::FilterFieldGuard(QLineEdit *field, std::function<bool(const QString &)> isIdentity)
    : QObject(field)
    , m_field(field)
    , m_isIdentity(std::move(isIdentity))
{ }

bool FilterFieldGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool escape = key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier;
    if (escape && !m_field->text().isEmpty()) {
        // The field takes Esc while it holds text (before any window shortcut), and clears it.
        if (event->type() == QEvent::ShortcutOverride)
            event->accept();
        else
            m_field->clear();
        return true;
    }
    if (key->matches(QKeySequence::Paste) && m_isIdentity(QGuiApplication::clipboard()->text())) {
        // Not the field's: the override is refused, so the window's paste shortcut runs instead.
        event->ignore();
        return true;
    }
    return false;
}

} // namespace vendo::ui
