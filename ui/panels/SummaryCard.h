#pragma once

#include "ui/report/CaseSummary.h"

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

namespace vendo::ui {

// The case at a glance, below the identity: who, tenant, token state and the connections that fail
// (with the SDK class). Its button (the window's "Copy case summary", Ctrl+Shift+S) puts the same facts
// on the clipboard as plain text. Hidden while no identity is loaded.
class SummaryCard : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryCard(QWidget *parent = nullptr);

    void setSummary(const CaseSummary &summary);
    // The button runs `action` (the window's, so that its shortcut and menu entry are one thing).
    void setCopyAction(QAction *action);

    QString whoText() const; // name and email (the whole "who" is its tool tip)
    QString tenantText() const;
    QString tokenText() const;
    QString failingText() const;
    QToolButton *copyButton() const { return m_copy; }

private:
    QLabel *m_title;
    QLabel *m_who;
    QLabel *m_tenant;
    QLabel *m_token;
    QLabel *m_failing;
    QToolButton *m_copy;
};

} // namespace vendo::ui
