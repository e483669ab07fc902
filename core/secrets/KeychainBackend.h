#pragma once

#include "secrets/SecretResult.h"

#include <QObject>
#include <QString>
#include <qt6keychain/keychain.h>

#include <functional>
#include <optional>

namespace vendo::secrets {

// The seam between KeychainSecretStore and QtKeychain, so that every QKeychain::Error, a late result
// and a backend that never answers can be tested without a real keychain.
class KeychainBackend
{
public:
    struct Outcome
    {
        QKeychain::Error error = QKeychain::NoError;
        QString errorString;
        QString secret; // read only
    };
    using Callback = std::function<void(const Outcome &)>;

    virtual ~KeychainBackend() = default;

    // Starts one operation on the entry `key` of `service`. `done` is called at most once, and only
    // while `context` is alive: a result that arrives after `context` is gone is dropped.
    virtual void start(SecretOperation operation, const QString &service, const QString &key, const QString &secret,
                       QObject *context, Callback done)
        = 0;

    // Whether the keychain's default collection is locked: true, false, or std::nullopt when that
    // cannot be told. Asked when a read says "not found", because a locked gnome-keyring answers a read
    // with "not found" (docs/platform-notes.md). `done` is called at most once, only while `context` is alive.
    using LockCallback = std::function<void(std::optional<bool>)>;
    virtual void probeLocked(QObject *context, LockCallback done)
    {
        Q_UNUSED(context)
        done(std::nullopt);
    }
};

} // namespace vendo::secrets
