#include "secrets/SecretStore.h"

namespace vendo::secrets {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

QString SecretStore::entryKey(const QString &profileId)
{
    return profileId + QStringLiteral("/api-key");
}

} // namespace vendo::secrets
