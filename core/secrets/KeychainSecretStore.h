#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

#include <chrono>
#include <memory>

namespace vendo::secrets {

class KeychainBackend;

// The operating system's keychain through QtKeychain: service "vendo-inspector", one entry
// "<profile>/api-key" (or "<profile>/webhook-secret", setKind()) per profile. Never falls back to plaintext. Every call
// is bounded by a timeout.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout { 10'000 };
    static constexpr std::chrono::milliseconds kDefaultStartupRetryDelay { 1'000 };

    explicit KeychainSecretStore(QObject *parent = nullptr);
    // For tests: a fake backend and another service name.
    KeychainSecretStore(std::unique_ptr<KeychainBackend> backend, const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    SecretJob *read(const QString &profileId) override;
    SecretJob *write(const QString &profileId, const QString &key) override;
    SecretJob *remove(const QString &profileId) override;

    Persistence persistence() const override { return Persistence::Keychain; }
    QString storageName() const override { return platformKeychainName(); }

    QString service() const { return m_service; }

    // Each job, its start-up retry included, finishes within this time (Timeout otherwise).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // The very first operation of this store that finds no keychain service is retried once after
    // this delay: at log-in the keychain daemon may still be starting. Zero turns the retry off.
    void setStartupRetryDelay(std::chrono::milliseconds delay) { m_startupRetryDelay = delay; }

    // Translated name of this platform's keychain: "Secret Service", "KWallet", "macOS Keychain",
    // "Windows Credential Manager".
    static QString platformKeychainName();
    static QString defaultService() { return QStringLiteral("vendo-inspector"); }
    // The entry the keychain holds for a profile: "<profile>/api-key" beside the service; on Windows,
    // whose backend ignores the service, "vendo-inspector/<profile>/api-key".
    QString keychainEntry(const QString &profileId) const;

private:
    SecretJob *start(SecretOperation operation, const QString &profileId, const QString &secret);
    void attempt(SecretJob *job, const QString &secret, bool mayRetry);
    SecretResult interpret(SecretJob *job, const SecretResult &classified);
    void finishChecked(SecretJob *job, const SecretResult &result);

    std::unique_ptr<KeychainBackend> m_backend;
    QString m_service;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    std::chrono::milliseconds m_startupRetryDelay = kDefaultStartupRetryDelay;
    bool m_startupRetryAvailable = true;
    // Profiles whose last write failed: a later "not found" on read is that failure, not "no key yet".
    QHash<QString, SecretError> m_failedWrites;
};

} // namespace vendo::secrets
