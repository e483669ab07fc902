#pragma once

#include "secrets/SecretJob.h"

#include <QObject>

namespace vendo::secrets {

// Where a profile's API key lives. Asynchronous: every call returns a started SecretJob.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Persistence {
        Keychain, // kept by the operating system's keychain across sessions
        SessionOnly, // memory only: gone when the process ends (the GUI shows a banner)
    };

    explicit SecretStore(QObject *parent = nullptr);

    // Reads the profile's key. NotFound when the store works and has none.
    virtual SecretJob *read(const QString &profileId) = 0;
    // Validates the key's format (ApiKey::check) before storing; a malformed key finishes with
    // InvalidKey and the check's specific message, and nothing is stored. The trimmed key is stored.
    virtual SecretJob *write(const QString &profileId, const QString &key) = 0;
    // Removes the profile's key. NotFound when there was none.
    virtual SecretJob *remove(const QString &profileId) = 0;

    virtual Persistence persistence() const = 0;
    bool isSessionOnly() const { return persistence() == Persistence::SessionOnly; }
    // Translated, for people: "Secret Service", "macOS Keychain", ..., or "this session only".
    virtual QString storageName() const = 0;

    // The per-profile entry name: "<profile>/api-key".
    static QString entryKey(const QString &profileId);
};

} // namespace vendo::secrets
