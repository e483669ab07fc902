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

// The key in effect (never log or print it; show ApiKey::displayPrefix(key)) and where it came from.
struct ApiKeyInEffect
{
    QString key;
    ApiKeySource source = ApiKeySource::None;
};

// The API key in effect, or why there is none: NotFound when no source had one (from
// ApiKeyResolver::fromEnvironment: VENDO_API_KEY is not set); InvalidKey when VENDO_API_KEY is set but
// malformed (it still wins, and the store is not asked); otherwise the store's failure (NoService,
// LockedOrDenied, Timeout, Other), whose message says what to do and whose detail is the backend's.
using ResolvedApiKey = std::expected<ApiKeyInEffect, SecretError>;

// Whether a result of ApiKeyResolver::fromEnvironment means that the variable is set, usable or not:
// then it is the key in effect for the process.
inline bool environmentIsSet(const ResolvedApiKey &fromEnvironment)
{
    return fromEnvironment || fromEnvironment.error().status != SecretStatus::NotFound;
}

// "environment", "keychain", "session", "none": stable, for JSON.
QString apiKeySourceId(ApiKeySource source);
// Translated, for people: "the VENDO_API_KEY environment variable", "Secret Service", ...
QString apiKeySourceName(ApiKeySource source);

// The API key for a profile: VENDO_API_KEY when set (it overrides for that process), else the store.
// Blocking, with a local event loop bounded by the store's timeout: meant for the CLI.
class ApiKeyResolver
{
public:
    static constexpr const char *kEnvironmentVariable = "VENDO_API_KEY";

    explicit ApiKeyResolver(SecretStore &store,
                            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    ResolvedApiKey resolve(const QString &profileId) const;

    // Only VENDO_API_KEY, without touching the store: NotFound when it is not set (environmentIsSet).
    ResolvedApiKey fromEnvironment() const;

private:
    SecretStore &m_store;
    QProcessEnvironment m_environment;
};

} // namespace vendo::secrets
