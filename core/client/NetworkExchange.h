#pragma once

#include "client/Exchange.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace vendo::client {

struct ClientConfig;

// An Exchange over a QNetworkAccessManager (client/QtNetworkBackend). Internal to core/client.
class NetworkExchange final : public Exchange
{
    Q_OBJECT

public:
    NetworkExchange(QNetworkAccessManager *network, std::shared_ptr<const ClientConfig> config, const QUrl &url,
                    bool userBearer, QObject *parent);
    ~NetworkExchange() override;

    void start() override;
    void abort() override;
    void failBeforeStart(const VendoError &error) override;

private:
    void startAttempt();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void finishWith(std::optional<VendoError> error, const QJsonDocument &json);
    VendoError classifyNetworkFailure() const;
    void logAttempt(const std::optional<VendoError> &error, bool willRetry);

    QNetworkAccessManager *m_network;
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
};

} // namespace vendo::client
