#include "secrets/QtKeychainBackend.h"

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

} // namespace vendo::secrets
