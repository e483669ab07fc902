#pragma once

#include "secrets/SecretJob.h"
#include "secrets/SecretResult.h"

#include <QObject>

namespace vendo::secrets {

// What a store holds. A store instance serves one kind (setKind()); the default is the API key.
enum class SecretKind {
    ApiKey, // "<profile>/api-key", checked by ApiKey::check
    WebhookSecret, // "<profile>/webhook-secret", checked by WebhookSecret::check
};

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

    // The per-profile entry name: "<profile>/api-key" or "<profile>/webhook-secret".
    static QString entryKey(const QString &profileId, SecretKind kind = SecretKind::ApiKey);

    // The kind of secret this store reads and writes (the entry name and the format check).
    SecretKind kind() const { return m_kind; }
    void setKind(SecretKind kind) { m_kind = kind; }
    // The format check of `kind` (ApiKey::check or WebhookSecret::check) in one shape.
    static SecretCheck check(SecretKind kind, const QString &input);
    // The only form of a secret people see (ApiKey::displayPrefix or WebhookSecret::displayPrefix).
    static QString displayPrefix(SecretKind kind, const QString &secret);

private:
    SecretKind m_kind = SecretKind::ApiKey;
};

} // namespace vendo::secrets
