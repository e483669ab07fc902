#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace vendo::test {

// An in-memory SecretStore whose failures are scripted: for ui and unit tests that need every
// classification without a keychain. Writes validate the key like the real stores.
class FakeSecretStore final : public secrets::SecretStore
{
    Q_OBJECT

public:
    explicit FakeSecretStore(Persistence persistence = Persistence::Keychain, QObject *parent = nullptr);

    secrets::SecretJob *read(const QString &profileId) override;
    secrets::SecretJob *write(const QString &profileId, const QString &key) override;
    secrets::SecretJob *remove(const QString &profileId) override;

    Persistence persistence() const override { return m_persistence; }
    QString storageName() const override { return QStringLiteral("Fake keychain"); }

    // Every `operation` from now on fails with `status` (and the standard message) until cleared.
    void failWith(secrets::SecretOperation operation, secrets::SecretStatus status, const QString &detail = QString());
    void clearFailures() { m_failures.clear(); }

    // While held, jobs stay unfinished until releaseAll(): for "waiting for the keychain" states.
    void setHold(bool hold) { m_hold = hold; }
    int pendingCount() const;
    void releaseAll();

    // Direct access to the contents, bypassing validation and failures.
    void setStoredKey(const QString &profileId, const QString &key) { m_keys.insert(profileId, key); }
    QString storedKey(const QString &profileId) const { return m_keys.value(profileId); }
    bool contains(const QString &profileId) const { return m_keys.contains(profileId); }
    int callCount(secrets::SecretOperation operation) const { return m_calls.value(operation); }

private:
    secrets::SecretJob *complete(secrets::SecretJob *job, const secrets::SecretResult &result);
    bool scriptedFailure(secrets::SecretJob *job);

    Persistence m_persistence;
    QHash<QString, QString> m_keys;
    QHash<secrets::SecretOperation, secrets::SecretResult> m_failures;
    QHash<secrets::SecretOperation, int> m_calls;
    bool m_hold = false;
    QList<QPair<QPointer<secrets::SecretJob>, secrets::SecretResult>> m_pending;
};

} // namespace vendo::test
