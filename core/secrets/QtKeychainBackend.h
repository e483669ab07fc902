#pragma once

#include "secrets/KeychainBackend.h"

namespace vendo::secrets {

// The real backend: QtKeychain jobs, auto-deleted, never with the insecure plaintext fallback.
class QtKeychainBackend final : public KeychainBackend
{
public:
    void start(SecretOperation operation, const QString &service, const QString &key, const QString &secret,
               QObject *context, Callback done) override;
    // Asks the Secret Service over D-Bus (never activating it) whether the default collection is locked.
    void probeLocked(QObject *context, LockCallback done) override;
};

} // namespace vendo::secrets
