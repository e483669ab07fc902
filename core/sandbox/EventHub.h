#pragma once

#include "sandbox/EventSettings.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace vendo::jwt {
class Clock;
}

namespace vendo::sandbox {

// The sandbox's live event streams (docs/service-contract.md "Live events", docs/sandbox.md "Live
// events"): per app (tenant) a replay buffer of the last 100 events and the open streams, which get
// every new event and a ping comment at the configured interval. QHttpServer in Qt 6.4 has no
// streaming response: a stream keeps its responder parked and writes to the responder's socket (from
// Qt 6.8 on, through the responder's chunked writes).
class EventHub : public QObject
{
    Q_OBJECT

public:
    static constexpr int kReplayBuffer = 100;
    static constexpr int kMaxStreamsPerApp = 5;

    explicit EventHub(QObject *parent = nullptr);
    ~EventHub() override;

    void setClock(const vendo::jwt::Clock *clock); // for `at`; nullptr: the system clock
    void setPingInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds pingInterval() const;

    // Adds `id`, `at` and `kind` to `fields`, keeps the event in the app's replay buffer and writes it
    // to the app's open streams. Returns the event's id ("evt_1", ...).
    QString publish(const QString &tenantId, const QString &kind, QJsonObject fields);

    int streamCount(const QString &tenantId) const;
    int streamCount() const;
    // The ids in the app's replay buffer, oldest first.
    QStringList bufferedIds(const QString &tenantId) const;

    // Writes the stream's head and the replay after `lastEventId` (none when empty; the whole buffer
    // when the buffer no longer holds that id), then keeps the stream open.
    void open(std::unique_ptr<QHttpServerResponder> responder, const QString &tenantId, const QString &lastEventId,
              const StreamFault &fault, const QByteArray &requestId);
    // Closes every stream (SandboxServer::stop()).
    void closeAll();

private:
    struct Buffered
    {
        QString id;
        QByteArray wire; // the SSE block
    };
    struct Stream
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket; // null on Qt >= 6.8, where the responder hides its socket
        QString tenantId;
        StreamFault fault;
        int eventsSent = 0;
    };

    void sendEvent(quint64 streamId, const QByteArray &wire); // may close the stream (drop fault)
    bool write(Stream &stream, const QByteArray &bytes);
    static bool isStalled(const Stream &stream);
    void close(quint64 streamId);
    void ping();

    const vendo::jwt::Clock *m_clock = nullptr;
    QHash<QString, std::deque<Buffered>> m_buffers;
    std::map<quint64, Stream> m_streams;
    quint64 m_nextStreamId = 1;
    qint64 m_nextEventId = 1;
    QTimer m_pingTimer;
};

} // namespace vendo::sandbox
