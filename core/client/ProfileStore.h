#pragma once

#include "client/Profile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace vendo::client {

// Profiles kept in QSettings. Only URLs, names and options are written, never a secret (the API key
// lives in the secret store under the profile id). Built-in profiles are not stored, only chosen.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    // The one settings file both programs keep their profiles in (docs/architecture.md, "Profiles"):
    // organisation "Vendo", application "vendo-inspector", native format, user scope - on Linux
    // $XDG_CONFIG_HOME/Vendo/vendo-inspector.conf. The window keeps its geometry there too.
    static std::unique_ptr<QSettings> openSharedSettings();
    // The file the CLI kept its profiles in before they were shared (organisation "Vendo", application
    // "vendo-inspector-cli").
    static std::unique_ptr<QSettings> openLegacyCliSettings();
    // Moves the custom profiles of `legacy` that this store lacks into it, then removes every profile
    // from `legacy` (a profile kept by both would come back after "profile remove"). Returns the ids moved.
    QStringList adoptLegacyProfiles(QSettings *legacy);
    // Letters, digits, ".", "_" and "-", starting with a letter or digit, at most 64: usable as a
    // settings group and a keychain entry name.
    static bool isValidId(const QString &id);
    static bool isBuiltInId(const QString &id); // production, staging and sandbox

    // Built-ins, then stored custom profiles (sorted by id).
    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &id) const;
    // Every id a profile option accepts: the built-ins, "sandbox", then the custom ones.
    QStringList knownIds() const;
    // Saves a Custom profile; refuses built-in ids and invalid profiles (returns the reason).
    QString save(const Profile &profile);
    bool remove(const QString &id);

    QString currentId() const; // "production" when unset
    void setCurrentId(const QString &id);

private:
    QSettings *m_settings;
};

} // namespace vendo::client
