#include "secrets/SecretStore.h"

#include "secrets/ApiKey.h"
#include "secrets/WebhookSecret.h"

namespace vendo::secrets {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

QString SecretStore::entryKey(const QString &profileId, SecretKind kind)
{
    return profileId
        + (kind == SecretKind::WebhookSecret ? QStringLiteral("/webhook-secret") : QStringLiteral("/api-key"));
}

SecretCheck SecretStore::check(SecretKind kind, const QString &input)
{
    if (kind == SecretKind::WebhookSecret)
        return WebhookSecret::check(input);
    return ApiKey::check(input);
}

QString SecretStore::displayPrefix(SecretKind kind, const QString &secret)
{
    return kind == SecretKind::WebhookSecret ? WebhookSecret::displayPrefix(secret) : ApiKey::displayPrefix(secret);
}

} // namespace vendo::secrets
