#pragma once

#include "client/Profile.h"
#include "ui/window/KeyStatus.h"

#include <QWidget>

class QComboBox;
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
    Badge *m_badge;
    QToolButton *m_keyButton;
};

} // namespace vendo::ui
