#include "secrets/KeychainSecretStore.h"

#include "secrets/KeychainErrorClassifier.h"
#include "secrets/Logging.h"
#include "secrets/QtKeychainBackend.h"
#include "secrets/WebhookSecret.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace vendo::secrets {

namespace {

QString operationName(SecretOperation operation)
{
    switch (operation) {
    case SecretOperation::Read:
        return QStringLiteral("read");
    case SecretOperation::Write:
        return QStringLiteral("write");
    case SecretOperation::Remove:
        return QStringLiteral("remove");
    }
    return QString();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(std::make_unique<QtKeychainBackend>(), defaultService(), parent)
{ }

KeychainSecretStore::KeychainSecretStore(std::unique_ptr<KeychainBackend> backend, const QString &service,
                                         QObject *parent)
    : SecretStore(parent)
    , m_backend(std::move(backend))
    , m_service(service)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::platformKeychainName()
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    // QtKeychain prefers KWallet on KDE Plasma and the Secret Service everywhere else.
    if (qEnvironmentVariable("XDG_CURRENT_DESKTOP").contains(QLatin1String("KDE"), Qt::CaseInsensitive))
        return tr("KWallet");
    return tr("Secret Service");
#endif
}

QString KeychainSecretStore::keychainEntry(const QString &profileId) const
{
#if defined(Q_OS_WIN)
    // QtKeychain's Credential Manager backend names the credential by the key alone.
    return m_service + QLatin1Char('/') + entryKey(profileId, kind());
#else
    return entryKey(profileId, kind());
#endif
}

SecretJob *KeychainSecretStore::read(const QString &profileId)
{
    return start(SecretOperation::Read, profileId, QString());
}

SecretJob *KeychainSecretStore::write(const QString &profileId, const QString &key)
{
    const SecretCheck verdict = SecretStore::check(kind(), key);
    if (!verdict) {
        auto *job = new SecretJob(SecretOperation::Write, profileId, this);
        job->finish(std::unexpected(verdict.error()));
        return job;
    }
    return start(SecretOperation::Write, profileId, verdict->value);
}

SecretJob *KeychainSecretStore::remove(const QString &profileId)
{
    return start(SecretOperation::Remove, profileId, QString());
}

SecretJob *KeychainSecretStore::start(SecretOperation operation, const QString &profileId, const QString &secret)
{
    auto *job = new SecretJob(operation, profileId, this);
    // One deadline for the whole job, retry included: the caller is never kept waiting longer.
    auto *deadline = new QTimer(job);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, job, [this, job] {
        qCDebug(lcKeychain).noquote() << QStringLiteral("%1 %2 for profile %3: no answer within %4 ms")
                                             .arg(platformKeychainName(), operationName(job->operation()),
                                                  job->profileId())
                                             .arg(m_timeout.count());
        SecretError error = SecretError::make(job->operation(), SecretStatus::Timeout);
        error.detail = QStringLiteral("no answer from the keychain within %1 ms").arg(m_timeout.count());
        job->finish(interpret(job, std::unexpected(error))); // a write that timed out is a failed write
    });
    connect(job, &SecretJob::finished, deadline, &QTimer::stop);
    deadline->start(m_timeout);
    attempt(job, secret, m_startupRetryAvailable && m_startupRetryDelay.count() > 0);
    return job;
}

void KeychainSecretStore::attempt(SecretJob *job, const QString &secret, bool mayRetry)
{
    const SecretOperation operation = job->operation();
    // `job` is the context: once it has finished and been deleted, a late answer goes nowhere.
    m_backend->start(operation, m_service, keychainEntry(job->profileId()), secret, job,
                     [this, job, secret, mayRetry, operation](const KeychainBackend::Outcome &outcome) {
                         if (job->isFinished())
                             return; // answered after the timeout: already reported
                         const SecretStatus status
                             = KeychainErrorClassifier::classify(operation, outcome.error, outcome.errorString);
                         // The status only: the backend's error text is not logged (it is not ours to vet).
                         qCDebug(lcKeychain).noquote()
                             << QStringLiteral("%1 %2 for profile %3: %4%5")
                                    .arg(platformKeychainName(), operationName(operation), job->profileId(),
                                         SecretError::statusId(status),
                                         status == SecretStatus::NoService && mayRetry && m_startupRetryAvailable
                                             ? QStringLiteral(" (the service may be starting: one retry)")
                                             : QString());
                         if (status == SecretStatus::NoService && mayRetry && m_startupRetryAvailable) {
                             m_startupRetryAvailable = false;
                             QTimer::singleShot(m_startupRetryDelay, job, [this, job, secret] {
                                 if (!job->isFinished())
                                     attempt(job, secret, false);
                             });
                             return;
                         }
                         m_startupRetryAvailable = false;
                         const SecretResult classified = status == SecretStatus::Ok
                             ? SecretResult(operation == SecretOperation::Read ? outcome.secret : QString())
                             : SecretResult(std::unexpected(SecretError::make(operation, status, outcome.errorString)));
                         finishChecked(job, interpret(job, classified));
                     });
}

SecretResult KeychainSecretStore::interpret(SecretJob *job, const SecretResult &classified)
{
    const QString profile = job->profileId();
    switch (job->operation()) {
    case SecretOperation::Write:
        if (classified)
            m_failedWrites.remove(profile);
        else
            m_failedWrites.insert(profile, classified.error());
        return classified;
    case SecretOperation::Remove:
        if (classified || classified.error().status == SecretStatus::NotFound)
            m_failedWrites.remove(profile);
        return classified;
    case SecretOperation::Read:
        break;
    }
    const auto failedWrite = m_failedWrites.constFind(profile);
    if (statusOf(classified) != SecretStatus::NotFound || failedWrite == m_failedWrites.cend())
        return classified;
    // A locked keyring answers a read with "not found" after refusing the write (docs/platform-notes.md).
    SecretError error = SecretError::make(SecretOperation::Read, failedWrite->status, failedWrite->detail);
    error.message = tr("The keychain reports no key for this profile, but storing it failed earlier in this "
                       "session, so that answer cannot be trusted. %1")
                        .arg(failedWrite->message);
    return std::unexpected(error);
}

void KeychainSecretStore::finishChecked(SecretJob *job, const SecretResult &result)
{
    // A locked gnome-keyring answers a read with "not found" and a delete with success, touching
    // nothing: before passing either on, ask whether the keyring is locked.
    const SecretStatus status = statusOf(result);
    const bool doubtful = (job->operation() == SecretOperation::Read && status == SecretStatus::NotFound)
        || (job->operation() == SecretOperation::Remove
            && (status == SecretStatus::Ok || status == SecretStatus::NotFound));
    if (!doubtful) {
        job->finish(result);
        return;
    }
    m_backend->probeLocked(job, [job, result](std::optional<bool> locked) {
        if (!locked.value_or(false)) {
            job->finish(result);
            return;
        }
        SecretError error = SecretError::make(job->operation(), SecretStatus::LockedOrDenied,
                                              QStringLiteral("the default collection is locked"));
        error.message = job->operation() == SecretOperation::Read
            ? tr("The keyring is locked, so whether a key is stored cannot be told. %1").arg(error.message)
            : tr("The keyring is locked, so the key may still be stored. %1").arg(error.message);
        job->finish(std::unexpected(error));
    });
}

} // namespace vendo::secrets

// Compiled here, not in the library's bundle of moc output: a program that uses another class of
// this library does not link this one, nor the library it needs (QtNetwork, OpenSSL, QtKeychain).
#include "moc_KeychainSecretStore.cpp"
