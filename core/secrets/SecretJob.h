#pragma once

#include "secrets/SecretResult.h"

#include <QObject>

namespace vendo::secrets {

// One asynchronous secret-store operation. A store returns it already started; `finished` is emitted
// exactly once, never from inside the call that created the job (always from the event loop), so
// connecting right after the call is safe. The job deletes itself after `finished` unless
// setAutoDelete(false) was called.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    explicit SecretJob(SecretOperation operation, const QString &profileId, QObject *parent = nullptr);

    SecretOperation operation() const { return m_operation; }
    QString profileId() const { return m_profileId; }
    bool isFinished() const { return m_finished; }
    SecretResult result() const { return m_result; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Runs a local event loop until the job finishes (for the CLI and tests; never in the GUI).
    // Turns auto-deletion off: the caller owns the job afterwards. The store's timeout bounds the wait.
    SecretResult waitForFinished();

    // Completes the job. Only the first call counts: a late backend result after a timeout is
    // ignored. Queued, so it is safe to call from inside the call that creates the job.
    void finish(const SecretResult &result);

signals:
    void finished(const vendo::secrets::SecretResult &result);

private:
    void deliver();

    SecretOperation m_operation;
    QString m_profileId;
    SecretResult m_result = std::unexpected(SecretError {}); // Other until finish()
    bool m_finished = false; // finish() was called
    bool m_delivered = false; // `finished` was emitted
    bool m_autoDelete = true;
};

} // namespace vendo::secrets
