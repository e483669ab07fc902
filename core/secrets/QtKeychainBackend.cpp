#include "secrets/QtKeychainBackend.h"

#if defined(VENDO_SECRET_SERVICE_PROBE)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace vendo::secrets {

void QtKeychainBackend::start(SecretOperation operation, const QString &service, const QString &key,
                              const QString &secret, QObject *context, Callback done)
{
    // No parent: the job must outlive `context` when it answers late (after our timeout). Deleting a
    // job whose backend call is still in flight would leave the backend's callback with a dangling
    // pointer, so the job is left to delete itself once it finishes.
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case SecretOperation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case SecretOperation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case SecretOperation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        Outcome outcome;
        outcome.error = finished->error();
        outcome.errorString = finished->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
            read && outcome.error == QKeychain::NoError)
            outcome.secret = read->textData();
        done(outcome);
    });
    job->start();
}

void QtKeychainBackend::probeLocked(QObject *context, LockCallback done)
{
#if defined(VENDO_SECRET_SERVICE_PROBE)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(std::nullopt);
        return;
    }
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    message << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    // Never start a Secret Service just to ask (on KDE that would launch gnome-keyring next to KWallet).
    message.setAutoStartService(false);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done = std::move(done)](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         const QDBusPendingReply<QDBusVariant> reply = *finished;
                         if (reply.isError()) {
                             done(std::nullopt);
                             return;
                         }
                         const QVariant locked = reply.value().variant();
                         done(locked.typeId() == QMetaType::Bool ? std::optional<bool>(locked.toBool()) : std::nullopt);
                     });
#else
    Q_UNUSED(context)
    done(std::nullopt);
#endif
}

} // namespace vendo::secrets
