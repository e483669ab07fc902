#include "secrets/SecretJob.h"

#include <QEventLoop>
#include <QTimer>

namespace vendo::secrets {

SecretJob::SecretJob(SecretOperation operation, const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_profileId(profileId)
{
    qRegisterMetaType<vendo::secrets::SecretResult>();
}

void SecretJob::finish(const SecretResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    if (!m_result)
        m_result.error().operation = m_operation;
    // Queued: callers connect after the store returns the job, and a store may know the answer at once.
    QTimer::singleShot(0, this, [this] { deliver(); });
}

void SecretJob::deliver()
{
    if (m_delivered)
        return;
    m_delivered = true;
    emit finished(m_result);
    if (m_autoDelete)
        deleteLater();
}

SecretResult SecretJob::waitForFinished()
{
    m_autoDelete = false;
    if (!m_delivered) {
        QEventLoop loop;
        connect(this, &SecretJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_result;
}

} // namespace vendo::secrets
