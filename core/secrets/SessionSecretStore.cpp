#include "secrets/SessionSecretStore.h"

#include "secrets/ApiKey.h"

#include <QCoreApplication>

namespace vendo::secrets {

SessionSecretStore::SessionSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

SessionSecretStore::~SessionSecretStore()
{
    // Overwrite the keys' memory before it is freed, so they do not linger in the heap.
    for (QString &key : m_keys)
        key.fill(QLatin1Char('\0'));
}

QString SessionSecretStore::storageName() const
{
    return QCoreApplication::translate("vendo::secrets::SessionSecretStore", "this session only (not saved)");
}

SecretJob *SessionSecretStore::read(const QString &profileId)
{
    auto *job = new SecretJob(SecretOperation::Read, profileId, this);
    const auto found = m_keys.constFind(profileId);
    job->finish(found == m_keys.cend() ? SecretResult::failure(SecretOperation::Read, SecretStatus::NotFound)
                                       : SecretResult::success(SecretOperation::Read, *found));
    return job;
}

SecretJob *SessionSecretStore::write(const QString &profileId, const QString &key)
{
    auto *job = new SecretJob(SecretOperation::Write, profileId, this);
    const ApiKeyCheck check = ApiKey::check(key);
    if (!check.ok()) {
        SecretResult result = SecretResult::failure(SecretOperation::Write, SecretStatus::InvalidKey);
        result.message = check.message;
        job->finish(result);
        return job;
    }
    m_keys.insert(profileId, check.key);
    job->finish(SecretResult::success(SecretOperation::Write));
    return job;
}

SecretJob *SessionSecretStore::remove(const QString &profileId)
{
    auto *job = new SecretJob(SecretOperation::Remove, profileId, this);
    auto found = m_keys.find(profileId);
    if (found == m_keys.end()) {
        job->finish(SecretResult::failure(SecretOperation::Remove, SecretStatus::NotFound));
        return job;
    }
    found->fill(QLatin1Char('\0'));
    m_keys.erase(found);
    job->finish(SecretResult::success(SecretOperation::Remove));
    return job;
}

} // namespace vendo::secrets
