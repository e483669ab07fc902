#pragma once

#include <QObject>
#include <QUrl>

namespace vendo::client {

// Base of the asynchronous operations. A job starts as soon as it is created and always reports
// through its class's `finished` signal, from the event loop (never from inside the call that made
// it). Unless given a parent or told otherwise, it deletes itself after `finished`.
class VendoJob : public QObject
{
    Q_OBJECT

public:
    ~VendoJob() override;

    // Aborts whatever is in flight; `finished` then reports a Cancelled error. No-op once finished.
    void cancel();
    bool isFinished() const { return m_finished; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

signals:
    // Every HTTP attempt as it starts (attempt counts from 1), for progress displays.
    void attemptStarted(const QUrl &url, int attempt);

protected:
    explicit VendoJob(QObject *parent);
    virtual void abortInFlight() = 0;
    // Call right after emitting the subclass's `finished`.
    void markFinished();
    bool isCancelled() const { return m_cancelled; }

private:
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_autoDelete = true;
};

} // namespace vendo::client
