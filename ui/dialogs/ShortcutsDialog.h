#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace vendo::ui {

// The keyboard shortcuts at a glance (F1 or Ctrl+/): every window action with a shortcut, read from
// the menus so the sheet cannot drift from them, then the keys that act inside one panel.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct PanelKey
    {
        QString keys; // native text, e.g. "Ctrl+R"
        QString what; // translated
        QString where; // translated panel name
    };

    ShortcutsDialog(const QList<QAction *> &menuActions, const QList<PanelKey> &panelKeys, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace vendo::ui
