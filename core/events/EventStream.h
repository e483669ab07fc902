#pragma once

#include "client/ClientConfig.h"
#include "events/ReconnectSchedule.h"
#include "events/SseParser.h"
#include "events/StreamEvent.h"
#include "events/StreamStatus.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslError>
#include <QTimer>

#include <deque>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace vendo::events {

struct EventStreamOptions
{
    ReconnectPolicy reconnect;
    std::function<double()> random; // jitter source; default QRandomGenerator
    int dedupeWindow = 1'000; // ids remembered; the server replays at most 100
    QString lastEventId; // resume after this event: Last-Event-ID from the first connection on
};

// The live event stream, GET {api}/api/deployments/me/events (docs/service-contract.md "Live
// events"), over a QNetworkAccessManager. The client configuration gives the URL, the app key (the
// user JWT is never sent here), the API version, the connect timeout, the request log and the clock.
// Like the client's exchanges: https only off loopback, redirects only within the origin, TLS errors
// never ignored, a non-200 answer decoded into the SDK's error class. Reconnects as the SDK does,
// sending Last-Event-ID, and drops events a replay repeats. The RequestLog gets one entry per
// connection attempt, never one per event.
class EventStream : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxErrorBodyBytes = 1024 * 1024;

    EventStream(QNetworkAccessManager *network, client::ClientConfig config, EventStreamOptions options = {},
                QObject *parent = nullptr);
    ~EventStream() override;

    static QUrl eventsUrl(const client::Profile &profile);

    void start(); // from Idle or Stopped; asynchronous
    void stop(); // Stopped, without error
    const StreamStatus &status() const { return m_status; }
    QUrl url() const { return m_url; }

signals:
    void eventReceived(const vendo::events::StreamEvent &event);
    void statusChanged(const vendo::events::StreamStatus &status);

private:
    void connectNow();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onWatchdog();
    void onConnectTimeout();
    void deliver(const QList<SseMessage> &messages);
    void endConnection(std::optional<client::VendoError> error, bool retry);
    void scheduleReconnect(bool streamLimit);
    void stopWith(std::optional<client::VendoError> error);
    client::VendoError transportError() const;
    QList<QPair<QByteArray, QByteArray>> requestHeaders() const;
    void logAttempt(const std::optional<client::VendoError> &error, bool willRetry);
    void setState(StreamState state);
    bool remember(const QString &key);

    QNetworkAccessManager *m_network;
    client::ClientConfig m_config;
    EventStreamOptions m_options;
    QUrl m_url;
    SseParser m_parser;
    ReconnectSchedule m_schedule;
    PingWatchdog m_watchdog;
    StreamStatus m_status;
    QPointer<QNetworkReply> m_reply;
    QTimer m_reconnectTimer;
    QTimer m_connectTimer;
    QTimer m_watchdogTimer;
    QElapsedTimer m_attemptClock;
    QDateTime m_attemptStartedAt;
    QByteArray m_errorBody;
    QList<QSslError> m_sslErrors;
    QUrl m_refusedRedirect;
    std::optional<client::VendoError> m_localFailure; // set before aborting the reply
    bool m_streaming = false; // this attempt answered 200 text/event-stream
    bool m_logged = false; // this attempt is in the request log
    std::deque<QString> m_recentOrder;
    QSet<QString> m_recent;
};

} // namespace vendo::events
