#include "FakeSecretStore.h"

#include "secrets/ApiKey.h"

namespace vendo::test {

using secrets::SecretError;
using secrets::SecretJob;
using secrets::SecretOperation;
using secrets::SecretResult;
using secrets::SecretStatus;

FakeSecretStore::FakeSecretStore(Persistence persistence, QObject *parent)
    : SecretStore(parent)
    , m_persistence(persistence)
{ }

void FakeSecretStore::failWith(SecretOperation operation, SecretStatus status, const QString &detail)
{
    m_failures.insert(operation, std::unexpected(SecretError::make(operation, status, detail)));
}

int FakeSecretStore::pendingCount() const
{
    int count = 0;
    for (const auto &pending : m_pending)
        count += pending.first ? 1 : 0;
    return count;
}

void FakeSecretStore::releaseAll()
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto &[job, result] : pending) {
        if (job)
            job->finish(result);
    }
}

SecretJob *FakeSecretStore::complete(SecretJob *job, const SecretResult &result)
{
    if (m_hold)
        m_pending.append({ QPointer<SecretJob>(job), result });
    else
        job->finish(result);
    return job;
}

bool FakeSecretStore::scriptedFailure(SecretJob *job)
{
    ++m_calls[job->operation()];
    const auto failure = m_failures.constFind(job->operation());
    if (failure == m_failures.cend())
        return false;
    complete(job, *failure);
    return true;
}

SecretJob *FakeSecretStore::read(const QString &profileId)
{
    auto *job = new SecretJob(SecretOperation::Read, profileId, this);
    if (scriptedFailure(job))
        return job;
    const auto found = m_keys.constFind(profileId);
    return complete(job,
                    found == m_keys.cend() ? SecretResult(
                        std::unexpected(SecretError::make(SecretOperation::Read, SecretStatus::NotFound)))
                                           : SecretResult(*found));
}

SecretJob *FakeSecretStore::write(const QString &profileId, const QString &key)
{
    auto *job = new SecretJob(SecretOperation::Write, profileId, this);
    const secrets::SecretCheck check = secrets::ApiKey::check(key);
    if (!check) {
        ++m_calls[SecretOperation::Write];
        return complete(job, std::unexpected(check.error()));
    }
    if (scriptedFailure(job))
        return job;
    m_keys.insert(profileId, check->value);
    return complete(job, SecretResult());
}

SecretJob *FakeSecretStore::remove(const QString &profileId)
{
    auto *job = new SecretJob(SecretOperation::Remove, profileId, this);
    if (scriptedFailure(job))
        return job;
    if (!m_keys.remove(profileId))
        return complete(job, std::unexpected(SecretError::make(SecretOperation::Remove, SecretStatus::NotFound)));
    return complete(job, SecretResult());
}

} // namespace vendo::test
