#pragma once

#include "secrets/SecretBuffer.h"
#include "secrets/SecretStore.h"

#include <QHash>

namespace vendo::secrets {

// Memory only: for an operator who chooses not to persist the key, or when no keychain exists.
// Nothing survives the process; the GUI shows a persistent banner while this store is in use.
class SessionSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit SessionSecretStore(QObject *parent = nullptr);
    ~SessionSecretStore() override;

    SecretJob *read(const QString &profileId) override;
    SecretJob *write(const QString &profileId, const QString &key) override;
    SecretJob *remove(const QString &profileId) override;

    Persistence persistence() const override { return Persistence::SessionOnly; }
    QString storageName() const override;

private:
    // Not QStrings: a read would share their storage with the caller, and a fill() at the end would
    // overwrite a fresh copy only. Each read gets its own string; these are wiped when dropped.
    QHash<QString, SecretBuffer> m_keys;
};

} // namespace vendo::secrets
