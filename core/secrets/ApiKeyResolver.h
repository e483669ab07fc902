#pragma once

#include "secrets/SecretResult.h"

#include <QProcessEnvironment>

namespace vendo::secrets {

class SecretStore;

// Where the key in effect came from.
enum class ApiKeySource {
    None,
    Environment, // VENDO_API_KEY: wins for this process, the store is not consulted
    Keychain,
    Session,
};

struct ResolvedApiKey
{
    QString key; // never log or print it; show ApiKey::displayPrefix(key)
    ApiKeySource source = ApiKeySource::None;
    // Ok when a key was found; NotFound when no source had one; InvalidKey when VENDO_API_KEY is
    // malformed; otherwise the store's failure (NoService, LockedOrDenied, Timeout, Other).
    SecretStatus status = SecretStatus::NotFound;
    QString message; // translated; what to do when there is no key
    QString detail; // the backend's error text, when there was one

    bool ok() const { return status == SecretStatus::Ok; }

    // "environment", "keychain", "session", "none": stable, for JSON.
    static QString sourceId(ApiKeySource source);
    // Translated, for people: "the VENDO_API_KEY environment variable", "Secret Service", ...
    static QString sourceName(ApiKeySource source);
};

// The API key for a profile: VENDO_API_KEY when set (it overrides for that process), else the store.
// Blocking, with a local event loop bounded by the store's timeout: meant for the CLI.
class ApiKeyResolver
{
public:
    static constexpr const char *kEnvironmentVariable = "VENDO_API_KEY";

    explicit ApiKeyResolver(SecretStore &store,
                            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    ResolvedApiKey resolve(const QString &profileId) const;

    // Only VENDO_API_KEY, without touching the store. std::nullopt-like: source None when unset.
    ResolvedApiKey fromEnvironment() const;

private:
    SecretStore &m_store;
    QProcessEnvironment m_environment;
};

} // namespace vendo::secrets
