#pragma once

#include "client/Profile.h"
#include "ui/window/KeyStatus.h"

#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace vendo::ui {

class Badge;

// The toolbar's left side: which environment we talk to, how dangerous it is, and the key's state.
class ProfileSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);

    void setProfiles(const QList<client::Profile> &profiles);
    void setCurrentProfile(const QString &id);
    client::Profile currentProfile() const;
    QList<client::Profile> profiles() const { return m_profiles; }

    // New, edit, duplicate, remove: offered in a small menu button beside the combo (none: no button).
    void setProfileActions(const QList<QAction *> &actions);
    QToolButton *profileMenuButton() const { return m_profileButton; }

    void setKeyStatus(const KeyStatus &status);
    KeyStatus keyStatus() const { return m_keyStatus; }
    // The whole status (where the key is, and why when it cannot be read) and the few words the
    // toolbar shows of it.
    QString keyStatusText() const;
    QString keyStatusShortText() const;
    QToolButton *keyButton() const { return m_keyButton; }
    Badge *environmentBadge() const { return m_badge; }

    static QString kindName(client::Profile::Kind kind);

signals:
    void profileChanged(const client::Profile &profile);
    void apiKeyRequested();

private:
    void updateBadge();

    QList<client::Profile> m_profiles;
    KeyStatus m_keyStatus;
    QComboBox *m_combo;
    QHBoxLayout *m_comboRow; // the combo and, when profiles can be edited, its menu button
    QToolButton *m_profileButton = nullptr;
    Badge *m_badge;
    QToolButton *m_keyButton;
};

} // namespace vendo::ui
