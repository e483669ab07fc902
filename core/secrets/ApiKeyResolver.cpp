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

QString ResolvedApiKey::sourceId(ApiKeySource source)
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

QString ResolvedApiKey::sourceName(ApiKeySource source)
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
    ResolvedApiKey resolved;
    const QString variable = QString::fromLatin1(kEnvironmentVariable);
    if (!m_environment.contains(variable)) {
        resolved.message = Tr::tr("VENDO_API_KEY is not set.");
        return resolved;
    }
    resolved.source = ApiKeySource::Environment;
    const ApiKeyCheck check = ApiKey::check(m_environment.value(variable));
    qCDebug(lcKeychain).noquote() << QStringLiteral("API key: from VENDO_API_KEY (%1); the keychain is not asked")
                                         .arg(check.ok() ? QStringLiteral("valid") : QStringLiteral("not a valid key"));
    if (!check.ok()) {
        resolved.status = SecretStatus::InvalidKey;
        resolved.message = Tr::tr("VENDO_API_KEY is set but is not a valid API key: %1").arg(check.message);
        return resolved;
    }
    resolved.status = SecretStatus::Ok;
    resolved.key = check.key;
    return resolved;
}

ResolvedApiKey ApiKeyResolver::resolve(const QString &profileId) const
{
    ResolvedApiKey fromEnv = fromEnvironment();
    if (fromEnv.source == ApiKeySource::Environment)
        return fromEnv;

    qCDebug(lcKeychain).noquote() << QStringLiteral("API key for profile %1: asking the %2")
                                         .arg(profileId,
                                              m_store.isSessionOnly() ? QStringLiteral("session store")
                                                                      : QStringLiteral("keychain"));
    SecretJob *job = m_store.read(profileId);
    const SecretResult result = job->waitForFinished();
    job->deleteLater();

    ResolvedApiKey resolved;
    resolved.status = statusOf(result);
    if (result) {
        resolved.key = *result;
        resolved.source = m_store.isSessionOnly() ? ApiKeySource::Session : ApiKeySource::Keychain;
        return resolved;
    }
    resolved.detail = result.error().detail;
    resolved.message = result.error().status == SecretStatus::NotFound
        ? Tr::tr("No API key for profile \"%1\": store one with \"vendo-inspector-cli key set --profile %1\" "
                 "or set VENDO_API_KEY.")
              .arg(profileId)
        : result.error().message;
    return resolved;
}

} // namespace vendo::secrets
