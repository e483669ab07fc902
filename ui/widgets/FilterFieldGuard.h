#pragma once

#include <QObject>

#include <functional>

class QLineEdit;

namespace vendo::ui {

// Keeps a filter field a filter (issue 19, item 9): Esc clears it, and Ctrl+V of identity-shaped
// text (a token, a header block, a curl command, a HAR) is left to the window's "Paste identity"
// instead of landing in the field, signature in plain view. Other text pastes as usual.
class FilterFieldGuard : public QObject
{
    Q_OBJECT

public:
    // `isIdentity` tells identity-shaped text from a filter word; the guard is a child of `field`.
    static void install(QLineEdit *field, std::function<bool(const QString &)> isIdentity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FilterFieldGuard(QLineEdit *field, std::function<bool(const QString &)> isIdentity);

    QLineEdit *m_field;
    std::function<bool(const QString &)> m_isIdentity;
};

} // namespace vendo::ui
