#pragma once

#include "client/Responses.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <memory>

class QNetworkReply;

namespace vendo::client {

struct ClientConfig;

// One logical GET with the SDKs' behaviour: timeout, retries with backoff, same-origin redirects only,
// a 1 MiB body cap, content-type and JSON checks, error mapping, and a log entry per attempt.
// Internal to core/client; the jobs wrap it.
class Exchange : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        ResponseMeta meta;
        QJsonDocument json; // valid on success
        std::optional<VendoError> error;
    };

    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    Exchange(std::shared_ptr<const ClientConfig> config, const QUrl &url, bool userBearer, QObject *parent);
    ~Exchange() override;

    // Starts on the next event-loop turn so that callers can connect first.
    void start();
    void abort();
    const Outcome &outcome() const { return m_outcome; }
    // Fails immediately (still reported asynchronously), e.g. for a local precondition.
    void failBeforeStart(const VendoError &error);

signals:
    void attemptStarted(const QUrl &url, int attempt);
    void done();

private:
    void startAttempt();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void finishWith(std::optional<VendoError> error, const QJsonDocument &json);
    VendoError classifyNetworkFailure() const;
    void logAttempt(const std::optional<VendoError> &error, bool willRetry);

    std::shared_ptr<const ClientConfig> m_config;
    QUrl m_url;
    bool m_userBearer = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_backoffTimer;
    QElapsedTimer m_total;
    QElapsedTimer m_attemptClock;
    QDateTime m_attemptStartedAt;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    QUrl m_refusedRedirect;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_oversized = false;
    bool m_aborted = false;
    bool m_done = false;
    Outcome m_outcome;
};

} // namespace vendo::client
