#pragma once

#include "client/Profile.h"

#include <QList>
#include <QString>

class QSettings;

namespace vendo::client {

// Profiles kept in QSettings. Only URLs, names and options are written, never a secret (the API key
// lives in the secret store under the profile id). Built-in profiles are not stored, only chosen.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    // Built-ins, then stored custom profiles (sorted by id).
    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &id) const;
    // Saves a Custom profile; refuses built-in ids and invalid profiles (returns the reason).
    QString save(const Profile &profile);
    bool remove(const QString &id);

    QString currentId() const; // "production" when unset
    void setCurrentId(const QString &id);

private:
    QSettings *m_settings;
};

} // namespace vendo::client
