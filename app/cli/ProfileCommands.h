#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace vendo::client {
class ProfileStore;
}

namespace vendo::cli {

// `profile list [--json]`, `profile add ID --base-url URL --credentials-url URL [...]`, `profile remove ID`:
// the custom profiles kept in the settings file the window reads too (ProfileStore::openSharedSettings).
// Exit codes: 0 done; 2 usage error (an invalid or built-in id, an unusable URL, an unknown profile).
int runProfile(const QStringList &arguments);

// The profile settings shared with the window (ProfileStore::openSharedSettings). Custom profiles still in
// the file the CLI used before are moved there first, with a note on standard error.
std::unique_ptr<QSettings> openProfileSettings();

// True when `id` names a profile the commands accept (a built-in, "sandbox" or a stored custom one);
// otherwise says so on standard error, with every known id, and returns false (the caller exits 2).
bool checkProfileKnown(const client::ProfileStore &store, const QString &id);

} // namespace vendo::cli
