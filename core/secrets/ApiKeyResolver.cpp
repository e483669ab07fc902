#include "secrets/ApiKeyResolver.h"

#include "secrets/ApiKey.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/Logging.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace vendo::secrets {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::secrets::ApiKeyResolver)
};

} // namespace

QString apiKeySourceId(ApiKeySource source)
{
    switch (source) {
    case ApiKeySource::Environment:
        return QStringLiteral("environment");
    case ApiKeySource::Keychain:
        return QStringLiteral("keychain");
    case ApiKeySource::Session:
        return QStringLiteral("session");
    case ApiKeySource::None:
        break;
    }
    return QStringLiteral("none");
}

QString apiKeySourceName(ApiKeySource source)
{
    switch (source) {
    case ApiKeySource::Environment:
        return Tr::tr("the VENDO_API_KEY environment variable");
    case ApiKeySource::Keychain:
        return KeychainSecretStore::platformKeychainName();
    case ApiKeySource::Session:
        return Tr::tr("this session only (not saved)");
    case ApiKeySource::None:
        break;
    }
    return Tr::tr("nowhere");
}

ApiKeyResolver::ApiKeyResolver(SecretStore &store, const QProcessEnvironment &environment)
    : m_store(store)
    , m_environment(environment)
{ }

ResolvedApiKey ApiKeyResolver::fromEnvironment() const
{
    const QString variable = QString::fromLatin1(kEnvironmentVariable);
    if (!m_environment.contains(variable)) {
        SecretError unset = SecretError::make(SecretOperation::Read, SecretStatus::NotFound);
        unset.message = Tr::tr("VENDO_API_KEY is not set.");
        return std::unexpected(unset);
    }
    SecretCheck check = ApiKey::check(m_environment.value(variable));
    qCDebug(lcKeychain).noquote() << QStringLiteral("API key: from VENDO_API_KEY (%1); the keychain is not asked")
                                         .arg(check ? QStringLiteral("valid") : QStringLiteral("not a valid key"));
    if (!check) {
        SecretError error = check.error();
        error.operation = SecretOperation::Read;
        error.message = Tr::tr("VENDO_API_KEY is set but is not a valid API key: %1").arg(error.message);
        return std::unexpected(error);
    }
    return ApiKeyInEffect { check->value, ApiKeySource::Environment };
}

ResolvedApiKey ApiKeyResolver::resolve(const QString &profileId) const
{
    ResolvedApiKey fromEnv = fromEnvironment();
    if (environmentIsSet(fromEnv))
        return fromEnv;

    qCDebug(lcKeychain).noquote() << QStringLiteral("API key for profile %1: asking the %2")
                                         .arg(profileId,
                                              m_store.isSessionOnly() ? QStringLiteral("session store")
                                                                      : QStringLiteral("keychain"));
    SecretJob *job = m_store.read(profileId);
    const SecretResult result = job->waitForFinished();
    job->deleteLater();
    if (result)
        return ApiKeyInEffect { *result, m_store.isSessionOnly() ? ApiKeySource::Session : ApiKeySource::Keychain };
    SecretError error = result.error();
    if (error.status == SecretStatus::NotFound) {
        error.message = Tr::tr("No API key for profile \"%1\": store one with \"vendo-inspector-cli key set --profile "
                               "%1\" or set VENDO_API_KEY.")
                            .arg(profileId);
    }
    return std::unexpected(error);
}

} // namespace vendo::secrets
