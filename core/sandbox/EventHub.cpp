#include "sandbox/EventHub.h"

#include "jwt/Clock.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace vendo::sandbox {

namespace {

QByteArray sseBlock(const QString &id, const QString &kind, const QJsonObject &data)
{
    return "id: " + id.toUtf8() + "\nevent: " + kind.toUtf8()
        + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

} // namespace

EventHub::EventHub(QObject *parent)
    : QObject(parent)
{
    m_pingTimer.setInterval(std::chrono::milliseconds(25'000));
    connect(&m_pingTimer, &QTimer::timeout, this, &EventHub::ping);
}

EventHub::~EventHub()
{
    closeAll();
}

void EventHub::setClock(const vendo::jwt::Clock *clock)
{
    m_clock = clock;
}

void EventHub::setPingInterval(std::chrono::milliseconds interval)
{
    m_pingTimer.setInterval(std::max(std::chrono::milliseconds(10), interval));
}

std::chrono::milliseconds EventHub::pingInterval() const
{
    return m_pingTimer.intervalAsDuration();
}

QString EventHub::publish(const QString &tenantId, const QString &kind, QJsonObject fields)
{
    const QString id = QStringLiteral("evt_%1").arg(m_nextEventId++);
    const QDateTime now = m_clock ? m_clock->now().toUTC() : QDateTime::currentDateTimeUtc();
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("at"), now.toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("kind"), kind);
    Buffered event { id, sseBlock(id, kind, fields) };

    std::deque<Buffered> &buffer = m_buffers[tenantId];
    buffer.push_back(event);
    while (int(buffer.size()) > kReplayBuffer)
        buffer.pop_front();

    QList<quint64> receivers;
    for (const auto &[streamId, stream] : m_streams) {
        if (stream.tenantId == tenantId)
            receivers.append(streamId);
    }
    for (quint64 streamId : std::as_const(receivers))
        sendEvent(streamId, event.wire);
    return id;
}

int EventHub::streamCount(const QString &tenantId) const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // No socket to watch there: a stream whose client left is not counted, and is dropped at its next
    // write (an event or a ping).
    return int(std::count_if(m_streams.begin(), m_streams.end(), [&](const auto &entry) {
        return entry.second.tenantId == tenantId && !entry.second.responder->isResponseCanceled();
    }));
#else
    return int(std::count_if(m_streams.begin(), m_streams.end(),
                             [&](const auto &entry) { return entry.second.tenantId == tenantId; }));
#endif
}

int EventHub::streamCount() const
{
    return int(m_streams.size());
}

QStringList EventHub::bufferedIds(const QString &tenantId) const
{
    QStringList ids;
    const auto found = m_buffers.constFind(tenantId);
    if (found != m_buffers.constEnd()) {
        for (const Buffered &event : *found)
            ids.append(event.id);
    }
    return ids;
}

void EventHub::open(std::unique_ptr<QHttpServerResponder> responder, const QString &tenantId,
                    const QString &lastEventId, const StreamFault &fault, const QByteArray &requestId)
{
    const quint64 streamId = m_nextStreamId++;
    Stream stream;
    stream.responder = std::move(responder);
    stream.tenantId = tenantId;
    stream.fault = fault;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream; charset=utf-8"));
    headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    headers.append(QByteArrayLiteral("X-Request-Id"), requestId);
    stream.responder->writeBeginChunked(headers);
#else
    stream.socket = stream.responder->socket();
    if (!stream.socket)
        return;
    // No Content-Length and Connection: close: the body runs until either side closes.
    stream.socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                         "Cache-Control: no-cache\r\nConnection: close\r\nX-Request-Id: "
                         + requestId + "\r\n\r\n");
    // The server deletes the socket when the client leaves: the stream ends with it.
    connect(stream.socket, &QObject::destroyed, this, [this, streamId] { m_streams.erase(streamId); });
#endif
    m_streams.emplace(streamId, std::move(stream));
    if (!m_pingTimer.isActive())
        m_pingTimer.start();

    QList<QByteArray> replay;
    const std::deque<Buffered> &buffer = m_buffers[tenantId];
    if (!lastEventId.isEmpty()) {
        const auto after = std::find_if(buffer.begin(), buffer.end(),
                                        [&](const Buffered &event) { return event.id == lastEventId; });
        for (auto it = after == buffer.end() ? buffer.begin() : std::next(after); it != buffer.end(); ++it)
            replay.append(it->wire);
    }
    for (const QByteArray &wire : std::as_const(replay)) {
        if (m_streams.find(streamId) == m_streams.end())
            return; // dropped during the replay
        sendEvent(streamId, wire);
    }
}

void EventHub::sendEvent(quint64 streamId, const QByteArray &wire)
{
    const auto found = m_streams.find(streamId);
    if (found == m_streams.end())
        return;
    Stream &stream = found->second;
    if (isStalled(stream))
        return; // silent: the event waits in the replay buffer
    if (!write(stream, wire)) {
        close(streamId);
        return;
    }
    ++stream.eventsSent;
    if (stream.fault.dropAfterEvents > 0 && stream.eventsSent >= stream.fault.dropAfterEvents)
        close(streamId);
}

bool EventHub::isStalled(const Stream &stream)
{
    return stream.fault.stallAfterEvents >= 0 && stream.eventsSent >= stream.fault.stallAfterEvents;
}

bool EventHub::write(Stream &stream, const QByteArray &bytes)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (stream.responder->isResponseCanceled())
        return false; // the client left: found at the next event or ping
    stream.responder->writeChunk(bytes);
    return true;
#else
    if (!stream.socket || stream.socket->state() != QAbstractSocket::ConnectedState)
        return false;
    return stream.socket->write(bytes) == bytes.size();
#endif
}

void EventHub::close(quint64 streamId)
{
    const auto found = m_streams.find(streamId);
    if (found == m_streams.end())
        return;
    Stream stream = std::move(found->second);
    m_streams.erase(found);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    stream.responder->writeEndChunked(QByteArray());
#else
    if (stream.socket) {
        disconnect(stream.socket, &QObject::destroyed, this, nullptr);
        stream.socket->flush();
        stream.socket->disconnectFromHost();
    }
#endif
    if (m_streams.empty())
        m_pingTimer.stop();
}

void EventHub::ping()
{
    QList<quint64> dead;
    for (auto &[streamId, stream] : m_streams) {
        if (!isStalled(stream) && !write(stream, QByteArrayLiteral(": ping\n\n")))
            dead.append(streamId);
    }
    for (quint64 streamId : std::as_const(dead))
        close(streamId);
}

void EventHub::closeAll()
{
    auto streams = std::move(m_streams);
    m_streams.clear();
    m_pingTimer.stop();
    for (auto &[streamId, stream] : streams) {
        if (stream.socket) {
            disconnect(stream.socket, &QObject::destroyed, this, nullptr);
            stream.socket->abort();
        }
    }
}

} // namespace vendo::sandbox
