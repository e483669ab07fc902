#include "secrets/SessionSecretStore.h"

#include "secrets/WebhookSecret.h"

#include <QCoreApplication>

namespace vendo::secrets {

SessionSecretStore::SessionSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

SessionSecretStore::~SessionSecretStore() = default; // the SecretBuffers wipe the keys

QString SessionSecretStore::storageName() const
{
    return QCoreApplication::translate("vendo::secrets::SessionSecretStore", "this session only (not saved)");
}

SecretJob *SessionSecretStore::read(const QString &profileId)
{
    auto *job = new SecretJob(SecretOperation::Read, profileId, this);
    const auto found = m_keys.constFind(profileId);
    job->finish(found == m_keys.cend()
                    ? SecretResult(std::unexpected(SecretError::make(SecretOperation::Read, SecretStatus::NotFound)))
                    : SecretResult(QString::fromUtf8(found->view())));
    return job;
}

SecretJob *SessionSecretStore::write(const QString &profileId, const QString &key)
{
    auto *job = new SecretJob(SecretOperation::Write, profileId, this);
    const SecretCheck verdict = SecretStore::check(kind(), key);
    if (!verdict) {
        job->finish(std::unexpected(verdict.error()));
        return job;
    }
    QByteArray utf8 = verdict->value.toUtf8();
    m_keys.emplace(profileId, SecretBuffer::take(utf8)); // replacing a key wipes the old one
    job->finish(SecretResult());
    return job;
}

SecretJob *SessionSecretStore::remove(const QString &profileId)
{
    auto *job = new SecretJob(SecretOperation::Remove, profileId, this);
    auto found = m_keys.find(profileId);
    if (found == m_keys.end()) {
        job->finish(std::unexpected(SecretError::make(SecretOperation::Remove, SecretStatus::NotFound)));
        return job;
    }
    m_keys.erase(found);
    job->finish(SecretResult());
    return job;
}

} // namespace vendo::secrets
